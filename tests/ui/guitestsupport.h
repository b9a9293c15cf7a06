// The real main window for tests: the same AppController, QML module and host the `livedesk`
// executable uses, with settings in a temporary file and no keychain.
#pragma once

#include "app/desktop/guihost.h"
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/secretstore.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace livedesk::test {

struct GuiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<app::AppController> controller;
    std::unique_ptr<app::GuiHost> host;

    // Settings written before the controller reads them.
    bool start(const QList<QPair<QString, QVariant>> &settings = {}, double demoSpeed = 4.0)
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!dir.isValid())
            return false;
        app::AppControllerOptions options;
        options.settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("livedesk.ini")),
                                                       QSettings::IniFormat);
        options.keychain = app::KeychainUse::Off;
        options.demoSpeechSpeedFactor = demoSpeed;
        controller = std::make_unique<app::AppController>(std::move(options));
        for (const auto &[key, value] : settings) {
            const QString error = controller->settings()->setValue(key, value);
            if (!error.isEmpty()) {
                qWarning() << key << error;
                return false;
            }
        }
        controller->initialize();
        app::registerBuiltInPages(controller->pages());
        host = std::make_unique<app::GuiHost>(controller.get());
        QString error;
        if (!host->load(&error)) {
            qWarning().noquote() << error;
            return false;
        }
        return QTest::qWaitForWindowExposed(host->window());
    }

    QQuickWindow *window() const { return host ? host->window() : nullptr; }

    // The first visible item whose objectName, or text, or Accessible name is `name`.
    QQuickItem *findItem(const QString &name, QQuickItem *from = nullptr) const
    {
        QQuickItem *root = from ? from : window()->contentItem();
        const auto children = root->childItems();
        for (QQuickItem *child : children) {
            if (child->isVisible()) {
                if (child->objectName() == name || child->property("text").toString() == name)
                    return child;
                if (QQuickItem *found = findItem(name, child))
                    return found;
            }
        }
        return nullptr;
    }

    void shutdown()
    {
        if (controller)
            controller->stop();
        QTest::qWait(50);
        host.reset();
        controller.reset();
    }
};

// Where the test run saves screenshots: <build>/artifacts/screenshots.
inline QString screenshotDir()
{
    const QString path = QStringLiteral(LIVEDESK_BINARY_DIR "/artifacts/screenshots");
    QDir().mkpath(path);
    return path;
}

} // namespace livedesk::test
