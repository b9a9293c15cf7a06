// The window by keyboard alone (issue 18): Tab reaches the page rail and every page, and in
// History the list of past conversations, which the arrows and Return open; the Talk button
// shows a clear focus ring; a control reached inside a scrolled page is scrolled into view.
#include "guitestsupport.h"
#include "tests/audiotestmain.h"

#include "app/gui/historymodels.h"
#include "app/gui/transcriptmodel.h"

#include <functional>

using namespace livedesk;
using namespace Qt::StringLiterals;

class tst_Keyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void railAndHistoryByTab();
    void talkButtonShowsFocus();
    void focusedControlIsScrolledIntoView();
    void cleanupTestCase();

private:
    QQuickItem *focusItem() const { return m_gui.window()->activeFocusItem(); }
    // Presses Tab until `matches` holds for the focus item; false after `maxTabs`.
    bool tabUntil(const std::function<bool(QQuickItem *)> &matches, int maxTabs = 120,
                  int *tabs = nullptr);
    QString currentPage() const { return m_gui.window()->property("currentPage").toString(); }

    test::GuiFixture m_gui;
    QStringList m_visited; // the focus items the last tabUntil() went through
};

bool tst_Keyboard::tabUntil(const std::function<bool(QQuickItem *)> &matches, int maxTabs, int *tabs)
{
    m_visited.clear();
    for (int i = 1; i <= maxTabs; ++i) {
        QTest::keyClick(m_gui.window(), Qt::Key_Tab);
        QQuickItem *item = focusItem();
        m_visited << (item ? QString::fromLatin1(item->metaObject()->className()) + u':'
                                      + item->objectName()
                           : u"none"_s);
        if (item && matches(item)) {
            if (tabs)
                *tabs = i;
            return true;
        }
    }
    return false;
}

void tst_Keyboard::initTestCase()
{
    // The demo backend: no welcome page asking for a key.
    QVERIFY(m_gui.start({{u"backend"_s, u"demo"_s}, {u"talkMode"_s, u"push-to-talk"_s}}, 16.0));
    // One conversation in the history to open by keyboard.
    app::AppController *c = m_gui.controller.get();
    c->startDemo();
    QTRY_VERIFY_WITH_TIMEOUT(c->conversation()->state() == app::AppController::SessionState::Live,
                             15000);
    QVERIFY(c->sendText(u"Hello"_s));
    QTRY_VERIFY_WITH_TIMEOUT(c->transcript()->count() >= 2
                                     && c->transcriptRecord()->items().constLast().complete,
                             20000);
    c->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!c->conversation()->isActive(), 10000);
    QVERIFY(c->history()->rowCount() >= 1);
    m_gui.window()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_gui.window()));
}

void tst_Keyboard::railAndHistoryByTab()
{
    for (const QString &page : {u"conversation"_s, u"history"_s, u"settings"_s}) {
        QVERIFY2(tabUntil([&](QQuickItem *item) { return item->objectName() == u"page-"_s + page; }),
                 qPrintable(page));
        QTest::keyClick(m_gui.window(), Qt::Key_Return);
        QTRY_COMPARE(currentPage(), page);
    }
    QVERIFY(tabUntil([](QQuickItem *item) { return item->objectName() == u"page-history"_s; }));
    QTest::keyClick(m_gui.window(), Qt::Key_Space);
    QTRY_COMPARE(currentPage(), u"history"_s);

    // The list of past conversations is one Tab stop; Return opens the current one.
    // The focus goes to the list's current row (the list is a focus scope).
    const auto inHistoryList = [](QQuickItem *item) {
        for (; item; item = item->parentItem()) {
            if (item->objectName() == u"historyList"_s)
                return true;
        }
        return false;
    };
    QVERIFY2(tabUntil(inHistoryList), qPrintable(m_visited.join(u", "_s)));
    QQuickItem *list = focusItem();
    while (list->objectName() != u"historyList"_s)
        list = list->parentItem();
    QCOMPARE(list->property("currentIndex").toInt(), 0);
    QCOMPARE(m_gui.controller->historySession()->sessionId(), 0);
    QTest::keyClick(m_gui.window(), Qt::Key_Return);
    QTRY_COMPARE(m_gui.controller->historySession()->sessionId(),
                 m_gui.controller->history()->sessionIdAt(0));
}

void tst_Keyboard::talkButtonShowsFocus()
{
    m_gui.controller->navigate(u"conversation"_s);
    QTRY_COMPARE(currentPage(), u"conversation"_s);
    QVERIFY(tabUntil([](QQuickItem *item) { return item->objectName() == u"page-conversation"_s; }));
    int tabs = 0;
    QVERIFY2(tabUntil([](QQuickItem *item) { return item->inherits("QQuickRoundButton"); }, 60,
                      &tabs),
             qPrintable(m_visited.join(u", "_s)));
    qInfo("Talk is %d Tab presses after the rail's Conversation entry", tabs);
    QVERIFY2(tabs <= 12, qPrintable(QString::number(tabs)));
    QQuickItem *ring = nullptr;
    for (QQuickItem *child : focusItem()->childItems()) {
        if (child->objectName() == u"focusRing"_s)
            ring = child;
    }
    QVERIFY(ring);
    QVERIFY(ring->isVisible());
    // Moving on hides it.
    QQuickItem *talk = focusItem();
    QTest::keyClick(m_gui.window(), Qt::Key_Tab);
    QVERIFY(focusItem() != talk);
    QVERIFY(!ring->isVisible());
}

void tst_Keyboard::focusedControlIsScrolledIntoView()
{
    // "Talking", in an 800 × 600 window: longer than the window.
    m_gui.window()->resize(800, 600);
    QTRY_COMPARE(m_gui.window()->height(), 600);
    m_gui.controller->navigate(u"settings"_s, u"talking"_s);
    QTRY_COMPARE(currentPage(), u"settings"_s);
    QVERIFY(tabUntil([](QQuickItem *item) { return item->objectName() == u"page-settings"_s; }));
    // Every stop inside a scrolled area is within its visible part.
    int scrolledStops = 0;
    qreal deepest = 0;
    QStringList visited;
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(m_gui.window(), Qt::Key_Tab);
        QQuickItem *item = focusItem();
        QVERIFY(item);
        visited << QString::fromLatin1(item->metaObject()->className()) + u':' + item->objectName();
        if (item->objectName().startsWith(u"page-"_s))
            break; // round the window once
        QQuickItem *flickable = item->parentItem();
        while (flickable
               && !(flickable->inherits("QQuickFlickable")
                    && !flickable->inherits("QQuickItemView")))
            flickable = flickable->parentItem();
        if (!flickable)
            continue;
        ++scrolledStops;
        const QRectF rect = item->mapRectToItem(flickable, item->boundingRect());
        deepest = std::max(deepest, flickable->property("contentY").toReal());
        QVERIFY2(rect.bottom() > 0 && rect.top() < flickable->height(),
                 qPrintable(u"%1 at %2..%3 of %4"_s
                                    .arg(QString::fromLatin1(item->metaObject()->className()))
                                    .arg(rect.top())
                                    .arg(rect.bottom())
                                    .arg(flickable->height())));
    }
    QVERIFY2(scrolledStops >= 6, qPrintable(visited.join(u", "_s)));
    // The page is longer than the window: reaching its end scrolled it.
    QVERIFY(deepest > 0);
}

void tst_Keyboard::cleanupTestCase()
{
    m_gui.shutdown();
}

LIVEDESK_AUDIO_TEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
