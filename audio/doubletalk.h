// Double talk seen at the microphone, before the canceller, for the local barge-in (issue 19).
//
// webrtc-audio-processing 0.3's canceller holds a user who starts over the model down to the
// echo's level for 60–110 ms (at −6 dB relative to the echo for 100 ms to over a second): what
// the suppressor and the local detector see after it cannot say "the user" earlier. The
// microphone itself holds the user from their first frame, mixed with the echo. A user at −6 dB
// is only ~1 dB above the echo over the whole band, but voices differ in where their energy is
// from frame to frame: in some bands the user stands well above what the far end can put there.
//
// Per 10 ms frame, in kBands sixth-octave bands (biquad band-passes, 250 Hz–4 kHz; narrow bands
// find a user's formants between the echo's: bench_doubletalk, a user at −6 dB found within
// 120 ms 97 % of the time where octave bands found 77 %):
//  - the echo expected in a band: the far end's energy there, the loudest of the frames the
//    microphone frame's echo comes from at the echo's lag (EchoDelayEstimator's, followed
//    between its searches) and one either side, and, decaying, of the older ones (a room's
//    reverberation), × the band's echo path gain;
//  - that gain is learnt per band as a slowly decaying peak of microphone over expected far end,
//    only at a known lag and on frames the caller says are echo alone (the residual echo suppressor's decision),
//    and after its first second only upward by a little at a time, as CapturePipeline learns the
//    broadband path: a user must not drag it up;
//  - the margin: how far echo alone has been seen to stray above that expectation (a room's
//    reflections beyond the window), learnt on the same frames as a slowly decaying peak, plus
//    kExcessSlackDb, kMinMarginDb at least and kMaxMarginDb at most;
//  - double talk: at least kBandsNeeded bands above the expected echo by their margin, the frame loud
//    enough to be speech for the service and not the far end's waveform at any lag (the echo's
//    lag can jump by tens of milliseconds on module-loopback: its bands then stand out of the
//    window, but the frame is still the far end's waveform); an onset after kOnsetFrames such
//    frames running.
// It decides only the local action (ducking or stopping the model's voice); what is sent stays
// the suppressor's decision, so a wrong call here costs a moment of ducked playback, never the
// model's voice sent to the service.
//
// Single-threaded (the audio processing thread); no allocation, no blocking.
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace livedesk::audio {

class DoubleTalkDetector
{
public:
    static constexpr int kFrameSamples = 160; // 10 ms at 16 kHz
    static constexpr int kBands = 25;
    static constexpr int kBandsNeeded = 2;
    static constexpr float kMinMarginDb = 4.0f;
    static constexpr float kMaxMarginDb = 8.0f;
    static constexpr float kExcessSlackDb = 1.0f;
    static constexpr int kOnsetFrames = 2;
    static constexpr float kLoudEnoughDbfs = -45.0f; // the service's speech threshold
    static constexpr int kLearningFrames = 100; // a second of echo alone sets the path
    static constexpr int kHistoryFrames = 64;

    enum class Frame {
        EchoAlone, // the suppressor held it: learn the path from it
        Undecided, // anything else: decide, do not learn
    };

    DoubleTalkDetector();

    // One 10 ms frame of what the speaker played, in step with the microphone frames.
    void pushFar(std::span<const int16_t> frame);
    // Whether the microphone frame is the far end's own waveform at some lag (FarEndMatcher):
    // then it is the echo, whatever its bands say (the echo's lag jumped past the window).
    enum class Waveform { Unknown, FarEnd };
    // How closely (|normalised correlation|, FarEndMatcher::similarity) a candidate frame must be
    // the far end's waveform to be taken for the echo. A frame's own mix of echo and user matches
    // about 1/√(1 + user/echo), so this holds a user 6 dB under the echo back until they rise
    // (0.81–0.88 in their first frames out of it: up to 70 ms on a real path). It stays at 0.8
    // all the same: at 0.85 or 0.9 echo alone that stood out of its expectation got through, up to
    // one local duck in every quiet turn for 35 turns running under load (docs/benchmarks.md,
    // "Eleventh session").
    static constexpr float kFarEndSimilarity = 0.8f;

    // One microphone frame before the canceller, in two steps: measure() compares its bands with
    // the echo expected there and says whether it is a double-talk candidate (so that the caller
    // asks the costlier waveform match only then); decide() counts it, learns the path from an
    // echo-alone frame, and is true on the frame that completes an onset. `lagSamples`: from the
    // newest far sample to the one echoing in this frame's last sample, or -1 when unknown (then
    // every frame from the newest back over `echoDelayMs` + 250 ms can be echoing).
    bool measure(std::span<const int16_t> microphone, int lagSamples, int echoDelayMs);
    bool decide(Frame frame, Waveform waveform);
    // Both, without a waveform match.
    bool process(std::span<const int16_t> microphone, int lagSamples, int echoDelayMs, Frame frame);

    bool learnt() const { return m_learningFrames >= kLearningFrames; }
    bool doubleTalk() const { return m_run >= kOnsetFrames; }
    // Bands above the expected echo in the last frame (0…kBands).
    int bandsAbove() const { return m_bandsAbove; }
    float pathDb(int band) const { return m_pathDb[size_t(band)]; }
    float marginDb(int band) const;

private:
    struct Biquad
    {
        float b0 = 0, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
    };
    struct State
    {
        float x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    };
    using Bands = std::array<float, kBands>; // dB

    void analyse(std::span<const int16_t> frame, std::array<State, kBands> &states,
                 Bands &out) const;
    // The far end's loudest energy per band that can echo in this frame.
    void expectedFar(int lagSamples, int echoDelayMs, Bands &out) const;

    std::array<Biquad, kBands> m_filters {};
    std::array<State, kBands> m_farState {};
    std::array<State, kBands> m_micState {};
    std::array<Bands, kHistoryFrames> m_far {}; // newest at m_farPos - 1
    int m_farPos = 0;
    Bands m_pathDb {};
    Bands m_excessDb {}; // echo alone over the expected echo, a slowly decaying peak
    int m_learningFrames = 0;
    std::array<int, kBands> m_bandFrames {}; // echo-alone frames that measured each band
    int m_run = 0;
    bool m_candidate = false;
    bool m_lagKnown = false; // the last frame was measured at the echo's lag
    Bands m_mic {}; // the last frame's bands…
    Bands m_expectedFar {}; // …and the far end's that can echo in it
    int m_bandsAbove = 0;
};

} // namespace livedesk::audio
