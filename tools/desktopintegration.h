// What the built-in tools need from the desktop: the clipboard, opening URLs, notifications.
// The engine stays UI-free: tools/desktop/ implements this with QtGui (livedesk_tools_desktop),
// and the app hands it to BuiltinTools. Called on the dispatcher's thread, which in the app is
// the GUI thread; implementations must not block it.
#pragma once

#include "session/protocol/types.h"

#include <QSize>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace livedesk::tools {

// Runs once, on the caller's thread, now or later: an empty error means the text is on the
// clipboard.
using ClipboardWriteCallback = std::function<void(const QString &error)>;

class DesktopIntegration
{
public:
    virtual ~DesktopIntegration() = default;

    virtual std::optional<QString> clipboardText(QString *error) = 0;
    // Asynchronous, because the desktop may refuse a first attempt that a later one wins.
    virtual void setClipboardText(const QString &text, ClipboardWriteCallback done) = 0;
    virtual bool openUrl(const QUrl &url, QString *error) = 0;
    virtual void showNotification(const QString &title, const QString &body) = 0;
};

// One picture of the screen for take_screenshot, encoded by whoever took it (the video engine
// makes JPEG frames).
struct ScreenFrame
{
    protocol::Blob image; // e.g. image/jpeg
    QSize size;
    QString error; // set when no frame could be taken
};

using ScreenFrameCallback = std::function<void(const ScreenFrame &frame)>;
// Asks the app for the current screen; the callback runs once, on the caller's thread, now or
// later.
using ScreenFrameProvider = std::function<void(ScreenFrameCallback reply)>;

} // namespace livedesk::tools
