// SimConnection, part two: turn-taking. Voice activity and manual activity signals end the
// user's turns; each model turn plays the next scenario turn (a tool call first, if any), and
// barge-in or clientContent cut it short (live-protocol.md §4.2-4.4, §6 items 8-12).
#include "simulator/connection.h"

#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"
#include "simulator/logging.h"
#include "simulator/simulator_p.h"
#include "simulator/speech.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

using namespace protocol;

namespace {

const QString kInvalidArgument = u"Request contains an invalid argument."_s;

// Width and height from a JPEG's start-of-frame or a PNG's IHDR; invalid when neither parses.
QSize imageSize(const QByteArray &data)
{
    const auto *b = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    if (n >= 24 && data.startsWith("\x89PNG\r\n\x1a\n"))
        return QSize(int(qFromBigEndian<quint32>(b + 16)), int(qFromBigEndian<quint32>(b + 20)));
    if (n < 4 || b[0] != 0xFF || b[1] != 0xD8)
        return {};
    qsizetype i = 2;
    while (i + 9 < n) {
        if (b[i] != 0xFF) {
            ++i;
            continue;
        }
        const uchar marker = b[i + 1];
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        const qsizetype length = qFromBigEndian<quint16>(b + i + 2);
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4
                                  && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame)
            return QSize(qFromBigEndian<quint16>(b + i + 7), qFromBigEndian<quint16>(b + i + 5));
        i += 2 + length;
    }
    return {};
}

int pcmRate(const QString &mimeType)
{
    static const QRegularExpression rate(uR"(rate\s*=\s*(\d+))"_s);
    const auto m = rate.match(mimeType);
    return m.hasMatch() ? m.captured(1).toInt() : EnergyVad::kSampleRate;
}

ServerMessage contentMessage(ServerContent content)
{
    ServerMessage m;
    m.serverContent = std::move(content);
    return m;
}

} // namespace

// --- input -------------------------------------------------------------------------------------

void SimConnection::handleRealtimeInput(const RealtimeInput &in)
{
    m_historySeeding = false;
    if (m_profile
        && (refuseInput(in.text && m_profile->textInput == session::TextInputRoute::None,
                        u"typed text"_s)
            || refuseInput(in.video && !m_profile->accepts(m_profile->videoInput), u"video"_s)
            || refuseInput(!in.mediaChunks.isEmpty() && !m_profile->accepts(m_profile->mediaChunks),
                           u"mediaChunks"_s))) {
        return;
    }
    const auto live = [this] { return m_state == ConnectionState::Live; };
    if (in.audio)
        handleAudio(*in.audio);
    if (in.video && live())
        handleVideo(*in.video);
    for (const Blob &blob : in.mediaChunks) {
        if (!live())
            return;
        if (blob.mimeType.startsWith(u"audio/")) {
            handleAudio(blob);
        } else if (blob.mimeType.startsWith(u"image/")) {
            handleVideo(blob);
        } else {
            qCInfo(lcSimulator).noquote()
                    << "connection" << m_id << "sent a media chunk of type" << blob.mimeType;
            closeWith(1007, kInvalidArgument);
        }
    }
    const bool automatic = m_vad && !m_vad->config().disabled;
    if ((in.activityStart || in.activityEnd) && automatic && live()) {
        closeWith(1007, u"Explicit activity control is not supported when automatic activity "
                        "detection is enabled."_s);
        return;
    }
    if (in.activityStart && live()) {
        m_manualActivity = true;
        m_manualActivityMs = 0;
        interrupt(InterruptCause::Activity);
    }
    if (in.activityEnd && live()) {
        if (m_manualActivity) {
            m_manualActivity = false;
            releaseHeldReply();
            userTurnEnded({UserTurnSource::Audio, double(m_manualActivityMs) / 1000.0, {}});
        } else {
            qCInfo(lcSimulator) << "connection" << m_id << "sent activityEnd without activityStart";
        }
    }
    if (in.audioStreamEnd && automatic && live()) {
        if (const auto end = m_vad->flush())
            onSpeechEnded(end->atMs, end->speechMs);
    }
    if (in.text && live()) {
        interrupt(InterruptCause::Activity);
        m_sessionState.usage.addPromptText(in.text->size());
        m_sessionState.history.append(Content {u"user"_s, {Part {.text = *in.text}}});
        userTurnEnded({UserTurnSource::Text, 0, *in.text});
    }
}

void SimConnection::handleAudio(const Blob &blob)
{
    if (!blob.mimeType.startsWith(u"audio/pcm")) {
        qCInfo(lcSimulator).noquote() << "connection" << m_id << "sent audio as" << blob.mimeType
                                      << "(only audio/pcm is supported)";
        closeWith(1007, kInvalidArgument);
        return;
    }
    const int rate = pcmRate(blob.mimeType);
    if (rate < 8000 || rate > 48000) {
        qCInfo(lcSimulator) << "connection" << m_id << "sent audio at" << rate << "Hz";
        closeWith(1007, kInvalidArgument);
        return;
    }
    const qint64 durationMs = dsp::bytesToMs(blob.data.size(), rate);
    m_sessionState.usage.addPromptAudioMs(durationMs);
    if (m_sim->options.closeOnAudioDuringToolCall && hasBlockingCallPending()) {
        qCInfo(lcSimulator) << "connection" << m_id << "streamed audio during a pending tool call";
        closeWith(1008, u"The operation was aborted."_s);
        return;
    }
    if (m_manualActivity)
        m_manualActivityMs += durationMs;
    if (!m_vad || m_vad->config().disabled)
        return;
    QByteArray pcm16k = blob.data;
    if (rate != EnergyVad::kSampleRate) {
        const std::vector<float> in = dsp::s16BytesToFloat(blob.data);
        pcm16k = dsp::floatToS16Bytes(
                dsp::resample(in, rate, EnergyVad::kSampleRate, 1, dsp::ResamplerQuality::Low));
    }
    const QList<VadEvent> events = m_vad->process(dsp::asS16(pcm16k));
    for (const VadEvent &e : events) {
        if (m_state != ConnectionState::Live)
            return;
        if (e.type == VadEvent::Type::SpeechStarted)
            onSpeechStarted(e.atMs);
        else
            onSpeechEnded(e.atMs, e.speechMs);
    }
}

void SimConnection::handleVideo(const Blob &blob)
{
    SessionState &s = m_sessionState;
    ++s.videoFrames;
    s.lastFrameBytes = blob.data.size();
    const QSize size = imageSize(blob.data);
    if (size.isValid())
        s.lastFrameSize = size;
    s.usage.addPromptImage(m_lowResolutionImages);
    if (!s.videoSeen) {
        s.videoSeen = true;
        armDeadline(); // the shorter audio+video session cap applies from now on
    }
}

void SimConnection::handleClientContent(const ClientContent &content)
{
    if (m_profile
        && (refuseInput(m_profile->textInput == session::TextInputRoute::None, u"clientContent"_s)
            // 3.1 takes clientContent only as the initial history of historyConfig, before any
            // realtime input (adk-python#5018, livekit/agents-js#1186).
            || refuseInput(m_profile->textInput == session::TextInputRoute::RealtimeInput
                                   && !m_historySeeding,
                           u"clientContent after its initial history"_s)))
        return;
    qsizetype characters = 0;
    QString userText;
    for (const Content &turn : content.turns) {
        m_sessionState.history.append(turn);
        QString text;
        for (const Part &part : turn.parts) {
            characters += part.text.size();
            text += part.text;
            if (part.inlineData && part.inlineData->mimeType.startsWith(u"image/"))
                handleVideo(*part.inlineData);
        }
        if (turn.role != u"model")
            userText = text;
    }
    m_sessionState.usage.addPromptText(characters);
    const bool complete = content.turnComplete.value_or(false);
    QStringList lines;
    for (const Content &turn : content.turns) {
        QString text;
        for (const Part &part : turn.parts)
            text += part.text;
        lines.append((turn.role.isEmpty() ? u"user"_s : turn.role) + u": "_s + text);
    }
    const bool asHistory = m_historySeeding
                           || (!complete && m_phase == TurnPhase::Idle
                               && m_sessionState.modelTurnIndex == 0);
    Q_EMIT m_sim->q->clientContentReceived(m_session ? m_session->id : QString(), lines, complete,
                                           asHistory);
    if (m_historySeeding) {
        // historyConfig.initialHistoryInClientContent: history, not a question, until complete.
        if (complete)
            m_historySeeding = false;
        return;
    }
    if (!content.turns.isEmpty() || complete)
        interrupt(InterruptCause::ClientContent);
    if (complete && m_state == ConnectionState::Live)
        userTurnEnded({UserTurnSource::ClientContent, 0, userText});
}

void SimConnection::handleToolResponse(const ToolResponse &response)
{
    for (const FunctionResponse &r : response.functionResponses) {
        if (r.id.isEmpty()) {
            qCInfo(lcSimulator).noquote()
                    << "connection" << m_id << "answered" << r.name << "without an id";
            closeWith(1007, kInvalidArgument);
            return;
        }
        if (!m_pendingCalls.contains(r.id) && !m_cancelledCalls.contains(r.id)) {
            qCInfo(lcSimulator).noquote()
                    << "connection" << m_id << "answered a call that was never made:" << r.id;
            closeWith(1007, kInvalidArgument);
            return;
        }
    }
    for (const FunctionResponse &r : response.functionResponses) {
        if (m_cancelledCalls.contains(r.id)) {
            qCInfo(lcSimulator).noquote()
                    << "connection" << m_id << "answered a cancelled call; ignored:" << r.id;
            continue;
        }
        PendingCall call = m_pendingCalls.value(r.id);
        m_sessionState.usage.addPromptText(
                QJsonDocument(r.response).toJson(QJsonDocument::Compact).size());
        m_sessionState.history.append(Content {u"user"_s, {Part {.functionResponse = r}}});
        if (r.response.contains(u"output"_s)) {
            call.context.toolResult = r.response.value(u"output"_s);
        } else if (r.response.contains(u"error"_s)) {
            call.context.toolResult = r.response.value(u"error"_s);
            call.context.toolFailed = true;
        } else {
            call.context.toolResult = QJsonValue(r.response);
        }
        if (r.willContinue.value_or(false))
            m_pendingCalls.insert(r.id, call);
        else
            m_pendingCalls.remove(r.id);

        const QString text = expandPlaceholders(call.turn.reply, call.context);
        if (!call.nonBlocking) {
            if (m_phase == TurnPhase::AwaitingToolResponse && !hasBlockingCallPending()) {
                if (m_sim->swallowToolResults > 0) {
                    --m_sim->swallowToolResults;
                    qCInfo(lcSimulator) << "connection" << m_id << "swallows a tool result";
                    continue; // the turn hangs, awaiting nothing
                }
                generate(text);
            }
            continue;
        }
        switch (r.scheduling) {
        case Scheduling::Silent:
            // The model takes the result in without a word and waits for the user.
            if (m_sim->options.serverFields.waitingForInput && m_phase == TurnPhase::Idle)
                send(contentMessage(ServerContent {.waitingForInput = true}));
            break;
        case Scheduling::Interrupt:
            interrupt(InterruptCause::ToolResult);
            startResultTurn(text, call.turnIndex);
            break;
        case Scheduling::Unspecified:
        case Scheduling::WhenIdle:
            if (m_phase == TurnPhase::Idle)
                startResultTurn(text, call.turnIndex);
            else
                m_queuedResultReplies.append({text, call.turnIndex});
            break;
        }
    }
}

void SimConnection::handleContextUpdate(const ContextUpdate &update)
{
    if (update.systemInstruction)
        m_setup.systemInstruction = update.systemInstruction;
    if (update.tools) {
        m_setup.tools = *update.tools;
        m_functions.clear();
        for (const Tool &tool : m_setup.tools) {
            for (const FunctionDeclaration &f : tool.functionDeclarations)
                m_functions.insert(f.name, effectiveBehavior(f.behavior));
        }
    }
}

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
