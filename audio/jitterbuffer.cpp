#include "audio/jitterbuffer.h"

#include <algorithm>

namespace livedesk::audio {

JitterBuffer::JitterBuffer(const JitterBufferSettings &settings)
    : m_settings(settings)
    , m_targetMs(std::clamp(settings.prebufferMs, 0, std::max(0, settings.maxTargetMs)))
{
    m_samples.reserve(size_t(m_settings.sampleRate) * 2);
}

void JitterBuffer::push(std::span<const int16_t> samples)
{
    if (samples.empty())
        return;
    if (!m_turnOpen) {
        // The stream position where this turn begins: everything still buffered belongs to the
        // previous turn and will be played before it.
        m_turnOpen = true;
        m_turnStart = m_received;
        m_turnPulled = 0;
        m_turnUnderrun = false;
    }
    compact();
    m_samples.insert(m_samples.end(), samples.begin(), samples.end());
    m_received += qint64(samples.size());

    switch (m_state) {
    case State::Idle:
    case State::Buffering:
        m_state = bufferedSamples() >= targetSamples() ? State::Playing : State::Buffering;
        break;
    case State::Draining:
        // The previous turn is still playing out; the new one follows without a gap.
        m_state = State::Playing;
        break;
    case State::Playing:
        break;
    }
}

void JitterBuffer::markEndOfTurn()
{
    if (m_turnOpen && !m_turnUnderrun)
        m_targetMs = std::max(std::min(m_settings.prebufferMs, m_settings.maxTargetMs),
                              m_targetMs - m_settings.growStepMs);
    m_turnOpen = false;
    if (m_state == State::Buffering || m_state == State::Playing)
        m_state = bufferedSamples() > 0 ? State::Draining : State::Idle;
}

size_t JitterBuffer::pull(std::span<int16_t> out, qint64 queuedDownstream)
{
    if (out.empty() || m_state == State::Idle || m_state == State::Buffering)
        return 0;
    const size_t available = size_t(bufferedSamples());
    const size_t n = std::min(out.size(), available);
    std::copy_n(m_samples.begin() + qsizetype(m_head), n, out.begin());
    // Count only the part that lies inside the current turn.
    const qint64 from = position();
    const qint64 to = from + qint64(n);
    m_turnPulled += std::max<qint64>(0, to - std::max(from, m_turnStart));
    m_head += n;
    m_pulled += qint64(n);

    if (n < out.size()) {
        if (m_state == State::Playing && queuedDownstream >= m_settings.sampleRate / 100) {
            // Dry here, but audio is still queued downstream: not a gap (yet).
        } else if (m_state == State::Playing) {
            ++m_underruns;
            m_turnUnderrun = true;
            m_targetMs = std::min(m_targetMs + m_settings.growStepMs, m_settings.maxTargetMs);
            m_state = State::Buffering;
        } else {
            m_state = State::Idle; // a drained turn, not an underrun
        }
    } else if (m_state == State::Draining && bufferedSamples() == 0) {
        m_state = State::Idle;
    }
    return n;
}

qint64 JitterBuffer::flush()
{
    const qint64 dropped = bufferedSamples();
    m_dropped += dropped;
    m_samples.clear();
    m_head = 0;
    m_turnOpen = false;
    m_state = State::Idle;
    return dropped;
}

void JitterBuffer::compact()
{
    // Reclaim the consumed prefix once it dominates, so a long session does not keep every
    // sample it ever played.
    if (m_head > 0 && m_head * 2 >= m_samples.size()) {
        m_samples.erase(m_samples.begin(), m_samples.begin() + qsizetype(m_head));
        m_head = 0;
    }
}

} // namespace livedesk::audio
