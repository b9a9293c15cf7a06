#include "app/cli/videomodule.h"

#include "app/cli/clirun.h"
#include "session/protocol/enums.h"
#include "session/usage.h"
#include "video/filesource.h"
#include "video/framesource.h"
#include "video/videoengine.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonObject>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

// The limits VideoSettings::validate() applies.
constexpr int kMinSidePx = 64;
constexpr int kMaxSidePx = 4096;

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Cli", text);
}

video::MediaResolution toVideo(protocol::MediaResolution r)
{
    switch (r) {
    case protocol::MediaResolution::Low:
        return video::MediaResolution::Low;
    case protocol::MediaResolution::Medium:
        return video::MediaResolution::Medium;
    case protocol::MediaResolution::High:
        return video::MediaResolution::High;
    case protocol::MediaResolution::Unspecified:
        break;
    }
    return video::MediaResolution::Unspecified;
}

QString flagOf(video::SourceKind kind)
{
    switch (kind) {
    case video::SourceKind::File:
        return u"--video"_s;
    case video::SourceKind::Camera:
        return u"--camera"_s;
    case video::SourceKind::Screen:
        return u"--screen"_s;
    case video::SourceKind::Window:
        return u"--window"_s;
    case video::SourceKind::None:
        break;
    }
    return {};
}

QtMessageHandler g_previousHandler = nullptr;

void dropVideoWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "livedesk.video") == 0 && type == QtWarningMsg)
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool hasDisplay()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

VideoCliModule::VideoCliModule() = default;

VideoCliModule::~VideoCliModule()
{
    // The engine lets go of the source first.
    m_engine.reset();
    m_source.reset();
}

QString VideoCliModule::title() const
{
    return tr("Video");
}

QList<QCommandLineOption> VideoCliModule::options() const
{
    return {
            {u"video"_s,
             tr("Show the model an image, a folder of images (one second each, in name order) "
                "or a video file; a folder or video is shown to its end."),
             u"FILE|DIR"_s},
            {u"camera"_s, tr("Share a camera: the default one, or its id, index or name."), u"ID"_s},
            {u"screen"_s,
             tr("Share a screen: the primary one, or its number (X11; see "
                "--list-devices)."),
             u"N"_s},
            {u"window"_s, tr("Share one window: its X11 id (0x…) or part of its title."), u"ID"_s},
            {u"max-fps"_s, tr("Frames per second at most, above 0 and up to 1 (default 1)."),
             u"X"_s},
            {u"jpeg-quality"_s, tr("JPEG quality of the frames sent, 1 to 100 (default 80)."),
             u"Q"_s},
            {u"max-side"_s,
             tr("Longest side of the frames sent in pixels, 64 to 4096 (default: from the media "
                "resolution: 512 low, 1024 medium, 1536 high)."),
             u"PX"_s},
            {u"media-resolution"_s,
             tr("The session's media resolution: low, medium or high (tokens per frame)."),
             u"RES"_s},
    };
}

QStringList VideoCliModule::optionalValueOptions() const
{
    return {u"camera"_s, u"screen"_s};
}

bool VideoCliModule::read(const QCommandLineParser &parser, CliOptions &options, QString *error)
{
    int sources = 0;
    for (const auto &[flag, kind] : {std::pair {u"video"_s, video::SourceKind::File},
                                     std::pair {u"camera"_s, video::SourceKind::Camera},
                                     std::pair {u"screen"_s, video::SourceKind::Screen},
                                     std::pair {u"window"_s, video::SourceKind::Window}}) {
        if (parser.isSet(flag)) {
            ++sources;
            m_request.kind = kind;
            m_request.argument = parser.value(flag).trimmed();
        }
    }
    if (sources > 1) {
        *error = tr("share one picture source at a time: --video, --camera, --screen or "
                    "--window");
        return false;
    }
    options.sharesPictures = sources > 0;

    if (parser.isSet(u"media-resolution"_s)) {
        const QString value = parser.value(u"media-resolution"_s).toLower();
        const QString wire = u"MEDIA_RESOLUTION_"_s + value.toUpper();
        const auto r = protocol::enumFromWire<protocol::MediaResolution>(wire);
        if (!r || *r == protocol::MediaResolution::Unspecified) {
            *error = tr("--media-resolution expects low, medium or high, not \"%1\"").arg(value);
            return false;
        }
        m_mediaResolution = *r;
    }
    m_settings = video::VideoSettings::forResolution(toVideo(m_mediaResolution));
    if (parser.isSet(u"max-fps"_s)) {
        bool ok = false;
        const double fps = parser.value(u"max-fps"_s).toDouble(&ok);
        if (!ok || !(fps > 0.0 && fps <= 1.0)) {
            *error = tr("--max-fps expects a number above 0 and at most 1 (the Live API takes "
                        "about one frame per second), not \"%1\"")
                             .arg(parser.value(u"max-fps"_s));
            return false;
        }
        m_settings.policy.maxFps = fps;
        m_settings.policy.idleFps = std::min(m_settings.policy.idleFps, fps);
    }
    if (!readCliInt(parser, u"jpeg-quality"_s, 1, 100, &m_settings.encoder.jpegQuality, error)
        || !readCliInt(parser, u"max-side"_s, kMinSidePx, kMaxSidePx, &m_settings.encoder.maxSidePx,
                       error))
        return false;
    if (const QString problem = m_settings.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (m_request.kind == video::SourceKind::None) {
        for (const QString &flag : {u"max-fps"_s, u"jpeg-quality"_s, u"max-side"_s}) {
            if (parser.isSet(flag)) {
                *error = tr("--%1 needs a picture source (--video, --camera, --screen or "
                            "--window)")
                                 .arg(flag);
                return false;
            }
        }
        return true;
    }

    if (m_request.kind == video::SourceKind::File) {
        // Decoded now, so a corrupt file fails before anything connects. The source's own
        // warning would only repeat the one line the CLI prints.
        g_previousHandler = qInstallMessageHandler(dropVideoWarnings);
        video::FileSource probe(m_request.argument);
        const bool opened = probe.open();
        qInstallMessageHandler(g_previousHandler);
        g_previousHandler = nullptr;
        if (!opened) {
            *error = u"--video "_s + m_request.argument + u": "_s + probe.errorString();
            return false;
        }
        m_finiteFile = probe.kind() == video::FileSource::Kind::Folder
                       || probe.kind() == video::FileSource::Kind::Video;
    }
    if (!options.session.contextCompression) {
        options.session.contextCompression = true;
        m_compressionForced = true;
    }
    return true;
}

bool VideoCliModule::attach(CliRun &run, QString *error)
{
    if (m_request.kind == video::SourceKind::None)
        return true;
    const SessionConfig &config = run.config();
    if (config.capabilities && !config.capabilities->accepts(config.capabilities->videoInput)) {
        run.warn(
                tr("%1 takes no video; %2 is ignored.").arg(config.modelId, flagOf(m_request.kind)));
        return true;
    }
    if (m_compressionForced)
        run.warn(tr("sharing video turns context-window compression on despite "
                    "--no-context-compression: without it the service ends a session with video "
                    "after about 2 minutes"));
    if (m_mediaResolution != protocol::MediaResolution::Unspecified
        && run.config().setup.generationConfig)
        run.config().setup.generationConfig->mediaResolution = m_mediaResolution;

    if ((m_request.kind == video::SourceKind::Screen || m_request.kind == video::SourceKind::Window)
        && !hasDisplay()) {
        *error = tr("%1 needs a display: neither DISPLAY nor WAYLAND_DISPLAY is set")
                         .arg(flagOf(m_request.kind));
        run.setAttachFailureCode(ExitCode::Device);
        return false;
    }
    QString why;
    m_source.reset(video::createFrameSource(m_request, nullptr, &why));
    if (!m_source) {
        *error = flagOf(m_request.kind) + u' ' + m_request.argument + u": "_s + why;
        run.setAttachFailureCode(m_request.kind == video::SourceKind::File ? ExitCode::Usage
                                                                           : ExitCode::Device);
        return false;
    }
    m_engine = std::make_unique<video::VideoEngine>();
    video::VideoEngine *engine = m_engine.get();
    engine->setSettings(m_settings);
    engine->setSource(m_source.get());
    run.bridge().attachVideo(engine);

    run.log().watchVideo(engine);
    const bool device = m_request.kind != video::SourceKind::File;
    QObject::connect(engine, &video::VideoEngine::errorOccurred, engine,
                     [this, &run, device](const QString &message) {
                         run.events().write(u"video_error"_s, {{u"message"_s, message}});
                         if (m_startHeld) {
                             m_startHeld = false;
                             run.finish(ExitCode::Device,
                                        flagOf(m_request.kind) + u": "_s + message);
                             return;
                         }
                         run.finish(device ? ExitCode::Device : ExitCode::Failure,
                                    flagOf(m_request.kind) + u": "_s + message);
                     });
    QObject::connect(engine, &video::VideoEngine::finished, engine, [this, &run] {
        run.events().write(u"video_finished"_s);
        if (m_finishHeld) {
            m_finishHeld = false;
            run.releaseFinish();
        }
    });
    QObject::connect(&run.session(), &session::LiveSession::setupCompleted, engine,
                     [engine] { engine->start(); });
    QObject::connect(&run, &CliRun::finishing, engine, [this, &run] {
        recordMetrics(run);
        m_engine->stop();
    });
    if (m_finiteFile) {
        m_finishHeld = true;
        run.holdFinish();
    }
    if (device && !startDevice(run, error)) {
        run.setAttachFailureCode(ExitCode::Device);
        return false;
    }
    return true;
}

bool VideoCliModule::startDevice(CliRun &run, QString *error)
{
    // Cameras, screens and windows open now, so one that is missing or refused ends the run
    // before it connects; the engine takes frames from the open source once the session is
    // live.
    video::FrameSource *source = m_source.get();
    source->start();
    const auto failed = [&] {
        *error = flagOf(m_request.kind)
                 + (m_request.argument.isEmpty() ? QString() : u' ' + m_request.argument) + u": "_s
                 + source->errorString();
        return false;
    };
    switch (source->state()) {
    case video::FrameSource::State::Failed:
        return failed();
    case video::FrameSource::State::Active:
        return true;
    case video::FrameSource::State::Starting:
    case video::FrameSource::State::Idle:
    case video::FrameSource::State::Finished:
        break;
    }
    // A camera takes a moment (or a permission): the session waits for it.
    m_startHeld = true;
    run.holdStart();
    QObject::connect(source, &video::FrameSource::stateChanged, m_engine.get(),
                     [this, &run, source](video::FrameSource::State state) {
                         if (!m_startHeld)
                             return;
                         if (state == video::FrameSource::State::Active) {
                             m_startHeld = false;
                             run.releaseStart();
                         } else if (state == video::FrameSource::State::Failed) {
                             m_startHeld = false;
                             run.finish(ExitCode::Device,
                                        flagOf(m_request.kind) + u": "_s + source->errorString());
                         }
                     });
    return true;
}

void VideoCliModule::recordMetrics(CliRun &run)
{
    run.log().recordVideo(m_source ? m_source->description() : QString());
}

} // namespace livedesk::app
