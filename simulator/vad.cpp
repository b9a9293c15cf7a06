#include "simulator/vad.h"

#include "audio/dsp/pcm.h"

#include <algorithm>

namespace livedesk::sim {

using protocol::EndSensitivity;
using protocol::StartSensitivity;

VadConfig VadConfig::fromSetup(const std::optional<protocol::AutomaticActivityDetection> &aad)
{
    VadConfig c;
    if (!aad)
        return c;
    c.disabled = aad->disabled.value_or(false);
    const bool lowStart = aad->startOfSpeechSensitivity == StartSensitivity::Low;
    const bool lowEnd = aad->endOfSpeechSensitivity == EndSensitivity::Low;
    c.startThresholdDbfs = lowStart ? -35 : -45;
    // Hysteresis: once speaking, a LOW end sensitivity keeps quieter sounds as speech.
    c.endThresholdDbfs = c.startThresholdDbfs - (lowEnd ? 12 : 5);
    c.prefixPaddingMs = aad->prefixPaddingMs.value_or(lowStart ? 60 : 20);
    c.silenceDurationMs = aad->silenceDurationMs.value_or(lowEnd ? 1200 : 600);
    c.prefixPaddingMs = std::max(c.prefixPaddingMs, 10);
    c.silenceDurationMs = std::max(c.silenceDurationMs, 10);
    return c;
}

EnergyVad::EnergyVad(VadConfig config)
    : m_config(config)
{ }

QList<VadEvent> EnergyVad::process(std::span<const int16_t> samples)
{
    QList<VadEvent> events;
    size_t i = 0;
    if (m_partialCount > 0) {
        const size_t take = std::min(samples.size(), size_t(kFrameSamples - m_partialCount));
        std::copy_n(samples.begin(), take, m_partial + m_partialCount);
        m_partialCount += int(take);
        i = take;
        if (m_partialCount < kFrameSamples)
            return events;
        processFrame(m_partial, &events);
        m_partialCount = 0;
    }
    for (; i + kFrameSamples <= samples.size(); i += kFrameSamples)
        processFrame(samples.subspan(i, kFrameSamples), &events);
    const size_t rest = samples.size() - i;
    std::copy_n(samples.begin() + qsizetype(i), rest, m_partial);
    m_partialCount = int(rest);
    return events;
}

std::optional<VadEvent> EnergyVad::flush()
{
    m_loudMs = 0;
    if (m_state != State::Speech)
        return std::nullopt;
    m_state = State::Silence;
    const qint64 endMs = positionMs() - m_silentMs;
    m_silentMs = 0;
    return VadEvent {VadEvent::Type::SpeechEnded, positionMs(), endMs - m_speechStartMs};
}

void EnergyVad::processFrame(std::span<const int16_t> frame, QList<VadEvent> *events)
{
    ++m_frames;
    const double level = dsp::toDbfs(dsp::rms(frame));
    if (m_state == State::Silence) {
        m_loudMs = level >= m_config.startThresholdDbfs ? m_loudMs + 10 : 0;
        if (m_loudMs >= m_config.prefixPaddingMs) {
            m_state = State::Speech;
            m_speechStartMs = positionMs() - m_loudMs;
            m_silentMs = 0;
            m_loudMs = 0;
            events->append({VadEvent::Type::SpeechStarted, positionMs(), 0});
        }
        return;
    }
    m_silentMs = level < m_config.endThresholdDbfs ? m_silentMs + 10 : 0;
    if (m_silentMs >= m_config.silenceDurationMs) {
        m_state = State::Silence;
        const qint64 endMs = positionMs() - m_silentMs;
        m_silentMs = 0;
        events->append({VadEvent::Type::SpeechEnded, positionMs(), endMs - m_speechStartMs});
    }
}

} // namespace livedesk::sim
