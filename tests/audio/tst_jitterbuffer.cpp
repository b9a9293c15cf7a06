// The playout jitter buffer against arrival patterns a Live API connection produces: bursts much
// faster than real time play without underruns once the prebuffer is reached; a stall causes
// one underrun and grows the target, after which the same stall is absorbed; a completed turn
// plays out without waiting for the prebuffer; and every sample is counted exactly.
#include "audio/jitterbuffer.h"

#include <QTest>

#include <random>

using namespace livedesk::audio;

namespace {

constexpr int kRate = 24000;
constexpr int kTickMs = 10;
constexpr int kTick = kRate * kTickMs / 1000;

// Audio arriving at a time: (ms since the start of the turn, ms of audio).
using Arrivals = QList<QPair<int, int>>;

struct Playout
{
    int startMs = -1; // when the first sample played
    int underruns = 0;
    int underrunsAfterFirstGrowth = 0;
    int finalTargetMs = 0;
    qint64 pulled = 0;
    qint64 received = 0;
    qint64 turnPulled = 0;
    qint64 gapsAfterStartMs = 0; // ticks without a full 10 ms of audio after playout began
};

// Steps a clock in 10 ms ticks: deliver what has arrived, then play one tick.
Playout simulate(const Arrivals &arrivals, int prebufferMs, bool endTurn)
{
    JitterBufferSettings settings;
    settings.prebufferMs = prebufferMs;
    JitterBuffer buffer(settings);
    Playout p;
    int totalMs = 0;
    for (const auto &a : arrivals)
        totalMs = std::max(totalMs, a.first + a.second * 4);
    std::vector<int16_t> out(kTick);
    int next = 0;
    int16_t value = 0;
    bool ended = false;
    for (int now = 0; now <= totalMs + 2000; now += kTickMs) {
        while (next < arrivals.size() && arrivals[next].first <= now) {
            std::vector<int16_t> chunk(size_t(arrivals[next].second * kRate / 1000));
            for (int16_t &s : chunk)
                s = ++value; // numbered, to check order
            buffer.push(chunk);
            ++next;
        }
        if (endTurn && next == arrivals.size() && !ended) {
            buffer.markEndOfTurn();
            ended = true;
        }
        const int underrunsBefore = buffer.underruns();
        const size_t n = buffer.pull(out);
        if (n > 0 && p.startMs < 0)
            p.startMs = now;
        if (p.startMs >= 0 && n < size_t(kTick) && buffer.state() != JitterBuffer::State::Idle)
            p.gapsAfterStartMs += kTickMs;
        if (buffer.underruns() > underrunsBefore && underrunsBefore >= 1)
            ++p.underrunsAfterFirstGrowth;
        p.pulled += qint64(n);
    }
    p.underruns = buffer.underruns();
    p.finalTargetMs = buffer.targetMs();
    p.received = buffer.samplesReceived();
    p.turnPulled = buffer.turnSamplesPulled();
    return p;
}

Arrivals realTime(int chunkMs, int totalMs, int jitterMs, unsigned seed, int fromMs = 0)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> jitter(0, jitterMs);
    Arrivals a;
    for (int t = 0; t < totalMs; t += chunkMs)
        a.append({fromMs + t + jitter(rng), chunkMs});
    std::sort(a.begin(), a.end());
    return a;
}

} // namespace

class tst_JitterBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrivalPatterns_data();
    void arrivalPatterns();
    void audioQueuedDownstreamIsNotAnUnderrun();
    void aCompletedTurnDoesNotWaitForThePrebuffer();
    void cleanTurnsShrinkTheTargetBack();
    void flushDropsAndCountsEverything();
    void countsEachTurnSeparately();
};

void tst_JitterBuffer::arrivalPatterns_data()
{
    QTest::addColumn<Arrivals>("arrivals");
    QTest::addColumn<int>("expectedUnderruns");
    QTest::addColumn<int>("maxStartMs");

    // 3 s of speech in six 500 ms bursts within 250 ms, the way the service often sends it.
    Arrivals bursts;
    for (int i = 0; i < 6; ++i)
        bursts.append({i * 50, 500});
    QTest::newRow("bursts much faster than real time play without underruns") << bursts << 0 << 10;

    QTest::newRow("40 ms chunks in real time with up to 20 ms of network jitter")
            << realTime(40, 4000, 20, 1) << 0 << 60;

    // 1 s in real time, a 200 ms stall, then real time again with stalls of 60 ms: the first
    // stall costs one underrun; the grown target absorbs the later ones.
    Arrivals stall = realTime(40, 1000, 0, 2);
    Arrivals after = realTime(40, 3000, 0, 3, 1200);
    for (int i = 0; i < after.size(); ++i) {
        if (i % 25 == 24)
            after[i].first += 60;
    }
    std::sort(after.begin(), after.end());
    QTest::newRow("a stall costs one underrun, then the grown target absorbs smaller ones")
            << (stall + after) << 1 << 60;
}

void tst_JitterBuffer::arrivalPatterns()
{
    QFETCH(Arrivals, arrivals);
    QFETCH(int, expectedUnderruns);
    QFETCH(int, maxStartMs);

    const Playout p = simulate(arrivals, 60, true);
    qInfo("started at %d ms, %d underruns, target %d ms, %lld ms short after the start", p.startMs,
          p.underruns, p.finalTargetMs, qlonglong(p.gapsAfterStartMs));
    QVERIFY(p.startMs >= 0 && p.startMs <= maxStartMs);
    QCOMPARE(p.underruns, expectedUnderruns);
    QCOMPARE(p.underrunsAfterFirstGrowth, 0);
    if (expectedUnderruns == 0) {
        QCOMPARE(p.finalTargetMs, 60); // grows only after an underrun
        QCOMPARE(p.gapsAfterStartMs, 0);
    } else {
        QCOMPARE(p.finalTargetMs, 60 + 40 * expectedUnderruns);
    }
    // Exact counting: everything that arrived was played, nothing twice.
    QCOMPARE(p.pulled, p.received);
    QCOMPARE(p.turnPulled, p.received);
}

void tst_JitterBuffer::audioQueuedDownstreamIsNotAnUnderrun()
{
    // The processing thread keeps ~40 ms queued ahead of the device: the jitter buffer running
    // dry while that still plays is not a gap the listener hears.
    JitterBuffer buffer;
    std::vector<int16_t> audio(size_t(kRate * 80 / 1000), 1);
    buffer.push(audio);
    std::vector<int16_t> out(size_t(kRate * 100 / 1000));
    QCOMPARE(buffer.pull(out, kRate * 40 / 1000), audio.size()); // 40 ms still downstream
    QCOMPARE(buffer.underruns(), 0);
    QCOMPARE(buffer.state(), JitterBuffer::State::Playing);
    QCOMPARE(buffer.pull(out, kRate * 5 / 1000), size_t(0)); // now the device is about to starve
    QCOMPARE(buffer.underruns(), 1);
    QCOMPARE(buffer.state(), JitterBuffer::State::Buffering);
}

void tst_JitterBuffer::aCompletedTurnDoesNotWaitForThePrebuffer()
{
    JitterBuffer buffer;
    std::vector<int16_t> shortReply(size_t(kRate * 30 / 1000), 1); // 30 ms, under the prebuffer
    buffer.push(shortReply);
    std::vector<int16_t> out(kTick);
    QCOMPARE(buffer.pull(out), size_t(0)); // still waiting for more
    QCOMPARE(buffer.state(), JitterBuffer::State::Buffering);
    buffer.markEndOfTurn();
    qint64 played = 0;
    while (const size_t n = buffer.pull(out))
        played += qint64(n);
    QCOMPARE(played, qint64(shortReply.size()));
    QCOMPARE(buffer.underruns(), 0);
    QCOMPARE(buffer.state(), JitterBuffer::State::Idle);
}

void tst_JitterBuffer::cleanTurnsShrinkTheTargetBack()
{
    JitterBuffer buffer;
    const int prebufferMs = buffer.settings().prebufferMs;
    const int stepMs = buffer.settings().growStepMs;
    std::vector<int16_t> chunk(size_t(kRate * 80 / 1000), 1);
    std::vector<int16_t> out(size_t(kRate * 100 / 1000));
    const auto playTurn = [&](bool late) {
        buffer.push(chunk);
        if (late) { // the buffer runs dry mid-turn, then the next burst comes
            while (buffer.pull(out) > 0) {
            }
            buffer.push(chunk);
        }
        buffer.markEndOfTurn(); // the turn's audio is all in: play it out
        while (buffer.pull(out) > 0) {
        }
    };
    playTurn(true);
    QCOMPARE(buffer.underruns(), 1);
    QCOMPARE(buffer.targetMs(), prebufferMs + stepMs); // the late turn grew it; no shrink yet
    playTurn(false);
    QCOMPARE(buffer.targetMs(), prebufferMs); // one clean turn takes the step back
    playTurn(false);
    QCOMPARE(buffer.targetMs(), prebufferMs); // never below the prebuffer
    QCOMPARE(buffer.underruns(), 1);
}

void tst_JitterBuffer::flushDropsAndCountsEverything()
{
    JitterBuffer buffer;
    std::vector<int16_t> audio(size_t(kRate), 1);
    buffer.push(audio);
    std::vector<int16_t> out(kTick * 10);
    QCOMPARE(buffer.pull(out), out.size());
    QCOMPARE(buffer.flush(), qint64(audio.size() - out.size()));
    QCOMPARE(buffer.samplesReceived(), qint64(audio.size()));
    QCOMPARE(buffer.samplesPulled() + buffer.samplesDropped(), buffer.samplesReceived());
    QCOMPARE(buffer.bufferedSamples(), qint64(0));
    QCOMPARE(buffer.pull(out), size_t(0));
    QCOMPARE(buffer.underruns(), 0); // a flush is not an underrun
    QCOMPARE(buffer.turnSamplesPulled(), qint64(out.size()));
}

void tst_JitterBuffer::countsEachTurnSeparately()
{
    JitterBuffer buffer;
    std::vector<int16_t> first(size_t(kRate / 2), 1);
    std::vector<int16_t> second(size_t(kRate / 4), 2);
    buffer.push(first);
    buffer.markEndOfTurn();
    std::vector<int16_t> out(size_t(kRate / 10));
    buffer.pull(out); // 100 ms of the first turn
    buffer.push(second); // the next turn arrives while the first still plays
    QCOMPARE(buffer.turnSamplesReceived(), qint64(second.size()));
    qint64 total = qint64(out.size());
    bool sawSecond = false;
    while (const size_t n = buffer.pull(out)) {
        for (size_t i = 0; i < n; ++i)
            sawSecond = sawSecond || out[i] == 2;
        total += qint64(n);
    }
    QVERIFY(sawSecond);
    QCOMPARE(total, qint64(first.size() + second.size())); // no gap, nothing lost
    QCOMPARE(buffer.turnSamplesPulled(), qint64(second.size()));
}

QTEST_GUILESS_MAIN(tst_JitterBuffer)
#include "tst_jitterbuffer.moc"
