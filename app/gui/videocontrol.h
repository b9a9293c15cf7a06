// Camera and screen sharing for the conversation: one source at a time, the frames-sent counter,
// pause, and a preview of exactly the frame last sent (VideoEngine::lastFramePreview: the JPEG
// that went out, decoded). Sharing is possible only while a conversation runs and stops with it,
// so nothing is ever captured without the indicator showing.
#pragma once

#include "video/videoengine.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QVariantList>

namespace livedesk::app {

class AppSettings;

class VideoControl : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Source source READ source NOTIFY stateChanged)
    Q_PROPERTY(bool sharing READ isSharing NOTIFY stateChanged)
    Q_PROPERTY(bool paused READ isPaused NOTIFY stateChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(QString description READ description NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(qint64 framesSent READ framesSent NOTIFY statisticsChanged)
    Q_PROPERTY(qint64 bytesSent READ bytesSent NOTIFY statisticsChanged)
    Q_PROPERTY(QImage preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(QString screenUnavailableReason READ screenUnavailableReason CONSTANT)

public:
    enum class Source { None, Camera, Screen };
    Q_ENUM(Source)

    // `settings` is not owned and must outlive this object.
    explicit VideoControl(AppSettings *settings, QObject *parent = nullptr);
    ~VideoControl() override;

    video::VideoEngine *engine() { return &m_engine; }

    // Whether sharing may start (a conversation is running); turning it off stops sharing.
    void setAvailable(bool available);
    bool isAvailable() const { return m_available; }

    Source source() const { return m_source; }
    bool isSharing() const { return m_source != Source::None; }
    bool isPaused() const;
    QString description() const;
    QString errorString() const { return m_error; }
    qint64 framesSent() const { return m_engine.framesSent(); }
    qint64 bytesSent() const { return m_engine.bytesSent(); }
    QImage preview() const { return m_engine.lastFramePreview(); }
    QString screenUnavailableReason() const;

    Q_INVOKABLE void toggleCamera();
    // Stops sharing the screen, or asks for a choice (screenChoiceRequested): nothing of the
    // screen is sent before the user has picked a screen or a window and confirmed it.
    Q_INVOKABLE void toggleScreen();
    // What can be shared, for the chooser: [{kind: "screen"|"window", key, name, detail}], the
    // screens first (the primary one at the top), then the windows. `key` goes to shareTarget.
    Q_INVOKABLE QVariantList shareTargets() const;
    // Shares the target the user chose ("screen:<index>" or "window:<id>"); false for a key
    // that names nothing shareable now.
    Q_INVOKABLE bool shareTarget(const QString &key);
    Q_INVOKABLE void setPaused(bool paused);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void stateChanged();
    void availableChanged();
    void statisticsChanged();
    void previewChanged();
    // toggleScreen() while not sharing the screen: the interface shows the chooser.
    void screenChoiceRequested();
    // A source failed to start or stopped with an error (message for people).
    void failed(livedesk::app::VideoControl::Source source, const QString &message);

private:
    void share(Source source, int screenIndex = -1, quint64 windowId = 0);

    QPointer<AppSettings> m_settings;
    video::VideoEngine m_engine;
    video::FrameSource *m_frameSource = nullptr; // child; replaced per share()
    Source m_source = Source::None;
    QString m_error;
    bool m_available = false;
};

} // namespace livedesk::app
