// The one interface every picture source implements (camera, screen or window, file). The
// engine drives it: start(), then requestFrame() whenever the frame policy wants a picture; the
// source answers with frameCaptured() (possibly before requestFrame() returns) or, when it has
// nothing yet (a camera still starting), with nothing. Sources live in the thread that created
// them (the GUI thread for screens: grabbing needs it) and stamp frames with the clock they are
// given, which the engine sets to its own.
#pragma once

#include "video/clock.h"
#include "video/types.h"

#include <QObject>
#include <QString>

namespace livedesk::video {

class FrameSource : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorOccurred)

public:
    enum class State {
        Idle, // not started, or stopped
        Starting, // waiting for a device or a permission
        Active, // frames can be requested
        Finished, // a file source reached the end of its media
        Failed, // see error() and errorString()
    };
    Q_ENUM(State)

    enum class Error {
        None,
        NoDevice, // no camera, no such screen or window
        PermissionDenied, // the platform refused camera or screen access
        Unsupported, // the platform or this build cannot do it (Wayland, no videoio)
        OpenFailed, // a file is missing, unreadable, corrupt or of an unknown format
        CaptureFailed, // the device or grab failed after starting
    };
    Q_ENUM(Error)

    explicit FrameSource(QObject *parent = nullptr);
    ~FrameSource() override;

    State state() const { return m_state; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    // What is being shared, for people: "Camera: Integrated Webcam", "Screen 1 (1920×1080)".
    virtual QString description() const = 0;

    // The clock frames are stamped with (not owned; must outlive the source). Default: steady.
    void setClock(const Clock *clock);
    const Clock *clock() const { return m_clock; }

public Q_SLOTS:
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual void requestFrame() = 0;

Q_SIGNALS:
    void stateChanged(livedesk::video::FrameSource::State state);
    void frameCaptured(const livedesk::video::CapturedFrame &frame);
    void errorOccurred(livedesk::video::FrameSource::Error error, const QString &message);

protected:
    void setState(State state);
    // Enters Failed, logs, and emits errorOccurred(). Returns false for `return fail(…);`.
    bool fail(Error error, const QString &message);
    void clearError();
    qint64 nowMs() const { return m_clock->nowMs(); }

private:
    SteadyClock m_steadyClock;
    const Clock *m_clock = &m_steadyClock;
    State m_state = State::Idle;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace livedesk::video
