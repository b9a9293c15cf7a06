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
        webrtc::Config echoConfig;
        echoConfig.Set<webrtc::ExtendedFilter>(new webrtc::ExtendedFilter(true));
        echoConfig.Set<webrtc::DelayAgnostic>(new webrtc::DelayAgnostic(true));
        echoConfig.Set<webrtc::ExperimentalAgc>(new webrtc::ExperimentalAgc(false));
        m_echo.reset(webrtc::AudioProcessing::Create(echoConfig));
        initialize(*m_echo);
        // Always on in its own instance: switching it off and on would re-initialise it.
        m_echo->echo_cancellation()->Enable(true);
        m_echo->echo_cancellation()->enable_drift_compensation(false);
        m_echo->echo_cancellation()->set_suppression_level(
                webrtc::EchoCancellation::kHighSuppression);
        m_echo->echo_cancellation()->enable_metrics(true);
        m_echo->echo_cancellation()->enable_delay_logging(true);

        // The experimental AGC drives an analog microphone volume we do not control.
        webrtc::Config voiceConfig;
        voiceConfig.Set<webrtc::ExperimentalAgc>(new webrtc::ExperimentalAgc(false));
        m_voice.reset(webrtc::AudioProcessing::Create(voiceConfig));
        initialize(*m_voice);
        m_voice->high_pass_filter()->Enable(true);
        m_voice->noise_suppression()->set_level(webrtc::NoiseSuppression::kHigh);
        // Adaptive digital: we cannot move the system's microphone volume from here.
        m_voice->gain_control()->set_mode(webrtc::GainControl::kAdaptiveDigital);
        m_voice->gain_control()->set_target_level_dbfs(6);
        m_voice->gain_control()->set_compression_gain_db(9);
        m_voice->gain_control()->enable_limiter(true);
        m_voice->voice_detection()->set_likelihood(webrtc::VoiceDetection::kModerateLikelihood);
        m_voice->voice_detection()->set_frame_size_ms(10);
        m_voice->voice_detection()->Enable(true);
    }

    void applyOptions(const VoiceProcessingOptions &options) override
    {
        m_echoCancellation = options.echoCancellation;
        m_voice->noise_suppression()->Enable(options.noiseSuppression);
        m_voice->gain_control()->Enable(options.automaticGain);
    }

    bool analyzeRender(std::span<const float> frame) override
    {
        return analyzeRenderOn(*m_echo, frame);
    }

    bool analyzeRenderForGain(std::span<const float> frame) override
    {
        return analyzeRenderOn(*m_voice, frame);
    }

    bool cancelEcho(std::span<const float> in, std::span<float> out, int streamDelayMs,
                    bool &echo) override
    {
        m_echo->set_stream_delay_ms(std::clamp(streamDelayMs, 0, 500));
        if (!processStream(*m_echo, in, out))
            return false;
        echo = m_echo->echo_cancellation()->stream_has_echo();
        return true;
    }

    bool processCapture(std::span<const float> in, std::span<float> out,
                        VoiceProcessor::CaptureInfo &info) override
    {
        if (!processStream(*m_voice, in, out))
            return false;
        info.voiceKnown = true;
        info.voice = m_voice->voice_detection()->stream_has_voice();
        return true;
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
    void initialize(webrtc::AudioProcessing &apm)
    {
        webrtc::ProcessingConfig processing;
        processing.input_stream() = m_stream;
        processing.output_stream() = m_stream;
        processing.reverse_input_stream() = m_stream;
        processing.reverse_output_stream() = m_stream;
        if (const int error = apm.Initialize(processing); error != 0)
            qCWarning(lcAudio) << "audio processing: Initialize failed with" << error;
    }

    bool analyzeRenderOn(webrtc::AudioProcessing &apm, std::span<const float> frame)
    {
        const float *src[] = {frame.data()};
        float *dst[] = {m_scratch.data()};
        return apm.ProcessReverseStream(src, m_stream, m_stream, dst) == 0;
    }

    bool processStream(webrtc::AudioProcessing &apm, std::span<const float> in, std::span<float> out)
    {
        const float *src[] = {in.data()};
        float *dst[] = {out.data()};
        const int error = apm.ProcessStream(src, m_stream, m_stream, dst);
        // kBadStreamParameterWarning only says the delay was clamped; the frame is processed.
        return error == 0 || error == webrtc::AudioProcessing::kBadStreamParameterWarning;
    }

    std::unique_ptr<webrtc::AudioProcessing> m_echo; // the canceller alone
    std::unique_ptr<webrtc::AudioProcessing> m_voice; // high-pass, noise, gain, voice detection
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
