// One conversation, built the same way by both front ends (livedesk-cli's CliRun and the desktop
// app's AppController): the session and the bridge to the engines, the model table, and the
// translation of a SessionConfig plus the recovery choices into the session's options (the
// failover list, history seeding for models that need historyConfig, resumption, compression,
// the reply watchdog and what a stall does). The front ends feed inputs and show or write
// outputs; what a conversation is lives here:
//
//   - its ConversationLog writes the events and metrics files for both; sendText() is the one
//     text routing;
//   - talk modes: setTalkMode() before open(), which makes the setup agree (applyTalkMode);
//     attachAudio() has the log watch the engine before the bridge wires it;
//   - the toolbox and consent: setUpTools() from the person's ToolChoices and the model's
//     capabilities, consent through the front end's prompt (none in the CLI);
//     applySetupTools() once the MCP servers are ready;
//   - the in-process simulator (the app's demo, livedesk-cli --sim): startSimulator();
//   - statistics, usage and cost, and whether a reply is awaited (the voice state's rule is
//     voicestate.h's);
//   - transcript attachment, recovery as the person sees it (a stalled reply, the notices of a
//     new connection or a restored context) and the end that waits for the last reply
//     (conversation_transcript.cpp).
//
// Beside it, made by each front end through the same code: ConversationRecords
// (conversationrecords.h), the records lifecycle (recording, history, subtitles); end() asks it
// whether the last reply must be heard first.
// docs/architecture.md draws the picture.
#pragma once

#include "app/conversationbridge.h"
#include "app/sessionconfig.h"
#include "app/voicestate.h"
#include "session/livesession.h"
#include "session/modelcatalog.h"
#include "tools/builtintools.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace livedesk::audio {
class AudioEngine;
}
namespace livedesk::sim {
class Simulator;
struct SimulatorOptions;
} // namespace livedesk::sim
namespace livedesk::tools {
class ConfirmationPrompt;
class Toolbox;
} // namespace livedesk::tools

namespace livedesk::app {

class ConversationLog;
class ConversationRecords;
class Transcript;

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

// Makes `setup` agree with the talk mode: a client-driven mode (usesManualActivity) turns the
// service's activity detection off, since the service refuses activityStart/activityEnd while
// it detects turns itself; hands-free takes such an "off" back and keeps the person's
// sensitivities.
void applyTalkMode(protocol::Setup &setup, TalkMode mode);

// The person's choices for a conversation's tools (the CLI's --tools, --mcp-config,
// --approve-tools, --google-search and --no-builtin-tools; the app's settings). What the model
// can do with them comes from the conversation's model table entry.
struct ToolChoices
{
    QString toolsFile;
    QString mcpConfigFile;
    // all|none|NAME,…; empty: a call that needs consent is asked through the prompt, and
    // refused without one.
    QString approveTools;
    QStringList alwaysAllowed; // the tools the person allowed for good (the app's dialog)
    bool googleSearch = false;
    QSet<tools::BuiltinTool> builtins = tools::BuiltinTools::allTools();
};

// A conversation's figures (Conversation::statistics()): one value, which the app's status bar
// reads whole (ConversationView::statistics).
struct ConversationStatistics
{
    Q_GADGET
    Q_PROPERTY(qint64 inputTokens MEMBER inputTokens)
    Q_PROPERTY(qint64 outputTokens MEMBER outputTokens)
    Q_PROPERTY(qint64 totalTokens MEMBER totalTokens)
    Q_PROPERTY(double costUsd MEMBER costUsd)
    Q_PROPERTY(int reconnects MEMBER reconnects)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds)

public:
    qint64 inputTokens = 0;
    qint64 outputTokens = 0; // the response's and the thoughts'
    qint64 totalTokens = 0;
    double costUsd = 0; // estimated at the config's prices
    int reconnects = 0;
    qint64 liveMs = 0; // since the session was first live; frozen once it has ended

    int elapsedSeconds() const { return int(liveMs / 1000); }
    friend bool operator==(const ConversationStatistics &, const ConversationStatistics &) = default;
};

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
    // Whether sendText() can send now: the model takes text and the session is open, being
    // opened or reconnecting (it holds the text until it can send).
    bool takesText() const;

    // ---- Talk modes ----
    // How the user's turns are taken, for both front ends (the CLI's --talk-mode, the app's
    // setting or --talk-mode). Before open(), which makes the setup agree (applyTalkMode).
    void setTalkMode(TalkMode mode);
    TalkMode talkMode() const;
    // The conversation's audio engine, not owned. The log follows its events first (it must see
    // each chunk before the bridge sends it), with its latency figures when `figures` says so
    // (the probe polls while a reply plays); then the bridge wires it to the session.
    // AudioInput::None: a speaker only, so the figures have no talk mode.
    enum class AudioInput { Microphone, None };
    enum class LatencyFigures { Measured, NotMeasured };
    void attachAudio(audio::AudioEngine *engine, AudioInput input, LatencyFigures figures);

    // ---- Tools and consent ----
    // After setConfig(): builds the conversation's toolbox (a fresh one each conversation, so
    // "allow for this session" ends with it), reads the files and starts the MCP servers; the
    // log follows its calls and the bridge answers the session's tool calls with it. How
    // consent is asked is the front end's: `prompt` (the app's dialog; not owned, it must
    // outlive the conversation), or none (the CLI: approveTools decides, the rest is refused).
    // False with `error` for what the person must fix first (an unreadable or invalid file, a
    // bad approveTools); a failing MCP server is one of toolWarnings().
    bool setUpTools(const ToolChoices &choices, tools::ConfirmationPrompt *prompt, QString *error);
    tools::Toolbox *toolbox() const { return m_toolbox; } // null before setUpTools()
    // Once the toolbox is ready (Toolbox::ready; the MCP servers have started or failed): its
    // declarations go into the setup as far as the model takes them. Before open().
    void applySetupTools();
    QStringList toolWarnings() const { return m_toolWarnings; }

    // ---- The in-process simulator ----
    // livedesk-sim's server inside the process, for the app's offline demo and livedesk-cli
    // --sim: it listens on a free local port, and the conversation stops it when it goes.
    // Before the config is built: pointAtSimulator() puts its address into the settings. False
    // with `error` (the simulator's words) when it cannot listen.
    bool startSimulator(const sim::SimulatorOptions &options, QString *error);
    sim::Simulator *simulator() const { return m_simulator; } // null when none runs
    // The simulator's URL as the endpoint; it takes any key, so settings without a credential
    // get a placeholder (no real key need be sent to it).
    void pointAtSimulator(SessionSettings &settings) const;

    // ---- Statistics, usage and cost; awaiting a reply ----
    using Statistics = ConversationStatistics;
    // The figures so far, the same the log writes (usage events, metrics.json): the app puts
    // the person's price overrides into the config's prices.
    Statistics statistics() const;
    // The user has finished a turn (speech that ended while live, or text through sendText())
    // and the model has not answered yet: the voice is "thinking" (voicestate.h). The model's
    // answer (its transcript, a completed or interrupted turn) clears it; a front end that knows
    // sooner (the app hears the voice play, or the person opens a new turn) says so.
    bool isAwaitingReply() const { return m_awaitingReply; }
    void setAwaitingReply(bool awaiting);

    // ---- The talk control and the voice's cues ----
    // The person opens a turn (click or hold to talk, or interrupts the model hands-free): a
    // reply awaited so far is not any more, and "interrupted" stops showing.
    void beginTalk();
    void endTalk();
    // What the conversation knows of the voice (voicestate.h): the model was cut off a moment
    // ago (kInterruptedShowMs, by the service or the local barge-in), the user speaks, a reply
    // is awaited, a tool is at work. The front end adds the phase, whether the model's voice is
    // heard (its playback) and the mute, and derives the state with deriveVoiceState().
    VoiceCues voiceCues() const;
    static constexpr int kInterruptedShowMs = 1200;

    // ---- Transcript, recovery and the end (conversation_transcript.cpp) ----
    // The conversation's transcript (not owned; it must outlive the conversation), after
    // setUpTools() when there are tools: the session's transcriptions and text, the bridge's cut
    // turns and local speech, the toolbox's calls, the text sent through sendText(), and a notice
    // when the conversation went on over a new connection or its context was restored. Once,
    // before open().
    void attachTranscript(Transcript *transcript);
    Transcript *transcript() const;
    // The session's reply watchdog fired (replyTimeoutMs) and no answer has come since: the CLI
    // retries by itself, the app offers the retry to the person.
    bool isReplyStalled() const { return m_replyStalled; }
    // Asks the session to send the stalled turn again (or reconnect: RecoveryOptions). False when
    // there is nothing to ask again.
    bool retryStalledTurn();

    // The records kept beside the conversation (not owned; null: none). end() lets them hold
    // the end until the last reply has been heard, so a recording keeps all of it.
    void setRecords(ConversationRecords *records);
    // How the conversation ends (an explicit state, so End pressed twice means "now").
    enum class Ending {
        Running, // not asked to end
        AwaitingReplyPlayout, // the microphone is off; the session closes once the reply is heard
        Closing, // the session was asked to close
    };
    Ending ending() const { return m_ending; }
    // Ends the conversation: at once, or, when the records hold the end for a reply still being
    // spoken, once it has been heard (at most kMaxReplyPlayoutMs). Called again while it waits:
    // at once.
    void end();
    static constexpr qint64 kMaxReplyPlayoutMs = 30'000;

Q_SIGNALS:
    // A tool's result went to the session (and into the log).
    void toolResponseSent(const protocol::ToolResponse &response);
    void awaitingReplyChanged(bool awaiting);
    // One of voiceCues() changed.
    void voiceCuesChanged();
    // isReplyStalled() changed; `silentMs`: how long the model has been silent when it stalled.
    void replyStalledChanged(bool stalled, qint64 silentMs);

private:
    SessionConfig m_config;
    RecoveryOptions m_recovery;
    session::LiveSession *m_session; // child
    ConversationBridge *m_bridge; // child
    ConversationLog *m_log; // child
    tools::Toolbox *m_toolbox = nullptr; // child
    QStringList m_toolWarnings;

    sim::Simulator *m_simulator = nullptr; // child

    bool m_awaitingReply = false;
    QTimer m_interruptedShow; // single shot: how long "interrupted" shows
    QElapsedTimer m_liveClock; // from the first Live
    qint64 m_endedLiveMs = -1; // -1: not ended

    void connectRecovery();
    void setReplyStalled(bool stalled, qint64 silentMs);
    void closeWhenReplyHeard();
    void closeSession();
    QPointer<Transcript> m_transcript; // not owned
    bool m_replyStalled = false;
    QPointer<ConversationRecords> m_records; // not owned
    Ending m_ending = Ending::Running;
    QTimer m_replyPlayout; // polls the playback while the end waits for the reply
    QElapsedTimer m_replyPlayoutClock;
};

} // namespace livedesk::app
