// The video engine: takes pictures from a FrameSource at most once per second, decides with the
// frame policy whether each is worth sending, and emits the ones that are as JPEG for
// realtimeInput.video. Conversion, change detection, resize and encoding run on the engine's
// own worker thread ("livedesk-video"), which never queues stale frames: a frame that arrives
// while the worker is busy replaces the one waiting, so what is sent is always the newest.
//
// Wiring (app/ does this; everything here is called on the thread that owns the engine):
//   auto *source = new FileSource(path, parent);      // or CameraSource, ScreenSource
//   VideoEngine engine;                               // optionally VideoEngine(&clock)
//   engine.setSettings(settings);                     // VideoSettings::validate() first
//   engine.setSource(source);                         // not owned
//   QObject::connect(&engine, &VideoEngine::frameEncoded, session,
//                    [&](const EncodedFrame &f) { sendRealtimeVideo(f.jpeg, f.mimeType()); });
//   QObject::connect(audio, &…::speechStarted, &engine, &VideoEngine::notifySpeechStarted);
//   engine.start();   // pause() / resume() / stop() at any time; nothing is sent while paused
//
// Privacy: state() says whether anything is being shared; lastFrame() / lastFramePreview() are
// exactly the last JPEG sent (the preview is that JPEG decoded), for the UI to show. pause()
// takes effect at once: frames captured or in the worker when it is called are discarded too.
#pragma once

#include "video/clock.h"
#include "video/framepipeline.h"
#include "video/framesource.h"
#include "video/types.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <memory>

namespace livedesk::video {

class VideoEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(qint64 framesSent READ framesSent NOTIFY statisticsChanged)
    Q_PROPERTY(qint64 bytesSent READ bytesSent NOTIFY statisticsChanged)
    Q_PROPERTY(qint64 estimatedTokens READ estimatedTokens NOTIFY statisticsChanged)
    Q_PROPERTY(QImage lastFramePreview READ lastFramePreview NOTIFY lastFrameChanged)

public:
    enum class State {
        Idle, // nothing is shared
        Sharing, // frames are taken and sent
        Paused, // the source stays open; nothing is taken or sent
        Failed, // the source failed; errorString() says why; start() tries again
    };
    Q_ENUM(State)

    explicit VideoEngine(QObject *parent = nullptr);
    // `clock` (not owned) must outlive the engine; sources attached get it too.
    explicit VideoEngine(const Clock *clock, QObject *parent = nullptr);
    ~VideoEngine() override;

    // Applies from the next frame on. Values are used as given: check them with validate().
    void setSettings(const VideoSettings &settings);
    VideoSettings settings() const;

    // Not owned. Replacing the source stops sharing from the old one.
    void setSource(FrameSource *source);
    FrameSource *source() const;
    const Clock *clock() const;

    State state() const;
    QString errorString() const;

    VideoStatistics statistics() const;
    qint64 framesSent() const;
    qint64 bytesSent() const;
    qint64 estimatedTokens() const;

    EncodedFrame lastFrame() const; // the last frame sent; empty jpeg before the first
    QImage lastFramePreview() const;

public Q_SLOTS:
    void start();
    void stop();
    void pause();
    void resume();

    // Local speech detection (audio/) calls these: onset sends a fresh frame as soon as the
    // 1 FPS limit allows, and the rate stays at full while the user speaks.
    void notifySpeechStarted();
    void notifySpeechEnded();

    // Any thread. Frames from a source arrive here; tests and tools may push their own, stamped
    // on the engine's clock. Ignored unless sharing.
    void submitFrame(const livedesk::video::CapturedFrame &frame);

Q_SIGNALS:
    void stateChanged(livedesk::video::VideoEngine::State state);
    void frameEncoded(const livedesk::video::EncodedFrame &frame);
    void statisticsChanged();
    void lastFrameChanged();
    void errorOccurred(const QString &message);
    // A file source reached its end and every frame taken from it was handled; state is Idle.
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace livedesk::video
