// The real main window for tests: the same AppController, QML module and host the `livedesk`
// executable uses, with settings in a temporary file and no keychain.
#pragma once

#include "app/desktop/guihost.h"
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/secretstore.h"
#include "controllertestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQmlError>
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
        if (QQuickStyle::name().isEmpty())
            QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!dir.isValid())
            return false;
        app::AppControllerOptions options = isolatedControllerOptions(dir);
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
        if (controller) {
            controller->stop();
            settleTeardown(*controller);
        }
        host.reset();
        controller.reset();
    }

    // Waits until the conversation has ended, then runs its queued teardown and the deferred
    // deletes it leaves, so nothing of it outlives the test.
    static void settleTeardown(app::AppController &c)
    {
        if (!QTest::qWaitFor([&] { return !c.conversation()->isActive(); }, 10000))
            qWarning("the conversation did not end within 10 s");
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // The window's picture once it stops changing (animations done), or the last one after
    // `timeoutMs` if something on it keeps moving (a live video preview, a level meter). QML
    // animations run on wall time, so theirs end within that even on a busy machine.
    QImage grabSettled(int timeoutMs = 1500)
    {
        QElapsedTimer clock;
        clock.start();
        QImage last = window()->grabWindow();
        while (clock.elapsed() < timeoutMs) {
            QTest::qWait(50); // between two pictures: how long the picture must hold still
            QImage next = window()->grabWindow();
            if (next == last)
                return next;
            last = std::move(next);
        }
        return last;
    }

    // The window has the size asked for (the window system answers asynchronously).
    bool resizeWindow(const QSize &size)
    {
        window()->resize(size);
        return QTest::qWaitFor([&] { return window()->size() == size; }, 5000);
    }
};

// Collects the QML engine's warnings and every warning logged by QML or JavaScript (bindings,
// type errors, missing files) while it is installed; tests fail when it holds any.
class QmlWarnings
{
public:
    QmlWarnings()
    {
        s_instance = this;
        m_previous = qInstallMessageHandler(&QmlWarnings::handle);
    }
    ~QmlWarnings()
    {
        qInstallMessageHandler(m_previous);
        s_instance = nullptr;
    }
    void watch(QQmlEngine *engine)
    {
        QObject::connect(engine, &QQmlEngine::warnings, engine,
                         [this](const QList<QQmlError> &errors) {
                             for (const QQmlError &e : errors)
                                 m_warnings.append(e.toString());
                         });
    }
    QStringList take() { return std::exchange(m_warnings, {}); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        const QLatin1StringView category(context.category ? context.category : "");
        const bool fromQml = category.startsWith(QLatin1StringView("qml"))
                             || category.startsWith(QLatin1StringView("js"))
                             || text.contains(QLatin1StringView(".qml"));
        if (s_instance && type != QtDebugMsg && type != QtInfoMsg && fromQml)
            s_instance->m_warnings.append(text);
        if (s_instance && s_instance->m_previous)
            s_instance->m_previous(type, context, text);
    }

    static inline QmlWarnings *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    QStringList m_warnings;
};

// Where the test run saves screenshots: <build>/artifacts/screenshots.
inline QString screenshotDir()
{
    // Qt Quick's software backend (tst_screenshots_software) beside the default OpenGL one, so
    // the two sets can be compared picture by picture.
    const bool software = qgetenv("QT_QUICK_BACKEND") == "software";
    const QString path = QStringLiteral(LIVEDESK_BINARY_DIR "/artifacts/screenshots")
                         + (software ? QStringLiteral("-software") : QString());
    QDir().mkpath(path);
    return path;
}

} // namespace livedesk::test
