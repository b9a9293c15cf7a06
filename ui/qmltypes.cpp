#include "ui/qmltypes.h"

#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace livedesk::ui {

namespace {
constexpr auto kControllerProperty = "_livedesk_controller";
}

void provideController(QQmlEngine *engine, app::AppController *controller)
{
    engine->setProperty(kControllerProperty, QVariant::fromValue<QObject *>(controller));
}

app::AppController *AppControllerForeign::create(QQmlEngine *engine, QJSEngine *)
{
    auto *controller = qobject_cast<app::AppController *>(
            engine->property(kControllerProperty).value<QObject *>());
    if (!controller) {
        qFatal("LiveDesk.Ui: no AppController provided for this QML engine "
               "(call livedesk::ui::provideController before loading QML)");
    }
    // The host owns it; the engine must not delete it with the singleton.
    QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    return controller;
}

} // namespace livedesk::ui
