#include "audio/capturepipeline.h"

#include <algorithm>
#include <cmath>

namespace livedesk::audio {

namespace {

constexpr float kSilentDbfs = -60.0f; // far end quieter than this: nothing to echo
constexpr float kMeasurableDbfs = -40.0f; // far end loud enough to measure its echo above noise
constexpr float kUserAboveEchoDb = 6.0f; // a frame this far above the echo estimate is the user
constexpr float kPathDecayDbPerFrame = 0.02f; // 2 dB/s: a room changes slowly
constexpr int kPathLearningFrames = 100; // the first second of far-end sound sets the estimate
// Frames quieter than this cannot be taken for the user by the service (−45 dBFS): whether they
// look like the far end does not matter.
constexpr float kSimilarityFromDbfs = -55.0f;
constexpr float kLagSearchFromDbfs = -45.0f; // echo clearly above the noise
constexpr int kLagSearchEveryFrames = 4; // 40 ms: the lag drifts slowly

float frameDbfs(std::span<const int16_t> frame)
{
    double sum = 0;
    for (int16_t s : frame)
        sum += double(s) * s;
    return float(10.0 * std::log10(sum / (double(frame.size()) * 32768.0 * 32768.0) + 1e-12));
}

} // namespace

CapturePipeline::CapturePipeline(const VoiceProcessingOptions &processing, const VadSettings &vad)
    : m_processor(processing)
    , m_vad(vad)
{
    m_farDb.fill(-120.0f);
}

void CapturePipeline::processRender(std::span<const int16_t> frame)
{
    m_farDb[size_t(m_farPos)] = frameDbfs(frame);
    m_farPos = (m_farPos + 1) % kFarHistory;
    m_matcher.pushFar(frame);
    m_processor.analyzeRender(frame);
}

float CapturePipeline::farEndDbfs(int echoDelayMs) const
{
    // The loudest far-end frame that can be echoing now: from the reported delay (minus a
    // little, it is an estimate) back over the room's reverberation.
    const int newest = std::clamp(echoDelayMs / 10 - 3, 0, kFarHistory - 1);
    const int oldest = std::clamp(echoDelayMs / 10 + 25, newest, kFarHistory - 1);
    float loudest = -120.0f;
    for (int age = newest; age <= oldest; ++age)
        loudest = std::max(loudest,
                           m_farDb[size_t((m_farPos - 1 - age + 2 * kFarHistory) % kFarHistory)]);
    return loudest;
}

CaptureFrameResult CapturePipeline::processCapture(std::span<int16_t> frame, int echoDelayMs)
{
    CaptureFrameResult result;
    result.rawDbfs = frameDbfs(frame);
    const bool fullFrame = frame.size() == m_raw.size();
    if (fullFrame)
        std::copy(frame.begin(), frame.end(), m_raw.begin());
    result.processing = m_processor.processCapture(frame, echoDelayMs);
    result.cleanedDbfs = frameDbfs(frame);

    const float farDb = farEndDbfs(echoDelayMs);
    const bool learning = m_farActiveFrames < kPathLearningFrames;
    if (farDb > kSilentDbfs) {
        // Measure the echo path while the far end is loud enough to be heard over the noise:
        // the microphone level relative to the speaker's, tracked as a peak that decays
        // slowly. After the first second a frame well above the estimate is taken for the
        // user, not for a louder echo: a user who starts talking before the detector is sure
        // must not drag the estimate up and shut themselves out.
        const float path = std::clamp(result.rawDbfs - farDb, -60.0f, 20.0f);
        const bool measurable = farDb > kMeasurableDbfs;
        m_farActiveFrames += measurable ? 1 : 0;
        if (measurable && !m_vad.isActive()
            && (learning || path < m_echoPathDb + kUserAboveEchoDb)) {
            m_echoPathDb = std::max(path, m_echoPathDb - kPathDecayDbPerFrame);
        }
    }

    ResidualEchoSuppressor::Levels levels;
    levels.farDbfs = farDb;
    levels.rawDbfs = result.rawDbfs;
    levels.cleanedDbfs = result.cleanedDbfs;
    levels.echoPathDb = m_echoPathDb;
    levels.path = learning ? ResidualEchoSuppressor::EchoPath::Unmeasured
                           : ResidualEchoSuppressor::EchoPath::Measured;
    levels.canceller = m_processor.echoCancellationActive()
                               ? ResidualEchoSuppressor::Canceller::Active
                               : ResidualEchoSuppressor::Canceller::Absent;
    levels.echoDelayMs = echoDelayMs;
    const bool cancelling = levels.canceller == ResidualEchoSuppressor::Canceller::Active;
    if (cancelling && fullFrame && farDb > kSilentDbfs && result.cleanedDbfs > kSimilarityFromDbfs)
        levels.farSimilarity = m_matcher.similarity(frame);
    const ResidualEchoSuppressor::Decision decision = m_suppressor.decide(levels);
    if (cancelling && fullFrame && decision.state == ResidualEchoSuppressor::State::Suppressing
        && farDb > kMeasurableDbfs && result.rawDbfs > kLagSearchFromDbfs
        && --m_lagSearchCountdown <= 0) {
        m_lagSearchCountdown = kLagSearchEveryFrames;
        m_matcher.trackLag(m_raw, echoDelayMs);
    }
    result.suppression = decision.state;
    if (farDb > kSilentDbfs)
        result.echoDbfs = decision.echoDbfs;
    // The detector may count a frame as speech exactly when the suppressor lets it through:
    // what the local barge-in hears as the user is what the service hears as the user.
    result.echoGateOpen = decision.passes();

    std::optional<bool> webrtcVoice;
    if (result.processing.voiceKnown)
        webrtcVoice = result.processing.voice;
    result.vad = m_vad.process(frame, webrtcVoice,
                               result.echoGateOpen ? VoiceActivityDetector::EchoGate::Open
                                                   : VoiceActivityDetector::EchoGate::Closed);
    m_suppressor.apply(frame);
    result.sentDbfs = frameDbfs(frame);
    return result;
}

} // namespace livedesk::audio
