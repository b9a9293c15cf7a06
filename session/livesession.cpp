// LiveSession, part one: the state machine, opening and closing, and what the app sends.
// What the server sends is in livesession_inbound.cpp; recovery (goAway handover, reconnect,
// fresh sessions, the reply watchdog) in livesession_recovery.cpp; one WebSocket in
// liveconnection.cpp.
#include "session/livesession.h"

#include "session/logging.h"
#include "session/networkmonitor.h"

#include <QCoreApplication>
#include <QMetaEnum>

#include <chrono>

using namespace Qt::StringLiterals;

namespace livedesk::session {

using namespace protocol;

namespace {

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

OutgoingLimits outgoingLimits(const LiveSessionOptions &o)
{
    return OutgoingLimits {o.maxBufferedAudioMs, o.maxBufferedVideoFrames, o.maxQueuedMessages};
}

ConnectionTimeouts timeoutsOf(const LiveSessionOptions &o)
{
    return ConnectionTimeouts {o.connectTimeoutMs, o.setupTimeoutMs, o.keepAliveIntervalMs,
                               o.keepAliveTimeoutMs, o.closeTimeoutMs};
}

template<typename Enum>
const char *nameOf(Enum value)
{
    const char *key = QMetaEnum::fromType<Enum>().valueToKey(int(value));
    return key ? key : "?";
}

} // namespace

LiveSession::LiveSession(QObject *parent)
    : QObject(parent)
    , m_pending(outgoingLimits(m_options))
    , m_chunker(m_options.audioChunkMs)
    , m_usage(m_options.usageReporting)
    , m_replay(m_options.replayLimits)
    , m_transcript(m_options.transcriptLimits)
{
    qRegisterMetaType<ReconnectInfo>();
    qRegisterMetaType<SessionError>();
    m_clock.start();
    for (QTimer *t : {&m_retryTimer, &m_handoverTimer, &m_watchdogTimer})
        t->setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LiveSession::startAttempt);
    connect(&m_handoverTimer, &QTimer::timeout, this, &LiveSession::maybeHandover);
    connect(&m_watchdogTimer, &QTimer::timeout, this, &LiveSession::onWatchdogTimeout);
}

LiveSession::~LiveSession()
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
    }
}

bool LiveSession::isLegalTransition(State from, State to)
{
    switch (from) {
    case State::Idle:
        return to == State::Connecting || to == State::Failed;
    case State::Connecting:
        // The first connection's later attempts (failover, retries) stay in Connecting.
        return to == State::SettingUp || to == State::Closed || to == State::Failed;
    case State::SettingUp:
        return to == State::Live || to == State::Closing || to == State::Closed
               || to == State::Failed;
    case State::Live:
        return to == State::Reconnecting || to == State::Closing || to == State::Closed
               || to == State::Failed;
    case State::Reconnecting:
        return to == State::Live || to == State::Closing || to == State::Closed
               || to == State::Failed;
    case State::Closing:
        return to == State::Closed;
    case State::Closed:
    case State::Failed:
        return to == State::Connecting || to == State::Failed;
    }
    return false;
}

// Staying in a state is not a transition: nothing happens, nothing is emitted.
bool LiveSession::transition(State to, TransitionReason why)
{
    if (m_state == to)
        return true;
    if (!isLegalTransition(m_state, to)) {
        qCWarning(lcSession, "transition %s -> %s (%s) refused", nameOf(m_state), nameOf(to),
                  nameOf(why));
        return false;
    }
    qCDebug(lcSession, "state %s -> %s (%s)", nameOf(m_state), nameOf(to), nameOf(why));
    m_state = to;
    Q_EMIT stateChanged(to);
    return true;
}

void LiveSession::setOptions(const LiveSessionOptions &options)
{
    m_options = options;
    if (m_connection)
        m_connection->setTimeouts(timeoutsOf(options));
    // The buffers take their bounds now only when there is no conversation to lose.
    if (m_state != State::Idle && m_state != State::Closed && m_state != State::Failed)
        return;
    m_chunker = AudioChunker(options.audioChunkMs);
    m_pending = OutgoingBuffer(outgoingLimits(options));
    m_replay = ReplayLog(options.replayLimits);
    m_transcript = ConversationTranscript(options.transcriptLimits);
    if (m_state == State::Idle)
        m_usage = UsageAccumulator(options.usageReporting);
}

bool LiveSession::open(const EndpointConfig &endpoint, const Setup &setup)
{
    return open(QList<EndpointConfig> {endpoint}, setup);
}

bool LiveSession::open(const QList<EndpointConfig> &endpoints, const Setup &setup)
{
    if (m_state != State::Idle && m_state != State::Closed && m_state != State::Failed) {
        qCWarning(lcSession, "open() ignored: a connection is already under way");
        return false;
    }
    const bool reopened = m_state != State::Idle;
    m_lastError = {};
    m_goAwayDeadlineMs = -1;
    m_pending.clear();
    m_chunker.clear();
    m_replay.clear();
    m_transcript.clear();
    m_replayPlan.clear();
    m_setup = setup;
    m_endpoints = endpoints;
    m_endpointIndex = 0;
    m_endpointsTried = 1;
    m_everLive = false;
    m_recovery = Recovery::None;
    m_freshReason = FreshReason::None;
    m_attempt = 0;
    m_rejectionsInRow = 0;
    m_turnInProgress = m_replyExpected = m_speechSinceTurn = false;
    m_serverResumable = false;
    m_lastGoAwayDeadlineMs = -1;
    setStalled(false);
    m_stallCause = StallCause::None;
    m_textReplies = setup.generationConfig
                    && setup.generationConfig->responseModalities.contains(Modality::Text);
    // A handle in the setup resumes that session; a refused one falls back to a fresh session.
    m_handle = setup.sessionResumption ? setup.sessionResumption->handle : QString();
    m_handleIssuedMs = m_handle.isEmpty() ? -1 : m_clock.elapsed();
    m_handleEndpointIndex = 0;
    m_attemptMode = m_handle.isEmpty() ? ResumeMode::Fresh : ResumeMode::Resumed;

    if (m_endpoints.isEmpty()) {
        fail(makeError(ErrorCategory::ModelConfig, tr("No endpoint to connect to.")));
        return false;
    }
    if (setup.model.isEmpty()) {
        fail(makeError(ErrorCategory::ModelConfig, tr("The setup names no model.")));
        return false;
    }
    if (m_network == nullptr && m_options.networkWatch != NetworkWatch::Ignore) {
        m_network = new NetworkMonitor(this);
        connect(m_network, &NetworkMonitor::becameReachable, this, [this] {
            qCInfo(lcSession, "the network is reachable again");
            reconnectNow();
        });
    }
    m_scrubber.clear();
    for (const EndpointConfig &endpoint : std::as_const(m_endpoints))
        m_scrubber.addEndpoint(endpoint);
    m_scrubber.addEnvironment();
    if (reopened)
        m_usage.startConnection(ConnectionStart::NewSession);
    // The Connecting state's observers (the CLI's event) read the URL: it is known before.
    m_redactedUrl = buildConnectionTarget(m_endpoints.first()).redactedUrl;
    transition(State::Connecting, TransitionReason::OpenRequested);
    return connectSocket();
}

bool LiveSession::connectSocket()
{
    const EndpointConfig &endpoint = m_endpoints.at(m_endpointIndex);
    const ConnectionTarget target = buildConnectionTarget(endpoint);
    m_redactedUrl = target.redactedUrl;
    if (!target.isValid()) {
        fail(makeError(target.auth == AuthKind::None ? ErrorCategory::Auth
                                                     : ErrorCategory::ModelConfig,
                       target.error));
        return false;
    }
    retireConnection();
    auto *connection = new LiveConnection(m_scrubber, this);
    connect(connection, &LiveConnection::upgraded, this, &LiveSession::handleConnected);
    connect(connection, &LiveConnection::frameReceived, this, &LiveSession::handleFrame);
    connect(connection, &LiveConnection::pingSent, this, [this] { ++m_stats.pingsSent; });
    connect(connection, &LiveConnection::pongReceived, this, [this](quint64 elapsedMs) {
        m_lastInboundMs = m_clock.elapsed();
        ++m_stats.pongsReceived;
        qCDebug(lcSession, "pong after %llu ms", static_cast<unsigned long long>(elapsedMs));
    });
    connect(connection, &LiveConnection::closed, this, &LiveSession::handleConnectionClosed);
    connect(connection, &LiveConnection::lost, this, [this](const ConnectionLoss &loss) {
        connectionLost(loss.error, loss.reason, loss.beforeUpgrade);
    });
    m_connection = connection;

    qCInfo(lcSession, "connecting to %s (%s)", qPrintable(m_redactedUrl),
           qPrintable(resumeModeName(m_attemptMode)));
    return connection->open(target.request, timeoutsOf(m_options));
}

void LiveSession::close()
{
    m_retryTimer.stop();
    m_handoverTimer.stop();
    disarmWatchdog();
    switch (m_state) {
    case State::Idle:
    case State::Closed:
    case State::Failed:
    case State::Closing:
        return;
    case State::Connecting:
    case State::SettingUp:
    case State::Live:
    case State::Reconnecting:
        break;
    }
    m_recovery = Recovery::None;
    m_pending.clear();
    const LiveConnection::State socketState = m_connection ? m_connection->state()
                                                           : LiveConnection::State::Closed;
    switch (socketState) {
    case LiveConnection::State::Idle:
    case LiveConnection::State::Connecting:
    case LiveConnection::State::Closed:
        // Nothing open to close politely: still connecting, or waiting out a backoff.
        retireConnection();
        transition(State::Closed, TransitionReason::CloseRequested);
        return;
    case LiveConnection::State::SettingUp:
    case LiveConnection::State::Open:
        transition(State::Closing, TransitionReason::CloseRequested);
        m_connection->close(m_options.closeTimeoutMs);
        return;
    case LiveConnection::State::Closing:
        // A handover's close handshake is under way: its end is now the session's.
        transition(State::Closing, TransitionReason::CloseRequested);
        return;
    }
}

// Our close was answered (or timed out), a handover's old socket is gone, or the server closed
// cleanly.
void LiveSession::handleConnectionClosed()
{
    if (m_recovery == Recovery::HandoverClosing) {
        finishHandoverClose();
        return;
    }
    retireConnection();
    if (m_state == State::Closing) {
        transition(State::Closed, TransitionReason::CloseAnswered);
        return;
    }
    disarmWatchdog();
    transition(State::Closed, TransitionReason::ServerClosed);
}

void LiveSession::fail(const SessionError &error)
{
    m_retryTimer.stop();
    m_handoverTimer.stop();
    disarmWatchdog();
    m_pending.clear();
    m_replayPlan.clear();
    m_recovery = Recovery::None;
    m_lastError = error;
    // Reported through errorOccurred; the application decides how to show it.
    qCInfo(lcSession, "session failed (%s): %s", qPrintable(categoryName(error.category)),
           qPrintable(error.message));
    retireConnection();
    transition(State::Failed, TransitionReason::Failed);
    Q_EMIT errorOccurred(error);
}

void LiveSession::retireConnection()
{
    if (!m_connection)
        return;
    LiveConnection *connection = m_connection;
    m_connection = nullptr;
    connection->disconnect(this);
    connection->abort();
    // It may be the sender of the signal being handled.
    connection->deleteLater();
}

bool LiveSession::canWrite() const
{
    return m_connection && m_connection->canSend();
}

bool LiveSession::setupConfirmed() const
{
    return m_connection && m_connection->openForMs() >= 0;
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
        if (!holdingForHandover()) {
            noteOutgoing(message);
            write(message);
            return SendResult::Sent;
        }
        // A goAway handover is due at this turn boundary: input waits for the new connection.
        [[fallthrough]];
    case State::Connecting:
    case State::SettingUp:
    case State::Reconnecting: {
        const OutgoingBuffer::PushResult r = m_pending.push(message);
        if (!r.queued) {
            return refuse(tr("%1 messages are already waiting for the session to start")
                                  .arg(m_pending.otherMessages()));
        }
        noteOutgoing(message);
        if (r.droppedAudioMs > 0 || r.droppedVideoFrames > 0) {
            m_stats.droppedAudioMs += r.droppedAudioMs;
            m_stats.droppedVideoFrames += r.droppedVideoFrames;
            qCWarning(lcSession,
                      "no connection for longer than the buffer holds: %lld ms of the oldest "
                      "audio and %d video frames dropped",
                      static_cast<long long>(r.droppedAudioMs), r.droppedVideoFrames);
            Q_EMIT inputDropped(r.droppedAudioMs, r.droppedVideoFrames);
        }
        return SendResult::Queued;
    }
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

// What the app's messages tell the session about the conversation: the transcript, and whether a
// reply is now expected (the watchdog). Replays and history do not pass through here.
void LiveSession::noteOutgoing(const ClientMessage &message)
{
    if (const auto *in = std::get_if<RealtimeInput>(&message)) {
        if (in->text) {
            m_transcript.addUserText(*in->text);
            armWatchdog(StallCause::UserTurn);
        }
        if (in->activityEnd || (in->audioStreamEnd && m_speechSinceTurn))
            armWatchdog(StallCause::UserTurn);
    } else if (const auto *cc = std::get_if<ClientContent>(&message)) {
        for (const Content &turn : cc->turns) {
            if (turn.role == u"model")
                continue;
            for (const Part &part : turn.parts)
                m_transcript.addUserText(part.text);
        }
        if (cc->turnComplete.value_or(false))
            armWatchdog(StallCause::UserTurn);
    } else if (const auto *tr = std::get_if<ToolResponse>(&message)) {
        if (isBlockingResponse(*tr))
            armWatchdog(StallCause::ToolResponse);
    }
}

void LiveSession::write(const ClientMessage &message)
{
    const QByteArray json = encodeClientMessage(message);
    const qint64 index = m_connection ? m_connection->sendText(json) : -1;
    if (index < 0)
        return; // callers check canWrite(); a connection that ended meanwhile keeps nothing
    m_stats.bytesSent += json.size();
    ++m_stats.messagesSent;
    AudioContent audio = AudioContent::None;
    if (const auto *input = std::get_if<RealtimeInput>(&message)) {
        if (input->audio) {
            ++m_stats.audioChunksSent;
            m_stats.audioBytesSent += input->audio->data.size();
            audio = hasSpeech(input->audio->data) ? AudioContent::Speech : AudioContent::Silence;
            Q_EMIT audioWritten(input->audio->data, steadyNowUs());
        } else if (input->video) {
            ++m_stats.videoFramesSent;
        }
    }
    if (expectsReply(message))
        m_replyExpected = true;
    m_replay.record(index, message, audio, m_clock.elapsed());
    if (lcSession().isDebugEnabled() && !std::holds_alternative<RealtimeInput>(message))
        qCDebug(lcSession, "sent %s (%lld bytes)", qPrintable(describe(message)),
                static_cast<long long>(json.size()));
}

bool LiveSession::expectsReply(const ClientMessage &message) const
{
    if (const auto *in = std::get_if<RealtimeInput>(&message))
        return in->text || in->activityEnd || (in->audioStreamEnd && m_speechSinceTurn);
    if (const auto *cc = std::get_if<ClientContent>(&message))
        return cc->turnComplete.value_or(false);
    if (const auto *tr = std::get_if<ToolResponse>(&message))
        return isBlockingResponse(*tr);
    return false;
}

void LiveSession::flushQueue()
{
    const QList<ClientMessage> queued = m_pending.takeAll();
    for (const ClientMessage &message : queued) {
        if (m_state != State::Live || !canWrite())
            break;
        m_gapBufferedAudioMs += audioDurationMs(message);
        write(message);
    }
}

SendResult LiveSession::sendAudio(QByteArrayView pcm16kMono)
{
    if (m_state != State::Live && m_state != State::Connecting && m_state != State::SettingUp
        && m_state != State::Reconnecting)
        return send(RealtimeInput {}); // refused with the state in the reason
    if (!m_speechSinceTurn && hasSpeech(pcm16kMono))
        m_speechSinceTurn = true;
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

SendResult LiveSession::sendAudioStreamEnd(StreamPause why)
{
    flushAudio();
    if (why == StreamPause::QuietRoom)
        m_speechSinceTurn = false;
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
    m_lastInboundMs = m_clock.elapsed();
    if (m_state == State::Connecting)
        transition(State::SettingUp, TransitionReason::Upgraded);
    // The connection numbers its messages from the setup (= 0): what the new connection has
    // consumed starts here.
    m_replay.clear();
    // The setup goes out first and alone; everything else waits for setupComplete.
    write(ClientMessage(setupForAttempt()));
}

} // namespace livedesk::session
