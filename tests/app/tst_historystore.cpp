// The history database (a real SQLite file through Qt SQL, in a temporary folder): a session
// round trip, full-text search, export to Markdown and JSON, delete, retention, files that are
// not ours, two processes' worth of connections, and the live recorder writing one transaction
// per finished turn.
#include "app/history/historyexport.h"
#include "app/history/historyrecorder.h"
#include "app/history/historystore.h"
#include "app/history/transcriptjson.h"
#include "tests/smalldisk.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kT0 = QDateTime::fromString(u"2026-03-14T10:00:00+01:00"_s, Qt::ISODate);

TranscriptItem turn(qint64 id, TranscriptItemKind kind, const QString &text, int atSeconds,
                    const QString &language = {})
{
    TranscriptItem item;
    item.id = id;
    item.kind = kind;
    item.text = text;
    item.languageCode = language;
    item.complete = true;
    item.started = kT0.addSecs(atSeconds);
    item.ended = kT0.addSecs(atSeconds + 2);
    return item;
}

// A conversation with one of each kind of item.
QList<TranscriptItem> sampleItems()
{
    QList<TranscriptItem> items;
    items << turn(1, TranscriptItemKind::UserTurn, u"What's the weather like in Zürich?"_s, 1,
                  u"en-US"_s);
    TranscriptItem tool;
    tool.id = 3;
    tool.kind = TranscriptItemKind::ToolCall;
    tool.toolName = u"get_weather"_s;
    tool.callId = u"fc-1"_s;
    tool.arguments = QJsonObject {{u"city"_s, u"Zürich"_s}};
    tool.toolState = tools::ToolCallState::Done;
    tool.toolResult = u"{\"tempC\":21}"_s;
    tool.durationMs = 42;
    tool.complete = true;
    tool.started = kT0.addSecs(3);
    tool.ended = kT0.addSecs(3);
    items << tool;
    TranscriptItem answer = turn(2, TranscriptItemKind::ModelTurn,
                                 u"It is sunny and twenty-one degrees in Zürich, a café day."_s, 4,
                                 u"en-US"_s);
    answer.interrupted = true;
    answer.heardChars = 20;
    answer.sources = {{u"https://weather.example/zurich"_s, u"Weather"_s, u"weather.example"_s}};
    answer.searchQueries = {u"weather zurich"_s};
    items << answer;
    TranscriptItem notice;
    notice.id = 4;
    notice.kind = TranscriptItemKind::Notice;
    notice.notice = NoticeKind::Reconnected;
    notice.text = u"Reconnected"_s;
    notice.complete = true;
    notice.started = kT0.addSecs(9);
    notice.ended = kT0.addSecs(9);
    items << notice;
    return items;
}

QList<HistoryStore::ItemAt> positioned(const QList<TranscriptItem> &items)
{
    QList<HistoryStore::ItemAt> out;
    for (int i = 0; i < items.size(); ++i)
        out.append({&items.at(i), i});
    return out;
}

HistorySessionInfo sampleSession()
{
    HistorySessionInfo info;
    info.started = kT0;
    info.mode = u"translator"_s;
    info.model = u"gemini-3.5-live-translate-preview"_s;
    info.title = u"Weather in Zürich"_s;
    info.sourceLanguage = u"en-US"_s;
    info.targetLanguage = u"de-DE"_s;
    info.recordingPath = u"/tmp/conversation.opus"_s;
    return info;
}

void compareItems(const QList<TranscriptItem> &actual, const QList<TranscriptItem> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const TranscriptItem &a = actual[i];
        const TranscriptItem &e = expected[i];
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.started, e.started);
        QCOMPARE(a.ended, e.ended);
        QCOMPARE(a.complete, e.complete);
        QCOMPARE(a.languageCode, e.languageCode);
        QCOMPARE(a.interrupted, e.interrupted);
        QCOMPARE(a.heardChars, e.heardChars);
        QCOMPARE(a.sources, e.sources);
        QCOMPARE(a.searchQueries, e.searchQueries);
        QCOMPARE(a.toolName, e.toolName);
        QCOMPARE(a.callId, e.callId);
        QCOMPARE(a.arguments, e.arguments);
        QCOMPARE(a.toolState, e.toolState);
        QCOMPARE(a.toolResult, e.toolResult);
        QCOMPARE(a.durationMs, e.durationMs);
        QCOMPARE(a.notice, e.notice);
    }
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sessionRoundTrip();
    void writesAreWalTransactions();
    void savingAgainReplacesAnItem();
    void search_data();
    void search();
    void exportsMarkdown();
    void exportsJsonThatReadsBack();
    void recordingTranscriptBesideTheRecording();
    void deleteRemovesTheSessionAndOptionallyItsRecording_data();
    void deleteRemovesTheSessionAndOptionallyItsRecording();
    void retentionDeletesOldSessions();
    void refusesFilesThatAreNotOurs_data();
    void refusesFilesThatAreNotOurs();
    void twoConnectionsShareOneDatabase();
    void recorderSavesEachFinishedTurnOnce();
    void readsWhileAnotherConnectionWrites();
    void readsFromAReadOnlyDisk();
    void aDamagedHistoryIsMovedAside();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void tst_HistoryStore::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"sub/history.sqlite"_s); // the folder is created on open
}

void tst_HistoryStore::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void tst_HistoryStore::sessionRoundTrip()
{
    const QList<TranscriptItem> items = sampleItems();
    qint64 id = 0;
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(m_path, &error), qPrintable(error));
        QVERIFY(store.hasFullTextSearch()); // Debian's SQLite has FTS5
        QVERIFY(store.searchLimitation().isEmpty());
        id = store.beginSession(sampleSession(), &error);
        QVERIFY2(id > 0, qPrintable(error));
        const QJsonObject usage {{u"prompt"_s, 1900}, {u"response"_s, 1500}};
        QVERIFY2(store.saveItems(id, positioned(items), &error, &usage, 0.0234), qPrintable(error));
        QVERIFY(store.endSession(id, kT0.addSecs(60), u"closed"_s, &error));
    }
    HistoryStore store;
    QString error;
    QVERIFY2(store.open(m_path, &error), qPrintable(error));
    const auto sessions = store.sessions();
    QCOMPARE(sessions.size(), 1);
    const HistorySessionInfo &s = sessions.first();
    QCOMPARE(s.id, id);
    QCOMPARE(s.started, kT0);
    QCOMPARE(s.ended, kT0.addSecs(60));
    QCOMPARE(s.endReason, u"closed"_s);
    QCOMPARE(s.mode, u"translator"_s);
    QCOMPARE(s.model, u"gemini-3.5-live-translate-preview"_s);
    QCOMPARE(s.title, u"Weather in Zürich"_s);
    QCOMPARE(s.sourceLanguage, u"en-US"_s);
    QCOMPARE(s.targetLanguage, u"de-DE"_s);
    QCOMPARE(s.recordingPath, u"/tmp/conversation.opus"_s);
    QCOMPARE(s.usage.value(u"prompt"_s).toInt(), 1900);
    QCOMPARE(s.costUsd, 0.0234);
    QCOMPARE(s.itemCount, 4);
    compareItems(store.items(id), items);
    QVERIFY(!store.session(id + 100));
}

void tst_HistoryStore::writesAreWalTransactions()
{
    HistoryStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = store.beginSession(sampleSession(), &error);
    QVERIFY(id);
    // Another connection sees write-ahead logging and the schema version.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), HistoryStore::kSchemaVersion);
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    // A batch that fails half-way leaves nothing behind: one transaction.
    QList<TranscriptItem> items = sampleItems();
    QList<HistoryStore::ItemAt> batch = positioned(items);
    QVERIFY(!store.saveItems(id + 999, batch, &error)); // no such session: foreign key
    QVERIFY(error.contains(u"history"_s));
    QCOMPARE(store.items(id + 999).size(), 0);
    QCOMPARE(store.items(id).size(), 0);
}

void tst_HistoryStore::savingAgainReplacesAnItem()
{
    HistoryStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = store.beginSession(sampleSession(), &error);
    TranscriptItem a = turn(7, TranscriptItemKind::ModelTurn, u"the first version"_s, 1);
    TranscriptItem b = turn(8, TranscriptItemKind::UserTurn, u"a question"_s, 0);
    QVERIFY(store.saveItems(id, {{&a, 0}}, &error));
    // A late user turn goes before it; the answer is cut and its text settles.
    a.text = u"the final wording"_s;
    a.interrupted = true;
    a.heardChars = 9;
    QVERIFY(store.saveItems(id, {{&b, 0}, {&a, 1}}, &error));
    const auto items = store.items(id);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].text, u"a question"_s);
    QCOMPARE(items[1].text, u"the final wording"_s);
    QCOMPARE(items[1].heardChars, 9);
    // The index follows the replacement.
    QCOMPARE(store.search(u"first"_s).size(), 0);
    QCOMPARE(store.search(u"wording"_s).size(), 1);
}

void tst_HistoryStore::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("itemKeys"); // expected hits, any order
    QTest::newRow("a word from a past turn") << u"sunny"_s << QList<qint64> {2};
    QTest::newRow("case does not matter") << u"SUNNY"_s << QList<qint64> {2};
    QTest::newRow("the last word is a prefix, as you type") << u"wea"_s << QList<qint64> {1, 3};
    QTest::newRow("accents fold both ways") << u"zurich cafe"_s << QList<qint64> {2};
    QTest::newRow("every word is required") << u"sunny question"_s << QList<qint64> {};
    QTest::newRow("a tool's name") << u"get_weather"_s << QList<qint64> {3};
    QTest::newRow("search syntax is taken as words")
            << u"\"sunny\" AND (NEAR"_s << QList<qint64> {};
    QTest::newRow("a lone quote finds nothing and fails nothing") << u"\""_s << QList<qint64> {};
    QTest::newRow("blank") << u"   "_s << QList<qint64> {};
}

void tst_HistoryStore::search()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, itemKeys);
    HistoryStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = store.beginSession(sampleSession(), &error);
    const QList<TranscriptItem> items = sampleItems();
    QVERIFY(store.saveItems(id, positioned(items), &error));
    // A second session that must not match by accident.
    const qint64 other = store.beginSession(HistorySessionInfo {}, &error);
    const TranscriptItem unrelated = turn(1, TranscriptItemKind::UserTurn, u"a question"_s, 0);
    QVERIFY(store.saveItems(other, {{&unrelated, 0}}, &error));

    const QList<HistorySearchHit> hits = store.search(query);
    QVERIFY2(store.lastError().isEmpty() || hits.isEmpty(), qPrintable(store.lastError()));
    QList<qint64> found;
    for (const HistorySearchHit &hit : hits) {
        QCOMPARE(hit.sessionId, id);
        QCOMPARE(hit.sessionTitle, u"Weather in Zürich"_s);
        QVERIFY(hit.snippet.contains(HistoryStore::kMatchOpen));
        found.append(hit.itemKey);
    }
    std::sort(found.begin(), found.end());
    QCOMPARE(found, itemKeys);
}

void tst_HistoryStore::exportsMarkdown()
{
    HistorySessionInfo info = sampleSession();
    info.ended = kT0.addSecs(95);
    info.usage = QJsonObject {{u"prompt"_s, 1900}, {u"response"_s, 1500}};
    info.costUsd = 0.0234;
    const QString md = exportMarkdown(info, sampleItems());
    QVERIFY(md.startsWith(u"# Weather in Zürich\n"_s));
    QVERIFY(md.contains(u"(1 min 35 s)"_s));
    QVERIFY(md.contains(u"translator (en-US → de-DE)"_s));
    QVERIFY(md.contains(u"**You** [en-US] (10:00:01): What's the weather like in Zürich?"_s));
    // The part the user did not hear is struck through, and the cut is said.
    QVERIFY2(md.contains(u"It is sunny and twen ~~ty-one"_s), qPrintable(md));
    QVERIFY(md.contains(u"*(interrupted)*"_s));
    QVERIFY(md.contains(u"[Weather](https://weather.example/zurich)"_s));
    QVERIFY(md.contains(u"Tool `get_weather`: done, 42 ms"_s));
    QVERIFY(md.contains(u"*(10:00:09) Reconnected*"_s));
    QVERIFY(md.contains(u"1,900 prompt tokens"_s) || md.contains(u"1900 prompt tokens"_s));
    // Markdown in what people said is shown, not interpreted.
    QCOMPARE(markdownEscaped(u"*bold* _x_ [a](b) #1"_s), u"\\*bold\\* \\_x\\_ \\[a\\](b) \\#1"_s);
}

void tst_HistoryStore::exportsJsonThatReadsBack()
{
    const QList<TranscriptItem> items = sampleItems();
    HistorySessionInfo info = sampleSession();
    info.id = 12;
    const QJsonObject json = exportJson(info, items);
    QCOMPARE(json.value(u"format"_s).toString(), u"livedesk-conversation"_s);
    QCOMPARE(json.value(u"session"_s).toObject().value(u"target_language"_s).toString(), u"de-DE"_s);
    // Through text and back, as a program reading the file would.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QList<TranscriptItem> back;
    for (const QJsonValue &v : reread.value(u"items"_s).toArray()) {
        QString error;
        const auto item = itemFromJson(v.toObject(), &error);
        QVERIFY2(item, qPrintable(error));
        back.append(*item);
    }
    compareItems(back, items);
    QCOMPARE(reread.value(u"items"_s).toArray().at(2).toObject().value(u"start_ms"_s).toInt(), 4000);
}

void tst_HistoryStore::recordingTranscriptBesideTheRecording()
{
    const QString recording = m_dir->filePath(u"talk.opus"_s);
    QCOMPARE(recordingTranscriptPath(recording), m_dir->filePath(u"talk.json"_s));
    QString error;
    QVERIFY2(writeRecordingTranscript(recording, kT0.addMSecs(500), sampleSession(), sampleItems(),
                                      &error),
             qPrintable(error));
    QFile file(m_dir->filePath(u"talk.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"livedesk-recording-transcript"_s);
    QCOMPARE(json.value(u"recording"_s).toString(), u"talk.opus"_s);
    const QJsonArray items = json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 4);
    // Times relative to the recording's first sample.
    QCOMPARE(items.at(0).toObject().value(u"start_ms"_s).toInt(), 500);
    QCOMPARE(items.at(0).toObject().value(u"end_ms"_s).toInt(), 2500);
}

void tst_HistoryStore::deleteRemovesTheSessionAndOptionallyItsRecording_data()
{
    QTest::addColumn<RecordingFiles>("files");
    QTest::newRow("keeping the recording") << RecordingFiles::Keep;
    QTest::newRow("deleting the recording and its transcript") << RecordingFiles::Delete;
}

void tst_HistoryStore::deleteRemovesTheSessionAndOptionallyItsRecording()
{
    QFETCH(RecordingFiles, files);
    const QString recording = m_dir->filePath(u"r.opus"_s);
    for (const QString &p : {recording, m_dir->filePath(u"r.json"_s)}) {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    HistoryStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    HistorySessionInfo info = sampleSession();
    info.recordingPath = recording;
    const qint64 id = store.beginSession(info, &error);
    const qint64 kept = store.beginSession(HistorySessionInfo {}, &error);
    const QList<TranscriptItem> items = sampleItems();
    QVERIFY(store.saveItems(id, positioned(items), &error));
    QVERIFY(store.saveItems(kept, positioned(items), &error));
    QCOMPARE(store.search(u"sunny"_s).size(), 2);

    QVERIFY2(store.deleteSession(id, files, &error), qPrintable(error));
    QVERIFY(!store.session(id));
    QCOMPARE(store.items(id).size(), 0);
    QCOMPARE(store.search(u"sunny"_s).size(), 1); // the index forgot it too
    QCOMPARE(store.sessions().size(), 1);
    const bool expectFiles = files == RecordingFiles::Keep;
    QCOMPARE(QFile::exists(recording), expectFiles);
    QCOMPARE(QFile::exists(m_dir->filePath(u"r.json"_s)), expectFiles);

    QVERIFY(!store.deleteSession(id, files, &error));
    QVERIFY(error.contains(QString::number(id)));
}

void tst_HistoryStore::retentionDeletesOldSessions()
{
    HistoryStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    QCOMPARE(store.retentionDays(), 0);
    const QDateTime now = kT0;
    for (int daysAgo : {400, 40, 31, 29, 1}) {
        HistorySessionInfo info;
        info.started = now.addDays(-daysAgo);
        info.title = QString::number(daysAgo);
        QVERIFY(store.beginSession(info, &error));
    }
    // Keep everything by default.
    QCOMPARE(store.applyRetention(now, RecordingFiles::Keep, &error), 0);
    QCOMPARE(store.sessions().size(), 5);
    QVERIFY(!store.setRetentionDays(-1, &error));
    QVERIFY(store.setRetentionDays(30, &error));
    QCOMPARE(store.retentionDays(), 30);
    QCOMPARE(store.applyRetention(now, RecordingFiles::Keep, &error), 3);
    QStringList left;
    for (const auto &s : store.sessions())
        left << s.title;
    QCOMPARE(left, (QStringList {u"1"_s, u"29"_s}));
    // The setting lives in the database.
    store.close();
    QVERIFY(store.open(m_path, &error));
    QCOMPARE(store.retentionDays(), 30);
}

void tst_HistoryStore::refusesFilesThatAreNotOurs_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("a text file") << u"text"_s << u"not SQLite"_s;
    QTest::newRow("another program's SQLite database") << u"foreign"_s << u"not a LiveDesk"_s;
    QTest::newRow("a history from a newer LiveDesk") << u"newer"_s << u"newer LiveDesk"_s;
    QTest::newRow("a folder") << u"folder"_s << u"folder"_s;
}

void tst_HistoryStore::refusesFilesThatAreNotOurs()
{
    QFETCH(QString, setup);
    QFETCH(QString, reasonPart);
    const QString path = m_dir->filePath(u"other.sqlite"_s);
    if (setup == u"text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
    } else if (setup == u"folder") {
        QVERIFY(QDir().mkpath(path));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"setup"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        if (setup == u"foreign")
            QVERIFY(q.exec(u"CREATE TABLE recipes (name TEXT)"_s));
        else
            QVERIFY(q.exec(u"PRAGMA user_version=99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"setup"_s);
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(reasonPart), qPrintable(error));
    QVERIFY(!store.isOpen());
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        QCOMPARE(f.readAll(), before); // left untouched
}

void tst_HistoryStore::twoConnectionsShareOneDatabase()
{
    // The desktop app and livedesk-cli may have the history open at the same time.
    HistoryStore writer;
    HistoryStore reader;
    QString error;
    QVERIFY(writer.open(m_path, &error));
    QVERIFY(reader.open(m_path, &error));
    const qint64 id = writer.beginSession(sampleSession(), &error);
    const QList<TranscriptItem> items = sampleItems();
    QVERIFY(writer.saveItems(id, positioned(items), &error));
    QCOMPARE(reader.sessions().size(), 1);
    QCOMPARE(reader.items(id).size(), 4);
    QCOMPARE(reader.search(u"sunny"_s).size(), 1);
    QVERIFY(reader.deleteSession(id, RecordingFiles::Keep, &error));
    QCOMPARE(writer.sessions().size(), 0);
}

void tst_HistoryStore::recorderSavesEachFinishedTurnOnce()
{
    HistoryStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    Transcript transcript;
    HistoryRecorder recorder(&store);
    HistorySessionInfo info;
    info.mode = u"assistant"_s;
    QVERIFY2(recorder.begin(info, &transcript, nullptr, {}, &error), qPrintable(error));
    const qint64 id = recorder.sessionId();

    // A turn in progress is not written.
    transcript.onInputTranscription(protocol::Transcription {.text = u"tell me a"_s});
    transcript.onModelText(u"Once upon"_s);
    // The recorder writes from a zero-interval timer: one pass of the event loop runs it.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(store.items(id).size(), 0);
    QCOMPARE(recorder.stats().transactions, 0);

    // The exchange completes: both turns in one transaction.
    transcript.onInputTranscription(protocol::Transcription {.text = u" story about a dragon"_s});
    transcript.onModelText(u" a time there was a dragon."_s);
    transcript.onTurnComplete();
    QTRY_COMPARE(recorder.stats().transactions, 1);
    QCOMPARE(store.items(id).size(), 2);
    QCOMPARE(store.session(id)->title, u"tell me a story about a dragon"_s);

    // The user cut the answer short: the heard part is saved again.
    transcript.onModelTurnCut(100, 400);
    QTRY_COMPARE(recorder.stats().transactions, 2);
    QCOMPARE(store.items(id).at(1).heardChars, int(transcript.items().at(1).heardChars));
    QVERIFY(store.items(id).at(1).interrupted);

    // A typed turn (complete at once) and a notice.
    transcript.addUserText(u"another"_s);
    transcript.addNotice(NoticeKind::Reconnected, u"Reconnected"_s);
    QTRY_COMPARE(store.items(id).size(), 4);
    recorder.finish(u"closed"_s);
    QVERIFY(store.session(id)->ended.isValid());
    QCOMPARE(store.session(id)->endReason, u"closed"_s);
    QVERIFY(!recorder.isActive());
    qInfo("%d transactions, %d items, %.2f ms per transaction on average",
          recorder.stats().transactions, recorder.stats().itemsWritten,
          double(recorder.stats().totalWriteNs) / recorder.stats().transactions / 1e6);
}

void tst_HistoryStore::readsWhileAnotherConnectionWrites()
{
    // Another process holds the write lock (the GUI saving a turn, or a stuck writer). Reading
    // failed at once with "database is locked": opening always wrote the schema.
    QString error;
    qint64 id = 0;
    {
        HistoryStore store;
        QVERIFY2(store.open(m_path, &error), qPrintable(error));
        id = store.beginSession(sampleSession(), &error);
        QVERIFY(store.saveItems(id, positioned(sampleItems()), &error));
    }
    std::atomic<bool> locked {false};
    std::atomic<bool> release {false};
    std::atomic<bool> writerOk {false};
    std::thread writer([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
            db.setDatabaseName(m_path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"BEGIN IMMEDIATE"_s)
                    && q.exec(u"UPDATE sessions SET title = 'being written' WHERE id = %1"_s.arg(
                            id))) {
                    locked = true;
                    // Held until the reader is done, or 1.5 s once it asks to write itself.
                    QElapsedTimer held;
                    held.start();
                    while (!release && held.elapsed() < 20000)
                        QThread::msleep(5);
                    QThread::msleep(1500);
                    writerOk = q.exec(u"COMMIT"_s);
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other-writer"_s);
    });
    QTRY_VERIFY_WITH_TIMEOUT(locked.load(), 10000);

    HistoryStore reader;
    QVERIFY2(reader.open(m_path, &error, HistoryStore::Durability::Full,
                         HistoryStore::Access::ReadOnly),
             qPrintable(error));
    QCOMPARE(reader.sessions().size(), 1);
    QCOMPARE(reader.items(id).size(), 4);
    QCOMPARE(reader.search(u"sunny"_s).size(), 1);

    // A writer waits for the other one (the busy timeout) instead of failing at once.
    release = true;
    HistoryStore second;
    QVERIFY2(second.open(m_path, &error), qPrintable(error));
    writer.join();
    QVERIFY(writerOk.load());
    QCOMPARE(second.session(id)->title, u"being written"_s);
}

void tst_HistoryStore::readsFromAReadOnlyDisk()
{
    // A history on a read-only mount (a backup, a live system): listing it failed with "not a
    // usable SQLite database". A clean close removed the WAL index, which cannot be made there.
    livedesk::testing::SmallDisk disk(2 * 1024 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString path = disk.filePath(u"history.sqlite"_s);
    QString error;
    qint64 id = 0;
    {
        HistoryStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        id = store.beginSession(sampleSession(), &error);
        QVERIFY(store.saveItems(id, positioned(sampleItems()), &error));
    }
    QVERIFY(!QFile::exists(path + u"-shm"_s));
    QVERIFY(disk.makeReadOnly());

    HistoryStore reader;
    QVERIFY2(reader.open(path, &error, HistoryStore::Durability::Full,
                         HistoryStore::Access::ReadOnly),
             qPrintable(error));
    QCOMPARE(reader.sessions().size(), 1);
    QCOMPARE(reader.items(id).size(), 4);
    QCOMPARE(reader.search(u"sunny"_s).size(), 1);

    // Writing there is refused with the reason, and the file is left as it was.
    HistoryStore writer;
    QVERIFY(!writer.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!writer.isOpen());
}

void tst_HistoryStore::aDamagedHistoryIsMovedAside()
{
    // A history that cannot be opened stays untouched until the person asks for a new one; then
    // it is moved aside with its journal files, never deleted.
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const QByteArray damaged = QByteArray("SQLite format 3") + QByteArray(4096, '\x7f');
    auto write = [&damaged](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
               && file.write(damaged) == damaged.size();
    };
    QVERIFY(write(m_path));
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(m_path, &error));
    QVERIFY(write(m_path + u"-wal"_s)); // a journal left beside it
    const QDateTime now = QDateTime::fromString(u"2026-12-06T08:15:00"_s, Qt::ISODate);
    const QString aside = HistoryStore::moveAside(m_path, &error, now);
    QVERIFY2(!aside.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(aside).fileName(), u"history.damaged-20261206-081500.sqlite"_s);
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(!QFile::exists(m_path + u"-wal"_s));
    QFile moved(aside);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), damaged);
    QVERIFY(QFile::exists(aside + u"-wal"_s));

    // A new history starts where the old one was.
    QVERIFY2(store.open(m_path, &error), qPrintable(error));
    QVERIFY(store.beginSession(sampleSession(), &error) > 0);
    store.close();
    // A second damaged file in the same second gets a name of its own.
    QVERIFY(write(m_path));
    const QString second = HistoryStore::moveAside(m_path, &error, now);
    QCOMPARE(QFileInfo(second).fileName(), u"history.damaged-20261206-081500-2.sqlite"_s);
    QVERIFY(HistoryStore::moveAside(m_path, &error, now).isEmpty());
    QVERIFY2(error.contains(u"no history"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
