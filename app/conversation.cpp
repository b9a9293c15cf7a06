#include "app/conversation.h"

#include "app/conversationbridge.h"
#include "app/conversationlog.h"

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

Conversation::Conversation(QObject *parent)
    : QObject(parent)
    , m_session(new session::LiveSession(this))
    , m_bridge(new ConversationBridge(m_session, this))
    , m_log(new ConversationLog(this, this))
{ }

Conversation::~Conversation()
{
    // The log and the bridge watch the session: they go first.
    delete m_log;
    delete m_bridge;
}

bool Conversation::open()
{
    m_log->markConnectStart();
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
    if (result != session::SendResult::NotSent)
        m_log->markInputEnded();
    return result;
}

} // namespace livedesk::app
