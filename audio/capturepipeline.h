// The microphone path at 16 kHz, one 10 ms frame at a time: echo cancellation, noise suppression
// and gain (VoiceProcessor), then voice activity on the cleaned signal. The engine runs exactly
// this on its processing thread; tests and benchmarks run it offline on files, so what they
// measure is what users get.
//
// Echo gate: a canceller that has converged still leaks short bursts of the model's voice now
// and then (at an onset, after a change in the room), and a leak is speech — voiced, loud enough
// — so the detector alone would take it for the user. While the speaker is playing, the pipeline
// therefore estimates how loud the echo is at the microphone (far-end level × measured echo path
// gain) and lets the detector count a frame as speech only if the cleaned signal stands out
// above what the canceller is trusted to leave of that echo (residualecho.h: from the canceller's
// attenuation seen on echo-only frames, none until it has held a while). A user talking over the
// model at 6 dB below its echo gets through once the canceller holds; a leak does not. Without
// echo cancellation (switched off, or not built) the bar is the echo level itself plus a margin:
// the user can still interrupt by speaking clearly louder than the speaker's echo; until the
// first second of the model's voice has measured the echo path, the echo is assumed as loud as
// the far end. With headphones there is no echo and nothing changes.
//
// Residual echo suppression (residualecho.h): while the far end may be echoing, the cleaned
// frame is held far below the service's speech threshold unless it stands out above the echo
// (double talk). The echo gate is that same decision, so the local detector and the service hear
// the user at the same moment. The detector classifies the frame before the suppression gain (its
// noise floor must follow the room, not the muted frames), with the gate closed where the frame
// is suppressed. The frame handed back, to the wire and to the recording alike, is the suppressed
// one: a recording is the record of what the service heard, and the residual echo measured in it
// (bench_selfinterrupt --record) is what the service's detector saw.
//
// Where the echo is (echodelay.h): found in the signals and confirmed, handed back once
// (CaptureFrameResult::echoLagMs) for AudioProcessor to move the far end if it is out of place,
// and used here to look for the user at the microphone.
//
// Barge-in onset (doubletalk.h): webrtc-audio-processing 0.3 holds a user who starts over the
// model down at the echo's level for 60 ms to over a second, so the echo gate above opens late.
// The microphone before the canceller, band by band against the far end's echo at its lag, shows
// the user within 50–80 ms; that decides only the local barge-in (duck or stop the model's voice,
// after which the canceller lets the user through), never what is sent. Only while the lag is
// known: over a guessed window the far end's peaks hide anyone but a shouting user.
//
// Quiet gate (quietgate.h): while nobody speaks and the far end is silent, the frame skips all of
// the above and passes through raw; the frame that opens the gate is processed after the gate's
// pre-roll has been run through the processing (its output dropped) to bring it up to date.
//
// Single-threaded; no allocation after construction.
#pragma once

#include "audio/audiotypes.h"
#include "audio/doubletalk.h"
#include "audio/echodelay.h"
#include "audio/quietgate.h"
#include "audio/residualecho.h"
#include "audio/voiceactivity.h"
#include "audio/voiceprocessor.h"

#include <array>
#include <limits>
#include <optional>
#include <span>

namespace livedesk::audio {

struct CaptureFrameResult
{
    VoiceProcessor::CaptureInfo processing;
    VadResult vad;
    float rawDbfs = -120.0f; // the microphone frame before processing
    float cleanedDbfs = -120.0f; // …and after
    float echoDbfs = -120.0f; // the estimated echo level at the microphone (far end playing)
    bool echoGateOpen = true; // the frame may be the user's speech
    // The user started over the far end, as the microphone shows it before the canceller
    // (DoubleTalkDetector): for the local barge-in only, which may act on it before the
    // canceller lets the user through.
    bool bargeInOnset = false;
    // The echo's lag in the far end (ms), on the frame where it was found and confirmed.
    std::optional<float> echoLagMs;
    ResidualEchoSuppressor::State suppression = ResidualEchoSuppressor::State::Idle;
    float sentDbfs = -120.0f; // the frame as handed back, after the suppression
    bool quiet = false; // the quiet gate was closed: the frame passed through unprocessed
};

class CapturePipeline
{
public:
    static constexpr int kSampleRate = VoiceProcessor::kSampleRate;
    static constexpr int kFrameSamples = VoiceProcessor::kFrameSamples;

    CapturePipeline(const VoiceProcessingOptions &processing, const VadSettings &vad);

    static constexpr int kLeadUnknown = std::numeric_limits<int>::min();

    // One 10 ms frame of exactly what the speaker played (16 kHz mono). `leadUs`: how long after
    // the next microphone frame was taken this one plays (by the devices' clocks), or
    // kLeadUnknown (silence standing in, or no play times). The echo's lag in the far end is
    // its path (the room, a loopback's buffer) plus that lead: once the lag was found, a far end
    // held back or caught up moves it by exactly the change of lead, and the lag follows
    // without being searched for again.
    void processRender(std::span<const int16_t> frame, int leadUs = kLeadUnknown);
    // Cleans one 10 ms microphone frame in place (cancellation, processing, residual echo
    // suppression) and classifies it. `echoDelayMs`: how long
    // after its processRender() a far-end sample can show up here (the devices' buffering).
    CaptureFrameResult processCapture(std::span<int16_t> frame, int echoDelayMs);

    VoiceProcessor &processor() { return m_processor; }
    VoiceActivityDetector &vad() { return m_vad; }
    const ResidualEchoSuppressor &suppressor() const { return m_suppressor; }
    QuietGate &quietGate() { return m_quietGate; }
    void setResidualEchoSuppression(ResidualEchoSuppression mode) { m_residualSuppression = mode; }
    // Whether the local barge-in has the model ducked (ResidualEchoSuppressor::Levels::bargeIn).
    void setBargeIn(ResidualEchoSuppressor::BargeIn bargeIn) { m_bargeIn = bargeIn; }
    // The far end fed to processRender() moved against the microphone (FarEndResync held a
    // frame back, caught up, or changed its lead): what was learnt of the canceller is void.
    void farEndMoved();
    // Another device at either end: the echo's path is another, its lag found again.
    void echoPathChanged();
    // The next microphone frame goes in without the far end that played meanwhile (the
    // speaker's thread stalled past AudioProcessor's wait, silence stands in): its echo is in the
    // microphone with nothing to cancel it or to compare it with. Until that echo has passed,
    // frames are held down as echo alone, and the double-talk detector decides nothing.
    void farEndMissing();
    int farEndMissingFrames() const { return m_farMissingTotal; }
    // Samples from the newest far-end sample to the one echoing in the last microphone frame's
    // last sample, as the double-talk detector uses it; -1 while unknown.
    int echoLagSamples() const { return m_echoLagSamples; }
    // Frames the far end could echo in while the echo's lag was unknown, in total.
    int lagUnknownFrames() const { return m_lagUnknownFrames; }
    // The measured echo path gain (microphone level over speaker level), dB.
    float echoPathGainDb() const { return m_echoPathDb; }

private:
    float farEndDbfs(int echoDelayMs) const;
    // The lead of the far-end frame `lagSamples` back from the newest (or a neighbour's), or
    // kLeadUnknown.
    int farLeadAt(int lagSamples) const;
    void followEchoLag(std::optional<float> foundLagMs);
    void warmUp(int echoDelayMs);

    static constexpr int kFarHistory = 64; // frames (640 ms) of far-end levels

    VoiceProcessor m_processor;
    VoiceActivityDetector m_vad;
    ResidualEchoSuppressor m_suppressor;
    FarEndMatcher m_matcher;
    EchoDelayEstimator m_echoDelay;
    int m_echoLagSamples = -1; // the last lag it confirmed, -1 while unknown
    // The lag less the lead of the far-end frame echoing when it was found (µs); kLeadUnknown
    // without play times.
    int m_echoPathUs = kLeadUnknown;
    std::array<int, kFarHistory> m_farLeadUs {}; // per far-end frame, as m_farDb
    int m_lagUnknownFrames = 0;
    int m_farMissingHold = 0; // frames left to hold after the far end went missing
    int m_farMissingTotal = 0;
    float m_lastAudibleFarDb = -120.0f; // the last far-end frame that could echo
    DoubleTalkDetector m_doubleTalk;
    int m_framesSinceNearEnd = 1 << 20; // since the microphone last showed more than the echo
    std::array<int16_t, kFrameSamples> m_raw {}; // the microphone frame before processing
    int m_lagSearchCountdown = 0;
    std::array<float, kFarHistory> m_farDb {};
    int m_farPos = 0;
    float m_echoPathDb = -60.0f; // measured during the first second of far-end sound
    int m_farActiveFrames = 0;
    QuietGate m_quietGate;
    ResidualEchoSuppression m_residualSuppression = ResidualEchoSuppression::On;
    ResidualEchoSuppressor::BargeIn m_bargeIn = ResidualEchoSuppressor::BargeIn::Absent;
    std::array<int16_t, kFrameSamples> m_warmUp {}; // a pre-roll frame being processed
};

} // namespace livedesk::audio
