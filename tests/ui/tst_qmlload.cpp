// Every QML file of the LiveDesk.Ui module compiles and, created on its own against the real
// controller, logs no warning; then the whole window (Main.qml) in an offline-demo conversation
// visits every page without one. A binding to a property that does not exist, a type error or a
// missing file fails here instead of showing up as a blank area for a user. Every dialog and drawer
// of the window opens without one too: QtQuick.Dialogs loads its own FileDialog only when it opens,
// and a QML module missing on the machine (Qt.labs.folderlistmodel) showed only then.
#include "guitestsupport.h"
#include "tests/audiotestmain.h"

#include "app/transcript.h"
#include "ui/qmltypes.h"

#include <QDirIterator>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSet>
#include <QSignalSpy>

#include <functional>

using namespace livedesk;
using namespace Qt::StringLiterals;

class tst_QmlLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachFile_data();
    void eachFile();
    void mainWindowInDemo();
    void everyDialogOpens();
    void quitShortcut();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::AppController> m_controller;
    std::unique_ptr<QQmlEngine> m_engine;
    test::QmlWarnings m_warnings;
};

void tst_QmlLoad::initTestCase()
{
    QQuickStyle::setStyle(u"Material"_s);
    app::AppControllerOptions options;
    options.settings = std::make_unique<QSettings>(m_dir.filePath(u"livedesk.ini"_s),
                                                   QSettings::IniFormat);
    options.keychain = app::KeychainUse::Off;
    options.historyPath = m_dir.filePath(u"history.sqlite"_s);
    options.modesPath = m_dir.filePath(u"modes.json"_s);
    m_controller = std::make_unique<app::AppController>(std::move(options));
    m_controller->initialize();
    app::registerBuiltInPages(m_controller->pages());
    m_engine = std::make_unique<QQmlEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_s);
    ui::provideController(m_engine.get(), m_controller.get());
    m_warnings.watch(m_engine.get());
}

void tst_QmlLoad::eachFile_data()
{
    QTest::addColumn<QString>("url");
    QStringList files;
    QDirIterator it(u":/qt/qml/LiveDesk/Ui"_s, {u"*.qml"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QVERIFY2(files.size() >= 35, qPrintable(files.join(u' ')));
    for (const QString &file : std::as_const(files)) {
        const QString relative = file.mid(QStringLiteral(":/qt/qml/LiveDesk/Ui/").size());
        QTest::addRow("%s", qPrintable(relative)) << u"qrc"_s + file;
    }
}

void tst_QmlLoad::eachFile()
{
    QFETCH(QString, url);
    QQmlComponent component(m_engine.get(), QUrl(url));
    QVERIFY2(component.isReady(), qPrintable(component.errorString()));
    std::unique_ptr<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    // Deferred bindings and Component.onCompleted handlers run now.
    QCoreApplication::processEvents();
    if (auto *window = qobject_cast<QQuickWindow *>(object.get()))
        window->close();
    object.reset();
    QCoreApplication::processEvents();
    const QStringList warnings = m_warnings.take();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void tst_QmlLoad::mainWindowInDemo()
{
    test::GuiFixture gui;
    QVERIFY(gui.start({{u"talkMode"_s, u"push-to-talk"_s}}, 8.0));
    m_warnings.watch(gui.host->engine());
    gui.controller->startDemo();
    QTRY_VERIFY_WITH_TIMEOUT(gui.controller->conversation()->state()
                                     == app::AppController::SessionState::Live,
                             15000);
    // Shown and painted: the window renders a frame after the change.
    QSignalSpy painted(gui.window(), &QQuickWindow::frameSwapped);
    auto showAndPaint = [&](const QString &page) {
        painted.clear();
        gui.controller->navigate(page);
        return QTest::qWaitFor([&] { return !painted.isEmpty(); }, 10000);
    };
    // Every page, in the window, during a conversation.
    for (const QString &page : {u"history"_s, u"settings"_s, u"conversation"_s})
        QVERIFY2(showAndPaint(page), qPrintable(page));
    QVERIFY(gui.controller->sendText(u"What time is it?"_s));
    // The answer streams into the transcript (and is painted) while the conversation is live.
    auto answered = [&] {
        const app::Transcript *transcript = gui.controller->transcriptRecord();
        if (!transcript)
            return false;
        const auto &items = transcript->items();
        return std::any_of(items.begin(), items.end(), [](const app::TranscriptItem &i) {
            return i.kind == app::TranscriptItemKind::ModelTurn && !i.text.isEmpty();
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(), 20000);
    painted.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty(), 10000);
    gui.controller->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!gui.controller->conversation()->isActive(), 10000);
    QVERIFY(showAndPaint(u"history"_s));
    gui.shutdown();
    const QStringList warnings = m_warnings.take();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void tst_QmlLoad::everyDialogOpens()
{
    test::GuiFixture gui;
    QVERIFY(gui.start());
    m_warnings.watch(gui.host->engine());
    // Dialogs (QtQuick.Controls' and QtQuick.Dialogs') and drawers of every page, the pages all
    // being loaded with the window.
    // The pages are made by Loaders: their objects are reached through the visual item tree.
    QList<QObject *> dialogs;
    QSet<QObject *> seen;
    std::function<void(QObject *)> collect = [&](QObject *object) {
        if (!object || seen.contains(object))
            return;
        seen.insert(object);
        if (object->inherits("QQuickDialog") || object->inherits("QQuickDrawer")
            || object->inherits("QQuickAbstractDialog"))
            dialogs.append(object);
        for (QObject *child : object->children())
            collect(child);
        if (auto *item = qobject_cast<QQuickItem *>(object)) {
            for (QQuickItem *child : item->childItems())
                collect(child);
        }
    };
    // Dialogs and pages that are built the first time they are shown sit in inactive Loaders:
    // build them all, so that each is checked as the user would first see it.
    for (int round = 0; round < 4; ++round) {
        QList<QObject *> loaders;
        std::function<void(QObject *)> findLoaders = [&](QObject *object) {
            if (!object)
                return;
            if (object->inherits("QQuickLoader") && !object->property("active").toBool())
                loaders.append(object);
            for (QObject *child : object->children())
                findLoaders(child);
            if (auto *item = qobject_cast<QQuickItem *>(object)) {
                for (QQuickItem *child : item->childItems())
                    findLoaders(child);
            }
        };
        findLoaders(gui.window());
        if (loaders.isEmpty())
            break;
        for (QObject *loader : std::as_const(loaders))
            loader->setProperty("active", true);
        QCoreApplication::processEvents();
    }
    collect(gui.window());
    QStringList names;
    for (QObject *dialog : std::as_const(dialogs))
        names << QString::fromLatin1(dialog->metaObject()->className());
    // About, shortcuts, close, tool confirmation, screen sharing; History's export and delete;
    // the conversation's drawer.
    QVERIFY2(dialogs.size() >= 8, qPrintable(names.join(u", "_s)));
    QVERIFY2(std::any_of(dialogs.cbegin(), dialogs.cend(),
                         [](QObject *d) { return d->inherits("QQuickAbstractDialog"); }),
             qPrintable(names.join(u", "_s)));
    for (QObject *dialog : std::as_const(dialogs)) {
        QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->property("visible").toBool(),
                                  dialog->metaObject()->className(), 5000);
        QVERIFY(QMetaObject::invokeMethod(dialog, dialog->inherits("QQuickAbstractDialog")
                                                          ? "reject"
                                                          : "close"));
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog->property("visible").toBool(),
                                  dialog->metaObject()->className(), 5000);
        const QStringList warnings = m_warnings.take();
        QVERIFY2(warnings.isEmpty(),
                 qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u": "_s
                            + warnings.join(u'\n')));
    }
    gui.shutdown();
}

void tst_QmlLoad::quitShortcut()
{
    // Ctrl+Q quits (it was bound twice, as StandardKey.Quit and "Ctrl+Q": an ambiguous shortcut
    // that never fired).
    test::GuiFixture gui;
    QVERIFY(gui.start());
    QSignalSpy quit(gui.host->engine(), &QQmlEngine::quit);
    gui.window()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(gui.window()));
    QTest::keyClick(gui.window(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_COMPARE(quit.size(), 1);
    gui.shutdown();
}

void tst_QmlLoad::cleanupTestCase()
{
    m_engine.reset();
    m_controller.reset();
}

LIVEDESK_AUDIO_TEST_MAIN(tst_QmlLoad)
#include "tst_qmlload.moc"
