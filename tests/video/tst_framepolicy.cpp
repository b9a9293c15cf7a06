// The frame policy on a hand-driven clock: at most one frame per second whatever happens; a
// still scene gets keep-alives only; speech onset earns a fresh frame; small changes go out at
// the idle rate unless the user speaks or the scene moves; pause-like reset starts over.
#include "video/framepolicy.h"

#include <QTest>

using namespace livedesk::video;

namespace {

struct Sent
{
    qint64 atMs;
    SendReason reason;
};

// Offers a frame every `stepMs` from `fromMs` to `toMs` (exclusive) with the given change
// fractions; returns what went out.
QList<Sent> run(FramePolicy &policy, qint64 fromMs, qint64 toMs, qint64 stepMs,
                double changedVsSent, double changedVsPrevious)
{
    QList<Sent> sent;
    for (qint64 t = fromMs; t < toMs; t += stepMs) {
        const PolicyDecision decision = policy.decide(t, changedVsSent, changedVsPrevious);
        if (decision.shouldSend()) {
            policy.markSent(t);
            sent.append({t, decision.send});
        }
    }
    return sent;
}

bool spacedAtLeast(const QList<Sent> &sent, qint64 minGapMs)
{
    for (qsizetype i = 1; i < sent.size(); ++i) {
        if (sent[i].atMs - sent[i - 1].atMs < minGapMs)
            return false;
    }
    return true;
}

} // namespace

class tst_FramePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stillSceneSendsKeepAlivesOnly();
    void movingSceneNeverExceedsTheRate_data();
    void movingSceneNeverExceedsTheRate();
    void speechOnsetForcesAFreshFrame();
    void speechOnsetStillRespectsOneFps();
    void smallChangesFollowTheAdaptiveRate();
    void motionKeepsFullRate();
    void withoutChangeDetectionRateStillAdapts();
    void keepAliveCanBeSwitchedOff();
    void resetSendsTheNextFrame();
    void tooEarlyNeedsNoPixels();
};

void tst_FramePolicy::stillSceneSendsKeepAlivesOnly()
{
    FramePolicy policy;
    const QList<Sent> sent = run(policy, 0, 60'000, 100, 0.0, 0.0);
    QCOMPARE(sent.size(), 6); // 0, 10, 20, 30, 40, 50 s
    QCOMPARE(sent.first().reason, SendReason::First);
    for (qsizetype i = 1; i < sent.size(); ++i) {
        QCOMPARE(sent[i].reason, SendReason::KeepAlive);
        QCOMPARE(sent[i].atMs, i * 10'000);
    }
}

void tst_FramePolicy::movingSceneNeverExceedsTheRate_data()
{
    QTest::addColumn<double>("maxFps");
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<qint64>("gapMs");

    QTest::newRow("frames at 30 FPS, 1 FPS out") << 1.0 << qint64(33) << qint64(1000);
    QTest::newRow("frames at 10 FPS, 1 FPS out") << 1.0 << qint64(100) << qint64(1000);
    QTest::newRow("frames at 7 FPS, 0.5 FPS out") << 0.5 << qint64(140) << qint64(2000);
    QTest::newRow("asking for 5 FPS still gives 1 FPS") << 5.0 << qint64(50) << qint64(1000);
}

void tst_FramePolicy::movingSceneNeverExceedsTheRate()
{
    QFETCH(double, maxFps);
    QFETCH(qint64, stepMs);
    QFETCH(qint64, gapMs);

    FramePolicySettings settings;
    settings.maxFps = maxFps;
    FramePolicy policy(settings);
    const QList<Sent> sent = run(policy, 0, 30'000, stepMs, 0.5, 0.5);
    QVERIFY(spacedAtLeast(sent, gapMs));
    // …and it does use the rate it has: a moving scene is not starved.
    QVERIFY2(sent.size() >= 30'000 / (gapMs + stepMs), qPrintable(QString::number(sent.size())));
    for (qsizetype i = 1; i < sent.size(); ++i)
        QCOMPARE(sent[i].reason, SendReason::Changed);
}

void tst_FramePolicy::speechOnsetForcesAFreshFrame()
{
    FramePolicy policy;
    QCOMPARE(run(policy, 0, 4'000, 250, 0.0, 0.0).size(), 1); // the first frame only
    policy.speechStarted(4'100);
    // A frame captured before the onset does not count as fresh.
    QVERIFY(!policy.decide(4'050, 0.0, 0.0).shouldSend());
    const PolicyDecision decision = policy.decide(4'100, 0.0, 0.0);
    QCOMPARE(decision.send, SendReason::Speech);
    policy.markSent(4'100);
    // One fresh frame per onset, not a stream: the still scene is quiet again after it.
    const QList<Sent> after = run(policy, 4'200, 9'000, 250, 0.0, 0.0);
    QVERIFY(after.isEmpty());
}

void tst_FramePolicy::speechOnsetStillRespectsOneFps()
{
    FramePolicy policy;
    QVERIFY(policy.decide(0, 0.0, 0.0).shouldSend());
    policy.markSent(0);
    policy.speechStarted(300);
    QCOMPARE(policy.decide(300, 0.0, 0.0).skip, SkipReason::TooEarly);
    QCOMPARE(policy.decide(999, 0.0, 0.0).skip, SkipReason::TooEarly);
    QCOMPARE(policy.nextSlotMs().value_or(-1), 1000);
    QCOMPARE(policy.decide(1'000, 0.0, 0.0).send, SendReason::Speech);
}

void tst_FramePolicy::smallChangesFollowTheAdaptiveRate()
{
    // Changes worth sending (1 % vs the last frame sent) but no motion between frames (1 %).
    FramePolicy policy;
    const QList<Sent> idle = run(policy, 0, 12'000, 250, 0.01, 0.01);
    QVERIFY(spacedAtLeast(idle, policy.idleIntervalMs()));
    QCOMPARE(policy.idleIntervalMs(), 3000);
    QCOMPARE(idle.size(), 4); // 0, 3, 6, 9 s

    policy.speechStarted(12'000);
    const QList<Sent> speaking = run(policy, 12'000, 18'000, 250, 0.01, 0.01);
    QCOMPARE(speaking.size(), 6); // 1 FPS while the user speaks
    QVERIFY(spacedAtLeast(speaking, 1000));

    policy.speechEnded(18'000);
    // Full rate for activeHoldMs after the end of speech, then idle again.
    const QList<Sent> after = run(policy, 18'000, 30'000, 250, 0.01, 0.01);
    QVERIFY(!after.isEmpty());
    QCOMPARE(after.first().atMs, 18'000);
    qsizetype withinHold = 0;
    for (const Sent &s : after)
        withinHold += s.atMs < 21'000 ? 1 : 0;
    QCOMPARE(withinHold, 3); // 18, 19, 20 s
    QVERIFY(spacedAtLeast(after.mid(withinHold), policy.idleIntervalMs()));
}

void tst_FramePolicy::motionKeepsFullRate()
{
    FramePolicy policy;
    // Consecutive frames differ by 10 %: the scene moves, so 1 FPS without speech.
    const QList<Sent> moving = run(policy, 0, 10'000, 100, 0.10, 0.10);
    QCOMPARE(moving.size(), 10);
    QVERIFY(policy.isActive(9'900));
    QVERIFY(!policy.isActive(9'900 + 3'000));
}

void tst_FramePolicy::withoutChangeDetectionRateStillAdapts()
{
    FramePolicySettings settings;
    settings.changeDetection = ChangeDetection::None;
    FramePolicy policy(settings);
    const QList<Sent> idle = run(policy, 0, 9'000, 100, 0.0, 0.0);
    QCOMPARE(idle.size(), 3); // idle rate, every 3 s
    QCOMPARE(idle.last().reason, SendReason::Interval);
    policy.speechStarted(9'000);
    const QList<Sent> speaking = run(policy, 9'000, 14'000, 100, 0.0, 0.0);
    QCOMPARE(speaking.size(), 5);
}

void tst_FramePolicy::keepAliveCanBeSwitchedOff()
{
    FramePolicySettings settings;
    settings.keepAliveMs = 0;
    FramePolicy policy(settings);
    QCOMPARE(run(policy, 0, 120'000, 500, 0.0, 0.0).size(), 1);
}

void tst_FramePolicy::resetSendsTheNextFrame()
{
    FramePolicy policy;
    run(policy, 0, 2'000, 100, 0.0, 0.0);
    QVERIFY(!policy.decide(2'100, 0.0, 0.0).shouldSend());
    policy.reset();
    QCOMPARE(policy.decide(2'100, 0.0, 0.0).send, SendReason::First);
}

void tst_FramePolicy::tooEarlyNeedsNoPixels()
{
    FramePolicy policy;
    QVERIFY(!policy.isTooEarly(0));
    QVERIFY(!policy.nextSlotMs());
    policy.markSent(5'000);
    QVERIFY(policy.isTooEarly(5'999));
    QVERIFY(!policy.isTooEarly(6'000));
}

QTEST_GUILESS_MAIN(tst_FramePolicy)
#include "tst_framepolicy.moc"
