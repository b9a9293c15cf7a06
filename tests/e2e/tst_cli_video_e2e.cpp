// Pictures end to end: the real livedesk-cli shares a video file (written with OpenCV at test
// time) or a folder of images with livedesk-sim, whose frame log shows what arrived and when.
// A changing scene arrives at no more than the frame-rate limit (1 FPS, or --max-fps); a static
// scene only as the first frame and a keep-alive; the figures in metrics.json match the frame
// log byte for byte; sharing video asks for context-window compression even against
// --no-context-compression (the simulator ends an uncompressed video session early); and a
// corrupt video file is refused before anything connects.
#include "clitestsupport.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace livedesk::e2e;
using namespace Qt::StringLiterals;

namespace {

// 6 s at 10 FPS: a desk-like scene with a block sliding across it, so every second differs.
bool writeMovingScene(const QString &path)
{
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0,
                           cv::Size(640, 360));
    if (!writer.isOpened())
        return false;
    for (int n = 0; n < 60; ++n) {
        cv::Mat frame(360, 640, CV_8UC3, cv::Scalar(200, 170, 120));
        cv::rectangle(frame, cv::Rect(40, 40, 560, 60), cv::Scalar(250, 250, 250), cv::FILLED);
        cv::putText(frame, "frame " + std::to_string(n), {60, 85}, cv::FONT_HERSHEY_SIMPLEX, 1.0,
                    cv::Scalar(20, 20, 20), 2);
        cv::rectangle(frame, cv::Rect(10 + n * 9, 150, 120, 120), cv::Scalar(30, 60, 220),
                      cv::FILLED);
        writer.write(frame);
    }
    return true;
}

QList<QJsonObject> videoFrames(const QString &frameLog)
{
    return withValue(readJsonLines(frameLog), u"kind"_s, u"realtimeInput.video"_s);
}

} // namespace

class tst_CliVideoE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changingSceneRespectsTheRate_data();
    void changingSceneRespectsTheRate();
    void staticSceneSendsKeepAlivesOnly();
    void corruptVideoFailsBeforeConnecting();

private:
    QTemporaryDir m_dir;
    QString m_moving;
    QString m_still;
    QString m_broken;
};

void tst_CliVideoE2e::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
    m_moving = m_dir.filePath(u"moving.avi"_s);
    QVERIFY2(writeMovingScene(m_moving), "OpenCV could not write an MJPG video");
    // Eleven seconds of the same picture: one second per image.
    m_still = m_dir.filePath(u"still"_s);
    QDir(m_dir.path()).mkdir(u"still"_s);
    QImage picture(800, 450, QImage::Format_RGB32);
    picture.fill(QColor(90, 140, 200));
    for (int i = 0; i < 11; ++i)
        QVERIFY(picture.save(m_still + u"/%1.png"_s.arg(i, 2, 10, QChar(u'0'))));
    m_broken = m_dir.filePath(u"broken.mp4"_s);
    QVERIFY(writeFile(m_broken, QByteArray("\x00\x00\x00\x18"
                                           "ftypmp42",
                                           12)
                                        + QByteArray(8192, '\x5a')));
}

void tst_CliVideoE2e::changingSceneRespectsTheRate_data()
{
    QTest::addColumn<QStringList>("cliArgs");
    QTest::addColumn<QStringList>("simArgs");
    QTest::addColumn<int>("minGapMs");
    QTest::addColumn<int>("minFrames");
    QTest::addColumn<int>("maxFrames");
    QTest::addColumn<bool>("compressionWarning");

    QTest::newRow("at most one frame per second by default")
            << QStringList {} << QStringList {} << 1000 << 5 << 7 << false;
    QTest::newRow("half a frame per second with --max-fps 0.5")
            << QStringList {u"--max-fps"_s, u"0.5"_s} << QStringList {} << 2000 << 3 << 4 << false;
    // Without compression the simulator would end this session after 3 s of video.
    QTest::newRow("compression back on for video, despite --no-context-compression")
            << QStringList {u"--no-context-compression"_s}
            << QStringList {u"--video-session-cap"_s, u"3"_s} << 1000 << 5 << 7 << true;
}

void tst_CliVideoE2e::changingSceneRespectsTheRate()
{
    QFETCH(QStringList, cliArgs);
    QFETCH(QStringList, simArgs);
    QFETCH(int, minGapMs);
    QFETCH(int, minFrames);
    QFETCH(int, maxFrames);
    QFETCH(bool, compressionWarning);

    const QString tag = QString::fromLatin1(QTest::currentDataTag()).left(12).replace(u' ', u'-');
    const QString frameLog = m_dir.filePath(tag + u"-frames.jsonl"_s);
    const QString events = m_dir.filePath(tag + u"-events.jsonl"_s);
    const QString metrics = m_dir.filePath(tag + u"-metrics.json"_s);
    SimProcess sim;
    QVERIFY(sim.start(QStringList {u"--frame-log"_s, frameLog} + simArgs));
    const CliResult r = runCli(QStringList {u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s,
                                            u"--video"_s, m_moving, u"--events"_s, events,
                                            u"--metrics"_s, metrics}
                               + cliArgs);
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    QCOMPARE(r.stdErr.contains(u"warning: sharing video turns context-window compression on"_s),
             compressionWarning);
    // The video is shown to its end before the run ends.
    QVERIFY2(r.elapsedMs >= 5500, qPrintable(QString::number(r.elapsedMs)));

    const auto frames = videoFrames(frameLog);
    QVERIFY2(frames.size() >= minFrames && frames.size() <= maxFrames,
             qPrintable(QString::number(frames.size())));
    qint64 imageBytes = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        QCOMPARE(frames.at(i).value(u"mimeType"_s).toString(), u"image/jpeg"_s);
        imageBytes += frames.at(i).value(u"imageBytes"_s).toInteger();
        if (i == 0)
            continue;
        // Wire times carry the encoder's jitter (tens of ms); the limit is on capture times.
        const double gapMs = frames.at(i).value(u"t"_s).toDouble()
                             - frames.at(i - 1).value(u"t"_s).toDouble();
        QVERIFY2(gapMs >= minGapMs - 100, qPrintable(QString::number(gapMs)));
    }

    const auto sent = ofType(readJsonLines(events), u"video_frame"_s);
    QCOMPARE(sent.size(), frames.size());
    QCOMPARE(sent.first().value(u"reason"_s).toString(), u"first"_s);
    for (const QJsonObject &f : sent) {
        QCOMPARE(f.value(u"width"_s).toInt(), 640); // within the 1024 px default: not resized
        QCOMPARE(f.value(u"estimated_tokens"_s).toInt(), 258);
    }
    const QJsonObject m = readJson(metrics);
    const QJsonObject video = m.value(u"video"_s).toObject();
    QCOMPARE(video.value(u"frames_sent"_s).toInteger(), qint64(frames.size()));
    QCOMPARE(video.value(u"bytes_sent"_s).toInteger(), imageBytes);
    QCOMPARE(video.value(u"estimated_tokens"_s).toInteger(), 258 * qint64(frames.size()));
    QVERIFY(video.value(u"estimated_cost_usd"_s).toDouble() > 0);
    QCOMPARE(m.value(u"frames_sent"_s).toInteger(), qint64(frames.size()));
}

void tst_CliVideoE2e::staticSceneSendsKeepAlivesOnly()
{
    const QString frameLog = m_dir.filePath(u"still-frames.jsonl"_s);
    const QString events = m_dir.filePath(u"still-events.jsonl"_s);
    const QString metrics = m_dir.filePath(u"still-metrics.json"_s);
    SimProcess sim;
    QVERIFY(sim.start({u"--frame-log"_s, frameLog}));
    const CliResult r = runCli({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s, u"--video"_s,
                                m_still, u"--events"_s, events, u"--metrics"_s, metrics});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));

    // The first picture, then one keep-alive after 10 s of nothing new; nothing in between.
    const auto frames = videoFrames(frameLog);
    QCOMPARE(frames.size(), 2);
    const double gapMs = frames.at(1).value(u"t"_s).toDouble()
                         - frames.at(0).value(u"t"_s).toDouble();
    QVERIFY2(gapMs >= 9500 && gapMs <= 11000, qPrintable(QString::number(gapMs)));
    const auto sent = ofType(readJsonLines(events), u"video_frame"_s);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).value(u"reason"_s).toString(), u"first"_s);
    QCOMPARE(sent.at(1).value(u"reason"_s).toString(), u"keep_alive"_s);
    const QJsonObject video = readJson(metrics).value(u"video"_s).toObject();
    QCOMPARE(video.value(u"frames_sent"_s).toInt(), 2);
    QVERIFY(video.value(u"frames_skipped_unchanged"_s).toInt() >= 5);
}

void tst_CliVideoE2e::corruptVideoFailsBeforeConnecting()
{
    const QString frameLog = m_dir.filePath(u"broken-frames.jsonl"_s);
    SimProcess sim;
    QVERIFY(sim.start({u"--frame-log"_s, frameLog}));
    const CliResult r = runCli({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s, u"--video"_s,
                                m_broken, u"--text"_s, u"What do you see?"_s});
    QCOMPARE(r.exitCode, 2);
    const QStringList lines = r.stdErr.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"livedesk-cli: --video "_s), qPrintable(r.stdErr));
    QVERIFY2(lines.first().contains(u"broken.mp4"_s), qPrintable(r.stdErr));
    // The CLI has exited: a connection it had opened would be in the simulator's log within a
    // moment; a second is ample on a loaded machine.
    QTest::qWait(1000);
    QVERIFY(withValue(readJsonLines(frameLog), u"event"_s, u"open"_s).isEmpty()); // no connection
}

QTEST_GUILESS_MAIN(tst_CliVideoE2e)
#include "tst_cli_video_e2e.moc"
