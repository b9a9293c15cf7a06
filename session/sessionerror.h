// Errors of a Live session, sorted into the categories a person can act on. The Live API has no
// JSON error message: a failure arrives as a WebSocket close frame with a code and a reason, or
// as a refused HTTP upgrade, or as a socket error (live-protocol.md §5). The server's reason is
// kept verbatim (it is cut at 123 bytes by RFC 6455, so it may end mid-word), except for the
// credentials LiveSession scrubs out of it first (secretscrubber.h).
#pragma once

#include <QAbstractSocket>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace livedesk::session {

struct SessionError
{
    Q_GADGET
    Q_PROPERTY(Category category MEMBER category)
    Q_PROPERTY(int closeCode MEMBER closeCode)
    Q_PROPERTY(int httpStatus MEMBER httpStatus)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QString message MEMBER message)

public:
    enum class Category {
        None,
        Auth, // the credential was refused
        ModelConfig, // unknown model, unsupported field, invalid setup, bad resumption handle
        Quota, // RESOURCE_EXHAUSTED, too many sessions
        Network, // unreachable host, dropped connection, keep-alive expired
        Server, // internal error, deadline, unexpected close
        Policy, // region not supported, operation aborted, policy violation
        Timeout, // setupComplete did not arrive in time
        Protocol, // a server frame that could not be decoded (the session keeps running)
    };
    Q_ENUM(Category)

    Category category = Category::None;
    int closeCode = 0; // WebSocket close code; 0 when the connection did not close with one
    int httpStatus = 0; // status of a refused upgrade; 0 otherwise
    QString reason; // the server's words, verbatim (close reason or HTTP status line)
    QString message; // one line for people: what happened and what to do

    bool isError() const { return category != Category::None; }
};

using ErrorCategory = SessionError::Category;

// "auth", "model_config", "quota", … for event files and metrics.
QString categoryName(ErrorCategory category);

// A close frame from the server. 1000 gives Category::None (a clean close).
SessionError classifyClose(int closeCode, const QString &reason);
// An upgrade the server refused with an HTTP status (401/403 auth, 404 model or path, 429 quota).
SessionError classifyHttpStatus(int status, const QString &detail);
// A socket that failed before or without a close frame.
SessionError classifySocketError(QAbstractSocket::SocketError error, const QString &errorString);
// A close that QWebSocket made itself because a server frame broke RFC 6455 (a close reason that
// is not UTF-8, a control frame over 125 bytes, a bad opcode…): Qt then reports its own code
// (1002, 1007, 1009) and words as if the server had closed with them. Told apart by Qt's words.
bool isClientProtocolClose(int closeCode, const QString &reason);
// What such a close means: the server ended the connection, its code and reason unreadable.
SessionError unreadableServerClose(const QString &qtReason);
// The HTTP status in QWebSocket's handshake error text ("Unhandled http status code: 403"; 401
// for Qt 6.6 and later's "Unsupported WWW-Authenticate challenges"), or 0.
int httpStatusFromHandshakeError(const QString &errorString);

} // namespace livedesk::session

Q_DECLARE_METATYPE(livedesk::session::SessionError)
