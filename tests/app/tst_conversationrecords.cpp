// app::ConversationRecords, the records lifecycle both front ends use (issue 14), against the
// in-process simulator and a real SQLite history: the entry is made when the conversation goes
// live and holds each turn exactly once; one with no turn is not kept; a fixed title (the offline
// demo's) is used as given; the subtitles are written after every turn; the "history" and
// "history_saved" events and the "history" metric are the conversation log's.
#include "app/conversation.h"
#include "app/conversationlog.h"
#include "app/conversationrecords.h"
#include "app/history/historystore.h"
#include "app/history/recordingcontroller.h"
#include "app/sessionconfig.h"
#include "app/transcript.h"
#include "simulator/simulator.h"
#include "tests/app/conversationtesting.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace Qt::StringLiterals;

namespace {

QStringList eventTypes(const QString &path)
{
    QFile f(path);
    QStringList types;
    if (!f.open(QIODevice::ReadOnly))
        return types;
    while (!f.atEnd()) {
        const QJsonObject e = QJsonDocument::fromJson(f.readLine()).object();
        types << e.value(u"type"_s).toString();
    }
    return types;
}

} // namespace

class tst_ConversationRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void historyEntry_data();
    void historyEntry();

private:
    sim::Simulator m_simulator;
};

void tst_ConversationRecords::initTestCase()
{
    QVERIFY(m_simulator.start());
}

void tst_ConversationRecords::historyEntry_data()
{
    QTest::addColumn<QStringList>("questions");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("kept");
    QTest::newRow("no turn: not kept") << QStringList() << QString() << false;
    QTest::newRow("one turn") << QStringList {u"What is the capital of France?"_s} << QString()
                              << true;
    QTest::newRow("two turns, demo title")
            << QStringList {u"Hello there"_s, u"And how are you?"_s} << u"Offline demo"_s << true;
}

void tst_ConversationRecords::historyEntry()
{
    QFETCH(QStringList, questions);
    QFETCH(QString, title);
    QFETCH(bool, kept);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    app::HistoryStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(u"history.sqlite"_s), &error), qPrintable(error));

    const auto config
            = testing::conversationConfig(u"gemini-2.5-flash-native-audio-preview-12-2025"_s,
                                          m_simulator.url().toString());
    QVERIFY(config);
    app::Conversation conversation;
    conversation.setConfig(*config);
    const QString events = dir.filePath(u"events.jsonl"_s);
    const QString metrics = dir.filePath(u"metrics.json"_s);
    QVERIFY2(conversation.log().open(events, metrics, &error), qPrintable(error));
    app::Transcript transcript;
    transcript.attach(&conversation.session());
    app::RecordingController recording;
    app::ConversationRecords records(&conversation, &transcript, &recording, &store);
    app::RecordsSettings settings;
    settings.modeId = u"assistant"_s;
    settings.title = title;
    settings.subtitlesPath = dir.filePath(u"conversation.vtt"_s);
    records.setSettings(settings);

    session::LiveSession &s = conversation.session();
    connect(&s, &session::LiveSession::setupCompleted, &records, [&] {
        QString beginError;
        QVERIFY2(records.begin(&beginError), qPrintable(beginError));
    });
    QVERIFY(conversation.open());
    QTRY_VERIFY_WITH_TIMEOUT(records.isBegun(), 20000);
    const qint64 id = records.historySessionId();
    QVERIFY(id > 0);

    QSignalSpy turns(&s, &session::LiveSession::turnCompleted);
    for (const QString &question : std::as_const(questions)) {
        const int before = turns.size();
        transcript.addUserText(question);
        QVERIFY(conversation.sendText(question) != session::SendResult::NotSent);
        QTRY_VERIFY_WITH_TIMEOUT(turns.size() > before, 20000);
    }
    s.close();
    QTRY_VERIFY_WITH_TIMEOUT(records.isFinished(), 10000);
    conversation.log().closeEvents();
    QVERIFY(conversation.log().writeMetrics(0, {}, &error));

    const QStringList types = eventTypes(events);
    QCOMPARE(types.count(u"history"_s), 1);
    QCOMPARE(types.count(u"history_saved"_s), questions.size());
    const QJsonObject history = conversation.log().metrics(0, {}).value(u"history"_s).toObject();
    QCOMPARE(history.value(u"session_id"_s).toInteger(), id);

    if (!kept) {
        QVERIFY2(!store.session(id), "an entry with no turn is not kept");
        QCOMPARE(records.historySessionId(), 0);
        return;
    }
    const auto saved = store.session(id);
    QVERIFY(saved);
    QVERIFY(saved->ended.isValid());
    QCOMPARE(saved->endReason, u"closed"_s);
    QCOMPARE(saved->mode, u"assistant"_s);
    if (!title.isEmpty())
        QCOMPARE(saved->title, title);
    else
        QVERIFY2(questions.first().startsWith(saved->title.left(10)), qPrintable(saved->title));
    // Each turn exactly once: the user's question and the model's answer, in order.
    const QList<app::TranscriptItem> items = store.items(id);
    QCOMPARE(items.size(), questions.size() * 2);
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QCOMPARE(items.at(2 * i).kind, app::TranscriptItemKind::UserTurn);
        QCOMPARE(items.at(2 * i).text, questions.at(i));
        QCOMPARE(items.at(2 * i + 1).kind, app::TranscriptItemKind::ModelTurn);
    }
    // The subtitles hold every turn.
    QFile vtt(settings.subtitlesPath);
    QVERIFY(vtt.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(vtt.readAll());
    QVERIFY(text.startsWith(u"WEBVTT"_s));
    for (const QString &question : std::as_const(questions))
        QVERIFY2(text.contains(question), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_ConversationRecords)
#include "tst_conversationrecords.moc"
