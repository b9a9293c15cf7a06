// Plain value types the audio engine exchanges with the rest of the application (through app/):
// settings, captured chunks, device descriptions, levels and counters. No behaviour here.
#pragma once

#include "audio/bargein.h"
#include "audio/quietgate.h"
#include "audio/voiceactivity.h"
#include "audio/voiceprocessor.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace livedesk::audio {

enum class AudioDirection {
    None,
    Capture, // microphone only (e.g. the model's replies are shown as text)
    Playback, // speaker only (e.g. input comes from a file)
    Duplex,
};

// Off only to measure what the echo canceller itself leaves (bench_echo_path): the residual echo
// suppression of CapturePipeline then lets every frame through as the processing left it.
enum class ResidualEchoSuppression { On, Off };
// Real-time scheduling for the audio threads (realtime.h): asked for, or left as it is.
enum class AudioThreadScheduling { RealTime, Normal };

struct AudioEngineSettings
{
    // Devices: an id from AudioEngine::inputDevices()/outputDevices(); empty follows the
    // system default, including when it changes.
    QByteArray inputDeviceId;
    QByteArray outputDeviceId;
    AudioDirection direction = AudioDirection::Duplex;

    // Capture: 16 kHz mono s16 chunks for the session, a multiple of 10 ms (10…1000).
    int chunkMs = 40;
    VoiceProcessingOptions processing; // echo cancellation, noise suppression, automatic gain
    // Skips the processing while nobody speaks and the model is silent (quietgate.h).
    QuietGate::Mode quietGate = QuietGate::Mode::On;
    ResidualEchoSuppression residualEchoSuppression = ResidualEchoSuppression::On;
    AudioThreadScheduling threadScheduling = AudioThreadScheduling::RealTime;

    // Turns and barge-in.
    TurnDetection turnDetection = TurnDetection::Server;
    BargeInMode bargeIn = BargeInMode::Duck;
    VadSensitivity sensitivity = VadSensitivity::Medium;
    int minSpeechMs = 40; // speech needed before barge-in or activity start (10…500)
    int endSilenceMs = 800; // silence that ends a client-driven activity (100…5000)
    int preRollMs = 300; // audio sent from before the detected onset (0…1000)
    int confirmWindowMs = 1500; // how long a local duck/stop waits for the server (100…10000)
    float duckGainDb = -20.0f; // (−60…0)

    // Playback.
    int prebufferMs = 60; // audio buffered before a turn starts playing (0…400)
    int maxJitterBufferMs = 400; // how far the prebuffer may grow after underruns
    int fadeMs = 8; // fade-out on a flush (5…10)
    double speechRate = 1.0; // 0.5…2.0, pitch unchanged

    // Device buffering. Smaller is faster to react and to echo-cancel, larger survives a busy
    // machine. The audio server may round these.
    int inputBufferMs = 20;
    int outputBufferMs = 40;

    int noSignalWarningMs = 2000; // warn when the microphone delivers only zeros this long
};

// One chunk of cleaned microphone audio for realtimeInput.audio.
struct AudioChunk
{
    QByteArray pcm; // 16 kHz mono s16le
    qint64 firstSample = 0; // index of its first sample in the capture stream (16 kHz)
    // std::chrono::steady_clock time of its first sample, in µs: the device's frame count
    // against one anchor (CaptureClock), the earliest delivery time its frames allow, so it
    // advances with the audio and never goes backwards (the device's own latency is not known
    // and not included).
    qint64 captureTimeUs = 0;
    bool speech = false; // the voice activity detector heard speech in it
    // The quiet gate was closed for all of it: nobody spoke, the model was silent, and the
    // audio is the raw microphone (quietgate.h). A sender may hold such audio back.
    bool quiet = false;
};

struct AudioDeviceInfo
{
    QByteArray id;
    QString description;
    bool isDefault = false;

    friend bool operator==(const AudioDeviceInfo &, const AudioDeviceInfo &) = default;
};

// Latest levels, for meters polled on a UI timer (the engine never pushes them).
struct AudioLevels
{
    float inputRmsDbfs = -120.0f; // microphone, before processing
    float inputPeakDbfs = -120.0f;
    float outputRmsDbfs = -120.0f; // what the speaker plays
    float outputPeakDbfs = -120.0f;
    bool voiceActive = false; // the detector is inside a speech segment
    bool noSignal = false; // the microphone has delivered only zeros for noSignalWarningMs
};

// Model audio counters, in 24 kHz samples (the rate the Live API speaks).
struct PlaybackProgress
{
    qint64 samplesReceived = 0; // everything ever enqueued
    qint64 samplesDiscarded = 0; // dropped by flushes and by interrupted turns
    qint64 turnSamplesReceived = 0; // the current (or last) turn
    qint64 turnSamplesPlayed = 0; // …of which the device has played (±10 ms, exact at turn end)
    int bufferedMs = 0; // in the jitter buffer
    int jitterTargetMs = 0; // the prebuffer target (grows after underruns)
    int underruns = 0; // the jitter buffer ran dry mid-turn
    bool speaking = false; // model audio is queued or playing
};

enum class AudioWarning {
    None,
    NoMicrophoneSignal, // only zeros for noSignalWarningMs
    InputDeviceLost, // the chosen microphone went away; the default is used
    OutputDeviceLost,
    InputDeviceFailed, // could not open or stopped with an error
    OutputDeviceFailed,
    EchoCancellationUnavailable, // built without the WebRTC library
    SpeechRateUnavailable, // built without sonic
    CaptureOverflow, // the processing thread fell behind and microphone audio was lost
};

// What local barge-in just did to the model's voice (for the UI; the session needs none of it).
enum class BargeInEvent {
    None,
    Ducked, // the user started talking: the model's voice is lowered
    Restored, // the server did not confirm in time: full volume again
    Stopped, // playback stopped at once (stop mode, client-driven turns, click-to-talk)
};

struct AudioCapabilities
{
    bool echoCancellation = false; // also noise suppression and automatic gain
    QString echoCancellationStatus; // empty when available, else why not (translated)
    bool speechRate = false;
    QString speechRateStatus;
};

// For benchmarks and diagnostics: steady_clock nanoseconds of the latest playback events.
struct PlaybackTimings
{
    qint64 modelStartNs = 0; // first model frame after silence handed to the device
    qint64 modelStopNs = 0; // the device got silence again after model audio
    qint64 gainChangeNs = 0; // a duck or restore started to apply
    qint64 flushDoneNs = 0; // a flush fade completed
    int outputLatencyMs = 0; // the output device's buffer
    int inputLatencyMs = 0;
};

// How the echo canceller's far end was lined up with the microphone since the last
// AudioEngine::resetEchoLineUp() (bench_echo_path logs it per reply).
struct EchoLineUp
{
    int streamDelayMs = 0; // handed to the canceller
    int measuredDelayMs = -1; // the canceller's own estimate, -1 without one
    int leadMinUs = 0; // a far-end frame went in this long before the microphone frame
    int leadMaxUs = 0; // taken when it played: least and most since the reset
    int heldFrames = 0; // far-end frames held back (fed later than due), in total
    int catchUps = 0; // late far-end frames fed at once, in total
    int playbackSlips = 0; // the speaker's timeline moved (PlaybackClock::slips()), in total
    int maxTickGapMs = 0; // the processing thread's longest pause between ticks since the reset
    int echoLagMinSamples = -1; // where the echo was found in the canceller's far end (16 kHz
    int echoLagMaxSamples = -1; // samples): least and most since the reset, -1 if not found
    int leadUs = 0; // the far end's lead now (FarEndResync)
    int leadMoves = 0; // times the lead moved to put the echo in place, in total
    int shifts = 0; // the far end moved against the near end (FarEndResync::shifts()), in total
    int lagUnknownFrames = 0; // frames the far end could echo in with the lag unknown, in total
    int farMissingFrames = 0; // microphone frames that went in without their far end, in total
};

} // namespace livedesk::audio

Q_DECLARE_METATYPE(livedesk::audio::AudioChunk)
Q_DECLARE_METATYPE(livedesk::audio::AudioDeviceInfo)
Q_DECLARE_METATYPE(livedesk::audio::AudioWarning)
Q_DECLARE_METATYPE(livedesk::audio::BargeInEvent)
Q_DECLARE_METATYPE(livedesk::audio::BargeInMode)
Q_DECLARE_METATYPE(livedesk::audio::TurnDetection)
Q_DECLARE_METATYPE(livedesk::audio::VoiceProcessingOptions)
