// Pongs 30 s late, as the service's have been (8–30 s, live-protocol.md §4.6), through the
// simulator's pong relay: with the default 90 s keep-alive verdict they are not a dead
// connection, so there is no self-inflicted reconnect while the conversation goes on.
#include "recoverytestkit.h"

#include <QSignalSpy>
#include <QTest>

using namespace livedesk::session;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;
using State = LiveSession::State;
using livedesk::sim::Simulator;

class tst_SessionSlowPong : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowPongsAreNotADeadConnection();
};

void tst_SessionSlowPong::slowPongsAreNotADeadConnection()
{
    auto options = fastSimulator();
    options.pongDelayMs = 30000; // the service's pongs have taken 8–30 s
    Simulator sim(options);
    QVERIFY(sim.start());
    LiveSession session;
    auto o = quickRecoveryOptions();
    o.keepAliveIntervalMs = 1000; // ping early so the late pong falls inside the test
    session.setOptions(o); // keepAliveTimeoutMs stays at its default (90 s)
    QSignalSpy reconnecting(&session, &LiveSession::reconnecting);
    QSignalSpy turns(&session, &LiveSession::turnCompleted);
    QVERIFY(session.open(endpointFor(sim.url()), recoverySetup()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
    QElapsedTimer clock;
    clock.start();
    int asked = 0;
    while (session.stats().pongsReceived == 0 && clock.elapsed() < 40000) {
        if (clock.elapsed() > 10000 * (asked + 1)) { // the conversation goes on meanwhile
            session.sendClientText(u"still here"_s);
            ++asked;
        }
        QTest::qWait(200);
    }
    QVERIFY2(session.stats().pongsReceived >= 1, "no pong in 40 s");
    QVERIFY(clock.elapsed() >= 29000);
    QCOMPARE(reconnecting.size(), 0);
    QCOMPARE(session.state(), State::Live);
    QCOMPARE(session.connectionCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), asked, 10000);
}

QTEST_GUILESS_MAIN(tst_SessionSlowPong)
#include "tst_session_slowpong.moc"
