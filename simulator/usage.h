// Token accounting for usageMetadata. The service does not document whether its counts are per
// turn or per session (live-protocol.md Q5); the simulator reports cumulative session totals,
// which survive resumption, so a client that takes differences between reports is always right.
// Rates (docs/simulator.md): audio in 32 tokens/s, audio out 25 tokens/s, 258 tokens per image
// (64 at MEDIA_RESOLUTION_LOW), text one token per 4 characters (rounded up).
#pragma once

#include "session/protocol/servermessages.h"

namespace livedesk::sim {

class UsageCounter
{
public:
    static constexpr int kAudioInTokensPerSecond = 32;
    static constexpr int kAudioOutTokensPerSecond = 25;
    static constexpr int kImageTokens = 258;
    static constexpr int kLowResolutionImageTokens = 64;

    static qint64 textTokens(qsizetype characters) { return (characters + 3) / 4; }

    void addPromptText(qsizetype characters) { m_promptText += textTokens(characters); }
    void addPromptAudioMs(qint64 ms) { m_promptAudioMs += ms; }
    void addPromptImage(bool lowResolution)
    {
        m_promptImage += lowResolution ? kLowResolutionImageTokens : kImageTokens;
    }
    void addResponseText(qsizetype characters) { m_responseText += textTokens(characters); }
    void addResponseAudioMs(qint64 ms) { m_responseAudioMs += ms; }

    qint64 promptTokens() const;
    qint64 responseTokens() const;
    protocol::UsageMetadata metadata() const;

private:
    qint64 m_promptText = 0;
    qint64 m_promptAudioMs = 0;
    qint64 m_promptImage = 0;
    qint64 m_responseText = 0;
    qint64 m_responseAudioMs = 0;
};

} // namespace livedesk::sim
