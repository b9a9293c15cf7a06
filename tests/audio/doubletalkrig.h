// DoubleTalkDetector wired as CapturePipeline wires it: EchoDelayEstimator's lag, FarEndMatcher's
// waveform check on candidate frames. For tst_doubletalk and bench_doubletalk, which feed it
// simulated echoes and say which frames are echo alone (the residual echo suppressor's decision
// in the pipeline; here the truth).
#pragma once

#include "audio/doubletalk.h"
#include "audio/echodelay.h"
#include "audio/residualecho.h"

#include <cmath>
#include <cstdint>
#include <span>

namespace livedesk::audio::test {

struct DoubleTalkRig
{
    enum class Lag { Estimated, Ignored }; // Ignored: the detector is never told the lag

    void pushFar(std::span<const int16_t> render)
    {
        detector.pushFar(render);
        matcher.pushFar(render);
        estimator.pushFar(render);
    }
    // The microphone frame after its far end: true on the frame that completes an onset.
    bool pushNear(std::span<const int16_t> microphone, DoubleTalkDetector::Frame frame,
                  int echoDelayMs, Lag lag = Lag::Estimated)
    {
        if (const std::optional<float> ms = estimator.pushNear(microphone))
            lagSamples = int(std::lround(*ms * 16.0f));
        const bool candidate = detector.measure(microphone, lag == Lag::Estimated ? lagSamples : -1,
                                                echoDelayMs);
        const bool farEnd = candidate
                            && matcher.similarity(microphone)
                                       >= DoubleTalkDetector::kFarEndSimilarity;
        return detector.decide(frame, farEnd ? DoubleTalkDetector::Waveform::FarEnd
                                             : DoubleTalkDetector::Waveform::Unknown);
    }

    DoubleTalkDetector detector;
    FarEndMatcher matcher;
    EchoDelayEstimator estimator;
    int lagSamples = -1;
};

} // namespace livedesk::audio::test
