// Where the echo is in the canceller's far end, from the signals: the lag at which the microphone
// best matches the far end over a second of the model's voice.
//
// Why: the devices' clocks line the far end up with when it plays (FarEndResync), but the echo
// comes back after its own path: the room, and on some systems more buffering than the devices
// report (Bluetooth speakers: 100–250 ms; PulseAudio's module-loopback: its latency). The 0.3
// canceller's filter covers 128 ms, and it moves an echo later than 3/4 of that (96 ms) itself
// only after 15 s, converging again then, in the middle of a conversation; AEC3 finds long delays
// too but adapts faster to short ones. So once the lag is known, AudioProcessor holds the far end
// back until the echo lands kTargetLagMs after it, the same for every path.
//
// Method: both signals decimated to 4 kHz (a 4-sample mean: speech lives below 2 kHz) and
// pre-emphasised (voiced speech's pitch makes false peaks a period off the lag), a second of
// microphone against 1.5 s of far end, normalised cross-correlation at every lag up to kMaxLagMs
// (~2.5 M multiply-adds: every other lag over every other sample, then every lag around the
// best three peaks; once every kEveryFrames while the far end speaks). A lag counts when the
// peak is clear (kFoundCorrelation) and two searches in a row agree within kAgreeMs.
//
// One far-end frame per microphone frame: the one fed to the canceller just before it (pushFar()
// then pushNear()), so lags are in the canceller's own terms.
//
// Single-threaded (the processing thread); fixed storage, no allocation.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace livedesk::audio {

class EchoDelayEstimator
{
public:
    static constexpr int kFrameSamples = 160; // 10 ms at 16 kHz
    static constexpr int kDecimation = 4; // to 4 kHz
    static constexpr int kRateDecimated = 16000 / kDecimation;
    static constexpr int kWindowMs = 1000;
    static constexpr int kMaxLagMs = 500;
    static constexpr int kEveryFrames = 25; // a search every 250 ms while the far end speaks
    static constexpr int kRecheckFrames = 300; // …and every 3 s once a lag was confirmed
    // Once confirmed, the lag is followed between the rechecks: every kTrackFrames, a search
    // within kTrackMs of it (a loopback's or a Bluetooth link's latency wanders, and the
    // double-talk detector looks only one frame either side of the lag).
    static constexpr int kTrackFrames = 10;
    static constexpr int kTrackMs = 8;
    static constexpr float kFoundCorrelation = 0.4f;
    static constexpr int kAgreeMs = 2;
    static constexpr float kActiveFarDbfs = -50.0f; // far-end frames that can echo audibly
    static constexpr int kMinActiveFarMs = 500; // of the window, before a search

    // The far-end frame the canceller got just before the next microphone frame (silence if
    // none): kFrameSamples.
    void pushFar(std::span<const int16_t> frame);
    // The microphone frame before any processing. Searches when due; returns a lag (ms from a
    // far-end sample going in to its echo coming in) when one was found and confirmed.
    std::optional<float> pushNear(std::span<const int16_t> frame);
    // Forgets both signals (a device reopened, or the far end was moved against the near end).
    void reset();

    float lastCorrelation() const { return m_lastCorrelation; }

private:
    static constexpr int kWindow = kRateDecimated * kWindowMs / 1000;
    static constexpr int kMaxLag = kRateDecimated * kMaxLagMs / 1000;
    static constexpr int kFarLength = kWindow + kMaxLag;
    static constexpr int kFramesInFar = kFarLength / (kFrameSamples / kDecimation);

    // Best normalised correlation and its lag, in decimated samples.
    float search(int *bestLag);
    // Best normalised correlation within kTrackMs of `around`, and its lag.
    float searchNear(int around, int *bestLag) const;
    // Best normalised correlation at lags fromLag…toLag (clamped), over every step-th sample.
    float bestIn(int fromLag, int toLag, int step, int *bestLag) const;
    float correlate(int lag, int step) const;

    // Written twice (at i and i + length) so that every window is contiguous.
    std::array<float, 2 * kFarLength> m_far {};
    std::array<float, 2 * kWindow> m_near {};
    std::array<bool, kFramesInFar> m_farActive {}; // per far-end frame, a ring
    float m_farPrevious = 0.0f; // the last decimated samples, for the pre-emphasis
    float m_nearPrevious = 0.0f;
    int m_farWrite = 0; // decimated samples
    int m_nearWrite = 0;
    int m_frames = 0; // microphone frames since the reset, up to kFramesInFar
    int m_activeFrames = 0; // active far-end frames in the ring
    int m_frameSlot = 0;
    int m_countdown = kEveryFrames;
    float m_lastCorrelation = 0.0f;
    int m_lastLag = -1;
    int m_confirmedLag = -1; // decimated samples; -1 until two searches agreed
    int m_trackCountdown = kTrackFrames;
};

} // namespace livedesk::audio
