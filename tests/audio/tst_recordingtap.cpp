// The recording tap: how the user's side and the model's side are paired into one stereo stream
// (the far end delayed by the echo delay, jitter absorbed, drift skipped, a missing microphone
// replaced by silence), and the processing thread feeding it from simulated devices, so the
// model's voice lands on the right when the user heard it and the user's on the left.
#include "audio/audioprocessor.h"
#include "audio/enginemeters.h"
#include "audio/playbackrenderer.h"
#include "audio/recordingtap.h"

#include "audiotestsupport.h"

#include <QTest>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRate = 16000;
constexpr int kFrame = 160;

struct Stereo
{
    std::vector<int16_t> left;
    std::vector<int16_t> right;
};

Stereo readAll(RecordingTap &tap)
{
    Stereo out;
    std::vector<int16_t> buffer(3200);
    for (;;) {
        const size_t frames = tap.read(buffer);
        if (frames == 0)
            break;
        for (size_t i = 0; i < frames; ++i) {
            out.left.push_back(buffer[2 * i]);
            out.right.push_back(buffer[2 * i + 1]);
        }
    }
    return out;
}

// Sample values that say where they came from: near n is -(n % 30000 + 1), far n is n % 30000 + 1.
std::vector<int16_t> numbered(size_t from, size_t count, int sign)
{
    std::vector<int16_t> v(count);
    for (size_t i = 0; i < count; ++i)
        v[i] = int16_t(sign * int((from + i) % 30000 + 1));
    return v;
}

size_t firstAbove(std::span<const int16_t> x, int threshold, size_t from = 0)
{
    for (size_t i = from; i < x.size(); ++i) {
        if (std::abs(x[i]) > threshold)
            return i;
    }
    return x.size();
}

double dbfs(std::span<const int16_t> x, size_t from, size_t to)
{
    to = std::min(to, x.size());
    if (from >= to)
        return -120.0;
    double sum = 0;
    for (size_t i = from; i < to; ++i)
        sum += double(x[i]) * x[i];
    return 10.0 * std::log10(sum / double(to - from) / (32768.0 * 32768.0) + 1e-12);
}

} // namespace

class tst_RecordingTap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairsTheFarEndDelayed_data();
    void pairsTheFarEndDelayed();
    void withoutMicrophoneTheFarEndDrives();
    void clockDriftSkipsFarEndBacklog();
    void aStalledEncoderLosesNewAudioNotTheOld();
    void processorRecordsBothSidesAlignedAsHeard_data();
    void processorRecordsBothSidesAlignedAsHeard();
};

void tst_RecordingTap::pairsTheFarEndDelayed_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("farBlock"); // the far end arrives in blocks of this many samples
    QTest::newRow("no delay, in step") << 0 << 160;
    QTest::newRow("55 ms delay, far end in 20 ms bursts") << 55 << 320;
    QTest::newRow("the longest delay") << RecordingTap::kMaxDelayMs << 160;
}

void tst_RecordingTap::pairsTheFarEndDelayed()
{
    QFETCH(int, delayMs);
    QFETCH(int, farBlock);
    RecordingTap tap(4);
    tap.begin(delayMs);
    const size_t total = size_t(kRate) * 2;
    size_t farSent = 0;
    for (size_t at = 0; at < total; at += kFrame) {
        // The far end comes in bursts, ahead of or behind the near end, as devices deliver.
        while (farSent < at + kFrame) {
            tap.pushFar(numbered(farSent, size_t(farBlock), +1));
            farSent += size_t(farBlock);
        }
        tap.pushNear(numbered(at, kFrame, -1));
    }
    const Stereo s = readAll(tap);
    QCOMPARE(s.left.size(), total);
    QCOMPARE(tap.framesWritten(), uint64_t(total));
    const size_t delay = size_t(delayMs) * kRate / 1000;
    for (size_t i = 0; i < total; ++i) {
        QCOMPARE(s.left[i], int16_t(-int(i % 30000 + 1)));
        const int16_t expected = i < delay ? int16_t(0) : int16_t((i - delay) % 30000 + 1);
        if (s.right[i] != expected)
            QFAIL(qPrintable(
                    u"right channel at %1: %2, expected %3"_s.arg(i).arg(s.right[i]).arg(expected)));
    }
    QCOMPARE(tap.farSkippedSamples(), uint64_t(0));
}

void tst_RecordingTap::withoutMicrophoneTheFarEndDrives()
{
    RecordingTap tap(4);
    tap.begin(30);
    const size_t far = 8000;
    tap.pushFar(numbered(0, far, +1));
    tap.advanceFarOnly();
    const Stereo s = readAll(tap);
    // Everything but the 30 ms still held back for the delay, after 30 ms of silence.
    const size_t delay = 30 * kRate / 1000;
    QCOMPARE(s.right.size(), far);
    for (size_t i = 0; i < s.right.size(); ++i) {
        QCOMPARE(s.left[i], int16_t(0));
        QCOMPARE(s.right[i], i < delay ? int16_t(0) : int16_t(i - delay + 1));
    }
}

void tst_RecordingTap::clockDriftSkipsFarEndBacklog()
{
    // The speaker's clock runs 3 % fast (far more than real devices drift, to see it in 10 s):
    // 10 s later it has played 300 ms more than the microphone has delivered.
    RecordingTap tap(12);
    tap.begin(50);
    size_t farSent = 0;
    const size_t total = size_t(kRate) * 10;
    for (size_t at = 0; at < total; at += kFrame) {
        const size_t farTarget = (at + kFrame) * 103 / 100;
        if (farTarget > farSent) {
            tap.pushFar(numbered(farSent, farTarget - farSent, +1));
            farSent = farTarget;
        }
        tap.pushNear(numbered(at, kFrame, -1));
    }
    const Stereo s = readAll(tap);
    QCOMPARE(s.left.size(), total);
    qInfo("far end skipped: %llu samples", qulonglong(tap.farSkippedSamples()));
    QVERIFY(tap.farSkippedSamples() > 0);
    // The far end stays in order: each sample follows the one before, except where a backlog
    // was skipped, and the skips are no longer than the slack.
    const size_t delay = 50 * kRate / 1000;
    const int maxSkip = RecordingTap::kMaxSlackMs * kRate / 1000 + kFrame;
    int skips = 0;
    for (size_t i = delay + 1; i < s.right.size(); ++i) {
        const int step = (int(s.right[i]) - int(s.right[i - 1]) + 30000) % 30000;
        if (step == 1)
            continue;
        ++skips;
        QVERIFY2(step > 1 && step <= maxSkip + 1,
                 qPrintable(u"far end jumps by %1 at %2"_s.arg(step).arg(i)));
    }
    QVERIFY(skips > 0);
    // In all, the 300 ms the speaker ran ahead, less what is still held back (the slack).
    const double skippedMs = double(tap.farSkippedSamples()) / 16.0;
    QVERIFY(skippedMs >= 300.0 - RecordingTap::kMaxSlackMs - 10.0 && skippedMs <= 300.0);
}

void tst_RecordingTap::aStalledEncoderLosesNewAudioNotTheOld()
{
    RecordingTap tap(1);
    tap.begin(0);
    for (size_t at = 0; at < size_t(kRate) * 2; at += kFrame)
        tap.pushNear(numbered(at, kFrame, -1));
    QCOMPARE(tap.droppedFrames(), uint64_t(kRate));
    const Stereo s = readAll(tap);
    QCOMPARE(s.left.size(), size_t(kRate));
    QCOMPARE(s.left.front(), int16_t(-1)); // the first second is kept
}

void tst_RecordingTap::processorRecordsBothSidesAlignedAsHeard_data()
{
    QTest::addColumn<bool>("muted");
    QTest::newRow("the user speaks, then the model answers") << false;
    QTest::newRow("a muted microphone records silence") << true;
}

void tst_RecordingTap::processorRecordsBothSidesAlignedAsHeard()
{
    QFETCH(bool, muted);
    QVERIFY2(haveEspeak(), "espeak-ng is needed to make test speech (Debian: espeak-ng)");
    QString error;
    auto question = speech(u"Could you tell me the time?"_s, kRate, u"en-gb+f3"_s, &error);
    QVERIFY2(!question.empty(), qPrintable(error));
    scaleTo(question, 0.05f);
    auto answer = speech(u"It is three o'clock."_s, 24000);
    QVERIFY(!answer.empty());
    scaleTo(answer, 0.1f);
    const auto answerS16 = toS16(answer);
    const QByteArray answerBytes(reinterpret_cast<const char *>(answerS16.data()),
                                 qsizetype(answerS16.size() * 2));

    // Simulated devices: 16 kHz microphone (20 ms latency), 48 kHz speaker (30 ms latency).
    AudioEngineSettings settings;
    EngineMeters meters;
    AudioProcessor processor(settings, meters);
    QAudioFormat mic;
    mic.setSampleRate(kRate);
    mic.setChannelCount(1);
    mic.setSampleFormat(QAudioFormat::Int16);
    QAudioFormat speaker = mic;
    speaker.setSampleRate(48000);
    auto capture = std::make_shared<CaptureStream>(mic, 3);
    auto playback = std::make_shared<PlaybackStream>(speaker, 1);
    capture->latencyMs = 20;
    playback->latencyMs = 30;
    processor.attachCapture(capture);
    processor.attachPlayback(playback);
    PlaybackRenderer renderer(playback->ring, playback->reference, playback->control, 48000, 8);
    auto tap = std::make_shared<RecordingTap>(30);
    processor.setMuted(muted);
    processor.setRecordingTap(tap);
    const int echoDelayMs = 20 + 30 + 5; // what the processor derives from the latencies

    // 0.5 s silence, the question, 0.5 s silence; the model answers; 0.5 s to play out.
    std::vector<int16_t> micSignal(size_t(kRate / 2), 0);
    const auto q16 = toS16(question);
    micSignal.insert(micSignal.end(), q16.begin(), q16.end());
    micSignal.insert(micSignal.end(), size_t(kRate / 2), 0);
    const size_t questionSteps = micSignal.size() / kFrame;
    const size_t answerSteps = answerS16.size() / 240 + 50;
    std::vector<float> played; // at 48 kHz, as rendered, step by step
    size_t step = 0;
    auto stepOnce = [&](std::span<const int16_t> frame) {
        capture->bytes.write(std::span<const char>(reinterpret_cast<const char *>(frame.data()),
                                                   frame.size() * 2));
        const CaptureStamp stamp {capture->bytes.totalWritten(), 0};
        capture->stamps.write(std::span<const CaptureStamp>(&stamp, 1));
        std::vector<float> out(480);
        const uint64_t firstFrame = playback->control.framesRendered.load();
        renderer.render(out);
        played.insert(played.end(), out.begin(), out.end());
        // As the device does: when these frames play, on the capture stamps' timeline (from 0),
        // after the speaker's 30 ms.
        const PlaybackStamp played48k {firstFrame, firstFrame + out.size(),
                                       int64_t(firstFrame) * 1'000'000'000 / 48000 + 30'000'000, 0};
        playback->stamps.write(std::span<const PlaybackStamp>(&played48k, 1));
        processor.tick();
        ++step;
    };
    for (size_t i = 0; i < questionSteps; ++i)
        stepOnce(std::span<const int16_t>(micSignal).subspan(i * kFrame, kFrame));
    processor.enqueueModelAudio(answerBytes);
    processor.turnComplete();
    const std::vector<int16_t> silence(kFrame, 0);
    for (size_t i = 0; i < answerSteps; ++i)
        stepOnce(silence);

    const Stereo s = readAll(*tap);
    // One recorded frame per microphone frame: the recording is exactly as long as the session.
    QCOMPARE(s.left.size(), step * kFrame);
    QCOMPARE(tap->droppedFrames(), uint64_t(0));

    // The user's side: the question, where it was spoken (the canceller and gain control may
    // change its level, not its place); nothing while the model speaks.
    const size_t questionFrom = size_t(kRate / 2);
    const size_t questionTo = questionFrom + q16.size();
    const double leftQuestion = dbfs(s.left, questionFrom, questionTo);
    const double leftAnswer = dbfs(s.left, questionSteps * kFrame, s.left.size());
    qInfo("left: %.1f dBFS during the question, %.1f dBFS during the answer", leftQuestion,
          leftAnswer);
    if (muted) {
        QVERIFY(leftQuestion < -100.0);
    } else {
        QVERIFY(leftQuestion > -45.0);
        QVERIFY(leftAnswer < leftQuestion - 30.0);
    }

    // The model's side: silent during the question, then the answer, starting one echo delay
    // after the speaker was handed its first sample.
    const double rightQuestion = dbfs(s.right, 0, questionSteps * kFrame);
    const double rightAnswer = dbfs(s.right, questionSteps * kFrame, s.right.size());
    qInfo("right: %.1f dBFS during the question, %.1f dBFS during the answer", rightQuestion,
          rightAnswer);
    QVERIFY(rightQuestion < -100.0);
    QVERIFY(rightAnswer > -35.0);
    size_t playedOnset = played.size();
    for (size_t i = 0; i < played.size(); ++i) {
        if (std::abs(played[i]) > 300.0f / 32768.0f) {
            playedOnset = i;
            break;
        }
    }
    QVERIFY(playedOnset < played.size());
    const double expectedMs = double(playedOnset) / 48.0 + echoDelayMs;
    const double recordedMs = double(firstAbove(s.right, 300)) / 16.0;
    qInfo("answer played from %.1f ms; recorded on the right from %.1f ms (expected %.1f ms)",
          double(playedOnset) / 48.0, recordedMs, expectedMs);
    // Within the reference resampler's delay and one 10 ms frame.
    QVERIFY(std::abs(recordedMs - expectedMs) <= 12.0);
}

QTEST_GUILESS_MAIN(tst_RecordingTap)
#include "tst_recordingtap.moc"
