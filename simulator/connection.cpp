#include "simulator/connection.h"

#include "simulator/logging.h"
#include "simulator/setupcheck.h"
#include "simulator/simulator_p.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

using namespace protocol;

namespace {

const QString kInvalidArgument = u"Request contains an invalid argument."_s;
const QString kInvalidKey = u"API key not valid. Please pass a valid API key."_s;
const QString kExpiredKey = u"API key expired. Please renew the API key."_s;
const QString kDeadlineExpired = u"Deadline expired before operation could complete."_s;
const QString kSessionNotFound = u"BidiGenerateContent session not found"_s;
const QString kInternalError = u"Internal error occurred."_s;
const QString kNotImplemented = u"Operation is not implemented, or supported, or enabled."_s;
const QString kUnavailable = u"The service is currently unavailable."_s;
constexpr quint64 kMaxMessageBytes = 16 * 1024 * 1024;

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

SimConnection::SimConnection(SimulatorPrivate *sim, QWebSocket *socket, ConnectInfo info, int id,
                             QObject *parent)
    : QObject(parent)
    , m_sim(sim)
    , m_socket(socket)
    , m_info(std::move(info))
    , m_id(id)
{
    m_socket->setParent(this);
    // Far above any real message (a JPEG frame is tens of kilobytes), far below trouble: Qt
    // closes with 1009 beyond it instead of buffering whatever a broken client sends.
    m_socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
    m_openedMs = m_sim->nowMs();
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { onFrame(message.toUtf8(), false); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { onFrame(message, true); });
    // aboutToClose comes with a close handshake only: without one the peer simply vanished.
    connect(m_socket, &QWebSocket::aboutToClose, this, [this] {
        m_closeFrameSeen = true;
        detachSession();
    });
    connect(m_socket, &QWebSocket::disconnected, this, &SimConnection::onDisconnected);

    for (QTimer *timer : {&m_setupTimer, &m_goAwayTimer, &m_deadlineTimer, &m_inputTranscriptTimer,
                          &m_turnCompleteTimer}) {
        timer->setSingleShot(true);
    }
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_setupTimer, &QTimer::timeout, this, &SimConnection::completeSetup);
    connect(&m_goAwayTimer, &QTimer::timeout, this, &SimConnection::onGoAwayTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &SimConnection::onDeadline);
    connect(&m_inputTranscriptTimer, &QTimer::timeout, this,
            &SimConnection::sendNextInputTranscription);
    connect(&m_turnCompleteTimer, &QTimer::timeout, this, &SimConnection::completeTurn);
}

SimConnection::~SimConnection()
{
    m_socket->disconnect(this);
    // Destroying a connected QWebSocket makes Qt 6.4 send a going-away close and leak its reason
    // string; whoever destroys an open connection has already closed or given up on it.
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    if (m_stream)
        m_stream->stop();
    detachSession();
}

void SimConnection::detachSession()
{
    // Once a close has started, the session counts as free: a client that closed its socket
    // and resumes at once must not be refused because the TCP teardown is still under way.
    if (m_session && m_session->connectionId == m_id) {
        m_session->connectionId = 0;
        m_session->lastDisconnectMs = qint64(m_sim->nowMs());
        if (m_setupMs > 0)
            m_session->activeMs += qint64(m_sim->nowMs() - m_setupMs);
    }
}

double SimConnection::nowMs() const
{
    return m_sim->nowMs();
}

void SimConnection::start()
{
    m_auth = m_sim->authorize(m_info);
    if (m_sim->frameLog.isOpen()) {
        QJsonObject open {{u"event"_s, u"open"_s},
                          {u"path"_s, m_info.head.path},
                          {u"credential"_s, credentialSourceName(m_info.credential.source)}};
        m_sim->frameLog.write(nowMs(), m_id, open);
    }
    qCInfo(lcSimulator).noquote() << "connection" << m_id << "opened on" << m_info.head.path
                                  << "with" << credentialSourceName(m_info.credential.source);
    Q_EMIT m_sim->q->clientConnected(m_info.head.path);
    if (!m_auth.accepted) {
        qCInfo(lcSimulator).noquote() << "connection" << m_id << "refused:" << m_auth.logReason;
        closeWith(m_auth.closeCode, m_auth.closeReason);
        return;
    }
    m_state = ConnectionState::AwaitingSetup;
    armDeadline();
}

// --- transport ---------------------------------------------------------------------------------

void SimConnection::onFrame(const QByteArray &bytes, bool binary)
{
    if (m_state != ConnectionState::AwaitingSetup && m_state != ConnectionState::SettingUp
        && m_state != ConnectionState::Live) {
        return;
    }
    const qint64 index = m_clientMessages++;
    if (m_hung)
        return; // the service swallowed the setup and reads nothing more
    auto decoded = decodeClientMessage(bytes);
    logFrame(bytes, binary, decoded ? describe(*decoded) : u"invalid"_s,
             decoded ? &*decoded : nullptr);
    if (!m_auth.tokenName.isEmpty()
        && m_sim->tokens.checkInUse(m_auth.tokenName, QDateTime::currentDateTimeUtc())
                   == TokenCheck::Expired) {
        qCInfo(lcSimulator) << "connection" << m_id << "used an expired ephemeral token";
        closeWith(1007, kExpiredKey);
        return;
    }
    if (!decoded) {
        qCInfo(lcSimulator).noquote()
                << "connection" << m_id << "sent an invalid message:" << decoded.error().message;
        closeWith(1007, decoded.error().message);
        return;
    }
    ClientMessage message = std::move(decoded).value();
    const bool isSetup = std::holds_alternative<Setup>(message);
    if (m_state == ConnectionState::AwaitingSetup) {
        if (!isSetup) {
            qCInfo(lcSimulator).noquote()
                    << "connection" << m_id << "sent" << describe(message) << "before setup";
            closeWith(1007, kInvalidArgument);
            return;
        }
        m_nullResumptionHandle = hasNullResumptionHandle(bytes);
        handleSetup(std::get<Setup>(std::move(message)));
        return;
    }
    if (isSetup) {
        qCInfo(lcSimulator) << "connection" << m_id << "sent a second setup";
        closeWith(1007, kInvalidArgument);
        return;
    }
    if (m_state == ConnectionState::SettingUp) {
        m_queued.append(std::move(message));
        m_queuedIndices.append(index);
        return;
    }
    dispatch(message);
    m_lastConsumedIndex = index;
}

void SimConnection::logFrame(const QByteArray &bytes, bool binary, const QString &kind,
                             const ClientMessage *message)
{
    if (!m_sim->frameLog.isOpen())
        return;
    QJsonObject f {{u"kind"_s, kind},
                   {u"frame"_s, binary ? u"binary"_s : u"text"_s},
                   {u"bytes"_s, bytes.size()},
                   {u"index"_s, m_clientMessages - 1}};
    if (m_session)
        f.insert(u"session"_s, m_session->id);
    if (const auto *in = message ? std::get_if<RealtimeInput>(message) : nullptr) {
        if (in->audio) {
            f.insert(u"mimeType"_s, in->audio->mimeType);
            f.insert(u"pcmBytes"_s, in->audio->data.size());
            f.insert(u"seq"_s, ++m_audioSeq);
            f.insert(u"hash"_s, FrameLog::fingerprint(in->audio->data));
        }
        if (in->video) {
            f.insert(u"mimeType"_s, in->video->mimeType);
            f.insert(u"imageBytes"_s, in->video->data.size());
        }
    } else if (const auto *cc = message ? std::get_if<ClientContent>(message) : nullptr) {
        f.insert(u"turns"_s, cc->turns.size());
        f.insert(u"turnComplete"_s, cc->turnComplete.value_or(false));
    }
    m_sim->frameLog.write(nowMs(), m_id, f);
}

void SimConnection::send(const ServerMessage &message)
{
    if (m_state != ConnectionState::SettingUp && m_state != ConnectionState::Live)
        return;
    const QByteArray json = encodeServerMessage(message, m_dialect);
    if (m_sim->options.frameType == FrameType::Binary)
        m_socket->sendBinaryMessage(json);
    else
        m_socket->sendTextMessage(QString::fromUtf8(json));
}

void SimConnection::sendRawFrame(const QByteArray &bytes)
{
    if (!isOpen())
        return;
    if (m_sim->options.frameType == FrameType::Binary)
        m_socket->sendBinaryMessage(bytes);
    else
        m_socket->sendTextMessage(QString::fromUtf8(bytes));
}

void SimConnection::stopActivity()
{
    for (QTimer *timer : {&m_setupTimer, &m_goAwayTimer, &m_deadlineTimer, &m_inputTranscriptTimer,
                          &m_turnCompleteTimer}) {
        timer->stop();
    }
    if (m_stream) {
        m_stream->stop();
        m_stream->deleteLater();
    }
}

void SimConnection::closeWith(int code, const QString &reason)
{
    if (!isOpen())
        return;
    const QString cut = truncateCloseReason(reason);
    qCInfo(lcSimulator).noquote() << "connection" << m_id << "closes with" << code << cut;
    stopActivity();
    detachSession();
    m_state = ConnectionState::Closing;
    m_closeCodeSent = code;
    m_socket->close(QWebSocketProtocol::CloseCode(code), cut);
}

void SimConnection::drop()
{
    if (m_state == ConnectionState::Closed)
        return;
    qCInfo(lcSimulator) << "connection" << m_id << "dropped without a close frame";
    stopActivity();
    m_state = ConnectionState::Closing;
    m_dropped = true;
    m_socket->abort();
}

void SimConnection::onDisconnected()
{
    if (m_state == ConnectionState::Closed)
        return;
    stopActivity();
    int code = m_closeCodeSent;
    if (m_dropped)
        code = 1006;
    else if (code == 0)
        code = m_closeFrameSeen ? int(m_socket->closeCode()) : 1006;
    m_state = ConnectionState::Closed;
    detachSession();
    if (m_sim->frameLog.isOpen()) {
        m_sim->frameLog.write(nowMs(), m_id,
                              QJsonObject {{u"event"_s, u"close"_s}, {u"code"_s, code}});
    }
    qCInfo(lcSimulator) << "connection" << m_id << "closed with" << code;
    Q_EMIT closed(code);
}

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

// --- deadlines and resumption ------------------------------------------------------------------

void SimConnection::armDeadline()
{
    const SimulatorOptions &o = m_sim->options;
    double deadline = m_forcedDeadlineMs;
    DeadlineKind kind = m_forcedDeadlineMs > 0 ? DeadlineKind::ConnectionLifetime
                                               : DeadlineKind::None;
    if (o.connectionLifetimeMs > 0) {
        const double at = m_openedMs + o.connectionLifetimeMs;
        if (kind == DeadlineKind::None || at < deadline) {
            deadline = at;
            kind = DeadlineKind::ConnectionLifetime;
        }
    }
    if (m_state == ConnectionState::Live && !m_compression && m_session) {
        const int cap = m_sessionState.videoSeen ? o.videoSessionCapMs : o.audioSessionCapMs;
        if (cap > 0) {
            const double at = m_setupMs + cap - double(m_session->activeMs);
            if (kind == DeadlineKind::None || at < deadline) {
                deadline = at;
                kind = DeadlineKind::SessionCap;
            }
        }
    }
    if (kind == DeadlineKind::None)
        return;
    if (m_deadlineKind == DeadlineKind::None || deadline < m_deadlineMs) {
        m_deadlineMs = deadline;
        m_deadlineKind = kind;
        m_goAwaySent = false;
        m_goAwayTimer.stop();
        m_deadlineTimer.start(int(std::max(0.0, deadline - nowMs())));
    }
    if (m_state == ConnectionState::Live && !m_goAwaySent && !m_goAwayTimer.isActive()) {
        const double goAwayIn = m_deadlineMs - o.goAwayNoticeMs - nowMs();
        if (goAwayIn <= 0)
            onGoAwayTimer();
        else
            m_goAwayTimer.start(int(goAwayIn));
    }
}

void SimConnection::onGoAwayTimer()
{
    if (m_state != ConnectionState::Live || m_goAwaySent)
        return;
    m_goAwaySent = true;
    // The timer may fire a millisecond early; never announce more than the notice period.
    const double leftMs = std::clamp(m_deadlineMs - nowMs(), 0.0,
                                     double(m_sim->options.goAwayNoticeMs));
    ServerMessage m;
    m.goAway = GoAway {Milliseconds(std::llround(leftMs))};
    send(m);
}

void SimConnection::onDeadline()
{
    if (m_deadlineKind == DeadlineKind::SessionCap && m_session) {
        qCInfo(lcSimulator) << "session" << m_session->id << "reached its length cap";
        m_session->ended = true;
    }
    closeWith(1011, kDeadlineExpired);
}

void SimConnection::announceGoAway(int timeLeftMs)
{
    if (m_state != ConnectionState::Live)
        return;
    const int leftMs = std::max(0, timeLeftMs);
    m_forcedDeadlineMs = nowMs() + leftMs;
    m_deadlineMs = m_forcedDeadlineMs;
    m_deadlineKind = DeadlineKind::ConnectionLifetime;
    m_deadlineTimer.start(leftMs);
    m_goAwayTimer.stop();
    m_goAwaySent = true;
    ServerMessage m;
    m.goAway = GoAway {Milliseconds(leftMs)};
    send(m);
}

SessionState SimConnection::snapshot() const
{
    return m_sessionState;
}

void SimConnection::sendResumptionUpdate(bool resumable)
{
    if (!m_resumption || !m_session || m_state != ConnectionState::Live
        || !m_sessionState.modelTurnCompleted)
        return;
    SessionResumptionUpdate update;
    if (resumable) {
        update.newHandle = m_sim->sessions.issueHandle(m_session, snapshot(), qint64(nowMs()));
        update.resumable = true;
        if (m_transparent)
            update.lastConsumedClientMessageIndex = m_lastConsumedIndex;
        m_lastHandleMs = nowMs();
    }
    ServerMessage m;
    m.sessionResumptionUpdate = update;
    send(m);
}

} // namespace livedesk::sim
