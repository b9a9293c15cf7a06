// A camera through Qt Multimedia: QCamera → QMediaCaptureSession → QVideoSink. The sink keeps
// only the newest QVideoFrame (a cheap handle); requestFrame() hands that handle on, so pixel
// conversion happens on the video worker and only for frames the policy looks at.
//
// Where the platform asks for camera permission (Qt ≥ 6.5 with QT_CONFIG(permissions): macOS,
// iOS, Android, Windows), start() asks first and fails with PermissionDenied when refused. With
// no camera attached, start() fails with NoDevice and the message "No camera found."
#pragma once

#include "video/framesource.h"

#include <QByteArray>
#include <QList>
#include <QSize>

#include <memory>

namespace livedesk::video {

struct CameraInfo
{
    QByteArray id;
    QString description;
    bool isDefault = false;
    QList<QSize> resolutions; // distinct, largest first
};

class CameraSource : public FrameSource
{
    Q_OBJECT

public:
    explicit CameraSource(QObject *parent = nullptr);
    ~CameraSource() override;

    static QList<CameraInfo> availableCameras();

    // Empty: the system default camera. Also accepts a description or a 0-based index as text,
    // so `--camera 1` and `--camera "HD Webcam"` work.
    void setDeviceId(const QByteArray &id);
    QByteArray deviceId() const;
    // Preferred capture size; the supported format nearest to it is used. Empty: 1280×720.
    void setResolution(QSize resolution);
    QSize resolution() const;

    QString description() const override;

public Q_SLOTS:
    void start() override;
    void stop() override;
    void requestFrame() override;

private:
    void openCamera();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace livedesk::video
