// The long handover run (the one long test of the suite, about 3½ minutes): three minutes of
// continuous speech (espeak-ng sentences with pauses, looped) streamed at real-time pace into a
// LiveSession while the simulator sends a goAway every few seconds. The simulator's frame log
// must show every audio chunk the user produced exactly once and in order (content fingerprints,
// across all connections), and every utterance must get its model turn: no word and no reply
// lost. Handovers must all happen between turns, with gaps under 300 ms.
#include "recoverytestkit.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;
using State = LiveSession::State;

class tst_HandoverLongRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeMinutesOfSpeechAcrossHandovers();

private:
    QTemporaryDir m_dir;
};

void tst_HandoverLongRun::threeMinutesOfSpeechAcrossHandovers()
{
    QVERIFY(m_dir.isValid());
    QList<QByteArray> utterances;
    for (const QString &text :
         {u"What is the weather like in Paris today"_s, u"Remind me to call my sister"_s,
          u"How long does it take to boil an egg"_s, u"Play some quiet music please"_s,
          u"What did I ask you a minute ago"_s}) {
        utterances.append(espeakSpeech(m_dir.path(), text));
        QVERIFY2(!utterances.last().isEmpty(), "espeak-ng is required (scripts/install-deps.sh)");
    }
    SpeechStream stream(utterances, 2500);

    livedesk::sim::SimulatorOptions options = fastSimulator();
    options.speechSpeedFactor = 8;
    // A goAway 2 s into every connection, with 8 s left: the handover waits for the next turn
    // boundary (an utterance, the end-of-speech silence and the reply take up to about 3 s)
    // and is forced only when timeLeft − 4 s (half of it) is reached.
    options.connectionLifetimeMs = 10000;
    options.goAwayNoticeMs = 8000;
    options.scenarioJson = R"({"turns":[{"transcript":"x","reply":"Okay, noted."}],
        "afterLastTurn":"repeatLast"})";
    options.frameLogPath = m_dir.filePath(u"frames.jsonl"_s);
    livedesk::sim::Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    QSignalSpy simTurns(&sim, &livedesk::sim::Simulator::turnCompleted);

    LiveSession session;
    LiveSessionOptions o;
    o.networkWatch = NetworkWatch::Ignore;
    session.setOptions(o); // the production timers, except what the simulator scales down
    int turns = 0;
    int interrupted = 0;
    QList<qint64> gaps;
    connect(&session, &LiveSession::turnCompleted, this, [&](const QString &) { ++turns; });
    connect(&session, &LiveSession::interrupted, this, [&] { ++interrupted; });
    connect(&session, &LiveSession::reconnected, this,
            [&](const ReconnectInfo &info) { gaps.append(info.gapMs); });
    QVERIFY(session.open(endpointFor(sim.url()), recoverySetup()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);

    ChunkLedger ledger;
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    constexpr qint64 kRunMs = 180000;
    while (clock.elapsed() < kRunMs) {
        sendDueAudio(session, stream, ledger, clock.elapsed(), sent);
        QTest::qWait(20);
    }
    session.flushAudio();
    ledger.flush();
    const int spoken = stream.utterancesCompleted();
    // The last utterance's reply, if its pause had just ended.
    QTRY_VERIFY_WITH_TIMEOUT(session.isLive() && turns >= spoken, 10000);
    // The last chunk reaches the simulator before the session closes.
    QTRY_VERIFY_WITH_TIMEOUT(readFrameLog(options.frameLogPath)
                                     .audioHashes.contains(ledger.hashes().last()),
                             10000);
    session.close();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Closed, 5000);

    const FrameLogSummary log = readFrameLog(options.frameLogPath);
    const DeliveryCheck check = checkDelivery(ledger.hashes(), log.audioHashes);
    const SessionStats &s = session.stats();
    qInfo("%lld s of speech, %d utterances, %d model turns (%d interrupted), %d connections, "
          "%d goAways, %d handovers (%d forced), gaps max %lld ms; %s",
          static_cast<long long>(sent / 32000), spoken, turns, interrupted, log.connections,
          s.goAways, s.handovers, s.forcedHandovers, static_cast<long long>(s.longestGapMs),
          qPrintable(check.describe()));
    QVERIFY2(s.handovers >= 30, "goAways every few seconds should mean dozens of handovers");
    QCOMPARE(log.connections, s.handovers + 1);
    QVERIFY2(check.exactlyOnceInOrder(), qPrintable(check.describe()));
    QCOMPARE(s.forcedHandovers, 0);
    QCOMPARE(s.droppedAudioMs, 0);
    for (qint64 gap : std::as_const(gaps))
        QVERIFY2(gap >= 0 && gap < 300, qPrintable(QString::number(gap)));
    // Every utterance got its model turn, and none was cut short.
    QCOMPARE(interrupted, 0);
    QVERIFY2(turns >= spoken && turns <= spoken + 1,
             qPrintable(u"%1 model turns for %2 utterances"_s.arg(turns).arg(spoken)));
    QCOMPARE(simTurns.size(), turns);
}

QTEST_GUILESS_MAIN(tst_HandoverLongRun)
#include "tst_handover_longrun.moc"
