#include "audio/apmbackend.h"

#include <modules/audio_processing/include/audio_processing.h>

// After the library's header, whose path differs by generation.
#include "audio/apmbackend_webrtc.h"

namespace livedesk::audio {

namespace {

class Webrtc1Backend final : public WebrtcApmBackend<rtc::scoped_refptr<webrtc::AudioProcessing>>
{
public:
    Webrtc1Backend()
        : WebrtcApmBackend(webrtc::AudioProcessingBuilder().Create(),
                           webrtc::AudioProcessingBuilder().Create(),
                           webrtc::AudioProcessingBuilder().Create())
    {
        // AEC3, the desktop canceller (mobile_mode would be AECM): it finds the delay itself.
        // Always on in its own instance: switching it off and on would re-initialise it.
        webrtc::AudioProcessing::Config config;
        config.echo_canceller.enabled = true;
        config.echo_canceller.mobile_mode = false;
        m_echo->ApplyConfig(config);
    }

    void applyOptions(const VoiceProcessingOptions &options) override
    {
        webrtc::AudioProcessing::Config config;
        config.high_pass_filter.enabled = true;
        config.noise_suppression.enabled = options.noiseSuppression;
        config.noise_suppression.level = webrtc::AudioProcessing::Config::NoiseSuppression::kHigh;
#if LIVEDESK_WEBRTC_APM_VOICE_DETECTION
        config.voice_detection.enabled = true;
#endif
        m_voice->ApplyConfig(config);
        // The same digital gain as with 0.3: we cannot move the system's microphone volume.
        webrtc::AudioProcessing::Config gain;
        gain.gain_controller1.enabled = options.automaticGain;
        gain.gain_controller1.mode
                = webrtc::AudioProcessing::Config::GainController1::kAdaptiveDigital;
        gain.gain_controller1.target_level_dbfs = 6;
        gain.gain_controller1.compression_gain_db = 9;
        gain.gain_controller1.enable_limiter = true;
        m_gain->ApplyConfig(gain);
        setAutomaticGain(options.automaticGain);
        m_echoCancellation = options.echoCancellation;
    }

    bool cancelEcho(std::span<const float> in, std::span<float> out, int streamDelayMs,
                    bool &echo) override
    {
        echo = false; // AEC3 does not say
        return processEchoStream(in, out, streamDelayMs);
    }

    bool processCapture(std::span<const float> in, std::span<float> out,
                        VoiceProcessor::CaptureInfo &info) override
    {
        if (!processStream(*m_voice, in, m_cleaned))
            return false;
#if LIVEDESK_WEBRTC_APM_VOICE_DETECTION
        const webrtc::AudioProcessingStats stats = m_voice->GetStatistics(true);
        if (stats.voice_detected) {
            info.voiceKnown = true;
            info.voice = *stats.voice_detected;
        }
#else
        Q_UNUSED(info); // 2.x has no voice detector: the engine's own decides alone
#endif
        return applyGain(m_cleaned, out);
    }

    int measuredDelayMs() const override
    {
        if (!m_echoCancellation)
            return -1;
        const webrtc::AudioProcessingStats stats = m_echo->GetStatistics(true);
        return stats.delay_ms ? int(*stats.delay_ms) : -1;
    }

private:
    bool m_echoCancellation = false;
    std::array<float, VoiceProcessor::kFrameSamples> m_cleaned {};
};

} // namespace

std::unique_ptr<ApmBackend> createApmBackend(const VoiceProcessingOptions &options)
{
    auto backend = std::make_unique<Webrtc1Backend>();
    backend->applyOptions(options);
    return backend;
}

int apmEchoReachMs()
{
    return 1000;
}

const char *apmBackendName()
{
    return LIVEDESK_WEBRTC_APM_VOICE_DETECTION ? "webrtc-audio-processing 1.x (AEC3)"
                                               : "webrtc-audio-processing 2.x (AEC3)";
}

} // namespace livedesk::audio
