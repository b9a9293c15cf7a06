#include "session/inputbuffer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace livedesk::session {

using namespace protocol;

namespace {

int pcmRate(const QString &mimeType)
{
    // Every audio message of a session has the same type: it is matched once, not 25 times a
    // second (the match was 6 % of the GUI's main thread in an idle hands-free conversation).
    thread_local QString lastType;
    thread_local int lastRate = 0;
    if (lastRate > 0 && mimeType == lastType)
        return lastRate;
    static const QRegularExpression rate(u"rate\\s*=\\s*(\\d+)"_s);
    const auto match = rate.match(mimeType);
    const int value = match.hasMatch() ? match.captured(1).toInt() : 0;
    lastType = mimeType;
    lastRate = value > 0 ? value : 16000;
    return lastRate;
}

bool isUserInput(const ClientMessage &message)
{
    return std::holds_alternative<RealtimeInput>(message)
           || std::holds_alternative<ClientContent>(message);
}

} // namespace

qint64 audioDurationMs(const ClientMessage &message)
{
    const auto *in = std::get_if<RealtimeInput>(&message);
    if (!in || !in->audio)
        return 0;
    return in->audio->data.size() * 1000 / (2 * qint64(pcmRate(in->audio->mimeType)));
}

bool isVideoFrame(const ClientMessage &message)
{
    const auto *in = std::get_if<RealtimeInput>(&message);
    return in && in->video;
}

// --- OutgoingBuffer ----------------------------------------------------------------------------

OutgoingBuffer::OutgoingBuffer(OutgoingLimits limits)
    : m_limits(limits)
{ }

OutgoingBuffer::PushResult OutgoingBuffer::push(ClientMessage message)
{
    PushResult result;
    const qint64 ms = audioDurationMs(message);
    const bool video = isVideoFrame(message);
    if (ms == 0 && !video && m_other >= m_limits.maxOtherMessages)
        return result;

    // Make room by dropping the oldest media of the same kind; other messages keep their place.
    auto dropOldest = [this](auto matches) {
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            if (matches(m_messages.at(i))) {
                m_messages.removeAt(i);
                return true;
            }
        }
        return false;
    };
    if (ms > 0) {
        while (m_audioMs + ms > m_limits.maxAudioMs && m_audioMs > 0) {
            qint64 dropped = 0;
            dropOldest([&dropped](const ClientMessage &m) {
                dropped = audioDurationMs(m);
                return dropped > 0;
            });
            m_audioMs -= dropped;
            result.droppedAudioMs += dropped;
        }
        m_audioMs += ms;
    } else if (video) {
        while (m_videoFrames >= m_limits.maxVideoFrames && m_videoFrames > 0) {
            dropOldest([](const ClientMessage &m) { return isVideoFrame(m); });
            --m_videoFrames;
            ++result.droppedVideoFrames;
        }
        ++m_videoFrames;
    } else {
        ++m_other;
    }
    m_messages.append(std::move(message));
    result.queued = true;
    return result;
}

QList<ClientMessage> OutgoingBuffer::takeAll()
{
    QList<ClientMessage> out;
    out.swap(m_messages);
    clear();
    return out;
}

void OutgoingBuffer::clear()
{
    m_messages.clear();
    m_audioMs = 0;
    m_videoFrames = 0;
    m_other = 0;
}

// --- ReplayLog ---------------------------------------------------------------------------------

void ReplayLog::record(qint64 index, const ClientMessage &message, AudioContent audio,
                       qint64 sentAtMs)
{
    if (std::holds_alternative<Setup>(message))
        return;
    Entry e {index,
             sentAtMs,
             message,
             audioDurationMs(message),
             isVideoFrame(message),
             audio == AudioContent::Speech};
    if (e.audioMs > 0) {
        while (m_audioMs + e.audioMs > m_limits.maxAudioMs && m_audioMs > 0)
            dropFirstWhere(false);
        m_audioMs += e.audioMs;
    } else if (e.video) {
        // Only the latest frames are worth sending again: an old frame shows an old scene.
        while (m_videoFrames >= m_limits.maxVideoFrames && m_videoFrames > 0)
            dropFirstWhere(true);
        ++m_videoFrames;
    }
    m_speechChunks += e.speech ? 1 : 0;
    while (m_entries.size() >= m_limits.maxMessages) {
        forget(m_entries.constFirst());
        m_entries.removeFirst();
        m_overflowed = true;
    }
    m_entries.append(std::move(e));
}

void ReplayLog::forget(const Entry &entry)
{
    m_audioMs -= entry.audioMs;
    m_videoFrames -= entry.video ? 1 : 0;
    m_speechChunks -= entry.speech ? 1 : 0;
}

void ReplayLog::dropFirstWhere(bool video)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (video ? e.video : e.audioMs > 0) {
            forget(e);
            m_entries.removeAt(i);
            // A lost audio chunk makes the replay incomplete; a superseded frame does not.
            if (!video)
                m_overflowed = true;
            return;
        }
    }
}

void ReplayLog::trimThrough(qint64 index)
{
    while (!m_entries.isEmpty() && m_entries.constFirst().index <= index) {
        forget(m_entries.constFirst());
        m_entries.removeFirst();
    }
}

void ReplayLog::trimSentBefore(qint64 ms)
{
    while (!m_entries.isEmpty() && m_entries.constFirst().sentAtMs < ms) {
        forget(m_entries.constFirst());
        m_entries.removeFirst();
    }
}

void ReplayLog::clear()
{
    m_entries.clear();
    m_audioMs = 0;
    m_videoFrames = 0;
    m_speechChunks = 0;
    m_overflowed = false;
}

QList<ClientMessage> ReplayLog::messages(ReplayScope scope) const
{
    QList<ClientMessage> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries) {
        if (scope == ReplayScope::Everything || isUserInput(e.message))
            out.append(e.message);
    }
    return out;
}

bool ReplayLog::hasUserInput() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return isUserInput(e.message); });
}

} // namespace livedesk::session
