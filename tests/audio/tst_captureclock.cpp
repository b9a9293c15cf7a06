// The capture clock times each microphone sample from the device's frame count against one
// anchor, whatever the scheduler does to the device callbacks: a late callback, two that run
// together, a stall followed by a burst, a late first callback, frames lost and a device restart.
// Timestamps never go backwards and stay within a few milliseconds of when the audio was taken.
#include "audio/captureclock.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace livedesk::audio;

namespace {

constexpr int kRate = 48000;
constexpr int kPeriodFrames = 480; // the device delivers 10 ms at a time
constexpr int64_t kMs = 1'000'000;
constexpr int64_t kStartNs = 1'000'000 * kMs; // the steady time of device frame 0
constexpr int64_t kDeviceLatencyNs = 2 * kMs; // a prompt callback runs this long after capture

// A delivery as the device thread stamps it, and when its first frame was really taken.
struct Delivery
{
    uint64_t framesEnd;
    int64_t arrivalNs;
    int64_t firstFrameTakenNs;
};

} // namespace

class tst_CaptureClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesFollowTheFramesWhateverTheCallbacksDo_data();
    void timesFollowTheFramesWhateverTheCallbacksDo();
    void aLateCallbackDoesNotMoveTheTimes();
    void twoCallbacksTogetherKeepTheirSpacing();
    void aRestartedDeviceNeverTakesTimeBack();
};

void tst_CaptureClock::timesFollowTheFramesWhateverTheCallbacksDo_data()
{
    QTest::addColumn<QList<int>>("lateMs"); // per delivery, how late its callback ran
    QTest::addColumn<int>("lostAfter"); // the device lost frames after this delivery (-1: none)
    QTest::addColumn<int>("lostMs");
    QTest::addColumn<int>("settledAfter"); // from this delivery on, times are within tolerance
    QTest::addColumn<int>("toleranceMs");

    const int deliveries = 400; // 4 s
    QList<int> prompt(deliveries, 0);

    QTest::newRow("every callback on time") << prompt << -1 << 0 << 0 << 3;

    QList<int> oneLate = prompt;
    oneLate[100] = 80;
    QTest::newRow("one callback 80 ms late") << oneLate << -1 << 0 << 0 << 3;

    QList<int> together = prompt;
    together[150] = 10; // runs together with the next one
    QTest::newRow("two callbacks together") << together << -1 << 0 << 0 << 3;

    QList<int> stall = prompt;
    for (int i = 200; i < 230; ++i)
        stall[i] = (230 - i) * 10; // nothing for 300 ms, then all of it at once
    QTest::newRow("a 300 ms stall, then a burst") << stall << -1 << 0 << 0 << 3;

    QList<int> firstLate = prompt;
    firstLate[0] = 50;
    QTest::newRow("the first callback 50 ms late") << firstLate << -1 << 0 << 6 << 3;

    QList<int> jitter = prompt;
    QRandomGenerator random(13);
    for (int &late : jitter)
        late = int(random.bounded(0, 40));
    jitter[0] = 0;
    QTest::newRow("every callback 0-40 ms late") << jitter << -1 << 0 << 0 << 3;

    // Lost frames are not in the count: the device's frames now lag the wall clock, which only
    // a whole window of late stamps reveals (one to two windows after the loss).
    QTest::newRow("the device lost 200 ms") << prompt << 100 << 200 << 300 << 3;
}

void tst_CaptureClock::timesFollowTheFramesWhateverTheCallbacksDo()
{
    QFETCH(QList<int>, lateMs);
    QFETCH(int, lostAfter);
    QFETCH(int, lostMs);
    QFETCH(int, settledAfter);
    QFETCH(int, toleranceMs);

    CaptureClock clock;
    clock.restart(kRate);
    int64_t previousUs = 0;
    int64_t worstErrorUs = 0;
    for (int k = 0; k < lateMs.size(); ++k) {
        const int64_t lostNs = (lostAfter >= 0 && k > lostAfter) ? lostMs * kMs : 0;
        const uint64_t framesEnd = uint64_t(k + 1) * kPeriodFrames;
        const int64_t lastTakenNs = kStartNs + lostNs + int64_t(framesEnd) * 1'000'000'000 / kRate;
        clock.observe(framesEnd, lastTakenNs + kDeviceLatencyNs + lateMs[k] * kMs);
        QVERIFY(clock.isAnchored());

        // The processing thread times this delivery's frames, one 10 ms frame at a time.
        const uint64_t firstFrame = framesEnd - kPeriodFrames;
        const int64_t takenUs = (kStartNs + lostNs + int64_t(firstFrame) * 1'000'000'000 / kRate)
                                / 1000;
        const int64_t us = clock.timeUs(double(firstFrame));
        if (k > 0)
            QVERIFY2(us > previousUs, qPrintable(QStringLiteral("delivery %1: %2 µs after %3 µs")
                                                         .arg(k)
                                                         .arg(us)
                                                         .arg(previousUs)));
        previousUs = us;
        // Once settled: never earlier than the audio was taken, and not much later.
        if (k >= settledAfter) {
            QVERIFY2(us >= takenUs - 1,
                     qPrintable(QStringLiteral("delivery %1: %2 µs before it was taken")
                                        .arg(k)
                                        .arg(takenUs - us)));
            worstErrorUs = std::max(worstErrorUs, us - takenUs);
        }
    }
    QVERIFY2(worstErrorUs <= toleranceMs * 1000,
             qPrintable(QStringLiteral("worst error %1 µs").arg(worstErrorUs)));
}

void tst_CaptureClock::aLateCallbackDoesNotMoveTheTimes()
{
    CaptureClock clock;
    clock.restart(kRate);
    clock.observe(kPeriodFrames, kStartNs + 10 * kMs);
    const int64_t anchorNs = clock.anchorNs();
    QCOMPARE(clock.timeUs(0), kStartNs / 1000);
    // The second callback runs 120 ms late: its frames were still taken 10 ms after the first.
    clock.observe(2 * kPeriodFrames, kStartNs + 140 * kMs);
    QCOMPARE(clock.anchorNs(), anchorNs);
    QCOMPARE(clock.timeUs(kPeriodFrames), (kStartNs + 10 * kMs) / 1000);
    // The third is on time again.
    clock.observe(3 * kPeriodFrames, kStartNs + 30 * kMs);
    QCOMPARE(clock.timeUs(2 * kPeriodFrames), (kStartNs + 20 * kMs) / 1000);
}

void tst_CaptureClock::twoCallbacksTogetherKeepTheirSpacing()
{
    CaptureClock clock;
    clock.restart(kRate);
    clock.observe(kPeriodFrames, kStartNs + 10 * kMs);
    // Two deliveries stamped in the same nanosecond: the first of them was late.
    clock.observe(2 * kPeriodFrames, kStartNs + 30 * kMs);
    clock.observe(3 * kPeriodFrames, kStartNs + 30 * kMs);
    const int64_t first = clock.timeUs(kPeriodFrames);
    const int64_t second = clock.timeUs(2 * kPeriodFrames);
    QCOMPARE(first, (kStartNs + 10 * kMs) / 1000);
    QCOMPARE(second - first, 10'000);
}

void tst_CaptureClock::aRestartedDeviceNeverTakesTimeBack()
{
    CaptureClock clock;
    clock.restart(kRate);
    clock.observe(kPeriodFrames * 100, kStartNs + 1000 * kMs);
    const int64_t before = clock.timeUs(kPeriodFrames * 99);
    QCOMPARE(before, (kStartNs + 990 * kMs) / 1000);

    // The new device counts from 0 again, at another rate, and its first stamp claims its
    // first frame was taken before the old device's last one: time still moves forward.
    clock.restart(16000);
    QVERIFY(!clock.isAnchored());
    clock.observe(160, kStartNs + 985 * kMs);
    const int64_t after = clock.timeUs(0);
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 after %2").arg(after).arg(before)));

    // A clean restart later on is timed from its own frames.
    clock.restart(16000);
    clock.observe(1600, kStartNs + 3000 * kMs);
    QCOMPARE(clock.timeUs(0), (kStartNs + 2900 * kMs) / 1000);
}

QTEST_APPLESS_MAIN(tst_CaptureClock)
#include "tst_captureclock.moc"
