#include "simulator/simulator.h"

#include "simulator/httpfrontdoor.h"
#include "simulator/logging.h"
#include "simulator/pongrelay.h"
#include "simulator/servicewords.h"
#include "simulator/simulator_p.h"
#include "simulator/speech.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

using namespace words;

namespace {

const QString kUnregisteredCallers
        = u"Method doesn't allow unregistered callers (callers without established identity). "
          "Please use API Key or other form of API consumer identity to call this API."_s;

} // namespace

QStringList defaultLiveModels()
{
    QStringList ids;
    const session::ModelCatalog catalog = session::ModelCatalog::builtIn();
    for (const session::ModelCapabilities &m : catalog.models())
        ids.append(m.id);
    return ids;
}

QString peerKey(const QString &address, quint16 port)
{
    return address + u'#' + QString::number(port);
}

SimulatorPrivate::SimulatorPrivate(Simulator *qq, SimulatorOptions o)
    : q(qq)
    , options(std::move(o))
{
    clock.start();
}

SimulatorPrivate::~SimulatorPrivate()
{
    // Connections first: their QWebSockets use sockets the servers below may own.
    for (const QPointer<SimConnection> &c : std::as_const(connections))
        delete c.data();
    connections.clear();
    webSocketServer.reset();
    relayServer.reset();
    frontDoor.reset();
}

AuthDecision SimulatorPrivate::authorize(const ConnectInfo &info) const
{
    AuthDecision d;
    const Credential &c = info.credential;
    auto refuse = [&d](int code, const QString &reason, int httpStatus, const QString &why) {
        d.accepted = false;
        d.closeCode = code;
        d.closeReason = reason;
        d.httpStatus = httpStatus;
        d.logReason = why;
        return d;
    };
    if (c.source == CredentialSource::None || c.value.isEmpty())
        return refuse(1008, kUnregisteredCallers, 401, u"no credential"_s);
    const bool tokenSource = c.source == CredentialSource::AccessTokenQuery
                             || c.source == CredentialSource::TokenHeader;
    if (c.isEphemeralToken()) {
        if (!tokenSource) {
            return refuse(1007, kInvalidKey, 403,
                          u"an ephemeral token sent as an API key (%1)"_s.arg(
                                  credentialSourceName(c.source)));
        }
        if (!info.endpoint || !info.endpoint->constrained) {
            return refuse(1008, kUnregisteredCallers, 403,
                          u"an ephemeral token on a method other than "
                          "BidiGenerateContentConstrained"_s);
        }
        switch (tokens.checkInUse(c.value, QDateTime::currentDateTimeUtc())) {
        case TokenCheck::Valid:
            d.accepted = true;
            d.tokenName = c.value;
            d.logReason = u"ephemeral token (%1)"_s.arg(credentialSourceName(c.source));
            return d;
        case TokenCheck::Expired:
            return refuse(1007, kExpiredKey, 403, u"the ephemeral token has expired"_s);
        default:
            return refuse(1007, kInvalidKey, 403, u"unknown ephemeral token"_s);
        }
    }
    if (tokenSource) {
        return refuse(1007, kInvalidKey, 403,
                      u"%1 does not hold an ephemeral token"_s.arg(credentialSourceName(c.source)));
    }
    if (!options.apiKey.isEmpty() && c.value != options.apiKey)
        return refuse(1007, kInvalidKey, 403, u"wrong API key"_s);
    d.accepted = true;
    d.logReason = credentialSourceName(c.source);
    return d;
}

void SimulatorPrivate::acceptUpgrade(QTcpSocket *socket, ConnectInfo info)
{
    if (options.pongDelayMs > 0 && relayServer) {
        auto *relay = new PongDelayRelay(socket, relayServer->serverPort(), options.pongDelayMs, q);
        QObject::connect(relay, &PongDelayRelay::upstreamConnected, q,
                         [this, info](quint16 localPort) {
                             pendingUpgrades.insert(peerKey(QHostAddress(QHostAddress::LocalHost)
                                                                    .toString(),
                                                            localPort),
                                                    info);
                         });
        return;
    }
    const QString key = peerKey(socket->peerAddress().toString(), socket->peerPort());
    pendingUpgrades.insert(key, std::move(info));
    socket->setParent(webSocketServer.get());
    QObject::connect(socket, &QObject::destroyed, q, [this, key] { pendingUpgrades.remove(key); });
    webSocketServer->handleConnection(socket);
}

void SimulatorPrivate::onWebSocketConnection()
{
    while (QWebSocket *socket = webSocketServer->nextPendingConnection()) {
        const QString key = peerKey(socket->peerAddress().toString(), socket->peerPort());
        const auto it = pendingUpgrades.find(key);
        if (it == pendingUpgrades.end()) {
            qCWarning(lcSimulator) << "a WebSocket arrived that the front door did not route";
            socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
            socket->deleteLater();
            continue;
        }
        ConnectInfo info = it.value();
        pendingUpgrades.erase(it);
        auto *connection = new SimConnection(this, socket, std::move(info), nextConnectionId++, q);
        connections.append(connection);
        QObject::connect(connection, &SimConnection::closed, q,
                         [this, connection](int code) { onConnectionClosed(connection, code); });
        connection->start();
    }
}

void SimulatorPrivate::onConnectionClosed(SimConnection *connection, int code)
{
    connections.removeAll(connection);
    connection->deleteLater();
    Q_EMIT q->clientDisconnected(code);
}

void SimulatorPrivate::shutDownConnections()
{
    const auto open = connections;
    for (const QPointer<SimConnection> &c : open) {
        if (c && c->isOpen())
            c->closeWith(1001, u"The service is shutting down."_s);
    }
}

Simulator::Simulator(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SimulatorPrivate>(this, std::move(options)))
{ }

Simulator::~Simulator() = default;

bool Simulator::start(QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        // A caller that asks for the error reports it; otherwise the log is the only trace.
        if (errorMessage)
            *errorMessage = message;
        else
            qCWarning(lcSimulator).noquote() << message;
        return false;
    };
    if (isListening())
        return true;
    QString error;
    if (!d->options.modelTablePath.isEmpty()) {
        auto catalog = session::ModelCatalog::fromFile(d->options.modelTablePath, &error);
        if (!catalog)
            return fail(error);
        d->catalog = *catalog;
    } else {
        d->catalog = session::ModelCatalog::builtIn();
    }
    if (d->options.faultRate < 0 || d->options.faultRate > 1
        || (d->options.faultRate > 0 && d->options.faultCloseCodes.isEmpty()))
        return fail(u"fault rate: expected a probability from 0 to 1 and at least one close code"_s);
    d->faultRandom = d->options.faultSeed != 0 ? QRandomGenerator(d->options.faultSeed)
                                               : QRandomGenerator::securelySeeded();
    if (!d->options.scenarioPath.isEmpty()) {
        auto scenario = Scenario::fromFile(d->options.scenarioPath, &error);
        if (!scenario)
            return fail(error);
        d->scenario = *scenario;
    } else if (!d->options.scenarioJson.isEmpty()) {
        auto scenario = Scenario::fromJson(d->options.scenarioJson, &error);
        if (!scenario)
            return fail(u"inline scenario: "_s + error);
        d->scenario = *scenario;
    } else {
        d->scenario = Scenario::builtIn();
    }
    if (!d->options.frameLogPath.isEmpty() && !d->frameLog.isOpen()
        && !d->frameLog.open(d->options.frameLogPath, &error)) {
        return fail(error);
    }

    // Created once: sockets of live connections may belong to these servers, so a restart after
    // stop() reuses them instead of replacing them.
    if (!d->webSocketServer) {
        d->webSocketServer = std::make_unique<QWebSocketServer>(u"livedesk-sim"_s,
                                                                QWebSocketServer::NonSecureMode);
        connect(d->webSocketServer.get(), &QWebSocketServer::newConnection, this,
                [this] { d->onWebSocketConnection(); });
    }
    if (d->options.pongDelayMs > 0 && !d->relayServer) {
        d->relayServer = std::make_unique<QTcpServer>();
        connect(d->relayServer.get(), &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = d->relayServer->nextPendingConnection()) {
                socket->setParent(d->webSocketServer.get());
                d->webSocketServer->handleConnection(socket);
            }
        });
    }
    if (d->relayServer && !d->relayServer->isListening()
        && !d->relayServer->listen(QHostAddress::LocalHost, 0)) {
        return fail(u"cannot open the slow-pong relay port: "_s + d->relayServer->errorString());
    }
    if (!d->frontDoor)
        d->frontDoor = std::make_unique<HttpFrontDoor>(d.get());
    if (!d->frontDoor->listen(d->options.address, d->options.port, &error))
        return fail(error);
    qCInfo(lcSimulator).noquote() << "listening on" << url().toString() << "; scenario"
                                  << (d->scenario.name.isEmpty() ? u"(unnamed)"_s : d->scenario.name)
                                  << "; speech:" << speechEngineDescription();
    return true;
}

void Simulator::stop()
{
    if (d->frontDoor)
        d->frontDoor->close();
    if (d->relayServer)
        d->relayServer->close();
    d->shutDownConnections();
}

bool Simulator::isListening() const
{
    return d->frontDoor && d->frontDoor->isListening();
}

quint16 Simulator::port() const
{
    return d->frontDoor ? d->frontDoor->port() : 0;
}

QUrl Simulator::url() const
{
    QUrl u;
    u.setScheme(u"ws"_s);
    u.setHost(d->options.address.toString());
    u.setPort(port());
    return u;
}

const SimulatorOptions &Simulator::options() const
{
    return d->options;
}

void Simulator::dropAllConnections()
{
    const auto open = d->connections;
    for (const QPointer<SimConnection> &c : open) {
        if (c)
            c->drop();
    }
}

void Simulator::sendMalformedFrame()
{
    const auto open = d->connections;
    for (const QPointer<SimConnection> &c : open) {
        if (c && c->state() == ConnectionState::Live)
            c->sendRawFrame(QByteArrayLiteral("{\"serverContent\":{\"modelTurn\":{\"parts\":[{"));
    }
}

void Simulator::closeAll(int code, const QString &reason)
{
    const auto open = d->connections;
    for (const QPointer<SimConnection> &c : open) {
        if (c && c->isOpen())
            c->closeWith(code, reason);
    }
}

void Simulator::sendGoAwayNow(int timeLeftMs)
{
    const auto open = d->connections;
    for (const QPointer<SimConnection> &c : open) {
        if (c && c->state() == ConnectionState::Live)
            c->announceGoAway(timeLeftMs);
    }
}

void Simulator::swallowNextReplies(int count)
{
    d->swallowReplies = std::max(0, count);
}

void Simulator::swallowNextToolResults(int count)
{
    d->swallowToolResults = std::max(0, count);
}

void Simulator::setUnavailable(int httpStatus)
{
    d->unavailableStatus = httpStatus;
}

} // namespace livedesk::sim
