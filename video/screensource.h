// Screen and window sharing through QScreen::grabWindow(), on the GUI thread (grabs need it):
// a whole screen, one window, or a region of either. Windows are listed on X11 through xcb
// (_NET_CLIENT_LIST when a window manager keeps one, else the mapped top-level windows, which is
// what Xvfb has). Under Wayland an application cannot read the screen or other windows without
// the desktop portal (xdg-desktop-portal ScreenCast), which LiveDesk does not use yet: start()
// then fails with Error::Unsupported and says so, rather than sending black frames.
#pragma once

#include "video/framesource.h"

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <memory>

namespace livedesk::video {

struct ScreenInfo
{
    int index = 0;
    QString name;
    QRect geometry; // logical pixels, virtual desktop coordinates
    QSize sizePx; // device pixels: what a grab delivers
    bool isPrimary = false;
};

struct WindowInfo
{
    quint64 id = 0; // the native window id (X11 window)
    QString title;
    QRect geometry; // root-window coordinates, device pixels
};

class ScreenSource : public FrameSource
{
    Q_OBJECT

public:
    enum class Target { None, Screen, Window };
    Q_ENUM(Target)

    explicit ScreenSource(QObject *parent = nullptr);
    ~ScreenSource() override;

    static QList<ScreenInfo> availableScreens();
    // Top-level windows that can be shared, in stacking order where the window manager says it.
    // Empty, with the reason in `unavailableReason`, where windows cannot be listed.
    static QList<WindowInfo> availableWindows(QString *unavailableReason = nullptr);

    // Why capturing `target` cannot work in this process (for people); empty when it can.
    static QString unavailableReason(Target target);
    // The same decision from its inputs: the Qt platform name, $XDG_SESSION_TYPE and whether
    // $WAYLAND_DISPLAY is set.
    static QString unavailableReason(Target target, const QString &platformName,
                                     const QString &sessionType, bool waylandDisplaySet);

    void setScreen(int index); // index into availableScreens(); -1: the primary screen
    void setWindow(quint64 windowId);
    // A part of the screen or window, in its logical pixels; empty: all of it.
    void setRegion(const QRect &region);
    Target target() const;
    int screenIndex() const;
    quint64 windowId() const;
    QRect region() const;

    QString description() const override;

public Q_SLOTS:
    void start() override;
    void stop() override;
    void requestFrame() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace livedesk::video
