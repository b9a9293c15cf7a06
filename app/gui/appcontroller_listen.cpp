// AppController: what a translation listens to (the microphone, the computer's sound or one
// application) and the virtual microphone, through ListenSourceModel and PulseRoutes. Kept apart
// from the conversation code: two hooks there (routeListening at the start, releaseListening in
// teardown).
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/listensources.h"
#include "app/gui/voicemeter.h"
#include "app/logging.h"
#include "audio/audiotypes.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

ListenSourceModel *AppController::listenSources() const
{
    if (!m_listenSources) {
        m_listenSources = new ListenSourceModel(ListenSourceModel::Watch::PulseAudio,
                                                const_cast<AppController *>(this));
        // "Send the original" gives way to the translation while the model speaks.
        connect(m_meter, &VoiceMeter::activityChanged, m_listenSources, [this] {
            if (PulseRoutes *routes = m_listenSources->routes())
                routes->setTranslationPlaying(m_meter->isModelSpeaking());
        });
    }
    return m_listenSources;
}

void AppController::routeListening(audio::AudioEngineSettings &settings)
{
    if (!m_translating)
        return;
    const ListenRouting routing = ListenRouting::fromSettings(*m_settings);
    QString error;
    if (!listenSources()->route(routing, settings, &error)) {
        qCWarning(lcApp, "translation source %s: %s", qPrintable(routing.sourceId),
                  qPrintable(error));
        m_messages->addNoteFrom(
                [error] { return tr("The translation listens to the microphone: %1").arg(error); });
    }
}

void AppController::releaseListening()
{
    if (m_listenSources)
        m_listenSources->release();
}

} // namespace livedesk::app
