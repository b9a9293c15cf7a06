#include "audio/voiceprocessor.h"

#include "audio/apmbackend.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace livedesk::audio {

VoiceProcessor::VoiceProcessor(const VoiceProcessingOptions &options)
    : m_options(options)
    , m_apm(createApmBackend(options))
{ }

VoiceProcessor::~VoiceProcessor() = default;

bool VoiceProcessor::isAvailable()
{
    return LIVEDESK_HAVE_WEBRTC_APM;
}

QString VoiceProcessor::unavailableReason()
{
    if (isAvailable())
        return {};
    return QCoreApplication::translate(
            "livedesk::audio",
            "Echo cancellation is unavailable: LiveDesk was built without the WebRTC audio "
            "processing library. Use headphones so the assistant does not hear itself.");
}

QString VoiceProcessor::backendName()
{
    return QString::fromLatin1(apmBackendName());
}

void VoiceProcessor::applyOptions()
{
    if (m_apm)
        m_apm->applyOptions(m_options);
}

void VoiceProcessor::analyzeRender(std::span<const int16_t> frame)
{
    if (!m_apm || frame.size() != size_t(kFrameSamples))
        return;
    for (int i = 0; i < kFrameSamples; ++i)
        m_in[size_t(i)] = float(frame[size_t(i)]) / 32768.0f;
    if (!m_apm->analyzeRender(m_in))
        ++m_errors;
}

VoiceProcessor::CaptureInfo VoiceProcessor::processCapture(std::span<int16_t> frame,
                                                           int streamDelayMs)
{
    CaptureInfo info;
    if (!m_apm || frame.size() != size_t(kFrameSamples))
        return info;
    for (int i = 0; i < kFrameSamples; ++i)
        m_in[size_t(i)] = float(frame[size_t(i)]) / 32768.0f;
    if (!m_apm->processCapture(m_in, m_out, streamDelayMs, info)) {
        ++m_errors;
        return {};
    }
    for (int i = 0; i < kFrameSamples; ++i) {
        const float s = std::clamp(m_out[size_t(i)], -1.0f, 1.0f) * 32767.0f;
        frame[size_t(i)] = int16_t(std::lrint(s));
    }
    return info;
}

int VoiceProcessor::measuredDelayMs() const
{
    return m_apm ? m_apm->measuredDelayMs() : -1;
}

void VoiceProcessor::setOptions(const VoiceProcessingOptions &options)
{
    if (options == m_options)
        return;
    m_options = options;
    applyOptions();
}

} // namespace livedesk::audio
