#include "app/desktop/trayicon.h"

#include "app/gui/appcontroller.h"
#include "app/gui/uilanguage.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace livedesk::app {

TrayIcon::TrayIcon(AppController *controller, QWindow *window, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        controller->setTrayAvailable(false);
        return;
    }
    m_menu = new QMenu;
    m_show = m_menu->addAction(QString(), this, &TrayIcon::toggleWindow);
    m_menu->addSeparator();
    m_talk = m_menu->addAction(QString(), controller, &AppController::toggleTalk);
    m_mute = m_menu->addAction(QString(), controller, &AppController::toggleMicrophoneMuted);
    m_mute->setCheckable(true);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString(), qApp, [controller] {
        controller->stop();
        QCoreApplication::quit();
    });

    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleWindow();
            });
    for (auto signal :
         {&ConversationView::stateChanged, &ConversationView::voiceStateChanged,
          &ConversationView::microphoneMutedChanged, &ConversationView::talkingChanged})
        connect(controller->conversation(), signal, this, &TrayIcon::update);
    connect(controller->language(), &UiLanguage::languageChanged, this, &TrayIcon::retranslate);
    if (window)
        connect(window, &QWindow::visibleChanged, this, &TrayIcon::update);
    retranslate();
    m_tray->show();
    controller->setTrayAvailable(true);
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && m_window->visibility() != QWindow::Minimized) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->requestActivate();
    }
}

void TrayIcon::retranslate()
{
    m_quit->setText(tr("Quit LiveDesk"));
    update();
}

void TrayIcon::update()
{
    if (!m_tray)
        return;
    const bool active = m_controller->conversation()->isActive();
    const bool shown = m_window && m_window->isVisible()
                       && m_window->visibility() != QWindow::Minimized;
    m_show->setText(shown ? tr("Hide window") : tr("Show window"));
    m_talk->setText(!active                                     ? tr("Start conversation")
                    : m_controller->conversation()->isTalking() ? tr("End my turn")
                                                                : tr("Talk"));
    m_mute->setText(tr("Mute microphone"));
    m_mute->setChecked(m_controller->conversation()->isMicrophoneMuted());
    m_mute->setEnabled(active);
    m_tray->setToolTip(active ? tr("LiveDesk: conversation running") : u"LiveDesk"_s);
}

} // namespace livedesk::app
