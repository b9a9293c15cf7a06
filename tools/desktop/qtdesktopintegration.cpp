#include "tools/desktop/qtdesktopintegration.h"

#include "tools/logging.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

#include <array>

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

void QtDesktopIntegration::setClipboardText(const QString &text, ClipboardWriteCallback done)
{
    if (!qGuiApp) {
        done(u"there is no desktop session"_s);
        return;
    }
    writeClipboard(text, std::move(done), 0);
}

namespace {

// Waits before each retry: together 1.6 s.
constexpr std::array kClipboardRetryMs {10, 40, 150, 400, 1000};

// Whether the clipboard now serves `data`. An X server ignores a new selection owner whose
// timestamp is older than the selection's last change, and Qt stamps the request with the last
// event it has handled; QClipboard::ownsClipboard() then still says yes, but the selection owner
// the X server reports is the other program. Asking for the mime data asks the X server who owns
// the selection, without a transfer. Other platforms take the clipboard at once.
bool clipboardHolds(const QMimeData *data)
{
    if (QGuiApplication::platformName() != "xcb"_L1)
        return true;
    return QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard) == data;
}

} // namespace

void QtDesktopIntegration::writeClipboard(const QString &text, ClipboardWriteCallback done,
                                          int attempt)
{
    auto *data = new QMimeData; // the clipboard owns it
    data->setText(text);
    QGuiApplication::clipboard()->setMimeData(data, QClipboard::Clipboard);
    if (clipboardHolds(data)) {
        done({});
        return;
    }
    if (attempt >= int(kClipboardRetryMs.size())) {
        qCWarning(lcTools) << "the desktop refused the clipboard" << attempt + 1 << "times";
        done(u"another program holds the clipboard and the desktop refused to hand it over"_s);
        return;
    }
    // The other program's change is usually still in the queue of X events. Handling it brings
    // Qt's timestamp up to date, so the next attempt wins.
    QTimer::singleShot(kClipboardRetryMs[attempt], this,
                       [this, text, done = std::move(done), attempt]() mutable {
                           writeClipboard(text, std::move(done), attempt + 1);
                       });
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
