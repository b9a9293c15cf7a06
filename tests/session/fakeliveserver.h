// In-process stand-ins for the Live API used by the session unit tests (127.0.0.1, port 0):
//
//  - FakeLiveServer: a QWebSocketServer that records every client frame (decoded strictly, as the
//    service's proto parser would), answers setup on demand and lets a test send any server frame,
//    close code or TCP drop. It is a scripted peer for state-machine edge cases, not a model: the
//    conversation behaviour is the simulator's job (simulator/).
//  - RawWebSocketServer: a few dozen lines of RFC 6455 on a QTcpServer, for what QWebSocketServer
//    cannot do: answer pings late (or never) and refuse the upgrade with an HTTP status.
#pragma once

#include "session/protocol/codec.h"

#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace livedesk::testing {

enum class WireFrame { Binary, Text };

class FakeLiveServer : public QObject
{
    Q_OBJECT

public:
    enum class SetupReply { Immediate, Manual };

    explicit FakeLiveServer(QObject *parent = nullptr);
    ~FakeLiveServer() override;

    bool listen();
    QUrl url() const; // ws://127.0.0.1:PORT
    quint16 port() const;

    void setSetupReply(SetupReply reply) { m_setupReply = reply; }
    void setFrameType(WireFrame type) { m_frameType = type; }

    QWebSocket *client() const { return m_client; }
    // The upgrade as the server saw it: path, query and headers.
    QUrl requestUrl() const { return m_requestUrl; }
    QByteArray requestHeader(const QByteArray &name) const;
    int connectionCount() const { return m_connections; }

    QList<protocol::ClientMessage> received() const { return m_received; }
    QList<QByteArray> rawReceived() const { return m_raw; }
    QStringList decodeErrors() const { return m_decodeErrors; }
    bool waitForMessages(int count, int timeoutMs = 5000);
    bool waitForClient(int timeoutMs = 5000);

    void send(const protocol::ServerMessage &message);
    void sendRaw(const QByteArray &bytes, WireFrame type);
    void sendSetupComplete();
    void closeClient(int code, const QString &reason);
    void abortClient(); // TCP reset without a close frame

    int lastCloseCodeFromClient() const { return m_clientCloseCode; }

Q_SIGNALS:
    void clientConnected();
    void messageReceived(const livedesk::protocol::ClientMessage &message);
    void clientDisconnected();

private:
    void onNewConnection();

    QWebSocketServer m_server;
    QPointer<QWebSocket> m_client;
    QUrl m_requestUrl;
    QHash<QByteArray, QByteArray> m_headers;
    SetupReply m_setupReply = SetupReply::Immediate;
    WireFrame m_frameType = WireFrame::Binary;
    QList<protocol::ClientMessage> m_received;
    QList<QByteArray> m_raw;
    QStringList m_decodeErrors;
    int m_connections = 0;
    int m_clientCloseCode = 0;
};

class RawWebSocketServer : public QObject
{
    Q_OBJECT

public:
    explicit RawWebSocketServer(QObject *parent = nullptr);

    bool listen();
    QUrl url() const;

    // 0: upgrade; otherwise answer the upgrade request with this HTTP status and close.
    void setHttpStatus(int status) { m_httpStatus = status; }
    // -1: never answer pings.
    void setPongDelayMs(int ms) { m_pongDelayMs = ms; }
    // > 0: send a small server frame this often once set up (traffic instead of pongs).
    void setChatterIntervalMs(int ms) { m_chatterMs = ms; }
    // The first `connections` connections get this close frame payload (code and reason bytes,
    // sent as they are: a reason may break RFC 6455) right after their setupComplete.
    void setCloseAfterSetup(const QByteArray &payload, int connections)
    {
        m_closePayload = payload;
        m_closeConnections = connections;
    }
    // The close code of the client's close frames, in order.
    QList<int> clientCloseCodes() const { return m_clientCloseCodes; }

    int pingsReceived() const { return m_pings; }
    int setupsReceived() const { return m_setups; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void sendFrame(QTcpSocket *socket, quint8 opcode, const QByteArray &payload);

    QTcpServer m_server;
    int m_httpStatus = 0;
    int m_pongDelayMs = 0;
    int m_chatterMs = 0;
    int m_pings = 0;
    int m_setups = 0;
    QByteArray m_closePayload;
    int m_closeConnections = 0;
    QList<int> m_clientCloseCodes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, bool> m_upgraded;
};

} // namespace livedesk::testing
