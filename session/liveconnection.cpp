#include "session/liveconnection.h"

#include "session/logging.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace livedesk::session {

// The strings people see keep LiveSession's translation context, where they were before the
// connection had its own class.

namespace {

template<typename Enum>
const char *nameOf(Enum value)
{
    const char *key = QMetaEnum::fromType<Enum>().valueToKey(int(value));
    return key ? key : "?";
}

SessionError makeError(ErrorCategory category, const QString &message)
{
    SessionError e;
    e.category = category;
    e.message = message;
    return e;
}

} // namespace

LiveConnection::LiveConnection(const SecretScrubber &scrubber, QObject *parent)
    : QObject(parent)
    , m_scrubber(scrubber)
{
    qRegisterMetaType<ConnectionLoss>();
    m_clock.start();
    for (QTimer *t : {&m_connectTimer, &m_setupTimer, &m_closeTimer})
        t->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        loseConnection({makeError(ErrorCategory::Network,
                                  QCoreApplication::translate(
                                          "livedesk::session::LiveSession",
                                          "Network failure: no connection to the server after %1 s")
                                          .arg(m_timeouts.connectTimeoutMs / 1000.0)),
                        ReconnectReason::None, true});
    });
    connect(&m_setupTimer, &QTimer::timeout, this, [this] {
        loseConnection({makeError(ErrorCategory::Timeout,
                                  QCoreApplication::translate(
                                          "livedesk::session::LiveSession",
                                          "The server did not confirm the setup within %1 s (no "
                                          "setupComplete)")
                                          .arg(m_timeouts.setupTimeoutMs / 1000.0)),
                        ReconnectReason::SetupTimeout, false});
    });
    // The server did not answer our close frame: stop waiting.
    connect(&m_closeTimer, &QTimer::timeout, this, &LiveConnection::finishClose);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &LiveConnection::keepAliveTick);
}

LiveConnection::~LiveConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool LiveConnection::isLegal(State from, State to)
{
    switch (from) {
    case State::Idle:
        return to == State::Connecting || to == State::Closed;
    case State::Connecting:
        return to == State::SettingUp || to == State::Closed;
    case State::SettingUp:
        return to == State::Open || to == State::Closing || to == State::Closed;
    case State::Open:
        return to == State::Closing || to == State::Closed;
    case State::Closing:
        return to == State::Closed;
    case State::Closed:
        return false; // a connection is used once
    }
    return false;
}

bool LiveConnection::transition(State to, Reason why)
{
    if (!isLegal(m_state, to)) {
        qCWarning(lcSession, "connection: transition %s -> %s (%s) refused", nameOf(m_state),
                  nameOf(to), nameOf(why));
        return false;
    }
    qCDebug(lcSession, "connection: %s -> %s (%s)", nameOf(m_state), nameOf(to), nameOf(why));
    m_state = to;
    return true;
}

bool LiveConnection::open(const QNetworkRequest &request, const ConnectionTimeouts &timeouts)
{
    if (!transition(State::Connecting, Reason::OpenRequested))
        return false;
    m_timeouts = timeouts;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(quint64(kMaxIncomingMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(kMaxIncomingFrameBytes));
    connect(socket, &QWebSocket::connected, this, &LiveConnection::handleConnected);
    connect(socket, &QWebSocket::disconnected, this, &LiveConnection::handleDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_lastInboundMs = m_clock.elapsed();
        m_pingOutstanding = false; // the peer is alive; a lost pong must not stop later pings
        Q_EMIT frameReceived(text.toUtf8());
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &frame) {
        m_lastInboundMs = m_clock.elapsed();
        m_pingOutstanding = false;
        Q_EMIT frameReceived(frame);
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, &LiveConnection::handleSocketError);
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &LiveConnection::handleSocketError);
#endif
    connect(socket, &QWebSocket::pong, this, [this](quint64 elapsedMs, const QByteArray &) {
        m_pingOutstanding = false;
        m_lastInboundMs = m_clock.elapsed();
        Q_EMIT pongReceived(elapsedMs);
    });
    connect(socket, &QWebSocket::aboutToClose, this, [this] { m_closeFrameSeen = true; });
    m_socket = socket;
    m_connectTimer.start(m_timeouts.connectTimeoutMs);
    socket->open(request);
    return true;
}

bool LiveConnection::canSend() const
{
    return m_socket && (m_state == State::SettingUp || m_state == State::Open);
}

qint64 LiveConnection::sendText(const QByteArray &json)
{
    if (!canSend())
        return -1;
    m_socket->sendTextMessage(QString::fromUtf8(json));
    return m_messageIndex++;
}

qint64 LiveConnection::openForMs() const
{
    return m_openedAtMs < 0 ? -1 : m_clock.elapsed() - m_openedAtMs;
}

void LiveConnection::handleConnected()
{
    if (!transition(State::SettingUp, Reason::Upgraded))
        return;
    m_connectTimer.stop();
    m_lastInboundMs = m_clock.elapsed();
    m_pingOutstanding = false;
    // Every connection numbers its messages from the setup (= 0), as transparent resumption's
    // lastConsumedClientMessageIndex does.
    m_messageIndex = 0;
    Q_EMIT upgraded();
    if (m_state == State::SettingUp)
        m_setupTimer.start(m_timeouts.setupTimeoutMs);
}

void LiveConnection::confirmSetup()
{
    if (!transition(State::Open, Reason::SetupConfirmed))
        return;
    m_setupTimer.stop();
    m_openedAtMs = m_clock.elapsed();
    m_keepAliveTimer.start(
            std::max(50,
                     std::min(m_timeouts.keepAliveIntervalMs, m_timeouts.keepAliveTimeoutMs) / 4));
}

void LiveConnection::close(int closeTimeoutMs)
{
    if (!m_socket || !transition(State::Closing, Reason::CloseRequested))
        return;
    m_setupTimer.stop();
    m_keepAliveTimer.stop();
    m_closeTimer.start(closeTimeoutMs);
    m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void LiveConnection::abort()
{
    if (m_state != State::Closed)
        transition(State::Closed, Reason::Aborted);
    releaseSocket();
}

void LiveConnection::releaseSocket()
{
    m_connectTimer.stop();
    m_setupTimer.stop();
    m_keepAliveTimer.stop();
    m_closeTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LiveConnection::finishClose()
{
    if (m_state == State::Closed)
        return;
    transition(State::Closed, Reason::CloseAnswered);
    releaseSocket();
    Q_EMIT closed();
}

void LiveConnection::loseConnection(const ConnectionLoss &loss)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Closing) {
        finishClose(); // we were leaving anyway
        return;
    }
    transition(State::Closed, Reason::Failed);
    releaseSocket();
    Q_EMIT lost(loss);
}

void LiveConnection::handleSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const SessionError classified = classifySocketError(error,
                                                        m_scrubber.scrub(m_socket->errorString()));
    if (m_state == State::Connecting) {
        // Refused, unreachable, TLS or a refused upgrade: there will be no close frame.
        loseConnection({classified, ReconnectReason::None, true});
        return;
    }
    // After the upgrade a close frame (or its absence) tells more; keep this for the disconnect.
    m_socketError = classified;
}

void LiveConnection::handleDisconnected()
{
    if (!m_socket)
        return;
    if (m_state == State::Closing) {
        finishClose();
        return;
    }
    const bool dropped = !m_closeFrameSeen;
    int code = dropped ? int(QWebSocketProtocol::CloseCodeAbnormalDisconnection)
                       : int(m_socket->closeCode());
    QString reason = dropped ? QString() : m_scrubber.scrub(m_socket->closeReason());
    // Qt answers a close frame it cannot read (a reason that is not UTF-8 or longer than the 123
    // bytes a control frame holds) with its own 1007 or 1002, and reports that as the close; a
    // message over kMaxIncomingMessageBytes it ends with its own 1009.
    const bool qtClosed = !dropped && isClientProtocolClose(code, reason);
    const bool tooBig = qtClosed && code == int(QWebSocketProtocol::CloseCodeTooMuchData);
    if (qtClosed && !tooBig)
        qCWarning(lcSession, "the server's close frame could not be read (%s)", qPrintable(reason));
    qCInfo(lcSession, "disconnected: close %d%s%s", code, reason.isEmpty() ? "" : " ",
           qPrintable(reason));

    if (m_state == State::Connecting) {
        // Qt may report the disconnect before the socket error that caused it.
        if (!m_socketError && m_socket->error() != QAbstractSocket::UnknownSocketError)
            m_socketError = classifySocketError(m_socket->error(),
                                                m_scrubber.scrub(m_socket->errorString()));
        loseConnection(
                {m_socketError.value_or(makeError(
                         ErrorCategory::Network,
                         QCoreApplication::translate(
                                 "livedesk::session::LiveSession",
                                 "Network failure: the connection closed during the upgrade"))),
                 ReconnectReason::None, true});
        return;
    }

    SessionError error;
    if (tooBig) {
        error = makeError(
                ErrorCategory::Server,
                QCoreApplication::translate(
                        "livedesk::session::LiveSession",
                        "The server sent a message larger than %1 MiB, more than any Live "
                        "API message needs; the connection was closed (1009)")
                        .arg(kMaxIncomingMessageBytes / (1024 * 1024)));
        error.closeCode = code;
        qCWarning(lcSession, "%s", qPrintable(error.message));
    } else if (qtClosed) {
        error = unreadableServerClose(reason);
        reason.clear(); // Qt's words, not the server's
        code = 0;
    } else {
        error = classifyClose(code, reason);
    }
    if (dropped) {
        error.message = QCoreApplication::translate(
                "livedesk::session::LiveSession",
                "Network failure: the connection dropped without a close frame "
                "(1006)");
    }
    if (m_state == State::SettingUp && !error.isError()) {
        // A clean close instead of setupComplete still means the setup was not accepted.
        error = makeError(ErrorCategory::Server,
                          QCoreApplication::translate(
                                  "livedesk::session::LiveSession",
                                  "The server closed the connection before confirming the setup "
                                  "(close %1%2)")
                                  .arg(code)
                                  .arg(reason.isEmpty() ? QString() : u": "_s + reason));
        error.closeCode = code;
        error.reason = reason;
    }
    if (!error.isError()) {
        transition(State::Closed, Reason::ServerClosed);
        releaseSocket();
        Q_EMIT closed();
        return;
    }
    loseConnection(
            {error, dropped ? ReconnectReason::ConnectionLost : ReconnectReason::None, false});
}

void LiveConnection::keepAliveTick()
{
    if (m_state != State::Open || !m_socket)
        return;
    const qint64 silentMs = m_clock.elapsed() - m_lastInboundMs;
    if (silentMs >= m_timeouts.keepAliveTimeoutMs) {
        loseConnection(
                {makeError(ErrorCategory::Network,
                           QCoreApplication::translate(
                                   "livedesk::session::LiveSession",
                                   "Network failure: nothing received from the server for %1 s "
                                   "(no pong, no data)")
                                   .arg(silentMs / 1000.0, 0, 'f', 1)),
                 ReconnectReason::KeepAliveTimeout, false});
        return;
    }
    if (silentMs >= m_timeouts.keepAliveIntervalMs && !m_pingOutstanding) {
        m_pingOutstanding = true;
        m_socket->ping();
        Q_EMIT pingSent();
    }
}

} // namespace livedesk::session
