// HistoryRecorder: writes a live conversation into the history as it happens. Each transcript
// item is saved once it is complete (a finished turn, a tool call that ended, a notice), with the
// session's usage and cost; everything that completes together (the user's turn and the model's
// answer at turnComplete) goes in one transaction. A crash therefore loses at most the turn in
// progress. Items that change after they were saved (the part of an interrupted answer the user
// heard, a position shifted by a late user turn) are saved again.
//
// Ownership: the store, transcript and session are not owned and must outlive the recorder or
// be finished first.
#pragma once

#include "app/history/historystore.h"
#include "session/usage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace livedesk::session {
class LiveSession;
}

namespace livedesk::app {

class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        int transactions = 0;
        int itemsWritten = 0;
        qint64 totalWriteNs = 0;
        qint64 maxWriteNs = 0;
    };

    explicit HistoryRecorder(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryRecorder() override;

    // Adds the session to the history and starts following `transcript` (and `session`, may be
    // null, for usage and turn ends). An empty title is filled from the first words the user
    // says. False with `error` when the store cannot take it.
    bool begin(const HistorySessionInfo &info, Transcript *transcript,
               session::LiveSession *session, const session::Prices &prices, QString *error);
    bool isActive() const { return m_sessionId != 0; }
    qint64 sessionId() const { return m_sessionId; }

    void setRecordingPath(const QString &path);
    // Saves every complete item not saved yet, or changed since, in one transaction.
    void sync();
    // Saves what is complete and records the end. `reason`: "closed", or what went wrong.
    void finish(const QString &reason);

    Stats stats() const { return m_stats; }

Q_SIGNALS:
    // A write failed (disk full, database locked too long): the conversation goes on, and the
    // next write tries again.
    void errorOccurred(const QString &message);

private:
    void markDirty(int index);
    void scheduleSync();

    HistoryStore *m_store; // not owned
    QPointer<Transcript> m_transcript;
    QPointer<session::LiveSession> m_session;
    session::Prices m_prices;
    qint64 m_sessionId = 0;
    bool m_titleFromSpeech = false;
    QHash<qint64, int> m_savedPositions; // item id → position saved
    QSet<qint64> m_dirty;
    bool m_usageDirty = false;
    QTimer m_syncTimer;
    QList<QMetaObject::Connection> m_connections;
    Stats m_stats;
};

// A short title from what the user said first: its first words, up to about 60 characters.
QString titleFromText(const QString &text);

} // namespace livedesk::app
