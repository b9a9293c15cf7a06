// SimConnection, part four: the setup message. Token and resumption handle, the model and its
// profile, the injected faults, then setupComplete (live-protocol.md §3, docs/simulator.md).
#include "simulator/connection.h"

#include "simulator/logging.h"
#include "simulator/servicewords.h"
#include "simulator/setupcheck.h"
#include "simulator/simulator_p.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

using namespace protocol;
using namespace words;

namespace {

qsizetype declarationCharacters(const Setup &setup)
{
    qsizetype n = 0;
    if (setup.systemInstruction) {
        for (const Part &p : setup.systemInstruction->parts)
            n += p.text.size();
    }
    for (const Tool &tool : setup.tools) {
        for (const FunctionDeclaration &f : tool.functionDeclarations)
            n += QJsonDocument(functionDeclarationToJson(f)).toJson(QJsonDocument::Compact).size();
    }
    return n;
}

} // namespace

// --- setup -------------------------------------------------------------------------------------

void SimConnection::handleSetup(Setup setup)
{
    if (!applyTokenAndResumption(&setup) || !checkModel(setup.model))
        return;
    const auto *generation = setup.generationConfig ? &*setup.generationConfig : nullptr;
    if (generation && generation->responseModalities.size() > 1) {
        qCInfo(lcSimulator) << "connection" << m_id << "asked for several response modalities";
        closeWith(1007, kInvalidArgument);
        return;
    }
    // VIDEO (Vertex 3.8's live avatar) passes here; the profile decides below.
    if (generation && !generation->responseModalities.isEmpty()
        && generation->responseModalities.first() != Modality::Audio
        && generation->responseModalities.first() != Modality::Text
        && generation->responseModalities.first() != Modality::Video) {
        qCInfo(lcSimulator) << "connection" << m_id << "asked for an unsupported modality";
        closeWith(1007, kInvalidArgument);
        return;
    }
    const bool vertex = m_info.endpoint->flavour == ApiFlavour::VertexAi
                        || m_sim->options.vertexFlavour;
    if (!vertex && setup.sessionResumption && setup.sessionResumption->transparent) {
        closeWith(1007, u"Invalid JSON payload received. Unknown name \"transparent\" at "
                        "'setup.session_resumption': Cannot find field."_s);
        return;
    }
    if (!vertex && setup.explicitVadSignal) {
        closeWith(1007, u"Invalid JSON payload received. Unknown name \"explicit_vad_signal\" "
                        "at 'setup': Cannot find field."_s);
        return;
    }
    if (!checkProfile(setup))
        return;
    m_setup = std::move(setup);
    configureFromSetup();
    m_session->connectionId = m_id;
    m_state = ConnectionState::SettingUp;
    m_setupMs = nowMs();
    m_lastConsumedIndex = 0;
    qCInfo(lcSimulator).noquote() << "connection" << m_id << "set up" << m_setup.model << "session"
                                  << m_session->id;
    Q_EMIT m_sim->q->setupReceived(m_setup.model);
    if (m_hung)
        return;
    if (m_sim->options.setupCompleteDelayMs > 0)
        m_setupTimer.start(m_sim->options.setupCompleteDelayMs);
    else
        completeSetup();
}

bool SimConnection::applyTokenAndResumption(Setup *setup)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString &token = m_auth.tokenName;
    if (!token.isEmpty()) {
        auto merged = setupFromJson(m_sim->tokens.applyLocks(token, setupToJson(*setup)));
        if (!merged) {
            closeWith(1007, merged.error().message);
            return false;
        }
        *setup = std::move(merged).value();
    }
    const QString handle = setup->sessionResumption ? setup->sessionResumption->handle : QString();
    if (!handle.isEmpty()) {
        const auto resolved = m_sim->sessions.resolve(handle, qint64(nowMs()),
                                                      m_sim->options.handleLifetimeMs);
        switch (resolved.result) {
        case HandleLookup::Found:
            break;
        case HandleLookup::StillConnected:
            qCInfo(lcSimulator) << "connection" << m_id
                                << "resumed a session whose connection is still open";
            closeWith(1011, kInternalError);
            return false;
        case HandleLookup::Expired:
        case HandleLookup::SessionEnded:
        case HandleLookup::Unknown:
        case HandleLookup::Unspecified:
            qCInfo(lcSimulator) << "connection" << m_id << "resumed with an unusable handle ("
                                << int(resolved.result) << ")";
            closeWith(1008, kSessionNotFound);
            return false;
        }
        if (!token.isEmpty() && m_sim->tokens.checkInUse(token, now) != TokenCheck::Valid) {
            closeWith(1007, kExpiredKey);
            return false;
        }
        m_session = resolved.session;
        m_sessionState = resolved.state;
        return true;
    }
    if (!token.isEmpty()) {
        switch (m_sim->tokens.checkNewSession(token, now)) {
        case TokenCheck::Valid:
            m_sim->tokens.consumeUse(token);
            break;
        case TokenCheck::Expired:
        case TokenCheck::NewSessionClosed:
            qCInfo(lcSimulator) << "connection" << m_id << "token too late for a new session";
            closeWith(1007, kExpiredKey);
            return false;
        default:
            qCInfo(lcSimulator) << "connection" << m_id << "token has no use left";
            closeWith(1007, kInvalidKey);
            return false;
        }
    }
    m_session = m_sim->sessions.create();
    m_sessionState = SessionState {};
    m_sessionState.usage.addPromptText(declarationCharacters(*setup));
    m_historySeeding = setup->historyConfig
                       && setup->historyConfig->initialHistoryInClientContent.value_or(false);
    return true;
}

bool SimConnection::checkModel(const QString &model)
{
    const QStringList &models = m_sim->options.models;
    if (m_info.endpoint->flavour == ApiFlavour::VertexAi) {
        static const QRegularExpression path(
                uR"(^(?:projects/[^/]+/locations/[^/]+/)?publishers/google/models/([^/]+)$)"_s);
        const auto match = path.match(model);
        if (match.hasMatch() && (models.isEmpty() || models.contains(match.captured(1))))
            return true;
        closeWith(1008,
                  u"Publisher Model `%1` was not found or your project does not have "
                  "access to it. Please ensure you are using a valid model version."_s.arg(model));
        return false;
    }
    const QString id = model.startsWith(u"models/") ? model.mid(7) : model;
    if (!id.isEmpty() && !id.contains(u'/') && (models.isEmpty() || models.contains(id)))
        return true;
    closeWith(1008, u"models/%1 is not found for API version %2, or is not supported for "
                    "bidiGenerateContent. Call ListModels to see the list of available models "
                    "and their supported methods."_s.arg(id, m_info.endpoint->apiVersion));
    return false;
}

bool SimConnection::checkProfile(const Setup &setup)
{
    const QString id = session::modelIdFromName(setup.model);
    const bool vertex = m_info.endpoint->flavour == ApiFlavour::VertexAi
                        || m_sim->options.vertexFlavour;
    const session::ModelCapabilities *profile
            = m_sim->catalog.find(id, vertex ? session::Backend::VertexAi
                                             : session::Backend::GeminiApi);
    if (!profile) {
        // Accepted (--model, --any-model) but not described: not checked, except for the
        // avatar, which only a profile that lists VIDEO has.
        const auto &g = setup.generationConfig;
        if (g && g->responseModalities.contains(Modality::Video)) {
            closeWith(1007, kInvalidArgument);
            return false;
        }
        return true;
    }
    m_profile = *profile;
    if (m_nullResumptionHandle && !profile->accepts(profile->nullResumptionHandle)) {
        qCInfo(lcSimulator).noquote()
                << "connection" << m_id << "sent a null resumption handle," << id << "refuses it";
        closeWith(1007, kInvalidArgument);
        return false;
    }
    const SetupVerdict verdict = checkSetup(setup, *profile, m_info.endpoint->apiVersion, vertex);
    switch (verdict.kind) {
    case SetupVerdictKind::Accept:
        return true;
    case SetupVerdictKind::Hang:
        // Taken, and never answered: the client sees neither setupComplete nor a close.
        qCInfo(lcSimulator).noquote() << "connection" << m_id << "setup with" << verdict.field
                                      << "for" << id << "is never answered";
        m_hung = true;
        return true;
    case SetupVerdictKind::Refuse:
        break;
    }
    qCInfo(lcSimulator).noquote() << "connection" << m_id << "setup refused for" << id << "on"
                                  << m_info.endpoint->apiVersion << "because of" << verdict.field;
    closeWith(verdict.closeCode, verdict.reason);
    return false;
}

Behavior SimConnection::effectiveBehavior(Behavior declared) const
{
    if (declared == Behavior::Unspecified && m_profile && m_profile->nonBlockingByDefault())
        return Behavior::NonBlocking;
    return declared;
}

bool SimConnection::refuseInput(bool refused, const QString &what)
{
    if (!refused)
        return false;
    qCInfo(lcSimulator).noquote() << "connection" << m_id << "sent" << what << "which"
                                  << m_profile->id << "does not take";
    closeWith(1007, kInvalidArgument);
    return true;
}

bool SimConnection::injectFault()
{
    const SimulatorOptions &o = m_sim->options;
    // Only once the model is done: a NON_BLOCKING result still to be spoken (or a turn waiting)
    // would be lost with the connection, which is not what the service does.
    const bool idle = m_pendingCalls.isEmpty() && m_queuedResultReplies.isEmpty()
                      && !m_queuedUserTurn;
    if (o.faultRate <= 0 || !idle || m_sim->faultRandom.generateDouble() >= o.faultRate)
        return false;
    const int code = o.faultCloseCodes.at(
            int(m_sim->faultRandom.bounded(quint32(o.faultCloseCodes.size()))));
    qCInfo(lcSimulator) << "connection" << m_id << "injected fault" << code;
    closeWith(code, code == 1008 ? kNotImplemented : code == 1011 ? kUnavailable : kInternalError);
    return true;
}

void SimConnection::configureFromSetup()
{
    const bool vertex = m_info.endpoint->flavour == ApiFlavour::VertexAi
                        || m_sim->options.vertexFlavour;
    m_dialect = vertex ? Dialect::VertexAi : Dialect::GeminiApi;
    if (const auto &g = m_setup.generationConfig) {
        if (g->responseModalities == QList<Modality> {Modality::Text})
            m_modality = ReplyModality::Text;
        // The avatar's video comes beside the audio, which is still spoken.
        m_avatar = g->responseModalities.contains(Modality::Video);
        if (g->speechConfig) {
            m_voice = g->speechConfig->voiceName;
            m_speechLanguage = g->speechConfig->languageCode;
        }
        if (g->translationConfig)
            m_translationTarget = g->translationConfig->targetLanguageCode;
        m_lowResolutionImages = g->mediaResolution == MediaResolution::Low;
    }
    m_inputTranscription = m_setup.inputAudioTranscription.has_value();
    m_outputTranscription = m_setup.outputAudioTranscription.has_value();
    m_resumption = m_setup.sessionResumption.has_value();
    m_transparent = m_resumption && m_setup.sessionResumption->transparent.value_or(false);
    m_compression = m_setup.contextWindowCompression.has_value();
    m_explicitVadSignal = m_setup.explicitVadSignal.value_or(false);
    m_politeBargeIn = m_profile && m_profile->isOn(m_profile->politeBargeIn);
    const auto &ric = m_setup.realtimeInputConfig;
    m_interruptible = !ric || ric->activityHandling != ActivityHandling::NoInterruption;
    auto detection = ric ? ric->automaticActivityDetection : std::nullopt;
    // Taken without complaint and ignored: the service's own end-of-speech timing applies.
    if (detection && m_profile && !m_profile->accepts(m_profile->silenceDuration))
        detection->silenceDurationMs.reset();
    m_vad = std::make_unique<EnergyVad>(VadConfig::fromSetup(detection));
    m_functions.clear();
    for (const Tool &tool : m_setup.tools) {
        for (const FunctionDeclaration &f : tool.functionDeclarations)
            m_functions.insert(f.name, effectiveBehavior(f.behavior));
    }
}

void SimConnection::completeSetup()
{
    if (m_state != ConnectionState::SettingUp)
        return;
    m_state = ConnectionState::Live;
    ServerMessage complete;
    complete.setupComplete = SetupComplete {};
    if (m_sim->options.serverFields.sessionId && m_session)
        complete.setupComplete->sessionId = m_session->id;
    send(complete);
    armDeadline();
    sendResumptionUpdate(true); // a new session gets none before its first model turn
    while (!m_queued.isEmpty() && m_state == ConnectionState::Live) {
        const ClientMessage message = m_queued.takeFirst();
        const qint64 index = m_queuedIndices.takeFirst();
        dispatch(message);
        m_lastConsumedIndex = index;
    }
}

void SimConnection::dispatch(const ClientMessage &message)
{
    if (const auto *in = std::get_if<RealtimeInput>(&message))
        handleRealtimeInput(*in);
    else if (const auto *cc = std::get_if<ClientContent>(&message))
        handleClientContent(*cc);
    else if (const auto *tr = std::get_if<ToolResponse>(&message))
        handleToolResponse(*tr);
    else if (const auto *cu = std::get_if<ContextUpdate>(&message))
        handleContextUpdate(*cu);
    // Transparent resumption: while nothing is half done, hand out fresh handles now and then so
    // the client's replay buffer stays short.
    if (m_transparent && m_state == ConnectionState::Live && m_phase == TurnPhase::Idle
        && !m_manualActivity && !(m_vad && m_vad->inSpeech()) && nowMs() - m_lastHandleMs >= 1000) {
        m_lastConsumedIndex = m_clientMessages - 1;
        sendResumptionUpdate(true);
    }
}

} // namespace livedesk::sim
