// When each captured sample was taken, from the device's frame count against one anchor.
//
// The device thread stamps each delivery with the steady clock when it ran. Under load that
// callback is late, or two run back to back; reading a sample's time off the newest stamp would
// then move timestamps forward and back with the scheduler. Instead the clock keeps one anchor
// (the steady time of device frame 0) and times frame n as anchor + n / sampleRate, so the
// timestamps advance exactly with the audio. A delivery cannot arrive before its last frame was
// taken, so each stamp only bounds the anchor from above: the earliest bound wins. When every
// stamp over a whole window says the device is further behind (frames were lost, or its clock
// drifts), the anchor moves forward to match. Whatever the anchor does, timeUs() never returns a
// time at or before the one it returned last, across device restarts too.
//
// Plain arithmetic, no allocation: the processing thread calls it on the audio path.
#pragma once

#include <cstdint>
#include <limits>

namespace livedesk::audio {

class CaptureClock
{
public:
    // A window of stamps this long, all later than the anchor by more than the threshold, moves
    // the anchor: one late callback (or a stall shorter than the window) does not.
    static constexpr int64_t kBehindWindowNs = 1'000'000'000;
    static constexpr int64_t kBehindThresholdNs = 20'000'000;

    // A new device (or the same one reopened) counts its frames from 0 at `sampleRate`: the
    // anchor is forgotten, the last time returned is not.
    void restart(int sampleRate);
    // A delivery that ended with device frame `framesDelivered` (counted since restart()) ran at
    // steady time `arrivalNs`.
    void observe(uint64_t framesDelivered, int64_t arrivalNs);
    bool isAnchored() const { return m_anchored; }
    // The steady time (µs) when device frame `deviceFrame` was taken; later than every earlier
    // result. Call only once anchored.
    int64_t timeUs(double deviceFrame);
    int64_t anchorNs() const { return m_anchorNs; }

private:
    int m_sampleRate = 0;
    bool m_anchored = false;
    int64_t m_anchorNs = 0;
    int64_t m_windowStartNs = 0;
    int64_t m_windowMinNs = 0; // the earliest anchor the stamps of this window allow
    int64_t m_lastUs = std::numeric_limits<int64_t>::min();
};

} // namespace livedesk::audio
