// The microphone path at 16 kHz, one 10 ms frame at a time: echo cancellation, noise suppression
// and gain (VoiceProcessor), then voice activity on the cleaned signal. The engine runs exactly
// this on its processing thread; tests and benchmarks run it offline on files, so what they
// measure is what users get.
//
// Single-threaded; no allocation after construction.
#pragma once

#include "audio/voiceactivity.h"
#include "audio/voiceprocessor.h"

#include <span>

namespace livedesk::audio {

struct CaptureFrameResult
{
    VoiceProcessor::CaptureInfo processing;
    VadResult vad;
};

class CapturePipeline
{
public:
    static constexpr int kSampleRate = VoiceProcessor::kSampleRate;
    static constexpr int kFrameSamples = VoiceProcessor::kFrameSamples;

    CapturePipeline(const VoiceProcessingOptions &processing, const VadSettings &vad);

    // One 10 ms frame of exactly what the speaker played (16 kHz mono).
    void processRender(std::span<const int16_t> frame);
    // Cleans one 10 ms microphone frame in place and classifies it. `echoDelayMs`: how long
    // after its processRender() a far-end sample can show up here (the devices' buffering).
    CaptureFrameResult processCapture(std::span<int16_t> frame, int echoDelayMs);

    VoiceProcessor &processor() { return m_processor; }
    VoiceActivityDetector &vad() { return m_vad; }

private:
    VoiceProcessor m_processor;
    VoiceActivityDetector m_vad;
};

} // namespace livedesk::audio
