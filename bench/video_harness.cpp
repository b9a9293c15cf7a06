// livedesk-video-harness: runs the video engine on its own, the way app/ will wire it, and writes
// every frame it would send as a JPEG. For checking sources by hand (Xvfb screen, a file, a
// camera) and for seeing what the frame policy sends.
//
//   livedesk-video-harness --list
//   livedesk-video-harness --screen [--screen-index N] [--region x,y,w,h] --seconds 5 --out /tmp/f
//   livedesk-video-harness --video clip.avi --max-fps 0.5 --speech-at 3 --out /tmp/f
//   livedesk-video-harness --camera [--camera-id ID] --max-side 768 --jpeg-quality 70
#include "video/camerasource.h"
#include "video/screensource.h"
#include "video/sourcefactory.h"
#include "video/videoengine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace livedesk::video;
using namespace Qt::StringLiterals;

namespace {

void list()
{
    std::printf("cameras:\n");
    const QList<CameraInfo> cameras = CameraSource::availableCameras();
    if (cameras.isEmpty())
        std::printf("  (none)\n");
    for (int i = 0; i < cameras.size(); ++i)
        std::printf("  %d: %s%s [%s]\n", i, qPrintable(cameras[i].description),
                    cameras[i].isDefault ? " (default)" : "", cameras[i].id.constData());
    std::printf("screens:\n");
    for (const ScreenInfo &screen : ScreenSource::availableScreens())
        std::printf("  %d: %s %dx%d px%s\n", screen.index, qPrintable(screen.name),
                    screen.sizePx.width(), screen.sizePx.height(),
                    screen.isPrimary ? " (primary)" : "");
    const QString screenWhy = ScreenSource::unavailableReason(ScreenSource::Target::Screen);
    if (!screenWhy.isEmpty())
        std::printf("  unavailable: %s\n", qPrintable(screenWhy));
    std::printf("windows:\n");
    QString why;
    for (const WindowInfo &window : ScreenSource::availableWindows(&why))
        std::printf("  0x%llx %dx%d \"%s\"\n", static_cast<unsigned long long>(window.id),
                    window.geometry.width(), window.geometry.height(), qPrintable(window.title));
    if (!why.isEmpty())
        std::printf("  unavailable: %s\n", qPrintable(why));
}

QRect parseRegion(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return {};
    return QRect(parts[0].toInt(), parts[1].toInt(), parts[2].toInt(), parts[3].toInt());
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs the LiveDesk video engine and writes what it sends."_s);
    parser.addHelpOption();
    parser.addOptions({
            {u"list"_s, u"List cameras, screens and windows."_s},
            {u"video"_s, u"Share an image, a folder of images or a video file."_s, u"path"_s},
            {u"camera"_s, u"Share a camera."_s},
            {u"camera-id"_s, u"Camera index, id or name (default: the system's)."_s, u"id"_s},
            {u"screen"_s, u"Share a screen."_s},
            {u"screen-index"_s, u"Screen number (default: primary)."_s, u"n"_s},
            {u"window"_s, u"Share a window: 0x… id or part of its title."_s, u"window"_s},
            {u"region"_s, u"Only this part of the screen or window."_s, u"x,y,w,h"_s},
            {u"max-fps"_s, u"At most this many frames per second (≤ 1)."_s, u"fps"_s, u"1"_s},
            {u"jpeg-quality"_s, u"JPEG quality 1..100."_s, u"q"_s, u"80"_s},
            {u"max-side"_s, u"Longest side of frames sent, in pixels."_s, u"px"_s, u"1024"_s},
            {u"seconds"_s, u"How long to share (0: until a file ends)."_s, u"s"_s, u"10"_s},
            {u"speech-at"_s, u"Simulate the user starting to speak at this second."_s, u"s"_s},
            {u"out"_s, u"Write each frame sent as frame-NNNN.jpg here."_s, u"dir"_s},
    });
    parser.process(app);

    if (parser.isSet(u"list"_s)) {
        list();
        return 0;
    }

    SourceRequest request;
    if (parser.isSet(u"video"_s))
        request = {SourceKind::File, parser.value(u"video"_s), {}};
    else if (parser.isSet(u"camera"_s))
        request = {SourceKind::Camera, parser.value(u"camera-id"_s), {}};
    else if (parser.isSet(u"window"_s))
        request = {SourceKind::Window, parser.value(u"window"_s), {}};
    else if (parser.isSet(u"screen"_s))
        request = {SourceKind::Screen, parser.value(u"screen-index"_s), {}};
    if (parser.isSet(u"region"_s))
        request.region = parseRegion(parser.value(u"region"_s));

    VideoSettings settings;
    settings.policy.maxFps = parser.value(u"max-fps"_s).toDouble();
    settings.encoder.jpegQuality = parser.value(u"jpeg-quality"_s).toInt();
    settings.encoder.maxSidePx = parser.value(u"max-side"_s).toInt();
    if (const QString why = settings.validate(); !why.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 2;
    }
    QString error;
    std::unique_ptr<FrameSource> source(createFrameSource(request, nullptr, &error));
    if (!source) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QString outDir = parser.value(u"out"_s);
    if (!outDir.isEmpty() && !QDir().mkpath(outDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outDir));
        return 2;
    }

    VideoEngine engine;
    engine.setSettings(settings);
    engine.setSource(source.get());
    const qint64 startMs = engine.clock()->nowMs();
    int exitCode = 0;
    QObject::connect(&engine, &VideoEngine::frameEncoded, [&](const EncodedFrame &frame) {
        const char *reason = QMetaEnum::fromType<SendReason>().valueToKey(int(frame.reason));
        std::printf("frame %3lld  t=%6.2f s  %-9s %4dx%-4d %7lld bytes\n",
                    static_cast<long long>(frame.sequence),
                    (frame.captureTimestampMs - startMs) / 1000.0, reason, frame.sizePx.width(),
                    frame.sizePx.height(), static_cast<long long>(frame.jpeg.size()));
        if (!outDir.isEmpty()) {
            QFile file(QDir(outDir).filePath(
                    u"frame-%1.jpg"_s.arg(frame.sequence, 4, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly) || file.write(frame.jpeg) != frame.jpeg.size())
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        }
    });
    QObject::connect(&engine, &VideoEngine::errorOccurred, [&](const QString &message) {
        std::fprintf(stderr, "error: %s\n", qPrintable(message));
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&engine, &VideoEngine::finished, &app, &QCoreApplication::quit);
    if (parser.isSet(u"speech-at"_s)) {
        QTimer::singleShot(int(parser.value(u"speech-at"_s).toDouble() * 1000), &engine,
                           &VideoEngine::notifySpeechStarted);
    }
    if (const int seconds = parser.value(u"seconds"_s).toInt(); seconds > 0)
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);

    std::printf("sharing %s\n", qPrintable(source->description()));
    engine.start();
    if (engine.state() != VideoEngine::State::Failed)
        app.exec();
    engine.stop();
    const VideoStatistics s = engine.statistics();
    std::printf("captured %lld, evaluated %lld, sent %lld (%lld bytes, ~%lld tokens), skipped "
                "unchanged %lld, dropped busy %lld\n",
                static_cast<long long>(s.framesCaptured), static_cast<long long>(s.framesEvaluated),
                static_cast<long long>(s.framesSent), static_cast<long long>(s.bytesSent),
                static_cast<long long>(s.estimatedTokens),
                static_cast<long long>(s.framesSkippedUnchanged),
                static_cast<long long>(s.framesDroppedBusy));
    return exitCode ? exitCode : (engine.errorString().isEmpty() ? 0 : 1);
}
