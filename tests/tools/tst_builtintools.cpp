// The built-in tools without a desktop: the current time in any IANA zone, timers, screenshots
// through the app's frame callback (the image reaches the model before the response), and what
// the desktop tools say when there is no desktop.
#include "tools/builtintools.h"
#include "tools/tooldispatcher.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace livedesk::tools;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(livedesk::protocol::ToolResponse)
Q_DECLARE_METATYPE(livedesk::protocol::Blob)

namespace {

class Harness
{
public:
    Harness()
        : dispatcher(&registry)
    {
        policy.setDefaultRule(ApprovalRule::AllowForSession);
        dispatcher.setConfirmationPolicy(&policy);
        QString error;
        if (!builtins.registerTools(&registry, BuiltinTools::allTools(), &error))
            qFatal("%s", qPrintable(error));
    }

    FunctionResponse call(const QString &name, const QJsonObject &args = {})
    {
        QSignalSpy spy(&dispatcher, &ToolDispatcher::responseReady);
        dispatcher.handleToolCall(ToolCall {{FunctionCall {u"b-1"_s, name, args}}});
        if (spy.isEmpty() && !spy.wait(10000))
            return {};
        return spy.constFirst().at(0).value<ToolResponse>().functionResponses.value(0);
    }

    ToolRegistry registry;
    BuiltinTools builtins;
    ToolDispatcher dispatcher;
    ConfirmationPolicy policy;
};

QJsonObject outputObject(const FunctionResponse &r)
{
    return r.response.value(u"output"_s).toObject();
}

} // namespace

class tst_BuiltinTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describeTime_data();
    void describeTime();
    void currentTimeThroughDispatcher();
    void unknownZoneIsAnError();
    void switchedOffToolsAreLeftOut();
    void timerFires();
    void timerRangeIsChecked();
    void screenshotGoesToModelBeforeResponse();
    void screenshotFailures();
    void desktopToolsWithoutDesktop();
    void desktopToolsAskFirst();
};

void tst_BuiltinTools::initTestCase()
{
    qRegisterMetaType<ToolResponse>();
    qRegisterMetaType<Blob>();
}

void tst_BuiltinTools::describeTime_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("weekday");
    QTest::addColumn<bool>("dst");
    const QDateTime winter(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc());
    const QDateTime summer(QDate(2026, 7, 15), QTime(12, 0), QTimeZone::utc());
    QTest::newRow("New York in winter") << winter << "America/New_York"
                                        << "2026-01-15T07:00:00-05:00"
                                        << "-05:00"
                                        << "Thursday" << false;
    QTest::newRow("New York in summer, daylight saving") << summer << "America/New_York"
                                                         << "2026-07-15T08:00:00-04:00"
                                                         << "-04:00"
                                                         << "Wednesday" << true;
    QTest::newRow("half-hour offset") << winter << "Asia/Kolkata"
                                      << "2026-01-15T17:30:00+05:30"
                                      << "+05:30"
                                      << "Thursday" << false;
    QTest::newRow("past midnight changes the date")
            << QDateTime(QDate(2026, 1, 15), QTime(23, 30), QTimeZone::utc()) << "Asia/Tokyo"
            << "2026-01-16T08:30:00+09:00"
            << "+09:00"
            << "Friday" << false;
    QTest::newRow("UTC") << winter << "UTC"
                         << "2026-01-15T12:00:00+00:00"
                         << "+00:00"
                         << "Thursday" << false;
}

void tst_BuiltinTools::describeTime()
{
    QFETCH(QDateTime, moment);
    QFETCH(QString, zone);
    QFETCH(QString, iso);
    QFETCH(QString, offset);
    QFETCH(QString, weekday);
    QFETCH(bool, dst);
    QString error;
    const auto answer = BuiltinTools::describeTime(moment, zone, &error);
    QVERIFY2(answer, qPrintable(error));
    QCOMPARE(answer->value(u"iso8601"_s).toString(), iso);
    QCOMPARE(answer->value(u"utc_offset"_s).toString(), offset);
    QCOMPARE(answer->value(u"weekday"_s).toString(), weekday);
    QCOMPARE(answer->value(u"time_zone"_s).toString(), zone);
    QCOMPARE(answer->value(u"daylight_saving_time"_s).toBool(), dst);
    QCOMPARE(answer->value(u"unix_seconds"_s).toInteger(), moment.toSecsSinceEpoch());
}

void tst_BuiltinTools::currentTimeThroughDispatcher()
{
    Harness h;
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    FunctionResponse r = h.call(u"get_current_time"_s,
                                QJsonObject {{u"time_zone"_s, u"Asia/Tokyo"_s}});
    const QJsonObject out = outputObject(r);
    QCOMPARE(out.value(u"utc_offset"_s).toString(), u"+09:00"_s);
    QVERIFY(qAbs(out.value(u"unix_seconds"_s).toInteger() - before) <= 2);
    // Without a zone: the system's own.
    r = h.call(u"get_current_time"_s);
    QVERIFY(!outputObject(r).value(u"time_zone"_s).toString().isEmpty());
    // It needs no consent (read-only) even with a policy that refuses everything.
    ConfirmationPolicy deny;
    deny.setDefaultRule(ApprovalRule::Deny);
    h.dispatcher.setConfirmationPolicy(&deny);
    QVERIFY(h.call(u"get_current_time"_s).response.contains(u"output"_s));
}

void tst_BuiltinTools::unknownZoneIsAnError()
{
    Harness h;
    const FunctionResponse r = h.call(u"get_current_time"_s,
                                      QJsonObject {{u"time_zone"_s, u"Mars/Olympus_Mons"_s}});
    QCOMPARE(r.response.value(u"error"_s).toString(),
             u"unknown time zone 'Mars/Olympus_Mons' (use an IANA name such as Europe/Paris or "
             u"America/New_York)"_s);
}

void tst_BuiltinTools::switchedOffToolsAreLeftOut()
{
    ToolRegistry registry;
    BuiltinTools builtins;
    QVERIFY(builtins.registerTools(&registry, {BuiltinTool::CurrentTime, BuiltinTool::SetTimer}));
    QCOMPARE(registry.names().size(), 6);
    QStringList offered;
    const QList<Tool> tools = registry.setupTools();
    for (const FunctionDeclaration &d : tools.constFirst().functionDeclarations)
        offered.append(d.name);
    QCOMPARE(offered, (QStringList {u"get_current_time"_s, u"set_timer"_s}));
    QVERIFY(registry.setEnabled(u"open_url"_s, true));
    QCOMPARE(registry.setupTools().constFirst().functionDeclarations.size(), 3);
}

void tst_BuiltinTools::timerFires()
{
    Harness h;
    QSignalSpy fired(&h.builtins, &BuiltinTools::timerFired);
    const FunctionResponse r = h.call(u"set_timer"_s, QJsonObject {{u"seconds"_s, 1},
                                                                   {u"label"_s, u"tea is ready"_s}});
    QCOMPARE(outputObject(r).value(u"label"_s).toString(), u"tea is ready"_s);
    QCOMPARE(outputObject(r).value(u"seconds"_s).toInt(), 1);
    QCOMPARE(h.builtins.pendingTimerCount(), 1);
    QVERIFY(fired.wait(5000));
    QCOMPARE(fired.constFirst().at(0).toString(), u"tea is ready"_s);
    QCOMPARE(h.builtins.pendingTimerCount(), 0);

    h.call(u"set_timer"_s, QJsonObject {{u"seconds"_s, 60}});
    QCOMPARE(h.builtins.pendingTimerCount(), 1);
    h.builtins.cancelTimers();
    QCOMPARE(h.builtins.pendingTimerCount(), 0);
}

void tst_BuiltinTools::timerRangeIsChecked()
{
    Harness h;
    const FunctionResponse r = h.call(u"set_timer"_s, QJsonObject {{u"seconds"_s, 0}});
    QCOMPARE(r.response.value(u"error"_s).toString(),
             u"invalid arguments for 'set_timer': argument 'seconds' must be at least 1, got 0"_s);
}

void tst_BuiltinTools::screenshotGoesToModelBeforeResponse()
{
    Harness h;
    const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a464946") + QByteArray(200, 'j');
    int requests = 0;
    h.builtins.setScreenFrameProvider([&](ScreenFrameCallback reply) {
        ++requests;
        // The video engine answers later, from its own turn of the event loop.
        QTimer::singleShot(10, [reply, jpeg] {
            reply(ScreenFrame {Blob {u"image/jpeg"_s, jpeg}, QSize(1280, 720), QString()});
        });
    });
    QList<QString> order;
    QObject::connect(&h.dispatcher, &ToolDispatcher::frameReady,
                     [&](const QString &id, const Blob &frame) {
                         order.append(u"frame "_s + id + u' ' + frame.mimeType);
                     });
    QObject::connect(&h.dispatcher, &ToolDispatcher::responseReady,
                     [&](const ToolResponse &) { order.append(u"response"_s); });
    const FunctionResponse r = h.call(u"take_screenshot"_s);
    QCOMPARE(requests, 1);
    QCOMPARE(order, (QList<QString> {u"frame b-1 image/jpeg"_s, u"response"_s}));
    QCOMPARE(r.response.value(u"output"_s).toString(),
             u"The screenshot (1280x720 image/jpeg) was sent to you as an image just before this "
             u"response."_s);
}

void tst_BuiltinTools::screenshotFailures()
{
    Harness h;
    QCOMPARE(h.call(u"take_screenshot"_s).response.value(u"error"_s).toString(),
             u"taking screenshots is not available in this session"_s);
    h.builtins.setScreenFrameProvider([](ScreenFrameCallback reply) {
        reply(ScreenFrame {{}, {}, u"screen capture permission denied"_s});
    });
    QCOMPARE(h.call(u"take_screenshot"_s).response.value(u"error"_s).toString(),
             u"could not take a screenshot: screen capture permission denied"_s);
}

void tst_BuiltinTools::desktopToolsWithoutDesktop()
{
    Harness h;
    QCOMPARE(h.call(u"read_clipboard"_s).response.value(u"error"_s).toString(),
             u"the clipboard is not available in this session"_s);
    QCOMPARE(h.call(u"write_clipboard"_s, QJsonObject {{u"text"_s, u"x"_s}})
                     .response.value(u"error"_s)
                     .toString(),
             u"the clipboard is not available in this session"_s);
    QCOMPARE(h.call(u"open_url"_s, QJsonObject {{u"url"_s, u"https://example.com/"_s}})
                     .response.value(u"error"_s)
                     .toString(),
             u"opening links is not available in this session"_s);
    // Only web links, whatever the desktop can open.
    QCOMPARE(h.call(u"open_url"_s, QJsonObject {{u"url"_s, u"file:///etc/passwd"_s}})
                     .response.value(u"error"_s)
                     .toString(),
             u"'file:///etc/passwd' is not an http:// or https:// address"_s);
}

void tst_BuiltinTools::desktopToolsAskFirst()
{
    ToolRegistry registry;
    BuiltinTools builtins;
    QVERIFY(builtins.registerTools(&registry));
    const QStringList asking {u"open_url"_s, u"read_clipboard"_s, u"write_clipboard"_s,
                              u"take_screenshot"_s};
    ConfirmationPolicy policy;
    for (const ToolSpec &spec : registry.tools()) {
        const bool asks = policy.decide(spec.declaration.name, spec.safety)
                          == ApprovalDecision::Ask;
        QCOMPARE(asks, asking.contains(spec.declaration.name));
    }
}

QTEST_GUILESS_MAIN(tst_BuiltinTools)
#include "tst_builtintools.moc"
