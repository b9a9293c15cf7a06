// SimConnection, part two: turn-taking. Voice activity and manual activity signals end the
// user's turns; each model turn plays the next scenario turn (a tool call first, if any), and
// barge-in or clientContent cut it short (live-protocol.md §4.2-4.4, §6 items 8-12). What the
// client sends is taken apart in clientinput.cpp.
#include "simulator/connection.h"

#include "simulator/logging.h"
#include "simulator/simulator_p.h"
#include "simulator/speech.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

using namespace protocol;

namespace {

ServerMessage contentMessage(ServerContent content)
{
    ServerMessage m;
    m.serverContent = std::move(content);
    return m;
}

} // namespace

// --- voice activity ----------------------------------------------------------------------------

void SimConnection::sendVoiceActivity(bool start, qint64 atMs)
{
    if (m_sim->options.vertexFlavour) {
        ServerMessage m;
        m.voiceActivity = VoiceActivity {start ? VoiceActivityType::ActivityStart
                                               : VoiceActivityType::ActivityEnd,
                                         Milliseconds(atMs)};
        send(m);
    }
    if (m_dialect == Dialect::VertexAi && m_sim->options.serverFields.speechState) {
        ServerMessage m;
        m.speechState = SpeechState {start ? u"USER_SPEAKING"_s : u"USER_NOT_SPEAKING"_s};
        send(m);
    }
    if (m_explicitVadSignal) {
        ServerMessage m;
        m.voiceActivityDetectionSignal = VoiceActivityDetectionSignal {
                start ? VadSignalType::StartOfSpeech : VadSignalType::EndOfSpeech};
        send(m);
    }
}

void SimConnection::onSpeechStarted(qint64 atMs)
{
    m_userSpeaking = true;
    sendVoiceActivity(true, atMs);
    interrupt(InterruptCause::Activity);
}

void SimConnection::onSpeechEnded(qint64 atMs, qint64 speechMs)
{
    m_userSpeaking = false;
    sendVoiceActivity(false, atMs);
    // The held reply goes first; the speech that held it is answered after it (it is queued
    // like speech during an uninterruptible turn).
    releaseHeldReply();
    userTurnEnded({UserTurnSource::Audio, double(speechMs) / 1000.0, {}});
}

// --- model turns -------------------------------------------------------------------------------

bool SimConnection::hasBlockingCallPending() const
{
    for (const PendingCall &call : m_pendingCalls) {
        if (!call.nonBlocking)
            return true;
    }
    return false;
}

ReplyContext SimConnection::replyContext(const UserTurn &turn, int turnIndex) const
{
    ReplyContext c;
    c.speechSeconds = turn.speechSeconds;
    c.userText = turn.text;
    c.turnNumber = turnIndex + 1;
    c.videoFrames = m_sessionState.videoFrames;
    c.lastFrameSize = m_sessionState.lastFrameSize;
    c.lastFrameBytes = m_sessionState.lastFrameBytes;
    return c;
}

void SimConnection::interrupt(InterruptCause cause)
{
    if (m_phase == TurnPhase::Idle)
        return;
    if (cause == InterruptCause::Activity && !m_interruptible)
        return; // NO_INTERRUPTION: the model finishes its turn
    qCInfo(lcSimulator) << "connection" << m_id << "turn" << m_turnIndex << "interrupted";
    m_replyHeld = false;
    if (m_stream) {
        m_stream->stop();
        if (m_modality == ReplyModality::Audio)
            m_sessionState.usage.addResponseAudioMs(m_stream->audioSentMs());
        else
            m_sessionState.usage.addResponseText(m_stream->textSentCharacters());
        m_sessionState.history.append(Content {u"model"_s, {Part {.text = m_stream->textSent()}}});
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    m_turnCompleteTimer.stop();
    flushInputTranscription();
    QStringList cancelled;
    for (auto it = m_pendingCalls.begin(); it != m_pendingCalls.end();) {
        if (!it->nonBlocking) {
            cancelled.append(it.key());
            m_cancelledCalls.insert(it.key());
            it = m_pendingCalls.erase(it);
        } else {
            ++it;
        }
    }
    if (!cancelled.isEmpty()) {
        ServerMessage m;
        m.toolCallCancellation = ToolCallCancellation {cancelled};
        send(m);
    }
    send(contentMessage(ServerContent {.interrupted = true}));
    ServerMessage done = contentMessage(ServerContent {.turnComplete = true});
    done.usageMetadata = m_sessionState.usage.metadata();
    send(done);
    m_phase = TurnPhase::Idle;
    m_sessionState.modelTurnCompleted = true;
    sendResumptionUpdate(true);
    Q_EMIT m_sim->q->turnCompleted(m_turnIndex);
}

void SimConnection::userTurnEnded(UserTurn turn)
{
    if (m_sim->swallowReplies > 0 && m_phase == TurnPhase::Idle) {
        --m_sim->swallowReplies;
        qCInfo(lcSimulator) << "connection" << m_id << "swallows the reply to a user turn";
        return;
    }
    if (m_phase != TurnPhase::Idle) {
        // The model keeps the floor (NO_INTERRUPTION): answer once its turn is over.
        if (m_queuedUserTurn) {
            m_queuedUserTurn->speechSeconds += turn.speechSeconds;
            if (!turn.text.isEmpty())
                m_queuedUserTurn->text = turn.text;
        } else {
            m_queuedUserTurn = turn;
        }
        return;
    }
    startModelTurn(turn);
}

void SimConnection::startModelTurn(const UserTurn &turn)
{
    const int index = m_sessionState.modelTurnIndex++;
    m_turnIndex = index;
    const ScenarioTurn scripted = m_sim->scenario.turnFor(index, turn.text);
    const ReplyContext context = replyContext(turn, index);
    const QString transcript = expandPlaceholders(scripted.transcript, context);
    if (turn.source == UserTurnSource::Audio) {
        m_sessionState.history.append(
                Content {u"user"_s,
                         {Part {.text = transcript.isEmpty() ? u"(audio)"_s : transcript}}});
    }
    m_phase = TurnPhase::Generating;
    sendResumptionUpdate(false);
    if (turn.source == UserTurnSource::Audio && m_inputTranscription && !transcript.isEmpty())
        scheduleInputTranscription(transcript, scripted.language);

    if (scripted.toolCall) {
        const QString &name = scripted.toolCall->name;
        const auto declared = m_functions.constFind(name);
        if (declared == m_functions.constEnd()) {
            const QString fallback = scripted.fallbackReply.isEmpty()
                                             ? u"I would use the %1 tool for that, but this "
                                               "client has not declared it."_s.arg(name)
                                             : scripted.fallbackReply;
            generate(expandPlaceholders(fallback, context));
            return;
        }
        FunctionCall call {u"function-call-%1"_s
                                   .arg(qulonglong(QRandomGenerator::global()->generate64()), 16,
                                        16, QLatin1Char('0')),
                           name, scripted.toolCall->args};
        ServerMessage m;
        m.toolCall = ToolCall {{call}};
        send(m);
        m_sessionState.history.append(Content {u"model"_s, {Part {.functionCall = call}}});
        PendingCall pending {name, *declared == Behavior::NonBlocking, index, scripted, context};
        m_pendingCalls.insert(call.id, pending);
        if (pending.nonBlocking) {
            generate(expandPlaceholders(scripted.fillerReply, context));
            return;
        }
        m_phase = TurnPhase::AwaitingToolResponse;
        return;
    }
    generate(expandPlaceholders(scripted.reply, context));
}

void SimConnection::startResultTurn(const QString &text, int turnIndex)
{
    m_turnIndex = turnIndex;
    m_phase = TurnPhase::Generating;
    sendResumptionUpdate(false);
    generate(text);
}

QString SimConnection::replyLanguage(const ScenarioTurn &turn) const
{
    if (!turn.replyLanguage.isEmpty())
        return turn.replyLanguage;
    return m_translationTarget.isEmpty() ? m_speechLanguage : m_translationTarget;
}

void SimConnection::generate(const QString &text)
{
    const SimulatorOptions &o = m_sim->options;
    m_phase = TurnPhase::Generating;
    const auto &g = m_setup.generationConfig;
    if (o.serverFields.thoughts && g && g->thinkingConfig
        && g->thinkingConfig->includeThoughts.value_or(false) && !text.isEmpty()) {
        Content thought;
        thought.parts = {
                Part {.text = u"**Answering** I will answer: "_s + text.left(60), .thought = true}};
        send(contentMessage(ServerContent {.modelTurn = thought}));
    }
    ReplyPlan plan;
    plan.modality = m_modality;
    plan.text = text;
    // Every reply of a turn (tool results and fillers too) speaks that turn's language.
    plan.language = replyLanguage(m_sim->scenario.turnAt(m_turnIndex));
    if (m_modality == ReplyModality::Audio)
        plan.pcm24k = synthesizeSpeech(text, m_voice, plan.language);
    plan.outputTranscription = m_outputTranscription;
    plan.chunkMs = o.speechChunkMs;
    plan.speedFactor = o.speechSpeedFactor;
    auto *stream = new ReplyStream(plan, this);
    connect(stream, &ReplyStream::message, this, &SimConnection::send);
    connect(stream, &ReplyStream::finished, this, &SimConnection::onGenerationFinished);
    m_stream = stream;
    m_streamText = text;
    if (m_politeBargeIn && (m_userSpeaking || m_manualActivity)) {
        qCInfo(lcSimulator) << "connection" << m_id << "holds its reply while the user speaks";
        m_replyHeld = true;
        return;
    }
    startReply();
}

void SimConnection::startReply()
{
    if (m_avatar && m_modality == ReplyModality::Audio && !m_streamText.isEmpty()) {
        // Placeholder bytes, not a playable video: what matters is that a client meets video
        // parts beside the audio, as from Vertex 3.8's live avatar (24 FPS of a speaking face).
        Content video;
        for (int i = 0; i < 3; ++i)
            video.parts.append(Part {.inlineData = Blob {u"video/mp4"_s, QByteArray(64, char(i))}});
        send(contentMessage(ServerContent {.modelTurn = video}));
    }
    m_stream->start();
}

void SimConnection::releaseHeldReply()
{
    if (!m_replyHeld || !m_stream)
        return;
    m_replyHeld = false;
    startReply();
}

void SimConnection::onGenerationFinished()
{
    if (!m_stream || m_state != ConnectionState::Live)
        return;
    if (m_modality == ReplyModality::Audio)
        m_sessionState.usage.addResponseAudioMs(m_stream->audioSentMs());
    else
        m_sessionState.usage.addResponseText(m_stream->textSentCharacters());
    if (!m_stream->textSent().isEmpty())
        m_sessionState.history.append(Content {u"model"_s, {Part {.text = m_stream->textSent()}}});
    m_lastReplyEmpty = m_stream->textSent().isEmpty();
    m_stream->deleteLater();
    m_stream = nullptr;
    flushInputTranscription();
    const bool searches = std::any_of(m_setup.tools.cbegin(), m_setup.tools.cend(),
                                      [](const Tool &t) { return t.googleSearch; });
    if (m_sim->options.serverFields.groundingMetadata && searches && !m_lastReplyEmpty) {
        GroundingMetadata grounding;
        grounding.sources = {GroundingSource {u"https://example.com/livedesk-simulator"_s,
                                              u"LiveDesk simulator"_s, u"example.com"_s}};
        // What the user asked, as the search query.
        for (auto it = m_sessionState.history.crbegin(); it != m_sessionState.history.crend();
             ++it) {
            if (it->role == u"user" && !it->parts.value(0).text.isEmpty()) {
                grounding.webSearchQueries = {it->parts.value(0).text.left(80)};
                break;
            }
        }
        send(contentMessage(ServerContent {.groundingMetadata = grounding}));
    }
    send(contentMessage(ServerContent {.generationComplete = true}));
    if (m_sim->options.turnCompleteDelayMs > 0)
        m_turnCompleteTimer.start(m_sim->options.turnCompleteDelayMs);
    else
        completeTurn();
}

void SimConnection::completeTurn()
{
    if (m_state != ConnectionState::Live)
        return;
    ServerMessage done = contentMessage(ServerContent {.turnComplete = true});
    if (m_sim->options.serverFields.interactionStatus) {
        // IN_PROGRESS while a NON_BLOCKING result is still to be spoken.
        done.serverContent->interactionStatus = m_queuedResultReplies.isEmpty() ? u"IDLE"_s
                                                                                : u"IN_PROGRESS"_s;
    }
    if (m_sim->options.serverFields.turnCompleteReason && m_lastReplyEmpty)
        done.serverContent->turnCompleteReason = u"NEED_MORE_INPUT"_s;
    done.usageMetadata = m_sessionState.usage.metadata();
    send(done);
    m_phase = TurnPhase::Idle;
    m_sessionState.modelTurnCompleted = true;
    sendResumptionUpdate(true);
    Q_EMIT m_sim->q->turnCompleted(m_turnIndex);
    if (m_state == ConnectionState::Live && injectFault())
        return;
    if (m_state == ConnectionState::Live)
        afterTurn();
}

void SimConnection::afterTurn()
{
    if (!m_queuedResultReplies.isEmpty()) {
        const auto [text, turnIndex] = m_queuedResultReplies.takeFirst();
        startResultTurn(text, turnIndex);
        return;
    }
    if (m_queuedUserTurn) {
        const UserTurn turn = *m_queuedUserTurn;
        m_queuedUserTurn.reset();
        startModelTurn(turn);
    }
}

// --- input transcription -----------------------------------------------------------------------

void SimConnection::scheduleInputTranscription(const QString &text, const QString &language)
{
    m_inputTranscriptLanguage = language;
    if (m_sim->options.serverFields.interimTranscription) {
        // The low-latency guess first; the final chunks follow.
        send(contentMessage(ServerContent {
                .interimInputTranscription = Transcription {.text = text,
                                                            .languageCode = language}}));
    }
    m_inputTranscriptQueue += splitIntoChunks(text, 2);
    if (m_inputTranscriptTimer.isActive())
        return;
    // Around the configured delay, so the chunks land before, among or after the reply's first
    // audio: clients must not depend on the order (live-protocol.md §4.5).
    const int delayMs = m_sim->options.inputTranscriptionDelayMs;
    m_inputTranscriptTimer.start(
            delayMs > 0 ? int(QRandomGenerator::global()->bounded(delayMs / 2, delayMs * 3 / 2 + 1))
                        : 0);
}

void SimConnection::sendNextInputTranscription()
{
    if (m_inputTranscriptQueue.isEmpty() || m_state != ConnectionState::Live)
        return;
    send(contentMessage(ServerContent {
            .inputTranscription = Transcription {.text = m_inputTranscriptQueue.takeFirst(),
                                                 .languageCode = m_inputTranscriptLanguage}}));
    if (!m_inputTranscriptQueue.isEmpty())
        m_inputTranscriptTimer.start(int(QRandomGenerator::global()->bounded(10, 61)));
}

void SimConnection::flushInputTranscription()
{
    m_inputTranscriptTimer.stop();
    while (!m_inputTranscriptQueue.isEmpty() && m_state == ConnectionState::Live)
        sendNextInputTranscription();
    m_inputTranscriptTimer.stop();
}

} // namespace livedesk::sim
