// The WebRTC audio processing module behind VoiceProcessor, in one implementation per library
// generation, chosen at configure time (cmake/LiveDeskDependencies.cmake, LIVEDESK_WEBRTC_APM):
//  - apmbackend_webrtc03.cpp: webrtc-audio-processing 0.3 (Debian 12): the AEC of 2016 with the
//    extended filter and delay-agnostic mode;
//  - apmbackend_webrtc1.cpp: webrtc-audio-processing-1 (Debian 13, Ubuntu 24.04, Fedora) and -2
//    (Arch, Homebrew): AEC3, configured through AudioProcessing::Config;
//  - apmbackend_none.cpp: no library; VoiceProcessor passes frames through and says why.
// All of them take and give 10 ms of 16 kHz mono float in [-1, 1].
//
// Each library backend runs three APM instances: one with the echo canceller alone, which
// VoiceProcessor may leave unfed while the far end is silent (its state kept, it costs nothing
// then), ahead of one with the high-pass filter, noise suppression and voice detection, which
// sees every microphone frame, so its noise estimates never jump, and last one with the gain
// control alone. The gain control holds while the far end's echo can reach the microphone: it
// would otherwise lift what the canceller leaves of the echo (a quiet signal, which an adaptive
// digital gain raises by design) back towards speech level. In that echo window, frames quiet
// enough to be residual echo (below −45 dBFS) do not reach its instance and get the gain the
// user's speech got before, never above 0 dB; louder ones, the user talking over the model, go
// through the gain control as always.
//
// Single-threaded, like VoiceProcessor: the audio processing thread.
#pragma once

#include "audio/voiceprocessor.h"

#include <memory>
#include <span>

namespace livedesk::audio {

class ApmBackend
{
public:
    virtual ~ApmBackend() = default;

    // Noise suppression and gain; the canceller's instance is always configured, fed or not.
    virtual void applyOptions(const VoiceProcessingOptions &options) = 0;
    // The canceller's far end. False when the library refused the frame.
    virtual bool analyzeRender(std::span<const float> frame) = 0;
    // Every far-end frame, for the gain control: while the far end sounds and for the echo's
    // delay and tail after it, the gain holds (see above).
    virtual bool analyzeRenderForGain(std::span<const float> frame) = 0;
    // The canceller's near end: `in` without the echo into `out`; `echo` says whether it saw
    // echo. False when the library refused the frame (`out` is then not written).
    virtual bool cancelEcho(std::span<const float> in, std::span<float> out, int streamDelayMs,
                            bool &echo)
            = 0;
    // High-pass, noise suppression, voice detection and gain, on every microphone frame. False
    // when the library refused the frame (`out` is then not written).
    virtual bool processCapture(std::span<const float> in, std::span<float> out,
                                VoiceProcessor::CaptureInfo &info)
            = 0;
    // The canceller's delay estimate (ms), or -1 without one.
    virtual int measuredDelayMs() const = 0;
    // The gain control's state: holding in an echo window, and the gain it holds (dB).
    virtual bool gainHeld() const = 0;
    virtual float heldGainDb() const = 0;
};

// nullptr when LiveDesk was built without the library.
std::unique_ptr<ApmBackend> createApmBackend(const VoiceProcessingOptions &options);

// Which library and canceller this build uses, for `--version` and the About dialog:
// "webrtc-audio-processing 0.3 (AEC)", "webrtc-audio-processing 1.x (AEC3)", … or "none".
const char *apmBackendName();

// How late an echo may come after its far end before the canceller loses it or moves it itself,
// converging again (AudioProcessor then moves the far end instead, once, early): the 0.3
// canceller's 128 ms filter corrects beyond 3/4 of it; AEC3's delay estimator follows echoes to
// half a second and more, and moving the far end under it only made it converge again.
int apmEchoReachMs();

} // namespace livedesk::audio
