#include "audio/voiceprocessor.h"

#include "audio/logging.h"

#include <QCoreApplication>

#include <array>

#if LIVEDESK_HAVE_WEBRTC_APM
#include <webrtc/modules/audio_processing/include/audio_processing.h>
#endif

namespace livedesk::audio {

#if LIVEDESK_HAVE_WEBRTC_APM

struct VoiceProcessor::Apm
{
    std::unique_ptr<webrtc::AudioProcessing> apm;
    webrtc::StreamConfig stream {kSampleRate, 1, false};
    std::array<float, kFrameSamples> in {};
    std::array<float, kFrameSamples> out {};
};

VoiceProcessor::VoiceProcessor(const VoiceProcessingOptions &options)
    : m_options(options)
    , m_apm(std::make_unique<Apm>())
{
    // The extended filter (128 ms instead of 48 ms) and the delay-agnostic mode make the
    // canceller robust to what a desktop cannot report exactly: the delay through the audio
    // server and the room. Chrome enables both on desktop for the same reason.
    webrtc::Config config;
    config.Set<webrtc::ExtendedFilter>(new webrtc::ExtendedFilter(true));
    config.Set<webrtc::DelayAgnostic>(new webrtc::DelayAgnostic(true));
    // The experimental AGC drives an analog microphone volume we do not control.
    config.Set<webrtc::ExperimentalAgc>(new webrtc::ExperimentalAgc(false));
    m_apm->apm.reset(webrtc::AudioProcessing::Create(config));

    webrtc::ProcessingConfig processing;
    processing.input_stream() = m_apm->stream;
    processing.output_stream() = m_apm->stream;
    processing.reverse_input_stream() = m_apm->stream;
    processing.reverse_output_stream() = m_apm->stream;
    if (const int error = m_apm->apm->Initialize(processing); error != 0)
        qCWarning(lcAudio) << "audio processing: Initialize failed with" << error;

    auto *apm = m_apm->apm.get();
    apm->high_pass_filter()->Enable(true);
    apm->echo_cancellation()->enable_drift_compensation(false);
    apm->echo_cancellation()->set_suppression_level(webrtc::EchoCancellation::kHighSuppression);
    apm->echo_cancellation()->enable_metrics(true);
    apm->echo_cancellation()->enable_delay_logging(true);
    apm->noise_suppression()->set_level(webrtc::NoiseSuppression::kHigh);
    // Adaptive digital: we cannot move the system's microphone volume from here.
    apm->gain_control()->set_mode(webrtc::GainControl::kAdaptiveDigital);
    apm->gain_control()->set_target_level_dbfs(6);
    apm->gain_control()->set_compression_gain_db(9);
    apm->gain_control()->enable_limiter(true);
    apm->voice_detection()->set_likelihood(webrtc::VoiceDetection::kModerateLikelihood);
    apm->voice_detection()->set_frame_size_ms(10);
    apm->voice_detection()->Enable(true);
    applyOptions();
}

VoiceProcessor::~VoiceProcessor() = default;

bool VoiceProcessor::isAvailable()
{
    return true;
}

QString VoiceProcessor::unavailableReason()
{
    return {};
}

void VoiceProcessor::applyOptions()
{
    auto *apm = m_apm->apm.get();
    apm->echo_cancellation()->Enable(m_options.echoCancellation);
    apm->noise_suppression()->Enable(m_options.noiseSuppression);
    apm->gain_control()->Enable(m_options.automaticGain);
}

void VoiceProcessor::analyzeRender(std::span<const int16_t> frame)
{
    if (frame.size() != size_t(kFrameSamples))
        return;
    for (int i = 0; i < kFrameSamples; ++i)
        m_apm->in[size_t(i)] = float(frame[size_t(i)]) / 32768.0f;
    const float *src[] = {m_apm->in.data()};
    float *dst[] = {m_apm->out.data()};
    if (m_apm->apm->ProcessReverseStream(src, m_apm->stream, m_apm->stream, dst) != 0)
        ++m_errors;
}

VoiceProcessor::CaptureInfo VoiceProcessor::processCapture(std::span<int16_t> frame,
                                                           int streamDelayMs)
{
    CaptureInfo info;
    if (frame.size() != size_t(kFrameSamples))
        return info;
    auto *apm = m_apm->apm.get();
    for (int i = 0; i < kFrameSamples; ++i)
        m_apm->in[size_t(i)] = float(frame[size_t(i)]) / 32768.0f;
    apm->set_stream_delay_ms(std::clamp(streamDelayMs, 0, 500));
    const float *src[] = {m_apm->in.data()};
    float *dst[] = {m_apm->out.data()};
    const int error = apm->ProcessStream(src, m_apm->stream, m_apm->stream, dst);
    // kBadStreamParameterWarning only says the delay was clamped; the frame is processed.
    if (error != 0 && error != webrtc::AudioProcessing::kBadStreamParameterWarning) {
        ++m_errors;
        return info;
    }
    for (int i = 0; i < kFrameSamples; ++i) {
        const float s = std::clamp(m_apm->out[size_t(i)], -1.0f, 1.0f) * 32767.0f;
        frame[size_t(i)] = int16_t(std::lrint(s));
    }
    info.voiceKnown = true;
    info.voice = apm->voice_detection()->stream_has_voice();
    info.echo = m_options.echoCancellation && apm->echo_cancellation()->stream_has_echo();
    return info;
}

int VoiceProcessor::measuredDelayMs() const
{
    int median = -1;
    int deviation = 0;
    if (!m_options.echoCancellation
        || m_apm->apm->echo_cancellation()->GetDelayMetrics(&median, &deviation) != 0) {
        return -1;
    }
    return median;
}

#else // no WebRTC audio processing library

struct VoiceProcessor::Apm
{ };

VoiceProcessor::VoiceProcessor(const VoiceProcessingOptions &options)
    : m_options(options)
{ }

VoiceProcessor::~VoiceProcessor() = default;

bool VoiceProcessor::isAvailable()
{
    return false;
}

QString VoiceProcessor::unavailableReason()
{
    return QCoreApplication::translate(
            "livedesk::audio",
            "Echo cancellation is unavailable: LiveDesk was built without the WebRTC audio "
            "processing library. Use headphones so the assistant does not hear itself.");
}

void VoiceProcessor::applyOptions() { }

void VoiceProcessor::analyzeRender(std::span<const int16_t>) { }

VoiceProcessor::CaptureInfo VoiceProcessor::processCapture(std::span<int16_t>, int)
{
    return {};
}

int VoiceProcessor::measuredDelayMs() const
{
    return -1;
}

#endif

void VoiceProcessor::setOptions(const VoiceProcessingOptions &options)
{
    if (options == m_options)
        return;
    m_options = options;
    applyOptions();
}

} // namespace livedesk::audio
