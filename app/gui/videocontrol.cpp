#include "app/gui/videocontrol.h"

#include "app/gui/appsettings.h"
#include "app/logging.h"
#include "video/camerasource.h"
#include "video/screensource.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace livedesk::app {

VideoControl::VideoControl(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(&m_engine, &video::VideoEngine::statisticsChanged, this,
            &VideoControl::statisticsChanged);
    connect(&m_engine, &video::VideoEngine::lastFrameChanged, this, &VideoControl::previewChanged);
    connect(&m_engine, &video::VideoEngine::stateChanged, this, [this](auto state) {
        if (state == video::VideoEngine::State::Failed && m_source != Source::None) {
            const Source failedSource = m_source;
            m_error = m_engine.errorString();
            stop();
            Q_EMIT failed(failedSource, m_error);
        }
        Q_EMIT stateChanged();
    });
}

VideoControl::~VideoControl()
{
    m_engine.stop();
    m_engine.setSource(nullptr);
}

void VideoControl::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    if (!available)
        stop();
    Q_EMIT availableChanged();
}

bool VideoControl::isPaused() const
{
    return m_engine.state() == video::VideoEngine::State::Paused;
}

QString VideoControl::description() const
{
    return m_frameSource ? m_frameSource->description() : QString();
}

QString VideoControl::screenUnavailableReason() const
{
    return video::ScreenSource::unavailableReason(video::ScreenSource::Target::Screen);
}

void VideoControl::toggleCamera()
{
    share(m_source == Source::Camera ? Source::None : Source::Camera);
}

void VideoControl::toggleScreen()
{
    if (m_source == Source::Screen) {
        share(Source::None);
        return;
    }
    if (m_available)
        Q_EMIT screenChoiceRequested();
}

QVariantList VideoControl::shareTargets() const
{
    QVariantList targets;
    using Target = video::ScreenSource::Target;
    // Where capture cannot work (Wayland, no display) the chooser offers nothing and says why.
    if (!video::ScreenSource::unavailableReason(Target::Screen).isEmpty())
        return targets;
    const QList<video::ScreenInfo> screens = video::ScreenSource::availableScreens();
    for (const video::ScreenInfo &screen : screens) {
        const QString size = tr("%1 × %2").arg(QLocale().toString(screen.sizePx.width()),
                                               QLocale().toString(screen.sizePx.height()));
        QVariantMap target {
                {u"kind"_s, u"screen"_s},
                {u"key"_s, u"screen:%1"_s.arg(screen.index)},
                {u"name"_s, screen.isPrimary ? tr("Whole screen %1 (primary)").arg(screen.index + 1)
                                             : tr("Whole screen %1").arg(screen.index + 1)},
                {u"detail"_s, screen.name.isEmpty() ? size : screen.name + u" · "_s + size},
        };
        if (screen.isPrimary)
            targets.prepend(target);
        else
            targets.append(target);
    }
    if (!video::ScreenSource::unavailableReason(Target::Window).isEmpty())
        return targets;
    const QList<video::WindowInfo> windows = video::ScreenSource::availableWindows();
    for (const video::WindowInfo &window : windows) {
        if (window.title.isEmpty())
            continue;
        targets.append(QVariantMap {
                {u"kind"_s, u"window"_s},
                {u"key"_s, u"window:%1"_s.arg(window.id)},
                {u"name"_s, window.title},
                {u"detail"_s, tr("Window")},
        });
    }
    return targets;
}

bool VideoControl::shareTarget(const QString &key)
{
    if (!m_available || !screenUnavailableReason().isEmpty())
        return false;
    const QString kind = key.section(u':', 0, 0);
    bool ok = false;
    if (kind == u"screen") {
        const int index = key.section(u':', 1).toInt(&ok);
        if (!ok || index < 0 || index >= video::ScreenSource::availableScreens().size())
            return false;
        share(Source::Screen, index);
        return true;
    }
    if (kind == u"window") {
        const quint64 id = key.section(u':', 1).toULongLong(&ok);
        if (!ok || id == 0)
            return false;
        share(Source::Screen, -1, id);
        return true;
    }
    return false;
}

void VideoControl::setPaused(bool paused)
{
    if (m_source == Source::None)
        return;
    if (paused)
        m_engine.pause();
    else
        m_engine.resume();
    Q_EMIT stateChanged();
}

void VideoControl::stop()
{
    share(Source::None);
}

void VideoControl::share(Source source, int screenIndex, quint64 windowId)
{
    if (source != Source::None && !m_available)
        return;
    m_engine.stop();
    m_engine.setSource(nullptr);
    if (m_frameSource) {
        m_frameSource->stop();
        m_frameSource->deleteLater();
        m_frameSource = nullptr;
    }
    m_source = source;
    if (source == Source::None) {
        Q_EMIT stateChanged();
        return;
    }
    m_error.clear();
    if (source == Source::Camera) {
        auto *camera = new video::CameraSource(this);
        if (m_settings)
            camera->setDeviceId(m_settings->text(u"video/camera"_s).toUtf8());
        m_frameSource = camera;
    } else {
        auto *screen = new video::ScreenSource(this);
        if (windowId != 0)
            screen->setWindow(windowId);
        else
            screen->setScreen(screenIndex);
        m_frameSource = screen;
    }
    if (m_settings)
        m_engine.setSettings(m_settings->videoSettings());
    m_engine.setSource(m_frameSource);
    m_engine.start();
    Q_EMIT stateChanged();
}

} // namespace livedesk::app
