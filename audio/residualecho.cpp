#include "audio/residualecho.h"

#include <algorithm>
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
        const bool doubleTalk = cancelling
                                        ? levels.cleanedDbfs
                                                  > decision.residualDbfs + kDoubleTalkMarginDb
                                        : levels.rawDbfs > decision.echoDbfs + kUncancelledMarginDb;
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

} // namespace livedesk::audio
