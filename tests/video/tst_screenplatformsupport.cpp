// Where screen and window sharing can work, decided from the Qt platform and the session type:
// Wayland (native or through XWayland) and display-less processes say so plainly, and a
// ScreenSource started there fails with that reason instead of sending black frames.
#include "video/screensource.h"
#include "video/videoengine.h"

#include <QSignalSpy>
#include <QTest>

using namespace livedesk::video;
using namespace Qt::StringLiterals;

class tst_ScreenPlatformSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasons_data();
    void reasons();
    void displayLessProcessRefusesToStart();
};

void tst_ScreenPlatformSupport::reasons_data()
{
    QTest::addColumn<ScreenSource::Target>("target");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("sessionType");
    QTest::addColumn<bool>("waylandDisplay");
    QTest::addColumn<QString>("expected"); // part of the reason; empty: available

    using T = ScreenSource::Target;
    QTest::newRow("X11 screen works") << T::Screen << u"xcb"_s << u"x11"_s << false << QString();
    QTest::newRow("X11 window works") << T::Window << u"xcb"_s << u"x11"_s << false << QString();
    QTest::newRow("Xvfb without a session type works")
            << T::Window << u"xcb"_s << QString() << false << QString();
    QTest::newRow("Wayland screen needs the portal")
            << T::Screen << u"wayland"_s << u"wayland"_s << true << u"desktop portal"_s;
    QTest::newRow("Wayland window needs the portal")
            << T::Window << u"wayland-egl"_s << u"wayland"_s << true
            << u"Window sharing is not available"_s;
    QTest::newRow("XWayland screen would be black")
            << T::Screen << u"xcb"_s << u"wayland"_s << true << u"XWayland"_s;
    QTest::newRow("XWayland window would be black")
            << T::Window << u"xcb"_s << QString() << true << u"XWayland"_s;
    QTest::newRow("offscreen has no display")
            << T::Screen << u"offscreen"_s << QString() << false << u"needs a display"_s;
    QTest::newRow("Windows screen works")
            << T::Screen << u"windows"_s << QString() << false << QString();
    QTest::newRow("macOS window is not supported yet")
            << T::Window << u"cocoa"_s << QString() << false << u"only supported on X11"_s;
}

void tst_ScreenPlatformSupport::reasons()
{
    QFETCH(ScreenSource::Target, target);
    QFETCH(QString, platform);
    QFETCH(QString, sessionType);
    QFETCH(bool, waylandDisplay);
    QFETCH(QString, expected);

    const QString reason = ScreenSource::unavailableReason(target, platform, sessionType,
                                                           waylandDisplay);
    if (expected.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(expected), qPrintable(reason));
}

void tst_ScreenPlatformSupport::displayLessProcessRefusesToStart()
{
    QCOMPARE(QGuiApplication::platformName(), u"offscreen"_s);
    ScreenSource source;
    QSignalSpy errors(&source, &FrameSource::errorOccurred);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a display"_s));
    source.start();
    QCOMPARE(source.state(), FrameSource::State::Failed);
    QCOMPARE(source.error(), FrameSource::Error::Unsupported);
    QCOMPARE(errors.size(), 1);

    QString why;
    QVERIFY(ScreenSource::availableWindows(&why).isEmpty());
    QVERIFY(why.contains(u"needs a display"_s));

    // Through the engine: Failed with the same reason, nothing sent.
    ScreenSource window;
    window.setWindow(0x1234);
    VideoEngine engine;
    engine.setSource(&window);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a display"_s));
    engine.start();
    QCOMPARE(engine.state(), VideoEngine::State::Failed);
    QVERIFY(engine.errorString().contains(u"needs a display"_s));
}

QTEST_MAIN(tst_ScreenPlatformSupport)
#include "tst_screenplatformsupport.moc"
