// The threaded engine: frames go out through frameEncoded() at most once per second, pause()
// stops everything at once (even a frame already being encoded), the worker keeps only the
// newest frame when it falls behind, speech onset fetches a fresh frame from the source, a file
// source plays to its end, and a failing source fails the engine with its reason.
#include "tests/video/videotestutil.h"
#include "video/filesource.h"
#include "video/videoengine.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::video;
using namespace livedesk::video::test;
using namespace Qt::StringLiterals;

namespace {

// Submits one frame and waits until the worker has answered for it.
bool submitAndWait(VideoEngine &engine, const CapturedFrame &frame)
{
    QSignalSpy done(&engine, &VideoEngine::statisticsChanged);
    engine.submitFrame(frame);
    return done.wait(5000);
}

cv::Mat ballAt(const cv::Mat &background, int x)
{
    cv::Mat picture = background.clone();
    cv::circle(picture, {x, picture.rows / 2}, picture.rows / 5, cv::Scalar(0, 0, 255), cv::FILLED);
    return picture;
}

} // namespace

class tst_VideoEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsChangedFramesAtMostOncePerSecond();
    void pauseSendsNothing();
    void pauseDiscardsAFrameInFlight();
    void latestFrameWins();
    void countsAndPreviewMatchWhatWasSent();
    void speechOnsetFetchesAFreshFrame();
    void fileSourcePlaysToItsEnd();
    void failingSourceFailsTheEngine();

private:
    cv::Mat m_background;
};

void tst_VideoEngine::initTestCase()
{
    m_background = makeDesktop(1280, 720);
}

void tst_VideoEngine::sendsChangedFramesAtMostOncePerSecond()
{
    ManualClock clock(10'000);
    VideoEngine engine(&clock);
    QSignalSpy encoded(&engine, &VideoEngine::frameEncoded);
    engine.start();
    QCOMPARE(engine.state(), VideoEngine::State::Sharing);

    // A moving ball offered every 250 ms for 5 s.
    for (int i = 0; i < 20; ++i) {
        QVERIFY(submitAndWait(engine, frameOf(ballAt(m_background, 100 + 50 * i), clock.nowMs())));
        clock.advanceMs(250);
    }
    QCOMPARE(encoded.size(), 5);
    qint64 previousMs = -1'000'000;
    for (const QList<QVariant> &arguments : std::as_const(encoded)) {
        const auto frame = arguments.at(0).value<EncodedFrame>();
        QVERIFY(frame.captureTimestampMs - previousMs >= 1000);
        previousMs = frame.captureTimestampMs;
        QCOMPARE(frame.sizePx, QSize(1024, 576));
        QCOMPARE(EncodedFrame::mimeType(), u"image/jpeg"_s);
    }
    const VideoStatistics statistics = engine.statistics();
    QCOMPARE(statistics.framesCaptured, 20);
    QCOMPARE(statistics.framesSent, 5);
}

void tst_VideoEngine::pauseSendsNothing()
{
    ManualClock clock;
    VideoEngine engine(&clock);
    QSignalSpy encoded(&engine, &VideoEngine::frameEncoded);
    QSignalSpy states(&engine, &VideoEngine::stateChanged);
    engine.start();
    QVERIFY(submitAndWait(engine, frameOf(ballAt(m_background, 100), clock.nowMs())));
    QCOMPARE(encoded.size(), 1);

    engine.pause();
    QCOMPARE(engine.state(), VideoEngine::State::Paused);
    for (int i = 1; i <= 10; ++i) {
        clock.advanceMs(1'000);
        engine.submitFrame(frameOf(ballAt(m_background, 100 + 80 * i), clock.nowMs()));
        engine.notifySpeechStarted(); // not even speech gets a frame out while paused
    }
    // Refused in submitFrame() itself (not counted as captured below): nothing is in flight to
    // wait for.
    QCOMPARE(encoded.size(), 1);
    QCOMPARE(engine.statistics().framesSent, 1);
    QCOMPARE(engine.statistics().framesCaptured, 1);

    // Resume: the view goes out at once, whatever the keep-alive timing says.
    engine.resume();
    QCOMPARE(engine.state(), VideoEngine::State::Sharing);
    QVERIFY(submitAndWait(engine, frameOf(ballAt(m_background, 100), clock.nowMs())));
    QCOMPARE(encoded.size(), 2);
    QCOMPARE(encoded.last().at(0).value<EncodedFrame>().reason, SendReason::First);
    QCOMPARE(states.size(), 3); // Sharing, Paused, Sharing
}

void tst_VideoEngine::pauseDiscardsAFrameInFlight()
{
    ManualClock clock;
    VideoEngine engine(&clock);
    QSignalSpy encoded(&engine, &VideoEngine::frameEncoded);
    engine.start();
    // Handed over, and paused before the engine's thread could deliver a result.
    engine.submitFrame(frameOf(makeDesktop(1920, 1080), clock.nowMs()));
    engine.pause();
    QCOMPARE(encoded.size(), 0);
    QCOMPARE(engine.statistics().framesSent, 0);
    QVERIFY(engine.lastFrame().jpeg.isEmpty());
    // The worker handles frames in order: a frame sent after resuming is the sentinel. When it
    // is out, the one in flight has been settled, and it was not the one sent.
    engine.resume();
    clock.advanceMs(1'000);
    const qint64 sentinelMs = clock.nowMs();
    engine.submitFrame(frameOf(ballAt(m_background, 100), sentinelMs));
    QTRY_COMPARE_WITH_TIMEOUT(encoded.size(), 1, 5000);
    QCOMPARE(encoded.first().at(0).value<EncodedFrame>().captureTimestampMs, sentinelMs);
    QCOMPARE(engine.statistics().framesSent, 1);
}

void tst_VideoEngine::latestFrameWins()
{
    ManualClock clock;
    VideoEngine engine(&clock);
    QSignalSpy encoded(&engine, &VideoEngine::frameEncoded);
    engine.start();
    // 40 different 1080p frames a second apart, handed over far faster than the worker can
    // encode them: it must skip to the newest instead of queueing.
    const cv::Mat large = makeDesktop(1920, 1080);
    QList<CapturedFrame> frames;
    for (int i = 0; i < 40; ++i)
        frames << frameOf(ballAt(large, 100 + 40 * i), 1'000 * i);
    for (const CapturedFrame &frame : std::as_const(frames))
        engine.submitFrame(frame);

    QTRY_VERIFY_WITH_TIMEOUT(engine.statistics().framesDroppedBusy
                                             + engine.statistics().framesEvaluated
                                     == 40,
                             10'000);
    const VideoStatistics statistics = engine.statistics();
    QCOMPARE(statistics.framesCaptured, 40);
    QVERIFY2(statistics.framesDroppedBusy >= 20,
             qPrintable(u"%1 dropped"_s.arg(statistics.framesDroppedBusy)));
    QCOMPARE(statistics.framesSent, qint64(encoded.size()));
    // The newest frame is the one that went out last.
    QTRY_COMPARE(engine.lastFrame().captureTimestampMs, 39'000);
}

void tst_VideoEngine::countsAndPreviewMatchWhatWasSent()
{
    ManualClock clock;
    VideoEngine engine(&clock);
    VideoSettings settings = VideoSettings::forResolution(MediaResolution::Medium);
    settings.encoder.maxSidePx = 640;
    engine.setSettings(settings);
    QSignalSpy encoded(&engine, &VideoEngine::frameEncoded);
    QSignalSpy previewChanged(&engine, &VideoEngine::lastFrameChanged);
    engine.start();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(submitAndWait(engine, frameOf(ballAt(m_background, 200 + 300 * i), clock.nowMs())));
        clock.advanceMs(1'000);
    }
    QCOMPARE(encoded.size(), 3);
    qint64 bytes = 0;
    for (const QList<QVariant> &arguments : std::as_const(encoded))
        bytes += arguments.at(0).value<EncodedFrame>().jpeg.size();
    QCOMPARE(engine.framesSent(), 3);
    QCOMPARE(engine.bytesSent(), bytes);
    QCOMPARE(engine.estimatedTokens(), 3 * 258);
    QCOMPARE(previewChanged.size(), 3);

    // The preview is exactly the last JPEG sent, decoded.
    const EncodedFrame last = encoded.last().at(0).value<EncodedFrame>();
    QCOMPARE(engine.lastFrame().jpeg, last.jpeg);
    QCOMPARE(engine.lastFrame().sizePx, QSize(640, 360));
    const QImage preview = engine.lastFramePreview();
    QCOMPARE(preview.size(), QSize(640, 360));
    const cv::Mat decoded = decodeJpeg(last.jpeg);
    const QImage expected = matToImage(decoded);
    QCOMPARE(preview, expected);
}

void tst_VideoEngine::speechOnsetFetchesAFreshFrame()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"desk.png"_s);
    QVERIFY(writeImage(path, m_background));
    FileSource source(path);
    VideoEngine engine; // real time
    engine.setSource(&source);
    QSignalSpy encoded(&engine, &VideoEngine::frameEncoded);
    engine.start();
    QVERIFY(encoded.wait(3'000));
    QCOMPARE(encoded.last().at(0).value<EncodedFrame>().reason, SendReason::First);

    // A still picture: nothing more for the keep-alive interval…
    QVERIFY(!encoded.wait(1'300));
    // …until the user speaks.
    const qint64 spokeAtMs = engine.clock()->nowMs();
    engine.notifySpeechStarted();
    QVERIFY(encoded.wait(1'500));
    const auto fresh = encoded.last().at(0).value<EncodedFrame>();
    QCOMPARE(fresh.reason, SendReason::Speech);
    QVERIFY(fresh.captureTimestampMs >= spokeAtMs);
    QVERIFY(fresh.captureTimestampMs - encoded.first().at(0).value<EncodedFrame>().captureTimestampMs
            >= 1'000);
    engine.stop();
    QCOMPARE(engine.state(), VideoEngine::State::Idle);
    QCOMPARE(source.state(), FrameSource::State::Idle);
}

void tst_VideoEngine::fileSourcePlaysToItsEnd()
{
    QTemporaryDir dir;
    for (int i = 0; i < 3; ++i)
        QVERIFY(writeImage(dir.filePath(u"slide%1.png"_s.arg(i)),
                           ballAt(m_background, 200 + 400 * i)));
    FileSource source(dir.path());
    VideoEngine engine;
    engine.setSource(&source);
    QSignalSpy encoded(&engine, &VideoEngine::frameEncoded);
    QSignalSpy finished(&engine, &VideoEngine::finished);
    engine.start();
    QVERIFY(finished.wait(8'000));
    QCOMPARE(engine.state(), VideoEngine::State::Idle);
    QCOMPARE(encoded.size(), 3); // one per slide: each differs from the one before
    QCOMPARE(source.state(), FrameSource::State::Finished);
}

void tst_VideoEngine::failingSourceFailsTheEngine()
{
    FileSource source(u"/nonexistent/livedesk/clip.avi"_s);
    VideoEngine engine;
    engine.setSource(&source);
    QSignalSpy errors(&engine, &VideoEngine::errorOccurred);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^File: clip.avi failed: .*/nonexistent/livedesk/"
                                            "clip.avi.* does not exist"_s));
    engine.start();
    QCOMPARE(engine.state(), VideoEngine::State::Failed);
    QCOMPARE(errors.size(), 1);
    QVERIFY(engine.errorString().contains(u"/nonexistent/livedesk/clip.avi"_s));
    QVERIFY(engine.errorString().contains(u"does not exist"_s));
    // Nothing is sent by a submitFrame() from elsewhere either.
    // Refused in submitFrame() itself, so there is nothing in flight to wait for.
    engine.submitFrame(frameOf(m_background, 0));
    QCOMPARE(engine.statistics().framesCaptured, 0);
    QCOMPARE(engine.framesSent(), 0);
}

QTEST_GUILESS_MAIN(tst_VideoEngine)
#include "tst_videoengine.moc"
