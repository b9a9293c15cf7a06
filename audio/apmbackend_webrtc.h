// What the two library backends (apmbackend_webrtc03.cpp, apmbackend_webrtc1.cpp) share: the
// calls that did not change from webrtc-audio-processing 0.3 to 1.x and 2.x (Initialize,
// ProcessReverseStream and ProcessStream on 10 ms of 16 kHz mono float, the stream delay), on the
// two instances apmbackend.h describes. How an instance is made and configured, and what it
// reports, differ by generation and stay in each backend.
//
// Included after the generation's audio_processing.h, whose path differs (webrtc/modules/… in
// 0.3, modules/… in 1.x), so that each backend names its own.
#pragma once

#include "audio/apmbackend.h"
#include "audio/logging.h"

#include <algorithm>
#include <array>
#include <utility>

namespace livedesk::audio {

// Handle: how the generation holds an instance (std::unique_ptr in 0.3, rtc::scoped_refptr in
// 1.x and 2.x).
template<typename Handle>
class WebrtcApmBackend : public ApmBackend
{
public:
    bool analyzeRender(std::span<const float> frame) final
    {
        return analyzeRenderOn(*m_echo, frame);
    }

    bool analyzeRenderForGain(std::span<const float> frame) final
    {
        return analyzeRenderOn(*m_voice, frame);
    }

protected:
    WebrtcApmBackend(Handle echo, Handle voice)
        : m_echo(std::move(echo))
        , m_voice(std::move(voice))
    {
        initialize(*m_echo);
        initialize(*m_voice);
    }

    // The canceller's near end, told how late the far end reached it (the library takes 0-500).
    bool processEchoStream(std::span<const float> in, std::span<float> out, int streamDelayMs)
    {
        m_echo->set_stream_delay_ms(std::clamp(streamDelayMs, 0, 500));
        return processStream(*m_echo, in, out);
    }

    bool processStream(webrtc::AudioProcessing &apm, std::span<const float> in, std::span<float> out)
    {
        const float *src[] = {in.data()};
        float *dst[] = {out.data()};
        const int error = apm.ProcessStream(src, m_stream, m_stream, dst);
        // kBadStreamParameterWarning only says the delay was clamped; the frame is processed.
        return error == 0 || error == webrtc::AudioProcessing::kBadStreamParameterWarning;
    }

    Handle m_echo; // the canceller alone
    Handle m_voice; // high-pass, noise, gain, voice detection

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

    webrtc::StreamConfig m_stream {VoiceProcessor::kSampleRate, 1};
    std::array<float, VoiceProcessor::kFrameSamples> m_scratch {};
};

} // namespace livedesk::audio
