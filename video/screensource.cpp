#include "video/screensource.h"

#include "video/logging.h"
#include "video/x11windows_p.h"

#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace livedesk::video {

struct ScreenSource::Private
{
    Target target = Target::Screen;
    int screenIndex = -1;
    quint64 windowId = 0;
    QRect region;
    bool hiddenReported = false;
};

ScreenSource::ScreenSource(QObject *parent)
    : FrameSource(parent)
    , d(std::make_unique<Private>())
{ }

ScreenSource::~ScreenSource() = default;

namespace {

QGuiApplication *guiApp()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance());
}

QScreen *screenAt(int index)
{
    if (!guiApp())
        return nullptr;
    if (index < 0)
        return QGuiApplication::primaryScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    return index < screens.size() ? screens.at(index) : nullptr;
}

} // namespace

QList<ScreenInfo> ScreenSource::availableScreens()
{
    QList<ScreenInfo> list;
    if (!guiApp())
        return list;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QScreen *screen = screens.at(i);
        ScreenInfo info;
        info.index = i;
        info.name = screen->name();
        info.geometry = screen->geometry();
        info.sizePx = (QSizeF(screen->geometry().size()) * screen->devicePixelRatio()).toSize();
        info.isPrimary = screen == QGuiApplication::primaryScreen();
        list << info;
    }
    return list;
}

QList<WindowInfo> ScreenSource::availableWindows(QString *unavailableReason)
{
    QString why = ScreenSource::unavailableReason(Target::Window);
    QList<WindowInfo> windows;
    if (why.isEmpty())
        windows = x11::listWindows(&why);
    if (unavailableReason)
        *unavailableReason = why;
    return windows;
}

QString ScreenSource::unavailableReason(Target target)
{
    if (!guiApp())
        return tr("Screen capture needs a graphical application; this process has none.");
    return unavailableReason(target, QGuiApplication::platformName(),
                             qEnvironmentVariable("XDG_SESSION_TYPE"),
                             !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"));
}

QString ScreenSource::unavailableReason(Target target, const QString &platformName,
                                        const QString &sessionType, bool waylandDisplaySet)
{
    const bool window = target == Target::Window;
    if (platformName.startsWith(u"wayland"_s)) {
        return window ? tr("Window sharing is not available under Wayland yet: it needs the "
                           "desktop portal (xdg-desktop-portal), which LiveDesk does not use. "
                           "Share a camera or a file, or log in to an X11 session.")
                      : tr("Screen sharing is not available under Wayland yet: it needs the "
                           "desktop portal (xdg-desktop-portal), which LiveDesk does not use. "
                           "Share a camera or a file, or log in to an X11 session.");
    }
    if (platformName == u"xcb"_s
        && (sessionType.compare(u"wayland"_s, Qt::CaseInsensitive) == 0 || waylandDisplaySet)) {
        return window ? tr("Window sharing is not available: LiveDesk runs through XWayland in "
                           "a Wayland session, where other windows can only be read through the "
                           "desktop portal, which LiveDesk does not use yet.")
                      : tr("Screen sharing is not available: LiveDesk runs through XWayland in "
                           "a Wayland session, where the screen can only be read through the "
                           "desktop portal, which LiveDesk does not use yet.");
    }
    if (platformName == u"offscreen"_s || platformName.startsWith(u"minimal"_s))
        return tr("Screen capture needs a display; this process runs without one (Qt platform "
                  "“%1”).")
                .arg(platformName);
    if (window && platformName != u"xcb"_s)
        return tr("Sharing a single window is only supported on X11 so far; share the screen or "
                  "a region of it instead.");
    return {};
}

void ScreenSource::setScreen(int index)
{
    d->target = Target::Screen;
    d->screenIndex = index;
}

void ScreenSource::setWindow(quint64 windowId)
{
    d->target = Target::Window;
    d->windowId = windowId;
}

void ScreenSource::setRegion(const QRect &region)
{
    d->region = region.normalized();
}

ScreenSource::Target ScreenSource::target() const
{
    return d->target;
}

int ScreenSource::screenIndex() const
{
    return d->screenIndex;
}

quint64 ScreenSource::windowId() const
{
    return d->windowId;
}

QRect ScreenSource::region() const
{
    return d->region;
}

QString ScreenSource::description() const
{
    if (d->target == Target::Window)
        return tr("Window 0x%1").arg(d->windowId, 0, 16);
    const QScreen *screen = screenAt(d->screenIndex);
    const QString size = screen ? u" (%1×%2)"_s.arg(screen->geometry().width())
                                          .arg(screen->geometry().height())
                                : QString();
    return d->screenIndex < 0 ? tr("Primary screen%1").arg(size)
                              : tr("Screen %1%2").arg(d->screenIndex).arg(size);
}

void ScreenSource::start()
{
    if (state() == State::Active)
        return;
    clearError();
    d->hiddenReported = false;
    const QString why = unavailableReason(d->target);
    if (!why.isEmpty()) {
        fail(Error::Unsupported, why);
        return;
    }
    QRect bounds;
    if (d->target == Target::Screen) {
        const QScreen *screen = screenAt(d->screenIndex);
        if (!screen) {
            fail(Error::NoDevice, tr("Screen %1 not found; there are %n screen(s).", nullptr,
                                     int(QGuiApplication::screens().size()))
                                          .arg(d->screenIndex));
            return;
        }
        bounds = QRect(QPoint(0, 0), screen->geometry().size());
    } else {
        const x11::WindowPlacement placement = x11::windowPlacement(d->windowId);
        if (placement.visibility == x11::WindowVisibility::Gone) {
            fail(Error::NoDevice,
                 tr("Window 0x%1 not found; it may have been closed.").arg(d->windowId, 0, 16));
            return;
        }
        bounds = QRect(QPoint(0, 0), placement.geometry.size());
    }
    if (!d->region.isEmpty() && !bounds.isEmpty() && !bounds.intersects(d->region)) {
        fail(Error::NoDevice, tr("The region %1,%2 %3×%4 lies outside what is shared (%5×%6).")
                                      .arg(d->region.x())
                                      .arg(d->region.y())
                                      .arg(d->region.width())
                                      .arg(d->region.height())
                                      .arg(bounds.width())
                                      .arg(bounds.height()));
        return;
    }
    setState(State::Active);
}

void ScreenSource::stop()
{
    if (state() != State::Failed)
        setState(State::Idle);
}

void ScreenSource::requestFrame()
{
    if (state() != State::Active)
        return;
    const qint64 timestampMs = nowMs();
    QPixmap pixmap;
    if (d->target == Target::Screen) {
        QScreen *screen = screenAt(d->screenIndex);
        if (!screen) {
            fail(Error::NoDevice, tr("The shared screen was disconnected."));
            return;
        }
        QRect area = QRect(QPoint(0, 0), screen->geometry().size());
        if (!d->region.isEmpty())
            area &= d->region;
        pixmap = screen->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    } else {
        const x11::WindowPlacement placement = x11::windowPlacement(d->windowId);
        if (placement.visibility == x11::WindowVisibility::Gone) {
            fail(Error::NoDevice, tr("The shared window was closed."));
            return;
        }
        if (placement.visibility == x11::WindowVisibility::Hidden) {
            // Minimised or on another desktop: nothing to show, but it may come back.
            if (!d->hiddenReported)
                qCInfo(lcVideo) << "shared window is not visible; no frames until it is";
            d->hiddenReported = true;
            return;
        }
        d->hiddenReported = false;
        QScreen *screen = QGuiApplication::screenAt(placement.geometry.center());
        if (!screen)
            screen = QGuiApplication::primaryScreen();
        QRect area = QRect(QPoint(0, 0), placement.geometry.size());
        if (!d->region.isEmpty())
            area &= d->region;
        if (screen)
            pixmap = screen->grabWindow(WId(d->windowId), area.x(), area.y(), area.width(),
                                        area.height());
    }
    if (pixmap.isNull()) {
        fail(Error::CaptureFailed,
             tr("The platform returned no picture for %1.").arg(description()));
        return;
    }
    CapturedFrame frame;
    frame.image = pixmap.toImage();
    frame.timestampMs = timestampMs;
    Q_EMIT frameCaptured(frame);
}

} // namespace livedesk::video
