#include "audio/apmbackend.h"

#include <webrtc/modules/audio_processing/include/audio_processing.h>

// After the library's header, whose path differs by generation.
#include "audio/apmbackend_webrtc.h"

#include <memory>

namespace livedesk::audio {

namespace {

using ApmHandle = std::unique_ptr<webrtc::AudioProcessing>;

ApmHandle createEchoInstance()
{
    // The extended filter (128 ms instead of 48 ms) and the delay-agnostic mode make the
    // canceller robust to what a desktop cannot report exactly: the delay through the audio
    // server and the room. Chrome enables both on desktop for the same reason.
    webrtc::Config echoConfig;
    echoConfig.Set<webrtc::ExtendedFilter>(new webrtc::ExtendedFilter(true));
    echoConfig.Set<webrtc::DelayAgnostic>(new webrtc::DelayAgnostic(true));
    echoConfig.Set<webrtc::ExperimentalAgc>(new webrtc::ExperimentalAgc(false));
    return ApmHandle(webrtc::AudioProcessing::Create(echoConfig));
}

ApmHandle createVoiceInstance()
{
    // The experimental AGC drives an analog microphone volume we do not control.
    webrtc::Config voiceConfig;
    voiceConfig.Set<webrtc::ExperimentalAgc>(new webrtc::ExperimentalAgc(false));
    return ApmHandle(webrtc::AudioProcessing::Create(voiceConfig));
}

class Webrtc03Backend final : public WebrtcApmBackend<ApmHandle>
{
public:
    Webrtc03Backend()
        : WebrtcApmBackend(createEchoInstance(), createVoiceInstance(), createVoiceInstance())
    {
        // Always on in its own instance: switching it off and on would re-initialise it.
        m_echo->echo_cancellation()->Enable(true);
        m_echo->echo_cancellation()->enable_drift_compensation(false);
        m_echo->echo_cancellation()->set_suppression_level(
                webrtc::EchoCancellation::kHighSuppression);
        m_echo->echo_cancellation()->enable_metrics(true);
        m_echo->echo_cancellation()->enable_delay_logging(true);

        m_voice->high_pass_filter()->Enable(true);
        m_voice->noise_suppression()->set_level(webrtc::NoiseSuppression::kHigh);
        // Adaptive digital: we cannot move the system's microphone volume from here.
        m_gain->gain_control()->set_mode(webrtc::GainControl::kAdaptiveDigital);
        m_gain->gain_control()->set_target_level_dbfs(6);
        m_gain->gain_control()->set_compression_gain_db(9);
        m_gain->gain_control()->enable_limiter(true);
        m_voice->voice_detection()->set_likelihood(webrtc::VoiceDetection::kModerateLikelihood);
        m_voice->voice_detection()->set_frame_size_ms(10);
        m_voice->voice_detection()->Enable(true);
    }

    void applyOptions(const VoiceProcessingOptions &options) override
    {
        m_echoCancellation = options.echoCancellation;
        m_voice->noise_suppression()->Enable(options.noiseSuppression);
        m_gain->gain_control()->Enable(options.automaticGain);
        setAutomaticGain(options.automaticGain);
    }

    bool cancelEcho(std::span<const float> in, std::span<float> out, int streamDelayMs,
                    bool &echo) override
    {
        if (!processEchoStream(in, out, streamDelayMs))
            return false;
        echo = m_echo->echo_cancellation()->stream_has_echo();
        return true;
    }

    bool processCapture(std::span<const float> in, std::span<float> out,
                        VoiceProcessor::CaptureInfo &info) override
    {
        if (!processStream(*m_voice, in, m_cleaned))
            return false;
        info.voiceKnown = true;
        info.voice = m_voice->voice_detection()->stream_has_voice();
        return applyGain(m_cleaned, out);
    }

    int measuredDelayMs() const override
    {
        int median = -1;
        int deviation = 0;
        if (!m_echoCancellation
            || m_echo->echo_cancellation()->GetDelayMetrics(&median, &deviation) != 0) {
            return -1;
        }
        return median;
    }

private:
    bool m_echoCancellation = false;
    std::array<float, VoiceProcessor::kFrameSamples> m_cleaned {};
};

} // namespace

std::unique_ptr<ApmBackend> createApmBackend(const VoiceProcessingOptions &options)
{
    auto backend = std::make_unique<Webrtc03Backend>();
    backend->applyOptions(options);
    return backend;
}

int apmEchoReachMs()
{
    return 90;
}

const char *apmBackendName()
{
    return "webrtc-audio-processing 0.3 (AEC)";
}

} // namespace livedesk::audio
