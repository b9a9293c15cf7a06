// The simulator as the strict service of docs/service-2026.md, during a session: 3.1's silent
// hang; 3.8's non-blocking functions; the server fields the service sends (each switchable); and
// random mid-session 1008/1011 closes that a resume survives. One data row per behaviour of the
// service. Setups and input against each model's profile: tst_simstrict.
#include "simstricttesting.h"

using namespace simstrict;

class tst_SimStrictSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolSemantics_data();
    void toolSemantics();
    void serverFields_data();
    void serverFields();
    void faultsAreResumable_data();
    void faultsAreResumable();
    void serviceBehaviours_data();
    void serviceBehaviours();
};

void tst_SimStrictSession::toolSemantics_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QByteArray>("behavior");
    QTest::addColumn<bool>("blocking");

    QTest::newRow("3.8, a bare declaration does not block") << k38 << QByteArray() << false;
    QTest::newRow("3.8, BLOCKING when declared") << k38 << "BLOCKING"_ba << true;
    QTest::newRow("2.5, a bare declaration blocks") << k25 << QByteArray() << true;
    QTest::newRow("2.5, NON_BLOCKING when declared") << k25 << "NON_BLOCKING"_ba << false;
    QTest::newRow("3.1, always blocking") << k31 << QByteArray() << true;
}

void tst_SimStrictSession::toolSemantics()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, behavior);
    QFETCH(bool, blocking);

    SimulatorOptions options;
    options.serverFields.waitingForInput = false; // the silent case is really silent here
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(functionSetup(behavior), u"models/"_s + model);
    QVERIFY(client.waitFor(isSetupComplete) >= 0);
    client.sendRealtimeText(u"hello"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);

    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"what time is it"_s);
    const qsizetype callAt = client.waitFor(isToolCall, 10000, start);
    QVERIFY(callAt >= 0);
    const QString id = client.messages.at(callAt).toolCall->functionCalls.first().id;
    if (blocking) {
        // The model waits for the result: no turnComplete until it comes.
        QVERIFY(client.waitFor(isTurnComplete, 500, callAt) < 0);
    } else {
        // It goes on talking and ends its turn without the result.
        const qsizetype fillerDone = client.waitFor(isTurnComplete, 10000, callAt);
        QVERIFY(fillerDone >= 0);
        QCOMPARE(outputTranscript(client.messages, callAt), u"Let me check."_s);
    }
    const qsizetype answered = client.messages.size();
    const QByteArray scheduling = blocking ? QByteArray() : R"(,"scheduling":"SILENT")"_ba;
    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")" + id.toUtf8()
                    + R"(","name":"get_time","response":{"output":{"time":"noon"}})" + scheduling
                    + R"(}]}})");
    if (blocking) {
        QVERIFY(client.waitFor(isTurnComplete, 10000, answered) >= 0);
        QCOMPARE(outputTranscript(client.messages, answered), u"It is noon."_s);
    } else {
        // SILENT: the result joins the context and the model says nothing at all, which a
        // client must not take for a stall. Half a second is many times the simulator's
        // reply latency with speech at full speed.
        QVERIFY(client.waitFor([](const ServerMessage &) { return true; }, 500, answered) < 0);
    }
    QVERIFY(!client.disconnected);
}

void tst_SimStrictSession::serverFields_data()
{
    QTest::addColumn<bool>("on");
    QTest::newRow("sent, as the service does") << true;
    QTest::newRow("each switched off") << false;
}

void tst_SimStrictSession::serverFields()
{
    QFETCH(bool, on);
    SimulatorOptions options;
    if (!on)
        options.serverFields = ServerFields {false, false, false, false,
                                             false, false, false, false};
    auto sim = startSimulator(options);

    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(R"({"inputAudioTranscription":{},"outputAudioTranscription":{},
        "sessionResumption":{},"tools":[{"googleSearch":{}},{"functionDeclarations":[
        {"name":"get_time","description":"The time"}]}],
        "generationConfig":{"thinkingConfig":{"includeThoughts":true}}})",
                     u"models/"_s + k38Thinking);
    const qsizetype setupAt = client.waitFor(isSetupComplete);
    QVERIFY(setupAt >= 0);
    QCOMPARE(client.messages.at(setupAt).setupComplete->sessionId.isEmpty(), !on);

    // A turn with a reply: a thought first, grounding, interactionStatus with turnComplete.
    client.sendRealtimeText(u"hello"_s);
    const qsizetype done = client.waitFor(isTurnComplete);
    QVERIFY(done >= 0);
    const auto thought = [](const ServerMessage &m) {
        return m.serverContent && m.serverContent->modelTurn
               && !m.serverContent->modelTurn->parts.isEmpty()
               && m.serverContent->modelTurn->parts.first().thought;
    };
    const auto grounded = [](const ServerMessage &m) {
        return m.serverContent && m.serverContent->groundingMetadata
               && !m.serverContent->groundingMetadata->sources.isEmpty();
    };
    QCOMPARE(client.count(thought, 0, done) == 1, on);
    QCOMPARE(client.count(grounded, 0, done) == 1, on);
    QCOMPARE(client.messages.at(done).serverContent->interactionStatus, on ? u"IDLE"_s : QString());

    // A NON_BLOCKING call answered SILENT: the model waits for input, and says so.
    qsizetype from = client.messages.size();
    client.sendRealtimeText(u"what time is it"_s);
    const qsizetype callAt = client.waitFor(isToolCall, 10000, from);
    QVERIFY(callAt >= 0);
    QVERIFY(client.waitFor(isTurnComplete, 10000, callAt) >= 0);
    from = client.messages.size();
    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")"
                    + client.messages.at(callAt).toolCall->functionCalls.first().id.toUtf8()
                    + R"(","name":"get_time","response":{"output":{}},"scheduling":"SILENT"}]}})");
    const auto waiting = [](const ServerMessage &m) {
        return m.serverContent && m.serverContent->waitingForInput;
    };
    // Switched off, nothing comes at all: 500 ms is many times its latency when it does.
    QCOMPARE(client.waitFor(waiting, on ? 10000 : 500, from) >= 0, on);

    // A turn where the model says nothing: NEED_MORE_INPUT.
    from = client.messages.size();
    client.sendRealtimeText(u"hmm"_s);
    const qsizetype silentDone = client.waitFor(isTurnComplete, 10000, from);
    QVERIFY(silentDone >= 0);
    QCOMPARE(client.messages.at(silentDone).serverContent->turnCompleteReason,
             on ? u"NEED_MORE_INPUT"_s : QString());
    QVERIFY(client.decodeErrors.isEmpty());
}

void tst_SimStrictSession::faultsAreResumable_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("mid-session 1008 (js-genai#1236)")
            << 1008 << u"Operation is not implemented, or supported, or enabled."_s;
    QTest::newRow("mid-session 1011 (service unavailable)")
            << 1011 << u"The service is currently unavailable."_s;
}

void tst_SimStrictSession::faultsAreResumable()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    SimulatorOptions options;
    options.faultRate = 1; // after every turn
    options.faultCloseCodes = {code};
    auto sim = startSimulator(options);

    QString handle;
    for (int turn = 0; turn < 3; ++turn) {
        Client client;
        QVERIFY(client.open(liveUrl(*sim)));
        const QByteArray resume
                = handle.isEmpty()
                          ? R"({"outputAudioTranscription":{},"sessionResumption":{}})"_ba
                          : R"({"outputAudioTranscription":{},"sessionResumption":{"handle":")"
                                    + handle.toUtf8() + R"("}})";
        client.sendSetup(resume, u"models/"_s + k25);
        QVERIFY(client.waitFor(isSetupComplete) >= 0);
        client.sendRealtimeText(u"hello"_s);
        QVERIFY(client.waitFor(isTurnComplete) >= 0);
        // The fault comes after the turn and its fresh handle, so a resume loses nothing.
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode, code);
        QCOMPARE(client.closeReason, reason);
        handle = latestHandle(client);
        QVERIFY(!handle.isEmpty());
    }
}

// The rest of service-2026.md's behaviour table, one row each (the rows above cover unknown
// fields, mid-session 1008/1011 and the server fields).
enum class Behaviour {
    DeadlineAfterGoAway,
    ResumeWhileOldOpen,
    ExpiredHandle,
    SilentAfterTool,
    HandleAfterFirstTurn,
};
Q_DECLARE_METATYPE(Behaviour)

void tst_SimStrictSession::serviceBehaviours_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::newRow("goAway with timeLeft, then 1011 Deadline expired")
            << Behaviour::DeadlineAfterGoAway;
    QTest::newRow("a resume while the old socket is open is refused")
            << Behaviour::ResumeWhileOldOpen;
    QTest::newRow("a handle is valid for a limited time") << Behaviour::ExpiredHandle;
    QTest::newRow("after a BLOCKING tool response the model can go silent")
            << Behaviour::SilentAfterTool;
    QTest::newRow("handles arrive only after the first model turn")
            << Behaviour::HandleAfterFirstTurn;
}

void tst_SimStrictSession::serviceBehaviours()
{
    QFETCH(Behaviour, behaviour);
    SimulatorOptions options;
    if (behaviour == Behaviour::DeadlineAfterGoAway) {
        options.connectionLifetimeMs = 1500;
        options.goAwayNoticeMs = 1000;
    }
    if (behaviour == Behaviour::ExpiredHandle)
        options.handleLifetimeMs = 300;
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(behaviour == Behaviour::SilentAfterTool
                             ? functionSetup({})
                             : R"({"outputAudioTranscription":{},"sessionResumption":{}})"_ba,
                     u"models/"_s + k31);
    QVERIFY(client.waitFor(isSetupComplete) >= 0);
    client.sendRealtimeText(u"hello"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);

    switch (behaviour) {
    case Behaviour::DeadlineAfterGoAway: {
        const qsizetype at = client.waitFor(
                [](const ServerMessage &m) { return m.goAway.has_value(); });
        QVERIFY(at >= 0);
        QVERIFY(client.messages.at(at).goAway->timeLeft.count() <= 1000);
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode, 1011);
        QCOMPARE(client.closeReason, u"Deadline expired before operation could complete."_s);
        break;
    }
    case Behaviour::ResumeWhileOldOpen:
    case Behaviour::ExpiredHandle: {
        QVERIFY(client.waitFor(hasHandle) >= 0); // it follows the turnComplete
        const QString handle = latestHandle(client);
        QVERIFY(!handle.isEmpty());
        if (behaviour == Behaviour::ExpiredHandle) {
            client.socket->close();
            QVERIFY(client.waitForClose());
            // Well past the 300 ms lifetime: the handle is certainly stale.
            QTest::qWait(600);
        }
        Client second;
        QVERIFY(second.open(liveUrl(*sim)));
        second.sendSetup(R"({"sessionResumption":{"handle":")" + handle.toUtf8() + R"("}})",
                         u"models/"_s + k31);
        QVERIFY(second.waitForClose());
        QCOMPARE(second.closeCode, behaviour == Behaviour::ExpiredHandle ? 1008 : 1011);
        break;
    }
    case Behaviour::SilentAfterTool: {
        sim->swallowNextToolResults(1);
        const qsizetype from = client.messages.size();
        client.sendRealtimeText(u"what time is it"_s);
        const qsizetype callAt = client.waitFor(isToolCall, 10000, from);
        QVERIFY(callAt >= 0);
        const qsizetype answered = client.messages.size();
        client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")"
                        + client.messages.at(callAt).toolCall->functionCalls.first().id.toUtf8()
                        + R"(","name":"get_time","response":{"output":{"time":"noon"}}}]}})");
        // Nothing comes back, and the connection stays open: the client's watchdog must act.
        QVERIFY(client.waitFor([](const ServerMessage &) { return true; }, 1000, answered) < 0);
        QVERIFY(!client.disconnected);
        break;
    }
    case Behaviour::HandleAfterFirstTurn: {
        // Nothing about resumption before the first turn is complete, then a handle.
        const qsizetype firstDone = client.waitFor(isTurnComplete);
        const auto isUpdate = [](const ServerMessage &m) {
            return m.sessionResumptionUpdate.has_value();
        };
        QCOMPARE(client.count(isUpdate, 0, firstDone), 0);
        const qsizetype firstHandle = client.waitFor(hasHandle);
        QVERIFY(firstHandle > firstDone);
        // A resumed session has had its first turn: its handle comes with setupComplete.
        const QString handle = latestHandle(client);
        client.socket->close();
        QVERIFY(client.waitForClose());
        Client second;
        QVERIFY(second.open(liveUrl(*sim)));
        second.sendSetup(R"({"sessionResumption":{"handle":")" + handle.toUtf8() + R"("}})",
                         u"models/"_s + k31);
        const qsizetype setupAt = second.waitFor(isSetupComplete);
        QVERIFY(setupAt >= 0);
        QVERIFY(second.waitFor(hasHandle, 10000, setupAt) > setupAt);
        QCOMPARE(second.count(isTurnComplete), 0);
        break;
    }
    }
}

QTEST_GUILESS_MAIN(tst_SimStrictSession)
#include "tst_simstrict_session.moc"
