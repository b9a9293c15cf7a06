// The one listening port. It reads each request head without consuming it (peek), then either
// answers plain HTTP itself (POST /v1alpha/auth_tokens, 404s, the 401/403 of AuthFailureMode::
// HttpStatus) or hands the untouched socket to the WebSocket server for the upgrade.
#pragma once

#include "simulator/endpoint.h"

#include <QJsonObject>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace livedesk::sim {

class SimulatorPrivate;

class HttpFrontDoor : public QObject
{
    Q_OBJECT

public:
    explicit HttpFrontDoor(SimulatorPrivate *sim);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close() { m_server.close(); }
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }

    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    static constexpr int kHeadTimeoutMs = 10000;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void route(QTcpSocket *socket, const HttpRequestHead &head, const QByteArray &body);
    void handleTokenRequest(QTcpSocket *socket, const HttpRequestHead &head, const QByteArray &body);
    void reply(QTcpSocket *socket, int status, const QJsonObject &body);

    SimulatorPrivate *m_sim; // not owned
    QTcpServer m_server;
};

} // namespace livedesk::sim
