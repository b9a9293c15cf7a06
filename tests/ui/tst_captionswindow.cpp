// The captions window over everything (issue 20), in the real main window during an offline-demo
// Translator conversation (Xvfb, PulseAudio virtual devices): frameless, always on top, clicks go
// through it until it is unlocked; it shows the live translation (and the original when chosen)
// in large text, stays in mini mode, and keeps its place in the settings. A screenshot of it is
// saved to <build>/artifacts/screenshots/captions-window.png for people to look at. The mode
// picker offers what a translation listens to.
#include "guitestsupport.h"
#include "tests/audiotestmain.h"

#include "app/gui/listensources.h"
#include "app/translationcaptions.h"

#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QScreen>

using namespace livedesk;
using namespace Qt::StringLiterals;
using Controller = app::AppController;

namespace {

QQuickWindow *captionsWindow()
{
    const auto windows = QGuiApplication::topLevelWindows();
    for (QWindow *w : windows) {
        if (w->objectName() == u"captionsWindow"_s)
            return qobject_cast<QQuickWindow *>(w);
    }
    return nullptr;
}

QQuickItem *findByName(QQuickItem *root, const QString &name)
{
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == name && child->isVisible())
            return child;
        if (QQuickItem *found = findByName(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

class tst_CaptionsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheLiveTranslationOverEverything();
    void showsTheOriginalWhenChosen();
    void staysInMiniMode();
    void unlockedItTakesTheMouseAndKeepsItsPlace();
    void listenSourcesInTheModePicker();
    void cleanupTestCase();

private:
    test::GuiFixture m_gui;
    QString m_translation;
};

void tst_CaptionsWindow::initTestCase()
{
    QVERIFY(m_gui.start({{u"ui/theme"_s, u"dark"_s},
                         {u"ui/language"_s, u"en"_s},
                         {u"talkMode"_s, u"push-to-talk"_s},
                         {u"translation/target"_s, u"de-DE"_s},
                         {u"captionsWindow/shown"_s, true},
                         {u"captionsWindow/x"_s, 60},
                         {u"captionsWindow/y"_s, 700},
                         {u"captionsWindow/width"_s, 960},
                         {u"captionsWindow/height"_s, 200}},
                        8.0));
    // Only in a translation mode.
    QVERIFY(!captionsWindow() || !captionsWindow()->isVisible());
}

void tst_CaptionsWindow::showsTheLiveTranslationOverEverything()
{
    Controller *c = m_gui.controller.get();
    c->setModeId(u"translator"_s);
    c->startDemo();
    QTRY_VERIFY2_WITH_TIMEOUT(c->conversation()->state() == Controller::SessionState::Live,
                              qPrintable(c->messages()->errorTitle() + u": "_s
                                         + c->messages()->errorText()),
                              15000);
    QVERIFY(c->isTranslating());
    QTRY_VERIFY(captionsWindow() && captionsWindow()->isVisible());
    QQuickWindow *w = captionsWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->flags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(w->flags().testFlag(Qt::WindowStaysOnTopHint));
    QVERIFY(w->flags().testFlag(Qt::WindowTransparentForInput));
    QCOMPARE(w->position(), QPoint(60, 700));
    QCOMPARE(w->size(), QSize(960, 200));

    QVERIFY(c->sendText(u"Good morning, how are you?"_s));
    QTRY_VERIFY_WITH_TIMEOUT(c->captions()->rowCount() >= 1
                                     && c->captions()->pairs().constLast().complete,
                             30000);
    m_translation = c->captions()->pairs().constLast().translation;
    QVERIFY(!m_translation.isEmpty());
    QTRY_VERIFY(findByName(w->contentItem(), u"captionsTranslation"_s));
    QQuickItem *line = findByName(w->contentItem(), u"captionsTranslation"_s);
    QTRY_COMPARE(line->property("text").toString(), m_translation);
    // Large text: twice the transcript's size.
    QVERIFY(line->property("font").value<QFont>().pointSizeF() >= 20);
    QVERIFY(!findByName(w->contentItem(), u"captionsOriginal"_s)); // not chosen
    // The newest line has scrolled into view.
    QTRY_VERIFY(findByName(w->contentItem(), u"captionsLines"_s)->property("atYEnd").toBool());
    const QImage shot = w->grabWindow();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(test::screenshotDir() + u"/captions-window.png"_s));
    // The whole screen: the captions over the main window, as a person sees them.
    const QPixmap screen = QGuiApplication::primaryScreen()->grabWindow(0);
    QVERIFY(screen.save(test::screenshotDir() + u"/captions-window-screen.png"_s));
}

void tst_CaptionsWindow::showsTheOriginalWhenChosen()
{
    Controller *c = m_gui.controller.get();
    QCOMPARE(c->settings()->setValue(u"captionsWindow/original"_s, true), QString());
    QQuickWindow *w = captionsWindow();
    QTRY_VERIFY(findByName(w->contentItem(), u"captionsOriginal"_s));
    QCOMPARE(findByName(w->contentItem(), u"captionsOriginal"_s)->property("text").toString(),
             c->captions()->pairs().constLast().original);
    QTRY_VERIFY(findByName(w->contentItem(), u"captionsLines"_s)->property("atYEnd").toBool());
    QVERIFY(w->grabWindow().save(test::screenshotDir() + u"/captions-window-original.png"_s));
}

void tst_CaptionsWindow::staysInMiniMode()
{
    QObject *root = m_gui.window();
    QVERIFY(QMetaObject::invokeMethod(root, "setMiniMode", Q_ARG(QVariant, true)));
    QTRY_VERIFY(m_gui.window()->height() <= 120);
    QVERIFY(captionsWindow()->isVisible());
    QCOMPARE(findByName(captionsWindow()->contentItem(), u"captionsTranslation"_s)
                     ->property("text")
                     .toString(),
             m_translation);
    QVERIFY(QMetaObject::invokeMethod(root, "setMiniMode", Q_ARG(QVariant, false)));
    QTRY_VERIFY(m_gui.window()->height() > 400);
    QVERIFY(captionsWindow()->isVisible());
}

void tst_CaptionsWindow::unlockedItTakesTheMouseAndKeepsItsPlace()
{
    QQuickWindow *w = captionsWindow();
    QVERIFY(w->setProperty("locked", false));
    QTRY_VERIFY(!w->flags().testFlag(Qt::WindowTransparentForInput));
    w->setPosition(QPoint(220, 640));
    w->resize(QSize(800, 160));
    const auto *settings = m_gui.controller->settings();
    QTRY_COMPARE(settings->value(u"captionsWindow/x"_s).toInt(), 220);
    QTRY_COMPARE(settings->value(u"captionsWindow/y"_s).toInt(), 640);
    QTRY_COMPARE(settings->value(u"captionsWindow/width"_s).toInt(), 800);
    QTRY_COMPARE(settings->value(u"captionsWindow/height"_s).toInt(), 160);
    QVERIFY(w->setProperty("locked", true));
    QTRY_VERIFY(w->flags().testFlag(Qt::WindowTransparentForInput));
}

void tst_CaptionsWindow::listenSourcesInTheModePicker()
{
    app::ListenSourceModel *sources = m_gui.controller->listenSources();
    QVERIFY(sources->isAvailable()); // the test environment's PulseAudio
    QCOMPARE(sources->idAt(0), u"mic"_s);
    QCOMPARE(sources->idAt(1), u"system"_s);
    // An application that starts playing is offered (hot-plug, like a microphone)…
    QProcess player;
    player.start(u"pacat"_s, {u"--playback"_s, u"--client-name=Lecture recording"_s,
                              u"--device=livedesk_mic_feed"_s, u"/dev/zero"_s});
    QVERIFY(player.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(sources->indexOfId(u"app:Lecture recording"_s) >= 2, 10000);
    // …and goes when it stops.
    player.kill();
    player.waitForFinished(5000);
    QTRY_COMPARE_WITH_TIMEOUT(sources->indexOfId(u"app:Lecture recording"_s), -1, 10000);
    // The picker is in the mode picker of a translation mode, on the conversation page.
    QTRY_VERIFY(findByName(m_gui.window()->contentItem(), u"listenSource"_s));
    QQuickItem *picker = findByName(m_gui.window()->contentItem(), u"listenSource"_s);
    QTRY_COMPARE(picker->property("count").toInt(), sources->rowCount());
}

void tst_CaptionsWindow::cleanupTestCase()
{
    m_gui.shutdown();
}

LIVEDESK_AUDIO_TEST_MAIN(tst_CaptionsWindow)
#include "tst_captionswindow.moc"
