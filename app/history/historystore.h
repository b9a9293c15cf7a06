// HistoryStore: every conversation in one SQLite database through Qt SQL — when it started and
// ended, its mode and model, its transcript (turns with times, tool calls, notices), usage and
// cost, and the path of its recording. Full-text search with SQLite FTS5; export lives in
// historyexport.h, the live writer in historyrecorder.h. Format: docs/history.md.
//
// Crash safety: the database runs in write-ahead-log mode and every write is one transaction, so
// a crash (kill -9, power cut with Durability::Full) loses at most what had not been handed to
// the store: the turn in progress. Several processes may use one database (the GUI and the CLI);
// a writer waits up to kBusyTimeoutMs for another's transaction.
//
// Threads: a HistoryStore and its connection belong to the thread that opened it.
//
// Search: FTS5 over turn text and tool names (unicode61, diacritics folded), words ANDed, the
// last one matched as a prefix, so search-as-you-type works. Without FTS5 in the SQLite that Qt
// uses (Debian's has it; so does the copy Qt bundles) search falls back to LIKE over the same
// text, hasFullTextSearch() is false and searchLimitation() says so.
#pragma once

#include "app/transcript.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace livedesk::app {

struct HistorySessionInfo
{
    qint64 id = 0; // assigned by the store
    QDateTime started;
    QDateTime ended; // invalid: no end recorded (still running, or the app stopped abruptly)
    QString endReason; // "closed", or what went wrong
    QString mode; // the mode preset's id: "assistant", "translator", …
    QString model;
    QString title; // for lists: the mode's name or the first words said
    QString sourceLanguage; // translation modes
    QString targetLanguage;
    QString recordingPath; // empty: not recorded
    QJsonObject usage; // session::TokenCounts::toJson()
    double costUsd = 0;
    int itemCount = 0; // filled by sessions()/session()
};

struct HistorySearchHit
{
    qint64 sessionId = 0;
    QString sessionTitle;
    QDateTime sessionStarted;
    qint64 itemKey = 0; // the transcript item's id within its session
    TranscriptItemKind kind = TranscriptItemKind::None;
    QDateTime itemStarted;
    QString snippet; // the matching passage, matches between kMatchOpen and kMatchClose
};

enum class RecordingFiles {
    Keep,
    Delete, // also remove the recording and its transcript JSON beside it
};

class HistoryStore
{
public:
    enum class Durability {
        Normal, // survives a crash of the app; a power cut may lose the latest turns
        Full, // survives a power cut: every turn is synced to disk (a few ms per turn)
    };

    static constexpr int kSchemaVersion = 1;
    static constexpr int kBusyTimeoutMs = 5000;
    static constexpr QChar kMatchOpen = u'\x02';
    static constexpr QChar kMatchClose = u'\x03';

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // <user data>/LiveDesk/history.sqlite (e.g. ~/.local/share/LiveDesk/history.sqlite), shared
    // by the desktop app and livedesk-cli.
    static QString defaultPath();

    enum class Access {
        ReadWrite, // creates the file, its folder and the schema as needed
        // Lists, searches and exports: nothing is written, so a database another process is
        // writing, or one on a read-only mount, can still be read. The file must exist.
        ReadOnly,
    };

    // Opens the history. A file that is not a LiveDesk history, or one from a newer LiveDesk,
    // is refused with a clear error and left untouched.
    bool open(const QString &path, QString *error, Durability durability = Durability::Full,
              Access access = Access::ReadWrite);
    // A history that cannot be opened (damaged, not ours) is moved aside — with its -wal and
    // -shm files — to "history.damaged-20261206-081500.sqlite" beside it, so a new one can
    // start; nothing is deleted. Returns the new path, or empty with `error`.
    static QString moveAside(const QString &path, QString *error,
                             const QDateTime &now = QDateTime::currentDateTime());
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    bool hasFullTextSearch() const { return m_fts; }
    QString searchLimitation() const; // empty with FTS5

    // --- writing (each call is one transaction) ------------------------------------------------
    // Returns the new session's id, 0 on failure.
    qint64 beginSession(const HistorySessionInfo &info, QString *error);
    // Saves transcript items of a session: new ones are inserted, known ones (same item id)
    // replaced, with their display position. Together, in one transaction; `usage`/`costUsd`
    // are stored with them when given.
    struct ItemAt
    {
        const TranscriptItem *item = nullptr;
        int position = 0;
    };
    bool saveItems(qint64 sessionId, const QList<ItemAt> &items, QString *error,
                   const QJsonObject *usage = nullptr, double costUsd = 0);
    bool setRecordingPath(qint64 sessionId, const QString &path, QString *error);
    bool setTitle(qint64 sessionId, const QString &title, QString *error);
    bool endSession(qint64 sessionId, const QDateTime &ended, const QString &reason, QString *error);

    // --- reading -----------------------------------------------------------------------------
    // Newest first.
    QList<HistorySessionInfo> sessions(int limit = -1, int offset = 0) const;
    std::optional<HistorySessionInfo> session(qint64 id) const;
    // In display order.
    QList<TranscriptItem> items(qint64 sessionId) const;
    // Best matches first (FTS5 rank), then newest.
    QList<HistorySearchHit> search(const QString &text, int limit = 50) const;

    // --- deleting ----------------------------------------------------------------------------
    bool deleteSession(qint64 id, RecordingFiles files, QString *error);
    // Days to keep sessions; 0 keeps them forever (the default). Stored in the database.
    int retentionDays() const;
    bool setRetentionDays(int days, QString *error);
    // Deletes sessions that started more than retentionDays() before `now`; returns how many,
    // -1 on error.
    int applyRetention(const QDateTime &now, RecordingFiles files, QString *error);

    QString lastError() const { return m_lastError; }

private:
    QString openConnection(const QString &path, Durability durability); // empty: success
    QString openReadOnly(const QString &path); // empty: success
    bool createSchema(QString *error);
    bool deleteSessions(const QList<qint64> &ids, RecordingFiles files, QString *error);
    QString ftsQuery(const QString &text) const;

    QString m_connection; // unique QSqlDatabase connection name
    QString m_path;
    bool m_fts = false;
    mutable QString m_lastError;
};

// Where a recording's transcript is written: beside it, "x.opus" → "x.json".
QString recordingTranscriptPath(const QString &recordingPath);

} // namespace livedesk::app
