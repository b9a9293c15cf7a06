// The QtGui side of the built-in tools, on a real X server (Xvfb) and a real D-Bus: the clipboard
// round-trips with another X client (xclip), read_clipboard and write_clipboard work through the
// dispatcher, open_url goes through QDesktopServices, and timers end in a desktop notification
// over org.freedesktop.Notifications (served by this test on a private bus).
#include "tools/builtintools.h"
#include "tools/desktop/qtdesktopintegration.h"
#include "tools/tooldispatcher.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace livedesk::tools;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(livedesk::protocol::ToolResponse)

// What a notification daemon would show, recorded.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList shown; // "app|summary|body"

public Q_SLOTS:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeoutMs)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeoutMs)
        shown.append(app + u'|' + summary + u'|' + body);
        return uint(shown.size());
    }
};

// Receives what QDesktopServices would hand to the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class tst_DesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clipboardRoundTripWithAnotherXClient();
    void clipboardToolsThroughDispatcher();
    void clipboardWriteWinsOverACopyNotYetSeen();
    void openUrlGoesToDesktopServices();
    void notificationWithoutServiceFallsBackToApp();
    void timerEndsInDesktopNotification();

private:
    // Whether this process handles X events while xclip runs. LeftQueued only for what this
    // process does not serve.
    enum class XEvents { Handled, LeftQueued };
    static QByteArray xclip(const QStringList &args, const QByteArray &input = {},
                            XEvents events = XEvents::Handled);
    static QString writeClipboard(QtDesktopIntegration *desktop, const QString &text);
    QProcess m_bus;
    QString m_busAddress;
};

void tst_DesktopIntegration::initTestCase()
{
    qRegisterMetaType<ToolResponse>();
    if (QGuiApplication::platformName() != "xcb"_L1)
        QFAIL("needs the xcb platform on an X server: run '. scripts/test-env.sh start' first "
              "(it starts Xvfb on :97 and exports DISPLAY)");
    if (QStandardPaths::findExecutable(u"xclip"_s).isEmpty())
        QFAIL("xclip is not installed (scripts/install-deps.sh installs it)");

    // A private session bus, so the test neither needs nor disturbs a desktop's own.
    m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY2(m_bus.waitForStarted(5000), "dbus-daemon is not installed");
    QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 5000);
    m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
    QVERIFY(!m_busAddress.isEmpty());
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
}

void tst_DesktopIntegration::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(u"notification-server"_s);
    QDBusConnection::disconnectFromBus(u"livedesk-tools-notifications"_s);
    m_bus.terminate();
    m_bus.waitForFinished(5000);
}

QByteArray tst_DesktopIntegration::xclip(const QStringList &args, const QByteArray &input,
                                         XEvents events)
{
    QProcess process;
    process.start(u"xclip"_s, args);
    if (!process.waitForStarted(5000))
        return "<xclip did not start>";
    process.write(input);
    process.closeWriteChannel();
    if (events == XEvents::LeftQueued) {
        // QProcess's blocking wait runs no event loop, so this process could not serve xclip.
        if (!process.waitForFinished(10000))
            return "<xclip timed out>";
        return process.readAllStandardOutput();
    }
    // xclip talks to this process's clipboard owner, so the event loop must keep running.
    QSignalSpy finished(&process, &QProcess::finished);
    if (finished.isEmpty() && !finished.wait(10000))
        return "<xclip timed out>";
    return process.readAllStandardOutput();
}

// Returns the error the write ended with, empty when the text is on the clipboard.
QString tst_DesktopIntegration::writeClipboard(QtDesktopIntegration *desktop, const QString &text)
{
    std::optional<QString> result;
    desktop->setClipboardText(text, [&result](const QString &error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return u"<the write never ended>"_s;
    return *result;
}

void tst_DesktopIntegration::clipboardRoundTripWithAnotherXClient()
{
    QtDesktopIntegration desktop;
    QString error;
    // LiveDesk writes, another X client reads.
    QCOMPARE(writeClipboard(&desktop, u"Grüße from LiveDesk"_s), QString());
    QCOMPARE(QString::fromUtf8(xclip({u"-selection"_s, u"clipboard"_s, u"-o"_s})),
             u"Grüße from LiveDesk"_s);
    // Another X client writes, LiveDesk reads.
    xclip({u"-selection"_s, u"clipboard"_s, u"-i"_s}, "copied in another program");
    QTRY_COMPARE_WITH_TIMEOUT(desktop.clipboardText(&error).value_or(QString()),
                              u"copied in another program"_s, 5000);
}

void tst_DesktopIntegration::clipboardToolsThroughDispatcher()
{
    QtDesktopIntegration desktop;
    ToolRegistry registry;
    BuiltinTools builtins;
    builtins.setDesktopIntegration(&desktop);
    QVERIFY(builtins.registerTools(&registry));
    ToolDispatcher dispatcher(&registry);
    ConfirmationPolicy policy;
    policy.applyAnswer(u"write_clipboard"_s, ConfirmationAnswer::AllowForSession);
    policy.applyAnswer(u"read_clipboard"_s, ConfirmationAnswer::AllowForSession);
    dispatcher.setConfirmationPolicy(&policy);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);

    dispatcher.handleToolCall(
            ToolCall {{FunctionCall {u"w"_s, u"write_clipboard"_s,
                                     QJsonObject {{u"text"_s, u"from the model"_s}}}}});
    QTRY_COMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).at(0).value<ToolResponse>().functionResponses[0].response,
             (QJsonObject {{u"output"_s, u"copied 14 characters"_s}}));
    QCOMPARE(QString::fromUtf8(xclip({u"-selection"_s, u"clipboard"_s, u"-o"_s})),
             u"from the model"_s);

    xclip({u"-selection"_s, u"clipboard"_s, u"-i"_s}, "the user copied this");
    // xclip hands the selection to a child that serves it: wait until it does.
    QTRY_COMPARE(QString::fromUtf8(xclip({u"-selection"_s, u"clipboard"_s, u"-o"_s})),
                 u"the user copied this"_s);
    dispatcher.handleToolCall(ToolCall {{FunctionCall {u"r"_s, u"read_clipboard"_s, {}}}});
    QTRY_COMPARE(responses.size(), 2);
    QCOMPARE(responses.at(1).at(0).value<ToolResponse>().functionResponses[0].response,
             (QJsonObject {{u"output"_s, u"the user copied this"_s}}));
}

// Stop 28's CI caught write_clipboard saying "copied" while the X server had kept the
// selection with another program: Qt stamps the request with the last X event it handled, and
// the server ignores an owner older than the selection's last change. Here the other program's
// copy is made and served while this process handles no events, so the first attempt is refused
// every time (Qt warns), and the write has to win on a later one.
void tst_DesktopIntegration::clipboardWriteWinsOverACopyNotYetSeen()
{
    QtDesktopIntegration desktop;
    xclip({u"-selection"_s, u"clipboard"_s, u"-i"_s}, "an earlier copy");
    QTRY_COMPARE(QString::fromUtf8(xclip({u"-selection"_s, u"clipboard"_s, u"-o"_s})),
                 u"an earlier copy"_s);

    xclip({u"-selection"_s, u"clipboard"_s, u"-i"_s}, "copied just now", XEvents::LeftQueued);
    // xclip's child takes the selection after its parent exits: wait for it, still without
    // handling events.
    QDeadlineTimer deadline(10000);
    QByteArray served;
    while (served != "copied just now" && !deadline.hasExpired())
        served = xclip({u"-selection"_s, u"clipboard"_s, u"-o"_s}, {}, XEvents::LeftQueued);
    QCOMPARE(served, QByteArray("copied just now"));

    QTest::ignoreMessage(QtWarningMsg,
                         "QXcbClipboard::setMimeData: Cannot set X11 selection owner");
    QCOMPARE(writeClipboard(&desktop, u"from the model"_s), QString());
    QCOMPARE(QString::fromUtf8(xclip({u"-selection"_s, u"clipboard"_s, u"-o"_s})),
             u"from the model"_s);
}

void tst_DesktopIntegration::openUrlGoesToDesktopServices()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    QtDesktopIntegration desktop;
    ToolRegistry registry;
    BuiltinTools builtins;
    builtins.setDesktopIntegration(&desktop);
    QVERIFY(builtins.registerTools(&registry));
    ToolDispatcher dispatcher(&registry);
    auto policy = ConfirmationPolicy::fromApproveToolsOption(u"open_url");
    dispatcher.setConfirmationPolicy(&*policy);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {
            {FunctionCall {u"o"_s, u"open_url"_s,
                           QJsonObject {{u"url"_s, u"https://example.com/docs?q=1"_s}}}}});
    QTRY_COMPARE(responses.size(), 1);
    QCOMPARE(catcher.opened, QList<QUrl> {QUrl(u"https://example.com/docs?q=1"_s)});
    QCOMPARE(responses.at(0).at(0).value<ToolResponse>().functionResponses[0].response,
             (QJsonObject {{u"output"_s, u"opened https://example.com/docs?q=1 in the browser"_s}}));
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void tst_DesktopIntegration::notificationWithoutServiceFallsBackToApp()
{
    if (!QtDesktopIntegration::hasDBusNotifications())
        QSKIP("built without QtDBus: notifications always go through the app");
    QtDesktopIntegration desktop;
    QSignalSpy requested(&desktop, &QtDesktopIntegration::notificationRequested);
    desktop.showNotification(u"LiveDesk timer"_s, u"nobody listens"_s);
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.constFirst().at(1).toString(), u"nobody listens"_s);
}

void tst_DesktopIntegration::timerEndsInDesktopNotification()
{
    if (!QtDesktopIntegration::hasDBusNotifications())
        QSKIP("built without QtDBus: notifications always go through the app");
    QDBusConnection serverBus = QDBusConnection::connectToBus(m_busAddress,
                                                              u"notification-server"_s);
    QVERIFY2(serverBus.isConnected(), qPrintable(serverBus.lastError().message()));
    NotificationServer server;
    QVERIFY(serverBus.registerObject(u"/org/freedesktop/Notifications"_s, &server,
                                     QDBusConnection::ExportAllSlots));
    QVERIFY(serverBus.registerService(u"org.freedesktop.Notifications"_s));

    QtDesktopIntegration desktop;
    ToolRegistry registry;
    BuiltinTools builtins;
    builtins.setDesktopIntegration(&desktop);
    QVERIFY(builtins.registerTools(&registry));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    QSignalSpy shown(&desktop, &QtDesktopIntegration::notificationShown);
    dispatcher.handleToolCall(ToolCall {
            {FunctionCall {u"t"_s, u"set_timer"_s,
                           QJsonObject {{u"seconds"_s, 1}, {u"label"_s, u"stretch"_s}}}}});
    QTRY_COMPARE(responses.size(), 1);
    QVERIFY(shown.wait(5000));
    QCOMPARE(server.shown, QStringList {u"LiveDesk|LiveDesk timer|stretch"_s});
    serverBus.unregisterService(u"org.freedesktop.Notifications"_s);
    serverBus.unregisterObject(u"/org/freedesktop/Notifications"_s);
}

QTEST_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
