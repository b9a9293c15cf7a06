// What is kept of one conversation, the same for both front ends (livedesk-cli's --record,
// --subtitles, --save-history and the desktop app's recording toggle and history): the
// recording, the history entry, the session info they carry, and the subtitles.
//
// The lifecycle: begin() once the session is first live (the history entry is made then, so a
// crash loses at most a turn; a --record recording starts then); each finished turn is saved and
// the subtitles rewritten; finish() completes the recording, the subtitles and the entry, and
// deletes an entry in which nothing was said and nothing recorded. It runs by itself when the
// session closes (on Closing, so its events come before the last state event) or fails. The events ("recording",
// "history", "history_saved") and metrics ("recording", "history") go to the conversation's
// ConversationLog, with docs/cli.md's keys.
//
// The last reply: the service sends a reply faster than it is spoken, so a conversation ended
// as it arrives would cut it off the recording. holdsEndForReply() says the end must wait; the
// front end closes once it no longer does (the CLI's run on replyHoldChanged(false), the app's
// End button by polling, as the speaker's playback has no signal).
#pragma once

#include "app/history/historystore.h"
#include "app/subtitles.h"
#include "app/translation.h"
#include "session/usage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace livedesk::app {

class Conversation;
class HistoryRecorder;
class RecordingController;
class Transcript;

struct RecordsSettings
{
    QString modeId; // the mode preset's id, for the history and the recording's tags
    TranslationSettings translation;
    // A fixed history title (the offline demo's speech is transcribed as "(0.8 seconds of
    // speech)": no title to read). Empty: the first words the user says.
    QString title;
    // Recorded from the moment the conversation is live (livedesk-cli --record). Empty: only
    // when startRecording() is called (the app's toggle).
    QString recordPath;
    // Rewritten after every turn and at the end; empty: none.
    QString subtitlesPath;
    SubtitleContent subtitleContent = SubtitleContent::Both;
    // The history's cost estimate: the person's own prices (the app's settings); empty: the
    // model table's (SessionConfig::prices).
    std::optional<session::Prices> prices;
};

// --record FILE.opus (livedesk-cli's and the app's): false with `error` when it cannot be
// recorded there (no libopusenc, a folder that cannot be written, a name that is not .opus).
bool checkRecordPath(const QString &path, QString *error);

// What went wrong that the conversation outlives.
enum class RecordsProblem {
    HistoryNotStarted, // the entry could not be made: this conversation is not stored
    HistoryWrite, // a turn could not be saved (disk full, database locked too long)
    Subtitles, // the subtitles file could not be written
};

// What holds the end of the conversation for the last reply.
enum class ReplyHold {
    WhileRecording, // only a running recording (the app)
    Always, // also an output that is not a recording (livedesk-cli --mix)
};

class ConversationRecords : public QObject
{
    Q_OBJECT

public:
    // None is owned; all outlive this object. `recording` may be the app's, which outlives
    // conversations, or one per run (livedesk-cli); its audio source (the engine, or a tap the
    // front end feeds) is the front end's. `store` null or closed: nothing is stored.
    ConversationRecords(Conversation *conversation, Transcript *transcript,
                        RecordingController *recording, HistoryStore *store,
                        QObject *parent = nullptr);
    // Normally finish() has run; this only ends the recording and the entry properly, and writes
    // no event (the conversation's log may be gone).
    ~ConversationRecords() override;

    void setSettings(const RecordsSettings &settings) { m_settings = settings; }
    const RecordsSettings &settings() const { return m_settings; }

    // The session is live for the first time (later calls, after a reconnect, do nothing). False
    // (with `error`) when the --record recording cannot start; a history entry that cannot be
    // made is a problem(), and the conversation goes on without it.
    bool begin(QString *error);
    bool isBegun() const { return m_started.isValid(); }
    // Completes the recording, subtitles and history entry. `reason`: "closed", or what went
    // wrong. Once; later calls do nothing.
    void finish(const QString &reason);
    bool isFinished() const { return m_finished; }

    // The app's toggle: records from now (empty path: RecordingController's default). Failures
    // arrive as the controller's errorOccurred.
    bool startRecording(const QString &path);
    void stopRecording();

    HistorySessionInfo sessionInfo() const;
    // The history entry; 0 when none is being saved (or it was discarded as empty).
    qint64 historySessionId() const { return m_historySessionId; }
    QDateTime startedAt() const { return m_started; }
    // The subtitles' origin: the recording's start, else the conversation's.
    QDateTime subtitleOrigin() const;

    // Figures of the front end's added to the "recording" metric (the CLI's listener timeline).
    void setRecordingFigures(std::function<QJsonObject()> figures)
    {
        m_recordingFigures = std::move(figures);
    }

    // `playedOut` says whether everything the model has said so far has been heard (the
    // speaker's playback, or the CLI's listener timeline); call notifyPlayout() when that may
    // have changed without a turn ending.
    void setReplyPlayout(ReplyHold hold, std::function<bool()> playedOut);
    bool holdsEndForReply() const;
    void notifyPlayout();

Q_SIGNALS:
    // The history or the subtitles cannot be written: the conversation goes on.
    void problem(livedesk::app::RecordsProblem kind, const QString &message);
    // A recording started for this conversation (the CLI hands it its listener timeline).
    void recordingStarted();
    // A recording that was being written failed (a full disk).
    void recordingFailed(const QString &message);
    // The entry was made, a turn saved, or the entry discarded.
    void historyChanged();
    // holdsEndForReply() has changed.
    void replyHoldChanged(bool held);

private:
    void onTurnCompleted();
    void onRecordingFailed(const QString &message);
    void finishRecording();
    void recordRecordingMetric(bool ok);
    void writeSubtitles();
    void finishHistory(const QString &reason);
    void discardEmptyEntry();
    void updateReplyHold();

    Conversation *m_conversation; // not owned
    Transcript *m_transcript; // not owned
    RecordingController *m_recording; // not owned
    HistoryStore *m_store; // not owned, may be null
    RecordsSettings m_settings;
    std::unique_ptr<HistoryRecorder> m_history;
    qint64 m_historySessionId = 0;
    QDateTime m_started;
    QDateTime m_recordingStarted;
    QString m_recordingPath; // this conversation's recording, once started
    bool m_recordingOwned = false; // the recorder is recording this conversation
    bool m_recordingFailed = false;
    bool m_finished = false;
    ReplyHold m_replyHold = ReplyHold::WhileRecording;
    std::function<bool()> m_playedOut;
    std::function<QJsonObject()> m_recordingFigures;
    bool m_modelTurnOpen = false; // model audio has arrived and its turn has not ended
    bool m_heldForReply = false;
};

} // namespace livedesk::app
