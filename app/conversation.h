// One conversation, built the same way by both front ends (livedesk-cli's CliRun and the desktop
// app's AppController): the session and the bridge to the engines, the model table, and the
// translation of a SessionConfig plus the recovery choices into the session's options (the
// failover list, history seeding for models that need historyConfig, resumption, compression,
// the reply watchdog and what a stall does). The front ends feed inputs and show or write
// outputs; what a conversation is lives here.
//
// Its ConversationLog writes the events and metrics files for both; sendText() is the one text
// routing. Not moved here yet (issue 14, still per front end): talk modes and the toolbox, the
// demo simulator, transcript attachment, the records lifecycle, statistics and the derived voice
// state. docs/architecture.md lists what is where.
#pragma once

#include "app/sessionconfig.h"
#include "session/livesession.h"
#include "session/modelcatalog.h"

#include <QObject>

#include <optional>

namespace livedesk::app {

class ConversationBridge;
class ConversationLog;

// The model table: the built-in one, or the file at `path` (resources/models.json's format).
// Fails (with `error` set) only for a file that cannot be read or parsed.
std::optional<session::ModelCatalog> loadModelCatalog(const QString &path, QString *error);

// What a conversation does when its connection or its reply goes wrong. Defaults are the
// session's own (LiveSessionOptions).
struct RecoveryOptions
{
    session::ReconnectMode reconnect = session::ReconnectMode::Automatic;
    int maxReconnects = session::BackoffOptions {}.maxAttempts;
    int replyTimeoutMs = session::LiveSessionOptions {}.replyTimeoutMs; // 0: no watchdog
    session::StallRecovery stallRecovery = session::StallRecovery::ResendTurn;
    int audioChunkMs = session::LiveSessionOptions {}.audioChunkMs;
};

// The session options for `config` with `recovery`: the one place where what the model needs
// (historySeeding) and what the person chose meet.
session::LiveSessionOptions sessionOptionsFor(const SessionConfig &config,
                                              const RecoveryOptions &recovery);

class Conversation : public QObject
{
    Q_OBJECT

public:
    explicit Conversation(QObject *parent = nullptr);
    ~Conversation() override;

    session::LiveSession &session() { return *m_session; }
    ConversationBridge &bridge() { return *m_bridge; }
    // The events and metrics files (--events, --metrics), written the same for both front ends.
    ConversationLog &log() { return *m_log; }

    // Before open(). The setup may still be added to (tools) until then.
    void setConfig(SessionConfig config) { m_config = std::move(config); }
    SessionConfig &config() { return m_config; }
    const SessionConfig &config() const { return m_config; }
    void setRecovery(const RecoveryOptions &recovery) { m_recovery = recovery; }
    const RecoveryOptions &recovery() const { return m_recovery; }

    // Applies the options and connects to the failover list (the endpoint alone when there is
    // none). False when the session refused to open (it is Failed and has said why).
    bool open();

    // Typed text the way the model takes it (SessionConfig::textRoute: realtime input or a
    // client turn), and the log's mark that the user's input ended. NotSent for an audio-only
    // model, which would close the connection on it, and when the session takes no input.
    session::SendResult sendText(const QString &text);

private:
    SessionConfig m_config;
    RecoveryOptions m_recovery;
    session::LiveSession *m_session; // child
    ConversationBridge *m_bridge; // child
    ConversationLog *m_log; // child
};

} // namespace livedesk::app
