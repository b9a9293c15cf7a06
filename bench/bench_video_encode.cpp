// Resize + JPEG encode of a 1920×1080 frame on one core (target: median ≤ 15 ms), plus the
// other per-frame costs the video worker pays: change-detection thumbnail, camera frame
// conversion (QVideoFrame::toImage), and, with an X display, a screen grab.
//
//   bench_video_encode [--iterations N] [--screen]
#include "bench/benchutil_video.h"
#include "tests/video/videotestutil.h"
#include "video/changedetector.h"
#include "video/imageconvert.h"
#include "video/jpegencoder.h"
#include "video/screensource.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <opencv2/core/utility.hpp>

#include <cstdio>
#include <cstring>
#include <functional>

using namespace livedesk::video;
using namespace livedesk::video::bench;
using namespace Qt::StringLiterals;

namespace {

Summary timeIt(int iterations, const std::function<void()> &work)
{
    for (int i = 0; i < 5; ++i) // warm caches and OpenCV's lazy initialisation
        work();
    std::vector<double> ms;
    ms.reserve(size_t(iterations));
    for (int i = 0; i < iterations; ++i) {
        const double start = threadCpuSeconds();
        work();
        ms.push_back((threadCpuSeconds() - start) * 1000.0);
    }
    return summarise(ms);
}

void print(const char *what, const Summary &s, const QString &extra = {})
{
    std::printf("%-52s median %6.2f ms  p90 %6.2f  min %6.2f  max %6.2f  %s\n", what, s.median,
                s.p90, s.min, s.max, qPrintable(extra));
}

QVideoFrame makeCameraFrame(QVideoFrameFormat::PixelFormat format, const cv::Mat &bgr)
{
    QVideoFrame frame(QVideoFrameFormat(QSize(bgr.cols, bgr.rows), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    // Plausible content is irrelevant to the conversion's cost; fill planes with a pattern.
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 96 + 32 * plane, size_t(frame.mappedBytes(plane)));
    frame.unmap();
    return frame;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
            {u"iterations"_s, u"Frames per measurement (default 200)."_s, u"n"_s, u"200"_s});
    parser.addOption({u"screen"_s, u"Also time screen grabs (needs an X display)."_s});
    parser.process(app);
    const int iterations = std::max(10, parser.value(u"iterations"_s).toInt());

    cv::setNumThreads(1);
    const bool pinned = pinToOneCore();
    std::printf("video encode benchmark: %d iterations, OpenCV %s, 1 OpenCV thread, %s\n",
                iterations, CV_VERSION, pinned ? "pinned to one core" : "not pinned");
    std::printf("times are CPU time of the measuring thread\n\n");

    const cv::Mat desktop = test::makeDesktop(1920, 1080, 18);
    const cv::Mat camera = test::withNoise(test::makeDesktop(1920, 1080, 4), 6.0, 7);
    const QImage desktopRgb32 = matToImage(desktop).convertToFormat(QImage::Format_RGB32);
    const QImage cameraBgr = matToImage(camera);

    struct Case
    {
        const char *name;
        QImage image;
        EncoderSettings settings;
    };
    const Case cases[] = {
            {"1080p desktop (RGB32 grab) -> 1024 q80 [target]", desktopRgb32, {1024, 80}},
            {"1080p noisy camera-like (BGR888) -> 1024 q80", cameraBgr, {1024, 80}},
            {"1080p desktop -> 512 q80 (LOW)", desktopRgb32, {512, 80}},
            {"1080p desktop -> 1536 q80 (HIGH)", desktopRgb32, {1536, 80}},
            {"1080p desktop -> 1024 q95", desktopRgb32, {1024, 95}},
    };
    for (const Case &c : cases) {
        qsizetype bytes = 0;
        const Summary s = timeIt(iterations, [&] {
            bytes = encodeJpeg(wrapImage(c.image), c.settings).jpeg.size();
        });
        print(c.name, s, u"%1 KiB"_s.arg(bytes / 1024.0, 0, 'f', 1));
    }

    ChangeDetector detector;
    const MatView desktopView = wrapImage(desktopRgb32);
    const cv::Mat reference = detector.thumbnail(desktopView);
    print("change detection: 1080p thumbnail + diff", timeIt(iterations, [&] {
              const cv::Mat thumbnail = detector.thumbnail(desktopView);
              volatile double fraction = detector.changedFraction(thumbnail, reference);
              (void) fraction;
          }));

    for (const auto &[name, format] : {std::pair {"720p NV12", QVideoFrameFormat::Format_NV12},
                                       std::pair {"720p YUYV", QVideoFrameFormat::Format_YUYV}}) {
        // toImage() caches its result in the frame: convert a fresh frame every time, and time
        // only the conversion.
        std::vector<double> qtMs;
        std::vector<double> ourMs;
        bool valid = true;
        for (int i = 0; i < iterations + 5 && valid; ++i) {
            CapturedFrame captured;
            captured.videoFrame = makeCameraFrame(format, cv::Mat(720, 1280, CV_8UC3));
            valid = captured.videoFrame.isValid();
            double start = threadCpuSeconds();
            valid = valid && !wrapFrame(captured).isNull();
            const double ours = (threadCpuSeconds() - start) * 1000.0;
            start = threadCpuSeconds();
            valid = valid && !captured.videoFrame.toImage().isNull();
            const double qt = (threadCpuSeconds() - start) * 1000.0;
            if (i >= 5) {
                ourMs.push_back(ours);
                qtMs.push_back(qt);
            }
        }
        if (!valid) {
            std::printf("camera frame %s: unavailable\n", name);
            continue;
        }
        print(qPrintable(u"camera frame %1 -> BGR (OpenCV, used)"_s.arg(QLatin1StringView(name))),
              summarise(ourMs));
        print(qPrintable(u"camera frame %1 -> QImage (Qt toImage)"_s.arg(QLatin1StringView(name))),
              summarise(qtMs));
    }

    if (parser.isSet(u"screen"_s)) {
        const QString why = ScreenSource::unavailableReason(ScreenSource::Target::Screen);
        if (!why.isEmpty()) {
            std::printf("screen grab: unavailable: %s\n", qPrintable(why));
        } else {
            ScreenSource source;
            QSize size;
            QObject::connect(&source, &FrameSource::frameCaptured,
                             [&](const CapturedFrame &frame) { size = frame.image.size(); });
            source.start();
            // The grab runs partly in the X server: count this process's CPU and the wall time.
            std::vector<double> wallMs;
            std::vector<double> cpuMs;
            for (int i = 0; i < iterations / 4 + 5; ++i) {
                const double wall = wallSeconds();
                const double cpu = threadCpuSeconds();
                source.requestFrame();
                if (i >= 5) {
                    cpuMs.push_back((threadCpuSeconds() - cpu) * 1000.0);
                    wallMs.push_back((wallSeconds() - wall) * 1000.0);
                }
            }
            print("screen grab (QScreen::grabWindow), CPU", summarise(cpuMs),
                  u"%1x%2"_s.arg(size.width()).arg(size.height()));
            print("screen grab (QScreen::grabWindow), wall", summarise(wallMs));
        }
    }
    return 0;
}
