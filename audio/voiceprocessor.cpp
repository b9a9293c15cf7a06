#include "audio/voiceprocessor.h"

#include "audio/apmbackend.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdlib>

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

int VoiceProcessor::echoReachMs()
{
    return apmEchoReachMs();
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
    int peak = 0;
    for (int i = 0; i < kFrameSamples; ++i) {
        const int16_t s = frame[size_t(i)];
        peak = std::max(peak, std::abs(int(s)));
        m_in[size_t(i)] = float(s) / 32768.0f;
    }
    if (peak > kSilentPeak) {
        if (m_cancellerResting && echoCancellationActive())
            flushRestedCanceller();
        m_silentFarMs = 0;
        m_cancellerResting = false;
    } else {
        m_silentFarMs = std::min(m_silentFarMs + 10, 60'000);
        // Decided on the far end's side, so the canceller's far end and microphone stop together:
        // it resumes on a far end and microphone that are as far apart as before.
        if (m_silentFarMs > m_streamDelayMs + kEchoTailMs)
            m_cancellerResting = true;
    }
    if (!m_apm->analyzeRenderForGain(m_in))
        ++m_errors;
    if (echoCancellationActive() && !m_cancellerResting && !m_apm->analyzeRender(m_in))
        ++m_errors;
}

void VoiceProcessor::flushRestedCanceller()
{
    // The canceller works in blocks shorter than a frame and overlaps them: when it stopped
    // being fed it still held the last microphone samples it had taken, the user's voice if they
    // were talking then. Handed out with the first frame after the rest, they came out as a
    // burst of old speech at the start of the reply, which a voice detector (ours, or the
    // service's) takes for the user talking over the model. A few frames of silence on both
    // sides, far end and near end in step, push them out; the output is dropped.
    static constexpr std::array<float, kFrameSamples> kSilence {};
    bool echo = false;
    for (int i = 0; i < kWakeFlushFrames; ++i) {
        if (!m_apm->analyzeRender(kSilence)
            || !m_apm->cancelEcho(kSilence, m_cancelled, m_streamDelayMs, echo))
            ++m_errors;
    }
}

VoiceProcessor::CaptureInfo VoiceProcessor::processCapture(std::span<int16_t> frame,
                                                           int streamDelayMs)
{
    CaptureInfo info;
    if (!m_apm || frame.size() != size_t(kFrameSamples))
        return info;
    m_streamDelayMs = std::max(0, streamDelayMs);
    for (int i = 0; i < kFrameSamples; ++i)
        m_in[size_t(i)] = float(frame[size_t(i)]) / 32768.0f;
    std::span<const float> cleanIn = m_in;
    if (echoCancellationActive()) {
        if (m_cancellerResting) {
            ++m_restedFrames;
        } else if (m_apm->cancelEcho(m_in, m_cancelled, streamDelayMs, info.echo)) {
            cleanIn = m_cancelled;
        } else {
            ++m_errors;
            return {};
        }
    }
    if (!m_apm->processCapture(cleanIn, m_out, info)) {
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
