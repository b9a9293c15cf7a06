// Slow-pong mode (SimulatorOptions::pongDelayMs). QWebSocket answers pings by itself and cannot
// be told to wait, so in this mode each client connection goes through a small frame-aware relay
// in front of the WebSocket server: it forwards every frame unchanged except client pings, which
// it swallows and answers itself, `delayMs` later, between two whole server frames. The Gemini
// service has been seen answering pings 8-30 s late (live-protocol.md §4.6).
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

namespace livedesk::sim {

class PongDelayRelay : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `client`, whose buffer still holds the upgrade request.
    PongDelayRelay(QTcpSocket *client, quint16 upstreamPort, int delayMs, QObject *parent = nullptr);

    // The upstream socket's local port: how the WebSocket server sees this connection's peer.
    quint16 upstreamLocalPort() const { return m_upstream.localPort(); }

Q_SIGNALS:
    void upstreamConnected(quint16 localPort);

private:
    enum class Direction { FromClient, FromServer };
    void pump(Direction direction);
    // Moves whole frames out of `buffer`; returns false on a frame it cannot parse.
    bool forwardFrames(QByteArray &buffer, Direction direction);
    void finish();

    QTcpSocket *m_client; // owned (child)
    QTcpSocket m_upstream;
    int m_delayMs;
    bool m_clientHeadDone = false;
    bool m_serverHeadDone = false;
    QByteArray m_fromClient;
    QByteArray m_fromServer;
    bool m_finished = false;
};

} // namespace livedesk::sim
