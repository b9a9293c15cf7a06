// Tool calls and interruptions against the simulator with a raw client: tool calls with {result}
// substitution and id errors; barge-in with interrupted/turnComplete/toolCallCancellation;
// NO_INTERRUPTION; non-blocking tools; tools declared by a context update. Turns themselves:
// tst_simturns.
#include "simturnstesting.h"

using namespace simturns;

class tst_SimTurnsTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toolRoundTrip_data();
    void toolRoundTrip();
    void undeclaredToolUsesFallback();
    void toolResponseIdErrors_data();
    void toolResponseIdErrors();
    void bargeInBySpeech();
    void bargeInCancelsPendingToolCall();
    void noInterruptionFinishesTheTurn();
    void clientContentInterrupts();
    void audioDuringToolCallCloses();
    void nonBlockingTool_data();
    void nonBlockingTool();
    void contextUpdateDeclaresTools();

private:
    QByteArray m_speech; // "Hello simulator, how are you today?" at 16 kHz
};

void tst_SimTurnsTools::initTestCase()
{
    QString error;
    m_speech = speechPcm16k(u"Hello simulator, how are you today?"_s, &error);
    if (m_speech.isEmpty())
        QSKIP(qPrintable(u"no test speech: "_s + error));
}

void tst_SimTurnsTools::toolRoundTrip_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("reply");
    QTest::newRow("a string output is spoken as is")
            << QByteArray(R"({"output":"noon"})") << u"It is noon now."_s;
    QTest::newRow("an object output is inserted as compact JSON")
            << QByteArray(R"({"output":{"time":"12:00"}})") << u"It is {\"time\":\"12:00\"} now."_s;
    QTest::newRow("an error is reported as one")
            << QByteArray(R"({"error":"no clock"})") << u"It is an error: no clock now."_s;
    QTest::newRow("a response without output or error is the output")
            << QByteArray(R"({"hour":12})") << u"It is {\"hour\":12} now."_s;
}

void tst_SimTurnsTools::toolRoundTrip()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, reply);
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup()));
    client.sendRealtimeText(u"hello"_s); // scenario turn 1
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"what time is it?"_s); // scenario turn 2 calls get_time

    const qsizetype callAt
            = client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }, 10000,
                             start);
    QVERIFY(callAt >= 0);
    const FunctionCall call = client.messages.at(callAt).toolCall->functionCalls.first();
    QCOMPARE(call.name, u"get_time"_s);
    QCOMPARE(call.args, QJsonObject({{u"zone"_s, u"UTC"_s}}));
    QVERIFY(!call.id.isEmpty());
    // The model waits for the result: nothing is said, the turn is not over.
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QCOMPARE(client.count(hasAudio, start), 0);
    QCOMPARE(client.count(isTurnComplete, start), 0);

    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")" + call.id.toUtf8()
                    + R"(","name":"get_time","response":)" + response + "}]}}");
    QVERIFY(client.waitFor(isTurnComplete, 10000, callAt) >= 0);
    QCOMPARE(outputTranscript(client.messages, callAt), reply);
    QVERIFY(client.count(hasAudio, callAt) > 0);
}

void tst_SimTurnsTools::undeclaredToolUsesFallback()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"outputAudioTranscription":{}})"));
    client.sendRealtimeText(u"one"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"two"_s);
    QVERIFY(client.waitFor(isTurnComplete, 10000, start) >= 0);
    QCOMPARE(client.count([](const ServerMessage &m) { return m.toolCall.has_value(); }), 0);
    QCOMPARE(outputTranscript(client.messages, start), u"I have no clock."_s);
}

void tst_SimTurnsTools::toolResponseIdErrors_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("a response without an id closes 1007") << QByteArray(
            R"({"toolResponse":{"functionResponses":[{"name":"get_time","response":{}}]}})");
    QTest::newRow("a response to a call never made closes 1007") << QByteArray(
            R"({"toolResponse":{"functionResponses":[{"id":"fc-nope","name":"get_time","response":{}}]}})");
}

void tst_SimTurnsTools::toolResponseIdErrors()
{
    QFETCH(QByteArray, response);
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup()));
    client.sendRealtimeText(u"one"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    client.sendRealtimeText(u"two"_s);
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }) >= 0);
    client.sendJson(response);
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1007);
    QCOMPARE(client.closeReason, u"Request contains an invalid argument."_s);
}

void tst_SimTurnsTools::bargeInBySpeech()
{
    auto sim = startSimulator(kLongScenario, 4);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), kVadSetup));
    client.sendRealtimeText(u"tell me a story"_s);
    QVERIFY(client.waitFor(hasAudio) >= 0);
    const qsizetype bargeAt = client.messages.size();
    client.sendAudio(m_speech + silencePcm16k(600));

    const qsizetype interrupted = client.waitFor(isInterrupted, 5000, bargeAt);
    QVERIFY(interrupted >= 0);
    const qsizetype complete = client.waitFor(isTurnComplete, 5000, bargeAt);
    QVERIFY(complete > interrupted);
    QVERIFY(client.messages.at(complete).usageMetadata);
    // An interrupted turn has no generationComplete, and no audio follows the interruption.
    QCOMPARE(client.count(isGenerationComplete, 0, complete), 0);
    const qsizetype nextTurnStart = complete + 1;
    // The speech that interrupted is the next turn, answered in full.
    const qsizetype second = client.waitFor(isTurnComplete, 10000, nextTurnStart);
    QVERIFY(second >= 0);
    QCOMPARE(outputTranscript(client.messages, nextTurnStart), u"Alright, I will stop."_s);
    QCOMPARE(inputTranscript(client.messages, bargeAt), u"stop"_s);
}

void tst_SimTurnsTools::bargeInCancelsPendingToolCall()
{
    auto sim = startSimulator(kLongScenario, 50);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup() /* get_weather is BLOCKING */));
    client.sendRealtimeText(u"story"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    client.sendRealtimeText(u"stop"_s);
    QVERIFY(client.waitFor(isTurnComplete, 10000, client.messages.size()) >= 0);
    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"weather?"_s);
    const qsizetype callAt
            = client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }, 10000,
                             start);
    QVERIFY(callAt >= 0);
    const QString id = client.messages.at(callAt).toolCall->functionCalls.first().id;

    client.sendAudio(m_speech + silencePcm16k(600));
    const qsizetype cancelAt = client.waitFor(
            [](const ServerMessage &m) { return m.toolCallCancellation.has_value(); }, 5000, callAt);
    QVERIFY(cancelAt >= 0);
    QCOMPARE(client.messages.at(cancelAt).toolCallCancellation->ids, QStringList {id});
    const qsizetype interrupted = client.waitFor(isInterrupted, 5000, callAt);
    const qsizetype complete = client.waitFor(isTurnComplete, 5000, callAt);
    QVERIFY(cancelAt < interrupted && interrupted < complete);

    // A result that arrives after the cancellation is ignored, not an error.
    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")" + id.toUtf8()
                    + R"(","name":"get_weather","response":{"output":{"tempC":21}}}]}})");
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QVERIFY(!client.disconnected);
}

void tst_SimTurnsTools::noInterruptionFinishesTheTurn()
{
    auto sim = startSimulator(kLongScenario, 4);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"outputAudioTranscription":{},
        "realtimeInputConfig":{"activityHandling":"NO_INTERRUPTION",
                               "automaticActivityDetection":{"silenceDurationMs":300}}})"));
    client.sendRealtimeText(u"tell me a story"_s);
    QVERIFY(client.waitFor(hasAudio) >= 0);
    client.sendAudio(m_speech + silencePcm16k(600));
    const qsizetype first = client.waitFor(isTurnComplete, 20000);
    QVERIFY(first >= 0);
    QCOMPARE(client.count(isInterrupted), 0);
    QCOMPARE(client.count(isGenerationComplete, 0, first), 1);
    QVERIFY(outputTranscript(client.messages).startsWith(u"Once upon a time"));
    // The speech heard meanwhile is answered after the turn.
    QVERIFY(client.waitFor(isTurnComplete, 20000, first + 1) >= 0);
    QCOMPARE(outputTranscript(client.messages, first + 1), u"Alright, I will stop."_s);
}

void tst_SimTurnsTools::clientContentInterrupts()
{
    auto sim = startSimulator(kLongScenario, 4);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"outputAudioTranscription":{},
        "realtimeInputConfig":{"activityHandling":"NO_INTERRUPTION"}})",
                                kModel38));
    client.sendRealtimeText(u"tell me a story"_s);
    QVERIFY(client.waitFor(hasAudio) >= 0);
    // clientContent interrupts even when activity does not.
    client.sendJson(
            R"({"clientContent":{"turns":[{"role":"user","parts":[{"text":"stop"}]}],"turnComplete":true}})");
    const qsizetype interrupted = client.waitFor(isInterrupted, 5000);
    QVERIFY(interrupted >= 0);
    const qsizetype complete = client.waitFor(isTurnComplete, 5000, interrupted);
    QVERIFY(complete > interrupted);
    QVERIFY(client.waitFor(isTurnComplete, 20000, complete + 1) >= 0);
    QCOMPARE(outputTranscript(client.messages, complete + 1), u"Alright, I will stop."_s);
}

void tst_SimTurnsTools::audioDuringToolCallCloses()
{
    SimulatorOptions options;
    options.closeOnAudioDuringToolCall = true;
    auto sim = startSimulator(kScenario, 50, options);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup()));
    client.sendAudio(silencePcm16k(200)); // audio while nothing is pending is fine
    client.sendRealtimeText(u"one"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    client.sendRealtimeText(u"two"_s);
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }) >= 0);
    client.sendAudio(silencePcm16k(40));
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1008);
    QCOMPARE(client.closeReason, u"The operation was aborted."_s);
}

void tst_SimTurnsTools::nonBlockingTool_data()
{
    QTest::addColumn<QString>("scheduling");
    QTest::addColumn<bool>("spoken");
    QTest::newRow("WHEN_IDLE: the result is spoken in a turn of its own") << u"WHEN_IDLE"_s << true;
    QTest::newRow("INTERRUPT: likewise, at once") << u"INTERRUPT"_s << true;
    QTest::newRow("SILENT: the result only joins the context") << u"SILENT"_s << false;
}

void tst_SimTurnsTools::nonBlockingTool()
{
    QFETCH(QString, scheduling);
    QFETCH(bool, spoken);
    auto sim = startSimulator(kLongScenario, 50);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup("NON_BLOCKING")));
    for (const QString &text : {u"story"_s, u"stop"_s}) {
        client.sendRealtimeText(text);
        QVERIFY(client.waitFor(isTurnComplete, 10000, client.messages.size()) >= 0);
    }
    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"weather?"_s);
    const qsizetype callAt
            = client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }, 10000,
                             start);
    QVERIFY(callAt >= 0);
    // The model goes on talking (the filler) and ends its turn without waiting.
    const qsizetype fillerDone = client.waitFor(isTurnComplete, 10000, callAt);
    QVERIFY(fillerDone >= 0);
    QCOMPARE(outputTranscript(client.messages, callAt), u"Let me look that up."_s);

    const QString id = client.messages.at(callAt).toolCall->functionCalls.first().id;
    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")" + id.toUtf8()
                    + R"(","name":"get_weather","response":{"output":{"tempC":21}},"scheduling":")"
                    + scheduling.toUtf8() + R"("}]}})");
    const qsizetype resultDone = client.waitFor(isTurnComplete, spoken ? 10000 : 500,
                                                fillerDone + 1);
    QCOMPARE(resultDone >= 0, spoken);
    if (spoken)
        QCOMPARE(outputTranscript(client.messages, fillerDone + 1), u"It is 21 degrees."_s);
    QVERIFY(!client.disconnected);
}

void tst_SimTurnsTools::contextUpdateDeclaresTools()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    client.sendRealtimeText(u"one"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    // No tools at setup; a contextUpdate declares get_time before the turn that calls it.
    client.sendJson(R"({"contextUpdate":{"tools":{"tools":[{"functionDeclarations":[
                        {"name":"get_time","description":"The time"}]}]}}})");
    client.sendRealtimeText(u"two"_s);
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }) >= 0);
}

QTEST_GUILESS_MAIN(tst_SimTurnsTools)
#include "tst_simturns_tools.moc"
