// Flushing playback on an interruption, through the engine's own output path (PlaybackPipeline
// on the processing side, PlaybackRenderer on the device side, the rings between them) driven
// period by period the way the device thread drives it: after the request, no model sample is
// played later than one device period plus the fade; the fade has no step (no click); what was
// still queued never plays; audio of the next turn does; and the books say how much was heard.
#include "audio/playbackpipeline.h"
#include "audio/playbackrenderer.h"

#include "audiotestsupport.h"

#include <QTest>

using namespace livedesk::audio;
using namespace livedesk::audio::test;

namespace {

constexpr int kDeviceRate = 48000;
constexpr int kPeriodFrames = kDeviceRate * 20 / 1000; // Qt's PulseAudio period
constexpr int kFadeMs = 8;
constexpr int kRingTargetFrames = kDeviceRate * 40 / 1000;

struct Harness
{
    SpscRing<float> ring {size_t(kDeviceRate)};
    SpscRing<float> reference {size_t(kDeviceRate) * 10};
    PlaybackControl control;
    PlaybackPipeline pipeline {JitterBufferSettings {}, kDeviceRate, 1.0};
    PlaybackRenderer renderer {ring, reference, control, kDeviceRate, kFadeMs};
    std::vector<float> output; // everything handed to the "device"

    // What the processing thread does every tick: keep ~40 ms queued.
    void topUp()
    {
        std::vector<float> scratch(kRingTargetFrames);
        while (ring.size() < size_t(kRingTargetFrames)) {
            const size_t want = size_t(kRingTargetFrames) - ring.size();
            const size_t n = pipeline.render(std::span<float>(scratch.data(), want));
            if (n == 0)
                break;
            ring.write(std::span<const float>(scratch.data(), n));
            pipeline.noteWritten(ring.totalWritten());
        }
    }
    // What the device thread does every period.
    void period()
    {
        std::vector<float> out(kPeriodFrames);
        renderer.render(out);
        output.insert(output.end(), out.begin(), out.end());
    }
    // What AudioProcessor::flushPlayback does.
    void flush()
    {
        pipeline.flush();
        control.flushUpTo.store(ring.totalWritten());
        control.flushSequence.fetch_add(1);
    }
};

std::vector<int16_t> toneAt24k(double seconds)
{
    return toS16(tone(1000.0, seconds, 24000, 0.5f));
}

} // namespace

class tst_PlaybackFlush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingPlaysAfterPeriodPlusFade_data();
    void nothingPlaysAfterPeriodPlusFade();
    void theNextTurnPlaysAfterAFlush();
    void duckingGlidesWithoutSteps();
};

void tst_PlaybackFlush::nothingPlaysAfterPeriodPlusFade_data()
{
    QTest::addColumn<int>("requestOffsetFrames"); // how far before the next pull the request comes
    QTest::addColumn<float>("gain");

    QTest::newRow("request just before the device pulls") << 1 << 1.0f;
    QTest::newRow("request in the middle of a period") << kPeriodFrames / 2 << 1.0f;
    QTest::newRow("request just after the device pulled") << kPeriodFrames - 1 << 1.0f;
    QTest::newRow("request while the voice is ducked") << kPeriodFrames / 2 << 0.1f;
}

void tst_PlaybackFlush::nothingPlaysAfterPeriodPlusFade()
{
    QFETCH(int, requestOffsetFrames);
    QFETCH(float, gain);

    Harness h;
    h.control.gainTarget.store(gain);
    const auto model = toneAt24k(3.0);
    h.pipeline.enqueue(model);
    for (int i = 0; i < 50; ++i) { // one second of playback
        h.topUp();
        h.period();
    }
    // The device has handed over everything up to the end of the last period; the request
    // arrives `requestOffsetFrames` before its next pull, so that much already-handed audio is
    // still ahead of the listener.
    const size_t requestAt = h.output.size() - size_t(requestOffsetFrames);
    h.flush();
    for (int i = 0; i < 25; ++i) {
        h.topUp();
        h.period();
    }

    size_t lastModelSample = 0;
    for (size_t i = 0; i < h.output.size(); ++i) {
        if (std::abs(h.output[i]) > 1e-6f)
            lastModelSample = i;
    }
    const double lateMs = double(lastModelSample - requestAt) * 1000.0 / kDeviceRate;
    qInfo("last model sample %.2f ms after the request (limit %d ms + %d ms)", lateMs, 20, kFadeMs);
    QVERIFY(lastModelSample > requestAt);
    QVERIFY(lateMs <= 20.0 + kFadeMs);

    // No click: the fade moves no faster than the tone itself does.
    const double toneStep = 2.0 * std::numbers::pi * 1000.0 / kDeviceRate * 0.5 * gain;
    double worstStep = 0;
    for (size_t i = requestAt; i < h.output.size(); ++i)
        worstStep = std::max(worstStep, double(std::abs(h.output[i] - h.output[i - 1])));
    qInfo("largest step after the request %.4f (the tone's own: %.4f)", worstStep, toneStep);
    QVERIFY(worstStep <= toneStep * 1.05);

    // The reference for the echo canceller is exactly what was played.
    std::vector<float> reference(h.output.size());
    QCOMPARE(h.reference.read(reference), h.output.size());
    QVERIFY(reference == h.output);
    QCOMPARE(h.control.flushesDone.load(), 1u);
    // Heard: one second plus the fade, at 24 kHz, within 10 ms.
    const qint64 heard = h.pipeline.positionAt(h.control.playedRingIndex.load());
    qInfo("heard %lld samples at 24 kHz", qlonglong(heard));
    QVERIFY(std::abs(heard - (24000 + 24000 * kFadeMs / 1000)) <= 240);
}

void tst_PlaybackFlush::theNextTurnPlaysAfterAFlush()
{
    Harness h;
    h.pipeline.enqueue(toneAt24k(2.0));
    for (int i = 0; i < 10; ++i) {
        h.topUp();
        h.period();
    }
    h.flush();
    // The next turn arrives before the device thread has even seen the flush.
    h.pipeline.enqueue(toneAt24k(0.5));
    h.pipeline.endOfTurn();
    h.topUp();
    const size_t flushAt = h.output.size();
    for (int i = 0; i < 60; ++i) {
        h.topUp();
        h.period();
    }
    // From the fade of the old turn to the end of the new one (a sine sampled at 48 kHz has
    // exact zeros, so count the span, not the non-zero samples).
    size_t first = 0, last = 0;
    for (size_t i = flushAt; i < h.output.size(); ++i) {
        if (std::abs(h.output[i]) > 1e-6f) {
            if (!first)
                first = i;
            last = i;
        }
    }
    const double audibleMs = double(last - first + 1) * 1000.0 / kDeviceRate;
    qInfo("%.1f ms audible after the flush", audibleMs);
    // The new turn's 500 ms, and of the old one at most the fade.
    QVERIFY(first - flushAt < 2);
    QVERIFY(audibleMs >= 500.0 && audibleMs <= 500.0 + kFadeMs + 2);
    QCOMPARE(h.pipeline.jitter().underruns(), 0);
}

void tst_PlaybackFlush::duckingGlidesWithoutSteps()
{
    Harness h;
    h.pipeline.enqueue(toneAt24k(1.0));
    for (int i = 0; i < 10; ++i) {
        h.topUp();
        h.period();
    }
    const size_t duckAt = h.output.size();
    h.control.gainTarget.store(0.1f);
    for (int i = 0; i < 10; ++i) {
        h.topUp();
        h.period();
    }
    // Within one period the voice is at the ducked level…
    float peakAfter = 0;
    for (size_t i = duckAt + size_t(kPeriodFrames); i < h.output.size(); ++i)
        peakAfter = std::max(peakAfter, std::abs(h.output[i]));
    QVERIFY(std::abs(peakAfter - 0.05f) < 0.005f);
    // …and it got there without a step.
    const double toneStep = 2.0 * std::numbers::pi * 1000.0 / kDeviceRate * 0.5;
    for (size_t i = duckAt; i < duckAt + size_t(kPeriodFrames); ++i)
        QVERIFY(std::abs(h.output[i] - h.output[i - 1]) <= toneStep * 1.05);
}

QTEST_GUILESS_MAIN(tst_PlaybackFlush)
#include "tst_playbackflush.moc"
