// AppController: the talk control, the voice state, the status figures, errors and notes, and
// reactions to settings changes. (Construction and the conversation lifecycle are in
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

AppController::Talk AppController::talkMode() const
{
    switch (m_bridge ? m_bridge->talkMode() : m_settings->talkMode()) {
    case TalkMode::HandsFree:
        return Talk::HandsFree;
    case TalkMode::LocalVoice:
        return Talk::LocalVoice;
    case TalkMode::PushToTalk:
        return Talk::PushToTalk;
    }
    return Talk::HandsFree;
}

bool AppController::isTalking() const
{
    return m_bridge && m_bridge->isTalking();
}

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
    if (!isSessionActive()) {
        start();
        return;
    }
    if (talkMode() == Talk::PushToTalk) {
        if (isTalking())
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
    if (m_muted == muted)
        return;
    m_muted = muted;
    if (m_bridge)
        m_bridge->setMicrophoneMuted(muted);
    else
        m_audio->setMuted(muted);
    Q_EMIT microphoneMutedChanged();
    updateVoiceState();
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

void AppController::updateVoiceState()
{
    // The rule is voicestate.h's; the cues are the conversation's, plus what the app sees.
    VoiceCues cues = m_conversation ? m_conversation->voiceCues() : VoiceCues {};
    switch (m_state) {
    case SessionState::Idle:
    case SessionState::Ended:
    case SessionState::Failed:
    case SessionState::Closing:
        cues.phase = ConversationPhase::Inactive;
        break;
    case SessionState::Preparing:
    case SessionState::Connecting:
        cues.phase = ConversationPhase::Connecting;
        break;
    case SessionState::Reconnecting:
        cues.phase = ConversationPhase::Reconnecting;
        break;
    case SessionState::Live:
        cues.phase = ConversationPhase::Live;
        break;
    }
    cues.modelSpeaking = m_meter->isModelSpeaking();
    cues.microphoneMuted = m_muted;
    const VoiceState state = deriveVoiceState(cues);
    if (state == m_voiceState)
        return;
    m_voiceState = state;
    Q_EMIT voiceStateChanged();
}

int AppController::elapsedSeconds() const
{
    // The running conversation's clock, else the last one's figure.
    if (isSessionActive() && m_conversation)
        return int(m_conversation->statistics().liveMs / 1000);
    return int(m_statistics.liveMs / 1000);
}

void AppController::updateStatistics()
{
    // The conversation's figures, as its log writes them.
    if (m_conversation)
        m_statistics = m_conversation->statistics();
    Q_EMIT statisticsChanged();
}

void AppController::setState(SessionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT sessionStateChanged();
    updateVoiceState();
}

void AppController::showError(const UserFacingError &error)
{
    if (error.isEmpty() || error == m_error)
        return;
    m_errorMaker = nullptr;
    setError(error);
}

void AppController::showErrorFrom(const ErrorMaker &make)
{
    const UserFacingError error = make();
    if (error.isEmpty())
        return;
    m_errorMaker = make;
    setError(error);
}

void AppController::setError(const UserFacingError &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void AppController::dismissError()
{
    m_errorMaker = nullptr;
    if (m_error.isEmpty())
        return;
    m_error = {};
    Q_EMIT errorChanged();
}

void AppController::dismissAudioWarning(audio::AudioWarning warning)
{
    if (m_error.audioWarning == warning && warning != audio::AudioWarning::None)
        dismissError();
}

void AppController::addNote(const QString &note)
{
    if (note.isEmpty() || m_notes.contains(note))
        return;
    m_notes.append(note);
    m_noteMakers.append(nullptr);
    Q_EMIT notesChanged();
}

void AppController::addNoteFrom(const NoteMaker &make)
{
    const QString note = make();
    if (note.isEmpty() || m_notes.contains(note))
        return;
    m_notes.append(note);
    m_noteMakers.append(make);
    Q_EMIT notesChanged();
}

void AppController::dismissNote(int index)
{
    if (index < 0 || index >= m_notes.size())
        return;
    m_notes.removeAt(index);
    m_noteMakers.removeAt(index);
    Q_EMIT notesChanged();
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
    const Action action = m_error.action;
    const bool demo = m_demo;
    switch (action) {
    case Action::None:
    case Action::TryLater:
        dismissError();
        return;
    case Action::Retry:
        dismissError();
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
        Q_EMIT talkModeChanged();
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
    // The banner and the notes in the new language.
    if (m_errorMaker)
        m_error = m_errorMaker();
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        if (m_noteMakers.at(i))
            m_notes[i] = m_noteMakers.at(i)();
    }
    Q_EMIT notesChanged();
    Q_EMIT errorChanged();
    Q_EMIT credentialsChanged();
}

} // namespace livedesk::app
