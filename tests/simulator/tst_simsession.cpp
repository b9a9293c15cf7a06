// Session plumbing against a raw client: resumption handles (issued, restoring the scripted state
// on a new connection, refused while the old one is open, expired), transparent resumption, the
// connection lifetime (goAway then 1011), the session caps without compression, and the fault
// injection hooks (drop, malformed frame, closeAll, goAway now, late setupComplete, held-back
// turnComplete, slow pong, Vertex flavour).
#include "simtestclient.h"

using namespace livedesk::sim;
using namespace livedesk::protocol;
using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kScenario = R"({"turns":[{"reply":"first"},{"reply":"second"},{"reply":"third"}],
                                 "afterLastTurn":"repeatLast"})";
const QByteArray kResumableSetup = R"({"sessionResumption":{},"outputAudioTranscription":{}})";

std::unique_ptr<Simulator> startSimulator(SimulatorOptions options = {})
{
    if (options.scenarioJson.isEmpty())
        options.scenarioJson = kScenario;
    options.speechSpeedFactor = 50;
    return startedSimulator(options);
}

bool isResumptionUpdate(const ServerMessage &m)
{
    return m.sessionResumptionUpdate.has_value();
}

QByteArray resumeSetup(const QString &handle)
{
    return R"({"outputAudioTranscription":{},"sessionResumption":{"handle":")" + handle.toUtf8()
           + R"("}})";
}

// One text turn; returns what the model said.
QString textTurn(Client &client, const QString &text)
{
    const qsizetype start = client.messages.size();
    client.sendRealtimeText(text);
    if (client.waitFor(isTurnComplete, 10000, start) < 0)
        return u"(no turnComplete)"_s;
    return outputTranscript(client.messages, start);
}

void closeAndWait(Client &client, Simulator &sim)
{
    QSignalSpy gone(&sim, &Simulator::clientDisconnected);
    client.socket->close();
    QVERIFY(gone.wait(3000));
}

} // namespace

class tst_SimSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumptionUpdates();
    void resumeRestoresScriptedState();
    void resumeWhileOldConnectionIsOpen();
    void resumeRightAfterClosing();
    void unusableHandles_data();
    void unusableHandles();
    void transparentResumption();
    void transparentNeedsVertex();
    void connectionLifetime();
    void sessionCap_data();
    void sessionCap();
    void sessionCapEndsTheSession();
    void dropWithoutCloseFrame();
    void malformedFrame();
    void closeAllWithCodeAndReason();
    void goAwayNow();
    void lateSetupComplete();
    void heldBackTurnComplete();
    void slowPong_data();
    void slowPong();
    void vertexFlavour();
    void stopClosesAndRestartListens();
};

void tst_SimSession::resumptionUpdates()
{
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), kResumableSetup));
    // As on the service, nothing about resumption until the first model turn is complete; then
    // a handle.
    client.sendRealtimeText(u"a"_s);
    const qsizetype firstDone = client.waitFor(isTurnComplete);
    QVERIFY(firstDone >= 0);
    QCOMPARE(client.count(isResumptionUpdate, 0, firstDone), 0);
    const qsizetype first = client.waitFor(isResumptionUpdate, 5000, firstDone);
    QVERIFY(first > firstDone);
    QVERIFY(client.messages.at(first).sessionResumptionUpdate->resumable);
    QVERIFY(!client.messages.at(first).sessionResumptionUpdate->newHandle.isEmpty());

    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"hi"_s);
    const qsizetype done = client.waitFor(isTurnComplete, 10000, start);
    QVERIFY(done >= 0);
    // While generating: {} (not resumable, no handle); after the turn: a new handle.
    const qsizetype during = client.waitFor(isResumptionUpdate, 0, start);
    QVERIFY(during >= 0 && during < done);
    QCOMPARE(*client.messages.at(during).sessionResumptionUpdate, SessionResumptionUpdate {});
    const qsizetype after = client.waitFor(isResumptionUpdate, 5000, done);
    QVERIFY(after > done);
    const auto &update = *client.messages.at(after).sessionResumptionUpdate;
    QVERIFY(update.resumable);
    QVERIFY(!update.newHandle.isEmpty());
    QVERIFY(update.newHandle != client.messages.at(first).sessionResumptionUpdate->newHandle);
    QVERIFY(!update.lastConsumedClientMessageIndex); // transparent mode only

    // Without sessionResumption in the setup there are no updates at all.
    Client plain;
    QVERIFY(plain.openAndSetUp(liveUrl(*sim)));
    QCOMPARE(textTurn(plain, u"hi"_s), u""_s);
    QCOMPARE(plain.count(isResumptionUpdate), 0);
}

void tst_SimSession::resumeRestoresScriptedState()
{
    auto sim = startSimulator();
    Client one;
    QVERIFY(one.openAndSetUp(liveUrl(*sim), kResumableSetup));
    QCOMPARE(textTurn(one, u"a"_s), u"first"_s);
    QCOMPARE(textTurn(one, u"b"_s), u"second"_s);
    const qsizetype lastDone = one.waitFor(isTurnComplete, 0, 0);
    QVERIFY(lastDone >= 0);
    qint64 promptBefore = 0;
    for (const auto &m : std::as_const(one.messages)) {
        if (m.usageMetadata)
            promptBefore = m.usageMetadata->promptTokenCount;
    }
    QVERIFY(one.waitFor(isResumptionUpdate, 5000, one.messages.size() - 1) >= 0);
    const QString handle = latestHandle(one);
    QVERIFY(!handle.isEmpty());
    closeAndWait(one, *sim);

    Client two;
    QVERIFY(two.openAndSetUp(liveUrl(*sim), resumeSetup(handle)));
    QCOMPARE(textTurn(two, u"c"_s), u"third"_s); // the script goes on where it was
    const qsizetype done = two.waitFor(isTurnComplete);
    QVERIFY(two.messages.at(done).usageMetadata->promptTokenCount > promptBefore);

    // A new session starts the script from the top.
    Client fresh;
    QVERIFY(fresh.openAndSetUp(liveUrl(*sim), kResumableSetup));
    QCOMPARE(textTurn(fresh, u"a"_s), u"first"_s);
}

void tst_SimSession::resumeWhileOldConnectionIsOpen()
{
    auto sim = startSimulator();
    Client one;
    QVERIFY(one.openAndSetUp(liveUrl(*sim), kResumableSetup));
    QCOMPARE(textTurn(one, u"a"_s), u"first"_s); // handles come after the first turn
    QVERIFY(one.waitFor(hasHandle) >= 0);
    Client two;
    QVERIFY(two.open(liveUrl(*sim)));
    two.sendSetup(resumeSetup(latestHandle(one)));
    QVERIFY(two.waitForClose());
    QCOMPARE(two.closeCode, 1011);
    QVERIFY(!one.disconnected);
}

void tst_SimSession::resumeRightAfterClosing()
{
    // The SDK's pattern after a goAway: close, then resume at once, without waiting for the TCP
    // connection to be gone. A close that has started frees the session.
    auto sim = startSimulator();
    Client one;
    QVERIFY(one.openAndSetUp(liveUrl(*sim), kResumableSetup));
    QCOMPARE(textTurn(one, u"a"_s), u"first"_s);
    QVERIFY(one.waitFor(isResumptionUpdate, 5000, one.messages.size() - 1) >= 0);
    const QString handle = latestHandle(one);
    one.socket->close();
    Client two;
    QVERIFY(two.openAndSetUp(liveUrl(*sim), resumeSetup(handle)));
    QCOMPARE(textTurn(two, u"b"_s), u"second"_s);
}

void tst_SimSession::unusableHandles_data()
{
    QTest::addColumn<bool>("expire");
    QTest::newRow("an expired handle closes 1008") << true;
    QTest::newRow("an unknown handle closes 1008") << false;
}

void tst_SimSession::unusableHandles()
{
    QFETCH(bool, expire);
    SimulatorOptions options;
    options.handleLifetimeMs = 300;
    auto sim = startSimulator(options);
    QString handle = u"CgNotAHandleThisSimulatorIssued"_s;
    if (expire) {
        Client one;
        QVERIFY(one.openAndSetUp(liveUrl(*sim), kResumableSetup));
        QCOMPARE(textTurn(one, u"a"_s), u"first"_s); // handles come after the first turn
        QVERIFY(one.waitFor(hasHandle) >= 0);
        handle = latestHandle(one);
        closeAndWait(one, *sim);
        QTest::qWait(500); // outlives the handle's 300 ms lifetime, which is wall time
    }
    Client two;
    QVERIFY(two.open(liveUrl(*sim)));
    two.sendSetup(resumeSetup(handle));
    QVERIFY(two.waitForClose());
    QCOMPARE(two.closeCode, 1008);
    QCOMPARE(two.closeReason, u"BidiGenerateContent session not found"_s);
}

void tst_SimSession::transparentResumption()
{
    SimulatorOptions options;
    options.vertexFlavour = true;
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"sessionResumption":{"transparent":true}})"));
    // The setup is message 0.
    client.sendAudio(silencePcm16k(200), 1280); // messages 1…5 (40 ms each)
    client.sendRealtimeText(u"hi"_s); // message 6
    const qsizetype done = client.waitFor(isTurnComplete);
    QVERIFY(done >= 0);
    // No handle before the first model turn is complete, transparent or not.
    QCOMPARE(client.count(isResumptionUpdate, 0, done), 0);
    const qsizetype after = client.waitFor(isResumptionUpdate, 5000, done);
    QVERIFY(after >= 0);
    QCOMPARE(client.messages.at(after).sessionResumptionUpdate->lastConsumedClientMessageIndex,
             std::optional<qint64>(6));
}

void tst_SimSession::transparentNeedsVertex()
{
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(R"({"sessionResumption":{"transparent":true}})");
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1007);
    QVERIFY(client.closeReason.contains(u"Unknown name \"transparent\""));
}

void tst_SimSession::connectionLifetime()
{
    SimulatorOptions options;
    options.connectionLifetimeMs = 1200;
    options.goAwayNoticeMs = 700;
    auto sim = startSimulator(options);
    Client client;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    const qsizetype goAway
            = client.waitFor([](const ServerMessage &m) { return m.goAway.has_value(); }, 3000);
    QVERIFY(goAway >= 0);
    const qint64 goAwayAtMs = clock.elapsed();
    const qint64 timeLeftMs = client.messages.at(goAway).goAway->timeLeft.count();
    QVERIFY2(timeLeftMs > 500 && timeLeftMs <= 700, qPrintable(QString::number(timeLeftMs)));
    QVERIFY2(goAwayAtMs >= 400, qPrintable(QString::number(goAwayAtMs)));
    QVERIFY(client.waitForClose(3000));
    QVERIFY(clock.elapsed() >= 1100);
    QCOMPARE(client.closeCode, 1011);
    QCOMPARE(client.closeReason, u"Deadline expired before operation could complete."_s);
}

void tst_SimSession::sessionCap_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<bool>("sendVideo");
    QTest::addColumn<bool>("closes");
    QTest::newRow("audio only: the audio cap ends the session")
            << QByteArray("{}") << false << true;
    QTest::newRow("after a video frame the shorter video cap applies")
            << QByteArray("{}") << true << true;
    QTest::newRow("context compression lifts the caps")
            << QByteArray(R"({"contextWindowCompression":{"slidingWindow":{}}})") << true << false;
}

void tst_SimSession::sessionCap()
{
    QFETCH(QByteArray, setup);
    QFETCH(bool, sendVideo);
    QFETCH(bool, closes);
    SimulatorOptions options;
    options.audioSessionCapMs = sendVideo ? 5000 : 700;
    options.videoSessionCapMs = 600;
    options.goAwayNoticeMs = 300;
    auto sim = startSimulator(options);
    Client client;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.openAndSetUp(liveUrl(*sim), setup));
    if (sendVideo) {
        client.sendJson(
                R"({"realtimeInput":{"video":{"data":"/9j/2wBDAA==","mimeType":"image/jpeg"}}})");
    }
    QCOMPARE(client.waitForClose(closes ? 3000 : 1500), closes);
    if (closes) {
        QCOMPARE(client.closeCode, 1011);
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(client.count([](const ServerMessage &m) { return m.goAway.has_value(); }) >= 1);
    }
}

void tst_SimSession::sessionCapEndsTheSession()
{
    SimulatorOptions options;
    options.audioSessionCapMs = 1000;
    options.goAwayNoticeMs = 100;
    auto sim = startSimulator(options);
    Client one;
    QVERIFY(one.openAndSetUp(liveUrl(*sim), kResumableSetup));
    one.sendRealtimeText(u"a"_s); // handles come after the first turn
    QVERIFY(one.waitFor(hasHandle) >= 0);
    const QString handle = latestHandle(one);
    QVERIFY(one.waitForClose(3000));
    Client two;
    QVERIFY(two.open(liveUrl(*sim)));
    two.sendSetup(resumeSetup(handle));
    QVERIFY(two.waitForClose());
    QCOMPARE(two.closeCode, 1008); // the session is over: nothing to resume
}

void tst_SimSession::dropWithoutCloseFrame()
{
    auto sim = startSimulator();
    QSignalSpy gone(sim.get(), &Simulator::clientDisconnected);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    sim->dropAllConnections();
    QVERIFY(client.waitForClose(3000));
    QCOMPARE(client.closeCode, 1006); // no close frame was received
    QVERIFY(!gone.isEmpty() || gone.wait(2000));
    QCOMPARE(gone.first().first().toInt(), 1006);
}

void tst_SimSession::malformedFrame()
{
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    sim->sendMalformedFrame();
    QVERIFY(QTest::qWaitFor([&] { return !client.decodeErrors.isEmpty(); }, 3000));
    QVERIFY(client.decodeErrors.first().contains(u"invalid JSON"));
    QVERIFY(!client.disconnected);
}

void tst_SimSession::closeAllWithCodeAndReason()
{
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    sim->closeAll(1011, u"RESOURCE_EXHAUSTED: too many concurrent sessions."_s);
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1011);
    QCOMPARE(client.closeReason, u"RESOURCE_EXHAUSTED: too many concurrent sessions."_s);
}

void tst_SimSession::goAwayNow()
{
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    sim->sendGoAwayNow(400);
    const qsizetype at = client.waitFor([](const ServerMessage &m) { return m.goAway.has_value(); },
                                        3000);
    QVERIFY(at >= 0);
    QCOMPARE(client.messages.at(at).goAway->timeLeft, Milliseconds(400));
    QVERIFY(client.raw.contains(QByteArray(R"({"goAway":{"timeLeft":"0.400s"}})")));
    QVERIFY(client.waitForClose(3000));
    QCOMPARE(client.closeCode, 1011);
}

void tst_SimSession::lateSetupComplete()
{
    SimulatorOptions options;
    options.setupCompleteDelayMs = 400;
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    QElapsedTimer clock;
    clock.start();
    client.sendSetup(R"({"outputAudioTranscription":{}})");
    client.sendRealtimeText(u"early"_s); // queued until setupComplete, then answered
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.setupComplete.has_value(); }) == 0);
    QVERIFY(clock.elapsed() >= 380);
    QVERIFY(client.waitFor(isTurnComplete) > 0);
    QCOMPARE(outputTranscript(client.messages), u"first"_s);
}

void tst_SimSession::heldBackTurnComplete()
{
    SimulatorOptions options;
    options.turnCompleteDelayMs = 300;
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    client.sendRealtimeText(u"hi"_s);
    QVERIFY(client.waitFor(isGenerationComplete) >= 0);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QVERIFY(clock.elapsed() >= 250);
}

void tst_SimSession::slowPong_data()
{
    QTest::addColumn<int>("pongDelayMs");
    QTest::newRow("pongs come at once by default") << 0;
    QTest::newRow("slow pong mode answers late, through the relay") << 700;
}

void tst_SimSession::slowPong()
{
    QFETCH(int, pongDelayMs);
    SimulatorOptions options;
    options.pongDelayMs = pongDelayMs;
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"outputAudioTranscription":{}})"));
    QSignalSpy pongs(client.socket.get(), &QWebSocket::pong);
    QElapsedTimer clock;
    clock.start();
    client.socket->ping("are you there");
    QVERIFY(pongs.wait(3000));
    const qint64 elapsedMs = clock.elapsed();
    QCOMPARE(pongs.first().at(1).toByteArray(), QByteArray("are you there"));
    if (pongDelayMs > 0)
        QVERIFY2(elapsedMs >= pongDelayMs - 50, qPrintable(QString::number(elapsedMs)));
    else
        QVERIFY2(elapsedMs < 300, qPrintable(QString::number(elapsedMs)));
    // The conversation itself is untouched by the relay, including a ping mid-reply.
    client.sendRealtimeText(u"hi"_s);
    QVERIFY(client.waitFor(hasAudio) >= 0);
    client.socket->ping("again");
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QCOMPARE(outputTranscript(client.messages), u"first"_s);
    QVERIFY(client.decodeErrors.isEmpty());
    QVERIFY(pongs.size() == 2 || pongs.wait(3000));
}

void tst_SimSession::vertexFlavour()
{
    SimulatorOptions options;
    options.vertexFlavour = true;
    auto sim = startSimulator(options);
    QString error;
    const QByteArray speech = speechPcm16k(u"Hello there."_s, &error);
    if (speech.isEmpty())
        QSKIP(qPrintable(error));
    Client client;
    QVERIFY(client.openAndSetUp(
            liveUrl(*sim),
            R"({"realtimeInputConfig":{"automaticActivityDetection":{"silenceDurationMs":300}}})",
            kModel38));
    client.sendAudio(speech + silencePcm16k(500));
    const qsizetype done = client.waitFor(isTurnComplete);
    QVERIFY(done >= 0);
    const auto activity = [&](VoiceActivityType type) {
        return client.count([type](const ServerMessage &m) {
            return m.voiceActivity && m.voiceActivity->type == type;
        });
    };
    QCOMPARE(activity(VoiceActivityType::ActivityStart), 1);
    QCOMPARE(activity(VoiceActivityType::ActivityEnd), 1);
    bool candidates = false;
    for (const QByteArray &json : std::as_const(client.raw))
        candidates |= json.contains("\"candidatesTokenCount\"");
    QVERIFY(candidates);
}

void tst_SimSession::stopClosesAndRestartListens()
{
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), kResumableSetup));
    QCOMPARE(textTurn(client, u"a"_s), u"first"_s); // handles come after the first turn
    QVERIFY(client.waitFor(hasHandle) >= 0);
    const QString handle = latestHandle(client);
    sim->stop();
    QVERIFY(!sim->isListening());
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1001);
    Client refused;
    QVERIFY(!refused.open(liveUrl(*sim), {}, 1000));

    // Started again (on a new port): sessions and their handles survive.
    QVERIFY(sim->start());
    Client again;
    QVERIFY(again.openAndSetUp(liveUrl(*sim), resumeSetup(handle)));
    QCOMPARE(textTurn(again, u"hi"_s), u"second"_s);
}

QTEST_GUILESS_MAIN(tst_SimSession)
#include "tst_simsession.moc"
