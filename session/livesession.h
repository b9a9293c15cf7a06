// One Live API conversation that outlives its WebSockets: an explicit state machine over one
// LiveConnection at a time (liveconnection.h: the socket, setup phase, message index and
// keep-alive of one WebSocket) and the protocol codec. Lives in the thread that owns it (the
// main thread in the app). The service ends every connection after about ten minutes, uncompressed sessions after
// 15 (2 with video), and drops happen; the user must not notice any of it.
//
//   Idle → Connecting → SettingUp → Live ⇄ Reconnecting → Closing → Closed
//            │             │          │         │
//            └─────────────┴──────────┴─────────┴──→ Failed (with a categorised SessionError)
//
// Every change is a named transition (transition(), TransitionReason); one the table
// (isLegalTransition) does not allow is refused and logged. Connecting/SettingUp are the first
// connection only; every later connection (a goAway
// handover, a reconnect after a drop, a fresh session after a refused resume) happens inside
// Reconnecting, which ends in Live again or, when recovery is impossible, in Failed.
//
// Rules it enforces:
//  - setup is the first message of every connection and nothing else goes out before its
//    setupComplete. Sends made while not Live (Connecting, SettingUp, Reconnecting) are buffered
//    (OutgoingBuffer: audio bounded by duration, oldest dropped with inputDropped(); other
//    messages bounded by count, then refused) and flushed in order once Live; sends in Idle,
//    Closing, Closed or Failed are refused (SendResult::NotSent with refusalReason()).
//  - Resumption: the latest resumable handle is kept with its age; a handle older than
//    handleLifetimeMs (2 h) is not used.
//  - goAway: the handover happens at the next resumable point (no model turn under way, no reply
//    awaited, no user speech since the latest handle, a fresh handle), or when timeLeft is nearly
//    gone (handoverMarginMs). From the turn boundary on, new input waits in the gap buffer, so
//    the handle covers everything the server heard. The old socket is closed first (the service
//    refuses a resume while it is open), then the new one opens with the handle.
//  - Unexpected ends (1006, 1011, keep-alive timeout, setup timeout on a reconnect): reconnect at
//    once, then with exponential backoff and jitter (reconnectpolicy.h); 1007/1008 during the
//    setup and auth are not retried, 1007/1008 after setupComplete are resumed from (3 in a row
//    at most); quota backs off longer; "unavailable" moves along the failover list; a network
//    that comes back (NetworkMonitor) skips the wait. Attempts count until a connection proves
//    itself (a turn, or provenConnectionMs), so instant closes get backoff, not a storm.
//  - Everything the server says (frames, close reasons, socket errors) is scrubbed of the
//    credentials (secretscrubber.h) before anything reads it.
//  - A refused, missing or expired handle: a fresh session seeded with the transcript as
//    clientContent history (contextRestored()).
//  - What the server had not consumed when a connection ended is sent again: in Vertex
//    transparent mode everything after lastConsumedClientMessageIndex; otherwise the user's input
//    since the latest handle when a turn was cut (ReplayLog).
//  - Reply watchdog: no server message for replyTimeoutMs while a reply is expected (after the
//    user's turn ended, or after a toolResponse) → replyStalled(); retryStalledTurn() re-sends
//    the turn or reconnects (stallRecovery).
//  - setupComplete must arrive within setupTimeoutMs. A server frame that cannot be decoded is
//    reported (errorOccurred, category Protocol) and skipped. Keep-alive: a ping when nothing was
//    received for keepAliveIntervalMs; dead only after keepAliveTimeoutMs without any frame or
//    pong (the service's pongs take 8–30 s, live-protocol.md §4.6).
#pragma once

#include "session/audiochunker.h"
#include "session/endpoint.h"
#include "session/inputbuffer.h"
#include "session/liveconnection.h"
#include "session/protocol/codec.h"
#include "session/reconnectpolicy.h"
#include "session/secretscrubber.h"
#include "session/sessionerror.h"
#include "session/transcript.h"
#include "session/usage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace livedesk::session {

class NetworkMonitor;

enum class ReconnectMode { Unspecified, Automatic, Off }; // Unspecified = Automatic
// How a fresh session receives the transcript: with setup.historyConfig
// .initialHistoryInClientContent and a complete clientContent (models whose capability table
// entry says so, e.g. 3.1 Flash Live), or as a clientContent with turnComplete:false. None: not at
// all, for models that take no clientContent (translate models); the fresh session starts empty.
enum class HistorySeeding {
    Unspecified,
    HistoryConfig,
    ClientContent,
    None
}; // Unspecified = ClientContent
// What retryStalledTurn() does: send the user's turn again on the same connection, or replace the
// connection (and send the turn on the new one).
enum class StallRecovery { Unspecified, ResendTurn, Reconnect }; // Unspecified = ResendTurn
enum class StallCause { None, UserTurn, ToolResponse };
enum class NetworkWatch { Unspecified, Watch, Ignore }; // Unspecified = Watch

struct LiveSessionOptions
{
    int connectTimeoutMs = 20000; // TCP + TLS + HTTP upgrade
    int setupTimeoutMs = 20000; // setup sent → setupComplete
    int keepAliveIntervalMs = 15000; // ping after this long without any inbound frame
    int keepAliveTimeoutMs = 90000; // dead after this long without any inbound frame or pong
    int closeTimeoutMs = 5000; // our close frame → the server's answer
    int audioChunkMs = AudioChunker::kDefaultChunkMs;
    int maxQueuedMessages = 512; // non-media messages waiting while not Live
    int maxBufferedAudioMs = 10000; // audio waiting while not Live; the oldest goes beyond it
    int maxBufferedVideoFrames = 10;
    UsageReporting usageReporting = UsageReporting::Unspecified;

    // Recovery.
    ReconnectMode reconnect = ReconnectMode::Automatic;
    BackoffOptions backoff;
    NetworkWatch networkWatch = NetworkWatch::Watch;
    qint64 handleLifetimeMs = 2LL * 60 * 60 * 1000; // the service keeps handles 2 h
    int handoverMarginMs = 5000; // hand over mid-turn this long before goAway's deadline
    int minConnectionAgeForHandoverMs = 1000; // no handover storms when every goAway is early
    int handoverCloseTimeoutMs = 1000; // old socket's close handshake, at most
    // A resumable handle (without transparent mode's index) is taken to cover what was sent at
    // least this long before it arrived: about a round trip, generously.
    int handleCoverMarginMs = 500;
    // A reconnected connection proves itself with a completed turn or by staying up this long;
    // until then its loss counts as one more failed attempt (backoff, maxAttempts), so a server
    // that closes right after every setupComplete cannot cause a reconnect storm.
    int provenConnectionMs = 10000;
    ReplayLog::Limits replayLimits;
    ConversationTranscript::Limits transcriptLimits;
    HistorySeeding historySeeding = HistorySeeding::ClientContent;
    // Outgoing audio louder than this (any 10 ms frame) counts as user speech: a handover waits
    // until the server has answered it.
    double speechThresholdDbfs = -50;

    // Reply watchdog; 0 = off.
    int replyTimeoutMs = 15000;
    StallRecovery stallRecovery = StallRecovery::ResendTurn;
};

// The sample rates a model audio part may be labelled with (docs/limits.md): what speech is
// carried at, and what the playback and recording paths convert from. A part outside them (say
// "rate=1", which made a recording 24 000 times too long) is skipped and reported.
inline constexpr int kMinModelAudioRateHz = 8000;
inline constexpr int kMaxModelAudioRateHz = 48000;

// Counters for metrics. Bytes are WebSocket payload bytes (the JSON text), without framing.
struct SessionStats
{
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 messagesSent = 0;
    qint64 messagesReceived = 0;
    qint64 audioChunksSent = 0;
    qint64 audioBytesSent = 0; // 16 kHz s16le
    qint64 videoFramesSent = 0;
    qint64 audioBytesReceived = 0; // at the rate the server labelled (24 kHz)
    qint64 audioMsReceived = 0;
    int turnsCompleted = 0;
    int reconnects = 0; // connections that went Live after the first
    int decodeErrors = 0;
    int audioPartsSkipped = 0; // labelled with a rate outside the supported range
    int pingsSent = 0;
    int pongsReceived = 0;

    // Recovery.
    int connections = 0; // connections that went Live
    int goAways = 0;
    int handovers = 0; // goAway handovers started (forced ones included)
    int forcedHandovers = 0; // of those, mid-turn because timeLeft was nearly gone
    int resumptions = 0; // reconnects that resumed with a handle
    int freshSessions = 0; // reconnects that started a new session (with history if any)
    int failedAttempts = 0; // connection attempts that did not reach Live
    qint64 lastGapMs = -1; // old connection gone → new setupComplete
    qint64 longestGapMs = -1;
    qint64 totalGapMs = 0;
    qint64 bufferedAudioMs = 0; // audio that waited in a gap and went out afterwards
    qint64 droppedAudioMs = 0; // audio dropped because a gap outlasted maxBufferedAudioMs
    int droppedVideoFrames = 0;
    int replayedMessages = 0;
    int stalls = 0;
};

// One connection change, for the UI's transcript marker and the event log.
struct ReconnectInfo
{
    Q_GADGET
    Q_PROPERTY(livedesk::session::ReconnectReason reason MEMBER reason)
    Q_PROPERTY(livedesk::session::ResumeMode mode MEMBER mode)
    Q_PROPERTY(int attempt MEMBER attempt)
    Q_PROPERTY(qint64 delayMs MEMBER delayMs)
    Q_PROPERTY(qint64 gapMs MEMBER gapMs)
    Q_PROPERTY(QString detail MEMBER detail)

public:
    ReconnectReason reason = ReconnectReason::None;
    ResumeMode mode = ResumeMode::None; // reconnected(): how the conversation continued
    int attempt = 0; // 1-based connection attempt of this recovery
    qint64 delayMs = 0; // reconnecting(): wait before this attempt
    qint64 gapMs = -1; // reconnected(): old connection gone → new setupComplete
    int closeCode = 0; // of the connection that ended, when it closed with one
    int endpointIndex = 0; // into the failover list
    int replayedMessages = 0; // reconnected(): sent again because the server had not consumed them
    qint64 bufferedAudioMs = 0; // reconnected(): audio that waited during the gap
    qint64 handleAgeMs = -1; // reconnected() with Resumed: age of the handle used
    QString detail; // the error's message, when an error ended the connection
};

enum class SendResult { NotSent, Queued, Sent };
enum class TextKind { Unspecified, Answer, Thought };

class LiveSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int connectionCount READ connectionCount NOTIFY connectionCountChanged)
    Q_PROPERTY(bool hasResumptionHandle READ hasUsableHandle NOTIFY resumptionHandleChanged)
    // Changes continuously: re-read it on a timer (it is -1 without a handle).
    Q_PROPERTY(qint64 handleAgeMs READ handleAgeMs NOTIFY resumptionHandleChanged)
    Q_PROPERTY(bool stalled READ isStalled NOTIFY stalledChanged)

public:
    enum class State { Idle, Connecting, SettingUp, Live, Reconnecting, Closing, Closed, Failed };
    Q_ENUM(State)
    // Why the state changes: every change is one named transition, logged with both states. One
    // the table (isLegalTransition) does not allow is refused with a warning.
    enum class TransitionReason {
        None,
        OpenRequested, // Idle/Closed/Failed → Connecting
        Upgraded, // Connecting → SettingUp
        SetupConfirmed, // SettingUp → Live
        ConnectionLost, // Live → Reconnecting
        HandoverStarted, // Live → Reconnecting (goAway, or a stalled reply)
        Recovered, // Reconnecting → Live
        CloseRequested, // → Closing (a polite close), or → Closed with nothing open
        CloseAnswered, // Closing → Closed
        ServerClosed, // Live → Closed: a clean close (1000) by the server
        Failed, // → Failed
    };
    Q_ENUM(TransitionReason)
    static bool isLegalTransition(State from, State to);

    explicit LiveSession(QObject *parent = nullptr);
    ~LiveSession() override;

    // Timers and policies apply at once; buffer bounds and the chunk size only while no
    // conversation is under way (Idle, Closed, Failed).
    void setOptions(const LiveSessionOptions &options);
    const LiveSessionOptions &options() const { return m_options; }

    // Starts a connection and sends `setup` once the upgrade completes. Returns false (and ends
    // in Failed with lastError()) when the endpoint cannot be used, or when a connection is
    // already under way. A handle in setup.sessionResumption resumes that session (and falls back
    // to a fresh one if it is refused).
    bool open(const EndpointConfig &endpoint, const protocol::Setup &setup);
    // The same with an ordered failover list (e.g. Vertex locations, vertexFailoverEndpoints()):
    // a connection failure or an "unavailable" error moves to the next entry. A Vertex model
    // resource path is rewritten for each entry's location.
    bool open(const QList<EndpointConfig> &endpoints, const protocol::Setup &setup);
    // Closes politely (close frame 1000) and ends in Closed. Safe in any state.
    Q_INVOKABLE void close();

    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Live; }
    SessionError lastError() const { return m_lastError; }
    QString redactedUrl() const { return m_redactedUrl; }
    QString refusalReason() const { return m_refusalReason; }
    // The credentials of the open endpoints (and the environment's keys): the app scrubs what it
    // prints and stores with it, as the session scrubs everything the server sends.
    const SecretScrubber &scrubber() const { return m_scrubber; }
    const SessionStats &stats() const { return m_stats; }
    TokenCounts usageTotals() const { return m_usage.totals(); }
    const UsageAccumulator &usage() const { return m_usage; }
    // The latest non-empty resumable handle (sessionResumptionUpdate). Never log it.
    QString resumptionHandle() const { return m_handle; }
    qint64 handleAgeMs() const; // -1 without a handle
    bool hasUsableHandle() const; // present and younger than handleLifetimeMs
    // A goAway arrived and no connection has been set up since.
    bool isGoingAway() const { return m_goAwayDeadlineMs >= 0; }
    int connectionCount() const { return m_stats.connections; }
    int endpointIndex() const { return m_endpointIndex; }
    const ConversationTranscript &transcript() const { return m_transcript; }
    bool isStalled() const { return m_stalled; }
    StallCause stallCause() const { return m_stallCause; }

    // Any client message except setup (which the session sends itself).
    SendResult send(const protocol::ClientMessage &message);
    // 16 kHz mono s16le of any length; re-chunked to options().audioChunkMs per message.
    SendResult sendAudio(QByteArrayView pcm16kMono);
    // Sends what is left in the chunker (shorter than a chunk).
    SendResult flushAudio();
    // Flushes the audio, then tells the server's VAD the stream paused (automatic VAD only).
    // InputEnded (the microphone was switched off) owes a reply to speech sent before it, so the
    // watchdog runs. QuietRoom (a hands-free pause while nobody speaks) owes none: the service's
    // own detection decides whether that sound was a turn, as it does for a stream that never
    // pauses, and a cough must not become a "reply stalled".
    enum class StreamPause { InputEnded, QuietRoom };
    SendResult sendAudioStreamEnd(StreamPause why = StreamPause::InputEnded);
    SendResult sendVideoFrame(const QByteArray &image,
                              const QString &mimeType = QStringLiteral("image/jpeg"));
    SendResult sendRealtimeText(const QString &text);
    SendResult sendClientText(const QString &text, bool turnComplete = true);
    SendResult sendActivityStart();
    SendResult sendActivityEnd();
    SendResult sendToolResponse(const protocol::ToolResponse &response);

    // The app's own voice activity detection (or push-to-talk release) says the user's turn
    // ended: a reply is now expected, so the watchdog runs. Text turns, activityEnd and
    // audioStreamEnd after speech arm it by themselves.
    void markUserTurnEnded();
    // After replyStalled(): re-send the turn or reconnect (options().stallRecovery). Returns false
    // when nothing is stalled.
    Q_INVOKABLE bool retryStalledTurn();
    // Skips the rest of a reconnect backoff (the network came back, or the user asked).
    Q_INVOKABLE void reconnectNow();

Q_SIGNALS:
    void stateChanged(livedesk::session::LiveSession::State state);
    void setupCompleted(const QString &sessionId);
    // Model speech: s16le mono at `sampleRate` (24000 from the service).
    void audioReceived(const QByteArray &pcm, int sampleRate);
    void textReceived(const QString &text, livedesk::session::TextKind kind);
    void inputTranscriptionReceived(const livedesk::protocol::Transcription &transcription);
    void interimInputTranscriptionReceived(const livedesk::protocol::Transcription &transcription);
    void outputTranscriptionReceived(const livedesk::protocol::Transcription &transcription);
    void interrupted();
    void generationCompleted();
    // `reason` is turnCompleteReason (empty for a normal end).
    void turnCompleted(const QString &reason);
    // serverContent.interactionStatus, sent with turnComplete: IN_PROGRESS while more output
    // follows (a NON_BLOCKING result still to be spoken), IDLE when the model is done.
    void interactionStatusReceived(const QString &status);
    void toolCallReceived(const livedesk::protocol::ToolCall &call);
    void toolCallCancelled(const QStringList &ids);
    // The raw report; usageTotals() has the accumulated counts (usage.h explains the rule).
    void usageUpdated(const livedesk::protocol::UsageMetadata &report);
    void goAwayReceived(qint64 timeLeftMs);
    void resumptionUpdated(const QString &handle, bool resumable);
    void groundingReceived(const livedesk::protocol::GroundingMetadata &metadata);
    void voiceActivityReceived(livedesk::protocol::VoiceActivityType type);
    // For latency measurements: an audio message (its 16 kHz payload) was just handed to the
    // socket, at steadyTimeUs (std::chrono::steady_clock, µs). Emitted on every write, queued
    // and replayed messages included; receivers must not block.
    void audioWritten(const QByteArray &pcm16kMono, qint64 steadyTimeUs);
    // Fatal errors (state Failed), the error that ended a connection the session recovers from
    // (state Reconnecting), and non-fatal ones (category Protocol: a frame was skipped).
    void errorOccurred(const livedesk::session::SessionError &error);

    // Recovery. reconnecting(): a connection ended (or a handover began) and attempt
    // `info.attempt` starts after `info.delayMs`. reconnected(): Live again; mark the transcript
    // here (discreetly: the user did nothing).
    void reconnecting(const livedesk::session::ReconnectInfo &info);
    void reconnected(const livedesk::session::ReconnectInfo &info);
    // A fresh session was seeded with `turns` turns of the transcript: tell the user the context
    // was restored from it (the model's memory of audio and images is gone).
    void contextRestored(int turns);
    void connectionCountChanged(int connections);
    void resumptionHandleChanged();
    // Audio (and video frames) waiting for a connection outgrew the bounds; the oldest went.
    void inputDropped(qint64 audioMs, int videoFrames);
    // Nothing from the server for `silentMs` while a reply was expected. Offer a retry.
    void replyStalled(livedesk::session::StallCause cause, qint64 silentMs);
    void stalledChanged(bool stalled);

private:
    friend struct LiveSessionFuzzer; // tests/fuzz/fuzz_server_pipeline.cpp feeds handleFrame()
    friend struct StateMachineProbe; // tests/session/tst_sessionstates.cpp

    // Where the recovery of the conversation stands, beside State: Live may be waiting for a
    // goAway handover point, and Reconnecting is first closing the old socket, then a gap.
    enum class Recovery {
        None,
        GoAwayPending, // Live: a goAway arrived; the handover waits for a turn boundary
        HandoverClosing, // Reconnecting: the old socket's close handshake (the gap has begun)
        Gap, // between losing a connection and the next setupComplete
    };

    // livesession.cpp: states, opening and closing, sending; livesession_inbound.cpp: receiving
    bool transition(State to, TransitionReason why);
    void fail(const SessionError &error);
    void retireConnection();
    bool connectSocket();
    bool canWrite() const;
    bool setupConfirmed() const;
    void handleConnectionClosed();
    void write(const protocol::ClientMessage &message);
    void flushQueue();
    void handleConnected();
    void handleFrame(const QByteArray &frame);
    void handleSetupComplete(const QString &sessionId);
    void handleServerContent(const protocol::ServerContent &content);
    void reportSkippedAudio(const QString &mimeType);
    void handleResumptionUpdate(const protocol::SessionResumptionUpdate &update);
    void answerRejectedCalls(const protocol::ToolCall &call);
    SendResult refuse(const QString &reason);
    void noteOutgoing(const protocol::ClientMessage &message);

    // livesession_recovery.cpp: handover, reconnect, watchdog
    protocol::Setup setupForAttempt() const;
    ResumeMode chooseResumeMode() const;
    bool connectionProven() const;
    void connectionLost(const SessionError &error, ReconnectReason reason, bool beforeUpgrade);
    void scheduleAttempt(int delayMs, ReconnectReason reason, const SessionError &error);
    void startAttempt();
    void planReplay();
    void enterGap(ReconnectReason reason, const SessionError &error);
    void sendAfterSetup(const QString &sessionId);
    void onGoAway(qint64 timeLeftMs);
    bool atTurnBoundary() const;
    bool holdingForHandover() const;
    bool readyForHandover() const;
    bool expectsReply(const protocol::ClientMessage &message) const;
    void maybeHandover();
    void startHandover(ReconnectReason reason);
    void finishHandoverClose();
    void noteTurnActivityDuringHandover(const protocol::ServerMessage &message);
    void armWatchdog(StallCause cause);
    void disarmWatchdog();
    void onWatchdogTimeout();
    void setStalled(bool stalled);
    bool isBlockingResponse(const protocol::ToolResponse &response) const;
    bool hasSpeech(QByteArrayView pcm16k) const;

    LiveSessionOptions m_options;
    State m_state = State::Idle;
    // This attempt's socket (child; retired connections are deleted later).
    QPointer<LiveConnection> m_connection;
    protocol::Setup m_setup; // as the app gave it
    QList<EndpointConfig> m_endpoints;
    int m_endpointIndex = 0;
    QString m_redactedUrl;
    SecretScrubber m_scrubber;
    SessionError m_lastError;
    QString m_refusalReason;
    OutgoingBuffer m_pending;
    AudioChunker m_chunker;
    UsageAccumulator m_usage;
    SessionStats m_stats;

    // This connection (its socket-level state is in LiveConnection).
    qint64 m_connectedAtMs = 0;
    bool m_turnOnConnection = false; // a turn completed on it: the connection works
    ResumeMode m_attemptMode = ResumeMode::Fresh;

    // Resumption and the conversation's state on the server.
    QString m_handle;
    qint64 m_handleIssuedMs = -1;
    int m_handleEndpointIndex = 0;
    bool m_serverResumable = false; // the latest update said resumable
    bool m_turnInProgress = false; // model output (or a call) since the last turnComplete
    bool m_replyExpected = false; // input that asks for a reply went out; no turnComplete yet
    bool m_speechSinceTurn = false; // user speech sent since the last turn ended
    ReplayLog m_replay;
    ConversationTranscript m_transcript;
    bool m_textReplies = false; // TEXT modality: text parts are the answer

    // Recovery.
    Recovery m_recovery = Recovery::None;
    bool m_everLive = false;
    // Why the next connection must start a new session instead of resuming; cleared once one
    // has.
    enum class FreshReason {
        None,
        HandleRefused, // the server refused the handle
        SessionCap, // a goAway deadline survived a handover: the session's own length cap
    };
    FreshReason m_freshReason = FreshReason::None;
    int m_attempt = 0; // since the last connection that proved itself (provenConnectionMs)
    int m_rejectionsInRow = 0; // mid-session 1007/1008 recoveries since then
    int m_endpointsTried = 1;
    ReconnectReason m_gapReason = ReconnectReason::None;
    qint64 m_gapStartMs = 0;
    qint64 m_gapBufferedAudioMs = 0;
    int m_gapCloseCode = 0;
    QString m_gapDetail;
    QList<protocol::ClientMessage> m_replayPlan;
    qint64 m_goAwayDeadlineMs = -1; // -1: no goAway on this connection
    qint64 m_handoverForceAtMs = 0;
    qint64 m_lastGoAwayDeadlineMs = -1; // across connections
    NetworkMonitor *m_network = nullptr; // child

    // Watchdog.
    StallCause m_stallCause = StallCause::None;
    bool m_stalled = false;
    qint64 m_lastInboundMs = 0;

    QTimer m_retryTimer;
    QTimer m_handoverTimer; // deferred or forced handover after a goAway
    QTimer m_watchdogTimer;
    QElapsedTimer m_clock;
};

} // namespace livedesk::session

Q_DECLARE_METATYPE(livedesk::session::ReconnectInfo)
