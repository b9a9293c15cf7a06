// X11 window listing for ScreenSource (private). Uses the xcb connection of Qt's xcb platform;
// every function fails cleanly (empty result, reason set) anywhere else.
#pragma once

#include "video/screensource.h"

namespace livedesk::video::x11 {

QList<WindowInfo> listWindows(QString *error);
enum class WindowVisibility { Gone, Hidden, Visible };
struct WindowPlacement
{
    WindowVisibility visibility = WindowVisibility::Gone;
    QRect geometry; // root coordinates, device pixels; set when Visible
};
WindowPlacement windowPlacement(quint64 windowId);

} // namespace livedesk::video::x11
