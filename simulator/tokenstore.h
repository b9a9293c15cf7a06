// Ephemeral tokens (live-protocol.md §1.2): POST /v1alpha/auth_tokens issues "auth_tokens/<hex>"
// names with a use count, an expiry for the sessions that use them and a deadline for opening new
// sessions, optionally locking setup fields. Clock values are passed in, so tests control time.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedesk::sim {

struct HttpReply
{
    int status = 200;
    QJsonObject body;
};

enum class TokenCheck {
    Unspecified,
    Valid,
    Unknown,
    Expired, // expireTime has passed: no session may use it any more
    NewSessionClosed, // newSessionExpireTime has passed: no new session may start with it
    UsedUp,
};

class TokenStore
{
public:
    // Handles the request body of POST /v1alpha/auth_tokens (the key was already checked).
    HttpReply create(const QByteArray &requestBody, const QDateTime &nowUtc);

    // Before a session starts. Resuming a session does not need the new-session window.
    TokenCheck checkNewSession(const QString &name, const QDateTime &nowUtc) const;
    TokenCheck checkInUse(const QString &name, const QDateTime &nowUtc) const;
    // Counts one use (no-op for unlimited tokens); false when none is left.
    bool consumeUse(const QString &name);
    std::optional<QDateTime> expireTime(const QString &name) const;

    // The client's setup (camelCase JSON, as setupToJson writes it) with the token's locked fields
    // written over it: the fields in fieldMask, or every field the token's setup sets when it has
    // no mask. The client's resumption handle is never locked: resuming must stay possible.
    QJsonObject applyLocks(const QString &name, const QJsonObject &clientSetup) const;

    static std::optional<QDateTime> parseTimestamp(const QString &rfc3339);
    static QString formatTimestamp(const QDateTime &utc);

private:
    struct Token
    {
        int usesLeft = 1;
        bool unlimited = false;
        QDateTime expireTime;
        QDateTime newSessionExpireTime;
        std::optional<QJsonObject> lockedSetup;
        QStringList fieldMask; // camelCase paths; empty: every field the locked setup sets
    };
    QHash<QString, Token> m_tokens;
};

} // namespace livedesk::sim
