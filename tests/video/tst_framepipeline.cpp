// The whole per-frame path on real pictures and a hand-driven clock: a still desktop or a noisy
// still camera sends keep-alives only; a moving pointer is not a change but a new line of text
// is; a moving scene never exceeds 1 FPS; speech onset forces a fresh frame within the limit;
// broken frames are reported and nothing is sent.
#include "tests/video/videotestutil.h"
#include "video/framepipeline.h"

#include <QTest>

using namespace livedesk::video;
using namespace livedesk::video::test;

namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 720;

struct Run
{
    QList<EncodedFrame> sent;
    QStringList errors;
};

// Feeds `picture(t)` every stepMs over [fromMs, toMs).
template<typename Picture>
Run feed(FramePipeline &pipeline, qint64 fromMs, qint64 toMs, qint64 stepMs, Picture picture)
{
    Run run;
    for (qint64 t = fromMs; t < toMs; t += stepMs) {
        const PipelineResult result = pipeline.process(frameOf(picture(t), t));
        if (!result.error.isEmpty())
            run.errors << result.error;
        if (result.sent())
            run.sent << result.frame;
    }
    return run;
}

bool spacedAtLeast(const QList<EncodedFrame> &sent, qint64 gapMs)
{
    for (qsizetype i = 1; i < sent.size(); ++i) {
        if (sent[i].captureTimestampMs - sent[i - 1].captureTimestampMs < gapMs)
            return false;
    }
    return true;
}

QList<SendReason> reasons(const QList<EncodedFrame> &sent)
{
    QList<SendReason> list;
    for (const EncodedFrame &frame : sent)
        list << frame.reason;
    return list;
}

} // namespace

class tst_FramePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stillScenesSendKeepAlivesOnly_data();
    void stillScenesSendKeepAlivesOnly();
    void newTextIsAChange();
    void movingSceneNeverExceedsOneFps();
    void speechOnsetForcesAFreshFrame();
    void resolutionChangeIsAChange();
    void settingsShapeTheFrames();
    void brokenFramesSendNothing();
    void resetStartsOver();
};

void tst_FramePipeline::stillScenesSendKeepAlivesOnly_data()
{
    QTest::addColumn<double>("noiseSigma");
    QTest::addColumn<bool>("movingPointer");

    QTest::newRow("identical desktop frames") << 0.0 << false;
    QTest::newRow("still camera with sensor noise") << 4.0 << false;
    QTest::newRow("desktop with a wandering mouse pointer") << 0.0 << true;
}

void tst_FramePipeline::stillScenesSendKeepAlivesOnly()
{
    QFETCH(double, noiseSigma);
    QFETCH(bool, movingPointer);

    const cv::Mat desktop = makeDesktop(kWidth, kHeight);
    FramePipeline pipeline;
    const Run run = feed(pipeline, 0, 40'000, 500, [&](qint64 t) {
        cv::Mat picture = desktop;
        if (movingPointer)
            picture = makeDesktop(kWidth, kHeight, 12,
                                  {int(200 + (t / 500) * 37 % 800), int(300 + (t / 500) % 5 * 40)});
        if (noiseSigma > 0)
            picture = withNoise(picture, noiseSigma, int(t));
        return picture;
    });
    QVERIFY(run.errors.isEmpty());
    QCOMPARE(reasons(run.sent), (QList<SendReason> {SendReason::First, SendReason::KeepAlive,
                                                    SendReason::KeepAlive, SendReason::KeepAlive}));
    for (const EncodedFrame &frame : run.sent) {
        QCOMPARE(frame.sizePx, QSize(1024, 576));
        QCOMPARE(frame.captureTimestampMs % 10'000, 0);
    }
}

void tst_FramePipeline::newTextIsAChange()
{
    FramePipeline pipeline;
    // Six lines of text until 5 s, then two more lines appear.
    const cv::Mat before = makeDesktop(kWidth, kHeight, 6);
    const cv::Mat after = makeDesktop(kWidth, kHeight, 8);
    const Run run = feed(pipeline, 0, 9'000, 500,
                         [&](qint64 t) { return t < 5'000 ? before : after; });
    QCOMPARE(reasons(run.sent), (QList<SendReason> {SendReason::First, SendReason::Changed}));
    QCOMPARE(run.sent[1].captureTimestampMs, 5'000);
}

void tst_FramePipeline::movingSceneNeverExceedsOneFps()
{
    FramePipeline pipeline;
    const cv::Mat desktop = makeDesktop(kWidth, kHeight);
    // A big ball crossing the picture at 10 frames per second.
    const Run run = feed(pipeline, 0, 20'000, 100, [&](qint64 t) {
        cv::Mat picture = desktop.clone();
        cv::circle(picture, {int(100 + (t / 100) * 53 % 1100), 360}, 120, cv::Scalar(0, 200, 255),
                   cv::FILLED);
        return picture;
    });
    QVERIFY(spacedAtLeast(run.sent, 1000));
    QVERIFY2(run.sent.size() >= 19, qPrintable(QString::number(run.sent.size())));
    QVERIFY(run.sent.size() <= 20);
}

void tst_FramePipeline::speechOnsetForcesAFreshFrame()
{
    FramePipeline pipeline;
    const cv::Mat desktop = makeDesktop(kWidth, kHeight);
    Run run = feed(pipeline, 0, 4'000, 250, [&](qint64) { return desktop; });
    QCOMPARE(run.sent.size(), 1);

    pipeline.speechStarted(4'100);
    const Run speech = feed(pipeline, 4'000, 8'000, 250, [&](qint64) { return desktop; });
    QCOMPARE(reasons(speech.sent), QList<SendReason> {SendReason::Speech});
    QCOMPARE(speech.sent.first().captureTimestampMs, 4'250); // the first frame after the onset

    // Onset right after a frame went out: the fresh frame waits for the 1 FPS slot.
    pipeline.speechEnded(8'000);
    pipeline.speechStarted(8'100);
    const Run again = feed(pipeline, 8'000, 10'000, 100, [&](qint64) { return desktop; });
    QCOMPARE(reasons(again.sent), QList<SendReason> {SendReason::Speech});
    QCOMPARE(again.sent.first().captureTimestampMs, 8'100);
    pipeline.speechStarted(8'500); // a second onset 400 ms later
    const Run third = feed(pipeline, 8'500, 10'000, 100, [&](qint64) { return desktop; });
    QCOMPARE(third.sent.size(), 1);
    QCOMPARE(third.sent.first().captureTimestampMs, 9'100);
}

void tst_FramePipeline::resolutionChangeIsAChange()
{
    FramePipeline pipeline;
    const cv::Mat small = makeDesktop(640, 360);
    const cv::Mat large = makeDesktop(kWidth, kHeight);
    const Run run = feed(pipeline, 0, 6'000, 1'000,
                         [&](qint64 t) { return t < 4'000 ? small : large; });
    QCOMPARE(reasons(run.sent), (QList<SendReason> {SendReason::First, SendReason::Changed}));
    QCOMPARE(run.sent[0].sizePx, QSize(640, 360));
    QCOMPARE(run.sent[1].sizePx, QSize(1024, 576));
}

void tst_FramePipeline::settingsShapeTheFrames()
{
    VideoSettings settings = VideoSettings::forResolution(MediaResolution::Low);
    settings.encoder.jpegQuality = 50;
    QVERIFY(settings.validate().isEmpty());
    FramePipeline pipeline(settings);
    const PipelineResult result = pipeline.process(frameOf(makeDesktop(), 0));
    QVERIFY(result.sent());
    QCOMPARE(result.frame.sizePx, QSize(512, 288));
    QCOMPARE(result.frame.estimatedTokens, 64);
    QCOMPARE(result.frame.sequence, 1);
    const cv::Mat decoded = decodeJpeg(result.frame.jpeg);
    QCOMPARE(QSize(decoded.cols, decoded.rows), QSize(512, 288));

    VideoSettings bad;
    bad.policy.maxFps = 2;
    QVERIFY(bad.validate().contains(u"at most 1 frame per second"));
    bad = {};
    bad.encoder.jpegQuality = 0;
    QVERIFY(!bad.validate().isEmpty());
    bad = {};
    bad.encoder.maxSidePx = 10;
    QVERIFY(!bad.validate().isEmpty());
}

void tst_FramePipeline::brokenFramesSendNothing()
{
    FramePipeline pipeline;
    PipelineResult result = pipeline.process(CapturedFrame {});
    QVERIFY(!result.sent());
    QVERIFY(!result.error.isEmpty());

    // A camera frame whose buffer cannot be mapped: reported, not sent, no crash.
    CapturedFrame camera;
    camera.videoFrame = QVideoFrame(
            QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat::Format_Invalid));
    result = pipeline.process(camera);
    QVERIFY(!result.sent());
    QVERIFY(!result.error.isEmpty());

    // The pipeline is still fine afterwards.
    QVERIFY(pipeline.process(frameOf(makeDesktop(320, 180), 0)).sent());
}

void tst_FramePipeline::resetStartsOver()
{
    FramePipeline pipeline;
    const cv::Mat desktop = makeDesktop(320, 180);
    QVERIFY(pipeline.process(frameOf(desktop, 0)).sent());
    QVERIFY(!pipeline.process(frameOf(desktop, 2'000)).sent());
    pipeline.reset();
    const PipelineResult result = pipeline.process(frameOf(desktop, 2'000));
    QVERIFY(result.sent());
    QCOMPARE(result.frame.reason, SendReason::First);
    QCOMPARE(result.frame.sequence, 2);
}

QTEST_GUILESS_MAIN(tst_FramePipeline)
#include "tst_framepipeline.moc"
