#include "simulator/httpfrontdoor.h"

#include "simulator/logging.h"
#include "simulator/simulator_p.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}

QJsonObject errorBody(int status, const QString &message)
{
    const QString statusName = status == 400   ? u"INVALID_ARGUMENT"_s
                               : status == 401 ? u"UNAUTHENTICATED"_s
                               : status == 403 ? u"PERMISSION_DENIED"_s
                               : status == 404 ? u"NOT_FOUND"_s
                               : status == 503 ? u"UNAVAILABLE"_s
                                               : u"UNKNOWN"_s;
    return QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, status},
                                                  {u"message"_s, message},
                                                  {u"status"_s, statusName}}}};
}

} // namespace

HttpFrontDoor::HttpFrontDoor(SimulatorPrivate *sim)
    : m_sim(sim)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpFrontDoor::onNewConnection);
}

bool HttpFrontDoor::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                     .arg(port)
                     .arg(m_server.errorString());
    return false;
}

void HttpFrontDoor::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its request head must not hold a socket forever.
        auto *headTimer = new QTimer(socket);
        headTimer->setSingleShot(true);
        headTimer->setObjectName(u"livedesk-head-timer"_s);
        connect(headTimer, &QTimer::timeout, socket, [socket] { socket->abort(); });
        headTimer->start(kHeadTimeoutMs);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void HttpFrontDoor::onReadyRead(QTcpSocket *socket)
{
    // Peek, never read, until the request is routed: an upgrade is handed over untouched.
    const QByteArray bytes = socket->peek(socket->bytesAvailable());
    HttpRequestHead head;
    QString error;
    switch (parseRequestHead(bytes, &head, &error)) {
    case HeadParse::Incomplete:
        return;
    case HeadParse::TooLarge:
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        reply(socket, 431, errorBody(431, u"Request header too large."_s));
        return;
    case HeadParse::Invalid:
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        reply(socket, 400, errorBody(400, u"Malformed HTTP request: %1."_s.arg(error)));
        return;
    case HeadParse::Complete:
        break;
    }
    if (head.isWebSocketUpgrade()) {
        route(socket, head, {});
        return;
    }
    const qint64 length = qMax<qint64>(0, head.contentLength());
    if (length > kMaxBodyBytes) {
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        reply(socket, 413, errorBody(413, u"Request body too large."_s));
        return;
    }
    if (bytes.size() < head.headBytes + length)
        return;
    socket->read(head.headBytes);
    const QByteArray body = socket->read(length);
    route(socket, head, body);
}

void HttpFrontDoor::route(QTcpSocket *socket, const HttpRequestHead &head, const QByteArray &body)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    delete socket->findChild<QTimer *>(u"livedesk-head-timer"_s);
    if (head.isWebSocketUpgrade()) {
        ConnectInfo info {head, matchLiveEndpoint(head.path), extractCredential(head)};
        if (!info.endpoint) {
            qCInfo(lcSimulator).noquote() << "upgrade refused: no Live endpoint at" << head.path;
            reply(socket, 404, errorBody(404, u"Method not found."_s));
            return;
        }
        if (const int status = m_sim->unavailableStatus; status > 0) {
            qCInfo(lcSimulator) << "upgrade refused with HTTP" << status << "(unavailable)";
            reply(socket, status, errorBody(status, u"The service is currently unavailable."_s));
            return;
        }
        if (m_sim->options.authFailureMode == AuthFailureMode::HttpStatus) {
            const AuthDecision decision = m_sim->authorize(info);
            if (!decision.accepted) {
                qCInfo(lcSimulator).noquote() << "upgrade refused with HTTP" << decision.httpStatus
                                              << "(" << decision.logReason << ")";
                reply(socket, decision.httpStatus,
                      errorBody(decision.httpStatus, decision.closeReason));
                return;
            }
        }
        disconnect(socket, nullptr, this, nullptr);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        m_sim->acceptUpgrade(socket, std::move(info));
        return;
    }
    if (head.path == u"/v1alpha/auth_tokens") {
        if (head.method != "POST") {
            reply(socket, 405, errorBody(405, u"Method not allowed: use POST."_s));
            return;
        }
        handleTokenRequest(socket, head, body);
        return;
    }
    qCInfo(lcSimulator).noquote() << "HTTP" << head.method << head.path << "→ 404";
    reply(socket, 404,
          errorBody(404, u"The requested URL %1 was not found on this server."_s.arg(head.path)));
}

void HttpFrontDoor::handleTokenRequest(QTcpSocket *socket, const HttpRequestHead &head,
                                       const QByteArray &body)
{
    const Credential credential = extractCredential(head);
    if (credential.source == CredentialSource::None || credential.value.isEmpty()) {
        reply(socket, 403,
              errorBody(403, u"Method doesn't allow unregistered callers (callers without "
                             "established identity). Please use API Key or other form of API "
                             "consumer identity to call this API."_s));
        return;
    }
    const bool keySource = credential.source == CredentialSource::KeyHeader
                           || credential.source == CredentialSource::KeyQuery;
    const bool validKey = keySource && !credential.isEphemeralToken()
                          && (m_sim->options.apiKey.isEmpty()
                              || credential.value == m_sim->options.apiKey);
    if (!validKey) {
        reply(socket, 400, errorBody(400, u"API key not valid. Please pass a valid API key."_s));
        return;
    }
    const HttpReply result = m_sim->tokens.create(body, QDateTime::currentDateTimeUtc());
    if (result.status == 200)
        qCInfo(lcSimulator) << "issued an ephemeral token";
    else
        qCInfo(lcSimulator).noquote() << "token request refused:" << result.status;
    reply(socket, result.status, result.body);
}

void HttpFrontDoor::reply(QTcpSocket *socket, int status, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                          + "\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: "
                          + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n"
                          + json;
    // Drain what the client sent: closing with unread input makes the kernel reset the
    // connection, and the client might lose the response.
    socket->readAll();
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace livedesk::sim
