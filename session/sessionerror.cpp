#include "session/sessionerror.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace livedesk::session {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::session::SessionError", text);
}

bool mentions(const QString &reason, std::initializer_list<QLatin1StringView> needles)
{
    for (const auto &needle : needles) {
        if (reason.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString summary(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::None:
        return {};
    case ErrorCategory::Auth:
        return tr("Authentication failed: check the API key or token");
    case ErrorCategory::ModelConfig:
        return tr("The model or the session configuration was rejected");
    case ErrorCategory::Quota:
        return tr("Quota or rate limit reached: wait and try again");
    case ErrorCategory::Network:
        return tr("Network failure");
    case ErrorCategory::Server:
        return tr("The server ended the session");
    case ErrorCategory::Policy:
        return tr("The service refused the request for policy reasons");
    case ErrorCategory::Timeout:
        return tr("The server did not answer in time");
    case ErrorCategory::Protocol:
        return tr("The server sent a message that could not be read");
    }
    return {};
}

// What the server's own words say, where they are specific enough to override the code.
std::optional<ErrorCategory> categoryFromReason(const QString &reason)
{
    if (mentions(reason, {"API key"_L1, "unregistered callers"_L1, "UNAUTHENTICATED"_L1,
                          "PERMISSION_DENIED"_L1, "credential"_L1, "access token"_L1}))
        return ErrorCategory::Auth;
    if (mentions(reason, {"RESOURCE_EXHAUSTED"_L1, "quota"_L1, "rate limit"_L1, "too many"_L1,
                          "concurrent"_L1}))
        return ErrorCategory::Quota;
    if (mentions(reason, {"location is not supported"_L1, "region"_L1}))
        return ErrorCategory::Policy;
    return std::nullopt;
}

} // namespace

QString categoryName(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::None:
        return u"none"_s;
    case ErrorCategory::Auth:
        return u"auth"_s;
    case ErrorCategory::ModelConfig:
        return u"model_config"_s;
    case ErrorCategory::Quota:
        return u"quota"_s;
    case ErrorCategory::Network:
        return u"network"_s;
    case ErrorCategory::Server:
        return u"server"_s;
    case ErrorCategory::Policy:
        return u"policy"_s;
    case ErrorCategory::Timeout:
        return u"timeout"_s;
    case ErrorCategory::Protocol:
        return u"protocol"_s;
    }
    return {};
}

SessionError classifyClose(int closeCode, const QString &reason)
{
    SessionError e;
    e.closeCode = closeCode;
    e.reason = reason;

    // Reasons first: the same code covers several causes (live-protocol.md §5 table).
    if (const auto byReason = categoryFromReason(reason)) {
        e.category = *byReason;
    } else {
        switch (closeCode) {
        case 1000:
            e.category = ErrorCategory::None;
            break;
        case 1005: // no status: the peer closed without a code
        case 1006: // abnormal: TCP dropped without a close frame
        case 1015: // TLS failure
            e.category = ErrorCategory::Network;
            break;
        case 1007: // invalid argument: a field or value of the setup
            e.category = ErrorCategory::ModelConfig;
            break;
        case 1008:
            // Unknown model, unsupported feature and bad handle are configuration; the rest of
            // 1008 ("The operation was aborted.") is the service's policy.
            e.category = mentions(reason, {"not found"_L1, "not supported"_L1, "not implemented"_L1,
                                           "Publisher Model"_L1, "session not found"_L1})
                                 ? ErrorCategory::ModelConfig
                                 : ErrorCategory::Policy;
            break;
        case 1009: // message too big
            e.category = ErrorCategory::ModelConfig;
            break;
        default:
            e.category = ErrorCategory::Server; // 1001, 1011, 1012, 1013, 1014 and the rest
            break;
        }
    }
    if (e.category != ErrorCategory::None) {
        e.message = summary(e.category) + u" (close "_s + QString::number(closeCode)
                    + (reason.isEmpty() ? QString() : u": "_s + reason) + u")"_s;
    }
    return e;
}

SessionError classifyHttpStatus(int status, const QString &detail)
{
    SessionError e;
    e.httpStatus = status;
    e.reason = detail;
    // Google answers a wrong key with 400 "API key not valid": the words decide, as for closes.
    if (const auto byReason = categoryFromReason(detail))
        e.category = *byReason;
    else if (status == 401 || status == 403)
        e.category = ErrorCategory::Auth;
    else if (status == 404 || status == 400)
        e.category = ErrorCategory::ModelConfig; // wrong path, version or model
    else if (status == 429)
        e.category = ErrorCategory::Quota;
    else
        e.category = ErrorCategory::Server;
    e.message = summary(e.category) + u" (HTTP "_s + QString::number(status)
                + (detail.isEmpty() ? QString() : u": "_s + detail) + u")"_s;
    return e;
}

bool isClientProtocolClose(int closeCode, const QString &reason)
{
    if (closeCode != 1001 && closeCode != 1002 && closeCode != 1007 && closeCode != 1009)
        return false;
    // Qt's own reasons (qwebsocketdataprocessor.cpp, qwebsocketframe.cpp; "Controle" is Qt's
    // spelling in some versions), compared as Qt produced them: translated, up to any "%1".
    struct QtText
    {
        const char *context;
        const char *text;
    };
    static constexpr QtText kQtTexts[] = {
            {"QWebSocketDataProcessor", "Invalid UTF-8 code encountered."},
            {"QWebSocketDataProcessor", "Payload of close frame is too small."},
            {"QWebSocketDataProcessor", "Invalid close code %1 detected."},
            {"QWebSocketDataProcessor", "Invalid opcode detected: %1"},
            {"QWebSocketDataProcessor",
             "Received Continuation frame, while there is nothing to continue."},
            {"QWebSocketDataProcessor",
             "All data frames after the initial data frame must have opcode 0 (continuation)."},
            {"QWebSocketDataProcessor", "Received message is too big."},
            {"QWebSocketDataProcessor", "Timeout when reading data from socket."},
            {"QWebSocketFrame", "Rsv field is non-zero"},
            {"QWebSocketFrame", "Used reserved opcode"},
            {"QWebSocketFrame", "Controle frame is larger than 125 bytes"},
            {"QWebSocketFrame", "Control frame is larger than 125 bytes"},
            {"QWebSocketFrame", "Controle frames cannot be fragmented"},
            {"QWebSocketFrame", "Control frames cannot be fragmented"},
            {"QWebSocketFrame", "Lengths smaller than 126 must be expressed as one byte."},
            {"QWebSocketFrame", "Highest bit of payload length is not 0."},
            {"QWebSocketFrame", "Lengths smaller than 65536 (2^16) must be expressed as 2 bytes."},
            {"QWebSocketFrame", "Maximum framesize exceeded."},
            {"QWebSocketFrame", "Timeout when reading data from socket."},
    };
    for (const QtText &t : kQtTexts) {
        for (const QString &candidate :
             {QString::fromLatin1(t.text), QCoreApplication::translate(t.context, t.text)}) {
            const qsizetype arg = candidate.indexOf("%1"_L1);
            if (arg >= 0 ? reason.startsWith(candidate.left(arg)) : reason == candidate)
                return true;
        }
    }
    return false;
}

SessionError unreadableServerClose(const QString &qtReason)
{
    SessionError e;
    e.category = ErrorCategory::Server;
    e.message = tr("%1 (its close frame could not be read: %2)").arg(summary(e.category), qtReason);
    return e;
}

int httpStatusFromHandshakeError(const QString &errorString)
{
    static const QRegularExpression pattern(u"status code:?\\s*(\\d{3})"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(errorString);
    if (match.hasMatch())
        return match.captured(1).toInt();
    // Since Qt 6.6 a 401 goes to QWebSocket's authentication support, which reports a refusal
    // without a challenge it can answer (the service sends none) with no status code at all.
    if (errorString.contains(u"WWW-Authenticate"_s, Qt::CaseInsensitive)
        || errorString.contains(u"requires authentication"_s, Qt::CaseInsensitive))
        return 401;
    return 0;
}

SessionError classifySocketError(QAbstractSocket::SocketError error, const QString &errorString)
{
    if (const int status = httpStatusFromHandshakeError(errorString))
        return classifyHttpStatus(status, errorString);
    SessionError e;
    e.category = ErrorCategory::Network;
    e.reason = errorString;
    QString what;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        what = tr("connection refused");
        break;
    case QAbstractSocket::HostNotFoundError:
        what = tr("host not found");
        break;
    case QAbstractSocket::SocketTimeoutError:
        what = tr("connection timed out");
        break;
    case QAbstractSocket::RemoteHostClosedError:
        what = tr("the server closed the connection");
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        what = tr("TLS handshake failed");
        break;
    case QAbstractSocket::NetworkError:
        what = tr("network unreachable");
        break;
    default:
        what = errorString;
        break;
    }
    e.message = summary(e.category) + u": "_s + what
                + (what.compare(errorString, Qt::CaseInsensitive) == 0 || errorString.isEmpty()
                           ? QString()
                           : u" ("_s + errorString + u")"_s);
    return e;
}

} // namespace livedesk::session
