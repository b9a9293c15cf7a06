// AppController: starting a conversation, from the Start button (or --start) to the session's
// open: the backend and credentials (keychain, environment, token server), the in-process
// simulator of the demo, the session configuration and the toolbox. (The conversation's
// lifecycle from openSession() on is in appcontroller.cpp.)
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

// take_screenshot: the primary screen as a JPEG no larger than the video settings allow.
void grabScreen(const video::VideoSettings &settings, const tools::ScreenFrameCallback &reply)
{
    tools::ScreenFrame frame;
    const QString unavailable = video::ScreenSource::unavailableReason(
            video::ScreenSource::Target::Screen);
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!unavailable.isEmpty() || !screen) {
        frame.error = unavailable.isEmpty() ? u"no screen"_s : unavailable;
        reply(frame);
        return;
    }
    QImage image = screen->grabWindow(0).toImage();
    const int maxSide = settings.encoder.maxSidePx;
    if (image.width() > maxSide || image.height() > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&frame.image.data);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "JPEG", settings.encoder.jpegQuality)) {
        frame.error = u"the screen could not be captured"_s;
    } else {
        frame.image.mimeType = u"image/jpeg"_s;
        frame.size = image.size();
    }
    reply(frame);
}

} // namespace

QString AppController::backendChoice() const
{
    const QString backend = m_settings->text(u"backend"_s);
    // --endpoint: a service of the person's choice, as the custom backend (its key optional);
    // a token server or Vertex AI stays what it is.
    if (!m_overrides.endpoint.isEmpty()
        && (backend == u"gemini" || backend == u"demo" || backend == u"custom"))
        return u"custom"_s;
    return backend;
}

void AppController::start()
{
    startWith(backendChoice() == u"demo");
}

void AppController::startDemo()
{
    startWith(true);
}

void AppController::startWith(bool demo)
{
    if (m_view->isActive())
        return;
    teardown();
    m_messages->dismissError();
    // A new conversation starts with an empty transcript: the last one is in the history, and
    // the new one's record and tool-call rows must hold only what is said in it.
    clearConversation();
    m_view->begin(demo ? ConversationView::Kind::Demo : ConversationView::Kind::Service);
    setState(SessionState::Preparing);
    // The conversation from here on: its simulator (the demo), its toolbox, then its session
    // (openSession()).
    m_conversation = new Conversation(this);

    SessionSettings s = m_settings->sessionSettings();
    applyChosenMode(s);
    if (!m_overrides.model.isEmpty())
        s.model = m_overrides.model;
    if (!m_overrides.endpoint.isEmpty())
        s.endpoint = m_overrides.endpoint;
    if (s.backend == session::Backend::VertexAi)
        s.failoverLocations = m_overrides.failoverLocations;
    if (demo) {
        sim::SimulatorOptions options;
        options.speechSpeedFactor = m_demoSpeedFactor;
        QString error;
        if (!m_conversation->startSimulator(options, &error)) {
            m_messages->showErrorFrom([=] {
                return UserFacingError {UserFacingError::Severity::Error,
                                        tr("The offline demo could not start"),
                                        error,
                                        {},
                                        UserFacingError::Action::Retry};
            });
            setState(SessionState::Failed);
            return;
        }
        s.backend = session::Backend::GeminiApi;
        s.apiKey.clear();
        s.accessToken.clear();
        m_conversation->pointAtSimulator(s);
        // The demo speaks the table's default model whatever is configured for the service.
        s.model.clear();
        buildAndOpen(s);
        return;
    }

    const QString backend = backendChoice();
    if (backend == u"token-server") {
        const QString url = m_settings->text(u"tokenServer/url"_s);
        if (url.isEmpty()) {
            m_messages->showErrorFrom([=] {
                return UserFacingError {
                        UserFacingError::Severity::Error,
                        tr("No token server"),
                        tr("Enter the address of your token server in the settings."),
                        {},
                        UserFacingError::Action::OpenSettings};
            });
            setState(SessionState::Failed);
            return;
        }
        m_tokenClient = new TokenServerClient(this);
        connect(m_tokenClient, &TokenServerClient::tokenReady, this,
                &AppController::continueWithToken);
        connect(m_tokenClient, &TokenServerClient::failed, this, [this](const QString &message) {
            m_messages->showErrorFrom([=] {
                return UserFacingError {UserFacingError::Severity::Error,
                                        tr("No token from the token server"),
                                        message,
                                        {},
                                        UserFacingError::Action::Retry};
            });
            setState(SessionState::Failed);
        });
        m_tokenClient->fetch(QUrl(url));
        return;
    }
    QString error;
    if (!prepareCredentials(&s, &error)) {
        m_messages->showErrorFrom([this] {
            SessionSettings again;
            QString message;
            prepareCredentials(&again, &message);
            return UserFacingError {UserFacingError::Severity::Error,
                                    tr("No API key"),
                                    message,
                                    {},
                                    UserFacingError::Action::EnterKey};
        });
        setState(SessionState::Failed);
        return;
    }
    buildAndOpen(s);
}

bool AppController::prepareCredentials(SessionSettings *s, QString *error)
{
    const QString backend = backendChoice();
    if (backend == u"vertex") {
        if (!m_vertexCredential->hasSecret()) {
            *error = tr("Enter a Vertex AI access token or express-mode API key in the settings.");
            return false;
        }
        if (m_settings->text(u"vertex/credential"_s) == u"api-key")
            s->apiKey = m_vertexCredential->secret();
        else
            s->accessToken = m_vertexCredential->secret();
        return true;
    }
    // A stored key wins over the environment's, which is never stored.
    const QString key = m_apiKey->hasSecret() ? m_apiKey->secret() : m_environmentApiKey;
    if (key.isEmpty() && backend == u"gemini") {
        *error = tr("Enter your Gemini API key in the settings, or try the offline demo.");
        return false;
    }
    s->apiKey = key;
    return true;
}

void AppController::continueWithToken(const QString &token)
{
    if (m_view->state() != SessionState::Preparing)
        return;
    SessionSettings s = m_settings->sessionSettings();
    s.apiKey = token;
    buildAndOpen(s);
}

void AppController::buildAndOpen(SessionSettings s)
{
    QString error;
    m_config = buildSessionConfig(s, m_catalog, &error);
    if (!m_config) {
        m_messages->showErrorFrom([=] {
            return UserFacingError {UserFacingError::Severity::Error,
                                    tr("These settings cannot work"),
                                    error,
                                    {},
                                    UserFacingError::Action::OpenSettings};
        });
        setState(SessionState::Failed);
        return;
    }
    // The model this conversation really uses (a mode may have chosen it); its status has a
    // notice of its own, not one more session warning.
    m_modelNotice->setModel(m_config->modelId);
    m_view->setModelName(m_config->capabilities && !m_config->capabilities->displayName.isEmpty()
                                 ? m_config->capabilities->displayName
                                 : m_config->modelId);
    const QString statusNotice = m_config->capabilities
                                         ? session::modelStatusNotice(*m_config->capabilities)
                                         : QString();
    for (const session::CapabilityWarning &w : std::as_const(m_config->warnings)) {
        if (w.field != u"model" || w.reason != statusNotice)
            m_view->addWarnings({w.reason});
    }
    // The person's prices: the figures shown and the conversation's log agree.
    m_config->prices = m_settings->prices(m_config->prices);

    protocol::Setup &setup = m_config->setup;
    const protocol::RealtimeInputConfig realtime = m_settings->realtimeInputConfig();
    if (realtime != protocol::RealtimeInputConfig {})
        setup.realtimeInputConfig = realtime;
    if (setup.generationConfig)
        setup.generationConfig->mediaResolution = m_settings->mediaResolution();

    // The conversation's toolbox. Consent is asked in the app's dialog; "always allow" answers
    // are the settings'.
    m_conversation->setConfig(*m_config);
    ToolChoices choices;
    choices.toolsFile = m_settings->text(u"tools/file"_s);
    choices.mcpConfigFile = m_settings->text(u"tools/mcpConfig"_s);
    choices.googleSearch = m_settings->flag(u"tools/googleSearch"_s);
    choices.alwaysAllowed = m_settings->list(u"tools/alwaysAllowed"_s);
    if (!m_conversation->setUpTools(choices, m_confirmation, &error)) {
        m_messages->showErrorFrom([=] {
            return UserFacingError {UserFacingError::Severity::Error,
                                    tr("The tools could not be loaded"),
                                    error,
                                    {},
                                    UserFacingError::Action::OpenSettings};
        });
        setState(SessionState::Failed);
        return;
    }
    m_toolbox = m_conversation->toolbox();
    m_view->addWarnings(m_conversation->toolWarnings());
    m_toolbox->builtins()->setDesktopIntegration(m_desktop.get());
    m_toolbox->builtins()->setScreenFrameProvider(
            [settings = QPointer<AppSettings>(m_settings)](tools::ScreenFrameCallback reply) {
                grabScreen(settings ? settings->videoSettings() : video::VideoSettings {}, reply);
            });
    connect(m_toolbox->builtins(), &tools::BuiltinTools::timerFired, this,
            [this](const QString &label) {
                m_messages->addNoteFrom([label] { return tr("Timer: %1").arg(label); });
            });
    connect(m_toolbox->dispatcher(), &tools::ToolDispatcher::callUpdated, m_toolCalls,
            &ToolCallModel::update);
    openWhenToolsReady();
}

void AppController::openWhenToolsReady()
{
    if (m_toolbox->isReady()) {
        openSession();
        return;
    }
    connect(m_toolbox, &tools::Toolbox::ready, this, &AppController::openSession,
            Qt::SingleShotConnection);
    m_toolsTimeout.start();
}

} // namespace livedesk::app
