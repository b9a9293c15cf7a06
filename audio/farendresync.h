// Keeps the echo canceller's far end in step with its near end by the devices' clocks (as
// Mumble's Resynchronizer keeps the speaker ahead of the microphone for its canceller).
//
// The processing thread reads what the speaker took and what the microphone delivered once a
// tick. Fed as they come (all the far end of a tick, then all the near end), a tick that runs
// late puts more far-end frames before the same microphone frames than a punctual one, and a
// speaker that was corked in a pause starts the next reply at another offset: to the canceller
// the echo path's delay jumps, and it converges again, at the start of a reply most of all.
// Here far-end frames wait in a queue with the time the speaker plays them (PlaybackClock), and
// before each microphone frame goes in, the far-end frames that play up to kLeadMs after that
// frame was taken (CaptureClock) go in first: the far end is always kLeadMs ahead of the near
// end, whatever the ticks, the buffers and the corking do, and the canceller's delay is the
// echo's own path.
//
// Before a frame due now, silence stands in (no speaker open, a corked one, the start of a
// reply still in the speaker's buffer): the canceller's far end runs on with its near end. A
// frame that should have gone in more than a frame ago goes in at once, after the one due.
// Without play times (no stamps yet) the frames go in one per microphone frame.
//
// Fixed storage, no allocation after construction: it runs on the audio path.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <span>

namespace livedesk::audio {

class FarEndResync
{
public:
    static constexpr int kFrame = 160; // 10 ms at 16 kHz
    static constexpr int kFrameMs = 10;
    static constexpr int kCapacityFrames = 100; // 1 s: more than any speaker buffer holds
    // How long before its echo can start a far-end frame goes in: more than the play times'
    // jitter, so the canceller never gets the echo before its source. setLeadUs() changes it
    // once the echo's own path is known (echodelay.h).
    static constexpr int kLeadMs = 20;
    // Play times move by this much either way before a frame is held back or sent early: the
    // speaker reports its fill in steps.
    static constexpr int kToleranceMs = 15;
    static constexpr int64_t kUnknownTime = std::numeric_limits<int64_t>::min();

    // A far-end frame as the speaker took it (kFrame samples), and when it plays (steady µs), or
    // kUnknownTime.
    void pushFar(std::span<const int16_t> frame, int64_t playUs);
    // Before the microphone frame taken at `nearUs` (steady µs): calls feed(frame, playUs) for
    // each far-end frame the canceller must see first, real or silence (playUs kUnknownTime).
    template<typename Feed>
    void beforeNear(int64_t nearUs, Feed &&feed);
    // Forgets the queue (a device was opened or closed). The lead stays.
    void reset();
    // A far-end frame goes in this long before the microphone frame taken when it plays;
    // negative: after it. A smaller lead holds the far end back (silence in its place), a
    // larger one catches up.
    void setLeadUs(int64_t leadUs) { m_leadUs = leadUs; }
    int64_t leadUs() const { return m_leadUs; }

    // Whether the far-end frame that goes in before the microphone frame taken at `nearUs` has
    // not come yet: the speaker is playing, its frames carry play times, and the next one after
    // the newest pushed would be due. Feeding silence in its place would shift the far end
    // against the near end for good (the canceller reads both one frame at a time), so the
    // microphone frame waits for it instead.
    bool isBehind(int64_t nearUs) const
    {
        if (m_lastPlayUs == kUnknownTime)
            return false;
        const int64_t nextPlayUs = m_lastPlayUs + int64_t(kFrameMs) * 1000;
        return nextPlayUs <= nearUs + m_leadUs + int64_t(kToleranceMs) * 1000;
    }
    int queuedFrames() const { return m_size; }
    int silentFrames() const { return m_silent; } // fed because nothing was due
    int heldFrames() const { return m_held; } // …of which while a frame waited (not yet due)
    int catchUps() const { return m_catchUps; } // late frames fed at once
    // Times the far end moved against the near end mid-stream: silence fed between real frames
    // (one held back) or a catch-up. The canceller then has to find the echo again.
    int shifts() const { return m_shifts; }
    int droppedFrames() const { return m_dropped; } // lost to a full queue

private:
    struct Frame
    {
        std::array<int16_t, kFrame> samples;
        int64_t playUs;
    };
    template<typename Feed>
    void feedHead(Feed &feed);

    std::array<Frame, kCapacityFrames> m_queue {};
    std::array<int16_t, kFrame> m_silence {};
    int m_head = 0; // oldest
    int m_size = 0;
    int m_silent = 0;
    int m_held = 0;
    int m_catchUps = 0;
    int m_dropped = 0;
    int m_shifts = 0;
    bool m_lastFedReal = false; // the last frame fed was the speaker's, not silence
    int64_t m_lastPlayUs = kUnknownTime; // the newest frame pushed
    int64_t m_leadUs = int64_t(kLeadMs) * 1000;
};

template<typename Feed>
void FarEndResync::beforeNear(int64_t nearUs, Feed &&feed)
{
    const int64_t dueUs = nearUs + m_leadUs;
    const int64_t toleranceUs = int64_t(kToleranceMs) * 1000;
    if (m_size == 0
        || (m_queue[size_t(m_head)].playUs != kUnknownTime
            && m_queue[size_t(m_head)].playUs > dueUs + toleranceUs)) {
        ++m_silent;
        m_held += m_size > 0 ? 1 : 0;
        m_shifts += m_size > 0 && m_lastFedReal ? 1 : 0;
        m_lastFedReal = false;
        feed(std::span<const int16_t>(m_silence), kUnknownTime);
        return;
    }
    feedHead(feed);
    m_lastFedReal = true;
    bool caughtUp = false;
    while (m_size > 0 && m_queue[size_t(m_head)].playUs != kUnknownTime
           && m_queue[size_t(m_head)].playUs < dueUs - toleranceUs) {
        ++m_catchUps;
        caughtUp = true;
        feedHead(feed);
    }
    m_shifts += caughtUp ? 1 : 0;
}

template<typename Feed>
void FarEndResync::feedHead(Feed &feed)
{
    const Frame &frame = m_queue[size_t(m_head)];
    m_head = (m_head + 1) % kCapacityFrames;
    --m_size;
    feed(std::span<const int16_t>(frame.samples), frame.playUs);
}

} // namespace livedesk::audio
