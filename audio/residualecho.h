// Residual echo suppression while the model speaks, double-talk aware.
//
// The service's voice detector is an absolute threshold (Gemini Live at its default, HIGH start
// sensitivity, and livedesk-sim like it: a 10 ms frame at −45 dBFS or louder is speech, 20 ms of
// it start a user turn that interrupts the reply). Any 20 ms of the model's voice that the
// canceller leaves above that level, in a reply's first second while it converges or after the
// devices' delay jumped, is the model interrupting itself. So while the far end can be echoing,
// what is sent is held far below that threshold, unless the microphone frame is clearly more
// than the echo could be: double talk.
//
// Per 10 ms frame (decide(), then apply()):
//  - the echo expected at the microphone is the far-end level × the measured echo path; until the
//    path has been measured, a conservative path (the echo as loud as the far end);
//  - what the canceller leaves of it is that minus the canceller's attenuation as this class has
//    seen it on echo-only frames (raw − cleaned), trusted only after it has held for a while,
//    never beyond kMaxTrustedErleDb, and forgotten when the devices' delay jumps (the canceller
//    then has to find the echo again);
//  - double talk: the cleaned frame stands kDoubleTalkMarginDb above that residual and is not the
//    far end's own waveform (FarEndMatcher: a canceller that lost the echo). The onset
//    frame passes at once (the gain ramps up within it); after double talk a short hangover;
//  - otherwise the frame is attenuated by kSuppressionDb, ramped over the frame (no clicks).
// Without a canceller the residual is the echo itself and the comparison is made before the gain
// control (which lifts echo and voice alike): the user then gets through by speaking clearly
// louder than the speaker's echo.
//
// Single-threaded (the audio processing thread); no allocation, no blocking.
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace livedesk::audio {

class ResidualEchoSuppressor
{
public:
    static constexpr int kFrameSamples = 160; // 10 ms at 16 kHz
    static constexpr float kSilentFarDbfs = -60.0f; // far end quieter: nothing to echo
    static constexpr float kInaudibleResidualDbfs = -70.0f; // a residual this low needs no help
    static constexpr float kUnmeasuredPathDb = 0.0f; // the echo path before it is measured
    static constexpr float kMaxTrustedErleDb = 25.0f;
    static constexpr float kDoubleTalkMarginDb = 6.0f;
    static constexpr float kUncancelledMarginDb = 3.0f;
    static constexpr float kSuppressionDb = -60.0f;
    static constexpr int kHangoverFrames = 5;
    static constexpr int kDelayJumpMs = 20;
    static constexpr float kEchoLikeSimilarity = 0.5f;

    enum class Canceller { Active, Absent };
    enum class EchoPath { Measured, Unmeasured };
    enum class NearEnd { Unknown, Absent, Present };
    // Whether the local barge-in has ducked the model on the user's voice.
    enum class BargeIn { Absent, InEffect };

    struct Levels
    {
        float farDbfs = -120.0f; // the loudest far-end frame that can be echoing now
        float rawDbfs = -120.0f; // the microphone frame before processing
        float cleanedDbfs = -120.0f; // …after the canceller, noise suppression and gain
        float echoPathDb = -60.0f; // the measured echo path gain (microphone over speaker)
        EchoPath path = EchoPath::Unmeasured;
        Canceller canceller = Canceller::Active;
        int echoDelayMs = 0; // the devices' delay from speaker to microphone
        // How much the cleaned frame looks like the far end at the echo's lag (0…1,
        // FarEndMatcher), or -1 when unknown. A canceller that lost the echo leaks a frame as
        // loud as a user's, but one that is the far end's waveform: not double talk.
        float farSimilarity = -1.0f;
        // Whether the microphone, before the canceller, shows anything beyond the echo
        // (DoubleTalkDetector, lately): a canceller whose leak is not the far end's waveform
        // (AEC3's suppressor reshapes it) still cannot make double talk out of echo alone.
        NearEnd nearEnd = NearEnd::Unknown;
        // While the model is ducked for the user, a frame the double-talk detector finds beyond
        // the echo passes even when it is not louder than the echo could be: the far level is
        // the loudest that can still be echoing, from before the duck, and holding the user's
        // first words back made the service hear them only at the second word, or not at all.
        BargeIn bargeIn = BargeIn::Absent;
    };

    enum class State {
        Idle, // the far end is silent, or its echo is inaudible: frames pass unchanged
        Suppressing, // the far end may be echoing and nothing stands out above it
        DoubleTalk, // the near end stands out: frames pass
        Hangover, // just after double talk: frames still pass
    };

    struct Decision
    {
        State state = State::Idle;
        float echoDbfs = -120.0f; // the echo expected at the microphone
        float residualDbfs = -120.0f; // …and what the canceller is trusted to leave of it
        bool passes() const { return state != State::Suppressing; }
    };

    Decision decide(const Levels &levels);
    // The far end moved against the near end (a frame held back or caught up, the lead changed):
    // the canceller has to find the echo again, so what it achieved says nothing for now, as
    // after a delay jump.
    void forgetTrust() { m_trustedErleDb = 0.0f; }
    // Applies the last decision's gain to the cleaned frame in place, ramped from the previous
    // frame's gain over this one.
    void apply(std::span<int16_t> frame);

    State state() const { return m_state; }
    float trustedErleDb() const { return m_trustedErleDb; }
    float gain() const { return m_gain; }

private:
    void track(const Levels &levels, float echoDbfs);

    State m_state = State::Idle;
    float m_gain = 1.0f; // the gain at the end of the last frame
    float m_targetGain = 1.0f;
    float m_trustedErleDb = 0.0f;
    int m_hangover = 0;
    int m_lastDelayMs = -1;
};

// Where the echo is in the far end, to the sample, and how much a microphone frame looks like
// the far end there. The devices' reported delay is only an estimate (tens of milliseconds off
// on PulseAudio); the lag is found by normalised cross-correlation of microphone frames that
// hold only echo with the far end around that delay, and kept while it holds.
//
// similarity() does not trust that lag alone: on PulseAudio's module-loopback the echo's lag
// wanders between 65 and 125 ms within a run, and a canceller that lost the echo after such a
// jump leaks the far end at a lag the matcher has not measured yet. So it also searches every
// plausible lag (0 to kMaxLagMs): coarse on the far end and the frame decimated by
// kDecimation (a 4-sample mean: speech lives below 2 kHz), then to the sample around the best
// few coarse lags. That costs ~50 000 multiply-adds a frame instead of ~640 000 at full rate.
//
// Single-threaded; no allocation (a fixed history of 640 ms).
class FarEndMatcher
{
public:
    static constexpr int kFrameSamples = 160;
    static constexpr int kHistorySamples = 64 * kFrameSamples;
    static constexpr int kSearchBeforeMs = 50; // around the reported delay
    static constexpr int kSearchAfterMs = 150;
    static constexpr int kLagSlackSamples = 48; // 3 ms: the lag drifts between searches
    static constexpr float kLagFoundCorrelation = 0.6f;
    static constexpr int kMaxLagMs = 250; // the longest echo path a room and the devices give
    static constexpr int kDecimation = 4;
    static constexpr int kCoarseCandidates = 3;
    // A 10 ms frame of one voice can look like another voice somewhere in 250 ms of it
    // (espeak-ng's voices: up to 0.9). Away from the tracked lag a leak is told from that by
    // the microphone frame: a canceller that lost the echo leaks part of what the microphone
    // took, so the microphone frame is the far end's waveform at that lag at least as clearly
    // as the cleaned frame (less kMicrophoneSlack); a user's voice at the microphone is mixed
    // with the echo at its true lag and matches less than the cleaned frame does.
    static constexpr float kMicrophoneSlack = 0.05f;

    void pushFar(std::span<const int16_t> frame);
    // Searches the lag of the echo in a microphone frame that holds only echo (before the
    // canceller); keeps it if the frame matches the far end well enough there.
    void trackLag(std::span<const int16_t> microphone, int echoDelayMs);
    // |Normalised correlation| of `frame` with the far end at the tracked lag (± slack), 0…1,
    // or -1 before a lag is known. With `microphone` (the frame before the canceller), also
    // at any lag up to kMaxLagMs where the microphone frame confirms the match
    // (kMicrophoneSlack): the higher of the two.
    float similarity(std::span<const int16_t> frame, std::span<const int16_t> microphone = {}) const;
    // Samples between the far end's newest sample and the one that echoes in a microphone
    // frame's last sample; -1 before a lag is known.
    int lagSamples() const { return m_lag; }

private:
    static constexpr int kDecimatedHistory = kHistorySamples / kDecimation;
    static constexpr int kDecimatedFrame = kFrameSamples / kDecimation;

    // Best |correlation| over lags [fromLag, toLag], and where.
    float search(std::span<const int16_t> frame, int fromLag, int toLag, int *bestLag) const;
    // The same over every lag up to kMaxLagMs, coarse then fine.
    float searchAllLags(std::span<const int16_t> frame, int *bestLag) const;

    // Written twice (at i and i + kHistorySamples) so that any window is contiguous.
    std::array<float, 2 * kHistorySamples> m_far {};
    std::array<float, 2 * kDecimatedHistory> m_farDecimated {};
    int m_write = 0;
    int m_decimatedWrite = 0;
    float m_decimationSum = 0.0f;
    int m_decimationCount = 0;
    int m_lag = -1;
};

} // namespace livedesk::audio
