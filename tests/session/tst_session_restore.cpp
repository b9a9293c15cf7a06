// What LiveSession restores when it comes back, against the real simulator (in-process, port 0):
// an expired or refused handle continues as a fresh session seeded with the transcript (not for
// a model that takes no history); the failover list is walked in order, mid-session too; Vertex
// transparent resumption replays what the server had not consumed. Unexpected ends, errors and
// backoff: tst_session_reconnect.
#include "reconnecttesting.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;
using State = LiveSession::State;
using livedesk::sim::Simulator;

namespace {

quint16 deadPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed when it goes out of scope: nothing listens there
}

EndpointConfig vertexEndpoint(const QUrl &url, const QString &location)
{
    EndpointConfig e;
    e.backend = Backend::VertexAi;
    e.baseUrl = url;
    e.accessToken = u"vertex-token"_s;
    e.vertexProject = u"proj"_s;
    e.vertexLocation = location;
    return e;
}

Setup vertexSetup(const QString &location)
{
    Setup s = recoverySetup();
    s.model = u"projects/proj/locations/"_s + location
              + u"/publishers/google/models/gemini-live-2.5-flash-native-audio"_s;
    return s;
}
} // namespace

class tst_SessionRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lostContextIsRestoredFromTheTranscript_data();
    void lostContextIsRestoredFromTheTranscript();
    void noHistoryWhenTheModelTakesNone();
    void failoverWalksTheLocationsInOrder();
    void unavailableLocationMovesOnMidSession();
    void transparentResumptionReplaysUnconsumedInput();

private:
    QTemporaryDir m_dir;
};

void tst_SessionRestore::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_SessionRestore::lostContextIsRestoredFromTheTranscript_data()
{
    QTest::addColumn<bool>("expireAtServer");
    QTest::addColumn<HistorySeeding>("seeding");
    QTest::newRow("handle expired at the server: refused (1008), fresh session with history")
            << true << HistorySeeding::ClientContent;
    QTest::newRow("handle expired at the client: not used, fresh session with history")
            << false << HistorySeeding::ClientContent;
    QTest::newRow("history seeded with historyConfig.initialHistoryInClientContent")
            << true << HistorySeeding::HistoryConfig;
}

void tst_SessionRestore::lostContextIsRestoredFromTheTranscript()
{
    QFETCH(bool, expireAtServer);
    QFETCH(HistorySeeding, seeding);
    auto options = fastSimulator();
    options.handleLifetimeMs = expireAtServer ? 300 : 60000;
    Simulator sim(options);
    QVERIFY(sim.start());
    QSignalSpy contents(&sim, &Simulator::clientContentReceived);
    QSignalSpy setups(&sim, &Simulator::setupReceived);
    LiveSession session;
    auto o = quickRecoveryOptions();
    o.handleLifetimeMs = expireAtServer ? 2LL * 3600 * 1000 : 300;
    o.historySeeding = seeding;
    session.setOptions(o);
    Watch w(session);
    QVERIFY(openLive(session, sim));
    session.sendClientText(u"my name is Ada"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 1, 15000);
    QElapsedTimer replyClock;
    replyClock.start();
    session.sendClientText(u"I like tea"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 2, 15000);
    const qint64 replyMs = replyClock.elapsed();

    // A long outage: the handle is older than its lifetime when the server is back.
    sim.setUnavailable(503);
    sim.dropAllConnections();
    QTest::qWait(900);
    sim.setUnavailable(0);
    QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 1, 10000);
    QCOMPARE(w.reconnects.first().mode, ResumeMode::FreshWithHistory);
    QCOMPARE(w.restoredTurns, 4);
    QCOMPARE(session.stats().freshSessions, 1);
    if (expireAtServer) {
        bool refused = false;
        for (const SessionError &e : std::as_const(w.errors))
            refused = refused || (e.closeCode == 1008 && e.reason.contains(u"session not found"_s));
        QVERIFY2(refused, "the server should have refused the expired handle");
    }
    // The simulator received the conversation so far as clientContent history.
    const QList<QVariant> last = contents.last();
    QCOMPARE(last.at(1).toStringList(),
             (QStringList {u"user: my name is Ada"_s, last.at(1).toStringList().value(1),
                           u"user: I like tea"_s, last.at(1).toStringList().value(3)}));
    QVERIFY(last.at(1).toStringList().value(1).startsWith(u"model: "_s));
    QVERIFY(last.at(3).toBool()); // taken as history, not as a question
    QCOMPARE(last.at(2).toBool(), seeding == HistorySeeding::HistoryConfig);
    // History triggers no reply; the conversation goes on from it. A reply would come as fast as
    // the last one did: wait three times that (at least a second), so a slow machine waits longer.
    QTest::qWait(int(std::max<qint64>(1000, 3 * replyMs)));
    QCOMPARE(w.turns, 2);
    session.sendClientText(u"what is my name"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 3, 15000);
}

// A translate model refuses clientContent: its fresh session starts empty instead of being
// closed for the history it was sent.
void tst_SessionRestore::noHistoryWhenTheModelTakesNone()
{
    Simulator sim(fastSimulator());
    QVERIFY(sim.start());
    QSignalSpy contents(&sim, &Simulator::clientContentReceived);
    LiveSession session;
    auto o = quickRecoveryOptions();
    o.handleLifetimeMs = 300; // expired at the client by the time the server is back
    o.historySeeding = HistorySeeding::None;
    session.setOptions(o);
    Watch w(session);
    QVERIFY(openLive(session, sim));
    session.sendClientText(u"my name is Ada"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 1, 15000);

    sim.setUnavailable(503);
    sim.dropAllConnections();
    QTest::qWait(900); // outlive the handle's lifetime
    sim.setUnavailable(0);
    QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 1, 10000);
    QCOMPARE(w.reconnects.first().mode, ResumeMode::Fresh);
    QCOMPARE(w.restoredTurns, -1);
    QCOMPARE(session.stats().freshSessions, 1);
    const qsizetype before = contents.size();
    session.sendClientText(u"what is my name"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 2, 15000);
    // The socket keeps the order: history would have reached the server before the question.
    QCOMPARE(contents.size(), before + 1);
    QCOMPARE(contents.last().at(1).toStringList(), QStringList {u"user: what is my name"_s});
}

void tst_SessionRestore::failoverWalksTheLocationsInOrder()
{
    Simulator down(fastSimulator());
    QVERIFY(down.start());
    down.setUnavailable(503);
    Simulator up(fastSimulator());
    QVERIFY(up.start());
    QSignalSpy upSetups(&up, &Simulator::setupReceived);
    QSignalSpy downConnections(&down, &Simulator::clientConnected);

    const QList<EndpointConfig> endpoints {
            vertexEndpoint(QUrl(u"ws://127.0.0.1:"_s + QString::number(deadPort())),
                           u"us-central1"_s),
            vertexEndpoint(down.url(), u"us-east4"_s),
            vertexEndpoint(up.url(), u"europe-west4"_s),
    };
    LiveSession session;
    session.setOptions(quickRecoveryOptions());
    Watch w(session);
    QVERIFY(session.open(endpoints, vertexSetup(u"us-central1"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
    QCOMPARE(session.endpointIndex(), 2);
    // Refused at the first location, 503 at the second, in that order.
    QCOMPARE(w.starts.size(), 2);
    QCOMPARE(w.starts.at(0).endpointIndex, 1);
    QCOMPARE(w.starts.at(0).reason, ReconnectReason::Unavailable);
    QCOMPARE(w.starts.at(1).endpointIndex, 2);
    QCOMPARE(downConnections.size(), 0); // refused before the WebSocket existed
    QCOMPARE(w.errors.size(), 2);
    QCOMPARE(w.errors.at(1).httpStatus, 503);
    // The model path names the location actually used.
    QCOMPARE(upSetups.size(), 1);
    QCOMPARE(upSetups.first().at(0).toString(),
             u"projects/proj/locations/europe-west4/publishers/google/models/"
             "gemini-live-2.5-flash-native-audio"_s);

    // All locations down: the first connection fails instead of retrying for minutes.
    LiveSession second;
    second.setOptions(quickRecoveryOptions());
    QVERIFY(second.open(QList<EndpointConfig> {endpoints.at(0), endpoints.at(1)},
                        vertexSetup(u"us-central1"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), State::Failed, 10000);
    QCOMPARE(second.lastError().httpStatus, 503);
}

void tst_SessionRestore::unavailableLocationMovesOnMidSession()
{
    Simulator first(fastSimulator());
    QVERIFY(first.start());
    Simulator second(fastSimulator());
    QVERIFY(second.start());
    QSignalSpy seeded(&second, &Simulator::clientContentReceived);
    LiveSession session;
    session.setOptions(quickRecoveryOptions());
    Watch w(session);
    QVERIFY(session.open({vertexEndpoint(first.url(), u"us-central1"_s),
                          vertexEndpoint(second.url(), u"europe-west4"_s)},
                         vertexSetup(u"us-central1"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
    session.sendClientText(u"hello from the first region"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 1, 15000);

    first.setUnavailable(503);
    first.closeAll(1011, u"UNAVAILABLE: The service is currently unavailable."_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 1, 10000);
    QCOMPARE(session.endpointIndex(), 1);
    QCOMPARE(w.reconnects.first().reason, ReconnectReason::Unavailable);
    // A handle belongs to its region: the second one starts afresh, with the transcript.
    QCOMPARE(w.reconnects.first().mode, ResumeMode::FreshWithHistory);
    // The session is live once the setup is answered; the seeded history follows it.
    QTRY_COMPARE_WITH_TIMEOUT(seeded.size(), 1, 5000);
    QCOMPARE(seeded.first().at(1).toStringList().value(0), u"user: hello from the first region"_s);
}

void tst_SessionRestore::transparentResumptionReplaysUnconsumedInput()
{
    auto options = fastSimulator();
    options.vertexFlavour = true; // transparent resumption is a Vertex feature
    options.frameLogPath = m_dir.filePath(u"transparent-frames.jsonl"_s);
    Simulator sim(options);
    QVERIFY(sim.start());
    Setup setup = recoverySetup();
    setup.sessionResumption->transparent = true;
    LiveSession session;
    session.setOptions(quickRecoveryOptions());
    Watch w(session);
    QVERIFY(openLive(session, sim, setup));

    // Quiet audio at real-time pace (handles come about once a second while idle), with
    // drops at moments the server has not consumed everything sent.
    SpeechStream stream({QByteArray(3200, '\0')}, 0);
    ChunkLedger ledger;
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    int drops = 0;
    while (clock.elapsed() < 6000) {
        sendDueAudio(session, stream, ledger, clock.elapsed(), sent);
        if ((drops == 0 && clock.elapsed() > 2300) || (drops == 1 && clock.elapsed() > 4600)) {
            sim.dropAllConnections();
            ++drops;
        }
        QTest::qWait(20);
    }
    session.flushAudio();
    ledger.flush();
    QTRY_VERIFY_WITH_TIMEOUT(session.isLive(), 5000);
    // The last chunk (and whatever is replayed before it) reaches the simulator before closing.
    QTRY_VERIFY_WITH_TIMEOUT(readFrameLog(options.frameLogPath)
                                     .audioHashes.contains(ledger.hashes().last()),
                             5000);
    session.close();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Closed, 5000);

    QCOMPARE(w.reconnects.size(), 2);
    QVERIFY(session.stats().replayedMessages > 0);
    const DeliveryCheck check = checkDelivery(ledger.hashes(),
                                              readFrameLog(options.frameLogPath).audioHashes);
    qInfo("%s; %d messages replayed", qPrintable(check.describe()),
          session.stats().replayedMessages);
    // Nothing lost across two drops. (What the server had consumed but not yet confirmed
    // arrives twice: the protocol's own at-least-once.)
    QCOMPARE(check.missing, 0);
}

QTEST_GUILESS_MAIN(tst_SessionRestore)
#include "tst_session_restore.moc"
