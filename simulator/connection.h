// One client WebSocket: the protocol state machine of live-protocol.md §6. Transport, setup,
// resumption, timers and closes are in connection.cpp; turn-taking (voice activity, model turns,
// tools, barge-in) in conversation.cpp.
#pragma once

#include "session/modelcatalog.h"
#include "session/protocol/codec.h"
#include "simulator/endpoint.h"
#include "simulator/replystream.h"
#include "simulator/scenario.h"
#include "simulator/sessionstore.h"
#include "simulator/vad.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace livedesk::sim {

class SimulatorPrivate;

// What the front door learnt from the upgrade request.
struct ConnectInfo
{
    HttpRequestHead head; // its query may hold a credential: never log it
    std::optional<LiveEndpoint> endpoint;
    Credential credential;
};

// The verdict on a connection's credential, with how to refuse it.
struct AuthDecision
{
    bool accepted = false;
    QString tokenName; // set when an ephemeral token was accepted
    int closeCode = 0;
    QString closeReason;
    int httpStatus = 0; // AuthFailureMode::HttpStatus
    QString logReason; // why, for the simulator's log (never the secret)
};

enum class ConnectionState { Idle, AwaitingSetup, SettingUp, Live, Closing, Closed };

class SimConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `socket`.
    SimConnection(SimulatorPrivate *sim, QWebSocket *socket, ConnectInfo info, int id,
                  QObject *parent = nullptr);
    ~SimConnection() override;

    // Sends nothing yet: refuses a bad credential, or starts waiting for the setup. Call it once
    // the closed() signal is connected.
    void start();

    int id() const { return m_id; }
    ConnectionState state() const { return m_state; }
    bool isOpen() const
    {
        return m_state != ConnectionState::Closing && m_state != ConnectionState::Closed;
    }

    void closeWith(int code, const QString &reason);
    void drop(); // TCP gone without a close frame (1006 at the client)
    void sendRawFrame(const QByteArray &bytes); // fault injection: whatever bytes, as a message
    void announceGoAway(int timeLeftMs); // goAway now, then 1011 when the time is up

Q_SIGNALS:
    void closed(int code);

private:
    enum class TurnPhase { Idle, AwaitingToolResponse, Generating };
    enum class UserTurnSource { None, Audio, Text, ClientContent };
    enum class InterruptCause { None, Activity, ClientContent, ToolResult };
    enum class DeadlineKind { None, ConnectionLifetime, SessionCap };

    struct UserTurn
    {
        UserTurnSource source = UserTurnSource::None;
        double speechSeconds = 0;
        QString text;
    };
    struct PendingCall
    {
        QString name;
        bool nonBlocking = false;
        int turnIndex = 0;
        ScenarioTurn turn; // whose reply the result completes
        ReplyContext context;
    };

    // connection.cpp: transport, setup, timers, resumption
    void onFrame(const QByteArray &bytes, bool binary);
    void onDisconnected();
    void send(const protocol::ServerMessage &message);
    void logFrame(const QByteArray &bytes, bool binary, const QString &kind,
                  const protocol::ClientMessage *message);
    void handleSetup(protocol::Setup setup);
    bool applyTokenAndResumption(protocol::Setup *setup);
    bool checkModel(const QString &model);
    bool checkProfile(const protocol::Setup &setup);
    bool refuseInput(bool refused, const QString &what);
    protocol::Behavior effectiveBehavior(protocol::Behavior declared) const;
    bool injectFault();
    void configureFromSetup();
    void completeSetup();
    void dispatch(const protocol::ClientMessage &message);
    void armDeadline();
    void onGoAwayTimer();
    void onDeadline();
    void sendResumptionUpdate(bool resumable);
    SessionState snapshot() const;
    double nowMs() const;
    void stopActivity();
    void detachSession();

    // conversation.cpp: turn-taking
    void handleRealtimeInput(const protocol::RealtimeInput &input);
    void handleAudio(const protocol::Blob &blob);
    void handleVideo(const protocol::Blob &blob);
    void handleClientContent(const protocol::ClientContent &content);
    void handleToolResponse(const protocol::ToolResponse &response);
    void handleContextUpdate(const protocol::ContextUpdate &update);
    void onSpeechStarted(qint64 atMs);
    void onSpeechEnded(qint64 atMs, qint64 speechMs);
    void interrupt(InterruptCause cause);
    void userTurnEnded(UserTurn turn);
    void startModelTurn(const UserTurn &turn);
    void startResultTurn(const QString &text, int turnIndex);
    void generate(const QString &text);
    void onGenerationFinished();
    void completeTurn();
    void afterTurn();
    void scheduleInputTranscription(const QString &text, const QString &language);
    QString replyLanguage(const ScenarioTurn &turn) const;
    void sendNextInputTranscription();
    void flushInputTranscription();
    ReplyContext replyContext(const UserTurn &turn, int turnIndex) const;
    bool hasBlockingCallPending() const;
    void sendVoiceActivity(bool start, qint64 atMs);
    void startReply();
    void releaseHeldReply();

    SimulatorPrivate *m_sim; // not owned; owns this connection
    QWebSocket *m_socket; // owned (child)
    ConnectInfo m_info;
    AuthDecision m_auth;
    const int m_id;
    ConnectionState m_state = ConnectionState::Idle;
    int m_closeCodeSent = 0;
    bool m_dropped = false;
    bool m_closeFrameSeen = false;
    double m_openedMs = 0;
    double m_setupMs = 0;
    qint64 m_clientMessages = 0; // index of the next client message (setup is 0)
    qint64 m_lastConsumedIndex = -1;
    int m_audioSeq = 0;
    QList<protocol::ClientMessage> m_queued; // received while setupComplete was being held back
    QList<qint64> m_queuedIndices;

    // From the setup.
    protocol::Setup m_setup;
    std::optional<session::ModelCapabilities> m_profile; // empty: a model without a profile
    bool m_hung = false; // a setup the service never answers (3.1 with affective dialog)
    bool m_nullResumptionHandle = false; // the setup said sessionResumption {"handle": null}
    protocol::Dialect m_dialect = protocol::Dialect::GeminiApi;
    ReplyModality m_modality = ReplyModality::Audio;
    QString m_voice;
    QString m_translationTarget; // generationConfig.translationConfig.targetLanguageCode
    QString m_speechLanguage; // generationConfig.speechConfig.languageCode
    QString m_inputTranscriptLanguage; // of the chunks queued in m_inputTranscriptQueue
    bool m_inputTranscription = false;
    bool m_outputTranscription = false;
    bool m_resumption = false;
    bool m_transparent = false;
    bool m_compression = false;
    bool m_interruptible = true;
    bool m_lowResolutionImages = false;
    bool m_explicitVadSignal = false;
    bool m_avatar = false; // responseModalities VIDEO (Vertex 3.8's live avatar)
    bool m_politeBargeIn = false; // replies wait while the user speaks (Vertex 3.8)
    QHash<QString, protocol::Behavior> m_functions;
    std::unique_ptr<EnergyVad> m_vad;

    // Session.
    std::shared_ptr<SessionRecord> m_session;
    SessionState m_sessionState;
    bool m_historySeeding = false;
    double m_lastHandleMs = 0;

    // Turn-taking.
    TurnPhase m_phase = TurnPhase::Idle;
    int m_turnIndex = -1; // the scenario turn being played
    QPointer<ReplyStream> m_stream;
    QString m_streamText; // what m_stream says
    bool m_lastReplyEmpty = false; // the model said nothing: NEED_MORE_INPUT
    QHash<QString, PendingCall> m_pendingCalls;
    QSet<QString> m_cancelledCalls;
    std::optional<UserTurn> m_queuedUserTurn; // speech that ended during an uninterruptible turn
    QList<QPair<QString, int>> m_queuedResultReplies; // NON_BLOCKING results spoken when idle
    bool m_manualActivity = false;
    bool m_userSpeaking = false; // between the VAD's speech start and end
    bool m_replyHeld = false; // polite barge-in: m_stream waits for the user to finish
    qint64 m_manualActivityMs = 0;
    QStringList m_inputTranscriptQueue;
    QTimer m_inputTranscriptTimer;
    QTimer m_turnCompleteTimer;

    // Deadlines.
    QTimer m_setupTimer;
    QTimer m_goAwayTimer;
    QTimer m_deadlineTimer;
    double m_deadlineMs = 0;
    double m_forcedDeadlineMs = 0; // Simulator::sendGoAwayNow()
    DeadlineKind m_deadlineKind = DeadlineKind::None;
    bool m_goAwaySent = false;
};

} // namespace livedesk::sim
