// The reply watchdog (LiveSession, replyTimeoutMs) against the simulator's stalls: a reply the
// service swallows, spoken or typed, and a held-back turnComplete are reported (replyStalled);
// the retry re-sends the turn on the same connection or reconnects and asks again, per setting.
// A slow but talking server, or input that expects no reply, is never a stall.
#include "recoverytestkit.h"
#include "session/modelcatalog.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;
using State = LiveSession::State;
using livedesk::sim::Simulator;

Q_DECLARE_METATYPE(livedesk::session::StallCause)
Q_DECLARE_METATYPE(livedesk::session::StallRecovery)
Q_DECLARE_METATYPE(livedesk::protocol::Behavior)

namespace {

LiveSessionOptions watchdogOptions(StallRecovery recovery = StallRecovery::ResendTurn)
{
    LiveSessionOptions o = quickRecoveryOptions();
    o.replyTimeoutMs = 1000;
    o.stallRecovery = recovery;
    return o;
}

bool openLive(LiveSession &session, const Simulator &sim)
{
    return session.open(endpointFor(sim.url()), recoverySetup())
           && QTest::qWaitFor([&] { return session.state() == State::Live; }, 10000);
}

// Speech to a simulator that will not answer it: the session is live, the reply swallowed.
bool sendUnansweredSpeech(Simulator &sim, LiveSession &session, const QByteArray &speech)
{
    if (!sim.start())
        return false;
    session.setOptions(watchdogOptions());
    if (!openLive(session, sim))
        return false;
    sim.swallowNextReplies(1);
    session.sendAudio(speech);
    session.sendAudio(QByteArray(32000, '\0'));
    return true;
}

} // namespace

class tst_SessionWatchdog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void swallowedTypedReply_data();
    void swallowedTypedReply();
    void swallowedSpokenReply();
    void stalledAfterToolResult();
    void silentNonBlockingResultIsNotAStall_data();
    void silentNonBlockingResultIsNotAStall();
    void heldBackTurnComplete();
    void talkingServerIsNotAStall();
    void noStallWithoutAnExpectedReply();
    void quietPauseAfterUnansweredSoundOwesNoReply();

private:
    QTemporaryDir m_dir;
};

void tst_SessionWatchdog::initTestCase()
{
    qRegisterMetaType<StallCause>();
    QVERIFY(m_dir.isValid());
}

void tst_SessionWatchdog::swallowedTypedReply_data()
{
    QTest::addColumn<StallRecovery>("recovery");
    QTest::addColumn<int>("connections");
    QTest::newRow("retry re-sends the turn on the same connection")
            << StallRecovery::ResendTurn << 1;
    QTest::newRow("retry reconnects and asks again") << StallRecovery::Reconnect << 2;
}

void tst_SessionWatchdog::swallowedTypedReply()
{
    QFETCH(StallRecovery, recovery);
    QFETCH(int, connections);
    Simulator sim(fastSimulator());
    QVERIFY(sim.start());
    QSignalSpy questions(&sim, &Simulator::clientContentReceived);
    LiveSession session;
    session.setOptions(watchdogOptions(recovery));
    QSignalSpy stalls(&session, &LiveSession::replyStalled);
    QSignalSpy turns(&session, &LiveSession::turnCompleted);
    QVERIFY(openLive(session, sim));
    sim.swallowNextReplies(1);
    QElapsedTimer clock;
    clock.start();
    session.sendClientText(u"are you there?"_s);
    QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                    u"^no reply: nothing from the server for \\d+ ms after the (user's turn|tool response)$"_s));
    QVERIFY(stalls.wait(5000));
    QVERIFY(clock.elapsed() >= 900); // coarse timers may fire 5 % early
    QCOMPARE(stalls.first().at(0).value<StallCause>(), StallCause::UserTurn);
    QVERIFY(stalls.first().at(1).toLongLong() >= 900);
    QVERIFY(session.isStalled());
    QCOMPARE(turns.size(), 0);

    // The user accepts the offered retry.
    QVERIFY(session.retryStalledTurn());
    QVERIFY(!session.isStalled());
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), 1, 10000);
    QTRY_VERIFY(session.isLive());
    QCOMPARE(session.connectionCount(), connections);
    QCOMPARE(questions.size(), 2); // the same question, asked again
    QCOMPARE(questions.at(1).at(1).toStringList(), QStringList {u"user: are you there?"_s});
    QCOMPARE(session.stats().stalls, 1);
    QVERIFY(!session.retryStalledTurn()); // nothing stalled any more
}

void tst_SessionWatchdog::swallowedSpokenReply()
{
    const QByteArray speech = espeakSpeech(m_dir.path(), u"What time is it?"_s);
    if (speech.isEmpty())
        QSKIP("espeak-ng is needed for speech");
    Simulator sim(fastSimulator());
    LiveSession session;
    QSignalSpy stalls(&session, &LiveSession::replyStalled);
    QSignalSpy turns(&session, &LiveSession::turnCompleted);
    QVERIFY(sendUnansweredSpeech(sim, session, speech));
    session.sendAudioStreamEnd(); // after speech: the user's turn ended, a reply is owed
    QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                    u"^no reply: nothing from the server for \\d+ ms after the (user's turn|tool response)$"_s));
    QVERIFY(stalls.wait(5000));
    QCOMPARE(turns.size(), 0);
    QVERIFY(session.retryStalledTurn()); // the same speech again
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), 1, 10000);
    QCOMPARE(session.connectionCount(), 1);
}

void tst_SessionWatchdog::stalledAfterToolResult()
{
    auto options = fastSimulator();
    options.scenarioJson = R"({"turns":[{"transcript":"time","toolCall":{"name":"get_time",
        "args":{}},"reply":"It is {result}."}]})";
    Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    LiveSession session;
    session.setOptions(watchdogOptions());
    QSignalSpy stalls(&session, &LiveSession::replyStalled);
    QSignalSpy turns(&session, &LiveSession::turnCompleted);
    int calls = 0;
    connect(&session, &LiveSession::toolCallReceived, this, [&](const ToolCall &call) {
        ++calls;
        ToolResponse response;
        for (const FunctionCall &f : call.functionCalls)
            response.functionResponses.append({f.id, f.name, {{u"output"_s, u"noon"_s}}, {}, {}});
        session.sendToolResponse(response);
    });
    Setup setup = recoverySetup();
    FunctionDeclaration getTime;
    getTime.name = u"get_time"_s;
    getTime.description = u"The time"_s;
    setup.tools = {Tool {.functionDeclarations = {getTime}}};
    QVERIFY(session.open(endpointFor(sim.url()), setup));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
    sim.swallowNextToolResults(1);
    session.sendClientText(u"what time is it"_s);
    QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                    u"^no reply: nothing from the server for \\d+ ms after the (user's turn|tool response)$"_s));
    QVERIFY(stalls.wait(5000));
    QCOMPARE(stalls.first().at(0).value<StallCause>(), StallCause::ToolResponse);
    // A tool result cannot be sent twice on the same connection (its call is answered there):
    // the retry resumes from before the question and asks it again.
    QVERIFY(session.retryStalledTurn());
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), 1, 10000);
    QCOMPARE(calls, 2);
    QCOMPARE(session.connectionCount(), 2);
}

void tst_SessionWatchdog::silentNonBlockingResultIsNotAStall_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Behavior>("declared");
    QTest::newRow("3.8 Live: a bare declaration does not block")
            << u"gemini-3.8-live"_s << Behavior::Unspecified;
    QTest::newRow("2.5: a NON_BLOCKING declaration")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << Behavior::NonBlocking;
}

void tst_SessionWatchdog::silentNonBlockingResultIsNotAStall()
{
    QFETCH(QString, model);
    QFETCH(Behavior, declared);
    auto options = fastSimulator();
    options.scenarioJson = R"({"turns":[{"transcript":"time","toolCall":{"name":"get_time",
        "args":{}},"reply":"It is {result}.","fillerReply":"One moment."}]})";
    // The service says nothing at all after a SILENT result; so does the simulator here.
    options.serverFields.waitingForInput = false;
    Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    LiveSession session;
    session.setOptions(watchdogOptions());
    QSignalSpy stalls(&session, &LiveSession::replyStalled);
    QSignalSpy turns(&session, &LiveSession::turnCompleted);
    bool answered = false;
    connect(&session, &LiveSession::toolCallReceived, this, [&](const ToolCall &call) {
        ToolResponse response;
        for (const FunctionCall &f : call.functionCalls) {
            response.functionResponses.append(
                    {f.id, f.name, {{u"output"_s, u"noon"_s}}, Scheduling::Silent, {}});
        }
        session.sendToolResponse(response);
        answered = true;
    });
    Setup setup = recoverySetup();
    setup.model = u"models/"_s + model;
    FunctionDeclaration getTime;
    getTime.name = u"get_time"_s;
    getTime.description = u"The time"_s;
    getTime.behavior = declared;
    setup.tools = {Tool {.functionDeclarations = {getTime}}};
    // As the app builds it: the model's profile decides what a bare declaration means.
    const ModelCatalog catalog = ModelCatalog::builtIn();
    applyCapabilities(setup, catalog.find(model), Backend::GeminiApi);
    QVERIFY(session.open(endpointFor(sim.url()), setup));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
    session.sendClientText(u"what time is it"_s);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), 1, 10000); // the filler turn
    // Nothing more comes, rightly: three reply timeouts of silence are no stall.
    QVERIFY(!stalls.wait(3000));
    QVERIFY(!session.isStalled());
    QCOMPARE(session.state(), State::Live);
}

void tst_SessionWatchdog::heldBackTurnComplete()
{
    auto options = fastSimulator();
    options.turnCompleteDelayMs = 4000;
    Simulator sim(options);
    QVERIFY(sim.start());
    LiveSession session;
    session.setOptions(watchdogOptions());
    QSignalSpy stalls(&session, &LiveSession::replyStalled);
    QSignalSpy generated(&session, &LiveSession::generationCompleted);
    QSignalSpy turns(&session, &LiveSession::turnCompleted);
    QVERIFY(openLive(session, sim));
    session.sendClientText(u"hello"_s);
    QVERIFY(generated.wait(10000));
    QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                    u"^no reply: nothing from the server for \\d+ ms after the (user's turn|tool response)$"_s));
    QVERIFY(stalls.wait(3000)); // silence after generationComplete, no turnComplete
    QCOMPARE(turns.size(), 0);
    QVERIFY(session.isStalled());
    // The late turnComplete ends the stall by itself.
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), 1, 6000);
    QVERIFY(!session.isStalled());
}

void tst_SessionWatchdog::talkingServerIsNotAStall()
{
    auto options = fastSimulator();
    options.speechSpeedFactor = 1; // a reply of several seconds, message by message
    options.scenarioJson = R"({"turns":[{"transcript":"x","reply":"This answer takes a few
        seconds to say, far longer than the watchdog's timeout, but the server keeps talking."}]})";
    Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    LiveSession session;
    session.setOptions(watchdogOptions());
    QSignalSpy stalls(&session, &LiveSession::replyStalled);
    QSignalSpy turns(&session, &LiveSession::turnCompleted);
    QVERIFY(openLive(session, sim));
    session.sendClientText(u"talk to me"_s);
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), 1, 20000);
    QCOMPARE(stalls.size(), 0);
}

void tst_SessionWatchdog::noStallWithoutAnExpectedReply()
{
    Simulator sim(fastSimulator());
    QVERIFY(sim.start());
    LiveSession session;
    session.setOptions(watchdogOptions());
    QSignalSpy stalls(&session, &LiveSession::replyStalled);
    QVERIFY(openLive(session, sim));
    // The microphone was on in a quiet room and then muted: no turn, no reply owed.
    session.sendAudio(QByteArray(32000, '\0'));
    session.sendAudioStreamEnd();
    // Twice the 1 s reply timeout: a watchdog that expected a reply would have fired.
    QTest::qWait(2000);
    QCOMPARE(stalls.size(), 0);
}

void tst_SessionWatchdog::quietPauseAfterUnansweredSoundOwesNoReply()
{
    const QByteArray speech = espeakSpeech(m_dir.path(), u"Hm."_s);
    if (speech.isEmpty())
        QSKIP("espeak-ng is needed for speech");
    Simulator sim(fastSimulator());
    LiveSession session;
    QSignalSpy stalls(&session, &LiveSession::replyStalled);
    // A sound the service does not answer (a cough, a murmur), then the hands-free stream pauses
    // in the quiet room that follows.
    QVERIFY(sendUnansweredSpeech(sim, session, speech));
    QCOMPARE(session.sendAudioStreamEnd(LiveSession::StreamPause::QuietRoom), SendResult::Sent);
    // Twice the 1 s reply timeout: a watchdog that expected a reply would have fired.
    QTest::qWait(2000);
    QCOMPARE(stalls.size(), 0);
}

QTEST_GUILESS_MAIN(tst_SessionWatchdog)
#include "tst_session_watchdog.moc"
