// Screen and window capture on a real X server (Xvfb from scripts/test-env.sh, DISPLAY :97):
// a window of our own paints four coloured quadrants; grabbing the screen gives a frame of the
// screen's size with those colours where the window is; a region, a listed window, and the whole
// engine path give the same picture; missing screens, windows and regions fail clearly.
#include "tests/video/videotestutil.h"
#include "video/screensource.h"
#include "video/videoengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRasterWindow>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace livedesk::video;
using namespace livedesk::video::test;
using namespace Qt::StringLiterals;

namespace {

const QRect kWindowGeometry(100, 80, 400, 300);

class PatternWindow : public QRasterWindow
{
protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const int w = width() / 2;
        const int h = height() / 2;
        painter.fillRect(0, 0, w, h, Qt::red);
        painter.fillRect(w, 0, width() - w, h, Qt::green);
        painter.fillRect(0, h, w, height() - h, Qt::blue);
        painter.fillRect(w, h, width() - w, height() - h, Qt::yellow);
    }
};

bool near(QColor actual, QColor expected)
{
    return std::abs(actual.red() - expected.red()) < 40
           && std::abs(actual.green() - expected.green()) < 40
           && std::abs(actual.blue() - expected.blue()) < 40;
}

// The four quadrant colours of a picture of the window placed at `origin` (scaled by `scale`).
bool showsPattern(const QImage &image, QPoint origin, double scale = 1.0)
{
    const auto at = [&](int x, int y) {
        return image.pixelColor(int((origin.x() + x) * scale), int((origin.y() + y) * scale));
    };
    return near(at(100, 75), Qt::red) && near(at(300, 75), Qt::green)
           && near(at(100, 225), Qt::blue) && near(at(300, 225), Qt::yellow);
}

std::optional<CapturedFrame> grab(ScreenSource &source)
{
    QSignalSpy frames(&source, &FrameSource::frameCaptured);
    source.requestFrame();
    if (frames.isEmpty())
        return std::nullopt;
    return frames.first().at(0).value<CapturedFrame>();
}

} // namespace

class tst_ScreenSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void grabsTheWholeScreen();
    void grabsARegion();
    void listsAndGrabsAWindow();
    void engineSendsTheScreen();
    void missingTargetsFailClearly_data();
    void missingTargetsFailClearly();
    void hiddenThenClosedWindow();
    void cleanupTestCase();

private:
    std::unique_ptr<PatternWindow> m_window;
    QString m_title;
};

void tst_ScreenSource::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    m_title = u"LiveDesk capture test %1"_s.arg(QCoreApplication::applicationPid());
    m_window = std::make_unique<PatternWindow>();
    m_window->setTitle(m_title);
    m_window->setGeometry(kWindowGeometry);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The X server shows what was painted once the flush reaches it.
    ScreenSource probe;
    probe.start();
    QTRY_VERIFY_WITH_TIMEOUT(showsPattern(grab(probe).value_or(CapturedFrame {}).image,
                                          m_window->position()),
                             5'000);
}

void tst_ScreenSource::grabsTheWholeScreen()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QList<ScreenInfo> screens = ScreenSource::availableScreens();
    QVERIFY(!screens.isEmpty());
    QCOMPARE(screens.first().sizePx, screen->geometry().size() * screen->devicePixelRatio());

    ScreenSource source;
    source.setScreen(0);
    source.start();
    QCOMPARE(source.state(), FrameSource::State::Active);
    const std::optional<CapturedFrame> frame = grab(source);
    QVERIFY(frame);
    QCOMPARE(frame->image.size(), screens.first().sizePx);
    // Not blank: the window's colours stand out from the empty root window.
    cv::Mat grey;
    cv::cvtColor(wrapImage(frame->image).mat, grey, cv::COLOR_BGRA2GRAY);
    cv::Scalar mean, stddev;
    cv::meanStdDev(grey, mean, stddev);
    QVERIFY2(stddev[0] > 5.0, qPrintable(u"stddev %1"_s.arg(stddev[0])));
    QVERIFY(showsPattern(frame->image, m_window->position()));
    QVERIFY(source.description().contains(u"Screen 0"_s));
}

void tst_ScreenSource::grabsARegion()
{
    ScreenSource source;
    source.setRegion(m_window->geometry());
    source.start();
    const std::optional<CapturedFrame> frame = grab(source);
    QVERIFY(frame);
    QCOMPARE(frame->image.size(), kWindowGeometry.size());
    QVERIFY(showsPattern(frame->image, {0, 0}));
}

void tst_ScreenSource::listsAndGrabsAWindow()
{
    QString why;
    const QList<WindowInfo> windows = ScreenSource::availableWindows(&why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const auto it = std::find_if(windows.begin(), windows.end(),
                                 [&](const WindowInfo &w) { return w.title == m_title; });
    QVERIFY2(it != windows.end(), "our window is not listed");
    QCOMPARE(it->id, quint64(m_window->winId()));
    QCOMPARE(it->geometry, m_window->geometry());

    ScreenSource source;
    source.setWindow(it->id);
    source.start();
    QCOMPARE(source.state(), FrameSource::State::Active);
    const std::optional<CapturedFrame> frame = grab(source);
    QVERIFY(frame);
    QCOMPARE(frame->image.size(), kWindowGeometry.size());
    QVERIFY(showsPattern(frame->image, {0, 0}));

    // A region of the window: its bottom-right quarter only.
    ScreenSource quarter;
    quarter.setWindow(it->id);
    quarter.setRegion(QRect(200, 150, 200, 150));
    quarter.start();
    const std::optional<CapturedFrame> part = grab(quarter);
    QVERIFY(part);
    QCOMPARE(part->image.size(), QSize(200, 150));
    QVERIFY(near(part->image.pixelColor(100, 75), Qt::yellow));
}

void tst_ScreenSource::engineSendsTheScreen()
{
    ScreenSource source;
    VideoEngine engine;
    engine.setSource(&source);
    QSignalSpy encoded(&engine, &VideoEngine::frameEncoded);
    engine.start();
    QVERIFY(encoded.wait(3'000));
    const auto frame = encoded.first().at(0).value<EncodedFrame>();
    const QSize screenPx = ScreenSource::availableScreens().first().sizePx;
    QCOMPARE(frame.sizePx, scaledSize(screenPx, 1024));
    const QImage decoded = matToImage(decodeJpeg(frame.jpeg));
    QCOMPARE(decoded.size(), frame.sizePx);
    QVERIFY(showsPattern(decoded, m_window->position(),
                         double(frame.sizePx.width()) / screenPx.width()));
    engine.stop();
}

void tst_ScreenSource::missingTargetsFailClearly_data()
{
    QTest::addColumn<int>("screen");
    QTest::addColumn<quint64>("window");
    QTest::addColumn<QRect>("region");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a screen that does not exist")
            << 9 << quint64(0) << QRect() << u"Screen 9 not found"_s;
    QTest::newRow("a window that does not exist")
            << -1 << quint64(0x7ffffff0) << QRect() << u"not found"_s;
    QTest::newRow("a region beside the screen")
            << 0 << quint64(0) << QRect(5000, 5000, 10, 10) << u"lies outside"_s;
}

void tst_ScreenSource::missingTargetsFailClearly()
{
    QFETCH(int, screen);
    QFETCH(quint64, window);
    QFETCH(QRect, region);
    QFETCH(QString, expected);

    ScreenSource source;
    if (window)
        source.setWindow(window);
    else
        source.setScreen(screen);
    source.setRegion(region);
    QSignalSpy errors(&source, &FrameSource::errorOccurred);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"failed:"_s));
    source.start();
    QCOMPARE(source.state(), FrameSource::State::Failed);
    QCOMPARE(source.error(), FrameSource::Error::NoDevice);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(source.errorString().contains(expected), qPrintable(source.errorString()));
    QVERIFY(!grab(source));
}

void tst_ScreenSource::hiddenThenClosedWindow()
{
    auto window = std::make_unique<PatternWindow>();
    window->setTitle(u"LiveDesk short-lived window"_s);
    window->setGeometry(600, 500, 200, 100);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ScreenSource source;
    source.setWindow(window->winId());
    source.start();
    QVERIFY(grab(source));

    // Hidden (minimised, another desktop): no frames, but sharing goes on.
    window->hide();
    QTRY_VERIFY(!grab(source));
    QCOMPARE(source.state(), FrameSource::State::Active);

    // Closed: the source fails and says so.
    window.reset();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"was closed"_s));
    QTRY_VERIFY((source.requestFrame(), source.state() == FrameSource::State::Failed));
    QCOMPARE(source.error(), FrameSource::Error::NoDevice);
    QVERIFY(source.errorString().contains(u"closed"_s));
}

void tst_ScreenSource::cleanupTestCase()
{
    m_window.reset();
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr, "tst_screensource needs an X display: run '. scripts/test-env.sh "
                             "start' (Xvfb on :97) or xvfb-run -a\n");
        return 1;
    }
    QGuiApplication app(argc, argv);
    tst_ScreenSource test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screensource.moc"
