#include "app/gui/appcontroller.h"

#include "app/conversation.h"
#include "app/conversationbridge.h"
#include "app/conversationlog.h"
#include "app/gui/appsettings.h"
#include "app/gui/buildinfo.h"
#include "app/gui/choicemodels.h"
#include "app/gui/devicemodel.h"
#include "app/gui/modelnotice.h"
#include "app/gui/pageregistry.h"
#include "app/gui/secretstore.h"
#include "app/gui/tokenserverclient.h"
#include "app/gui/toolcallmodel.h"
#include "app/gui/toolconfirmation.h"
#include "app/gui/transcriptmodel.h"
#include "app/gui/uilanguage.h"
#include "app/gui/videocontrol.h"
#include "app/gui/voicemeter.h"
#include "app/history/historystore.h"
#include "app/history/recordingcontroller.h"
#include "app/logging.h"
#include "app/transcript.h"
#include "audio/audioengine.h"
#include "simulator/simulator.h"
#include "tools/desktop/qtdesktopintegration.h"
#include "tools/toolbox.h"
#include "video/screensource.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

constexpr int kToolsStartTimeoutMs = 20000;

// The app also looks for a models.json in its config folder; one that cannot be read leaves the
// built-in table in use, with a warning (the CLI refuses to run instead).
session::ModelCatalog appModelCatalog(const QString &path)
{
    const QString file = path.isEmpty() ? QStandardPaths::locate(QStandardPaths::AppConfigLocation,
                                                                 u"models.json"_s)
                                        : path;
    QString error;
    auto catalog = loadModelCatalog(file, &error);
    if (!catalog) {
        qCWarning(lcApp).noquote() << "model table not used:" << error;
        return session::ModelCatalog::builtIn();
    }
    return *catalog;
}

} // namespace

AppController::AppController(AppControllerOptions options, QObject *parent)
    : QObject(parent)
    , m_catalog(appModelCatalog(options.modelTablePath))
    , m_settings(new AppSettings(std::move(options.settings), this))
    , m_apiKey(new SecretStore(options.keychainService, u"gemini-api-key"_s, options.keychain, this))
    , m_vertexCredential(new SecretStore(options.keychainService, u"vertex-credential"_s,
                                         options.keychain, this))
    , m_transcript(new Transcript(this))
    , m_transcriptModel(new TranscriptModel(this))
    , m_toolCalls(new ToolCallModel(this))
    , m_confirmation(new ToolConfirmation(this))
    , m_microphones(new DeviceModel(DeviceModel::Kind::Microphone, this))
    , m_speakers(new DeviceModel(DeviceModel::Kind::Speaker, this))
    , m_cameras(new DeviceModel(DeviceModel::Kind::Camera, this))
    , m_models(nullptr)
    , m_modelNotice(nullptr)
    , m_voices(new ChoiceModel(this))
    , m_responseLanguages(new ChoiceModel(this))
    , m_uiLanguages(new ChoiceModel(this))
    , m_pages(new PageRegistry(this))
    , m_buildInfo(new BuildInfo(this))
    , m_language(new UiLanguage(this))
    , m_meter(new VoiceMeter(this))
    , m_video(nullptr)
    , m_view(new ConversationView(
              m_meter, [this] { return m_settings->talkMode(); }, this))
    , m_messages(new UserMessages(this))
    , m_audio(std::make_unique<audio::AudioEngine>())
    , m_demoSpeedFactor(options.demoSpeechSpeedFactor)
    , m_recordingFolder(options.recordingFolder)
    , m_replyTimeoutMs(options.replyTimeoutMs)
    , m_overrides(options.overrides)
{
    // Read once: the value only ever lives in this member and in the session's request header.
    if (const EnvironmentApiKey env = apiKeyFromEnvironment(); !env.key.isEmpty()) {
        m_environmentApiKey = env.key;
        qCInfo(lcApp, "without a stored API key, %s from the environment is used%s",
               qUtf8Printable(env.variable),
               env.bothSet ? " (GEMINI_API_KEY is set too and ignored, as in the official SDKs)"
                           : "");
    }
    m_settings->setCatalog(&m_catalog);
    m_models = new ModelListModel(&m_catalog, m_settings, this);
    m_modelNotice = new ModelNotice(&m_catalog, this);
    updateModelNotice();
    m_video = new VideoControl(m_settings, this);
    m_transcriptModel->setTranscript(m_transcript);
    m_voices->setChoices(voiceChoices());
    m_responseLanguages->setChoices(responseLanguageChoices());
    m_uiLanguages->setChoices(uiLanguageChoices());
    m_meter->setEngine(m_audio.get());
    setUpRecords(options);

    for (SecretStore *store : {m_apiKey, m_vertexCredential})
        connect(store, &SecretStore::statusChanged, this, &AppController::credentialsChanged);
    connect(m_settings, &AppSettings::valueChanged, this, &AppController::applySettingChange);
    connect(m_language, &UiLanguage::languageChanged, this, &AppController::retranslate);
    connect(m_meter, &VoiceMeter::activityChanged, this, [this, silent = false]() mutable {
        // The microphone delivers sound again (speech arrives): its "silent" warning is over.
        const bool wasSilent = std::exchange(silent, m_meter->hasNoSignal());
        if ((wasSilent && !silent) || m_meter->isVoiceActive())
            m_messages->dismissAudioWarning(audio::AudioWarning::NoMicrophoneSignal);
    });
    connect(m_video, &VideoControl::failed, this,
            [this](VideoControl::Source source, const QString &message) {
                const bool camera = source == VideoControl::Source::Camera;
                m_messages->showErrorFrom([=] { return describeVideoError(message, camera); });
            });

    connect(m_audio.get(), &audio::AudioEngine::warning, this,
            [this](audio::AudioWarning warning, const QString &text) {
                if (m_conversation)
                    m_conversation->log().recordAudioWarning(text);
                const UserFacingError e = describeAudioWarning(warning, text);
                if (e.severity == UserFacingError::Severity::Note)
                    m_messages->addNote(e.title + u" — "_s + e.text);
                else
                    m_messages->showError(e);
            });
    connect(m_audio.get(), &audio::AudioEngine::devicesChanged, this, [this] {
        m_microphones->refresh();
        m_speakers->refresh();
    });

    m_toolsTimeout.setSingleShot(true);
    m_toolsTimeout.setInterval(kToolsStartTimeoutMs);
    connect(&m_toolsTimeout, &QTimer::timeout, this, &AppController::openSession);

    connect(m_confirmation, &ToolConfirmation::answered, this,
            [this](const QString &, ToolConfirmation::Answer answer) {
                if (answer == ToolConfirmation::Answer::AllowAlways && m_toolbox) {
                    m_settings->setValue(u"tools/alwaysAllowed"_s,
                                         m_toolbox->policy()->alwaysAllowedTools());
                }
            });
}

AppController::~AppController()
{
    // The meter reports its activity ending when its engine goes below; by then the
    // conversation is gone, and the view must not read it (ASan, tst_settings).
    m_meter->disconnect(this);
    m_meter->disconnect(m_view);
    m_view->follow(nullptr);
    // Calls and questions first (they refer to the dispatcher), then the session and engines.
    m_confirmation->denyAll();
    endRecords(u"closed"_s);
    endConversationLog(session::LiveSession::State::Closed);
    m_recording->setAudioEngine(nullptr);
    if (m_session)
        m_session->disconnect(this);
    delete m_conversation; // its log and bridge, its toolbox, then its session
    m_conversation = nullptr;
    m_bridge = nullptr;
    m_session = nullptr;
    m_toolbox = nullptr;
    m_video->stop();
    m_meter->setEngine(nullptr);
    if (m_audio)
        m_audio->stop();
}

void AppController::initialize()
{
    m_desktop = std::make_unique<tools::QtDesktopIntegration>();
    m_apiKey->load();
    m_vertexCredential->load();
    m_language->setLanguage(m_settings->text(u"ui/language"_s));
    // A damaged settings file is used as far as it can be, and left as it is: say what was not.
    if (const QString problem = m_settings->problemReport(); !problem.isEmpty())
        m_messages->showError({UserFacingError::Severity::Warning,
                               tr("Settings"),
                               problem,
                               {},
                               UserFacingError::Action::OpenSettings});
    if (m_audio->capabilities().echoCancellation == false)
        m_messages->addNoteFrom([] {
            return describeAudioWarning(audio::AudioWarning::EchoCancellationUnavailable, {}).title;
        });
}

sim::Simulator *AppController::simulator() const
{
    return m_conversation ? m_conversation->simulator() : nullptr;
}

bool AppController::needsCredentials() const
{
    const QString backend = backendChoice();
    if (backend == u"gemini")
        return !m_apiKey->hasSecret() && !m_apiKey->isBusy() && m_environmentApiKey.isEmpty();
    if (backend == u"vertex")
        return !m_vertexCredential->hasSecret() && !m_vertexCredential->isBusy();
    return false;
}

void AppController::openSession()
{
    m_toolsTimeout.stop();
    if (m_view->state() != SessionState::Preparing || m_session || !m_conversation)
        return;
    // The tools, as far as the model takes them (what it does not is a session warning).
    const qsizetype warned = m_conversation->toolWarnings().size();
    m_conversation->applySetupTools();
    m_view->addWarnings(m_conversation->toolWarnings().mid(warned));

    if (m_replyTimeoutMs > 0) {
        RecoveryOptions recovery = m_conversation->recovery();
        recovery.replyTimeoutMs = m_replyTimeoutMs;
        m_conversation->setRecovery(recovery);
    }
    m_session = &m_conversation->session();
    m_bridge = &m_conversation->bridge();
    // The setup follows the mode (--talk-mode may differ from the setting): Conversation::open.
    m_conversation->setTalkMode(chosenTalkMode());
    m_view->follow(m_conversation);
    m_bridge->setMicrophoneMuted(m_view->isMicrophoneMuted());
    m_conversation->attachTranscript(m_transcript);
    createRecords();

    connect(m_session, &session::LiveSession::stateChanged, this, &AppController::onSessionState);
    connect(m_session, &session::LiveSession::errorOccurred, this, &AppController::onSessionError);
    connect(m_session, &session::LiveSession::turnCompleted, this, &AppController::announceReply);
    connect(m_conversation, &Conversation::replyStalledChanged, this,
            &AppController::onReplyStalled);

    // The engines: audio runs for the conversation only (the microphone is not opened before).
    audio::AudioEngineSettings audioSettings = m_settings->audioSettings();
    routeListening(audioSettings);
    m_audio->setSettings(audioSettings);
    QString logError;
    if (!beginConversationLog(&logError)) {
        m_messages->showErrorFrom([=] {
            return UserFacingError {UserFacingError::Severity::Error,
                                    tr("The events or metrics file cannot be written"),
                                    logError,
                                    {},
                                    UserFacingError::Action::None};
        });
        setState(SessionState::Failed);
        return;
    }
    // The latency probe polls while a reply plays: only when someone reads its figures.
    const bool figuresRead = !m_overrides.eventsPath.isEmpty()
                             || !m_overrides.metricsPath.isEmpty();
    m_conversation->attachAudio(m_audio.get(), Conversation::AudioInput::Microphone,
                                figuresRead ? Conversation::LatencyFigures::Measured
                                            : Conversation::LatencyFigures::NotMeasured);
    if (!m_audio->start())
        m_messages->showErrorFrom([chosen = !m_audio->settings().inputDeviceId.isEmpty()] {
            return describeAudioError(chosen ? tr("The chosen device could not be opened.")
                                             : QString());
        });
    m_conversation->log().recordAudioDevice(u"input"_s, m_audio->currentInputDevice());
    m_conversation->log().recordAudioDevice(u"output"_s, m_audio->currentOutputDevice());
    m_bridge->attachVideo(m_video->engine());

    setState(SessionState::Connecting);
    // The failover list and the model's history seeding, as the CLI's (Conversation::open).
    if (!m_conversation->open()) {
        // open() has entered Failed and reported the error.
        return;
    }
    m_view->refreshTalkMode();
}

void AppController::stop()
{
    switch (m_view->state()) {
    case SessionState::Preparing:
        teardown();
        setState(SessionState::Ended);
        return;
    case SessionState::Connecting:
    case SessionState::Live:
    case SessionState::Reconnecting:
        setState(SessionState::Closing);
        // The conversation waits for the last reply to be heard when it is being recorded.
        if (m_conversation)
            m_conversation->end();
        return;
    case SessionState::Closing:
        // End again while the last reply plays into the recording: now.
        if (m_conversation && m_conversation->ending() == Conversation::Ending::AwaitingReplyPlayout)
            m_conversation->end();
        return;
    case SessionState::Idle:
    case SessionState::Ended:
    case SessionState::Failed:
        return;
    }
}

void AppController::onSessionState(session::LiveSession::State state)
{
    using S = session::LiveSession::State;
    switch (state) {
    case S::Idle:
        break;
    case S::Connecting:
    case S::SettingUp:
        setState(SessionState::Connecting);
        break;
    case S::Live:
        if (m_conversation->ending() != Conversation::Ending::Running)
            break; // reconnected while the last reply plays out before the end
        m_video->setAvailable(true);
        setState(SessionState::Live);
        beginRecords();
        break;
    case S::Reconnecting:
        if (m_conversation->ending() == Conversation::Ending::Running) // ending: it stays Closing
            setState(SessionState::Reconnecting);
        break;
    case S::Closing:
        setState(SessionState::Closing);
        break;
    case S::Closed:
    case S::Failed: {
        const bool failed = state == S::Failed;
        if (failed)
            m_messages->showErrorFrom([error = m_session->lastError(),
                                       model = m_config ? m_config->modelId : QString()] {
                return describeSessionError(error, model);
            });
        // The conversation is over: its recording, history entry, events and metrics are
        // completed now.
        endRecords(failed ? m_messages->error().title : u"closed"_s);
        endConversationLog(state);
        // Deleting the session from its own signal is not safe: tear down from the loop.
        // A new conversation started before then has torn this one down already: the queued
        // teardown must not end the new one.
        QMetaObject::invokeMethod(
                this,
                [this, ended = QPointer<session::LiveSession>(m_session)] {
                    if (ended && m_session == ended)
                        teardown();
                },
                Qt::QueuedConnection);
        setState(failed ? SessionState::Failed : SessionState::Ended);
        break;
    }
    }
}

void AppController::onSessionError(const session::SessionError &error)
{
    // Fatal errors come with the Failed state; only non-fatal ones need a word here.
    if (error.category == session::ErrorCategory::Protocol)
        m_messages->addNoteFrom([error] { return describeSessionError(error, {}).title; });
}

void AppController::teardown()
{
    endRecords(m_view->state() == SessionState::Failed && !m_messages->error().title.isEmpty()
                       ? m_messages->error().title
                       : u"closed"_s);
    m_toolsTimeout.stop();
    m_confirmation->denyAll();
    m_video->setAvailable(false);
    endConversationLog(session::LiveSession::State::Closed);
    m_audio->stop();
    releaseListening();
    if (m_tokenClient) {
        m_tokenClient->abort();
        m_tokenClient->deleteLater();
        m_tokenClient = nullptr;
    }
    if (m_bridge) {
        m_bridge->attachAudio(nullptr);
        m_bridge->attachVideo(nullptr);
        m_bridge->attachTools(nullptr);
        m_bridge = nullptr;
    }
    if (m_session) {
        m_session->disconnect(this);
        if (m_session->state() != session::LiveSession::State::Closed
            && m_session->state() != session::LiveSession::State::Failed)
            m_session->close();
        m_session = nullptr;
    }
    if (m_conversation) {
        m_conversation->deleteLater(); // with its session, bridge, toolbox and simulator
        m_conversation = nullptr;
    }
    if (m_toolbox) {
        // The conversation deletes it later: its ready() must not open the next conversation.
        m_toolbox->disconnect(this);
        m_toolbox->dispatcher()->abandonAll();
        m_toolbox = nullptr;
    }
    m_view->follow(nullptr);
}

} // namespace livedesk::app
