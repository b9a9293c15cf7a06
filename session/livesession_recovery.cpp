// LiveSession, part two: keeping the conversation alive across connections. The goAway
// handover, reconnects after drops, fresh sessions seeded with the transcript, replay of what
// the server had not consumed, and the reply watchdog. The rules are in livesession.h; the
// decisions on errors in reconnectpolicy.h.
#include "session/livesession.h"

#include "session/logging.h"

#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace livedesk::session {

using namespace protocol;

bool LiveSession::hasUsableHandle() const
{
    return !m_handle.isEmpty() && handleAgeMs() < m_options.handleLifetimeMs;
}

qint64 LiveSession::handleAgeMs() const
{
    return m_handle.isEmpty() ? -1 : m_clock.elapsed() - m_handleIssuedMs;
}

Setup LiveSession::setupForAttempt() const
{
    Setup s = m_setup;
    s.model = modelForEndpoint(m_setup.model, m_endpoints.at(m_endpointIndex));
    if (s.sessionResumption)
        s.sessionResumption->handle = m_attemptMode == ResumeMode::Resumed ? m_handle : QString();
    if (m_attemptMode == ResumeMode::FreshWithHistory
        && m_options.historySeeding == HistorySeeding::HistoryConfig)
        s.historyConfig = HistoryConfig {true};
    return s;
}

ResumeMode LiveSession::chooseResumeMode() const
{
    // A handle belongs to the location that issued it: after a failover the session starts
    // afresh there.
    if (m_freshReason == FreshReason::None && m_setup.sessionResumption && hasUsableHandle()
        && m_handleEndpointIndex == m_endpointIndex)
        return ResumeMode::Resumed;
    if (!m_handle.isEmpty() && !hasUsableHandle())
        qCInfo(lcSession, "the resumption handle has expired; starting a fresh session");
    return m_transcript.turnCount() > 0 && m_options.historySeeding != HistorySeeding::None
                   ? ResumeMode::FreshWithHistory
                   : ResumeMode::Fresh;
}

bool LiveSession::connectionProven() const
{
    return m_turnOnConnection
           || m_clock.elapsed() - m_connectedAtMs >= m_options.provenConnectionMs;
}

bool LiveSession::hasSpeech(QByteArrayView pcm16k) const
{
    // Any 10 ms frame above the threshold: cheap, and enough to tell speech from silence.
    constexpr qsizetype kFrameSamples = 160;
    const auto *samples = reinterpret_cast<const qint16 *>(pcm16k.data());
    const qsizetype count = pcm16k.size() / 2;
    const double threshold = 32768.0 * std::pow(10.0, m_options.speechThresholdDbfs / 20.0);
    const double thresholdSquared = threshold * threshold;
    for (qsizetype start = 0; start < count; start += kFrameSamples) {
        const qsizetype end = std::min(count, start + kFrameSamples);
        double sum = 0;
        for (qsizetype i = start; i < end; ++i)
            sum += double(samples[i]) * double(samples[i]);
        if (sum / double(end - start) > thresholdSquared)
            return true;
    }
    return false;
}

// --- losing a connection -----------------------------------------------------------------------

void LiveSession::connectionLost(const SessionError &error, ReconnectReason reason,
                                 bool beforeUpgrade)
{
    if (m_state == State::Closing || m_state == State::Closed) {
        retireConnection();
        transition(State::Closed, TransitionReason::CloseRequested);
        return;
    }
    m_handoverTimer.stop();
    m_watchdogTimer.stop();
    if (m_options.reconnect == ReconnectMode::Off) {
        fail(error);
        return;
    }
    RecoveryContext context;
    context.wasLive = m_everLive;
    const bool setupDone = setupConfirmed();
    context.resumeAttempt = m_attemptMode == ResumeMode::Resumed && !setupDone;
    context.beforeUpgrade = beforeUpgrade;
    context.endpointCount = int(m_endpoints.size());
    context.reason = reason;
    context.afterSetup = setupDone;
    if (setupDone && connectionProven()) {
        // A connection that worked: the failures before it are history.
        m_attempt = 0;
        m_endpointsTried = 1;
        m_rejectionsInRow = 0;
    }
    context.attempt = m_attempt + 1;
    context.endpointsTriedThisRound = m_endpointsTried;
    context.rejectionsInRow = m_rejectionsInRow;
    const RecoveryDecision d = decideRecovery(error, context, m_options.backoff,
                                              QRandomGenerator::global()->generateDouble());
    if (setupDone)
        enterGap(d.reason, error); // a live connection ended: the gap starts now
    else
        ++m_stats.failedAttempts;
    switch (d.action) {
    case RecoveryAction::None:
    case RecoveryAction::GiveUp:
        fail(error);
        return;
    case RecoveryAction::FreshSession:
        qCInfo(lcSession, "the server refused the resumption handle; starting a fresh session");
        m_freshReason = FreshReason::HandleRefused;
        m_handle.clear();
        m_handleIssuedMs = -1;
        Q_EMIT resumptionHandleChanged();
        break;
    case RecoveryAction::NextEndpoint:
        m_endpointIndex = (m_endpointIndex + 1) % int(m_endpoints.size());
        ++m_endpointsTried;
        qCInfo(lcSession, "trying the next endpoint (%d of %lld)", m_endpointIndex + 1,
               static_cast<long long>(m_endpoints.size()));
        break;
    case RecoveryAction::Reconnect:
        if (d.reason == ReconnectReason::ServerRejected)
            ++m_rejectionsInRow;
        break;
    }
    // Reported, not fatal: the state says Reconnecting (or Connecting on a first failover).
    retireConnection();
    if (m_everLive)
        transition(State::Reconnecting, TransitionReason::ConnectionLost);
    Q_EMIT errorOccurred(error);
    if (m_state == State::Failed || m_state == State::Closing || m_state == State::Closed)
        return; // a slot reacting to the error ended the session
    scheduleAttempt(d.delayMs, d.reason, error);
}

void LiveSession::enterGap(ReconnectReason reason, const SessionError &error)
{
    if (m_recovery == Recovery::HandoverClosing || m_recovery == Recovery::Gap)
        return;
    m_recovery = Recovery::Gap;
    m_gapStartMs = m_clock.elapsed();
    m_gapBufferedAudioMs = 0;
    m_gapReason = reason;
    m_gapCloseCode = error.closeCode;
    m_gapDetail = error.message;
    setStalled(false);
    planReplay();
}

void LiveSession::planReplay()
{
    const bool transparent = m_setup.sessionResumption
                             && m_setup.sessionResumption->transparent.value_or(false);
    // Without transparent mode the handle is all the server kept. Whatever the user said since
    // it counts only if a turn was cut (or never answered): then it is said again.
    const bool cut = m_turnInProgress || m_replyExpected || m_replay.hasSpeech();
    const ReplayScope scope = transparent ? ReplayScope::Everything
                              : cut       ? ReplayScope::UserInput
                                          : ReplayScope::Unspecified;
    m_replayPlan = scope == ReplayScope::Unspecified ? QList<ClientMessage> {}
                                                     : m_replay.messages(scope);
    if (!m_replayPlan.isEmpty() && m_replay.overflowed())
        qCWarning(lcSession, "the replay is incomplete: the oldest unconsumed input outgrew the "
                             "replay buffer");
}

void LiveSession::scheduleAttempt(int delayMs, ReconnectReason reason, const SessionError &error)
{
    retireConnection();
    if (m_everLive)
        transition(State::Reconnecting, TransitionReason::ConnectionLost);
    ++m_attempt;
    ReconnectInfo info;
    info.reason = reason;
    info.attempt = m_attempt;
    info.delayMs = delayMs;
    info.closeCode = error.closeCode;
    info.endpointIndex = m_endpointIndex;
    info.detail = error.message;
    qCInfo(lcSession, "reconnect attempt %d (%s) in %d ms", m_attempt,
           qPrintable(reconnectReasonName(reason)), delayMs);
    Q_EMIT reconnecting(info);
    m_retryTimer.start(delayMs);
}

void LiveSession::startAttempt()
{
    if (m_state == State::Closing || m_state == State::Closed || m_state == State::Failed)
        return;
    m_attemptMode = m_everLive ? chooseResumeMode()
                               : (m_handle.isEmpty() || m_freshReason != FreshReason::None
                                          ? ResumeMode::Fresh
                                          : ResumeMode::Resumed);
    if (m_everLive) {
        m_usage.startConnection(m_attemptMode == ResumeMode::Resumed ? ConnectionStart::Resumed
                                                                     : ConnectionStart::NewSession);
    }
    connectSocket();
}

void LiveSession::reconnectNow()
{
    if (!m_retryTimer.isActive())
        return;
    m_retryTimer.stop();
    startAttempt();
}

// --- back to Live ------------------------------------------------------------------------------

void LiveSession::sendAfterSetup(const QString &sessionId)
{
    if (!m_everLive) {
        m_everLive = true;
        m_attempt = 0;
        m_endpointsTried = 1;
        flushQueue();
        if (m_stallCause != StallCause::None && m_options.replyTimeoutMs > 0)
            m_watchdogTimer.start(m_options.replyTimeoutMs);
        Q_EMIT setupCompleted(sessionId);
        return;
    }

    ReconnectInfo info;
    info.reason = m_gapReason;
    info.mode = m_attemptMode;
    info.attempt = m_attempt;
    info.closeCode = m_gapCloseCode;
    info.endpointIndex = m_endpointIndex;
    info.detail = m_gapDetail;
    info.gapMs = m_clock.elapsed() - m_gapStartMs;
    info.handleAgeMs = m_attemptMode == ResumeMode::Resumed ? handleAgeMs() : -1;

    int historyTurns = 0;
    if (m_attemptMode == ResumeMode::FreshWithHistory) {
        const QList<Content> history = m_transcript.history();
        historyTurns = int(history.size());
        if (history.isEmpty()) {
            info.mode = ResumeMode::Fresh;
        } else {
            // With historyConfig a complete clientContent is history and triggers no reply;
            // without it, turnComplete:false appends to the context without a reply.
            const bool asHistory = m_options.historySeeding == HistorySeeding::HistoryConfig;
            write(ClientContent {history, asHistory});
            m_replyExpected = false; // history asks for no reply
        }
    }
    const bool resumed = m_attemptMode == ResumeMode::Resumed;
    if (!m_replayPlan.isEmpty())
        m_transcript.discardPendingModelText(); // the replayed question gets a whole answer
    for (const ClientMessage &message : std::as_const(m_replayPlan)) {
        // A fresh session never made the calls a toolResponse would answer.
        if (!resumed && std::holds_alternative<ToolResponse>(message))
            continue;
        write(message);
        ++info.replayedMessages;
    }
    m_replayPlan.clear();
    m_gapBufferedAudioMs = 0;
    flushQueue();
    info.bufferedAudioMs = m_gapBufferedAudioMs;

    ++m_stats.reconnects;
    if (resumed)
        ++m_stats.resumptions;
    else
        ++m_stats.freshSessions;
    m_stats.lastGapMs = info.gapMs;
    m_stats.longestGapMs = std::max(m_stats.longestGapMs, info.gapMs);
    m_stats.totalGapMs += info.gapMs;
    m_stats.bufferedAudioMs += info.bufferedAudioMs;
    m_stats.replayedMessages += info.replayedMessages;
    m_recovery = Recovery::None;
    // A resumed connection never follows a refusal or the cap: whatever forced a new session
    // has been dealt with.
    if (!resumed)
        m_freshReason = FreshReason::None;
    // m_attempt and m_endpointsTried stay: this connection has yet to prove itself
    // (connectionProven()); a server that closes every connection at once gets backoff.
    if (!resumed) {
        // A new session: its first turns are its own, and no handle of the old one applies.
        m_turnInProgress = false;
        m_serverResumable = false;
    }
    qCInfo(lcSession,
           "live again (%s, %s) after a gap of %lld ms; %d messages replayed, %lld ms "
           "of buffered audio sent",
           qPrintable(reconnectReasonName(info.reason)), qPrintable(resumeModeName(info.mode)),
           static_cast<long long>(info.gapMs), info.replayedMessages,
           static_cast<long long>(info.bufferedAudioMs));
    if (m_stallCause != StallCause::None && m_options.replyTimeoutMs > 0)
        m_watchdogTimer.start(m_options.replyTimeoutMs);
    Q_EMIT setupCompleted(sessionId);
    if (m_state != State::Live)
        return; // a slot closed the session
    Q_EMIT reconnected(info);
    if (info.mode == ResumeMode::FreshWithHistory)
        Q_EMIT contextRestored(historyTurns);
}

// --- goAway handover ---------------------------------------------------------------------------

void LiveSession::onGoAway(qint64 timeLeftMs)
{
    ++m_stats.goAways;
    if (m_recovery == Recovery::None)
        m_recovery = Recovery::GoAwayPending;
    const qint64 now = m_clock.elapsed();
    m_goAwayDeadlineMs = now + timeLeftMs;
    // A deadline that did not move when the connection did belongs to the session (its length
    // cap without compression): resuming again only meets it again, so the next connection
    // starts a fresh session with the transcript instead.
    if (m_lastGoAwayDeadlineMs >= 0 && m_stats.connections > 1
        && m_goAwayDeadlineMs <= m_lastGoAwayDeadlineMs + 250) {
        if (m_freshReason != FreshReason::SessionCap)
            qCInfo(lcSession, "the session itself is ending (its length cap); the next "
                              "connection starts a fresh session with the transcript");
        m_freshReason = FreshReason::SessionCap;
    }
    m_lastGoAwayDeadlineMs = m_goAwayDeadlineMs;
    // Mid-turn only when waiting longer would let the server cut the connection itself.
    const qint64 margin = std::min<qint64>(m_options.handoverMarginMs, timeLeftMs / 2);
    m_handoverForceAtMs = m_goAwayDeadlineMs - margin;
    qCInfo(lcSession, "goAway: %lld ms left", static_cast<long long>(timeLeftMs));
    Q_EMIT goAwayReceived(timeLeftMs);
    maybeHandover();
}

bool LiveSession::atTurnBoundary() const
{
    // Nothing under way on the server: no model turn, no reply owed to input it has, no user
    // speech it is still listening to.
    return !m_turnInProgress && !m_replyExpected && !m_replay.hasSpeech();
}

bool LiveSession::holdingForHandover() const
{
    return m_state == State::Live && m_recovery == Recovery::GoAwayPending
           && m_options.reconnect != ReconnectMode::Off && atTurnBoundary();
}

bool LiveSession::readyForHandover() const
{
    if (!atTurnBoundary())
        return false;
    if (!m_setup.sessionResumption || m_freshReason == FreshReason::SessionCap)
        return true; // nothing to resume: a fresh session with the transcript, between turns
    return m_serverResumable && hasUsableHandle();
}

void LiveSession::maybeHandover()
{
    if (m_state != State::Live || m_recovery != Recovery::GoAwayPending
        || m_options.reconnect == ReconnectMode::Off)
        return;
    const qint64 now = m_clock.elapsed();
    const bool forced = now >= m_handoverForceAtMs;
    const bool ready = forced || readyForHandover();
    const qint64 tooYoungForMs = m_connectedAtMs + m_options.minConnectionAgeForHandoverMs - now;
    if (ready && tooYoungForMs <= 0) {
        startHandover(forced && !readyForHandover() ? ReconnectReason::GoAwayForced
                                                    : ReconnectReason::GoAway);
        return;
    }
    // Look again when the connection is old enough, or when waiting has to end.
    const qint64 nextMs = ready ? tooYoungForMs : m_handoverForceAtMs - now;
    m_handoverTimer.start(int(std::clamp<qint64>(nextMs, 0, 24LL * 3600 * 1000)));
}

void LiveSession::startHandover(ReconnectReason reason)
{
    if (!canWrite())
        return;
    m_handoverTimer.stop();
    m_watchdogTimer.stop();
    ++m_stats.handovers;
    if (reason == ReconnectReason::GoAwayForced)
        ++m_stats.forcedHandovers;
    SessionError why;
    why.message = reason == ReconnectReason::Stall
                          ? tr("No reply arrived; reconnecting to ask again.")
                          : tr("The server asked to move to a new connection (goAway).");
    enterGap(reason, why);
    m_recovery = Recovery::HandoverClosing;
    transition(State::Reconnecting, TransitionReason::HandoverStarted);
    m_attempt = 1;
    ReconnectInfo info;
    info.reason = reason;
    info.attempt = 1;
    info.endpointIndex = m_endpointIndex;
    info.detail = why.message;
    Q_EMIT reconnecting(info);
    // The service refuses a resume while the old socket is open: close it first, briefly wait
    // for the handshake, then connect.
    m_connection->close(m_options.handoverCloseTimeoutMs);
}

void LiveSession::finishHandoverClose()
{
    m_recovery = Recovery::Gap;
    retireConnection();
    startAttempt();
}

void LiveSession::noteTurnActivityDuringHandover(const ServerMessage &message)
{
    const bool turnStarted = (message.sessionResumptionUpdate
                              && !message.sessionResumptionUpdate->resumable)
                             || message.toolCall
                             || (message.serverContent
                                 && (message.serverContent->modelTurn
                                     || message.serverContent->outputTranscription
                                     || message.serverContent->generationComplete));
    const bool transparent = m_setup.sessionResumption
                             && m_setup.sessionResumption->transparent.value_or(false);
    if (!turnStarted || transparent || !m_replayPlan.isEmpty())
        return;
    // The server began answering just as the old connection closed: the handle predates the
    // question, so the resumed session must hear it again.
    qCInfo(lcSession, "a model turn started during the handover; the user's input will be "
                      "replayed");
    m_replayPlan = m_replay.messages(ReplayScope::UserInput);
}

// --- reply watchdog ----------------------------------------------------------------------------

void LiveSession::armWatchdog(StallCause cause)
{
    if (m_options.replyTimeoutMs <= 0)
        return;
    m_stallCause = cause;
    setStalled(false);
    // Input held for a handover starts its clock on the new connection (sendAfterSetup).
    if (m_state == State::Live && !holdingForHandover())
        m_watchdogTimer.start(m_options.replyTimeoutMs);
}

void LiveSession::disarmWatchdog()
{
    m_stallCause = StallCause::None;
    m_watchdogTimer.stop();
    setStalled(false);
}

void LiveSession::markUserTurnEnded()
{
    armWatchdog(StallCause::UserTurn);
}

void LiveSession::onWatchdogTimeout()
{
    if (m_state != State::Live || m_stallCause == StallCause::None)
        return;
    const qint64 silentMs = m_clock.elapsed() - m_lastInboundMs;
    ++m_stats.stalls;
    qCWarning(lcSession, "no reply: nothing from the server for %lld ms after the %s",
              static_cast<long long>(silentMs),
              m_stallCause == StallCause::ToolResponse ? "tool response" : "user's turn");
    setStalled(true);
    Q_EMIT replyStalled(m_stallCause, silentMs);
}

bool LiveSession::retryStalledTurn()
{
    if (!m_stalled)
        return false;
    setStalled(false);
    if (m_state != State::Live)
        return true; // a reconnect is already under way; it replays the turn
    const bool resend = (m_options.stallRecovery != StallRecovery::Reconnect
                         || m_options.reconnect == ReconnectMode::Off)
                        && m_stallCause == StallCause::UserTurn && m_replay.hasUserInput();
    if (!resend) {
        startHandover(ReconnectReason::Stall);
        return true;
    }
    // The same words again, on the same connection: what was sent since the latest handle.
    const QList<ClientMessage> turn = m_replay.messages(ReplayScope::UserInput);
    qCInfo(lcSession, "re-sending the stalled turn (%lld messages)",
           static_cast<long long>(turn.size()));
    m_replay.clear();
    for (const ClientMessage &message : turn)
        write(message);
    m_stats.replayedMessages += int(turn.size());
    m_watchdogTimer.start(m_options.replyTimeoutMs);
    return true;
}

void LiveSession::setStalled(bool stalled)
{
    if (m_stalled == stalled)
        return;
    m_stalled = stalled;
    Q_EMIT stalledChanged(stalled);
}

bool LiveSession::isBlockingResponse(const ToolResponse &response) const
{
    for (const FunctionResponse &r : response.functionResponses) {
        Behavior behavior = Behavior::Unspecified;
        for (const Tool &tool : m_setup.tools) {
            for (const FunctionDeclaration &f : tool.functionDeclarations) {
                if (f.name == r.name)
                    behavior = f.behavior;
            }
        }
        // NON_BLOCKING results may be spoken later or never (SILENT): no reply is owed.
        if (behavior != Behavior::NonBlocking)
            return true;
    }
    return false;
}

} // namespace livedesk::session
