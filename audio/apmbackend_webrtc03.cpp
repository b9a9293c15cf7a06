#include "audio/apmbackend.h"

#include "audio/logging.h"

#include <webrtc/modules/audio_processing/include/audio_processing.h>

#include <algorithm>
#include <array>

namespace livedesk::audio {

namespace {

class Webrtc03Backend final : public ApmBackend
{
public:
    Webrtc03Backend()
    {
        // The extended filter (128 ms instead of 48 ms) and the delay-agnostic mode make the
        // canceller robust to what a desktop cannot report exactly: the delay through the audio
        // server and the room. Chrome enables both on desktop for the same reason.
        webrtc::Config config;
        config.Set<webrtc::ExtendedFilter>(new webrtc::ExtendedFilter(true));
        config.Set<webrtc::DelayAgnostic>(new webrtc::DelayAgnostic(true));
        // The experimental AGC drives an analog microphone volume we do not control.
        config.Set<webrtc::ExperimentalAgc>(new webrtc::ExperimentalAgc(false));
        m_apm.reset(webrtc::AudioProcessing::Create(config));

        webrtc::ProcessingConfig processing;
        processing.input_stream() = m_stream;
        processing.output_stream() = m_stream;
        processing.reverse_input_stream() = m_stream;
        processing.reverse_output_stream() = m_stream;
        if (const int error = m_apm->Initialize(processing); error != 0)
            qCWarning(lcAudio) << "audio processing: Initialize failed with" << error;

        m_apm->high_pass_filter()->Enable(true);
        m_apm->echo_cancellation()->enable_drift_compensation(false);
        m_apm->echo_cancellation()->set_suppression_level(
                webrtc::EchoCancellation::kHighSuppression);
        m_apm->echo_cancellation()->enable_metrics(true);
        m_apm->echo_cancellation()->enable_delay_logging(true);
        m_apm->noise_suppression()->set_level(webrtc::NoiseSuppression::kHigh);
        // Adaptive digital: we cannot move the system's microphone volume from here.
        m_apm->gain_control()->set_mode(webrtc::GainControl::kAdaptiveDigital);
        m_apm->gain_control()->set_target_level_dbfs(6);
        m_apm->gain_control()->set_compression_gain_db(9);
        m_apm->gain_control()->enable_limiter(true);
        m_apm->voice_detection()->set_likelihood(webrtc::VoiceDetection::kModerateLikelihood);
        m_apm->voice_detection()->set_frame_size_ms(10);
        m_apm->voice_detection()->Enable(true);
    }

    void applyOptions(const VoiceProcessingOptions &options) override
    {
        m_echoCancellation = options.echoCancellation;
        m_apm->echo_cancellation()->Enable(options.echoCancellation);
        m_apm->noise_suppression()->Enable(options.noiseSuppression);
        m_apm->gain_control()->Enable(options.automaticGain);
    }

    bool analyzeRender(std::span<const float> frame) override
    {
        const float *src[] = {frame.data()};
        float *dst[] = {m_scratch.data()};
        return m_apm->ProcessReverseStream(src, m_stream, m_stream, dst) == 0;
    }

    bool processCapture(std::span<const float> in, std::span<float> out, int streamDelayMs,
                        VoiceProcessor::CaptureInfo &info) override
    {
        m_apm->set_stream_delay_ms(std::clamp(streamDelayMs, 0, 500));
        const float *src[] = {in.data()};
        float *dst[] = {out.data()};
        const int error = m_apm->ProcessStream(src, m_stream, m_stream, dst);
        // kBadStreamParameterWarning only says the delay was clamped; the frame is processed.
        if (error != 0 && error != webrtc::AudioProcessing::kBadStreamParameterWarning)
            return false;
        info.voiceKnown = true;
        info.voice = m_apm->voice_detection()->stream_has_voice();
        info.echo = m_echoCancellation && m_apm->echo_cancellation()->stream_has_echo();
        return true;
    }

    int measuredDelayMs() const override
    {
        int median = -1;
        int deviation = 0;
        if (!m_echoCancellation
            || m_apm->echo_cancellation()->GetDelayMetrics(&median, &deviation) != 0) {
            return -1;
        }
        return median;
    }

private:
    std::unique_ptr<webrtc::AudioProcessing> m_apm;
    webrtc::StreamConfig m_stream {VoiceProcessor::kSampleRate, 1, false};
    std::array<float, VoiceProcessor::kFrameSamples> m_scratch {};
    bool m_echoCancellation = false;
};

} // namespace

std::unique_ptr<ApmBackend> createApmBackend(const VoiceProcessingOptions &options)
{
    auto backend = std::make_unique<Webrtc03Backend>();
    backend->applyOptions(options);
    return backend;
}

const char *apmBackendName()
{
    return "webrtc-audio-processing 0.3 (AEC)";
}

} // namespace livedesk::audio
