#include "app/history/historystore.h"
#include "app/history/historystore_p.h"

#include "app/history/transcriptjson.h"
#include "app/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace livedesk::app {

using namespace historydetail;

// --- reading -----------------------------------------------------------------------------------

namespace {

const QString kSessionColumns = uR"(s.id, s.started_ms, s.ended_ms, s.end_reason, s.mode,
    s.model, s.title, s.source_language, s.target_language, s.recording_path, s.usage_json,
    s.cost_usd, (SELECT count(*) FROM turns t WHERE t.session_id = s.id))"_s;

HistorySessionInfo readSession(const QSqlQuery &q)
{
    HistorySessionInfo s;
    s.id = q.value(0).toLongLong();
    s.started = fromMs(q.value(1));
    s.ended = fromMs(q.value(2));
    s.endReason = q.value(3).toString();
    s.mode = q.value(4).toString();
    s.model = q.value(5).toString();
    s.title = q.value(6).toString();
    s.sourceLanguage = q.value(7).toString();
    s.targetLanguage = q.value(8).toString();
    s.recordingPath = q.value(9).toString();
    s.usage = parseObject(q.value(10));
    s.costUsd = q.value(11).toDouble();
    s.itemCount = q.value(12).toInt();
    return s;
}

} // namespace

QList<HistorySessionInfo> HistoryStore::sessions(int limit, int offset) const
{
    QList<HistorySessionInfo> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM sessions s ORDER BY s.started_ms DESC, s.id DESC LIMIT ? OFFSET ?"_s
                      .arg(kSessionColumns));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readSession(q));
    return out;
}

std::optional<HistorySessionInfo> HistoryStore::session(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT %1 FROM sessions s WHERE s.id = ?"_s.arg(kSessionColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readSession(q);
}

QList<TranscriptItem> HistoryStore::items(qint64 sessionId) const
{
    QList<TranscriptItem> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(uR"(SELECT item_key, kind, started_ms, ended_ms, complete, text, language,
                  interrupted, heard_chars, from_local_speech, tool_name, tool_call_id, tool_args,
                  tool_state, tool_result, duration_ms, notice, extra
                  FROM turns WHERE session_id = ? ORDER BY position, id)"_s);
    q.addBindValue(sessionId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        TranscriptItem item;
        item.id = q.value(0).toLongLong();
        item.kind = kindFromName(q.value(1).toString()).value_or(TranscriptItemKind::None);
        item.started = fromMs(q.value(2));
        item.ended = fromMs(q.value(3));
        item.complete = q.value(4).toBool();
        item.text = q.value(5).toString();
        item.languageCode = q.value(6).toString();
        item.interrupted = q.value(7).toBool();
        item.heardChars = q.value(8).toInt();
        item.fromLocalSpeech = q.value(9).toBool();
        item.toolName = q.value(10).toString();
        item.callId = q.value(11).toString();
        item.arguments = parseObject(q.value(12));
        item.toolState = toolStateFromName(q.value(13).toString())
                                 .value_or(tools::ToolCallState::Idle);
        item.toolResult = q.value(14).toString();
        item.durationMs = q.value(15).toLongLong();
        item.notice = noticeFromName(q.value(16).toString());
        groundingFromJson(parseObject(q.value(17)), item);
        out.append(item);
    }
    return out;
}

QString HistoryStore::ftsQuery(const QString &text) const
{
    // Every word a quoted string (so FTS5 operators in what people type are just words), all
    // of them required, the last one also as a prefix (search as you type).
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words) {
        QString w = word;
        w.replace(u'"', u"\"\""_s);
        terms.append(u'"' + w + u'"');
    }
    if (!terms.isEmpty())
        terms.last() += u'*';
    return terms.join(u' ');
}

QList<HistorySearchHit> HistoryStore::search(const QString &text, int limit) const
{
    QList<HistorySearchHit> out;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    const QString open(kMatchOpen);
    const QString close(kMatchClose);
    if (m_fts) {
        q.prepare(uR"(SELECT t.session_id, s.title, s.started_ms, t.item_key, t.kind, t.started_ms,
                      snippet(turns_fts, -1, ?, ?, '…', 16)
                      FROM turns_fts JOIN turns t ON t.id = turns_fts.rowid
                      JOIN sessions s ON s.id = t.session_id
                      WHERE turns_fts MATCH ? ORDER BY rank, t.started_ms DESC LIMIT ?)"_s);
        q.addBindValue(open);
        q.addBindValue(close);
        q.addBindValue(ftsQuery(text));
        q.addBindValue(limit);
    } else {
        QString where;
        for (qsizetype i = 0; i < words.size(); ++i)
            where += u" AND (t.text LIKE ? ESCAPE '\\' OR t.tool_name LIKE ? ESCAPE '\\')"_s;
        q.prepare(uR"(SELECT t.session_id, s.title, s.started_ms, t.item_key, t.kind, t.started_ms,
                      t.text FROM turns t JOIN sessions s ON s.id = t.session_id
                      WHERE 1 %1 ORDER BY t.started_ms DESC LIMIT ?)"_s.arg(where));
        for (QString word : words) {
            word.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            const QString pattern = u'%' + word + u'%';
            q.addBindValue(pattern);
            q.addBindValue(pattern);
        }
        q.addBindValue(limit);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        HistorySearchHit hit;
        hit.sessionId = q.value(0).toLongLong();
        hit.sessionTitle = q.value(1).toString();
        hit.sessionStarted = fromMs(q.value(2));
        hit.itemKey = q.value(3).toLongLong();
        hit.kind = kindFromName(q.value(4).toString()).value_or(TranscriptItemKind::None);
        hit.itemStarted = fromMs(q.value(5));
        hit.snippet = q.value(6).toString();
        out.append(hit);
    }
    return out;
}

// --- deleting ----------------------------------------------------------------------------------

bool HistoryStore::deleteSessions(const QList<qint64> &ids, RecordingFiles files, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QStringList recordings;
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        if (error)
            *error = tr("Cannot delete from the history: %1").arg(m_lastError);
        return false;
    }
    QSqlQuery q(db);
    for (qint64 id : ids) {
        q.prepare(u"SELECT recording_path FROM sessions WHERE id=?"_s);
        q.addBindValue(id);
        if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
            recordings.append(q.value(0).toString());
        // Turns go with their session (ON DELETE CASCADE), their index entries with them
        // (the delete trigger).
        q.prepare(u"DELETE FROM sessions WHERE id=?"_s);
        q.addBindValue(id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            db.rollback();
            if (error)
                *error = tr("Cannot delete from the history: %1").arg(m_lastError);
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        if (error)
            *error = tr("Cannot delete from the history: %1").arg(m_lastError);
        return false;
    }
    if (files == RecordingFiles::Delete) {
        for (const QString &path : std::as_const(recordings)) {
            QFile::remove(path);
            QFile::remove(recordingTranscriptPath(path));
        }
    }
    return true;
}

bool HistoryStore::deleteSession(qint64 id, RecordingFiles files, QString *error)
{
    if (!session(id)) {
        m_lastError = tr("There is no session %1 in the history.").arg(id);
        if (error)
            *error = m_lastError;
        return false;
    }
    return deleteSessions({id}, files, error);
}

int HistoryStore::retentionDays() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"SELECT value FROM meta WHERE key='retention_days'"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool HistoryStore::setRetentionDays(int days, QString *error)
{
    if (days < 0) {
        if (error)
            *error = tr("The retention must be 0 (keep everything) or a number of days.");
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES('retention_days', ?)"_s);
    q.addBindValue(QString::number(days));
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    if (error)
        *error = tr("Cannot save to the history: %1").arg(m_lastError);
    return false;
}

int HistoryStore::applyRetention(const QDateTime &now, RecordingFiles files, QString *error)
{
    const int days = retentionDays();
    if (days <= 0)
        return 0;
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT id FROM sessions WHERE started_ms < ?"_s);
    q.addBindValue(cutoff);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        if (error)
            *error = tr("Cannot apply the retention: %1").arg(m_lastError);
        return -1;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.isEmpty())
        return 0;
    if (!deleteSessions(ids, files, error))
        return -1;
    qCInfo(lcApp, "history retention (%d days): %lld sessions deleted", days, qlonglong(ids.size()));
    return int(ids.size());
}

QString recordingTranscriptPath(const QString &recordingPath)
{
    const QFileInfo info(recordingPath);
    return info.dir().filePath(info.completeBaseName() + u".json"_s);
}

} // namespace livedesk::app
