// LiveSession, part two: what the server sends on the current connection. Every frame is
// scrubbed of the credentials, decoded leniently, and turned into the session's signals, its
// transcript and its view of the turn (what a handover or a replay depends on).
#include "session/livesession.h"

#include "session/logging.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace livedesk::session {

using namespace protocol;

namespace {

// The part's rate; 0 when it is labelled with one outside the supported range (or none that
// reads as a number).
int sampleRateOf(const QString &mimeType)
{
    static const QRegularExpression rate(u"rate=([^;]*)"_s);
    const auto match = rate.match(mimeType);
    if (!match.hasMatch())
        return 24000; // the service's output rate when the label omits it
    const int value = match.captured(1).trimmed().toInt();
    return value >= kMinModelAudioRateHz && value <= kMaxModelAudioRateHz ? value : 0;
}

SessionError makeError(ErrorCategory category, const QString &message)
{
    SessionError e;
    e.category = category;
    e.message = message;
    return e;
}

} // namespace

void LiveSession::handleFrame(const QByteArray &rawFrame)
{
    // A server that echoes the credential anywhere (text, transcripts, tool arguments) must not
    // get it into a log, an event or the history: scrubbed before anything reads the frame.
    const QByteArray frame = m_scrubber.scrub(rawFrame);
    m_stats.bytesReceived += rawFrame.size();
    ++m_stats.messagesReceived;
    m_lastInboundMs = m_clock.elapsed();
    if (m_stallCause != StallCause::None && !m_stalled && m_state == State::Live)
        m_watchdogTimer.start(m_options.replyTimeoutMs); // the server is still talking

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
    if (m_recovery == Recovery::HandoverClosing) {
        // The old connection's last words: its state is about to be replaced by the handle's.
        noteTurnActivityDuringHandover(message);
        return;
    }
    if (!setupConfirmed() && !message.setupComplete
        && (message.serverContent || message.toolCall || message.toolCallCancellation)) {
        // Content before setupComplete answers a setup the server never confirmed: taking it as
        // the reply would end a run "successfully" without the user's input ever being heard.
        connectionLost(makeError(ErrorCategory::Protocol,
                                 tr("Protocol error: the server sent content before "
                                    "setupComplete; the connection was dropped")),
                       ReconnectReason::None, false);
        return;
    }

    if (message.setupComplete) {
        if (m_connection && m_connection->state() == LiveConnection::State::SettingUp)
            handleSetupComplete(message.setupComplete->sessionId);
        else
            qCDebug(lcSession, "setupComplete outside the setup phase ignored");
    }
    // Within one message: content, then usage, then the end of the turn, so a report that rides
    // on turnComplete is counted with the turn it belongs to.
    if (message.serverContent)
        handleServerContent(*message.serverContent);
    if (message.toolCall) {
        m_usage.observeOutput(0, 0);
        m_turnInProgress = true;
        m_serverResumable = false;
        // The reply now waits on our tool, not on the server: re-armed by the toolResponse.
        disarmWatchdog();
        answerRejectedCalls(*message.toolCall);
        if (!message.toolCall->functionCalls.isEmpty())
            Q_EMIT toolCallReceived(*message.toolCall);
    }
    if (message.toolCallCancellation)
        Q_EMIT toolCallCancelled(message.toolCallCancellation->ids);
    if (message.usageMetadata) {
        m_usage.addReport(*message.usageMetadata);
        Q_EMIT usageUpdated(*message.usageMetadata);
    }
    // Before turnCompleted: whether more output follows (a NON_BLOCKING result still to come).
    if (message.serverContent && !message.serverContent->interactionStatus.isEmpty())
        Q_EMIT interactionStatusReceived(message.serverContent->interactionStatus);
    if (message.serverContent && message.serverContent->turnComplete) {
        m_usage.endTurn();
        m_transcript.endModelTurn();
        ++m_stats.turnsCompleted;
        m_turnOnConnection = true;
        m_turnInProgress = false;
        m_replyExpected = false;
        m_speechSinceTurn = false;
        disarmWatchdog();
        // The answered input is in the transcript now; only transparent mode counts by index.
        if (!m_setup.sessionResumption || !m_setup.sessionResumption->transparent.value_or(false))
            m_replay.clear();
        Q_EMIT turnCompleted(message.serverContent->turnCompleteReason);
    }
    if (message.goAway)
        onGoAway(message.goAway->timeLeft.count());
    if (message.sessionResumptionUpdate)
        handleResumptionUpdate(*message.sessionResumptionUpdate);
    if (message.voiceActivity)
        Q_EMIT voiceActivityReceived(message.voiceActivity->type);
    if (message.voiceActivityDetectionSignal) {
        const auto type = message.voiceActivityDetectionSignal->vadSignalType;
        Q_EMIT voiceActivityReceived(
                type == VadSignalType::StartOfSpeech ? VoiceActivityType::ActivityStart
                : type == VadSignalType::EndOfSpeech ? VoiceActivityType::ActivityEnd
                                                     : VoiceActivityType::Unspecified);
    }
    if (message.serverContent && message.serverContent->turnComplete)
        maybeHandover();
}

void LiveSession::handleSetupComplete(const QString &sessionId)
{
    m_connection->confirmSetup();
    m_connectedAtMs = m_clock.elapsed();
    m_turnOnConnection = false;
    ++m_stats.connections;
    m_goAwayDeadlineMs = -1;
    if (m_recovery == Recovery::GoAwayPending)
        m_recovery = Recovery::None;
    m_handoverTimer.stop();
    transition(State::Live,
               m_everLive ? TransitionReason::Recovered : TransitionReason::SetupConfirmed);
    Q_EMIT connectionCountChanged(m_stats.connections);
    // Replays and buffered input go first; setupCompleted() comes after them, so whatever the
    // app sends in reaction is queued behind them, in order.
    sendAfterSetup(sessionId);
}

void LiveSession::reportSkippedAudio(const QString &mimeType)
{
    // The first, then every hundredth: a server that labels every part so must not flood the
    // log and the event file.
    if (++m_stats.audioPartsSkipped % 100 != 1)
        return;
    SessionError e = makeError(ErrorCategory::Protocol,
                               tr("Model audio labelled \"%1\" was skipped: LiveDesk plays audio "
                                  "at %2–%3 Hz (%4 skipped "
                                  "so far)")
                                       .arg(mimeType.left(80))
                                       .arg(kMinModelAudioRateHz)
                                       .arg(kMaxModelAudioRateHz)
                                       .arg(m_stats.audioPartsSkipped));
    qCWarning(lcSession, "%s", qPrintable(e.message));
    Q_EMIT errorOccurred(e);
}

void LiveSession::handleServerContent(const ServerContent &content)
{
    if (content.modelTurn || content.outputTranscription || content.generationComplete) {
        m_turnInProgress = true;
        m_serverResumable = false;
    }
    if (content.modelTurn) {
        for (const Part &part : content.modelTurn->parts) {
            if (part.inlineData && part.inlineData->mimeType.startsWith("audio/"_L1)) {
                const int rate = sampleRateOf(part.inlineData->mimeType);
                if (rate == 0) {
                    reportSkippedAudio(part.inlineData->mimeType);
                    continue;
                }
                const qint64 bytes = part.inlineData->data.size();
                const qint64 ms = bytes * 1000 / (2 * qint64(rate));
                m_stats.audioBytesReceived += bytes;
                m_stats.audioMsReceived += ms;
                m_usage.observeOutput(ms, 0);
                Q_EMIT audioReceived(part.inlineData->data, rate);
            } else if (part.inlineData) {
                // Video parts (Vertex 3.8's live avatar) or other inline data: LiveDesk never
                // asks for them and has nowhere to show them, so they are left alone, quietly.
                continue;
            } else if (!part.text.isEmpty()) {
                if (!part.thought) {
                    m_usage.observeOutput(0, part.text.size());
                    if (m_textReplies)
                        m_transcript.addModelText(part.text);
                }
                Q_EMIT textReceived(part.text, part.thought ? TextKind::Thought : TextKind::Answer);
            }
        }
    }
    if (content.inputTranscription) {
        m_transcript.addUserSpeech(content.inputTranscription->text);
        Q_EMIT inputTranscriptionReceived(*content.inputTranscription);
    }
    if (content.interimInputTranscription)
        Q_EMIT interimInputTranscriptionReceived(*content.interimInputTranscription);
    if (content.outputTranscription) {
        m_usage.observeOutput(0, 0);
        if (!m_textReplies)
            m_transcript.addModelText(content.outputTranscription->text);
        Q_EMIT outputTranscriptionReceived(*content.outputTranscription);
    }
    if (content.groundingMetadata)
        Q_EMIT groundingReceived(*content.groundingMetadata);
    if (content.interrupted)
        Q_EMIT interrupted();
    if (content.generationComplete)
        Q_EMIT generationCompleted();
}

void LiveSession::handleResumptionUpdate(const SessionResumptionUpdate &update)
{
    if (update.resumable && !update.newHandle.isEmpty()) {
        m_handle = update.newHandle;
        m_handleIssuedMs = m_clock.elapsed();
        m_handleEndpointIndex = m_endpointIndex;
        m_serverResumable = true;
        m_turnInProgress = false;
        // What the handle covers needs no replay. In transparent mode the server says how far it
        // got. Otherwise it is taken to cover what went out a round trip before it arrived:
        // a message sent just before may still have been on its way when the handle was made.
        if (update.lastConsumedClientMessageIndex)
            m_replay.trimThrough(*update.lastConsumedClientMessageIndex);
        else
            m_replay.trimSentBefore(m_clock.elapsed() - m_options.handleCoverMarginMs);
        Q_EMIT resumptionHandleChanged();
    } else {
        m_serverResumable = false;
        m_turnInProgress = true; // generating, or running a function call
    }
    Q_EMIT resumptionUpdated(update.newHandle, update.resumable);
    maybeHandover();
}

void LiveSession::answerRejectedCalls(const ToolCall &call)
{
    if (call.rejectedCalls.isEmpty() || m_state != State::Live || !canWrite())
        return;
    // A call the codec could not read still waits for an answer on the server: an error for it
    // lets the model go on (and the valid calls beside it are answered by the app as usual).
    ToolResponse response;
    for (const RejectedFunctionCall &rejected : call.rejectedCalls) {
        qCWarning(lcSession, "tool call %s could not be read: %s", qPrintable(rejected.id),
                  qPrintable(rejected.error));
        if (rejected.id.isEmpty())
            continue; // nothing the server could match an answer to
        // The service requires a name; the id is what it matches the answer by.
        response.functionResponses.append(
                FunctionResponse {.id = rejected.id,
                                  .name = rejected.name.isEmpty() ? u"unreadable_call"_s
                                                                  : rejected.name,
                                  .response = QJsonObject {
                                          {u"error"_s, u"The call could not be read: %1"_s.arg(
                                                               rejected.error)}}});
    }
    if (response.functionResponses.isEmpty())
        return;
    if (call.functionCalls.isEmpty())
        send(response); // the model's reply now waits on this answer alone: the watchdog runs
    else
        write(response);
}

} // namespace livedesk::session
