// The latest levels and counters, written by the processing thread and read by anyone (the UI
// polls them on a timer). Plain relaxed atomics: each value is independent and a reading that is
// one frame old is fine for a meter.
#pragma once

#include <QtGlobal>

#include <atomic>

namespace livedesk::audio {

struct EngineMeters
{
    std::atomic<float> inputRmsDbfs {-120.0f};
    std::atomic<float> inputPeakDbfs {-120.0f};
    std::atomic<float> outputRmsDbfs {-120.0f};
    std::atomic<float> outputPeakDbfs {-120.0f};
    std::atomic<bool> voiceActive {false};
    std::atomic<bool> noSignal {false};
    std::atomic<bool> speaking {false};
    std::atomic<qint64> samplesReceived {0};
    std::atomic<qint64> samplesDiscarded {0};
    std::atomic<qint64> turnSamplesReceived {0};
    std::atomic<qint64> turnSamplesPlayed {0};
    std::atomic<int> bufferedMs {0};
    std::atomic<int> jitterTargetMs {0};
    std::atomic<int> underruns {0};
    std::atomic<qint64> capturedSamples {0}; // 16 kHz samples through the capture pipeline
    std::atomic<qint64> lastSpeechStartUs {0}; // capture time of the latest detected onset
};

} // namespace livedesk::audio
