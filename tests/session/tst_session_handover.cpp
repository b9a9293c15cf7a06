// goAway handovers and the session caps, LiveSession against the real simulator (in-process, port
// 0) with connection lifetimes scaled down to seconds: the handover waits for the model's turn to
// end, is forced (and the cut turn replayed) only when timeLeft runs out, loses and repeats no
// audio chunk (frame log), keeps the gap under 300 ms, and carries the usage on. Context-window
// compression lets a session pass the audio and the video caps; without it the cap ends the
// session and the conversation continues in a fresh one seeded with the transcript.
#include "recoverytestkit.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;
using State = LiveSession::State;

namespace {

// The handover gap the issue asks for on loopback; sanitizer builds run several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxGapMs = 1500;
#else
constexpr qint64 kMaxGapMs = 300;
#endif

struct Watch
{
    explicit Watch(LiveSession &s)
    {
        QObject::connect(&s, &LiveSession::turnCompleted, &s, [this](const QString &) { ++turns; });
        QObject::connect(&s, &LiveSession::reconnected, &s,
                         [this](const ReconnectInfo &i) { reconnects.append(i); });
        QObject::connect(&s, &LiveSession::reconnecting, &s,
                         [this](const ReconnectInfo &i) { starts.append(i); });
        QObject::connect(&s, &LiveSession::errorOccurred, &s,
                         [this](const SessionError &e) { errors.append(e); });
        QObject::connect(&s, &LiveSession::usageUpdated, &s,
                         [this](const UsageMetadata &u) { lastReport = u; });
        QObject::connect(&s, &LiveSession::contextRestored, &s,
                         [this](int n) { restoredTurns = n; });
    }
    int turns = 0;
    QList<ReconnectInfo> reconnects;
    QList<ReconnectInfo> starts;
    QList<SessionError> errors;
    UsageMetadata lastReport;
    int restoredTurns = -1;
};

} // namespace

class tst_SessionHandover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handoverBetweenTurns();
    void handoverWaitsForTheModelTurn();
    void forcedHandoverReplaysTheCutTurn();
    void speechDuringHandoversArrivesOnceInOrder();
    void sessionCaps_data();
    void sessionCaps();

private:
    QTemporaryDir m_dir;
};

void tst_SessionHandover::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_SessionHandover::handoverBetweenTurns()
{
    auto options = fastSimulator();
    // The notice is most of the connection's life: a turn in progress when it comes must end
    // before the deadline for the handover to be unforced, and under the sanitizers on a busy
    // machine a turn took longer than the 1 s notice this test had (4 forced handovers).
    options.connectionLifetimeMs = 3000;
    options.goAwayNoticeMs = 2500;
    livedesk::sim::Simulator sim(options);
    QVERIFY(sim.start());
    LiveSession session;
    session.setOptions(quickRecoveryOptions());
    Watch w(session);
    QVERIFY(session.open(endpointFor(sim.url()), recoverySetup()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);

    // A conversation across several connection lifetimes: turns go on until two handovers.
    constexpr int kMinTurns = 4;
    constexpr int kMaxTurns = 40;
    int turn = 0;
    while (turn < kMinTurns || session.stats().handovers < 2) {
        QVERIFY2(turn < kMaxTurns, "no two handovers in 40 turns");
        ++turn;
        QTRY_VERIFY_WITH_TIMEOUT(session.isLive(), 10000);
        session.sendClientText(u"turn number "_s + QString::number(turn));
        QTRY_COMPARE_WITH_TIMEOUT(w.turns, turn, 15000);
        QTest::qWait(300); // paces the conversation across connection lifetimes (not a condition)
    }
    QVERIFY2(session.stats().handovers >= 2, qPrintable(QString::number(session.stats().handovers)));
    QCOMPARE(session.stats().forcedHandovers, 0);
    // Every handover resumed; none was a reaction to the server cutting the connection.
    QTRY_VERIFY(session.isLive());
    QCOMPARE(w.reconnects.size(), session.stats().handovers);
    for (const ReconnectInfo &info : std::as_const(w.reconnects)) {
        QCOMPARE(info.reason, ReconnectReason::GoAway);
        QCOMPARE(info.mode, ResumeMode::Resumed);
        QVERIFY2(info.gapMs >= 0 && info.gapMs < kMaxGapMs, qPrintable(QString::number(info.gapMs)));
        QVERIFY(info.handleAgeMs >= 0);
    }
    QVERIFY(w.errors.isEmpty());
    QCOMPARE(session.connectionCount(), session.stats().handovers + 1);
    QVERIFY(session.stats().longestGapMs < kMaxGapMs);
    // The simulator's counts are cumulative for the session and carry on across resumption: the
    // accumulated totals are its last report, not the sum of the connections' reports.
    QCOMPARE(session.usageTotals().response, w.lastReport.responseTokenCount);
    QCOMPARE(session.usageTotals().prompt, w.lastReport.promptTokenCount);
}

void tst_SessionHandover::handoverWaitsForTheModelTurn()
{
    auto options = fastSimulator();
    options.speechSpeedFactor = 2; // a reply of several seconds
    options.scenarioJson = R"({"turns":[{"transcript":"tell me","reply":"This is a reply that takes
        a few seconds to speak, so that the goAway arrives while the model is talking."}]})";
    livedesk::sim::Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    LiveSession session;
    session.setOptions(quickRecoveryOptions());
    Watch w(session);
    qint64 audioBytes = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 turnCompleteAt = -1;
    qint64 handoverAt = -1;
    connect(&session, &LiveSession::audioReceived, this,
            [&](const QByteArray &pcm, int) { audioBytes += pcm.size(); });
    connect(&session, &LiveSession::turnCompleted, this,
            [&](const QString &) { turnCompleteAt = clock.elapsed(); });
    connect(&session, &LiveSession::reconnecting, this,
            [&](const ReconnectInfo &) { handoverAt = clock.elapsed(); });
    QVERIFY(session.open(endpointFor(sim.url()), recoverySetup()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
    session.sendClientText(u"tell me"_s);
    QTRY_VERIFY_WITH_TIMEOUT(audioBytes > 0, 10000);
    sim.sendGoAwayNow(20000);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 1, 10000);
    QVERIFY2(handoverAt >= turnCompleteAt, "the handover began before the model's turn ended");
    QCOMPARE(w.reconnects.first().reason, ReconnectReason::GoAway);
    QCOMPARE(session.stats().forcedHandovers, 0);
    QCOMPARE(session.stats().replayedMessages, 0);
    // The whole reply arrived: about 24 kHz × 2 bytes per second of speech, nothing cut.
    QVERIFY2(audioBytes > 48000 * 3, qPrintable(QString::number(audioBytes)));
}

void tst_SessionHandover::forcedHandoverReplaysTheCutTurn()
{
    auto options = fastSimulator();
    options.speechSpeedFactor = 1; // real time: the reply outlasts the goAway's timeLeft
    // A short first turn: the service hands out resumption handles only after it.
    options.scenarioJson = R"({"turns":[{"transcript":"x","reply":"Short."},
        {"transcript":"long","reply":"This reply is long enough to
        outlast the time the server gives before it closes the connection, which forces the
        client to move in the middle of the turn."}],
        "afterLastTurn":"repeatLast"})";
    livedesk::sim::Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    QSignalSpy contents(&sim, &livedesk::sim::Simulator::clientContentReceived);
    LiveSession session;
    session.setOptions(quickRecoveryOptions());
    Watch w(session);
    qint64 audioBytes = 0;
    connect(&session, &LiveSession::audioReceived, this,
            [&](const QByteArray &pcm, int) { audioBytes += pcm.size(); });
    QVERIFY(session.open(endpointFor(sim.url()), recoverySetup()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
    session.sendClientText(u"hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(session.hasUsableHandle(), 5000);
    audioBytes = 0;
    session.sendClientText(u"tell me the long one"_s);
    QTRY_VERIFY_WITH_TIMEOUT(audioBytes > 0, 10000);
    sim.sendGoAwayNow(1200); // forced at timeLeft − 500 ms
    QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 1, 10000);
    QCOMPARE(session.stats().forcedHandovers, 1);
    QCOMPARE(w.reconnects.first().reason, ReconnectReason::GoAwayForced);
    QCOMPARE(w.reconnects.first().mode, ResumeMode::Resumed);
    // The handle predates the question, so the question went again on the new connection…
    QVERIFY(w.reconnects.first().replayedMessages >= 1);
    QCOMPARE(contents.size(), 3);
    QCOMPARE(contents.at(2).at(1).toStringList(), QStringList {u"user: tell me the long one"_s});
    // …and the resumed session answered it in full.
    QTRY_VERIFY_WITH_TIMEOUT(w.turns >= 2, 20000);
    QVERIFY(w.errors.isEmpty());
}

void tst_SessionHandover::speechDuringHandoversArrivesOnceInOrder()
{
    const QList<QByteArray> utterances {espeakSpeech(m_dir.path(), u"What is the weather like"_s),
                                        espeakSpeech(m_dir.path(), u"Tell me a joke"_s)};
    SpeechStream stream(utterances, 2200);
    if (!stream.isValid())
        QSKIP("espeak-ng is needed for speech");
    auto options = fastSimulator();
    // A goAway 1 s into every connection with 3.5 s left: room for an utterance, the end of
    // speech and the reply before a handover would have to be forced (timeLeft − 0.5 s).
    options.connectionLifetimeMs = 4500;
    options.goAwayNoticeMs = 3500;
    options.scenarioJson = R"({"turns":[{"transcript":"x","reply":"Okay."}],
        "afterLastTurn":"repeatLast"})";
    options.frameLogPath = m_dir.filePath(u"handover-frames.jsonl"_s);
    livedesk::sim::Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    LiveSession session;
    session.setOptions(quickRecoveryOptions());
    Watch w(session);
    QVERIFY(session.open(endpointFor(sim.url()), recoverySetup()));

    // Real-time pace, 20 ms at a time, straight through every handover.
    ChunkLedger ledger;
    QElapsedTimer clock;
    clock.start();
    qint64 sentBytes = 0;
    constexpr qint64 kRunMs = 12000;
    while (clock.elapsed() < kRunMs) {
        sendDueAudio(session, stream, ledger, clock.elapsed(), sentBytes);
        QTest::qWait(20);
    }
    session.flushAudio();
    ledger.flush();
    const int spoken = stream.utterancesCompleted();
    QTRY_VERIFY_WITH_TIMEOUT(session.isLive(), 5000);
    // The last reply, and the last chunk at the simulator; the checks below say what is missing.
    const bool settled = QTest::qWaitFor(
            [&] {
                return w.turns >= spoken
                       && readFrameLog(options.frameLogPath)
                                  .audioHashes.contains(ledger.hashes().last());
            },
            15000);
    if (!settled)
        qInfo("the last reply or the last chunk did not arrive within 15 s");
    session.close();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Closed, 5000);

    const FrameLogSummary log = readFrameLog(options.frameLogPath);
    const DeliveryCheck check = checkDelivery(ledger.hashes(), log.audioHashes);
    qInfo("%s; %d connections, %d handovers, longest gap %lld ms", qPrintable(check.describe()),
          log.connections, session.stats().handovers,
          static_cast<long long>(session.stats().longestGapMs));
    QVERIFY2(session.stats().handovers >= 2, "the run must cross several connections");
    QVERIFY2(check.exactlyOnceInOrder(), qPrintable(check.describe()));
    QCOMPARE(session.stats().forcedHandovers, 0);
    QVERIFY(session.stats().longestGapMs < kMaxGapMs);
    // Every utterance that ended (speech and pause) got its reply.
    QVERIFY2(w.turns >= spoken,
             qPrintable(u"%1 turns for %2 utterances"_s.arg(w.turns).arg(spoken)));
}

void tst_SessionHandover::sessionCaps_data()
{
    QTest::addColumn<bool>("video");
    QTest::addColumn<Compression>("compression");
    QTest::newRow("audio session with compression passes the audio cap")
            << false << Compression::On;
    QTest::newRow("audio session without compression is capped, then continues fresh")
            << false << Compression::Off;
    QTest::newRow("video session with compression passes the video cap") << true << Compression::On;
    QTest::newRow("video session without compression is capped, then continues fresh")
            << true << Compression::Off;
}

void tst_SessionHandover::sessionCaps()
{
    QFETCH(bool, video);
    QFETCH(Compression, compression);
    auto options = fastSimulator();
    options.audioSessionCapMs = 3000; // the service's 15 min, scaled down
    options.videoSessionCapMs = 2000; // its 2 min
    options.goAwayNoticeMs = 800;
    livedesk::sim::Simulator sim(options);
    QVERIFY(sim.start());
    QSignalSpy contents(&sim, &livedesk::sim::Simulator::clientContentReceived);
    LiveSession session;
    session.setOptions(quickRecoveryOptions());
    Watch w(session);
    QVERIFY(session.open(endpointFor(sim.url()), recoverySetup(compression)));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
    session.sendClientText(u"remember the word pineapple"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 1, 15000);
    if (video)
        session.sendVideoFrame(QByteArray("\xFF\xD8\xFF\xE0 frame", 10));

    // Past the cap, with the conversation going on.
    const int capMs = video ? options.videoSessionCapMs : options.audioSessionCapMs;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < capMs + 2000) {
        session.sendAudio(QByteArray(3200, '\0')); // 100 ms of silence
        QTest::qWait(100); // real-time pace
    }
    QTRY_VERIFY_WITH_TIMEOUT(session.isLive(), 10000);
    session.sendClientText(u"what was the word"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.turns, 2, 15000);

    if (compression == Compression::On) {
        QCOMPARE(session.stats().freshSessions, 0);
        QCOMPARE(w.restoredTurns, -1);
        QCOMPARE(session.connectionCount(), 1);
        QVERIFY(w.errors.isEmpty());
        return;
    }
    // The cap ended the session (a fresh session is capped again in time: several may follow)…
    QVERIFY(session.stats().freshSessions >= 1);
    // …and the conversation went on in a fresh session that was given the transcript.
    QVERIFY(w.restoredTurns >= 2);
    bool seeded = false;
    for (const QList<QVariant> &args : std::as_const(contents)) {
        const QStringList turns = args.at(1).toStringList();
        if (args.at(3).toBool() && turns.contains(u"user: remember the word pineapple"_s)
            && turns.size() >= 2 && turns.at(1).startsWith(u"model: "_s))
            seeded = true;
    }
    QVERIFY2(seeded, "the simulator did not receive the transcript as clientContent history");
}

QTEST_GUILESS_MAIN(tst_SessionHandover)
#include "tst_session_handover.moc"
