// livedesk-cli's pictures: --video FILE|DIR (an image, a folder of images shown one second each,
// or a video file read with OpenCV), --camera [ID], --screen [N], --window ID, and the encoder's
// --max-fps, --jpeg-quality, --max-side and --media-resolution. Everything goes through the
// VideoEngine (change detection, ≤ 1 FPS, resize, JPEG) and the run's ConversationBridge, as in
// the GUI.
//
// - A file that cannot be decoded is a usage error found before connecting (exit 2); a camera,
//   screen or window that cannot be opened is a device error (exit 10), also before connecting.
// - A finite file (a folder, a video) is shown to its end: the run does not end before it.
// - Sharing video turns context-window compression on (the service ends uncompressed sessions
//   with video after about 2 minutes), with a warning if --no-context-compression asked for
//   the opposite.
// - Frames, bytes and estimated image tokens go to events.jsonl (video_frame) and metrics.json
//   (video); the image tokens join the cost estimate when the service's usage did not count them.
#pragma once

#include "app/cli/clioptions.h"
#include "session/protocol/types.h"
#include "video/framepipeline.h"
#include "video/sourcefactory.h"

#include <memory>

namespace livedesk::video {
class FrameSource;
class VideoEngine;
} // namespace livedesk::video

namespace livedesk::app {

class VideoCliModule : public CliModule
{
public:
    VideoCliModule();
    ~VideoCliModule() override;

    QString title() const override;
    QList<QCommandLineOption> options() const override;
    QStringList optionalValueOptions() const override;
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override;
    bool attach(CliRun &run, QString *error) override;

    const video::SourceRequest &request() const { return m_request; }
    const video::VideoSettings &settings() const { return m_settings; }

private:
    bool startDevice(CliRun &run, QString *error);
    void recordMetrics(CliRun &run);

    video::SourceRequest m_request;
    video::VideoSettings m_settings;
    protocol::MediaResolution m_mediaResolution = protocol::MediaResolution::Unspecified;
    bool m_finiteFile = false; // a folder or a video: shown to its end
    bool m_compressionForced = false;

    std::unique_ptr<video::VideoEngine> m_engine;
    std::unique_ptr<video::FrameSource> m_source;
    bool m_finishHeld = false;
    bool m_startHeld = false;
};

} // namespace livedesk::app
