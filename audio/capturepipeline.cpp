#include "audio/capturepipeline.h"

namespace livedesk::audio {

CapturePipeline::CapturePipeline(const VoiceProcessingOptions &processing, const VadSettings &vad)
    : m_processor(processing)
    , m_vad(vad)
{
}

void CapturePipeline::processRender(std::span<const int16_t> frame)
{
    m_processor.analyzeRender(frame);
}

CaptureFrameResult CapturePipeline::processCapture(std::span<int16_t> frame, int echoDelayMs)
{
    CaptureFrameResult result;
    result.processing = m_processor.processCapture(frame, echoDelayMs);
    std::optional<bool> webrtcVoice;
    if (result.processing.voiceKnown)
        webrtcVoice = result.processing.voice;
    result.vad = m_vad.process(frame, webrtcVoice);
    return result;
}

} // namespace livedesk::audio
