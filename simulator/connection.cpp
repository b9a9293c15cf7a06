#include "simulator/connection.h"

#include "simulator/logging.h"
#include "simulator/servicewords.h"
#include "simulator/setupcheck.h"
#include "simulator/simulator_p.h"

#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

using namespace protocol;
using namespace words;

namespace {

constexpr quint64 kMaxMessageBytes = 16 * 1024 * 1024;

} // namespace

SimConnection::SimConnection(SimulatorPrivate *sim, QWebSocket *socket, ConnectInfo info, int id,
                             QObject *parent)
    : QObject(parent)
    , m_sim(sim)
    , m_socket(socket)
    , m_info(std::move(info))
    , m_id(id)
{
    m_socket->setParent(this);
    // Far above any real message (a JPEG frame is tens of kilobytes), far below trouble: Qt
    // closes with 1009 beyond it instead of buffering whatever a broken client sends.
    m_socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
    m_openedMs = m_sim->nowMs();
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { onFrame(message.toUtf8(), false); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { onFrame(message, true); });
    // aboutToClose comes with a close handshake only: without one the peer simply vanished.
    connect(m_socket, &QWebSocket::aboutToClose, this, [this] {
        m_closeFrameSeen = true;
        detachSession();
    });
    connect(m_socket, &QWebSocket::disconnected, this, &SimConnection::onDisconnected);

    for (QTimer *timer : {&m_setupTimer, &m_goAwayTimer, &m_deadlineTimer, &m_inputTranscriptTimer,
                          &m_turnCompleteTimer}) {
        timer->setSingleShot(true);
    }
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_setupTimer, &QTimer::timeout, this, &SimConnection::completeSetup);
    connect(&m_goAwayTimer, &QTimer::timeout, this, &SimConnection::onGoAwayTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &SimConnection::onDeadline);
    connect(&m_inputTranscriptTimer, &QTimer::timeout, this,
            &SimConnection::sendNextInputTranscription);
    connect(&m_turnCompleteTimer, &QTimer::timeout, this, &SimConnection::completeTurn);
}

SimConnection::~SimConnection()
{
    m_socket->disconnect(this);
    // Destroying a connected QWebSocket makes Qt 6.4 send a going-away close and leak its reason
    // string; whoever destroys an open connection has already closed or given up on it.
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    if (m_stream)
        m_stream->stop();
    detachSession();
}

void SimConnection::detachSession()
{
    // Once a close has started, the session counts as free: a client that closed its socket
    // and resumes at once must not be refused because the TCP teardown is still under way.
    if (m_session && m_session->connectionId == m_id) {
        m_session->connectionId = 0;
        m_session->lastDisconnectMs = qint64(m_sim->nowMs());
        if (m_setupMs > 0)
            m_session->activeMs += qint64(m_sim->nowMs() - m_setupMs);
    }
}

double SimConnection::nowMs() const
{
    return m_sim->nowMs();
}

void SimConnection::start()
{
    m_auth = m_sim->authorize(m_info);
    if (m_sim->frameLog.isOpen()) {
        QJsonObject open {{u"event"_s, u"open"_s},
                          {u"path"_s, m_info.head.path},
                          {u"credential"_s, credentialSourceName(m_info.credential.source)}};
        m_sim->frameLog.write(nowMs(), m_id, open);
    }
    qCInfo(lcSimulator).noquote() << "connection" << m_id << "opened on" << m_info.head.path
                                  << "with" << credentialSourceName(m_info.credential.source);
    Q_EMIT m_sim->q->clientConnected(m_info.head.path);
    if (!m_auth.accepted) {
        qCInfo(lcSimulator).noquote() << "connection" << m_id << "refused:" << m_auth.logReason;
        closeWith(m_auth.closeCode, m_auth.closeReason);
        return;
    }
    m_state = ConnectionState::AwaitingSetup;
    armDeadline();
}

// --- transport ---------------------------------------------------------------------------------

void SimConnection::onFrame(const QByteArray &bytes, bool binary)
{
    if (m_state != ConnectionState::AwaitingSetup && m_state != ConnectionState::SettingUp
        && m_state != ConnectionState::Live) {
        return;
    }
    const qint64 index = m_clientMessages++;
    if (m_hung)
        return; // the service swallowed the setup and reads nothing more
    auto decoded = decodeClientMessage(bytes);
    logFrame(bytes, binary, decoded ? describe(*decoded) : u"invalid"_s,
             decoded ? &*decoded : nullptr);
    if (!m_auth.tokenName.isEmpty()
        && m_sim->tokens.checkInUse(m_auth.tokenName, QDateTime::currentDateTimeUtc())
                   == TokenCheck::Expired) {
        qCInfo(lcSimulator) << "connection" << m_id << "used an expired ephemeral token";
        closeWith(1007, kExpiredKey);
        return;
    }
    if (!decoded) {
        qCInfo(lcSimulator).noquote()
                << "connection" << m_id << "sent an invalid message:" << decoded.error().message;
        closeWith(1007, decoded.error().message);
        return;
    }
    ClientMessage message = std::move(decoded).value();
    const bool isSetup = std::holds_alternative<Setup>(message);
    if (m_state == ConnectionState::AwaitingSetup) {
        if (!isSetup) {
            qCInfo(lcSimulator).noquote()
                    << "connection" << m_id << "sent" << describe(message) << "before setup";
            closeWith(1007, kInvalidArgument);
            return;
        }
        m_nullResumptionHandle = hasNullResumptionHandle(bytes);
        handleSetup(std::get<Setup>(std::move(message)));
        return;
    }
    if (isSetup) {
        qCInfo(lcSimulator) << "connection" << m_id << "sent a second setup";
        closeWith(1007, kInvalidArgument);
        return;
    }
    if (m_state == ConnectionState::SettingUp) {
        m_queued.append(std::move(message));
        m_queuedIndices.append(index);
        return;
    }
    dispatch(message);
    m_lastConsumedIndex = index;
}

void SimConnection::logFrame(const QByteArray &bytes, bool binary, const QString &kind,
                             const ClientMessage *message)
{
    if (!m_sim->frameLog.isOpen())
        return;
    QJsonObject f {{u"kind"_s, kind},
                   {u"frame"_s, binary ? u"binary"_s : u"text"_s},
                   {u"bytes"_s, bytes.size()},
                   {u"index"_s, m_clientMessages - 1}};
    if (m_session)
        f.insert(u"session"_s, m_session->id);
    if (const auto *in = message ? std::get_if<RealtimeInput>(message) : nullptr) {
        if (in->audio) {
            f.insert(u"mimeType"_s, in->audio->mimeType);
            f.insert(u"pcmBytes"_s, in->audio->data.size());
            f.insert(u"seq"_s, ++m_audioSeq);
            f.insert(u"hash"_s, FrameLog::fingerprint(in->audio->data));
        }
        if (in->video) {
            f.insert(u"mimeType"_s, in->video->mimeType);
            f.insert(u"imageBytes"_s, in->video->data.size());
        }
    } else if (const auto *cc = message ? std::get_if<ClientContent>(message) : nullptr) {
        f.insert(u"turns"_s, cc->turns.size());
        f.insert(u"turnComplete"_s, cc->turnComplete.value_or(false));
    }
    m_sim->frameLog.write(nowMs(), m_id, f);
}

void SimConnection::send(const ServerMessage &message)
{
    if (m_state != ConnectionState::SettingUp && m_state != ConnectionState::Live)
        return;
    const QByteArray json = encodeServerMessage(message, m_dialect);
    if (m_sim->options.frameType == FrameType::Binary)
        m_socket->sendBinaryMessage(json);
    else
        m_socket->sendTextMessage(QString::fromUtf8(json));
}

void SimConnection::sendRawFrame(const QByteArray &bytes)
{
    if (!isOpen())
        return;
    if (m_sim->options.frameType == FrameType::Binary)
        m_socket->sendBinaryMessage(bytes);
    else
        m_socket->sendTextMessage(QString::fromUtf8(bytes));
}

void SimConnection::stopActivity()
{
    for (QTimer *timer : {&m_setupTimer, &m_goAwayTimer, &m_deadlineTimer, &m_inputTranscriptTimer,
                          &m_turnCompleteTimer}) {
        timer->stop();
    }
    if (m_stream) {
        m_stream->stop();
        m_stream->deleteLater();
    }
}

void SimConnection::closeWith(int code, const QString &reason)
{
    if (!isOpen())
        return;
    const QString cut = truncateCloseReason(reason);
    qCInfo(lcSimulator).noquote() << "connection" << m_id << "closes with" << code << cut;
    stopActivity();
    detachSession();
    m_state = ConnectionState::Closing;
    m_closeCodeSent = code;
    m_socket->close(QWebSocketProtocol::CloseCode(code), cut);
}

void SimConnection::drop()
{
    if (m_state == ConnectionState::Closed)
        return;
    qCInfo(lcSimulator) << "connection" << m_id << "dropped without a close frame";
    stopActivity();
    m_state = ConnectionState::Closing;
    m_dropped = true;
    m_socket->abort();
}

void SimConnection::onDisconnected()
{
    if (m_state == ConnectionState::Closed)
        return;
    stopActivity();
    int code = m_closeCodeSent;
    if (m_dropped)
        code = 1006;
    else if (code == 0)
        code = m_closeFrameSeen ? int(m_socket->closeCode()) : 1006;
    m_state = ConnectionState::Closed;
    detachSession();
    if (m_sim->frameLog.isOpen()) {
        m_sim->frameLog.write(nowMs(), m_id,
                              QJsonObject {{u"event"_s, u"close"_s}, {u"code"_s, code}});
    }
    qCInfo(lcSimulator) << "connection" << m_id << "closed with" << code;
    Q_EMIT closed(code);
}

// --- deadlines and resumption ------------------------------------------------------------------

void SimConnection::armDeadline()
{
    const SimulatorOptions &o = m_sim->options;
    double deadline = m_forcedDeadlineMs;
    DeadlineKind kind = m_forcedDeadlineMs > 0 ? DeadlineKind::ConnectionLifetime
                                               : DeadlineKind::None;
    if (o.connectionLifetimeMs > 0) {
        const double at = m_openedMs + o.connectionLifetimeMs;
        if (kind == DeadlineKind::None || at < deadline) {
            deadline = at;
            kind = DeadlineKind::ConnectionLifetime;
        }
    }
    if (m_state == ConnectionState::Live && !m_compression && m_session) {
        const int cap = m_sessionState.videoSeen ? o.videoSessionCapMs : o.audioSessionCapMs;
        if (cap > 0) {
            const double at = m_setupMs + cap - double(m_session->activeMs);
            if (kind == DeadlineKind::None || at < deadline) {
                deadline = at;
                kind = DeadlineKind::SessionCap;
            }
        }
    }
    if (kind == DeadlineKind::None)
        return;
    if (m_deadlineKind == DeadlineKind::None || deadline < m_deadlineMs) {
        m_deadlineMs = deadline;
        m_deadlineKind = kind;
        m_goAwaySent = false;
        m_goAwayTimer.stop();
        m_deadlineTimer.start(int(std::max(0.0, deadline - nowMs())));
    }
    if (m_state == ConnectionState::Live && !m_goAwaySent && !m_goAwayTimer.isActive()) {
        const double goAwayIn = m_deadlineMs - o.goAwayNoticeMs - nowMs();
        if (goAwayIn <= 0)
            onGoAwayTimer();
        else
            m_goAwayTimer.start(int(goAwayIn));
    }
}

void SimConnection::onGoAwayTimer()
{
    if (m_state != ConnectionState::Live || m_goAwaySent)
        return;
    m_goAwaySent = true;
    // The timer may fire a millisecond early; never announce more than the notice period.
    const double leftMs = std::clamp(m_deadlineMs - nowMs(), 0.0,
                                     double(m_sim->options.goAwayNoticeMs));
    ServerMessage m;
    m.goAway = GoAway {Milliseconds(std::llround(leftMs))};
    send(m);
}

void SimConnection::onDeadline()
{
    if (m_deadlineKind == DeadlineKind::SessionCap && m_session) {
        qCInfo(lcSimulator) << "session" << m_session->id << "reached its length cap";
        m_session->ended = true;
    }
    closeWith(1011, kDeadlineExpired);
}

void SimConnection::announceGoAway(int timeLeftMs)
{
    if (m_state != ConnectionState::Live)
        return;
    const int leftMs = std::max(0, timeLeftMs);
    m_forcedDeadlineMs = nowMs() + leftMs;
    m_deadlineMs = m_forcedDeadlineMs;
    m_deadlineKind = DeadlineKind::ConnectionLifetime;
    m_deadlineTimer.start(leftMs);
    m_goAwayTimer.stop();
    m_goAwaySent = true;
    ServerMessage m;
    m.goAway = GoAway {Milliseconds(leftMs)};
    send(m);
}

SessionState SimConnection::snapshot() const
{
    return m_sessionState;
}

void SimConnection::sendResumptionUpdate(bool resumable)
{
    if (!m_resumption || !m_session || m_state != ConnectionState::Live
        || !m_sessionState.modelTurnCompleted)
        return;
    SessionResumptionUpdate update;
    if (resumable) {
        update.newHandle = m_sim->sessions.issueHandle(m_session, snapshot(), qint64(nowMs()));
        update.resumable = true;
        if (m_transparent)
            update.lastConsumedClientMessageIndex = m_lastConsumedIndex;
        m_lastHandleMs = nowMs();
    }
    ServerMessage m;
    m.sessionResumptionUpdate = update;
    send(m);
}

} // namespace livedesk::sim
