// AudioRecorder: a recording decodes back (libopusfile, or opusdec) as a standard Ogg Opus file
// with two channels, the right duration, the user's side on the left and the model's on the
// right with no leak between them; bad paths fail at start with a clear reason; without
// libopusenc recording says it is unavailable.
#include "audio/recording.h"

#include "audiotestsupport.h"
#include "opusdecode.h"
#include "tests/smalldisk.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRate = 16000;

} // namespace

class tst_Recording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unavailableWithoutLibopusenc();
    void decodesBackWithBothSidesApart_data();
    void decodesBackWithBothSidesApart();
    void opusinfoAcceptsTheFile();
    void badPathsFailAtStart_data();
    void badPathsFailAtStart();
    void aSecondStartIsRefused();
    void aFullDiskFailsWithTheReason_data();
    void aFullDiskFailsWithTheReason();
};

void tst_Recording::unavailableWithoutLibopusenc()
{
    if (AudioRecorder::isAvailable()) {
        QVERIFY(AudioRecorder::unavailableReason().isEmpty());
        return;
    }
    QVERIFY(AudioRecorder::unavailableReason().contains(u"libopusenc"_s));
    QTemporaryDir dir;
    AudioRecorder recorder;
    QVERIFY(!recorder.start(dir.filePath(u"x.opus"_s)));
    QCOMPARE(recorder.state(), AudioRecorder::State::Failed);
    QCOMPARE(recorder.errorString(), AudioRecorder::unavailableReason());
    QVERIFY(!recorder.tap());
}

void tst_Recording::decodesBackWithBothSidesApart_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<int>("bitrateBps");
    QTest::newRow("a short exchange at the default bitrate") << 6.0 << 64000;
    QTest::newRow("a longer one at a low bitrate") << 20.0 << 32000;
}

void tst_Recording::decodesBackWithBothSidesApart()
{
    QFETCH(double, seconds);
    QFETCH(int, bitrateBps);
    if (!AudioRecorder::isAvailable())
        QSKIP("built without libopusenc");
    QVERIFY(haveEspeak());
    QString error;
    auto user = speech(u"Hello, can you hear me? I would like to book a table for two."_s, kRate,
                       u"en-gb+f3"_s, &error);
    QVERIFY2(!user.empty(), qPrintable(error));
    auto model = speech(u"Of course. For what time would you like the table?"_s, kRate,
                        u"en-us+m3"_s, &error);
    QVERIFY2(!model.empty(), qPrintable(error));
    scaleTo(user, 0.05f);
    scaleTo(model, 0.08f);

    // The user speaks in the first third, the model in the second, nobody in the last.
    const size_t total = size_t(seconds * kRate);
    const size_t third = total / 3;
    std::vector<int16_t> left(total, 0), right(total, 0);
    const auto u16 = toS16(user);
    const auto m16 = toS16(model);
    std::copy_n(u16.begin(), std::min(u16.size(), third), left.begin());
    std::copy_n(m16.begin(), std::min(m16.size(), third), right.begin() + qsizetype(third));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"conversation.opus"_s);
    AudioRecorder recorder;
    QSignalSpy states(&recorder, &AudioRecorder::stateChanged);
    RecordingOptions options;
    options.bitrateBps = bitrateBps;
    options.title = u"Test conversation"_s;
    options.bufferSeconds = int(seconds) + 1; // fed faster than real time
    QVERIFY2(recorder.start(path, options), qPrintable(recorder.errorString()));
    QCOMPARE(recorder.state(), AudioRecorder::State::Recording);
    QCOMPARE(states.size(), 1);
    auto tap = recorder.tap();
    QVERIFY(tap);
    tap->begin(0);
    // Fed in 10 ms steps, as the processing thread does, in faster than real time; the encoder
    // thread drains as it goes.
    for (size_t at = 0; at < total; at += 160) {
        const size_t n = std::min<size_t>(160, total - at);
        tap->pushFar(std::span<const int16_t>(right).subspan(at, n));
        tap->pushNear(std::span<const int16_t>(left).subspan(at, n));
        // A starved encoder thread (a busy machine) must not make the tap drop: once a second of
        // audio, wait until less than a second is waiting for it.
        if (at % 16000 == 0)
            QVERIFY(QTest::qWaitFor(
                    [&] { return tap->framesAvailable() < size_t(RecordingTap::kSampleRate); },
                    10000));
    }
    QVERIFY(recorder.stop());
    QCOMPARE(recorder.state(), AudioRecorder::State::Idle);
    QVERIFY(!recorder.tap());
    const RecordingStats stats = recorder.stats();
    QCOMPARE(stats.framesEncoded, qint64(total));
    QCOMPARE(stats.droppedFrames, 0);
    QCOMPARE(recorder.durationMs(), qint64(total) * 1000 / kRate);
    qInfo("%.1f s encoded into %lld bytes (%.1f kbit/s), encoder time %.1f ms", seconds,
          stats.bytesWritten, double(stats.bytesWritten) * 8 / seconds / 1000,
          double(stats.encodeNs) / 1e6);

    const DecodedOpus decoded = decodeOpus(path);
    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.channels, 2);
    if (decoded.inputSampleRate)
        QCOMPARE(decoded.inputSampleRate, kRate);
    qInfo("decoded %.3f s (expected %.3f s)", decoded.seconds(), seconds);
    QVERIFY(std::abs(decoded.seconds() - seconds) <= seconds * 0.01);
    if (!decoded.comments.isEmpty()) {
        QVERIFY(decoded.comments.contains(u"TITLE=Test conversation"_s));
        QVERIFY(decoded.comments.contains(u"ENCODER=LiveDesk"_s));
    }

    // Energy per side and per third (48 kHz after decoding); edges trimmed for the codec delay.
    const auto &l = decoded.samples[0];
    const auto &r = decoded.samples[1];
    const size_t third48 = third * 3;
    const size_t edge = 48000 / 10;
    const double userOnLeft = segmentDbfs(l, edge, third48 - edge);
    const double userOnRight = segmentDbfs(r, edge, third48 - edge);
    const double modelOnRight = segmentDbfs(r, third48 + edge, 2 * third48 - edge);
    const double modelOnLeft = segmentDbfs(l, third48 + edge, 2 * third48 - edge);
    const double quietLeft = segmentDbfs(l, 2 * third48 + edge, l.size());
    const double quietRight = segmentDbfs(r, 2 * third48 + edge, r.size());
    qInfo("user: left %.1f dBFS, right %.1f; model: right %.1f, left %.1f; quiet %.1f / %.1f",
          userOnLeft, userOnRight, modelOnRight, modelOnLeft, quietLeft, quietRight);
    // As loud as what was fed in, within the codec's accuracy.
    auto fedDbfs = [](const std::vector<int16_t> &x, size_t from, size_t to) {
        std::vector<float> f(x.begin() + qsizetype(from), x.begin() + qsizetype(to));
        for (float &v : f)
            v /= 32768.0f;
        return segmentDbfs(f, 0, f.size());
    };
    const size_t edge16 = kRate / 10;
    const double fedUser = fedDbfs(left, edge16, third - edge16);
    const double fedModel = fedDbfs(right, third + edge16, 2 * third - edge16);
    qInfo("fed: user %.1f dBFS, model %.1f dBFS", fedUser, fedModel);
    QVERIFY(std::abs(userOnLeft - fedUser) < 1.5);
    QVERIFY(std::abs(modelOnRight - fedModel) < 1.5);
    // No leak between the sides.
    QVERIFY(userOnRight < userOnLeft - 30.0);
    QVERIFY(modelOnLeft < modelOnRight - 30.0);
    QVERIFY(quietLeft < -60.0 && quietRight < -60.0);
}

void tst_Recording::opusinfoAcceptsTheFile()
{
    if (!AudioRecorder::isAvailable())
        QSKIP("built without libopusenc");
    if (QStandardPaths::findExecutable(u"opusinfo"_s).isEmpty())
        QSKIP("opusinfo (opus-tools) is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tone.opus"_s);
    AudioRecorder recorder;
    QVERIFY(recorder.start(path));
    const auto left = toS16(tone(440, 2.0, kRate, 0.1f));
    recorder.tap()->begin(0);
    recorder.tap()->pushNear(left);
    QVERIFY(recorder.stop());
    QProcess info;
    info.start(u"opusinfo"_s, {path});
    QVERIFY(info.waitForFinished(20000));
    const QString out = QString::fromLocal8Bit(info.readAllStandardOutput());
    QCOMPARE(info.exitCode(), 0);
    QVERIFY2(out.contains(u"Channels: 2"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Original sample rate: 16000 Hz"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Playback length: 0m:02."_s), qPrintable(out));
    QVERIFY2(!out.contains(u"WARNING"_s), qPrintable(out));
}

void tst_Recording::badPathsFailAtStart_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("a folder that does not exist") << u"missing/dir/x.opus"_s << u"Cannot create"_s;
    QTest::newRow("a path that is a folder") << u"."_s << u"Cannot create"_s;
}

void tst_Recording::badPathsFailAtStart()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, reasonPart);
    if (!AudioRecorder::isAvailable())
        QSKIP("built without libopusenc");
    QTemporaryDir dir;
    AudioRecorder recorder;
    QSignalSpy states(&recorder, &AudioRecorder::stateChanged);
    QVERIFY(!recorder.start(dir.filePath(relativePath)));
    QCOMPARE(recorder.state(), AudioRecorder::State::Failed);
    QVERIFY2(recorder.errorString().contains(reasonPart), qPrintable(recorder.errorString()));
    QVERIFY(!recorder.tap());
    QVERIFY(!recorder.stop());
}

void tst_Recording::aSecondStartIsRefused()
{
    if (!AudioRecorder::isAvailable())
        QSKIP("built without libopusenc");
    QTemporaryDir dir;
    AudioRecorder recorder;
    QVERIFY(recorder.start(dir.filePath(u"a.opus"_s)));
    QVERIFY(!recorder.start(dir.filePath(u"b.opus"_s)));
    QVERIFY(recorder.errorString().contains(u"already"_s));
    QCOMPARE(recorder.state(), AudioRecorder::State::Recording);
    QVERIFY(recorder.stop());
    QVERIFY(QFile::exists(dir.filePath(u"a.opus"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"b.opus"_s)));
}

void tst_Recording::aFullDiskFailsWithTheReason_data()
{
    QTest::addColumn<bool>("waitForTheReport");
    // stop() right away: the writer's failure has not reached the recorder yet, and the reason
    // must still be the disk's (it was "Unknown error": closing the file forgot it).
    QTest::newRow("stopped at once") << false;
    QTest::newRow("stopped after errorOccurred") << true;
}

void tst_Recording::aFullDiskFailsWithTheReason()
{
    QFETCH(bool, waitForTheReport);
    if (!AudioRecorder::isAvailable())
        QSKIP("built without libopusenc");
    livedesk::testing::SmallDisk disk(64 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    QVERIFY(disk.fillLeaving(4096));

    AudioRecorder recorder;
    QSignalSpy errors(&recorder, &AudioRecorder::errorOccurred);
    RecordingOptions options;
    options.bufferSeconds = 11;
    // One page left: the header fits, the audio does not.
    QVERIFY2(recorder.start(disk.filePath(u"talk.opus"_s), options),
             qPrintable(recorder.errorString()));
    auto tap = recorder.tap();
    tap->begin(0);
    // Ten seconds of noise: about 80 KB at 64 kbit/s, far more than the disk holds.
    const auto noise = toS16(whiteNoise(10 * kRate, 0.3f));
    for (size_t at = 0; at < noise.size(); at += 160) {
        tap->pushFar(std::span<const int16_t>(noise).subspan(at, 160));
        tap->pushNear(std::span<const int16_t>(noise).subspan(at, 160));
    }
    if (waitForTheReport) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"No space left on device"_s));
        QVERIFY(errors.wait(10000));
        QCOMPARE(recorder.state(), AudioRecorder::State::Failed);
    }
    QVERIFY(!recorder.stop());
    QCOMPARE(recorder.state(), AudioRecorder::State::Failed);
    QVERIFY2(recorder.errorString().contains(u"No space left on device"_s),
             qPrintable(recorder.errorString()));
    QVERIFY2(recorder.errorString().contains(u"talk.opus"_s), qPrintable(recorder.errorString()));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().first().toString().contains(u"No space left on device"_s),
             qPrintable(errors.first().first().toString()));
}

QTEST_GUILESS_MAIN(tst_Recording)
#include "tst_recording.moc"
