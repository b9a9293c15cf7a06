// The latest levels and counters, written by the processing thread and read by anyone (the UI
// polls them on a timer). Plain relaxed atomics: each value is independent and a reading that is
// one frame old is fine for a meter.
#pragma once

#include <QtGlobal>

#include <atomic>
#include <cstdint>

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
    std::atomic<qint64> lastBargeInActionUs {0}; // when the latest local duck/stop was applied

    // How the echo canceller's far end is lined up with its near end (FarEndResync), for
    // bench_echo_path's log per reply. Minima and maxima run from the last resetLineUp().
    std::atomic<int> cancellerStreamDelayMs {0}; // the stream delay handed to the canceller
    std::atomic<int> cancellerMeasuredDelayMs {-1}; // the canceller's own estimate
    std::atomic<int> farLeadMinUs {0}; // a far-end frame went in this long before its echo's
    std::atomic<int> farLeadMaxUs {0}; // microphone frame (by the devices' clocks)
    std::atomic<int> farHeldFrames {0}; // silence fed while a far-end frame waited, in total
    std::atomic<int> farCatchUps {0}; // late far-end frames fed at once, in total
    std::atomic<int> playbackSlips {0}; // the speaker's timeline moved (PlaybackClock), in total
    std::atomic<int> maxTickGapMs {0}; // the longest time between two processing ticks
    // Where the echo was found in the canceller's far end (EchoDelayEstimator), in 16 kHz
    // samples: least and most.
    std::atomic<int> echoLagMinSamples {-1};
    std::atomic<int> echoLagMaxSamples {-1};
    std::atomic<int> farLeadSetUs {0}; // FarEndResync's lead now
    std::atomic<int> farLeadMoves {0}; // times it moved to put the echo in place, in total
    std::atomic<int> farShifts {0}; // FarEndResync::shifts(), in total
    // Microphone frames, while the far end could echo, on which the echo's lag was unknown to
    // the double-talk detector (it decides nothing then), in total.
    std::atomic<int> lagUnknownFrames {0};
    // Microphone frames that went in without their far end (the speaker's thread stalled past
    // the wait), in total.
    std::atomic<int> farMissingFrames {0};
    std::atomic<uint32_t> lineUpResets {0}; // a reader asks for new minima and maxima
};

} // namespace livedesk::audio
