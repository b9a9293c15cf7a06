// AppController: what a translation listens to (the microphone, the computer's sound or one
// application) and the virtual microphone, through ListenSourceModel and PulseRoutes. Kept apart
// from the conversation code: two hooks there (routeListening at the start, releaseListening in
// teardown).
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/listensources.h"
#include "app/logging.h"
#include "audio/audiotypes.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

ListenSourceModel *AppController::listenSources() const
{
    if (!m_listenSources)
        m_listenSources = new ListenSourceModel(ListenSourceModel::Watch::PulseAudio,
                                                const_cast<AppController *>(this));
    return m_listenSources;
}

void AppController::routeListening(audio::AudioEngineSettings &settings)
{
    if (!m_translating)
        return;
    const QString source = m_settings->value(u"translation/listen"_s).toString();
    const bool virtualMic = m_settings->value(u"translation/virtualMicrophone"_s).toBool();
    QString error;
    if (!listenSources()->route(source, virtualMic, settings, &error)) {
        qCWarning(lcApp, "translation source %s: %s", qPrintable(source), qPrintable(error));
        addNoteFrom(
                [error] { return tr("The translation listens to the microphone: %1").arg(error); });
    }
}

void AppController::releaseListening()
{
    if (m_listenSources)
        m_listenSources->release();
}

} // namespace livedesk::app
