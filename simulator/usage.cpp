#include "simulator/usage.h"

namespace livedesk::sim {

using protocol::Modality;
using protocol::ModalityTokenCount;

namespace {

qint64 audioTokens(qint64 ms, int perSecond)
{
    return ms * perSecond / 1000;
}

} // namespace

qint64 UsageCounter::promptTokens() const
{
    return m_promptText + audioTokens(m_promptAudioMs, kAudioInTokensPerSecond) + m_promptImage;
}

qint64 UsageCounter::responseTokens() const
{
    return m_responseText + audioTokens(m_responseAudioMs, kAudioOutTokensPerSecond);
}

protocol::UsageMetadata UsageCounter::metadata() const
{
    protocol::UsageMetadata u;
    u.promptTokenCount = promptTokens();
    u.responseTokenCount = responseTokens();
    u.totalTokenCount = u.promptTokenCount + u.responseTokenCount;
    auto add = [](QList<ModalityTokenCount> &details, Modality modality, qint64 count) {
        if (count > 0)
            details.append({modality, count});
    };
    add(u.promptTokensDetails, Modality::Text, m_promptText);
    add(u.promptTokensDetails, Modality::Audio,
        audioTokens(m_promptAudioMs, kAudioInTokensPerSecond));
    add(u.promptTokensDetails, Modality::Image, m_promptImage);
    add(u.responseTokensDetails, Modality::Text, m_responseText);
    add(u.responseTokensDetails, Modality::Audio,
        audioTokens(m_responseAudioMs, kAudioOutTokensPerSecond));
    return u;
}

} // namespace livedesk::sim
