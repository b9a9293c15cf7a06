// Sessions outlive connections: a resumption handle names a session and the scripted state it
// had when the handle was issued (live-protocol.md §4.6). The store owns both.
#pragma once

#include "session/protocol/types.h"
#include "simulator/usage.h"

#include <QHash>
#include <QList>
#include <QSize>
#include <QString>

#include <memory>

namespace livedesk::sim {

// What a handle restores.
struct SessionState
{
    int modelTurnIndex = 0; // the next scripted turn
    // The service hands out resumption handles only once the first model turn is complete
    // (service-2026.md): a session without one cannot be resumed.
    bool modelTurnCompleted = false;
    QList<protocol::Content> history;
    UsageCounter usage;
    bool videoSeen = false;
    int videoFrames = 0;
    QSize lastFrameSize;
    qint64 lastFrameBytes = 0;
};

struct SessionRecord
{
    QString id; // "s1", "s2", … (for logs and the frame log)
    int connectionId = 0; // the live connection serving it; 0 when none
    qint64 lastDisconnectMs = 0; // simulator clock
    bool ended = false; // closed by a session cap: its handles are void
    // Session time used by connections that have ended (for the session caps). Kept here, not
    // in a handle's snapshot: resuming from an older handle must not give the time back.
    qint64 activeMs = 0;
};

enum class HandleLookup { Unspecified, Found, Unknown, Expired, SessionEnded, StillConnected };

class SessionStore
{
public:
    std::shared_ptr<SessionRecord> create();

    QString issueHandle(const std::shared_ptr<SessionRecord> &session, const SessionState &state,
                        qint64 nowMs);

    struct Resolved
    {
        HandleLookup result = HandleLookup::Unspecified;
        std::shared_ptr<SessionRecord> session;
        SessionState state;
    };
    // A handle expires `lifetimeMs` after it was issued or after its session's connection
    // closed, whichever is later; it never expires while that connection is open.
    Resolved resolve(const QString &handle, qint64 nowMs, qint64 lifetimeMs) const;

private:
    struct Handle
    {
        std::weak_ptr<SessionRecord> session;
        SessionState state;
        qint64 issuedMs = 0;
    };
    QHash<QString, Handle> m_handles;
    QList<std::shared_ptr<SessionRecord>> m_sessions;
    int m_nextSession = 1;
};

} // namespace livedesk::sim
