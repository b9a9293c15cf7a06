// The system tray icon: talk, mute, show or hide the window, quit. Shown only where the desktop
// has a tray; the controller's trayAvailable tells the window whether closing may hide it.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWindow;

namespace livedesk::app {

class AppController;

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; the controller must outlive the icon.
    TrayIcon(AppController *controller, QWindow *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isVisible() const;

private:
    void update();
    void toggleWindow();
    void retranslate();

    AppController *m_controller; // not owned
    QPointer<QWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr; // child
    QMenu *m_menu = nullptr; // owned
    QAction *m_show = nullptr;
    QAction *m_talk = nullptr;
    QAction *m_mute = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace livedesk::app
