#include "audio/capturepipeline.h"

#include <algorithm>
#include <cmath>

namespace livedesk::audio {

namespace {

constexpr float kSilentDbfs = -60.0f; // far end quieter than this: nothing to echo
constexpr float kDigitalSilenceDbfs = -110.0f; // zeros (frameDbfs gives -120)
constexpr float kMeasurableDbfs = -40.0f; // far end loud enough to measure its echo above noise
constexpr float kUserAboveEchoDb = 6.0f; // a frame this far above the echo estimate is the user
constexpr float kPathDecayDbPerFrame = 0.02f; // 2 dB/s: a room changes slowly
constexpr float kPathRiseDbPerFrame = 0.05f; // 5 dB/s after the first second
constexpr int kPathLearningFrames = 100; // the first second of far-end sound sets the estimate
// Frames quieter than this cannot be taken for the user by the service (−45 dBFS): whether they
// look like the far end does not matter.
constexpr float kSimilarityFromDbfs = -55.0f;
constexpr float kLagSearchFromDbfs = -45.0f; // echo clearly above the noise
constexpr int kLagSearchEveryFrames = 4; // 40 ms: the lag drifts slowly
// After a microphone frame with anything beyond the echo, double talk stays possible this long
// (a user's words have quieter frames between them).
constexpr int kNearEndHoldFrames = 50;

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
    m_farLeadUs.fill(kLeadUnknown);
}

void CapturePipeline::processRender(std::span<const int16_t> frame, int leadUs)
{
    const float farDbfs = frameDbfs(frame);
    m_farDb[size_t(m_farPos)] = farDbfs;
    m_farLeadUs[size_t(m_farPos)] = leadUs;
    if (farDbfs > kSilentDbfs)
        m_lastAudibleFarDb = farDbfs;
    m_farPos = (m_farPos + 1) % kFarHistory;
    m_matcher.pushFar(frame);
    m_echoDelay.pushFar(frame);
    m_doubleTalk.pushFar(frame);
    // The far end's digital silence (nothing due to play) needs no analysis while the gate is
    // closed: the microphone side is not processed either, so the two stay in step, and a far
    // end with sound opens the gate before its microphone frame.
    if (m_quietGate.state() == QuietGate::State::Closed && farDbfs <= kDigitalSilenceDbfs)
        return;
    m_processor.analyzeRender(frame);
}

float CapturePipeline::farEndDbfs(int echoDelayMs) const
{
    // The loudest far-end frame that can be echoing now: from the newest (the reported delay is
    // an estimate, tens of milliseconds off on a busy PulseAudio, and an echo that arrives
    // before the estimate says must still meet the suppression from its first frame) back over
    // the reported or the measured delay, whichever is longer, and the room's reverberation.
    const int lagMs = m_matcher.lagSamples() / (kFrameSamples / 10);
    const int oldest = std::clamp(std::max(echoDelayMs, lagMs) / 10 + 25, 0, kFarHistory - 1);
    const int newest = 0;
    float loudest = -120.0f;
    for (int age = newest; age <= oldest; ++age)
        loudest = std::max(loudest,
                           m_farDb[size_t((m_farPos - 1 - age + 2 * kFarHistory) % kFarHistory)]);
    return loudest;
}

void CapturePipeline::warmUp(int echoDelayMs)
{
    // The processing skipped these frames; it meets the onset with the room as it is now. The
    // detector sees them as nothing but noise (they were at the floor): its floor follows, and it
    // cannot start a segment whose event would be lost.
    for (int i = 0; i < m_quietGate.prerollFrames(); ++i) {
        const std::span<const int16_t> held = m_quietGate.prerollFrame(i);
        std::copy(held.begin(), held.end(), m_warmUp.begin());
        const VoiceProcessor::CaptureInfo info = m_processor.processCapture(m_warmUp, echoDelayMs);
        std::optional<bool> webrtcVoice;
        if (info.voiceKnown)
            webrtcVoice = info.voice;
        m_vad.process(m_warmUp, webrtcVoice, VoiceActivityDetector::EchoGate::Closed);
    }
}

void CapturePipeline::farEndMoved()
{
    m_suppressor.forgetTrust();
    // The estimator's second of signals straddles the move: it searches again from what
    // follows. The lag itself follows the far end's lead meanwhile (followEchoLag()), where the
    // far end has play times; without them it is unknown until found again.
    m_echoDelay.reset();
    if (m_echoPathUs == kLeadUnknown)
        m_echoLagSamples = -1;
}

void CapturePipeline::echoPathChanged()
{
    farEndMoved();
    m_echoPathUs = kLeadUnknown;
    m_echoLagSamples = -1;
}

void CapturePipeline::farEndMissing()
{
    ++m_farMissingTotal;
    // The echo of what played unseen: the path and the room's tail.
    m_farMissingHold = kFarHistory;
}

int CapturePipeline::farLeadAt(int lagSamples) const
{
    const int age = lagSamples / kFrameSamples;
    for (const int a : {age, age + 1, age - 1}) {
        if (a < 0 || a >= kFarHistory)
            continue;
        const int lead = m_farLeadUs[size_t((m_farPos - 1 - a + 2 * kFarHistory) % kFarHistory)];
        if (lead != kLeadUnknown)
            return lead;
    }
    return kLeadUnknown;
}

void CapturePipeline::followEchoLag(std::optional<float> foundLagMs)
{
    if (foundLagMs) {
        m_echoLagSamples = int(std::lround(*foundLagMs * float(kSampleRate) / 1000.0f));
        const int leadUs = farLeadAt(m_echoLagSamples);
        m_echoPathUs = leadUs == kLeadUnknown ? kLeadUnknown
                                              : int(std::lround(*foundLagMs * 1000.0f)) - leadUs;
        return;
    }
    if (m_echoPathUs == kLeadUnknown || m_echoLagSamples < 0)
        return;
    // Between the far end's sounds (silence in the far end at the lag) the lag stays put.
    if (const int leadUs = farLeadAt(m_echoLagSamples); leadUs != kLeadUnknown)
        m_echoLagSamples = std::max(0, int(std::lround(double(m_echoPathUs + leadUs) * kSampleRate
                                                       / 1e6)));
}

CaptureFrameResult CapturePipeline::processCapture(std::span<int16_t> frame, int echoDelayMs)
{
    CaptureFrameResult result;
    // Every frame, in step with processRender(), whatever the gates do.
    result.echoLagMs = m_echoDelay.pushNear(frame);
    followEchoLag(result.echoLagMs);
    result.rawDbfs = frameDbfs(frame);
    const QuietGate::State gate = m_quietGate.process(frame, result.rawDbfs,
                                                      farEndDbfs(echoDelayMs) > kSilentDbfs
                                                              ? QuietGate::FarEnd::Playing
                                                              : QuietGate::FarEnd::Silent,
                                                      m_vad.isActive()
                                                              ? QuietGate::Voice::Active
                                                              : QuietGate::Voice::Inactive);
    if (gate == QuietGate::State::Closed) {
        result.quiet = true;
        result.cleanedDbfs = result.sentDbfs = result.rawDbfs;
        return result;
    }
    // Only while the canceller rests: an awake one must see far end and microphone frames in
    // step, and the far end's sound (which it wakes for) is not the user's onset anyway.
    if (m_quietGate.opened()
        && (m_processor.cancellerResting() || !m_processor.echoCancellationActive()))
        warmUp(echoDelayMs);
    const bool fullFrame = frame.size() == m_raw.size();
    if (fullFrame)
        std::copy(frame.begin(), frame.end(), m_raw.begin());
    result.processing = m_processor.processCapture(frame, echoDelayMs);
    result.cleanedDbfs = frameDbfs(frame);

    const bool farMissing = m_farMissingHold > 0;
    m_farMissingHold = std::max(0, m_farMissingHold - 1);
    const float farDb = farMissing ? std::max(farEndDbfs(echoDelayMs), m_lastAudibleFarDb)
                                   : farEndDbfs(echoDelayMs);
    const bool learning = m_farActiveFrames < kPathLearningFrames;
    if (farDb > kSilentDbfs && !farMissing) {
        // Measure the echo path while the far end is loud enough to be heard over the noise:
        // the microphone level relative to the speaker's, tracked as a peak that decays
        // slowly. After the first second a frame well above the estimate is taken for the
        // user, not for a louder echo, and the estimate rises only slowly: a user who talks
        // over the model (whose onset the canceller may hold down, so that nothing yet says
        // double talk) must not drag it up frame by frame and shut themselves out.
        const float path = std::clamp(result.rawDbfs - farDb, -60.0f, 20.0f);
        const bool measurable = farDb > kMeasurableDbfs;
        m_farActiveFrames += measurable ? 1 : 0;
        // A frame that is the far end's waveform is echo, however loud: it sets the estimate
        // at once.
        const bool echoLike = fullFrame && measurable
                              && m_matcher.similarity(m_raw)
                                         >= ResidualEchoSuppressor::kEchoLikeSimilarity;
        if (measurable && !m_vad.isActive()
            && (learning || path < m_echoPathDb + kUserAboveEchoDb)) {
            const float rise = learning || echoLike
                                       ? path
                                       : std::min(path, m_echoPathDb + kPathRiseDbPerFrame);
            m_echoPathDb = std::max(rise, m_echoPathDb - kPathDecayDbPerFrame);
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
        levels.farSimilarity = m_matcher.similarity(frame, m_raw);
    const bool measuring = fullFrame && farDb > kSilentDbfs && !farMissing;
    bool candidate = false;
    if (measuring) {
        m_lagUnknownFrames += m_echoLagSamples < 0 ? 1 : 0;
        candidate = m_doubleTalk.measure(m_raw, m_echoLagSamples, echoDelayMs);
        // As much beyond the echo as a double-talk candidate shows (one narrow band alone is
        // too easily a wobble of the echo itself).
        m_framesSinceNearEnd = m_doubleTalk.bandsAbove() >= DoubleTalkDetector::kBandsNeeded
                                       ? 0
                                       : m_framesSinceNearEnd + 1;
        if (m_doubleTalk.learnt() && m_echoLagSamples >= 0)
            levels.nearEnd = m_framesSinceNearEnd < kNearEndHoldFrames
                                     ? ResidualEchoSuppressor::NearEnd::Present
                                     : ResidualEchoSuppressor::NearEnd::Absent;
    }
    if (farMissing)
        levels.nearEnd = ResidualEchoSuppressor::NearEnd::Absent;
    levels.bargeIn = m_bargeIn;
    const ResidualEchoSuppressor::Decision decision = m_suppressor.decide(levels);
    if (fullFrame && !farMissing && decision.state == ResidualEchoSuppressor::State::Suppressing
        && farDb > kMeasurableDbfs && result.rawDbfs > kLagSearchFromDbfs
        && --m_lagSearchCountdown <= 0) {
        m_lagSearchCountdown = kLagSearchEveryFrames;
        m_matcher.trackLag(m_raw, echoDelayMs);
    }
    result.suppression = decision.state;
    if (measuring) {
        const bool farEnd = candidate
                            && m_matcher.similarity(m_raw) >= DoubleTalkDetector::kFarEndSimilarity;
        const bool onset
                = m_doubleTalk.decide(decision.state == ResidualEchoSuppressor::State::Suppressing
                                              ? DoubleTalkDetector::Frame::EchoAlone
                                              : DoubleTalkDetector::Frame::Undecided,
                                      farEnd ? DoubleTalkDetector::Waveform::FarEnd
                                             : DoubleTalkDetector::Waveform::Unknown);
        result.bargeInOnset = onset && m_echoLagSamples >= 0 && !m_vad.isActive();
    }
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
    if (m_residualSuppression == ResidualEchoSuppression::On)
        m_suppressor.apply(frame);
    result.sentDbfs = frameDbfs(frame);
    return result;
}

} // namespace livedesk::audio
