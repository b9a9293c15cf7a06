// DesktopIntegration with QtGui: QClipboard, QDesktopServices and, on Linux, desktop
// notifications through org.freedesktop.Notifications on the session bus. Needs a
// QGuiApplication; lives on the GUI thread.
#pragma once

#include "tools/desktopintegration.h"

#include <QObject>

namespace livedesk::tools {

class QtDesktopIntegration : public QObject, public DesktopIntegration
{
    Q_OBJECT

public:
    explicit QtDesktopIntegration(QObject *parent = nullptr);
    ~QtDesktopIntegration() override;

    std::optional<QString> clipboardText(QString *error) override;
    // Checks that the clipboard really took the text, and tries again while an X server refuses.
    void setClipboardText(const QString &text, ClipboardWriteCallback done) override;
    bool openUrl(const QUrl &url, QString *error) override;
    // Asynchronous: D-Bus where there is a notification service, else notificationRequested().
    void showNotification(const QString &title, const QString &body) override;

    // Whether notifications can go over D-Bus in this build (Linux with QtDBus).
    static bool hasDBusNotifications();

Q_SIGNALS:
    // No notification service answered (or none exists on this platform): the app shows it.
    void notificationRequested(const QString &title, const QString &body);
    // The notification server accepted it (D-Bus), with the id it gave.
    void notificationShown(uint id);

private:
    void writeClipboard(const QString &text, ClipboardWriteCallback done, int attempt);
};

} // namespace livedesk::tools
