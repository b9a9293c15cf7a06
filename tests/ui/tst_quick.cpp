// Qt Quick Test cases of the LiveDesk.Ui components (tests/ui/qml/tst_*.qml), against the real
// AppController (settings in a temporary file, no keychain, the history in a temporary folder).
#include "app/desktop/guihost.h"
#include "app/gui/appcontroller.h"
#include "ui/qmltypes.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQuickTest>

using namespace livedesk;
using namespace Qt::StringLiterals;

class QuickSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(u"Material"_s); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        if (!m_controller) {
            app::AppControllerOptions options;
            options.settings = std::make_unique<QSettings>(m_dir.filePath(u"livedesk.ini"_s),
                                                           QSettings::IniFormat);
            options.keychain = app::KeychainUse::Off;
            options.historyPath = m_dir.filePath(u"history.sqlite"_s);
            options.modesPath = m_dir.filePath(u"modes.json"_s);
            m_controller = std::make_unique<app::AppController>(std::move(options));
            m_controller->initialize();
            app::registerBuiltInPages(m_controller->pages());
        }
        engine->addImportPath(u"qrc:/qt/qml"_s);
        ui::provideController(engine, m_controller.get());
    }

    void cleanupTestCase() { m_controller.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::AppController> m_controller;
};

QUICK_TEST_MAIN_WITH_SETUP(livedesk_ui, QuickSetup)

#include "tst_quick.moc"
