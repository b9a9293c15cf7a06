// The two bounded stores of client messages that let a conversation cross a connection change
// without losing what the user said:
//
//  - OutgoingBuffer holds what the app sends while no connection is live (the first connect,
//    the gap of a goAway handover, a reconnect). It is sent in order after setupComplete. Audio
//    is bounded by duration (default 10 s): beyond it the oldest audio goes, and the caller
//    warns. Video frames are bounded by count (oldest go: they are stale anyway). Everything
//    else (text, turn markers, tool responses) is never dropped: past its bound it is refused.
//  - ReplayLog keeps what went out on the current connection since the last point the server
//    can resume from (the latest resumable handle; in Vertex transparent mode, the message after
//    lastConsumedClientMessageIndex). After a reconnect it is sent again so the resumed session
//    hears it: all of it in transparent mode, the user's input when a turn was cut.
//
// Plain data, single-threaded (the session's thread).
#pragma once

#include "session/protocol/clientmessages.h"

#include <QList>

namespace livedesk::session {

// Milliseconds of audio in a realtimeInput.audio message (0 for anything else).
qint64 audioDurationMs(const protocol::ClientMessage &message);
bool isVideoFrame(const protocol::ClientMessage &message);

struct OutgoingLimits
{
    int maxAudioMs = 10000;
    int maxVideoFrames = 10;
    int maxOtherMessages = 512;
};

class OutgoingBuffer
{
public:
    explicit OutgoingBuffer(OutgoingLimits limits = {});

    struct PushResult
    {
        bool queued = false; // false: refused (too many non-media messages waiting)
        qint64 droppedAudioMs = 0; // oldest audio dropped to make room
        int droppedVideoFrames = 0;
    };
    PushResult push(protocol::ClientMessage message);

    // Everything, oldest first; the buffer is empty afterwards.
    QList<protocol::ClientMessage> takeAll();
    void clear();

    bool isEmpty() const { return m_messages.isEmpty(); }
    qsizetype size() const { return m_messages.size(); }
    qint64 audioMs() const { return m_audioMs; }
    int otherMessages() const { return m_other; }
    const OutgoingLimits &limits() const { return m_limits; }

private:
    OutgoingLimits m_limits;
    QList<protocol::ClientMessage> m_messages;
    qint64 m_audioMs = 0;
    int m_videoFrames = 0;
    int m_other = 0;
};

// Whether an audio chunk carried the user's voice (LiveSession decides by level).
enum class AudioContent { None, Silence, Speech };

enum class ReplayScope {
    Unspecified,
    Everything, // transparent resumption: the server names what it consumed
    UserInput, // realtime input and clientContent; never a toolResponse to a call the resumed
    // session has not made
};

class ReplayLog
{
public:
    struct Limits
    {
        int maxAudioMs = 30000;
        int maxVideoFrames = 2;
        int maxMessages = 2000;
    };

    ReplayLog() = default;
    explicit ReplayLog(Limits limits)
        : m_limits(limits)
    { }

    // `index` is the message's number on its connection (setup = 0); `sentAtMs` any monotonic
    // clock the caller also uses for trimSentBefore().
    void record(qint64 index, const protocol::ClientMessage &message,
                AudioContent audio = AudioContent::None, qint64 sentAtMs = 0);
    // The server has consumed every message up to and including `index`.
    void trimThrough(qint64 index);
    // The server has consumed every message sent before `ms`.
    void trimSentBefore(qint64 ms);
    void clear();

    QList<protocol::ClientMessage> messages(ReplayScope scope) const;
    bool hasUserInput() const;
    bool hasSpeech() const { return m_speechChunks > 0; }
    qsizetype size() const { return m_entries.size(); }
    qint64 audioMs() const { return m_audioMs; }
    // True when the bounds dropped something since the last clear(): a replay is incomplete.
    bool overflowed() const { return m_overflowed; }

private:
    struct Entry
    {
        qint64 index = 0;
        qint64 sentAtMs = 0;
        protocol::ClientMessage message;
        qint64 audioMs = 0;
        bool video = false;
        bool speech = false;
    };
    void forget(const Entry &entry);
    void dropFirstWhere(bool video);

    Limits m_limits;
    QList<Entry> m_entries;
    qint64 m_audioMs = 0;
    int m_videoFrames = 0;
    int m_speechChunks = 0;
    bool m_overflowed = false;
};

} // namespace livedesk::session
