#include "session/livesession.h"

#include "session/logging.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QWebSocket>

#include <chrono>

using namespace Qt::StringLiterals;

namespace livedesk::session {

using namespace protocol;

namespace {

int sampleRateOf(const QString &mimeType)
{
    static const QRegularExpression rate(u"rate=(\\d+)"_s);
    const auto match = rate.match(mimeType);
    const int value = match.hasMatch() ? match.captured(1).toInt() : 0;
    return value > 0 ? value : 24000; // the service's output rate when the label omits it
}

qint64 steadyNowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

SessionError makeError(ErrorCategory category, const QString &message)
{
    SessionError e;
    e.category = category;
    e.message = message;
    return e;
}

} // namespace

LiveSession::LiveSession(QObject *parent)
    : QObject(parent)
    , m_chunker(m_options.audioChunkMs)
    , m_usage(m_options.usageReporting)
{
    m_clock.start();
    for (QTimer *t : {&m_connectTimer, &m_setupTimer, &m_closeTimer})
        t->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(makeError(ErrorCategory::Network,
                       tr("Network failure: no connection to the server after %1 s")
                               .arg(m_options.connectTimeoutMs / 1000.0)));
    });
    connect(&m_setupTimer, &QTimer::timeout, this, [this] {
        fail(makeError(ErrorCategory::Timeout,
                       tr("The server did not confirm the setup within %1 s (no setupComplete)")
                               .arg(m_options.setupTimeoutMs / 1000.0)));
    });
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        // The server did not answer our close frame: stop waiting.
        retireSocket();
        setState(State::Closed);
    });
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &LiveSession::keepAliveTick);
}

LiveSession::~LiveSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void LiveSession::setOptions(const LiveSessionOptions &options)
{
    m_options = options;
    m_chunker = AudioChunker(options.audioChunkMs);
    if (m_state == State::Idle)
        m_usage = UsageAccumulator(options.usageReporting);
}

bool LiveSession::open(const EndpointConfig &endpoint, const Setup &setup)
{
    if (m_state != State::Idle && m_state != State::Closed && m_state != State::Failed) {
        qCWarning(lcSession, "open() ignored: a connection is already under way");
        return false;
    }
    m_lastError = {};
    m_socketError.reset();
    m_closeRequested = false;
    m_closeFrameSeen = false;
    m_goAwayReceived = false;
    m_queue.clear();
    m_chunker.clear();
    m_setup = setup;

    const ConnectionTarget target = buildConnectionTarget(endpoint);
    m_redactedUrl = target.redactedUrl;
    if (!target.isValid()) {
        fail(makeError(target.auth == AuthKind::None ? ErrorCategory::Auth
                                                     : ErrorCategory::ModelConfig,
                       target.error));
        return false;
    }
    if (setup.model.isEmpty()) {
        fail(makeError(ErrorCategory::ModelConfig, tr("The setup names no model.")));
        return false;
    }

    if (m_state != State::Idle)
        m_usage.startConnection();
    retireSocket();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // The service's frames carry base64 audio; Qt's default limits are far above them.
    connect(socket, &QWebSocket::connected, this, &LiveSession::handleConnected);
    connect(socket, &QWebSocket::disconnected, this, &LiveSession::handleDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { handleFrame(text.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, &LiveSession::handleFrame);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, &LiveSession::handleSocketError);
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &LiveSession::handleSocketError);
#endif
    connect(socket, &QWebSocket::pong, this, [this](quint64 elapsedMs, const QByteArray &) {
        m_pingOutstanding = false;
        m_lastInboundMs = m_clock.elapsed();
        ++m_stats.pongsReceived;
        qCDebug(lcSession, "pong after %llu ms", static_cast<unsigned long long>(elapsedMs));
    });
    // Qt emits aboutToClose for a close frame (ours or the server's) but not for a TCP drop, and
    // Qt 6.4 reports a dropped connection as close code 1000: this tells the two apart.
    connect(socket, &QWebSocket::aboutToClose, this, [this] { m_closeFrameSeen = true; });
    m_socket = socket;

    qCInfo(lcSession, "connecting to %s", qPrintable(m_redactedUrl));
    setState(State::Connecting);
    m_connectTimer.start(m_options.connectTimeoutMs);
    socket->open(target.request);
    return true;
}

void LiveSession::close()
{
    switch (m_state) {
    case State::Idle:
    case State::Closed:
    case State::Failed:
    case State::Closing:
        return;
    case State::Connecting:
        m_closeRequested = true;
        m_connectTimer.stop();
        retireSocket();
        m_queue.clear();
        setState(State::Closed);
        return;
    case State::SettingUp:
    case State::Live:
    case State::Reconnecting:
        break;
    }
    m_closeRequested = true;
    m_setupTimer.stop();
    m_keepAliveTimer.stop();
    m_queue.clear();
    setState(State::Closing);
    m_closeTimer.start(m_options.closeTimeoutMs);
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void LiveSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSession) << "state" << state;
    Q_EMIT stateChanged(state);
}

void LiveSession::fail(const SessionError &error)
{
    m_connectTimer.stop();
    m_setupTimer.stop();
    m_keepAliveTimer.stop();
    m_closeTimer.stop();
    m_queue.clear();
    m_lastError = error;
    // Reported through errorOccurred; the application decides how to show it.
    qCInfo(lcSession, "session failed (%s): %s", qPrintable(categoryName(error.category)),
           qPrintable(error.message));
    retireSocket();
    setState(State::Failed);
    Q_EMIT errorOccurred(error);
}

void LiveSession::retireSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

SendResult LiveSession::refuse(const QString &reason)
{
    if (m_refusalReason != reason)
        qCWarning(lcSession, "message not sent: %s", qPrintable(reason));
    m_refusalReason = reason;
    return SendResult::NotSent;
}

SendResult LiveSession::send(const ClientMessage &message)
{
    if (std::holds_alternative<Setup>(message))
        return refuse(tr("the setup is sent by the session itself, once per connection"));
    switch (m_state) {
    case State::Live:
        write(message);
        return SendResult::Sent;
    case State::Connecting:
    case State::SettingUp:
    case State::Reconnecting:
        if (m_queue.size() >= m_options.maxQueuedMessages)
            return refuse(tr("%1 messages are already waiting for the session to start")
                                  .arg(m_queue.size()));
        m_queue.enqueue(message);
        return SendResult::Queued;
    case State::Idle:
    case State::Closing:
    case State::Closed:
    case State::Failed:
        break;
    }
    return refuse(tr("the session is not open (state %1)")
                          .arg(QString::fromLatin1(
                                  QMetaEnum::fromType<State>().valueToKey(int(m_state)))));
}

void LiveSession::write(const ClientMessage &message)
{
    const QByteArray json = encodeClientMessage(message);
    // Text frames, as the official SDK sends them; the service reads both.
    m_socket->sendTextMessage(QString::fromUtf8(json));
    m_stats.bytesSent += json.size();
    ++m_stats.messagesSent;
    if (const auto *input = std::get_if<RealtimeInput>(&message)) {
        if (input->audio) {
            ++m_stats.audioChunksSent;
            m_stats.audioBytesSent += input->audio->data.size();
            Q_EMIT audioWritten(input->audio->data, steadyNowUs());
        } else if (input->video) {
            ++m_stats.videoFramesSent;
        }
    }
    if (lcSession().isDebugEnabled() && !std::holds_alternative<RealtimeInput>(message))
        qCDebug(lcSession, "sent %s (%lld bytes)", qPrintable(describe(message)),
                static_cast<long long>(json.size()));
}

void LiveSession::flushQueue()
{
    while (!m_queue.isEmpty() && m_state == State::Live)
        write(m_queue.dequeue());
}

SendResult LiveSession::sendAudio(QByteArrayView pcm16kMono)
{
    if (m_state != State::Live && m_state != State::Connecting && m_state != State::SettingUp
        && m_state != State::Reconnecting)
        return send(RealtimeInput {}); // refused with the state in the reason
    SendResult worst = SendResult::Sent;
    bool any = false;
    for (QByteArray &chunk : m_chunker.push(pcm16kMono)) {
        RealtimeInput input;
        input.audio = Blob {u"audio/pcm;rate=16000"_s, std::move(chunk)};
        const SendResult r = send(input);
        worst = std::min(worst, r);
        any = true;
    }
    // Bytes kept in the chunker count as accepted: they go out with the next push or flush.
    return any ? worst : SendResult::Queued;
}

SendResult LiveSession::flushAudio()
{
    QByteArray rest = m_chunker.flush();
    if (rest.isEmpty())
        return SendResult::Sent;
    RealtimeInput input;
    input.audio = Blob {u"audio/pcm;rate=16000"_s, std::move(rest)};
    return send(input);
}

SendResult LiveSession::sendAudioStreamEnd()
{
    flushAudio();
    return send(RealtimeInput {.audioStreamEnd = true});
}

SendResult LiveSession::sendVideoFrame(const QByteArray &image, const QString &mimeType)
{
    return send(RealtimeInput {.video = Blob {mimeType, image}});
}

SendResult LiveSession::sendRealtimeText(const QString &text)
{
    return send(RealtimeInput {.text = text});
}

SendResult LiveSession::sendClientText(const QString &text, bool turnComplete)
{
    return send(ClientContent {{Content {u"user"_s, {Part {.text = text}}}}, turnComplete});
}

SendResult LiveSession::sendActivityStart()
{
    return send(RealtimeInput {.activityStart = true});
}

SendResult LiveSession::sendActivityEnd()
{
    return send(RealtimeInput {.activityEnd = true});
}

SendResult LiveSession::sendToolResponse(const ToolResponse &response)
{
    return send(response);
}

void LiveSession::handleConnected()
{
    m_connectTimer.stop();
    m_lastInboundMs = m_clock.elapsed();
    m_pingOutstanding = false;
    setState(State::SettingUp);
    // The setup goes out first and alone; everything else waits for setupComplete.
    write(ClientMessage(m_setup));
    m_setupTimer.start(m_options.setupTimeoutMs);
}

void LiveSession::handleFrame(const QByteArray &frame)
{
    m_stats.bytesReceived += frame.size();
    ++m_stats.messagesReceived;
    m_lastInboundMs = m_clock.elapsed();
    m_pingOutstanding = false; // the peer is alive; a lost pong must not stop later pings

    const auto decoded = decodeServerMessage(frame, Strictness::Lenient);
    if (!decoded) {
        ++m_stats.decodeErrors;
        SessionError e = makeError(ErrorCategory::Protocol,
                                   tr("A server message could not be read and was skipped: %1")
                                           .arg(decoded.error().message));
        qCWarning(lcSession, "%s", qPrintable(e.message));
        Q_EMIT errorOccurred(e);
        return;
    }
    const ServerMessage &message = *decoded;

    if (message.setupComplete) {
        if (m_state == State::SettingUp) {
            m_setupTimer.stop();
            setState(State::Live);
            m_keepAliveTimer.start(std::max(50, std::min(m_options.keepAliveIntervalMs,
                                                         m_options.keepAliveTimeoutMs)
                                                        / 4));
            Q_EMIT setupCompleted(message.setupComplete->sessionId);
            flushQueue();
        } else {
            qCDebug(lcSession, "setupComplete outside SettingUp ignored");
        }
    }
    // Within one message: content, then usage, then the end of the turn, so a report that rides
    // on turnComplete is counted with the turn it belongs to.
    if (message.serverContent)
        handleServerContent(*message.serverContent);
    if (message.toolCall) {
        m_usage.observeOutput(0, 0);
        Q_EMIT toolCallReceived(*message.toolCall);
    }
    if (message.toolCallCancellation)
        Q_EMIT toolCallCancelled(message.toolCallCancellation->ids);
    if (message.usageMetadata) {
        m_usage.addReport(*message.usageMetadata);
        Q_EMIT usageUpdated(*message.usageMetadata);
    }
    if (message.serverContent && message.serverContent->turnComplete) {
        m_usage.endTurn();
        ++m_stats.turnsCompleted;
        Q_EMIT turnCompleted(message.serverContent->turnCompleteReason);
    }
    if (message.goAway) {
        m_goAwayReceived = true;
        qCInfo(lcSession, "goAway: %lld ms left",
               static_cast<long long>(message.goAway->timeLeft.count()));
        Q_EMIT goAwayReceived(message.goAway->timeLeft.count());
    }
    if (message.sessionResumptionUpdate) {
        const auto &update = *message.sessionResumptionUpdate;
        if (update.resumable && !update.newHandle.isEmpty())
            m_resumptionHandle = update.newHandle;
        Q_EMIT resumptionUpdated(update.newHandle, update.resumable);
    }
    if (message.voiceActivity)
        Q_EMIT voiceActivityReceived(message.voiceActivity->type);
    if (message.voiceActivityDetectionSignal) {
        const auto type = message.voiceActivityDetectionSignal->vadSignalType;
        Q_EMIT voiceActivityReceived(
                type == VadSignalType::StartOfSpeech ? VoiceActivityType::ActivityStart
                : type == VadSignalType::EndOfSpeech ? VoiceActivityType::ActivityEnd
                                                     : VoiceActivityType::Unspecified);
    }
}

void LiveSession::handleServerContent(const ServerContent &content)
{
    if (content.modelTurn) {
        for (const Part &part : content.modelTurn->parts) {
            if (part.inlineData && part.inlineData->mimeType.startsWith("audio/"_L1)) {
                const int rate = sampleRateOf(part.inlineData->mimeType);
                const qint64 bytes = part.inlineData->data.size();
                const qint64 ms = bytes * 1000 / (2 * qint64(rate));
                m_stats.audioBytesReceived += bytes;
                m_stats.audioMsReceived += ms;
                m_usage.observeOutput(ms, 0);
                Q_EMIT audioReceived(part.inlineData->data, rate);
            } else if (!part.text.isEmpty()) {
                if (!part.thought)
                    m_usage.observeOutput(0, part.text.size());
                Q_EMIT textReceived(part.text, part.thought ? TextKind::Thought : TextKind::Answer);
            }
        }
    }
    if (content.inputTranscription)
        Q_EMIT inputTranscriptionReceived(*content.inputTranscription);
    if (content.interimInputTranscription)
        Q_EMIT interimInputTranscriptionReceived(*content.interimInputTranscription);
    if (content.outputTranscription) {
        m_usage.observeOutput(0, 0);
        Q_EMIT outputTranscriptionReceived(*content.outputTranscription);
    }
    if (content.groundingMetadata)
        Q_EMIT groundingReceived(*content.groundingMetadata);
    if (content.interrupted)
        Q_EMIT interrupted();
    if (content.generationComplete)
        Q_EMIT generationCompleted();
}

void LiveSession::handleSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const SessionError classified = classifySocketError(error, m_socket->errorString());
    if (m_state == State::Connecting) {
        // Refused, unreachable, TLS or a refused upgrade: there will be no close frame.
        fail(classified);
        return;
    }
    // After the upgrade a close frame (or its absence) tells more; keep this for the disconnect.
    m_socketError = classified;
}

void LiveSession::handleDisconnected()
{
    if (!m_socket)
        return;
    const bool dropped = !m_closeFrameSeen;
    const int code = dropped ? int(QWebSocketProtocol::CloseCodeAbnormalDisconnection)
                             : int(m_socket->closeCode());
    const QString reason = dropped ? QString() : m_socket->closeReason();
    qCInfo(lcSession, "disconnected: close %d%s%s", code, reason.isEmpty() ? "" : " ",
           qPrintable(reason));

    if (m_closeRequested || m_state == State::Closing) {
        m_closeTimer.stop();
        retireSocket();
        setState(State::Closed);
        return;
    }

    SessionError error = classifyClose(code, reason);
    if (dropped) {
        error.message = tr("Network failure: the connection dropped without a close frame "
                           "(1006)");
    }
    if (m_state == State::Connecting) {
        // Qt may report the disconnect before the socket error that caused it.
        if (!m_socketError && m_socket->error() != QAbstractSocket::UnknownSocketError)
            m_socketError = classifySocketError(m_socket->error(), m_socket->errorString());
        error = m_socketError.value_or(
                makeError(ErrorCategory::Network,
                          tr("Network failure: the connection closed during the "
                             "upgrade")));
    }
    if (m_state == State::SettingUp && !error.isError()) {
        // A clean close instead of setupComplete still means the setup was not accepted.
        error = makeError(ErrorCategory::Server,
                          tr("The server closed the connection before confirming the setup "
                             "(close %1%2)")
                                  .arg(code)
                                  .arg(reason.isEmpty() ? QString() : u": "_s + reason));
        error.closeCode = code;
        error.reason = reason;
    }
    if (!error.isError()) {
        m_keepAliveTimer.stop();
        retireSocket();
        setState(State::Closed);
        return;
    }
    // The reconnect/resume policy (1006, 1011 after goAway) will take over here; until then a
    // lost connection is final.
    fail(error);
}

void LiveSession::keepAliveTick()
{
    if (m_state != State::Live || !m_socket)
        return;
    const qint64 silentMs = m_clock.elapsed() - m_lastInboundMs;
    if (silentMs >= m_options.keepAliveTimeoutMs) {
        fail(makeError(ErrorCategory::Network,
                       tr("Network failure: nothing received from the server for %1 s (no pong, "
                          "no data)")
                               .arg(silentMs / 1000.0, 0, 'f', 1)));
        return;
    }
    if (silentMs >= m_options.keepAliveIntervalMs && !m_pingOutstanding) {
        m_pingOutstanding = true;
        ++m_stats.pingsSent;
        m_socket->ping();
    }
}

} // namespace livedesk::session
