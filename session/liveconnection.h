// One WebSocket to the Live API, from the upgrade to its end: the socket, the setup phase, the
// client message index, keep-alive (ping and pong) and this connection's timers. It decides
// nothing about the conversation: LiveSession (livesession.h) owns one connection at a time and
// decides what an end means (a handover, a reconnect, a failure).
//
//   Idle → Connecting → SettingUp → Open → Closing → Closed
//             │            │         │                 ▲
//             └────────────┴─────────┴─────────────────┘  (dropped, refused, timed out)
//
// Every change goes through transition(), which refuses (and logs) one the table does not allow,
// in the manner of Qt Multimedia's qaudiostatemachine_p.h: a late socket signal cannot move a
// finished connection back into use.
#pragma once

#include "session/protocol/codec.h"
#include "session/reconnectpolicy.h"
#include "session/secretscrubber.h"
#include "session/sessionerror.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace livedesk::session {

// The largest message the client accepts from the server. The biggest legitimate ones are model
// audio parts: 24 kHz s16le is 48 000 bytes a second, 64 000 as base64, and the service sends
// fractions of a second per message; even a whole minute of speech in one message (3.84 MB) or a
// tool call at the output token limit fits four times over. Beyond it Qt closes with 1009 instead
// of buffering whatever a broken server sends (docs/limits.md).
inline constexpr qint64 kMaxIncomingMessageBytes = 16LL * 1024 * 1024;
// One frame may carry a whole message (the service does not fragment): the same bound.
inline constexpr qint64 kMaxIncomingFrameBytes = kMaxIncomingMessageBytes;

struct ConnectionTimeouts
{
    int connectTimeoutMs = 20000; // TCP + TLS + HTTP upgrade
    int setupTimeoutMs = 20000; // setup sent → setupComplete
    int keepAliveIntervalMs = 15000; // ping after this long without any inbound frame
    int keepAliveTimeoutMs = 90000; // dead after this long without any inbound frame or pong
    int closeTimeoutMs = 5000; // our close frame → the server's answer
};

// How a connection ended without being closed by us.
struct ConnectionLoss
{
    SessionError error;
    ReconnectReason reason = ReconnectReason::None;
    // Before the upgrade completed: refused, unreachable, TLS, timed out. No close frame.
    bool beforeUpgrade = false;
};

class LiveConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, SettingUp, Open, Closing, Closed };
    Q_ENUM(State)
    // Why a transition happens; logged with it.
    enum class Reason {
        None,
        OpenRequested, // Idle → Connecting
        Upgraded, // Connecting → SettingUp
        SetupConfirmed, // SettingUp → Open
        CloseRequested, // SettingUp/Open → Closing
        CloseAnswered, // Closing → Closed (the server's close frame, or our close timed out)
        ServerClosed, // SettingUp/Open → Closed: a close or drop we did not ask for
        Failed, // Connecting/SettingUp/Open → Closed: refused, timed out, unreadable
        Aborted, // any → Closed: the session dropped the connection
    };
    Q_ENUM(Reason)

    explicit LiveConnection(const SecretScrubber &scrubber, QObject *parent = nullptr);
    ~LiveConnection() override;

    static bool isLegal(State from, State to);

    // Idle → Connecting. The timers apply from here on.
    bool open(const QNetworkRequest &request, const ConnectionTimeouts &timeouts);
    // Applies at the next timer start (and at once to the keep-alive's limits).
    void setTimeouts(const ConnectionTimeouts &timeouts) { m_timeouts = timeouts; }
    // Sends one message as a text frame (as the official SDK does; the service reads both) and
    // returns its index on this connection (setup = 0, as transparent resumption counts), or -1
    // when the connection cannot send.
    qint64 sendText(const QByteArray &json);
    // SettingUp → Open: keep-alive starts.
    void confirmSetup();
    // SettingUp/Open → Closing with close frame 1000; closed() or lost() follows, within
    // closeTimeoutMs at most.
    void close(int closeTimeoutMs);
    // → Closed at once, without a close handshake and without signals.
    void abort();

    State state() const { return m_state; }
    bool canSend() const;
    qint64 openForMs() const; // since setupComplete; -1 before
    qint64 nextMessageIndex() const { return m_messageIndex; }

Q_SIGNALS:
    // → SettingUp: send the setup now; setupComplete is due within setupTimeoutMs of it.
    void upgraded();
    void frameReceived(const QByteArray &rawFrame);
    void pingSent();
    void pongReceived(quint64 elapsedMs);
    // An end we asked for (close()), or a clean close (1000) by the server once Open.
    void closed();
    void lost(const livedesk::session::ConnectionLoss &loss);

private:
    friend struct StateMachineProbe; // tests/session/tst_sessionstates.cpp
    friend struct LiveSessionFuzzer; // tests/fuzz/fuzz_server_pipeline.cpp: Open without a socket

    bool transition(State to, Reason why);
    void handleConnected();
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void keepAliveTick();
    void loseConnection(const ConnectionLoss &loss);
    void finishClose();
    void releaseSocket();

    const SecretScrubber &m_scrubber;
    State m_state = State::Idle;
    QPointer<QWebSocket> m_socket; // child; deleted later when released
    ConnectionTimeouts m_timeouts;
    std::optional<SessionError> m_socketError; // seen before the disconnect that follows it
    // Qt emits aboutToClose for a close frame (ours or the server's) but not for a TCP drop, and
    // Qt 6.4 reports a dropped connection as close code 1000: this tells the two apart.
    bool m_closeFrameSeen = false;
    bool m_pingOutstanding = false;
    qint64 m_messageIndex = 0; // next client message's number (setup = 0)
    qint64 m_lastInboundMs = 0;
    qint64 m_openedAtMs = -1;
    QElapsedTimer m_clock;
    QTimer m_connectTimer;
    QTimer m_setupTimer;
    QTimer m_keepAliveTimer;
    QTimer m_closeTimer;
};

} // namespace livedesk::session

Q_DECLARE_METATYPE(livedesk::session::ConnectionLoss)
