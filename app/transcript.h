// Transcript: the conversation as people see it and as history stores it: user and model turns
// built from the streamed transcription chunks, tool-call markers, search sources, and notices
// (a reconnect, context restored). The GUI's list model, the history store, subtitles export and
// the CLI all read this one record.
//
// How chunks become turns (live-protocol.md §4.5: transcripts are unordered against the model's
// audio and may lag it):
//  - an exchange is one user turn and the model turn that answers it, closed by turnComplete;
//  - input transcription chunks append to the exchange's user turn, output transcription (or
//    text parts) to its model turn, whatever order they arrive in; the user turn always stays
//    before the model turn of its exchange;
//  - a user turn that ends with no words (speech the service did not transcribe) is kept with
//    empty text only if it started from local speech, otherwise dropped;
//  - an interrupted model turn records how much of it the user heard (heardChars), estimated
//    from the samples played against the samples received: transcripts are not aligned to the
//    audio, so this is an approximation, and the UI says so.
#pragma once

#include "session/protocol/servermessages.h"
#include "tools/tooltypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace livedesk::session {
class LiveSession;
}
namespace livedesk::tools {
class ToolDispatcher;
}

namespace livedesk::app {

class ConversationBridge;

enum class TranscriptItemKind { None, UserTurn, ModelTurn, ToolCall, Notice };

enum class NoticeKind {
    None,
    Reconnected, // the connection changed; the conversation went on
    ContextRestored, // a fresh session was seeded with the transcript
    Error, // something the user should know, in words
};

struct TranscriptItem
{
    qint64 id = 0; // stable and unique; list order is display order, not id order
    TranscriptItemKind kind = TranscriptItemKind::None;
    QDateTime started;
    QDateTime ended; // null while a turn streams or a call runs

    // Turns
    QString text;
    bool complete = false;
    bool interrupted = false;
    int heardChars = -1; // interrupted model turns: characters the user heard; -1 = all
    QString languageCode;
    QList<protocol::GroundingSource> sources;
    QStringList searchQueries;
    bool fromLocalSpeech = false;

    // Tool calls (tools::ToolCallRecord, as the dispatcher reports it)
    quint64 toolSerial = 0;
    QString callId;
    QString toolName;
    QJsonObject arguments;
    tools::ToolCallState toolState = tools::ToolCallState::Idle;
    QString toolResult; // output preview or error, as shown
    qint64 durationMs = -1;

    // Notices
    NoticeKind notice = NoticeKind::None;

    bool isTurn() const
    {
        return kind == TranscriptItemKind::UserTurn || kind == TranscriptItemKind::ModelTurn;
    }
};

class Transcript : public QObject
{
    Q_OBJECT

public:
    explicit Transcript(QObject *parent = nullptr);
    ~Transcript() override;

    // Sources of events; each may be null. None is owned.
    void attach(session::LiveSession *session, ConversationBridge *bridge = nullptr,
                tools::ToolDispatcher *dispatcher = nullptr);

    const QList<TranscriptItem> &items() const { return m_items; }
    int indexOfId(qint64 id) const;
    void clear();

    // What the user typed (text turns never come back as input transcription).
    void addUserText(const QString &text);
    void addNotice(NoticeKind kind, const QString &text);

    // Exposed for the session's events and for tests; attach() connects them.
    void onInputTranscription(const protocol::Transcription &t);
    void onModelText(const QString &text);
    // The model's speech as transcribed: its text, and the language it was spoken in (what a
    // translation's captions are labelled with).
    void onOutputTranscription(const protocol::Transcription &t);
    void onGrounding(const protocol::GroundingMetadata &metadata);
    void onInterrupted();
    void onModelTurnCut(qint64 heardSamples, qint64 receivedSamples);
    void onTurnComplete();
    void onLocalSpeechStarted();
    void onToolCallUpdated(const tools::ToolCallRecord &record);

    // Plain text for copying: "You: …" / "Model: …" lines with times.
    QString toPlainText() const;

Q_SIGNALS:
    void itemInserted(int index);
    void itemChanged(int index);
    void cleared();

private:
    int userTurnIndex(); // the open exchange's user turn, created on demand
    int modelTurnIndex(); // the open exchange's model turn, created on demand
    int insertItem(int index, TranscriptItem item);
    void touch(int index);

    QList<TranscriptItem> m_items;
    qint64 m_nextId = 1;
    qint64 m_openUserId = 0; // 0: none open
    qint64 m_openModelId = 0;
    QPointer<session::LiveSession> m_session;
};

} // namespace livedesk::app
