// Echo cancellation, noise suppression and automatic gain for the microphone, with the WebRTC
// audio processing module: webrtc-audio-processing 0.3 (Debian 12: AEC) or 1.x/2.x (Debian 13,
// Ubuntu 24.04, Fedora, Arch: AEC3), chosen at configure time (audio/apmbackend.h). Works on
// 10 ms frames of 16 kHz mono s16: the rate the Live API takes, so nothing is resampled twice.
//
// The far end (what the speaker plays) goes in through analyzeRender(), frame by frame, before
// the microphone frames that can contain its echo; processCapture() then cleans a microphone
// frame in place, given the delay between the two paths (the devices' buffering). Both
// cancellers also estimate the delay themselves, so a rough delay figure is enough.
//
// The canceller rests while the far end is silent: once it has been for longer than the echo
// path's delay plus its tail (the echo of the last sound has died away), neither far end nor
// microphone frames go to the canceller's APM instance, which then costs nothing and keeps its
// converged state; the first far-end frame with sound wakes it, before the microphone frame that
// follows. The idle app's processing thread spent most of its time cancelling the echo of a
// speaker that played nothing. Noise suppression, gain and voice detection see every frame.
//
// Built without the library (LIVEDESK_HAVE_WEBRTC_APM unset), frames pass through unchanged,
// isAvailable() is false and unavailableReason() says so in words the UI can show.
//
// Single-threaded: the audio processing thread.
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <cstdint>
#include <memory>
#include <span>

namespace livedesk::audio {

class ApmBackend;

struct VoiceProcessingOptions
{
    bool echoCancellation = true;
    bool noiseSuppression = true;
    bool automaticGain = true;

    friend bool operator==(const VoiceProcessingOptions &, const VoiceProcessingOptions &) = default;
};

class VoiceProcessor
{
public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kFrameSamples = 160; // 10 ms

    explicit VoiceProcessor(const VoiceProcessingOptions &options = {});
    ~VoiceProcessor();
    VoiceProcessor(const VoiceProcessor &) = delete;
    VoiceProcessor &operator=(const VoiceProcessor &) = delete;

    static bool isAvailable();
    static QString unavailableReason();
    // The library generation and canceller built in ("webrtc-audio-processing 1.x (AEC3)"), or
    // "none".
    static QString backendName();
    // Echoes later than this after their far end are beyond the canceller (apmEchoReachMs()).
    static int echoReachMs();

    void setOptions(const VoiceProcessingOptions &options);
    VoiceProcessingOptions options() const { return m_options; }
    bool echoCancellationActive() const { return isAvailable() && m_options.echoCancellation; }

    // One 10 ms far-end frame (kFrameSamples samples).
    void analyzeRender(std::span<const int16_t> frame);

    struct CaptureInfo
    {
        bool voiceKnown = false; // the library's voice detector ran
        bool voice = false; // …and heard voice in the cleaned frame
        bool echo = false; // the canceller saw echo in this frame
    };
    // Cleans one 10 ms microphone frame in place.
    CaptureInfo processCapture(std::span<int16_t> frame, int streamDelayMs);

    // The canceller's own delay estimate (median, ms), or -1 before it has one.
    int measuredDelayMs() const;
    // Non-zero library errors seen so far (a frame that failed passes through unchanged).
    int errorCount() const { return m_errors; }
    // Whether the canceller rests now (the far end silent past the echo tail), and how many
    // microphone frames it has rested for so far.
    bool cancellerResting() const { return m_cancellerResting; }
    qint64 restedFrames() const { return m_restedFrames; }

    // How long the echo of the last far-end sound can still reach the microphone, after the
    // stream delay: the way through the air (or a loopback), then the room's reverberation.
    static constexpr int kEchoTailMs = 500;
    // A far-end frame whose peak is at most this (about −70 dBFS) has nothing to echo.
    static constexpr int kSilentPeak = 10;

private:
    // Frames of silence that push a resting canceller's held samples out when it wakes.
    static constexpr int kWakeFlushFrames = 2;

    void applyOptions();
    void flushRestedCanceller();

    VoiceProcessingOptions m_options;
    std::unique_ptr<ApmBackend> m_apm; // null without the library
    std::array<float, kFrameSamples> m_in {};
    std::array<float, kFrameSamples> m_out {};
    std::array<float, kFrameSamples> m_cancelled {};
    int m_errors = 0;
    int m_streamDelayMs = 0; // the last microphone frame's
    int m_silentFarMs = 0; // how long the far end has been silent, saturating
    bool m_cancellerResting = false;
    qint64 m_restedFrames = 0;
};

} // namespace livedesk::audio
