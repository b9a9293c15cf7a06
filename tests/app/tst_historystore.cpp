// The history database (a real SQLite file through Qt SQL, in a temporary folder): a session
// round trip, saving an item again, full-text search, export to Markdown and JSON, delete,
// retention, and the live recorder writing one transaction per finished turn. The file itself
// (transactions, files that are not ours, several connections, read-only and damaged files):
// tst_historystore_files.
#include "app/history/historyexport.h"
#include "app/history/historyrecorder.h"
#include "app/history/transcriptjson.h"
#include "tests/app/historytesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace livedesk::app;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;

class tst_HistoryStore : public HistoryTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void sessionRoundTrip();
    void savingAgainReplacesAnItem();
    void search_data();
    void search();
    void exportsMarkdown();
    void exportsJsonThatReadsBack();
    void recordingTranscriptBesideTheRecording();
    void deleteRemovesTheSessionAndOptionallyItsRecording_data();
    void deleteRemovesTheSessionAndOptionallyItsRecording();
    void retentionDeletesOldSessions();
    void recorderSavesEachFinishedTurnOnce();
};

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

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
