// The desktop shell around the QML interface: a QQmlApplicationEngine with the AppController
// provided as the LiveDesk.Ui singleton, the built-in pages registered, Main.qml loaded, and
// the interface retranslated when the language changes. The executable and the end-to-end
// tests use this same host, so what the tests click is what people click.
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace livedesk::app {

class AppController;
class PageRegistry;

// The conversation and settings pages (other features add theirs the same way).
void registerBuiltInPages(PageRegistry *pages);

class GuiHost : public QObject
{
    Q_OBJECT

public:
    // `controller` is not owned and must outlive the host.
    explicit GuiHost(AppController *controller, QObject *parent = nullptr);
    ~GuiHost() override;

    // Loads Main.qml; false with `error` set (the QML errors) when it did not load.
    bool load(QString *error = nullptr);

    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickWindow *window() const;

private:
    AppController *m_controller; // not owned
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace livedesk::app
