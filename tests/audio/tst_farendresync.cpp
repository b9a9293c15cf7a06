// FarEndResync: the canceller's far end goes in a fixed lead ahead of the microphone frame taken
// when it plays, whatever the ticks, the speaker's buffer and its corking do; silence stands in
// for a far end not due yet; late frames go in at once; without play times, one per near frame.
#include "audio/farendresync.h"
#include "audio/playbackclock.h"

#include <QTest>

#include <vector>

using namespace livedesk::audio;

namespace {

constexpr int64_t kFrameUs = 10'000;

// Far-end frames carry their index in every sample; silence is 0, so indices start at 1.
std::array<int16_t, FarEndResync::kFrame> farFrame(int index)
{
    std::array<int16_t, FarEndResync::kFrame> f;
    f.fill(int16_t(index));
    return f;
}

// Drives a resync like the processing thread: each tick reads the far end the speaker took
// (frames that play `speakerBufferUs` after they were taken), then the microphone frames taken
// since the last tick, delivered `micBufferUs` late. Records, for every near frame that a real far
// frame went in before, the play time of the last one minus the near frame's time.
struct Drive
{
    FarEndResync resync;
    int farIndex = 0;
    int64_t nextFarTakenUs = 0;
    int64_t nextNearUs = 0;
    int64_t lastFedPlayUs = FarEndResync::kUnknownTime;
    int lastFedIndex = 0;
    std::vector<int64_t> leadsUs; // per near frame with a real far frame before it
    int silentFed = 0;

    // The speaker's thread stalls: it hands nothing over (and takes nothing) until `untilUs`,
    // then catches up with what it should have taken, as a device thread does after a stall.
    int64_t speakerStalledUntilUs = 0;
    // Near frames wait while the far end is behind (AudioProcessor does), or go in regardless.
    enum class NearFrames { WaitForFarEnd, GoInRegardless };
    NearFrames nearFrames = NearFrames::GoInRegardless;

    void tick(int64_t nowUs, int64_t speakerBufferUs, int64_t micBufferUs, bool speakerOn = true)
    {
        while (speakerOn && nowUs >= speakerStalledUntilUs && nextFarTakenUs <= nowUs) {
            resync.pushFar(farFrame(++farIndex), nextFarTakenUs + speakerBufferUs);
            nextFarTakenUs += kFrameUs;
        }
        if (!speakerOn)
            nextFarTakenUs = nowUs;
        while (nextNearUs + micBufferUs <= nowUs) {
            if (nearFrames == NearFrames::WaitForFarEnd && resync.isBehind(nextNearUs))
                break;
            bool fedReal = false;
            resync.beforeNear(nextNearUs, [&](std::span<const int16_t> far, int64_t playUs) {
                QCOMPARE(far.size(), size_t(FarEndResync::kFrame));
                if (playUs == FarEndResync::kUnknownTime) {
                    QCOMPARE(far[0], int16_t(0));
                    ++silentFed;
                    return;
                }
                QCOMPARE(int(far[0]), lastFedIndex + 1); // in order, none lost
                lastFedIndex = far[0];
                lastFedPlayUs = playUs;
                fedReal = true;
            });
            if (fedReal)
                leadsUs.push_back(lastFedPlayUs - nextNearUs);
            nextNearUs += kFrameUs;
        }
    }
};

// The speaker's clock in the PlaybackClock tests: 48 kHz, written 10 ms at a time, frame 0
// playing at 1 s (plus `slipNs` once the timeline has slipped).
constexpr int kClockRate = 48000;
constexpr int64_t kFramesPerWrite = kClockRate / 100;

int64_t playNs(int64_t frame, int64_t slipNs = 0)
{
    return 1'000'000'000 + slipNs + frame * 1'000'000'000 / kClockRate;
}

} // namespace

class tst_FarEndResync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheLeadThroughLateTicks_data();
    void keepsTheLeadThroughLateTicks();
    void keepsTheLeadAcrossACorkedSpeaker();
    void aNewLeadMovesTheFarEndOnce_data();
    void aNewLeadMovesTheFarEndOnce();
    void feedsSilenceWithoutAFarEnd();
    void withoutPlayTimesFeedsOnePerNearFrame();
    void nearFramesWaitForAStalledSpeaker_data();
    void nearFramesWaitForAStalledSpeaker();
    void playbackClockFollowsASlippedTimeline();
    void playbackClockKeepsItsAnchorThroughLateStamps();
};

void tst_FarEndResync::keepsTheLeadThroughLateTicks_data()
{
    QTest::addColumn<int>("lateEvery"); // every n-th tick comes late…
    QTest::addColumn<int>("lateMs"); // …by this much
    QTest::addColumn<int>("speakerBufferMs");
    QTest::addColumn<int>("micBufferMs");

    QTest::newRow("punctual ticks") << 0 << 0 << 60 << 20;
    QTest::newRow("every 7th tick 40 ms late") << 7 << 40 << 60 << 20;
    QTest::newRow("every 3rd tick 20 ms late") << 3 << 20 << 60 << 20;
    QTest::newRow("every 5th tick 90 ms late, large buffers") << 5 << 90 << 200 << 100;
    QTest::newRow("small buffers") << 4 << 30 << 30 << 10;
}

void tst_FarEndResync::keepsTheLeadThroughLateTicks()
{
    QFETCH(int, lateEvery);
    QFETCH(int, lateMs);
    QFETCH(int, speakerBufferMs);
    QFETCH(int, micBufferMs);

    Drive d;
    int64_t nowUs = 0;
    for (int tick = 0; tick < 600; ++tick) {
        nowUs += kFrameUs;
        const bool late = lateEvery > 0 && tick % lateEvery == 0;
        d.tick(nowUs + (late ? lateMs * 1000 : 0), speakerBufferMs * 1000, micBufferMs * 1000);
    }
    QVERIFY(d.leadsUs.size() > 500);
    const auto [low, high] = std::minmax_element(d.leadsUs.begin(), d.leadsUs.end());
    qInfo("lead %lld..%lld µs, %d silent, %d catch-ups", qlonglong(*low), qlonglong(*high),
          d.silentFed, d.resync.catchUps());
    QCOMPARE(*low, *high); // the same lead at every near-end frame, late ticks or not
    const int64_t leadUs = int64_t(FarEndResync::kLeadMs) * 1000;
    const int64_t toleranceUs = int64_t(FarEndResync::kToleranceMs) * 1000;
    QVERIFY(*low >= leadUs - toleranceUs && *low <= leadUs + toleranceUs);
    QCOMPARE(d.resync.droppedFrames(), 0);
}

void tst_FarEndResync::keepsTheLeadAcrossACorkedSpeaker()
{
    // A reply, a pause in which the speaker is corked (no far end at all), the next reply: its
    // first frames wait in the speaker's buffer before they play, and the lead is the same.
    Drive d;
    int64_t nowUs = 0;
    auto run = [&](int ticks, bool speakerOn) {
        for (int i = 0; i < ticks; ++i) {
            nowUs += kFrameUs;
            d.tick(nowUs + (i % 6 == 0 ? 30'000 : 0), 60'000, 20'000, speakerOn);
        }
    };
    run(300, true);
    const std::vector<int64_t> firstReply = d.leadsUs;
    const int silentBefore = d.silentFed;
    run(250, false);
    QVERIFY(d.silentFed >= silentBefore + 240); // silence stood in for the corked speaker
    d.leadsUs.clear();
    run(300, true);
    // The speaker's new timeline has the same phase against the microphone's 10 ms frames as the
    // old one here; a real one may differ by part of a frame, and so may the lead then.
    QVERIFY(!firstReply.empty() && d.leadsUs.size() > 200);
    const auto [low, high] = std::minmax_element(d.leadsUs.begin(), d.leadsUs.end());
    QCOMPARE(*low, firstReply.back());
    QCOMPARE(*high, firstReply.back());
}

void tst_FarEndResync::aNewLeadMovesTheFarEndOnce_data()
{
    QTest::addColumn<int>("leadMs");
    // Held back (a long echo path: Bluetooth, module-loopback at 120 ms) or let catch up.
    QTest::newRow("-90 ms") << -90;
    QTest::newRow("-480 ms") << -480;
    QTest::newRow("0 ms") << 0;
}

void tst_FarEndResync::aNewLeadMovesTheFarEndOnce()
{
    // EchoDelayEstimator found the echo later than its place: the far end is held back by the
    // difference, in one step, then runs one frame per near frame at the new lead, late ticks
    // or not; no frame is lost or repeated (Drive checks the order).
    QFETCH(int, leadMs);
    Drive d;
    int64_t nowUs = 0;
    auto run = [&](int ticks) {
        for (int i = 0; i < ticks; ++i) {
            nowUs += kFrameUs;
            d.tick(nowUs + (i % 7 == 0 ? 40'000 : 0), 60'000, 20'000);
        }
    };
    run(200);
    const int silentBefore = d.silentFed;
    const int shiftsBefore = d.resync.shifts();
    QCOMPARE(shiftsBefore, 0); // late ticks alone never move the far end
    d.resync.setLeadUs(int64_t(leadMs) * 1000);
    QCOMPARE(d.resync.leadUs(), int64_t(leadMs) * 1000);
    d.leadsUs.clear();
    run(200);
    const int64_t toleranceUs = int64_t(FarEndResync::kToleranceMs) * 1000;
    const int64_t stepUs = int64_t(FarEndResync::kLeadMs - leadMs) * 1000;
    // The step: about as many frames of silence as the far end is held back, once.
    const int silent = d.silentFed - silentBefore;
    QVERIFY2(silent >= (stepUs - toleranceUs) / kFrameUs
                     && silent <= (stepUs + toleranceUs) / kFrameUs + 1,
             qPrintable(QString::number(silent)));
    // One move, reported once (the suppressor forgets what it trusted of the canceller).
    QCOMPARE(d.resync.shifts(), silent > 0 ? 1 : 0);
    // Then one lead, within the tolerance of the new one.
    const std::vector<int64_t> after(d.leadsUs.begin() + 60, d.leadsUs.end());
    const auto [low, high] = std::minmax_element(after.begin(), after.end());
    QCOMPARE(*low, *high);
    QVERIFY2(std::abs(*low - int64_t(leadMs) * 1000) <= toleranceUs,
             qPrintable(QString::number(*low)));
    QCOMPARE(d.resync.droppedFrames(), 0);
}

void tst_FarEndResync::feedsSilenceWithoutAFarEnd()
{
    FarEndResync resync;
    int fed = 0;
    int silent = 0;
    for (int i = 0; i < 300; ++i) {
        resync.beforeNear(i * kFrameUs, [&](std::span<const int16_t> far, int64_t playUs) {
            QCOMPARE(far.size(), size_t(FarEndResync::kFrame));
            ++fed;
            silent += far[0] == 0 && playUs == FarEndResync::kUnknownTime ? 1 : 0;
        });
    }
    QCOMPARE(fed, 300); // one far-end frame for every near-end frame: the canceller runs on
    QCOMPARE(silent, 300);
    QCOMPARE(resync.silentFrames(), 300);
}

void tst_FarEndResync::withoutPlayTimesFeedsOnePerNearFrame()
{
    // Before the speaker's first stamp: frames go in as they come, one per near frame.
    FarEndResync resync;
    for (int i = 1; i <= 5; ++i)
        resync.pushFar(farFrame(i), FarEndResync::kUnknownTime);
    std::vector<int> fed;
    for (int i = 0; i < 7; ++i) {
        resync.beforeNear(i * kFrameUs,
                          [&](std::span<const int16_t> far, int64_t) { fed.push_back(far[0]); });
    }
    QCOMPARE(fed, (std::vector<int> {1, 2, 3, 4, 5, 0, 0}));
}

void tst_FarEndResync::nearFramesWaitForAStalledSpeaker_data()
{
    QTest::addColumn<int>("stallMs");
    QTest::newRow("100 ms") << 100;
    QTest::newRow("150 ms") << 150;
    QTest::newRow("250 ms") << 250;
}

void tst_FarEndResync::nearFramesWaitForAStalledSpeaker()
{
    // The speaker's thread stalls mid-reply while the microphone's frames keep coming. Fed as
    // they come, the near frames would get silence in place of the far end not handed over yet,
    // and the far end would run behind them for good. Waiting for it keeps the lead.
    QFETCH(int, stallMs);
    constexpr int64_t speakerBufferUs = 60'000;
    constexpr int64_t micBufferUs = 20'000;
    for (const auto nearFrames :
         {Drive::NearFrames::WaitForFarEnd, Drive::NearFrames::GoInRegardless}) {
        Drive d;
        d.nearFrames = nearFrames;
        int64_t nowUs = 0;
        for (; nowUs < 1'000'000; nowUs += 10'000)
            d.tick(nowUs, speakerBufferUs, micBufferUs);
        const int silentBefore = d.silentFed;
        d.speakerStalledUntilUs = nowUs + int64_t(stallMs) * 1000;
        for (; nowUs < 3'000'000; nowUs += 10'000)
            d.tick(nowUs, speakerBufferUs, micBufferUs);
        const auto [low, high] = std::minmax_element(d.leadsUs.begin() + 50, d.leadsUs.end());
        if (nearFrames == Drive::NearFrames::WaitForFarEnd) {
            QCOMPARE(d.silentFed, silentBefore); // nothing stood in for the far end
            QCOMPARE(*low, *high); // the same lead before, through and after the stall
            QCOMPARE(d.resync.catchUps(), 0);
        } else {
            // What waiting prevents: silence fed while the frames were late, then caught up.
            QVERIFY(d.silentFed > silentBefore);
            QVERIFY(*low < *high);
        }
    }
}

void tst_FarEndResync::playbackClockFollowsASlippedTimeline()
{
    // The speaker ran dry for 40 ms: from then on each frame plays 40 ms later than the old
    // anchor says. The clock takes the new timeline after kSlipStamps stamps, not half a second.
    constexpr int64_t kSlipNs = 40'000'000;
    PlaybackClock clock;
    clock.restart(kClockRate);
    int64_t frame = 0;
    for (int i = 0; i < 60; ++i, frame += kFramesPerWrite)
        clock.observe(uint64_t(frame), playNs(frame), 0);
    QCOMPARE(clock.timeUs(double(frame)), playNs(frame) / 1000);
    for (int i = 0; i < PlaybackClock::kSlipStamps; ++i, frame += kFramesPerWrite)
        clock.observe(uint64_t(frame), playNs(frame, kSlipNs), 0);
    QCOMPARE(clock.slips(), 1);
    QCOMPARE(clock.timeUs(double(frame)), playNs(frame, kSlipNs) / 1000);
}

void tst_FarEndResync::playbackClockKeepsItsAnchorThroughLateStamps()
{
    // A stamp taken by a preempted device thread is late; a few of them in a row (fewer than
    // kSlipStamps), between punctual ones, leave the anchor where it is.
    PlaybackClock clock;
    clock.restart(kClockRate);
    int64_t frame = 0;
    for (int i = 0; i < 300; ++i, frame += kFramesPerWrite) {
        const bool late = i % (PlaybackClock::kSlipStamps + 5) < PlaybackClock::kSlipStamps - 1;
        clock.observe(uint64_t(frame), playNs(frame, late ? 30'000'000 : 0), 0);
    }
    QCOMPARE(clock.slips(), 0);
    QCOMPARE(clock.timeUs(double(frame)), playNs(frame) / 1000);
}

QTEST_APPLESS_MAIN(tst_FarEndResync)
#include "tst_farendresync.moc"
