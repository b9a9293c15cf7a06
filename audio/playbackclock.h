// When each frame handed to the speaker plays, from the speaker's own stamps.
//
// After each write the playback device thread stamps the frame count it had handed over before
// that write and when the write's first frame will play: now plus what the sink still held
// ahead of it. Each stamp gives an anchor (the steady time of frame 0 on the current timeline).
// Both errors a stamp can carry make it late, never early: the device thread preempted between
// reading the sink's fill and the clock, or a fill the audio server has not updated yet. So the
// earliest anchor of the last half second wins (as CaptureClock's earliest bound does). A corked
// speaker's timeline stops while frames already handed over wait in its buffer: after a resume
// (a new suspension count) the anchors of the old timeline are forgotten at once, so the first
// frames of the next reply are timed right. A speaker that ran dry moves its timeline too (see
// observe()).
//
// Plain arithmetic, no allocation: the processing thread calls it on the audio path.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>

namespace livedesk::audio {

class PlaybackClock
{
public:
    static constexpr int kWindowStamps = 50; // ~0.5 s of 10 ms writes
    // Later than the earliest anchor by more than this in kSlipStamps stamps in a row (200 ms of
    // writes): the timeline itself moved. As much as FarEndResync's tolerance: less moves nothing.
    // With 5 stamps (50 ms) a busy device thread's late stamps were taken for slips up to 17
    // times in a reply, each holding the far end back by a frame (bench_echo_path, 30 ms).
    static constexpr int64_t kSlipNs = 15'000'000;
    static constexpr int kSlipStamps = 20;

    // A new device (or the same one reopened) counts its frames from 0 at `sampleRate`.
    void restart(int sampleRate)
    {
        m_sampleRate = sampleRate;
        m_count = 0;
        m_next = 0;
        m_lateRun = 0;
    }
    // Device frame `firstFrame` plays at steady time `playNs`; `suspensions`: how often the
    // stream had been corked by then.
    void observe(uint64_t firstFrame, int64_t playNs, uint32_t suspensions)
    {
        if (m_sampleRate <= 0)
            return;
        if (suspensions != m_suspensions) {
            m_suspensions = suspensions;
            m_count = 0;
            m_next = 0;
            m_lateRun = 0;
        }
        const int64_t anchorNs = playNs - int64_t(double(firstFrame) * 1e9 / m_sampleRate);
        m_anchors[size_t(m_next)] = anchorNs;
        m_next = (m_next + 1) % kWindowStamps;
        m_count = std::min(m_count + 1, kWindowStamps);
        m_lateRun = m_count > 1 && anchorNs > m_anchorNs + kSlipNs ? m_lateRun + 1 : 0;
        if (m_lateRun >= kSlipStamps) {
            // Every stamp of the last kSlipStamps writes plays later than the window's earliest
            // said: the timeline slipped (the device ran dry and played silence of its own, or
            // its clock moved), which no late stamp does kSlipStamps times in a row. The old
            // anchors would time the next frames too early for the rest of the window: forget
            // them now, so the far end waits for the gap as the speaker did.
            std::array<int64_t, kSlipStamps> recent {};
            for (int i = 0; i < kSlipStamps; ++i)
                recent[size_t(i)] = m_anchors[size_t((m_next - kSlipStamps + i + kWindowStamps)
                                                     % kWindowStamps)];
            std::copy(recent.begin(), recent.end(), m_anchors.begin());
            m_next = kSlipStamps;
            m_count = kSlipStamps;
            m_lateRun = 0;
            ++m_slips;
        }
        m_anchorNs = *std::min_element(m_anchors.begin(), m_anchors.begin() + m_count);
    }
    bool isAnchored() const { return m_count > 0; }
    int slips() const { return m_slips; } // timeline slips taken (see observe())
    // The steady time (µs) when device frame `deviceFrame` plays. Call only once anchored.
    int64_t timeUs(double deviceFrame) const
    {
        return (m_anchorNs + int64_t(deviceFrame * 1e9 / m_sampleRate)) / 1000;
    }

private:
    int m_sampleRate = 0;
    std::array<int64_t, kWindowStamps> m_anchors {};
    int m_count = 0;
    int m_next = 0;
    uint32_t m_suspensions = 0;
    int64_t m_anchorNs = 0;
    int m_lateRun = 0; // consecutive stamps later than the earliest anchor by kSlipNs
    int m_slips = 0;
};

} // namespace livedesk::audio
