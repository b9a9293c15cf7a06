// AppController: the events and metrics files of a conversation (--events, --metrics), written by
// the conversation's ConversationLog exactly as livedesk-cli writes them. Two hooks in the
// conversation code: beginConversationLog before the audio engine is attached, and
// endConversationLog when the session has closed (or the conversation is torn down).
#include "app/gui/appcontroller.h"

#include "app/cli/exitcode.h"
#include "app/conversation.h"
#include "app/conversationbridge.h"
#include "app/conversationlog.h"
#include "app/gui/appsettings.h"
#include "app/gui/videocontrol.h"
#include "app/logging.h"
#include "audio/audioengine.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

TalkMode AppController::chosenTalkMode() const
{
    return m_overrides.talkMode.value_or(m_settings->talkMode());
}

bool AppController::beginConversationLog(QString *error)
{
    ConversationLog &log = m_conversation->log();
    if (!log.open(m_overrides.eventsPath, m_overrides.metricsPath, error))
        return false;
    m_logEnded = false;
    for (const QString &warning : m_view->warnings())
        log.addWarning(warning);
    // A stalled reply is offered to the person (the Retry button), not retried on its own.
    log.setStallRetry(u"none"_s);
    log.watchVideo(m_video->engine());
    return true;
}

void AppController::endConversationLog(session::LiveSession::State state)
{
    if (m_logEnded || !m_conversation)
        return;
    m_logEnded = true;
    ConversationLog &log = m_conversation->log();
    // Before the engine stops and the toolbox goes: their figures as they are.
    log.detachAudio();
    log.detachTools();
    // The "video" figures, as livedesk-cli's, when pictures were shared in this conversation.
    if (m_video->isSharing() || log.videoFrames() > 0)
        log.recordVideo(m_video->description());
    else
        log.detachVideo();
    ExitCode code = ExitCode::Success;
    QString message;
    if (state == session::LiveSession::State::Failed) {
        const session::SessionError error = m_conversation->session().lastError();
        code = exitCodeFor(error.category);
        message = error.message;
    }
    QString problem;
    if (!log.closeEvents()) {
        problem = log.eventsError();
        // As livedesk-cli's: an events file cut short (a full disk) fails the run's figures too.
        if (code == ExitCode::Success) {
            code = ExitCode::Failure;
            message = problem;
        }
    }
    QString metricsProblem;
    if (!log.writeMetrics(int(code), message, &metricsProblem))
        problem = metricsProblem;
    if (!problem.isEmpty()) {
        qCWarning(lcApp, "conversation log: %s", qPrintable(problem));
        m_messages->addNoteFrom([problem] { return tr("Not written: %1").arg(problem); });
    }
}

} // namespace livedesk::app
