#include "app/desktop/guihost.h"

#include "app/desktop/renderer.h"

#include "app/gui/appcontroller.h"
#include "app/gui/pageregistry.h"
#include "app/gui/uilanguage.h"
#include "app/gui/voicemeter.h"
#include "ui/qmltypes.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LiveDesk_UiPlugin)

using namespace Qt::StringLiterals;

namespace livedesk::app {

void registerBuiltInPages(PageRegistry *pages)
{
    pages->registerPage({
            .id = u"conversation"_s,
            .titleContext = "livedesk::app::Pages",
            .title = QT_TRANSLATE_NOOP("livedesk::app::Pages", "Conversation"),
            .source = QUrl(u"qrc:/qt/qml/LiveDesk/Ui/pages/ConversationPage.qml"_s),
            .icon = QUrl(u"qrc:/qt/qml/LiveDesk/Ui/icons/chat.svg"_s),
            .order = 0,
            .shortcut = u"Ctrl+1"_s,
    });
    pages->registerPage({
            .id = u"history"_s,
            .titleContext = "livedesk::app::Pages",
            .title = QT_TRANSLATE_NOOP("livedesk::app::Pages", "History"),
            .source = QUrl(u"qrc:/qt/qml/LiveDesk/Ui/pages/HistoryPage.qml"_s),
            .icon = QUrl(u"qrc:/qt/qml/LiveDesk/Ui/icons/history.svg"_s),
            .order = 50,
            .shortcut = u"Ctrl+H"_s,
    });
    pages->registerPage({
            .id = u"settings"_s,
            .titleContext = "livedesk::app::Pages",
            .title = QT_TRANSLATE_NOOP("livedesk::app::Pages", "Settings"),
            .source = QUrl(u"qrc:/qt/qml/LiveDesk/Ui/pages/SettingsPage.qml"_s),
            .icon = QUrl(u"qrc:/qt/qml/LiveDesk/Ui/icons/settings.svg"_s),
            .order = 100,
            .shortcut = u"Ctrl+,"_s,
    });
}

GuiHost::GuiHost(AppController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_engine(std::make_unique<QQmlApplicationEngine>())
{
    m_engine->addImportPath(u"qrc:/qt/qml"_s);
    ui::provideController(m_engine.get(), controller);
    connect(controller->language(), &UiLanguage::languageChanged, m_engine.get(),
            &QQmlEngine::retranslate);
}

GuiHost::~GuiHost()
{
    // The window goes first: its bindings read the controller.
    m_engine.reset();
}

bool GuiHost::load(QString *error)
{
    QStringList messages;
    const auto connection = connect(m_engine.get(), &QQmlApplicationEngine::warnings, this,
                                    [&messages](const QList<QQmlError> &warnings) {
                                        for (const QQmlError &w : warnings)
                                            messages.append(w.toString());
                                    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    m_engine->loadFromModule("LiveDesk.Ui", "Main");
#else
    m_engine->load(QUrl(u"qrc:/qt/qml/LiveDesk/Ui/Main.qml"_s));
#endif
    disconnect(connection);
    QQuickWindow *shown = window();
    if (!shown) {
        if (error)
            *error = messages.isEmpty() ? u"Main.qml did not load"_s : messages.join(u'\n');
        return false;
    }
    // Hidden, minimised or in the tray: the voice levels would only wake the scene graph.
    const auto followVisibility = [this, shown] {
        const QWindow::Visibility v = shown->visibility();
        const bool seen = v != QWindow::Hidden && v != QWindow::Minimized;
        m_controller->meter()->setLevelsShown(seen ? VoiceMeter::Levels::Shown
                                                   : VoiceMeter::Levels::Hidden);
    };
    connect(shown, &QWindow::visibilityChanged, this, followVisibility);
    followVisibility();
    flattenStyleShadowsWhenSoftware(shown);
    return true;
}

QQuickWindow *GuiHost::window() const
{
    const auto roots = m_engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

} // namespace livedesk::app
