// Streaming figures for the video engine, on generated recordings (docs/benchmarks.md "Video"):
//  1. CPU for 10 minutes of 1 FPS camera-like input (target ≤ 1 % of one core), time-compressed:
//     every frame of the recording goes through the same pipeline as live, stamped with media
//     time, and the CPU it costs is divided by the minutes of media.
//  2. Frames sent for mostly static 5-minute recordings (a desktop and a camera) against a naive
//     1 FPS sender (target: at least 60 % fewer).
//  3. The threaded engine in real time (FileSource paced by the clock, worker thread, timers):
//     process CPU over wall time.
//
//   bench_video_stream [--camera-minutes 10] [--static-minutes 5] [--realtime-seconds 60]
#include "bench/benchutil_video.h"
#include "bench/videoscenes.h"
#include "video/filesource.h"
#include "video/framepipeline.h"
#include "video/videoengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace livedesk::video;
using namespace livedesk::video::bench;
using namespace Qt::StringLiterals;

namespace {

struct Speech
{
    double fromS;
    double toS;
};

struct StreamFigures
{
    int offered = 0;
    int sent = 0;
    qint64 bytes = 0;
    qint64 tokens = 0;
    double decodeCpuS = 0;
    double pipelineCpuS = 0;
    QMap<SendReason, int> reasons;
};

// Reads the recording at 1 FPS of media time and runs each frame through a FramePipeline.
StreamFigures runOffline(const QString &path, double mediaSeconds, const QList<Speech> &speech = {})
{
    StreamFigures figures;
    FileSource source(path);
    if (!source.open()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(source.errorString()));
        return figures;
    }
    FramePipeline pipeline;
    qsizetype nextSpeech = 0;
    bool speaking = false;
    for (qint64 t = 0; t < qint64(mediaSeconds * 1000); t += 1000) {
        if (nextSpeech < speech.size()) {
            const Speech &s = speech[nextSpeech];
            if (!speaking && t >= s.fromS * 1000) {
                pipeline.speechStarted(qint64(s.fromS * 1000));
                speaking = true;
            }
            if (speaking && t >= s.toS * 1000) {
                pipeline.speechEnded(qint64(s.toS * 1000));
                speaking = false;
                ++nextSpeech;
            }
        }
        double start = threadCpuSeconds();
        const std::optional<CapturedFrame> frame = source.frameAt(t);
        figures.decodeCpuS += threadCpuSeconds() - start;
        if (!frame)
            break;
        ++figures.offered;
        start = threadCpuSeconds();
        const PipelineResult result = pipeline.process(*frame);
        figures.pipelineCpuS += threadCpuSeconds() - start;
        if (result.sent()) {
            ++figures.sent;
            figures.bytes += result.frame.jpeg.size();
            figures.tokens += result.frame.estimatedTokens;
            ++figures.reasons[result.frame.reason];
        }
    }
    return figures;
}

QString reasonList(const StreamFigures &f)
{
    QStringList parts;
    for (auto it = f.reasons.cbegin(); it != f.reasons.cend(); ++it)
        parts << u"%1 %2"_s
                         .arg(QString::fromLatin1(
                                      QMetaEnum::fromType<SendReason>().valueToKey(int(it.key())))
                                      .toLower())
                         .arg(it.value());
    return parts.join(u", "_s);
}

void printStatic(const char *name, const StreamFigures &f)
{
    const double reduction = f.offered ? 100.0 * (1.0 - double(f.sent) / f.offered) : 0;
    std::printf("  %-44s naive %3d, sent %3d: %5.1f %% fewer  (%s)  %.0f KiB, ~%lld tokens "
                "(naive ~%d)\n",
                name, f.offered, f.sent, reduction, qPrintable(reasonList(f)), f.bytes / 1024.0,
                static_cast<long long>(f.tokens), f.offered * 258);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
            {u"camera-minutes"_s, u"Length of the camera-like recording."_s, u"min"_s, u"10"_s});
    parser.addOption(
            {u"static-minutes"_s, u"Length of the mostly static recordings."_s, u"min"_s, u"5"_s});
    parser.addOption(
            {u"realtime-seconds"_s, u"Real-time engine run (0 skips it)."_s, u"s"_s, u"60"_s});
    parser.process(app);
    const double cameraS = parser.value(u"camera-minutes"_s).toDouble() * 60;
    const double staticS = parser.value(u"static-minutes"_s).toDouble() * 60;
    const int realtimeS = parser.value(u"realtime-seconds"_s).toInt();

    cv::setNumThreads(1);
    pinToOneCore();
    QTemporaryDir dir;
    const cv::Size cameraSize(1280, 720);

    std::printf("generating recordings (not timed)…\n");
    const QString cameraPath = dir.filePath(u"camera.avi"_s);
    // Gestures for 20 s of every 2 minutes: a person explaining something now and then.
    const auto camera = [&](double t, int i) {
        return cameraScene(t, cameraSize.width, cameraSize.height, std::fmod(t, 120.0) >= 100.0, i);
    };
    if (!writeRecording(cameraPath, cameraS, 1.0, cameraSize, camera))
        return 1;
    const QString desktopPath = dir.filePath(u"desktop.avi"_s);
    if (!writeRecording(desktopPath, staticS, 2.0, cv::Size(1920, 1080),
                        [](double t, int) { return staticDesktopScene(t, 1920, 1080); }))
        return 1;
    const QString stillCameraPath = dir.filePath(u"stillcamera.avi"_s);
    // The same person, gesturing once, for 8 s in the middle.
    if (!writeRecording(stillCameraPath, staticS, 2.0, cameraSize, [&](double t, int i) {
            return cameraScene(t, cameraSize.width, cameraSize.height, t >= 120 && t < 128, i);
        }))
        return 1;

    // 1. CPU per minute of camera-like media.
    const StreamFigures cam = runOffline(cameraPath, cameraS);
    const double minutes = cameraS / 60.0;
    std::printf(
            "\n1. %.0f minutes of 1 FPS camera-like input (1280x720, time-compressed, 1 core)\n",
            minutes);
    std::printf("  frames %d, sent %d (%s), %.0f KiB, ~%lld tokens\n", cam.offered, cam.sent,
                qPrintable(reasonList(cam)), cam.bytes / 1024.0,
                static_cast<long long>(cam.tokens));
    std::printf("  pipeline (convert, detect, resize, JPEG): %.3f CPU-s = %.3f %% of one core\n",
                cam.pipelineCpuS, 100.0 * cam.pipelineCpuS / cameraS);
    std::printf("  + decoding the recording (stands in for the camera's own conversion): %.3f "
                "CPU-s = %.3f %% of one core\n",
                cam.decodeCpuS, 100.0 * cam.decodeCpuS / cameraS);
    std::printf("  total %.3f %% of one core [target <= 1 %%]\n",
                100.0 * (cam.pipelineCpuS + cam.decodeCpuS) / cameraS);

    // 2. Frames sent for mostly static recordings.
    std::printf("\n2. mostly static %.0f-minute recordings at 1 FPS [target >= 60 %% fewer]\n",
                staticS / 60);
    const QList<Speech> speech = {{45, 58}, {130, 150}, {260, 270}};
    printStatic("desktop (pointer, typing, switch, scroll)", runOffline(desktopPath, staticS));
    printStatic("desktop, user speaks 3 times (43 s)", runOffline(desktopPath, staticS, speech));
    printStatic("still camera, one gesture", runOffline(stillCameraPath, staticS));
    printStatic("still camera, user speaks 3 times (43 s)",
                runOffline(stillCameraPath, staticS, speech));

    // 3. The threaded engine in real time.
    if (realtimeS > 0) {
        std::printf("\n3. threaded engine, real time, %d s of the camera recording\n", realtimeS);
        FileSource source(cameraPath);
        VideoEngine engine;
        engine.setSource(&source);
        int sent = 0;
        QObject::connect(&engine, &VideoEngine::frameEncoded, [&](const EncodedFrame &) { ++sent; });
        const double cpu0 = processCpuSeconds();
        const double wall0 = wallSeconds();
        engine.start();
        QEventLoop loop;
        QTimer::singleShot(realtimeS * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        engine.stop();
        const double cpu = processCpuSeconds() - cpu0;
        const double wall = wallSeconds() - wall0;
        const VideoStatistics s = engine.statistics();
        std::printf("  frames captured %lld, sent %d; process CPU %.3f s over %.1f s = %.3f %% of "
                    "one core\n",
                    static_cast<long long>(s.framesCaptured), sent, cpu, wall, 100.0 * cpu / wall);
    }
    return 0;
}
