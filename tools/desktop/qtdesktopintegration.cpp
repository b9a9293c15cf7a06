#include "tools/desktop/qtdesktopintegration.h"

#include "tools/logging.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

#ifdef LIVEDESK_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

using namespace Qt::StringLiterals;

namespace livedesk::tools {

QtDesktopIntegration::QtDesktopIntegration(QObject *parent)
    : QObject(parent)
{ }

QtDesktopIntegration::~QtDesktopIntegration() = default;

std::optional<QString> QtDesktopIntegration::clipboardText(QString *error)
{
    if (!qGuiApp) {
        if (error)
            *error = u"there is no desktop session"_s;
        return std::nullopt;
    }
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}

bool QtDesktopIntegration::setClipboardText(const QString &text, QString *error)
{
    if (!qGuiApp) {
        if (error)
            *error = u"there is no desktop session"_s;
        return false;
    }
    QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
    return true;
}

bool QtDesktopIntegration::openUrl(const QUrl &url, QString *error)
{
    if (!qGuiApp) {
        if (error)
            *error = u"there is no desktop session"_s;
        return false;
    }
    if (!QDesktopServices::openUrl(url)) {
        if (error)
            *error = u"no application to open it is set up"_s;
        return false;
    }
    return true;
}

bool QtDesktopIntegration::hasDBusNotifications()
{
#ifdef LIVEDESK_HAVE_QTDBUS
    return true;
#else
    return false;
#endif
}

void QtDesktopIntegration::showNotification(const QString &title, const QString &body)
{
#ifdef LIVEDESK_HAVE_QTDBUS
    // A private connection to the bus the environment names at this moment. Qt 6.8 remembers
    // the session bus address from its first use (its platform theme asks the portal at start),
    // so the address is read here rather than left to QDBusConnection::SessionBus.
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    QDBusConnection bus = address.isEmpty()
                                  ? QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                                  u"livedesk-tools-notifications"_s)
                                  : QDBusConnection::connectToBus(address,
                                                                  u"livedesk-tools-notifications"_s);
    if (bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
                                                           u"/org/freedesktop/Notifications"_s,
                                                           u"org.freedesktop.Notifications"_s,
                                                           u"Notify"_s);
        call << u"LiveDesk"_s << uint(0) << u"livedesk"_s << title << body << QStringList()
             << QVariantMap() << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, body] {
            watcher->deleteLater();
            const QDBusPendingReply<uint> reply = *watcher;
            if (reply.isError()) {
                qCInfo(lcTools).noquote()
                        << "no desktop notification service:" << reply.error().message();
                Q_EMIT notificationRequested(title, body);
                return;
            }
            Q_EMIT notificationShown(reply.value());
        });
        return;
    }
#endif
    Q_EMIT notificationRequested(title, body);
}

} // namespace livedesk::tools
