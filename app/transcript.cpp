#include "app/transcript.h"

#include "app/conversationbridge.h"
#include "session/livesession.h"
#include "tools/tooldispatcher.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

Transcript::Transcript(QObject *parent)
    : QObject(parent)
{ }

Transcript::~Transcript() = default;

void Transcript::attach(session::LiveSession *session, ConversationBridge *bridge,
                        tools::ToolDispatcher *dispatcher)
{
    m_session = session;
    if (session) {
        connect(session, &session::LiveSession::inputTranscriptionReceived, this,
                &Transcript::onInputTranscription);
        connect(session, &session::LiveSession::outputTranscriptionReceived, this,
                &Transcript::onOutputTranscription);
        // TEXT sessions have no output transcription: their answer is the text parts.
        connect(session, &session::LiveSession::textReceived, this,
                [this](const QString &text, session::TextKind kind) {
                    if (kind != session::TextKind::Thought)
                        onModelText(text);
                });
        connect(session, &session::LiveSession::groundingReceived, this, &Transcript::onGrounding);
        connect(session, &session::LiveSession::interrupted, this, &Transcript::onInterrupted);
        connect(session, &session::LiveSession::turnCompleted, this, &Transcript::onTurnComplete);
    }
    if (bridge) {
        connect(bridge, &ConversationBridge::modelTurnCut, this, &Transcript::onModelTurnCut);
        connect(bridge, &ConversationBridge::userSpeakingChanged, this, [this](bool speaking) {
            if (speaking)
                onLocalSpeechStarted();
        });
    }
    if (dispatcher) {
        connect(dispatcher, &tools::ToolDispatcher::callUpdated, this,
                &Transcript::onToolCallUpdated);
    }
}

int Transcript::indexOfId(qint64 id) const
{
    if (id <= 0)
        return -1;
    // The items looked up are the open turns and running calls: near the end.
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (m_items[i].id == id)
            return i;
    }
    return -1;
}

void Transcript::clear()
{
    m_items.clear();
    m_openUserId = 0;
    m_openModelId = 0;
    Q_EMIT cleared();
}

int Transcript::insertItem(int index, TranscriptItem item)
{
    item.id = m_nextId++;
    if (!item.started.isValid())
        item.started = QDateTime::currentDateTime();
    m_items.insert(index, std::move(item));
    Q_EMIT itemInserted(index);
    return index;
}

void Transcript::touch(int index)
{
    if (index >= 0 && index < m_items.size())
        Q_EMIT itemChanged(index);
}

int Transcript::userTurnIndex()
{
    int index = indexOfId(m_openUserId);
    if (index >= 0)
        return index;
    TranscriptItem turn;
    turn.kind = TranscriptItemKind::UserTurn;
    // The user's words come before the answer they prompted, even when they arrive after it.
    const int modelIndex = indexOfId(m_openModelId);
    index = insertItem(modelIndex >= 0 ? modelIndex : int(m_items.size()), std::move(turn));
    m_openUserId = m_items[index].id;
    return index;
}

int Transcript::modelTurnIndex()
{
    int index = indexOfId(m_openModelId);
    if (index >= 0)
        return index;
    TranscriptItem turn;
    turn.kind = TranscriptItemKind::ModelTurn;
    index = insertItem(int(m_items.size()), std::move(turn));
    m_openModelId = m_items[index].id;
    return index;
}

void Transcript::addUserText(const QString &text)
{
    // A typed message closes whatever the user said before and starts its own exchange.
    TranscriptItem turn;
    turn.kind = TranscriptItemKind::UserTurn;
    turn.text = text;
    turn.complete = true;
    turn.ended = QDateTime::currentDateTime();
    const int index = insertItem(int(m_items.size()), std::move(turn));
    m_openUserId = m_items[index].id;
}

void Transcript::addNotice(NoticeKind kind, const QString &text)
{
    TranscriptItem item;
    item.kind = TranscriptItemKind::Notice;
    item.notice = kind;
    item.text = text;
    item.complete = true;
    item.ended = QDateTime::currentDateTime();
    insertItem(int(m_items.size()), std::move(item));
}

void Transcript::onLocalSpeechStarted()
{
    // Speech while no exchange is open starts the user's turn now, so its bubble appears as
    // they talk (the words follow when the service transcribes them).
    if (m_openUserId || m_openModelId)
        return;
    const int index = userTurnIndex();
    m_items[index].fromLocalSpeech = true;
}

void Transcript::onInputTranscription(const protocol::Transcription &t)
{
    if (t.text.isEmpty() && !t.finished)
        return;
    const int index = userTurnIndex();
    TranscriptItem &turn = m_items[index];
    turn.text += t.text;
    if (!t.languageCode.isEmpty())
        turn.languageCode = t.languageCode;
    touch(index);
}

void Transcript::onModelText(const QString &text)
{
    if (text.isEmpty())
        return;
    const int index = modelTurnIndex();
    m_items[index].text += text;
    touch(index);
}

void Transcript::onOutputTranscription(const protocol::Transcription &t)
{
    if (t.text.isEmpty() && t.languageCode.isEmpty())
        return;
    const int index = modelTurnIndex();
    TranscriptItem &turn = m_items[index];
    turn.text += t.text;
    if (!t.languageCode.isEmpty())
        turn.languageCode = t.languageCode;
    touch(index);
}

void Transcript::onGrounding(const protocol::GroundingMetadata &metadata)
{
    const int index = modelTurnIndex();
    TranscriptItem &turn = m_items[index];
    for (const auto &source : metadata.sources) {
        const bool known = std::any_of(turn.sources.cbegin(), turn.sources.cend(),
                                       [&](const auto &s) { return s.uri == source.uri; });
        if (!known && !source.uri.isEmpty())
            turn.sources.append(source);
    }
    for (const QString &q : metadata.webSearchQueries) {
        if (!turn.searchQueries.contains(q))
            turn.searchQueries.append(q);
    }
    touch(index);
}

void Transcript::onInterrupted()
{
    const int index = indexOfId(m_openModelId);
    if (index < 0)
        return;
    m_items[index].interrupted = true;
    touch(index);
}

void Transcript::onModelTurnCut(qint64 heardSamples, qint64 receivedSamples)
{
    // The cut refers to the turn being played, which may already be closed by turnComplete.
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        TranscriptItem &turn = m_items[i];
        if (turn.kind != TranscriptItemKind::ModelTurn)
            continue;
        if (receivedSamples > 0 && heardSamples < receivedSamples) {
            turn.interrupted = true;
            const double heard = double(heardSamples) / double(receivedSamples);
            turn.heardChars = int(turn.text.size() * std::clamp(heard, 0.0, 1.0));
            touch(i);
        }
        return;
    }
}

void Transcript::onTurnComplete()
{
    const QDateTime now = QDateTime::currentDateTime();
    for (qint64 *open : {&m_openUserId, &m_openModelId}) {
        const int index = indexOfId(*open);
        *open = 0;
        if (index < 0)
            continue;
        TranscriptItem &turn = m_items[index];
        turn.complete = true;
        turn.ended = now;
        // Trailing spaces come from chunk joins.
        turn.text = turn.text.trimmed();
        touch(index);
    }
}

void Transcript::onToolCallUpdated(const tools::ToolCallRecord &record)
{
    int index = -1;
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (m_items[i].kind == TranscriptItemKind::ToolCall
            && m_items[i].toolSerial == record.serial) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        TranscriptItem item;
        item.kind = TranscriptItemKind::ToolCall;
        item.toolSerial = record.serial;
        item.callId = record.callId;
        item.toolName = record.name;
        item.arguments = record.arguments;
        item.started = record.receivedAt.isValid() ? record.receivedAt
                                                   : QDateTime::currentDateTime();
        // The marker goes before the model's answer that the call feeds.
        const int modelIndex = indexOfId(m_openModelId);
        index = insertItem(modelIndex >= 0 && m_items[modelIndex].text.isEmpty()
                                   ? modelIndex
                                   : int(m_items.size()),
                           std::move(item));
    }
    TranscriptItem &item = m_items[index];
    item.toolState = record.state;
    const bool final = record.state == tools::ToolCallState::Done
                       || record.state == tools::ToolCallState::Failed
                       || record.state == tools::ToolCallState::Cancelled;
    if (final) {
        item.complete = true;
        item.ended = QDateTime::currentDateTime();
        item.durationMs = record.durationMs;
        item.toolResult = record.state == tools::ToolCallState::Done ? record.outputPreview
                                                                     : record.error;
    }
    touch(index);
}

QString Transcript::toPlainText() const
{
    QString out;
    for (const TranscriptItem &item : m_items) {
        const QString time = item.started.toString(u"HH:mm:ss"_s);
        switch (item.kind) {
        case TranscriptItemKind::UserTurn:
            if (!item.text.isEmpty())
                out += u"[%1] %2: %3\n"_s.arg(time, tr("You"), item.text);
            break;
        case TranscriptItemKind::ModelTurn:
            out += u"[%1] %2: %3%4\n"_s.arg(time, tr("Model"), item.text,
                                            item.interrupted ? tr(" (interrupted)") : QString());
            break;
        case TranscriptItemKind::ToolCall:
            out += u"[%1] %2\n"_s.arg(time, tr("Tool %1: %2")
                                                    .arg(item.toolName,
                                                         tools::stateName(item.toolState)));
            break;
        case TranscriptItemKind::Notice:
            out += u"[%1] — %2\n"_s.arg(time, item.text);
            break;
        case TranscriptItemKind::None:
            break;
        }
    }
    return out;
}

} // namespace livedesk::app
