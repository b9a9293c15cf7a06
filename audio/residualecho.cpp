#include "audio/residualecho.h"

#include "audio/correlation.h"
#include "audio/peakcandidates.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

namespace livedesk::audio {

namespace {

// The canceller's attenuation is learnt on frames that hold the echo well above the noise.
constexpr float kEchoPresentBelowDb = 15.0f; // the microphone within this of the expected echo
constexpr float kEchoPresentDbfs = -55.0f; // …and above the noise
// Trust grows slowly (a canceller that held for ~1.3 s) and falls fast (it lost the echo).
constexpr float kTrustRiseDbPerFrame = 0.2f;
constexpr float kTrustFallDbPerFrame = 2.0f;
// Double talk that is no louder at the microphone than the echo could be may be a canceller that
// lost the echo rather than the user: trust erodes meanwhile, so a lost canceller does not pass
// for long. A user's barge-in stops or ducks the model well before this matters (~1 s for 25 dB).
constexpr float kAmbiguousFallDbPerFrame = 0.25f;

float dbToGain(float db)
{
    return std::pow(10.0f, db / 20.0f);
}

} // namespace

ResidualEchoSuppressor::Decision ResidualEchoSuppressor::decide(const Levels &levels)
{
    if (m_lastDelayMs >= 0 && std::abs(levels.echoDelayMs - m_lastDelayMs) >= kDelayJumpMs) {
        // The canceller has to find the echo at its new delay: whatever it achieved before says
        // nothing about the next frames.
        m_trustedErleDb = 0.0f;
    }
    m_lastDelayMs = levels.echoDelayMs;

    Decision decision;
    const bool cancelling = levels.canceller == Canceller::Active;
    if (!cancelling)
        m_trustedErleDb = 0.0f;
    const float pathDb = levels.path == EchoPath::Measured
                                 ? levels.echoPathDb
                                 : std::max(levels.echoPathDb, kUnmeasuredPathDb);
    decision.echoDbfs = levels.farDbfs + pathDb;
    decision.residualDbfs = decision.echoDbfs - m_trustedErleDb;

    if (levels.farDbfs <= kSilentFarDbfs || decision.residualDbfs <= kInaudibleResidualDbfs) {
        m_state = State::Idle;
        m_hangover = 0;
    } else {
        const bool standsOut = cancelling
                                       ? levels.cleanedDbfs
                                                 > decision.residualDbfs + kDoubleTalkMarginDb
                                       : levels.rawDbfs > decision.echoDbfs + kUncancelledMarginDb;
        const bool echoLike = cancelling && levels.farSimilarity >= kEchoLikeSimilarity;
        const bool userOverModel = levels.bargeIn == BargeIn::InEffect
                                   && levels.nearEnd == NearEnd::Present;
        const bool doubleTalk = !echoLike
                                && (userOverModel
                                    || (standsOut && levels.nearEnd != NearEnd::Absent));
        if (doubleTalk) {
            m_state = State::DoubleTalk;
            m_hangover = kHangoverFrames;
        } else if (m_hangover > 0) {
            --m_hangover;
            m_state = State::Hangover;
        } else {
            m_state = State::Suppressing;
        }
        if (cancelling)
            track(levels, decision.echoDbfs);
    }
    decision.state = m_state;
    m_targetGain = m_state == State::Suppressing ? dbToGain(kSuppressionDb) : 1.0f;
    return decision;
}

void ResidualEchoSuppressor::track(const Levels &levels, float echoDbfs)
{
    const bool echoPresent = levels.rawDbfs > echoDbfs - kEchoPresentBelowDb
                             && levels.rawDbfs > kEchoPresentDbfs;
    if (!echoPresent)
        return;
    const float attenuation = std::min(levels.rawDbfs - levels.cleanedDbfs, kMaxTrustedErleDb);
    if (m_state == State::Suppressing) {
        if (attenuation < m_trustedErleDb)
            m_trustedErleDb = std::max(attenuation, m_trustedErleDb - kTrustFallDbPerFrame);
        else
            m_trustedErleDb = std::min(attenuation, m_trustedErleDb + kTrustRiseDbPerFrame);
    } else if (m_state == State::DoubleTalk && levels.rawDbfs <= echoDbfs
               && attenuation < m_trustedErleDb) {
        m_trustedErleDb = std::max(attenuation, m_trustedErleDb - kAmbiguousFallDbPerFrame);
    }
    m_trustedErleDb = std::max(m_trustedErleDb, 0.0f);
}

void ResidualEchoSuppressor::apply(std::span<int16_t> frame)
{
    const float from = m_gain;
    const float to = m_targetGain;
    m_gain = to;
    if (from == 1.0f && to == 1.0f)
        return; // bit-exact while nothing is suppressed
    const float n = float(frame.size());
    for (size_t i = 0; i < frame.size(); ++i) {
        // Linear over the frame, reaching the new gain at its last sample: a step in gain would
        // be a click in what is sent.
        const float g = from + (to - from) * float(i + 1) / n;
        frame[i] = int16_t(std::lrint(float(frame[i]) * g));
    }
}

void FarEndMatcher::pushFar(std::span<const int16_t> frame)
{
    for (int16_t sample : frame) {
        const float v = float(sample) / 32768.0f;
        m_far[size_t(m_write)] = v;
        m_far[size_t(m_write + kHistorySamples)] = v;
        m_write = (m_write + 1) % kHistorySamples;
        m_decimationSum += v;
        if (++m_decimationCount == kDecimation) {
            const float d = m_decimationSum / float(kDecimation);
            m_farDecimated[size_t(m_decimatedWrite)] = d;
            m_farDecimated[size_t(m_decimatedWrite + kDecimatedHistory)] = d;
            m_decimatedWrite = (m_decimatedWrite + 1) % kDecimatedHistory;
            m_decimationSum = 0.0f;
            m_decimationCount = 0;
        }
    }
}

float FarEndMatcher::search(std::span<const int16_t> frame, int fromLag, int toLag,
                            int *bestLag) const
{
    // The lag is to the frame's last sample: a longer frame is matched by its last 10 ms.
    frame = frame.last(std::min(frame.size(), size_t(kFrameSamples)));
    const int n = int(frame.size());
    fromLag = std::max(fromLag, 0);
    toLag = std::min(toLag, kHistorySamples - n);
    std::array<float, kFrameSamples> near;
    double nearEnergy = 0;
    for (int i = 0; i < n; ++i) {
        near[size_t(i)] = float(frame[size_t(i)]);
        nearEnergy += double(frame[size_t(i)]) * frame[size_t(i)];
    }
    nearEnergy /= 32768.0 * 32768.0;
    float best = 0.0f;
    *bestLag = -1;
    if (nearEnergy < 1e-9 * n)
        return best;
    for (int lag = fromLag; lag <= toLag; ++lag) {
        // The far sample echoing in the frame's last sample is `lag` samples older than the
        // newest: the window ends there.
        const float *far = m_far.data() + (m_write + kHistorySamples - lag - n);
        const CorrelationSums sums = correlationSums(far, near.data(), n);
        if (sums.farEnergy < 1e-7f * float(n))
            continue; // a silent stretch of the far end explains nothing
        const float c = std::abs(sums.cross / 32768.0f)
                        / float(std::sqrt(double(sums.farEnergy) * nearEnergy));
        if (c > best) {
            best = c;
            *bestLag = lag;
        }
    }
    return best;
}

void FarEndMatcher::trackLag(std::span<const int16_t> microphone, int echoDelayMs)
{
    const int perMs = kFrameSamples / 10;
    int lag = -1;
    const float c = search(microphone, (echoDelayMs - kSearchBeforeMs) * perMs,
                           (echoDelayMs + kSearchAfterMs) * perMs, &lag);
    if (lag >= 0 && c >= kLagFoundCorrelation)
        m_lag = lag;
}

float FarEndMatcher::searchAllLags(std::span<const int16_t> frame, int *bestLag) const
{
    *bestLag = -1;
    const int n = int(frame.size());
    // The decimated far end lines up with the full-rate one only on whole decimated samples.
    if (n != kFrameSamples || m_decimationCount != 0)
        return 0.0f;
    std::array<float, kDecimatedFrame> near {};
    double nearEnergy = 0;
    for (int i = 0; i < kDecimatedFrame; ++i) {
        float sum = 0.0f;
        for (int k = 0; k < kDecimation; ++k)
            sum += float(frame[size_t(i * kDecimation + k)]);
        near[size_t(i)] = sum / (float(kDecimation) * 32768.0f);
        nearEnergy += double(near[size_t(i)]) * near[size_t(i)];
    }
    if (nearEnergy < 1e-9 * kDecimatedFrame)
        return 0.0f;

    // Coarse: every decimated lag, the far end's window energy slid along rather than summed
    // anew. The window for lag L ends L samples before the newest.
    const int maxLag = std::min(kMaxLagMs * (kFrameSamples / 10) / kDecimation,
                                kDecimatedHistory - kDecimatedFrame);
    const float *newestEnd = m_farDecimated.data() + m_decimatedWrite + kDecimatedHistory;
    double farEnergy = 0;
    for (int i = 0; i < kDecimatedFrame; ++i)
        farEnergy += double(newestEnd[i - kDecimatedFrame]) * newestEnd[i - kDecimatedFrame];
    PeakCandidates<kCoarseCandidates> peaks;
    for (int lag = 0; lag <= maxLag; ++lag) {
        const float *far = newestEnd - lag - kDecimatedFrame;
        if (lag > 0) // the window moved one sample older
            farEnergy += double(far[0]) * far[0]
                         - double(far[kDecimatedFrame]) * far[kDecimatedFrame];
        if (farEnergy < 1e-7 * kDecimatedFrame)
            continue;
        const float cross = correlationSums(far, near.data(), kDecimatedFrame).cross;
        peaks.offer(lag, std::abs(cross) / float(std::sqrt(farEnergy * nearEnergy)), 2);
    }

    // Fine: to the sample around each candidate, at full rate.
    float best = 0.0f;
    for (int k = 0; k < peaks.count(); ++k) {
        if (peaks.lag(k) < 0)
            continue;
        const int centre = peaks.lag(k) * kDecimation;
        int lag = -1;
        const float c = search(frame, centre - kDecimation - 2, centre + kDecimation + 2, &lag);
        if (c > best) {
            best = c;
            *bestLag = lag;
        }
    }
    return best;
}

float FarEndMatcher::similarity(std::span<const int16_t> frame,
                                std::span<const int16_t> microphone) const
{
    int lag = -1;
    if (microphone.size() != frame.size()) {
        if (m_lag < 0)
            return -1.0f;
        const float c = search(frame, m_lag - kLagSlackSamples, m_lag + kLagSlackSamples, &lag);
        return c;
    }
    auto confirmed = [&](float c, int at) {
        if (at < 0)
            return false;
        int microphoneLag = -1;
        return search(microphone, at - 2, at + 2, &microphoneLag) >= c - kMicrophoneSlack;
    };
    // At the tracked lag a match counts as it is, as before the whole-range search: whatever
    // was echo-like stays so (asking the microphone there too gave 7 self-interruptions in 30
    // quiet turns on the module-loopback path with 0.3, this 0; docs/benchmarks.md).
    float best = -1.0f;
    if (m_lag >= 0)
        best = search(frame, m_lag - kLagSlackSamples, m_lag + kLagSlackSamples, &lag);
    const float anywhere = searchAllLags(frame, &lag);
    if (anywhere > best && confirmed(anywhere, lag))
        best = anywhere;
    return best;
}

} // namespace livedesk::audio
