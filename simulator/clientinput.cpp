// SimConnection, part three: what the client sends during the session. Realtime input (audio into
// the VAD, video frames, typed text, manual activity), clientContent, tool responses and context
// updates, each checked against the model's profile (live-protocol.md §4, docs/simulator.md).
#include "simulator/connection.h"

#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"
#include "simulator/logging.h"
#include "simulator/servicewords.h"
#include "simulator/simulator_p.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

using namespace protocol;
using namespace words;

namespace {

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

} // namespace livedesk::sim
