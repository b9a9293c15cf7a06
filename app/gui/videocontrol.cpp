#include "app/gui/videocontrol.h"

#include "app/gui/appsettings.h"
#include "app/logging.h"
#include "video/camerasource.h"
#include "video/screensource.h"

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
    share(m_source == Source::Screen ? Source::None : Source::Screen);
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

void VideoControl::share(Source source)
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
        screen->setScreen(-1);
        m_frameSource = screen;
    }
    if (m_settings)
        m_engine.setSettings(m_settings->videoSettings());
    m_engine.setSource(m_frameSource);
    m_engine.start();
    Q_EMIT stateChanged();
}

} // namespace livedesk::app
