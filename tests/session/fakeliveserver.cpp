#include "fakeliveserver.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace livedesk::testing {

FakeLiveServer::FakeLiveServer(QObject *parent)
    : QObject(parent)
    , m_server(u"fake-live"_s, QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeLiveServer::onNewConnection);
}

FakeLiveServer::~FakeLiveServer()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
    }
    m_server.close();
}

bool FakeLiveServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FakeLiveServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeLiveServer::url() const
{
    return QUrl(u"ws://127.0.0.1:"_s + QString::number(port()));
}

QByteArray FakeLiveServer::requestHeader(const QByteArray &name) const
{
    return m_headers.value(name.toLower());
}

void FakeLiveServer::onNewConnection()
{
    QWebSocket *socket = m_server.nextPendingConnection();
    if (!socket)
        return;
    socket->setParent(this);
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater();
    }
    m_client = socket;
    ++m_connections;
    m_requestUrl = socket->request().url();
    m_headers.clear();
    for (const QByteArray &name : socket->request().rawHeaderList())
        m_headers.insert(name.toLower(), socket->request().rawHeader(name));

    auto onFrame = [this](const QByteArray &bytes) {
        m_raw.append(bytes);
        auto decoded = protocol::decodeClientMessage(bytes, protocol::Strictness::Strict);
        if (!decoded) {
            m_decodeErrors.append(decoded.error().message);
            return;
        }
        m_received.append(*decoded);
        if (std::holds_alternative<protocol::Setup>(*decoded)
            && m_setupReply == SetupReply::Immediate)
            sendSetupComplete();
        Q_EMIT messageReceived(*decoded);
    };
    connect(socket, &QWebSocket::textMessageReceived, this,
            [onFrame](const QString &text) { onFrame(text.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, onFrame);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clientCloseCode = int(socket->closeCode());
        Q_EMIT clientDisconnected();
    });
    Q_EMIT clientConnected();
}

bool FakeLiveServer::waitForMessages(int count, int timeoutMs)
{
    QSignalSpy spy(this, &FakeLiveServer::messageReceived);
    QElapsedTimer timer;
    timer.start();
    while (m_received.size() < count && timer.elapsed() < timeoutMs)
        spy.wait(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
    return m_received.size() >= count;
}

bool FakeLiveServer::waitForClient(int timeoutMs)
{
    if (m_client)
        return true;
    QSignalSpy spy(this, &FakeLiveServer::clientConnected);
    return spy.wait(timeoutMs);
}

void FakeLiveServer::send(const protocol::ServerMessage &message)
{
    sendRaw(protocol::encodeServerMessage(message), m_frameType);
}

void FakeLiveServer::sendRaw(const QByteArray &bytes, WireFrame type)
{
    if (!m_client)
        return;
    if (type == WireFrame::Binary)
        m_client->sendBinaryMessage(bytes);
    else
        m_client->sendTextMessage(QString::fromUtf8(bytes));
}

void FakeLiveServer::sendSetupComplete()
{
    send(protocol::ServerMessage {.setupComplete = protocol::SetupComplete {}});
}

void FakeLiveServer::closeClient(int code, const QString &reason)
{
    if (m_client)
        m_client->close(QWebSocketProtocol::CloseCode(code), reason);
}

void FakeLiveServer::abortClient()
{
    if (m_client)
        m_client->abort();
}

// --- RawWebSocketServer ----------------------------------------------------------------------

RawWebSocketServer::RawWebSocketServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawWebSocketServer::onNewConnection);
}

bool RawWebSocketServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl RawWebSocketServer::url() const
{
    return QUrl(u"ws://127.0.0.1:"_s + QString::number(m_server.serverPort()));
}

void RawWebSocketServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_upgraded.insert(socket, false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_upgraded.remove(socket);
            socket->deleteLater();
        });
    }
}

void RawWebSocketServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());

    if (!m_upgraded.value(socket)) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        if (m_httpStatus != 0) {
            const QByteArray body = "{\"error\":{\"message\":\"refused by test\"}}";
            socket->write("HTTP/1.1 " + QByteArray::number(m_httpStatus)
                          + " Refused\r\n"
                            "Content-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                          + body);
            socket->disconnectFromHost();
            return;
        }
        QByteArray key;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        }
        const QByteArray accept
                = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                           QCryptographicHash::Sha1)
                          .toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                      + accept + "\r\n\r\n");
        m_upgraded[socket] = true;
    }

    // Client frames: FIN + opcode, MASK + length (7/16/64 bit), 4-byte mask, payload.
    while (buffer.size() >= 2) {
        const quint8 opcode = quint8(buffer[0]) & 0x0f;
        quint64 length = quint8(buffer[1]) & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (buffer.size() < 4)
                return;
            length = qFromBigEndian<quint16>(buffer.constData() + 2);
            offset = 4;
        } else if (length == 127) {
            if (buffer.size() < 10)
                return;
            length = qFromBigEndian<quint64>(buffer.constData() + 2);
            offset = 10;
        }
        if (buffer.size() < offset + 4 + qsizetype(length))
            return;
        const QByteArray mask = buffer.mid(offset, 4);
        QByteArray payload = buffer.mid(offset + 4, qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload[i] ^ mask[i % 4]);
        buffer.remove(0, offset + 4 + qsizetype(length));

        switch (opcode) {
        case 0x1:
        case 0x2:
            if (payload.contains("\"setup\"")) {
                ++m_setups;
                sendFrame(socket, 0x2, "{\"setupComplete\":{}}");
                if (m_setups <= m_closeConnections) {
                    sendFrame(socket, 0x8, m_closePayload);
                    break;
                }
                if (m_chatterMs > 0) {
                    auto *timer = new QTimer(socket);
                    connect(timer, &QTimer::timeout, socket, [this, socket] {
                        sendFrame(socket, 0x2, "{\"sessionResumptionUpdate\":{}}");
                    });
                    timer->start(m_chatterMs);
                }
            }
            break;
        case 0x8:
            m_clientCloseCodes.append(
                    payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 0);
            sendFrame(socket, 0x8, payload.left(2));
            socket->disconnectFromHost();
            return;
        case 0x9:
            ++m_pings;
            if (m_pongDelayMs >= 0) {
                QTimer::singleShot(m_pongDelayMs, socket,
                                   [this, socket, payload] { sendFrame(socket, 0xA, payload); });
            }
            break;
        default:
            break;
        }
    }
}

void RawWebSocketServer::sendFrame(QTcpSocket *socket, quint8 opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(payload.size()));
    } else {
        frame.append(char(126));
        char len[2];
        qToBigEndian<quint16>(quint16(payload.size()), len);
        frame.append(len, 2);
    }
    frame.append(payload);
    socket->write(frame);
}

} // namespace livedesk::testing
