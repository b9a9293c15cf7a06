// AppController: the talk control, typed text, the error banner's action, and reactions to
// settings changes. (Construction and the conversation lifecycle are in
// appcontroller.cpp.)
#include "app/gui/appcontroller.h"

#include "app/conversation.h"
#include "app/conversationbridge.h"
#include "app/conversationlog.h"
#include "app/gui/appsettings.h"
#include "app/gui/buildinfo.h"
#include "app/gui/choicemodels.h"
#include "app/gui/devicemodel.h"
#include "app/gui/historymodels.h"
#include "app/gui/modelistmodel.h"
#include "app/gui/modelnotice.h"
#include "app/gui/pageregistry.h"
#include "app/gui/secretstore.h"
#include "app/gui/toolcallmodel.h"
#include "app/gui/transcriptmodel.h"
#include "app/gui/uilanguage.h"
#include "app/gui/videocontrol.h"
#include "app/gui/voicemeter.h"
#include "app/transcript.h"
#include "app/voicestate.h"
#include "audio/audioengine.h"
#include "tools/toolbox.h"

#include <QClipboard>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace livedesk::app {

void AppController::beginTalk()
{
    if (m_bridge)
        m_conversation->beginTalk(); // the voice's cues follow
}

void AppController::endTalk()
{
    if (m_bridge)
        m_conversation->endTalk();
}

void AppController::toggleTalk()
{
    if (!m_view->isActive()) {
        start();
        return;
    }
    if (m_view->talkMode() == Talk::PushToTalk) {
        if (m_view->isTalking())
            endTalk();
        else
            beginTalk();
    } else {
        // Hands-free: the microphone is always open; the control interrupts the model.
        beginTalk();
    }
}

void AppController::setMicrophoneMuted(bool muted)
{
    if (m_view->isMicrophoneMuted() == muted)
        return;
    if (m_bridge)
        m_bridge->setMicrophoneMuted(muted);
    else
        m_audio->setMuted(muted);
    m_view->setMicrophoneMuted(muted);
}

bool AppController::sendText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || !m_conversation || !m_conversation->takesText())
        return false;
    // Typed text interrupts the model like speech does.
    m_audio->stopPlayback();
    // The conversation puts it into the transcript and awaits the reply.
    return m_conversation->sendText(trimmed) != session::SendResult::NotSent;
}

void AppController::clearConversation()
{
    m_transcript->clear();
    m_toolCalls->clear();
}

void AppController::copyTranscript()
{
    copyText(m_transcript->toPlainText());
}

void AppController::copyText(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void AppController::cancelToolCall(quint64 serial)
{
    if (m_toolbox)
        m_toolbox->dispatcher()->cancelByUser(serial);
}

void AppController::announceReply()
{
    // The transcript closed the turn on the same signal (connected first): its last model turn
    // is the reply, and an interrupted or empty one has nothing to say.
    const QList<TranscriptItem> &items = m_transcript->items();
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const TranscriptItem &item = items.at(i);
        if (item.kind == TranscriptItemKind::UserTurn)
            return;
        if (item.kind != TranscriptItemKind::ModelTurn)
            continue;
        if (item.id == m_announcedReplyId || item.text.trimmed().isEmpty())
            return;
        m_announcedReplyId = item.id;
        Q_EMIT replyCompleted(item.text.left(
                item.interrupted && item.heardChars >= 0 ? item.heardChars : item.text.size()));
        return;
    }
}

void AppController::setTrayAvailable(bool available)
{
    if (available == m_trayAvailable)
        return;
    m_trayAvailable = available;
    Q_EMIT trayAvailableChanged();
}

void AppController::navigate(const QString &pageId, const QString &section)
{
    Q_EMIT navigationRequested(pageId, section);
}

void AppController::triggerErrorAction()
{
    using Action = UserFacingError::Action;
    const Action action = m_messages->error().action;
    const bool demo = m_view->isDemo();
    switch (action) {
    case Action::None:
    case Action::TryLater:
        m_messages->dismissError();
        return;
    case Action::Retry:
        m_messages->dismissError();
        startWith(demo);
        return;
    case Action::RetryTurn:
        retryStalledTurn();
        return;
    case Action::EnterKey:
    case Action::OpenSettings:
        navigate(u"settings"_s, u"connection"_s);
        return;
    case Action::ChooseModel:
        navigate(u"settings"_s, u"model"_s);
        return;
    case Action::ChooseMicrophone:
    case Action::ChooseSpeaker:
        navigate(u"settings"_s, u"audio"_s);
        return;
    case Action::ChooseCamera:
        navigate(u"settings"_s, u"video"_s);
        return;
    }
}

void AppController::applySettingChange(const QString &key)
{
    if (key == u"ui/language") {
        m_language->setLanguage(m_settings->text(key));
        return;
    }
    if (key == u"backend")
        Q_EMIT credentialsChanged();
    if (key == u"model" || key == u"backend")
        updateModelNotice();
    if (key == u"talkMode") {
        // The setup depends on it: it applies to the next conversation.
        m_view->refreshTalkMode();
        return;
    }
    // Audio settings apply at once to a running engine (devices switch, processing changes).
    if (key.startsWith(u"audio/") || key.startsWith(u"bargeIn/")) {
        if (m_audio->state() == audio::AudioEngine::State::Running)
            m_audio->setSettings(m_settings->audioSettings());
        return;
    }
    if (key.startsWith(u"video/") && m_video->isSharing())
        m_video->engine()->setSettings(m_settings->videoSettings());
}

void AppController::updateModelNotice()
{
    const QString chosen = m_settings->text(u"model"_s);
    const session::Backend backend = m_settings->text(u"backend"_s) == u"vertex"
                                             ? session::Backend::VertexAi
                                             : session::Backend::GeminiApi;
    m_modelNotice->setModel(chosen.isEmpty() ? m_catalog.defaultModel(backend) : chosen);
}

void AppController::retranslate()
{
    m_modelNotice->retranslate();
    m_voices->setChoices(voiceChoices());
    m_responseLanguages->setChoices(responseLanguageChoices());
    m_uiLanguages->setChoices(uiLanguageChoices());
    m_models->refresh();
    m_pages->retranslate();
    m_buildInfo->retranslate();
    // Rows whose words come from C++ (state names, device defaults) are read again.
    m_microphones->retranslate();
    m_speakers->retranslate();
    m_cameras->retranslate();
    m_toolCalls->retranslate();
    // The turns' times in the new locale's clock (a 24-hour German one after English's AM/PM).
    if (const int rows = m_transcriptModel->rowCount(); rows > 0) {
        Q_EMIT m_transcriptModel->dataChanged(m_transcriptModel->index(0),
                                              m_transcriptModel->index(rows - 1),
                                              {TranscriptModel::TimeRole});
    }
    m_modes->retranslate();
    m_historyList->refresh();
    m_apiKey->retranslate();
    m_vertexCredential->retranslate();
    m_messages->retranslate(); // the banner and the notes
    Q_EMIT credentialsChanged();
}

} // namespace livedesk::app
