// The microphone read with libpulse (audio/pulsecapture.h), through the PulseAudio server of
// scripts/test-env.sh: switching between short and long fragments while recording loses no
// sample, long fragments wake us less often, and a source that is not there fails to open.
#include "audio/devicestreams.h"
#include "audio/pulsecapture.h"
#include "tests/audiotestmain.h"

#include "pulsetestsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <vector>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

// The virtual microphone's own sample spec, so that what is played into it comes out bit for
// bit (no conversion on either side).
QAudioFormat micFormat()
{
    const QString sources = pactl({u"list"_s, u"short"_s, u"sources"_s});
    static const QRegularExpression
            spec(u"^\\d+\\s+livedesk_mic\\s+\\S+\\s+s16le\\s+(\\d+)ch\\s+(\\d+)Hz"_s,
                 QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = spec.match(sources);
    QAudioFormat format;
    if (!match.hasMatch())
        return format;
    format.setSampleFormat(QAudioFormat::Int16);
    format.setChannelCount(match.captured(1).toInt());
    format.setSampleRate(match.captured(2).toInt());
    return format;
}

// Takes everything out of the capture ring (the test is its one consumer).
void drain(CaptureStream &stream, std::vector<int16_t> *into)
{
    stream.bytes.consume(stream.bytes.readAvailable() / 2 * 2, [&](std::span<const char> region) {
        const auto *samples = reinterpret_cast<const int16_t *>(region.data());
        into->insert(into->end(), samples, samples + region.size() / 2);
    });
    CaptureStamp stamp;
    while (stream.stamps.read(std::span<CaptureStamp>(&stamp, 1)) == 1) {
    }
}

// Runs the event loop for `ms` while draining (the time is the test's real-time script).
void recordFor(CaptureStream &stream, std::vector<int16_t> *into, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        drain(stream, into);
        QTest::qSleep(10);
    }
    drain(stream, into);
}

} // namespace

class tst_PulseCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchesFragmentsWithoutLosingSamples();
    void longFragmentsWakeLessOften();
    void unknownSourceFailsToOpen();
};

void tst_PulseCapture::initTestCase()
{
    if (!PulseCapture::isBuilt())
        QSKIP("built without libpulse: the microphone is read with QAudioSource");
    QVERIFY2(pulseReady(), kNoPulse);
    QVERIFY2(micFormat().isValid(), "livedesk_mic is not an s16le source (scripts/test-env.sh)");
}

void tst_PulseCapture::switchesFragmentsWithoutLosingSamples()
{
    const QAudioFormat format = micFormat();
    const int channels = format.channelCount();
    auto stream = std::make_shared<CaptureStream>(format, 3);
    PulseCapture capture;
    std::atomic<int> failures {0};
    QCOMPARE(capture.start("livedesk_mic", stream, 20,
                           [&](PulseCapture::Failure) { failures.fetch_add(1); }),
             PulseCapture::StartResult::Started);

    // A counter in every channel, played into the microphone's feed: what comes out must count
    // on without a gap, whatever the fragments did meanwhile.
    const int seconds = 4;
    const int frames = format.sampleRate() * seconds;
    QByteArray ramp(qsizetype(frames) * channels * 2, Qt::Uninitialized);
    auto *out = reinterpret_cast<int16_t *>(ramp.data());
    for (int i = 0; i < frames; ++i) {
        // Never 0, so the feed stands out from the silence around it.
        const int16_t value = int16_t(1 + i % 30000);
        for (int c = 0; c < channels; ++c)
            out[i * channels + c] = value;
    }
    QProcess pacat;
    pacat.start(u"pacat"_s, {u"--playback"_s, u"--device=livedesk_mic_feed"_s, u"--format=s16le"_s,
                             u"--rate=%1"_s.arg(format.sampleRate()),
                             u"--channels=%1"_s.arg(channels), u"--latency-msec=100"_s});
    QVERIFY(pacat.waitForStarted(5000));
    pacat.write(ramp);
    pacat.closeWriteChannel();

    std::vector<int16_t> recorded;
    // Long and short in turns, 300 ms each, while the ramp plays.
    for (int i = 0; i < 14; ++i) {
        capture.setFragments(i % 2 == 0 ? PulseCapture::Fragments::Long
                                        : PulseCapture::Fragments::Short);
        recordFor(*stream, &recorded, 300);
    }
    capture.setFragments(PulseCapture::Fragments::Short);
    // Until the whole ramp has come back (pacat ends when the server has played it).
    QElapsedTimer deadline;
    deadline.start();
    while (pacat.state() != QProcess::NotRunning && deadline.elapsed() < 15000) {
        recordFor(*stream, &recorded, 50);
        pacat.waitForFinished(0);
    }
    QCOMPARE(pacat.state(), QProcess::NotRunning);
    recordFor(*stream, &recorded, 500);
    capture.stop();

    QCOMPARE(stream->droppedBytes.load(), uint64_t(0));
    QCOMPARE(failures.load(), 0);
    // The ramp, from its first frame to its last, with nothing missing or repeated.
    size_t first = 0;
    while (first < recorded.size() && recorded[first] != 1)
        first += size_t(channels);
    QVERIFY2(first < recorded.size(), "the ramp never reached the microphone");
    int checked = 0;
    for (size_t i = first; i + size_t(channels) <= recorded.size() && checked < frames; ++checked) {
        const int16_t expected = int16_t(1 + checked % 30000);
        for (int c = 0; c < channels; ++c) {
            if (recorded[i + size_t(c)] != expected) {
                QFAIL(qPrintable(u"frame %1 of the ramp: %2, expected %3 (a sample was lost or "
                                 u"repeated)"_s.arg(checked)
                                         .arg(recorded[i + size_t(c)])
                                         .arg(expected)));
            }
        }
        i += size_t(channels);
    }
    QCOMPARE(checked, frames);
}

void tst_PulseCapture::longFragmentsWakeLessOften()
{
    // Nothing plays into the feed: the source's pace is the one we ask for.
    const QAudioFormat format = micFormat();
    auto stream = std::make_shared<CaptureStream>(format, 3);
    PulseCapture capture;
    QCOMPARE(capture.start("livedesk_mic", stream, 20, [](PulseCapture::Failure) {}),
             PulseCapture::StartResult::Started);
    const qint64 shortMs = format.durationForBytes(qint32(capture.grantedFragmentBytes())) / 1000;
    QVERIFY2(shortMs > 0 && shortMs <= 25, qPrintable(u"short fragment %1 ms"_s.arg(shortMs)));

    std::vector<int16_t> recorded;
    // An idle source starts delivering a while after the stream opens (0.6–1.8 s here).
    QTRY_VERIFY_WITH_TIMEOUT((recordFor(*stream, &recorded, 10), capture.deliveries() > 0), 10000);
    recordFor(*stream, &recorded, 300); // settled
    uint64_t before = capture.deliveries();
    recordFor(*stream, &recorded, 1500);
    const uint64_t shortDeliveries = capture.deliveries() - before;

    capture.setFragments(PulseCapture::Fragments::Long);
    QTRY_VERIFY_WITH_TIMEOUT(format.durationForBytes(qint32(capture.grantedFragmentBytes())) / 1000
                                     >= PulseCapture::kLongFragmentMs - 5,
                             5000);
    recordFor(*stream, &recorded, 300); // the server's new pace
    before = capture.deliveries();
    recordFor(*stream, &recorded, 1500);
    const uint64_t longDeliveries = capture.deliveries() - before;
    capture.stop();

    qInfo("deliveries in 1.5 s: %llu with short fragments, %llu with long ones",
          static_cast<unsigned long long>(shortDeliveries),
          static_cast<unsigned long long>(longDeliveries));
    QVERIFY(shortDeliveries >= 20);
    // 150 ms fragments: ~10 deliveries in 1.5 s, against ~75 of 20 ms.
    QVERIFY2(longDeliveries * 3 <= shortDeliveries,
             qPrintable(u"%1 long against %2 short"_s.arg(longDeliveries).arg(shortDeliveries)));
}

void tst_PulseCapture::unknownSourceFailsToOpen()
{
    auto stream = std::make_shared<CaptureStream>(micFormat(), 1);
    PulseCapture capture;
    QCOMPARE(capture.start("livedesk_no_such_source", stream, 20, [](PulseCapture::Failure) {}),
             PulseCapture::StartResult::DeviceFailed);
    QVERIFY(!capture.isRunning());
}

LIVEDESK_AUDIO_TEST_GUILESS_MAIN(tst_PulseCapture)
#include "tst_pulsecapture.moc"
