// Internals shared by the simulator's parts: the listeners, the stores and the live connections.
#pragma once

#include "simulator/connection.h"
#include "simulator/framelog.h"
#include "simulator/scenario.h"
#include "simulator/sessionstore.h"
#include "simulator/simulator.h"
#include "simulator/tokenstore.h"

#include "session/modelcatalog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QRandomGenerator>

class QTcpServer;
class QTcpSocket;
class QWebSocketServer;

namespace livedesk::sim {

class HttpFrontDoor;

class SimulatorPrivate
{
public:
    SimulatorPrivate(Simulator *q, SimulatorOptions options);
    ~SimulatorPrivate();

    double nowMs() const { return double(clock.nsecsElapsed()) / 1e6; }

    AuthDecision authorize(const ConnectInfo &info) const;
    // The front door hands over a socket whose buffered bytes are a WebSocket upgrade request.
    void acceptUpgrade(QTcpSocket *socket, ConnectInfo info);
    void onWebSocketConnection();
    void onConnectionClosed(SimConnection *connection, int code);
    void shutDownConnections();

    Simulator *q; // not owned
    SimulatorOptions options;
    Scenario scenario;
    TokenStore tokens;
    SessionStore sessions;
    FrameLog frameLog;
    session::ModelCatalog catalog; // the model profiles setups are checked against
    QRandomGenerator faultRandom; // --fault-rate
    QElapsedTimer clock;

    std::unique_ptr<HttpFrontDoor> frontDoor;
    std::unique_ptr<QWebSocketServer> webSocketServer;
    std::unique_ptr<QTcpServer> relayServer; // slow-pong mode: relays connect here
    // Upgrades handed to the WebSocket server, by peer "address:port", until it reports them.
    QHash<QString, ConnectInfo> pendingUpgrades;
    QList<QPointer<SimConnection>> connections;
    int nextConnectionId = 1;
    int swallowReplies = 0; // Simulator::swallowNextReplies()
    int swallowToolResults = 0; // Simulator::swallowNextToolResults()
    int unavailableStatus = 0; // Simulator::setUnavailable()
};

QString peerKey(const QString &address, quint16 port);

} // namespace livedesk::sim
