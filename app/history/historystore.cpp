#include "app/history/historystore.h"
#include "app/history/historystore_p.h"

#include "app/history/transcriptjson.h"
#include "app/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace livedesk::app {

using namespace historydetail;

namespace {

constexpr auto kDriver = "QSQLITE";

// The schema, one statement per entry. turns_fts is an external-content FTS5 index over
// turns(text, tool_name), kept in step by triggers.
const QStringList &schemaStatements()
{
    static const QStringList statements {
            uR"(CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT))"_s,
            uR"(CREATE TABLE IF NOT EXISTS sessions (
                   id INTEGER PRIMARY KEY,
                   uuid TEXT NOT NULL UNIQUE,
                   started_ms INTEGER NOT NULL,
                   ended_ms INTEGER,
                   end_reason TEXT,
                   mode TEXT DEFAULT '',
                   model TEXT DEFAULT '',
                   title TEXT DEFAULT '',
                   source_language TEXT DEFAULT '',
                   target_language TEXT DEFAULT '',
                   recording_path TEXT DEFAULT '',
                   usage_json TEXT DEFAULT '',
                   cost_usd REAL NOT NULL DEFAULT 0))"_s,
            uR"(CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started_ms))"_s,
            uR"(CREATE TABLE IF NOT EXISTS turns (
                   id INTEGER PRIMARY KEY,
                   session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                   item_key INTEGER NOT NULL,
                   position INTEGER NOT NULL,
                   kind TEXT NOT NULL,
                   started_ms INTEGER,
                   ended_ms INTEGER,
                   complete INTEGER NOT NULL DEFAULT 0,
                   text TEXT DEFAULT '',
                   language TEXT DEFAULT '',
                   interrupted INTEGER NOT NULL DEFAULT 0,
                   heard_chars INTEGER NOT NULL DEFAULT -1,
                   from_local_speech INTEGER NOT NULL DEFAULT 0,
                   tool_name TEXT DEFAULT '',
                   tool_call_id TEXT DEFAULT '',
                   tool_args TEXT DEFAULT '',
                   tool_state TEXT DEFAULT '',
                   tool_result TEXT DEFAULT '',
                   duration_ms INTEGER NOT NULL DEFAULT -1,
                   notice TEXT DEFAULT '',
                   extra TEXT DEFAULT '',
                   UNIQUE(session_id, item_key)))"_s,
            uR"(CREATE INDEX IF NOT EXISTS turns_session ON turns(session_id, position))"_s,
    };
    return statements;
}

const QStringList &ftsStatements(const QString &tokenizer)
{
    static QStringList statements;
    statements = {
            uR"(CREATE VIRTUAL TABLE IF NOT EXISTS turns_fts USING fts5(
                   text, tool_name, content='turns', content_rowid='id', tokenize='%1'))"_s.arg(
                    tokenizer),
            uR"(CREATE TRIGGER IF NOT EXISTS turns_ai AFTER INSERT ON turns BEGIN
                   INSERT INTO turns_fts(rowid, text, tool_name)
                   VALUES (new.id, new.text, new.tool_name); END)"_s,
            uR"(CREATE TRIGGER IF NOT EXISTS turns_ad AFTER DELETE ON turns BEGIN
                   INSERT INTO turns_fts(turns_fts, rowid, text, tool_name)
                   VALUES ('delete', old.id, old.text, old.tool_name); END)"_s,
            uR"(CREATE TRIGGER IF NOT EXISTS turns_au AFTER UPDATE ON turns BEGIN
                   INSERT INTO turns_fts(turns_fts, rowid, text, tool_name)
                   VALUES ('delete', old.id, old.text, old.tool_name);
                   INSERT INTO turns_fts(rowid, text, tool_name)
                   VALUES (new.id, new.text, new.tool_name); END)"_s,
    };
    return statements;
}

} // namespace

HistoryStore::HistoryStore()
    : m_connection(u"livedesk-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"LiveDesk/history.sqlite"_s);
}

bool HistoryStore::open(const QString &path, QString *error, Durability durability, Access access)
{
    close();
    // The connection's objects must be gone before close() can remove it.
    const QString why = access == Access::ReadOnly ? openReadOnly(path)
                                                   : openConnection(path, durability);
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    m_lastError = why;
    close();
    return false;
}

QString HistoryStore::openReadOnly(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QString::fromLatin1(kDriver)))
        return tr("The history needs Qt's SQLite driver, which is not installed (Debian: "
                  "libqt6sql6-sqlite).");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the history database %1: %2").arg(path, file.errorString());
    if (file.size() > 0 && !file.read(16).startsWith("SQLite format 3"))
        return tr("%1 is not a LiveDesk history database (not SQLite); it was left untouched.")
                .arg(path);
    file.close();

    // A WAL database needs its shared-memory index beside it; where that cannot be made (a
    // read-only mount after a clean close removed it) the file is opened as immutable.
    for (const bool immutable : {false, true}) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kDriver), m_connection);
            if (immutable) {
                db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                                           .toString(QUrl::FullyEncoded)
                                   + u"?immutable=1"_s);
                db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
            } else {
                db.setDatabaseName(path);
                db.setConnectOptions(
                        u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
            }
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"PRAGMA user_version"_s) && q.next()) {
                    const int version = q.value(0).toInt();
                    if (version > kSchemaVersion)
                        return tr("The history %1 was written by a newer LiveDesk (schema %2); "
                                  "this one reads schema %3. It was left untouched.")
                                .arg(path)
                                .arg(version)
                                .arg(kSchemaVersion);
                    if (version == 0)
                        return tr("%1 is not a LiveDesk history database (it has no LiveDesk "
                                  "tables); it was left untouched.")
                                .arg(path);
                    m_path = path;
                    m_fts = q.exec(u"SELECT 1 FROM sqlite_master WHERE name='turns_fts'"_s)
                            && q.next();
                    return {};
                }
                m_lastError = q.lastError().text();
            } else {
                m_lastError = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    return tr("%1 is not a usable SQLite database: %2").arg(path, m_lastError);
}

QString HistoryStore::openConnection(const QString &path, Durability durability)
{
    auto fail = [](const QString &why) { return why; };
    if (!QSqlDatabase::isDriverAvailable(QString::fromLatin1(kDriver)))
        return fail(tr("The history needs Qt's SQLite driver, which is not installed (Debian: "
                       "libqt6sql6-sqlite)."));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("The history database %1 is a folder.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the history.").arg(info.absolutePath()));
    if (info.exists()) {
        // Refuse a file that is not SQLite before the driver treats it as one.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.size() > 0
            && !file.read(16).startsWith("SQLite format 3"))
            return fail(tr("%1 is not a LiveDesk history database (not SQLite); it was left "
                           "untouched.")
                                .arg(path));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kDriver), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open())
        return fail(tr("Cannot open the history database %1: %2").arg(path, db.lastError().text()));
    m_path = path;

    QSqlQuery q(db);
    auto exec = [&](const QString &sql) {
        if (!q.exec(sql)) {
            m_lastError = q.lastError().text();
            return false;
        }
        return true;
    };
    // Look before changing anything: switching to WAL rewrites the file header.
    if (!exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(tr("%1 is not a usable SQLite database: %2").arg(path, m_lastError));
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return fail(tr("The history %1 was written by a newer LiveDesk (schema %2); this one "
                       "reads schema %3. It was left untouched.")
                            .arg(path)
                            .arg(version)
                            .arg(kSchemaVersion));
    if (version == 0) {
        // A new file, or a SQLite file that is not ours: only an empty one may be set up.
        if (!exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
            return fail(tr("%1 is not a usable SQLite database: %2").arg(path, m_lastError));
        if (q.value(0).toInt() > 0)
            return fail(tr("%1 is a SQLite database but not a LiveDesk history; it was left "
                           "untouched.")
                                .arg(path));
    }
    if (!exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(tr("Cannot switch the history %1 to write-ahead logging: %2")
                            .arg(path, m_lastError));
    exec(durability == Durability::Full ? u"PRAGMA synchronous=FULL"_s
                                        : u"PRAGMA synchronous=NORMAL"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
    QString schemaError;
    if (!createSchema(&schemaError))
        return fail(tr("Cannot set up the history database %1: %2").arg(path, schemaError));
    return {};
}

bool HistoryStore::createSchema(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // IMMEDIATE: take the write lock first, so another writer is waited for (busy timeout). A
    // deferred transaction that reads and then writes is refused at once ("database is
    // locked") when another process is writing.
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QString &sql : schemaStatements()) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    // FTS5 with diacritics folded where the SQLite is new enough (3.27), else plain; without
    // FTS5 at all, search falls back to LIKE.
    m_fts = false;
    if (q.exec(u"SELECT 1 FROM sqlite_master WHERE name='turns_fts'"_s) && q.next()) {
        m_fts = true;
    } else {
        for (const QString &tokenizer :
             {u"unicode61 remove_diacritics 2"_s, u"unicode61 remove_diacritics 1"_s}) {
            if (!q.exec(u"SAVEPOINT fts"_s))
                break;
            bool ok = true;
            for (const QString &sql : ftsStatements(tokenizer)) {
                if (!q.exec(sql)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                q.exec(u"RELEASE fts"_s);
                // Index what an older, FTS-less setup stored.
                q.exec(u"INSERT INTO turns_fts(turns_fts) VALUES('rebuild')"_s);
                m_fts = true;
                break;
            }
            q.exec(u"ROLLBACK TO fts"_s);
            q.exec(u"RELEASE fts"_s);
        }
        if (!m_fts)
            qCWarning(lcApp, "SQLite without FTS5: history search uses plain text matching");
    }
    if (!q.exec(u"PRAGMA user_version=%1"_s.arg(kSchemaVersion)) || !db.commit()) {
        *error = q.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QString HistoryStore::moveAside(const QString &path, QString *error, const QDateTime &now)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("There is no history at %1 to move aside.").arg(path);
        return {};
    }
    const QString stamp = now.toString(u"yyyyMMdd-HHmmss"_s);
    QString target;
    for (int n = 1;; ++n) {
        target = info.dir().filePath(
                info.completeBaseName() + u".damaged-"_s + stamp
                + (n > 1 ? u"-"_s + QString::number(n) : QString())
                + (info.suffix().isEmpty() ? QString() : u"."_s + info.suffix()));
        if (!QFileInfo::exists(target))
            break;
    }
    if (!QFile::rename(path, target)) {
        *error = tr("Cannot move the history %1 aside to %2.").arg(path, target);
        return {};
    }
    // Its journal files belong to it: left behind, they would be applied to the new database.
    for (const QString &journal : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + journal))
            QFile::rename(path + journal, target + journal);
    }
    return target;
}

void HistoryStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
    m_fts = false;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
           && QSqlDatabase::database(m_connection, false).isOpen();
}

QString HistoryStore::searchLimitation() const
{
    if (m_fts || !isOpen())
        return {};
    return tr("The SQLite library in use has no full-text search (FTS5): history search finds "
              "exact text only, without ranking.");
}

// --- writing -----------------------------------------------------------------------------------

qint64 HistoryStore::beginSession(const HistorySessionInfo &info, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(uR"(INSERT INTO sessions (uuid, started_ms, ended_ms, end_reason, mode, model, title,
                  source_language, target_language, recording_path, usage_json, cost_usd)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue((info.started.isValid() ? info.started : QDateTime::currentDateTime())
                           .toMSecsSinceEpoch());
    q.addBindValue(msOrNull(info.ended));
    q.addBindValue(info.endReason);
    q.addBindValue(info.mode);
    q.addBindValue(info.model);
    q.addBindValue(info.title);
    q.addBindValue(info.sourceLanguage);
    q.addBindValue(info.targetLanguage);
    q.addBindValue(info.recordingPath);
    q.addBindValue(compactJson(info.usage));
    q.addBindValue(info.costUsd);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        if (error)
            *error = tr("Cannot add the session to the history: %1").arg(m_lastError);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool HistoryStore::saveItems(qint64 sessionId, const QList<ItemAt> &items, QString *error,
                             const QJsonObject *usage, double costUsd)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto fail = [&](const QString &why) {
        m_lastError = why;
        if (error)
            *error = tr("Cannot save to the history: %1").arg(why);
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(uR"(INSERT INTO turns (session_id, item_key, position, kind, started_ms, ended_ms,
                  complete, text, language, interrupted, heard_chars, from_local_speech, tool_name,
                  tool_call_id, tool_args, tool_state, tool_result, duration_ms, notice, extra)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT(session_id, item_key) DO UPDATE SET
                  position=excluded.position, kind=excluded.kind, started_ms=excluded.started_ms,
                  ended_ms=excluded.ended_ms, complete=excluded.complete, text=excluded.text,
                  language=excluded.language, interrupted=excluded.interrupted,
                  heard_chars=excluded.heard_chars, from_local_speech=excluded.from_local_speech,
                  tool_name=excluded.tool_name, tool_call_id=excluded.tool_call_id,
                  tool_args=excluded.tool_args, tool_state=excluded.tool_state,
                  tool_result=excluded.tool_result, duration_ms=excluded.duration_ms,
                  notice=excluded.notice, extra=excluded.extra)"_s);
    for (const ItemAt &at : items) {
        const TranscriptItem &item = *at.item;
        q.addBindValue(sessionId);
        q.addBindValue(item.id);
        q.addBindValue(at.position);
        q.addBindValue(kindName(item.kind));
        q.addBindValue(msOrNull(item.started));
        q.addBindValue(msOrNull(item.ended));
        q.addBindValue(item.complete ? 1 : 0);
        q.addBindValue(item.text);
        q.addBindValue(item.languageCode);
        q.addBindValue(item.interrupted ? 1 : 0);
        q.addBindValue(item.heardChars);
        q.addBindValue(item.fromLocalSpeech ? 1 : 0);
        q.addBindValue(item.toolName);
        q.addBindValue(item.callId);
        q.addBindValue(compactJson(item.arguments));
        q.addBindValue(item.kind == TranscriptItemKind::ToolCall ? tools::stateName(item.toolState)
                                                                 : QString());
        q.addBindValue(item.toolResult);
        q.addBindValue(item.durationMs);
        q.addBindValue(noticeName(item.notice));
        q.addBindValue(compactJson(groundingToJson(item)));
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (usage) {
        QSqlQuery u(db);
        u.prepare(u"UPDATE sessions SET usage_json=?, cost_usd=? WHERE id=?"_s);
        u.addBindValue(compactJson(*usage));
        u.addBindValue(costUsd);
        u.addBindValue(sessionId);
        if (!u.exec())
            return fail(u.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

bool HistoryStore::setRecordingPath(qint64 sessionId, const QString &path, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE sessions SET recording_path=? WHERE id=?"_s);
    q.addBindValue(path);
    q.addBindValue(sessionId);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    if (error)
        *error = tr("Cannot save to the history: %1").arg(m_lastError);
    return false;
}

bool HistoryStore::setTitle(qint64 sessionId, const QString &title, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE sessions SET title=? WHERE id=?"_s);
    q.addBindValue(title);
    q.addBindValue(sessionId);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    if (error)
        *error = tr("Cannot save to the history: %1").arg(m_lastError);
    return false;
}

bool HistoryStore::endSession(qint64 sessionId, const QDateTime &ended, const QString &reason,
                              QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE sessions SET ended_ms=?, end_reason=? WHERE id=?"_s);
    q.addBindValue((ended.isValid() ? ended : QDateTime::currentDateTime()).toMSecsSinceEpoch());
    q.addBindValue(reason);
    q.addBindValue(sessionId);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_lastError = q.lastError().isValid() ? q.lastError().text()
                                          : tr("no session %1").arg(sessionId);
    if (error)
        *error = tr("Cannot save to the history: %1").arg(m_lastError);
    return false;
}

} // namespace livedesk::app
