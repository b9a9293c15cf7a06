#include "simulator/pongrelay.h"

#include <QTimer>
#include <QtEndian>

namespace livedesk::sim {

namespace {

constexpr quint64 kMaxFrameBytes = 256ull * 1024 * 1024;
constexpr char kOpcodePing = 0x9;
constexpr char kOpcodePong = 0xA;

QByteArray pongFrame(const QByteArray &payload)
{
    // Control frames carry at most 125 bytes; a server frame is never masked.
    QByteArray frame;
    frame.append(char(0x80 | kOpcodePong));
    frame.append(char(payload.size()));
    frame.append(payload);
    return frame;
}

} // namespace

PongDelayRelay::PongDelayRelay(QTcpSocket *client, quint16 upstreamPort, int delayMs,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_delayMs(delayMs)
{
    m_client->setParent(this);
    connect(m_client, &QTcpSocket::readyRead, this, [this] { pump(Direction::FromClient); });
    connect(&m_upstream, &QTcpSocket::readyRead, this, [this] { pump(Direction::FromServer); });
    connect(&m_upstream, &QTcpSocket::connected, this, [this] {
        Q_EMIT upstreamConnected(m_upstream.localPort());
        pump(Direction::FromClient);
    });
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        finish();
        deleteLater();
    });
    connect(&m_upstream, &QTcpSocket::disconnected, this, &PongDelayRelay::finish);
    connect(&m_upstream, &QTcpSocket::errorOccurred, this, [this] {
        if (m_upstream.state() != QAbstractSocket::ConnectedState)
            finish();
    });
    m_upstream.connectToHost(QHostAddress::LocalHost, upstreamPort);
}

void PongDelayRelay::pump(Direction direction)
{
    if (m_finished)
        return;
    const bool fromClient = direction == Direction::FromClient;
    QByteArray &buffer = fromClient ? m_fromClient : m_fromServer;
    buffer += fromClient ? m_client->readAll() : m_upstream.readAll();
    if (m_upstream.state() != QAbstractSocket::ConnectedState)
        return;
    QTcpSocket *to = fromClient ? &m_upstream : m_client;
    bool &headDone = fromClient ? m_clientHeadDone : m_serverHeadDone;
    if (!headDone) {
        // The HTTP upgrade request and its 101 answer pass through as they are.
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        to->write(buffer.left(end + 4));
        buffer.remove(0, end + 4);
        headDone = true;
    }
    if (!forwardFrames(buffer, direction))
        finish();
}

bool PongDelayRelay::forwardFrames(QByteArray &buffer, Direction direction)
{
    while (buffer.size() >= 2) {
        const auto *bytes = reinterpret_cast<const uchar *>(buffer.constData());
        const bool masked = bytes[1] & 0x80;
        quint64 length = bytes[1] & 0x7F;
        qsizetype header = 2;
        if (length == 126) {
            if (buffer.size() < 4)
                return true;
            length = qFromBigEndian<quint16>(bytes + 2);
            header = 4;
        } else if (length == 127) {
            if (buffer.size() < 10)
                return true;
            length = qFromBigEndian<quint64>(bytes + 2);
            header = 10;
        }
        if (length > kMaxFrameBytes)
            return false;
        if (masked)
            header += 4;
        const qsizetype total = header + qsizetype(length);
        if (buffer.size() < total)
            return true;
        const char opcode = char(bytes[0] & 0x0F);
        if (direction == Direction::FromClient && opcode == kOpcodePing && length <= 125) {
            QByteArray payload = buffer.mid(header, qsizetype(length));
            if (masked) {
                const QByteArray mask = buffer.mid(header - 4, 4);
                for (qsizetype i = 0; i < payload.size(); ++i)
                    payload[i] = char(payload.at(i) ^ mask.at(i % 4));
            }
            // Whole server frames are written at once, so now is always between two of them.
            QTimer::singleShot(m_delayMs, this, [this, payload] {
                if (!m_finished)
                    m_client->write(pongFrame(payload));
            });
        } else {
            (direction == Direction::FromClient ? static_cast<QTcpSocket *>(&m_upstream) : m_client)
                    ->write(buffer.left(total));
        }
        buffer.remove(0, total);
    }
    return true;
}

void PongDelayRelay::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // disconnectFromHost() lets what is already written (a close frame) go out first.
    if (m_client->state() != QAbstractSocket::UnconnectedState)
        m_client->disconnectFromHost();
    if (m_upstream.state() != QAbstractSocket::UnconnectedState)
        m_upstream.disconnectFromHost();
}

} // namespace livedesk::sim
