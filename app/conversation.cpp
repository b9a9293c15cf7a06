#include "app/conversation.h"

#include "app/conversationbridge.h"
#include "app/conversationlog.h"
#include "app/transcript.h"
#include "audio/audioengine.h"
#include "simulator/simulator.h"
#include "tools/toolbox.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

std::optional<session::ModelCatalog> loadModelCatalog(const QString &path, QString *error)
{
    if (path.isEmpty())
        return session::ModelCatalog::builtIn();
    return session::ModelCatalog::fromFile(path, error);
}

session::LiveSessionOptions sessionOptionsFor(const SessionConfig &config,
                                              const RecoveryOptions &recovery)
{
    session::LiveSessionOptions options;
    options.reconnect = recovery.reconnect;
    options.backoff.maxAttempts = recovery.maxReconnects;
    options.replyTimeoutMs = recovery.replyTimeoutMs;
    options.stallRecovery = recovery.stallRecovery;
    options.audioChunkMs = recovery.audioChunkMs;
    // A model that takes its initial history only through historyConfig refuses a clientContent
    // history mid-session: a fresh session after a lost context must be seeded its way.
    options.historySeeding = config.historySeeding;
    return options;
}

void applyTalkMode(protocol::Setup &setup, TalkMode mode)
{
    protocol::RealtimeInputConfig config = setup.realtimeInputConfig.value_or(
            protocol::RealtimeInputConfig {});
    protocol::AutomaticActivityDetection aad = config.automaticActivityDetection.value_or(
            protocol::AutomaticActivityDetection {});
    if (usesManualActivity(mode))
        aad.disabled = true;
    else
        aad.disabled.reset(); // enabled is the service's default: not sent
    config.automaticActivityDetection = aad != protocol::AutomaticActivityDetection {}
                                                ? std::optional(aad)
                                                : std::nullopt;
    setup.realtimeInputConfig = config != protocol::RealtimeInputConfig {} ? std::optional(config)
                                                                           : std::nullopt;
}

Conversation::Conversation(QObject *parent)
    : QObject(parent)
    , m_session(new session::LiveSession(this))
    , m_bridge(new ConversationBridge(m_session, this))
    , m_log(new ConversationLog(this, this))
{
    // Awaiting a reply, after the log (it records first) and before the front ends.
    // Speech that ended while live is a finished turn: the model's answer is timed from here
    // (the log's input end, as sendText() marks it), and awaited meanwhile.
    connect(m_bridge, &ConversationBridge::userSpeakingChanged, this, [this](bool speaking) {
        if (!speaking && m_session->isLive())
            m_log->markInputEnded();
        if (speaking || m_session->isLive())
            setAwaitingReply(!speaking);
    });
    const auto answered = [this] { setAwaitingReply(false); };
    connect(m_session, &session::LiveSession::outputTranscriptionReceived, this, answered);
    connect(m_session, &session::LiveSession::turnCompleted, this, answered);
    connect(m_session, &session::LiveSession::interrupted, this, answered);
    connect(m_session, &session::LiveSession::stateChanged, this,
            [this](session::LiveSession::State state) {
                using S = session::LiveSession::State;
                if (state == S::Live && !m_liveClock.isValid())
                    m_liveClock.start();
                if (state == S::Closed || state == S::Failed) {
                    setAwaitingReply(false);
                    if (m_endedLiveMs < 0)
                        m_endedLiveMs = m_liveClock.isValid() ? m_liveClock.elapsed() : 0;
                }
            });
    connectRecovery();

    // The voice's cues.
    m_interruptedShow.setSingleShot(true);
    m_interruptedShow.setInterval(kInterruptedShowMs);
    connect(&m_interruptedShow, &QTimer::timeout, this, &Conversation::voiceCuesChanged);
    connect(m_session, &session::LiveSession::interrupted, this, [this] {
        m_interruptedShow.start();
        Q_EMIT voiceCuesChanged();
    });
    connect(m_bridge, &ConversationBridge::userSpeakingChanged, this,
            &Conversation::voiceCuesChanged);
    connect(this, &Conversation::awaitingReplyChanged, this, &Conversation::voiceCuesChanged);
}

Conversation::~Conversation()
{
    // Its parts go one by one below: no one may ask it anything (voiceCues()) meanwhile.
    disconnect();
    // The log and the bridge watch the session (and the toolbox): they go first; calls still
    // running are abandoned before the dispatcher goes.
    delete m_log;
    delete m_bridge;
    if (m_toolbox)
        m_toolbox->dispatcher()->abandonAll();
    delete m_toolbox;
    // The session is closed by now (its socket went with it): the server it talked to can stop.
    if (m_simulator)
        m_simulator->stop();
}

bool Conversation::open()
{
    m_log->markConnectStart();
    applyTalkMode(m_config.setup, m_bridge->talkMode());
    m_session->setOptions(sessionOptionsFor(m_config, m_recovery));
    return m_session->open(m_config.endpoints.isEmpty() ? QList {m_config.endpoint}
                                                        : m_config.endpoints,
                           m_config.setup);
}

session::SendResult Conversation::sendText(const QString &text)
{
    session::SendResult result = session::SendResult::NotSent;
    switch (m_config.textRoute) {
    case session::TextInputRoute::RealtimeInput:
        result = m_session->sendRealtimeText(text);
        break;
    case session::TextInputRoute::Unspecified:
    case session::TextInputRoute::ClientContent:
        result = m_session->sendClientText(text);
        break;
    case session::TextInputRoute::None:
        break;
    }
    if (result != session::SendResult::NotSent) {
        m_log->markInputEnded();
        setAwaitingReply(true);
        if (m_transcript)
            m_transcript->addUserText(text);
    }
    return result;
}

bool Conversation::takesText() const
{
    // An audio-only model closes the connection on typed text (the setup's warning says so).
    return m_config.textRoute != session::TextInputRoute::None && m_bridge->sessionAcceptsInput();
}

// ---- Talk modes ----

void Conversation::setTalkMode(TalkMode mode)
{
    m_bridge->setTalkMode(mode);
}

TalkMode Conversation::talkMode() const
{
    return m_bridge->talkMode();
}

void Conversation::attachAudio(audio::AudioEngine *engine, AudioInput input, LatencyFigures figures)
{
    if (engine && figures == LatencyFigures::Measured)
        m_log->watchAudio(engine, input == AudioInput::Microphone ? std::optional(talkMode())
                                                                  : std::nullopt);
    m_bridge->attachAudio(engine);
    if (engine) {
        // The local barge-in cut the model off: shown as the service's interruption is.
        connect(engine, &audio::AudioEngine::bargeIn, this, [this](audio::BargeInEvent event) {
            if (event == audio::BargeInEvent::Stopped) {
                m_interruptedShow.start();
                Q_EMIT voiceCuesChanged();
            }
        });
    }
}

void Conversation::beginTalk()
{
    m_interruptedShow.stop();
    setAwaitingReply(false);
    m_bridge->beginTalk();
    Q_EMIT voiceCuesChanged();
}

void Conversation::endTalk()
{
    m_bridge->endTalk();
    Q_EMIT voiceCuesChanged();
}

VoiceCues Conversation::voiceCues() const
{
    VoiceCues cues;
    cues.interrupted = m_interruptedShow.isActive();
    cues.userSpeaking = m_bridge->isUserSpeaking();
    cues.awaitingReply = m_awaitingReply;
    cues.toolsRunning = m_toolbox && m_toolbox->dispatcher()->activeCallCount() > 0;
    return cues;
}

// ---- Tools and consent ----

bool Conversation::setUpTools(const ToolChoices &choices, tools::ConfirmationPrompt *prompt,
                              QString *error)
{
    Q_ASSERT(!m_toolbox);
    tools::ToolboxOptions o;
    o.toolsFile = choices.toolsFile;
    o.mcpConfigFile = choices.mcpConfigFile;
    o.approveTools = choices.approveTools;
    o.googleSearch = choices.googleSearch;
    o.builtins = choices.builtins;
    m_toolWarnings.clear();
    if (m_config.capabilities) {
        const session::ModelCapabilities &caps = *m_config.capabilities;
        o.capabilities.nonBlockingFunctions = caps.nonBlockingFunctions
                                                      == session::Support::Supported
                                              || caps.nonBlockingFunctions
                                                         == session::Support::Always;
        o.capabilities.googleSearch = caps.accepts(caps.googleSearch);
        if (caps.nonBlockingByDefault())
            o.capabilities.defaultBehavior = protocol::Behavior::NonBlocking;
    }
    // Kept out of every tool's output.
    for (const QString &secret : {m_config.endpoint.apiKey, m_config.endpoint.accessToken}) {
        if (!secret.isEmpty())
            o.secrets.append(secret);
    }
    m_toolbox = new tools::Toolbox(this);
    if (!m_toolbox->configure(o, error)) {
        delete m_toolbox;
        m_toolbox = nullptr;
        return false;
    }
    m_toolWarnings.append(m_toolbox->warnings());
    m_toolbox->policy()->setAlwaysAllowedTools(choices.alwaysAllowed);
    m_toolbox->dispatcher()->setConfirmationPrompt(prompt);
    m_log->watchTools(m_toolbox);
    // A running tool is the model at work: the voice "thinks".
    connect(m_toolbox->dispatcher(), &tools::ToolDispatcher::callUpdated, this,
            &Conversation::voiceCuesChanged);
    m_bridge->attachTools(m_toolbox->dispatcher(), [this](const protocol::ToolResponse &response) {
        m_session->sendToolResponse(response);
        m_log->recordToolResponse(response);
        Q_EMIT toolResponseSent(response);
    });
    return true;
}

void Conversation::applySetupTools()
{
    if (!m_toolbox)
        return;
    // Through the model's capabilities, as the rest of the setup: a model without function
    // calling or Google Search is not sent them, and the warnings say so.
    protocol::Setup scratch;
    scratch.model = m_config.setup.model;
    scratch.tools = m_toolbox->setupTools();
    if (m_config.capabilities) {
        const auto warnings = session::applyCapabilities(scratch, &*m_config.capabilities,
                                                         m_config.endpoint.backend,
                                                         m_config.modelId);
        for (const session::CapabilityWarning &w : warnings)
            m_toolWarnings.append(w.reason);
    }
    m_config.setup.tools = scratch.tools;
}

// ---- The in-process simulator ----

bool Conversation::startSimulator(const sim::SimulatorOptions &options, QString *error)
{
    Q_ASSERT(!m_simulator);
    m_simulator = new sim::Simulator(options, this);
    if (m_simulator->start(error))
        return true;
    delete m_simulator;
    m_simulator = nullptr;
    return false;
}

void Conversation::pointAtSimulator(SessionSettings &settings) const
{
    if (!m_simulator)
        return;
    settings.endpoint = m_simulator->url().toString();
    if (settings.apiKey.isEmpty() && settings.accessToken.isEmpty())
        settings.apiKey = QStringLiteral("offline-demo");
}

// ---- Statistics, usage and cost; awaiting a reply ----

Conversation::Statistics Conversation::statistics() const
{
    const session::TokenCounts totals = m_session->usageTotals();
    Statistics s;
    s.inputTokens = totals.prompt;
    s.outputTokens = totals.response + totals.thoughts;
    s.totalTokens = totals.total > 0 ? totals.total : s.inputTokens + s.outputTokens;
    s.costUsd = session::estimateCostUsd(totals, m_config.prices);
    s.reconnects = m_session->stats().reconnects;
    s.liveMs = m_endedLiveMs >= 0 ? m_endedLiveMs
                                  : (m_liveClock.isValid() ? m_liveClock.elapsed() : 0);
    return s;
}

void Conversation::setAwaitingReply(bool awaiting)
{
    if (m_awaitingReply == awaiting)
        return;
    m_awaitingReply = awaiting;
    Q_EMIT awaitingReplyChanged(awaiting);
}

} // namespace livedesk::app
