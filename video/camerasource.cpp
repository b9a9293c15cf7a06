#include "video/camerasource.h"

#include "video/logging.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCoreApplication>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMutex>
#include <QMutexLocker>
#include <QVideoFrame>
#include <QVideoSink>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QtCore/qtcore-config.h>
#if QT_CONFIG(permissions)
#include <QPermission>
#define LIVEDESK_CAMERA_PERMISSION 1
#endif
#endif

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace livedesk::video {

namespace {

constexpr QSize kDefaultResolution(1280, 720);

QCameraDevice findCamera(const QByteArray &wanted, QString *why)
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (cameras.isEmpty()) {
        *why = CameraSource::tr("No camera found.");
        return {};
    }
    if (wanted.isEmpty()) {
        const QCameraDevice device = QMediaDevices::defaultVideoInput();
        return device.isNull() ? cameras.first() : device;
    }
    for (const QCameraDevice &camera : cameras) {
        if (camera.id() == wanted)
            return camera;
    }
    const QString text = QString::fromUtf8(wanted);
    for (const QCameraDevice &camera : cameras) {
        if (camera.description().compare(text, Qt::CaseInsensitive) == 0)
            return camera;
    }
    bool isNumber = false;
    const int index = text.toInt(&isNumber);
    if (isNumber && index >= 0 && index < cameras.size())
        return cameras.at(index);
    QStringList names;
    for (int i = 0; i < cameras.size(); ++i)
        names << u"%1: %2"_s.arg(i).arg(cameras.at(i).description());
    *why = CameraSource::tr("Camera “%1” not found; available: %2.").arg(text, names.join(u"; "_s));
    return {};
}

QCameraFormat pickFormat(const QCameraDevice &device, QSize wanted)
{
    const QList<QCameraFormat> formats = device.videoFormats();
    if (formats.isEmpty())
        return {};
    const double wantedArea = double(wanted.width()) * wanted.height();
    // Nearest area on a log scale, then the higher frame rate: a camera that can only do 5 FPS
    // at full size still looks live at 720p30.
    const auto cost = [&](const QCameraFormat &format) {
        const QSize size = format.resolution();
        const double area = std::max(1.0, double(size.width()) * size.height());
        return std::abs(std::log(area / wantedArea)) - 0.001 * format.maxFrameRate();
    };
    return *std::min_element(formats.begin(), formats.end(),
                             [&](const QCameraFormat &a, const QCameraFormat &b) {
                                 return cost(a) < cost(b);
                             });
}

} // namespace

struct CameraSource::Private
{
    QByteArray deviceId;
    QSize resolution = kDefaultResolution;
    QString description;

    // Declared so that the camera is destroyed (stopped) before the session and the sink.
    QVideoSink sink;
    QMediaCaptureSession session;
    std::unique_ptr<QCamera> camera;

    // Written on the multimedia back end's thread, read on the source's.
    QMutex latestMutex;
    QVideoFrame latest;
};

CameraSource::CameraSource(QObject *parent)
    : FrameSource(parent)
    , d(std::make_unique<Private>())
{
    d->session.setVideoSink(&d->sink);
    // Direct: the back end may deliver on its own thread; keeping the handle is all we do there.
    connect(
            &d->sink, &QVideoSink::videoFrameChanged, this,
            [shared = d.get()](const QVideoFrame &frame) {
                QMutexLocker locker(&shared->latestMutex);
                shared->latest = frame;
            },
            Qt::DirectConnection);
}

CameraSource::~CameraSource()
{
    stop();
}

QList<CameraInfo> CameraSource::availableCameras()
{
    QList<CameraInfo> list;
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &camera : cameras) {
        CameraInfo info;
        info.id = camera.id();
        info.description = camera.description();
        info.isDefault = camera.isDefault();
        for (const QCameraFormat &format : camera.videoFormats()) {
            if (!info.resolutions.contains(format.resolution()))
                info.resolutions << format.resolution();
        }
        std::sort(info.resolutions.begin(), info.resolutions.end(),
                  [](QSize a, QSize b) { return a.width() * a.height() > b.width() * b.height(); });
        list << info;
    }
    return list;
}

void CameraSource::setDeviceId(const QByteArray &id)
{
    d->deviceId = id;
}

QByteArray CameraSource::deviceId() const
{
    return d->deviceId;
}

void CameraSource::setResolution(QSize resolution)
{
    d->resolution = resolution.isEmpty() ? kDefaultResolution : resolution;
}

QSize CameraSource::resolution() const
{
    return d->resolution;
}

QString CameraSource::description() const
{
    if (!d->description.isEmpty())
        return tr("Camera: %1").arg(d->description);
    return d->deviceId.isEmpty() ? tr("Camera")
                                 : tr("Camera: %1").arg(QString::fromUtf8(d->deviceId));
}

void CameraSource::start()
{
    if (state() == State::Active || state() == State::Starting)
        return;
    clearError();
#ifdef LIVEDESK_CAMERA_PERMISSION
    QCameraPermission permission;
    switch (qApp->checkPermission(permission)) {
    case Qt::PermissionStatus::Undetermined:
        setState(State::Starting);
        qApp->requestPermission(permission, this, [this](const QPermission &answer) {
            if (state() != State::Starting)
                return; // stopped while the question was open
            if (answer.status() == Qt::PermissionStatus::Granted)
                openCamera();
            else
                fail(Error::PermissionDenied, tr("Camera access was denied. Allow it in the "
                                                 "system's privacy settings."));
        });
        return;
    case Qt::PermissionStatus::Denied:
        fail(Error::PermissionDenied,
             tr("Camera access was denied. Allow it in the system's privacy settings."));
        return;
    case Qt::PermissionStatus::Granted:
        break;
    }
#endif
    openCamera();
}

void CameraSource::openCamera()
{
    QString why;
    const QCameraDevice device = findCamera(d->deviceId, &why);
    if (device.isNull()) {
        fail(Error::NoDevice, why);
        return;
    }
    d->description = device.description();
    d->camera = std::make_unique<QCamera>(device);
    const QCameraFormat format = pickFormat(device, d->resolution);
    if (!format.isNull())
        d->camera->setCameraFormat(format);
    connect(d->camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error error, const QString &message) {
                if (error != QCamera::NoError)
                    fail(Error::CaptureFailed, tr("The camera failed: %1").arg(message));
            });
    connect(d->camera.get(), &QCamera::activeChanged, this, [this](bool active) {
        if (active)
            setState(State::Active);
        else if (state() == State::Active)
            fail(Error::CaptureFailed, tr("The camera stopped unexpectedly."));
    });
    d->session.setCamera(d->camera.get());
    qCInfo(lcVideo).noquote() << "camera" << device.description() << "format" << format.resolution()
                              << format.maxFrameRate() << "fps";
    setState(State::Starting);
    d->camera->start();
}

void CameraSource::stop()
{
    if (d->camera) {
        d->camera->disconnect(this);
        d->camera->stop();
        d->session.setCamera(nullptr);
        d->camera.reset();
    }
    {
        QMutexLocker locker(&d->latestMutex);
        d->latest = {};
    }
    if (state() != State::Failed)
        setState(State::Idle);
}

void CameraSource::requestFrame()
{
    if (state() != State::Active)
        return;
    CapturedFrame frame;
    {
        QMutexLocker locker(&d->latestMutex);
        frame.videoFrame = d->latest;
    }
    if (!frame.videoFrame.isValid())
        return; // started, but no picture yet
    frame.timestampMs = nowMs();
    Q_EMIT frameCaptured(frame);
}

} // namespace livedesk::video
