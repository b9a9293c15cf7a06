// Scenario files: what loads, the exact error for what does not, which turn plays when, and how
// placeholders expand.
#include "simulator/scenario.h"

#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::sim;
using namespace Qt::StringLiterals;

class tst_Scenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loads();
    void errors_data();
    void errors();
    void missingFile();
    void builtIn();
    void turnAt_data();
    void turnAt();
    void demoKeywords_data();
    void demoKeywords();
    void placeholders_data();
    void placeholders();
};

void tst_Scenario::loads()
{
    QString error;
    const auto s = Scenario::fromJson(R"({"name":"demo","turns":[
        {"transcript":"what is the weather","toolCall":{"name":"get_weather","args":{"city":"Paris"}},
         "reply":"It is {result.tempC} degrees.","fallbackReply":"No weather tool.",
         "fillerReply":"Checking."},
        {"reply":"Bye.","language":"en-US","replyLanguage":"de"}],
        "afterLastTurn":"cycle","genericTurns":[{"reply":"Generic."}]})",
                                      &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->name, u"demo"_s);
    QCOMPARE(s->turns.size(), 2);
    QCOMPARE(s->turns.at(0).transcript, u"what is the weather"_s);
    QVERIFY(s->turns.at(0).toolCall);
    QCOMPARE(s->turns.at(0).toolCall->name, u"get_weather"_s);
    QCOMPARE(s->turns.at(0).toolCall->args, QJsonObject({{u"city"_s, u"Paris"_s}}));
    QCOMPARE(s->turns.at(0).fallbackReply, u"No weather tool."_s);
    QCOMPARE(s->turns.at(0).fillerReply, u"Checking."_s);
    QVERIFY(!s->turns.at(1).toolCall);
    QVERIFY(s->turns.at(0).language.isEmpty());
    QCOMPARE(s->turns.at(1).language, u"en-US"_s);
    QCOMPARE(s->turns.at(1).replyLanguage, u"de"_s);
    QCOMPARE(s->afterLastTurn, AfterLastTurn::Cycle);
    QCOMPARE(s->genericTurns.size(), 1);
}

void tst_Scenario::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON") << QByteArray("{") << u"invalid JSON at offset"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"expected a JSON object"_s;
    QTest::newRow("no turns") << QByteArray(R"({"name":"x"})") << u"scenario.turns: required"_s;
    QTest::newRow("turns is not an array")
            << QByteArray(R"({"turns":{}})") << u"turns: expected an array"_s;
    QTest::newRow("a misspelt top-level key") << QByteArray(R"({"turns":[],"afterLast":"cycle"})")
                                              << u"scenario: unknown key \"afterLast\""_s;
    QTest::newRow("a misspelt key in a turn")
            << QByteArray(R"({"turns":[{"reply":"a"},{"replly":"b"}]})")
            << u"turns[1]: unknown key \"replly\""_s;
    QTest::newRow("a reply that is not a string")
            << QByteArray(R"({"turns":[{"reply":3}]})") << u"turns[0].reply: expected a string"_s;
    QTest::newRow("a tool call without a name")
            << QByteArray(R"({"turns":[{"toolCall":{"args":{}}}]})")
            << u"turns[0].toolCall.name: required"_s;
    QTest::newRow("tool arguments that are not an object")
            << QByteArray(R"({"turns":[{"toolCall":{"name":"f","args":[1]}}]})")
            << u"turns[0].toolCall.args: expected an object"_s;
    QTest::newRow("an unknown placeholder")
            << QByteArray(R"({"turns":[{"reply":"It is {reslt}."}]})")
            << u"turns[0].reply: unknown placeholder {reslt}"_s;
    QTest::newRow("an unknown afterLastTurn mode")
            << QByteArray(R"({"turns":[],"afterLastTurn":"loop"})")
            << u"afterLastTurn: \"loop\" is not one of generic, cycle, repeatLast"_s;
    QTest::newRow("cycling through no turns")
            << QByteArray(R"({"turns":[],"afterLastTurn":"cycle"})")
            << u"afterLastTurn: \"cycle\" needs at least one turn"_s;
    QTest::newRow("a language that is not a language code")
            << QByteArray(R"({"turns":[{"reply":"Hallo","replyLanguage":"German"}]})")
            << u"turns[0].replyLanguage: \"German\" is not a BCP-47 language code"_s;
    QTest::newRow("a language that is not a string")
            << QByteArray(R"({"turns":[{"reply":"Hallo","language":1}]})")
            << u"turns[0].language: expected a string"_s;
    QTest::newRow("a bad generic turn")
            << QByteArray(R"({"turns":[],"genericTurns":[{"say":"x"}]})")
            << u"genericTurns[0]: unknown key \"say\""_s;
}

void tst_Scenario::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!Scenario::fromJson(json, &actual));
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
}

void tst_Scenario::missingFile()
{
    QString error;
    QVERIFY(!Scenario::fromFile(u"/nonexistent/scenario.json"_s, &error));
    QVERIFY(error.contains(u"/nonexistent/scenario.json"));

    QTemporaryDir dir;
    QFile file(dir.filePath(u"bad.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"turns":[{"rply":"x"}]})");
    file.close();
    QVERIFY(!Scenario::fromFile(file.fileName(), &error));
    QVERIFY(error.contains(file.fileName()));
    QVERIFY(error.contains(u"turns[0]: unknown key \"rply\""));
}

void tst_Scenario::builtIn()
{
    const Scenario s = Scenario::builtIn();
    QCOMPARE(s.turns.size(), 3);
    QVERIFY(s.turns.at(0).reply.contains(u"offline demo"));
    QVERIFY(s.turns.at(1).toolCall);
    QCOMPARE(s.turns.at(1).toolCall->name, u"get_current_time"_s);
    QVERIFY(!s.turns.at(1).fallbackReply.isEmpty());
    QVERIFY(s.turns.at(2).reply.contains(u"{videoRemark}"));
    QVERIFY(!s.genericTurns.isEmpty());
    for (const ScenarioTurn &t : s.turns + s.genericTurns) {
        QVERIFY(unknownPlaceholders(t.reply).isEmpty());
        QVERIFY(unknownPlaceholders(t.transcript).isEmpty());
    }
}

void tst_Scenario::turnAt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("replies"); // of model turns 0, 1, 2, …

    const QByteArray turns = R"("turns":[{"reply":"a"},{"reply":"b"}])";
    QTest::newRow("generic: rotate through the generic turns afterwards")
            << QByteArray("{" + turns + R"(,"genericTurns":[{"reply":"g1"},{"reply":"g2"}]})")
            << QStringList {u"a"_s, u"b"_s, u"g1"_s, u"g2"_s, u"g1"_s};
    QTest::newRow("cycle: start again") << QByteArray("{" + turns + R"(,"afterLastTurn":"cycle"})")
                                        << QStringList {u"a"_s, u"b"_s, u"a"_s, u"b"_s};
    QTest::newRow("repeatLast: the last turn again and again")
            << QByteArray("{" + turns + R"(,"afterLastTurn":"repeatLast"})")
            << QStringList {u"a"_s, u"b"_s, u"b"_s, u"b"_s};
}

void tst_Scenario::turnAt()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, replies);
    QString error;
    const auto s = Scenario::fromJson(json, &error);
    QVERIFY2(s, qPrintable(error));
    for (int i = 0; i < replies.size(); ++i)
        QCOMPARE(s->turnAt(i).reply, replies.at(i));
}

void tst_Scenario::demoKeywords_data()
{
    QTest::addColumn<QString>("userText"); // typed; empty for a voice turn
    QTest::addColumn<QString>("toolCall"); // the function the answer calls, or empty
    QTest::addColumn<QString>("mentions"); // a word of the answer

    QTest::newRow("the time") << u"What time is it?"_s << u"get_current_time"_s
                              << u"{result.time}"_s;
    QTest::newRow("the date, in capitals")
            << u"WHAT DAY IS TODAY"_s << u"get_current_time"_s << u"{result.weekday}"_s;
    QTest::newRow("the camera") << u"What do you see on my camera?"_s << QString()
                                << u"{videoRemark}"_s;
    QTest::newRow("a long answer to interrupt")
            << u"Tell me a long story"_s << QString() << u"interrupt"_s;
    QTest::newRow("a translation")
            << u"Can you translate this into German?"_s << QString() << u"Translator"_s;
    // Whole words only: "timeline" is not "time", "hill" is not "hi".
    QTest::newRow("a word that merely contains a keyword")
            << u"The timeline of the hill"_s << QString() << u"LiveDesk offline demo"_s;
    QTest::newRow("a voice turn follows the script")
            << QString() << QString() << u"LiveDesk offline demo"_s;
}

void tst_Scenario::demoKeywords()
{
    QFETCH(QString, userText);
    QFETCH(QString, toolCall);
    QFETCH(QString, mentions);

    const Scenario s = Scenario::builtIn();
    // As the first turn of a session, where the script would introduce the demo.
    const ScenarioTurn turn = s.turnFor(0, userText);
    QCOMPARE(turn.toolCall ? turn.toolCall->name : QString(), toolCall);
    QVERIFY2(turn.reply.contains(mentions), qPrintable(turn.reply));
    QVERIFY(unknownPlaceholders(turn.reply).isEmpty());
    QVERIFY(unknownPlaceholders(turn.fallbackReply).isEmpty());
}

void tst_Scenario::placeholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("result");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QString>("expected");

    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("a string result as is")
            << u"It is {result}."_s << QJsonValue(u"noon"_s) << false << 0 << u"It is noon."_s;
    QTest::newRow("an object result as compact JSON")
            << u"{result}"_s << QJsonValue(QJsonObject {{u"a"_s, 1}}) << false << 0
            << u"{\"a\":1}"_s;
    QTest::newRow("a field of the result")
            << u"{result.weather.tempC} degrees"_s
            << QJsonValue(QJsonObject {{u"weather"_s, QJsonObject {{u"tempC"_s, 21.5}}}}) << false
            << 0 << u"21.5 degrees"_s;
    QTest::newRow("a missing field")
            << u"{result.nope}"_s << QJsonValue(QJsonObject {}) << false << 0 << u"unknown"_s;
    QTest::newRow("an error result") << u"Got {result}."_s << QJsonValue(u"timeout"_s) << true << 0
                                     << u"Got an error: timeout."_s;
    QTest::newRow("no result yet") << u"{result}"_s << none << false << 0 << u"no result"_s;
    QTest::newRow("speech length, user text and turn number")
            << u"{speechSeconds}s, '{userText}', turn {turn}"_s << none << false << 0
            << u"2.4s, 'hi', turn 3"_s;
    QTest::newRow("no frames yet")
            << u"{videoFrames} {videoSize}"_s << none << false << 0 << u"0 unknown"_s;
    QTest::newRow("frames received")
            << u"{videoFrames} {videoSize}: {videoRemark}"_s << none << false << 12
            << u"12 640x480: I have received 12 frames, the last one 640 by 480 pixels and 30 "
               "kilobytes. I cannot see what is in them: I am only a simulator."_s;
    QTest::newRow("braces that are no placeholder stay")
            << u"{ not one } {1x}"_s << none << false << 0 << u"{ not one } {1x}"_s;
}

void tst_Scenario::placeholders()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, result);
    QFETCH(bool, failed);
    QFETCH(int, frames);
    QFETCH(QString, expected);
    ReplyContext c;
    if (!result.isUndefined())
        c.toolResult = result;
    c.toolFailed = failed;
    c.speechSeconds = 2.44;
    c.userText = u"hi"_s;
    c.turnNumber = 3;
    c.videoFrames = frames;
    if (frames > 0) {
        c.lastFrameSize = QSize(640, 480);
        c.lastFrameBytes = 30 * 1024;
    }
    QCOMPARE(expandPlaceholders(text, c), expected);
}

QTEST_GUILESS_MAIN(tst_Scenario)
#include "tst_scenario.moc"
