// One Live API conversation over one WebSocket: an explicit state machine around QWebSocket and
// the protocol codec. Lives in the thread that owns it (the main thread in the app).
//
//   Idle → Connecting → SettingUp → Live → Closing → Closed
//                 │           │        │
//                 └───────────┴────────┴──→ Failed (with a categorised SessionError)
//
// Reconnecting (Live → Reconnecting → SettingUp → Live) is part of the enum so the UI and the
// reconnect/goAway handover that comes later fit without changing the contract; this class does
// not enter it yet: a lost connection ends in Failed (network) today.
//
// Rules it enforces:
//  - setup is the first message and nothing else goes out before setupComplete. Sends made
//    while Connecting or SettingUp are queued (bounded) and flushed in order once Live; sends in
//    Idle, Closing, Closed or Failed are refused (SendResult::NotSent with refusalReason()).
//  - setupComplete must arrive within setupTimeoutMs, otherwise Failed (timeout).
//  - A server frame that cannot be decoded is reported (errorOccurred, category Protocol) and
//    skipped; the session stays Live.
//  - Keep-alive: a ping when nothing was received for keepAliveIntervalMs; the connection is
//    declared dead only when nothing at all (pong or frame) arrived for keepAliveTimeoutMs. The
//    service's pongs take 8–30 s, so the default timeout is 90 s (a 20 s one causes
//    self-inflicted drops, live-protocol.md §4.6).
#pragma once

#include "session/audiochunker.h"
#include "session/endpoint.h"
#include "session/protocol/codec.h"
#include "session/sessionerror.h"
#include "session/usage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace livedesk::session {

struct LiveSessionOptions
{
    int connectTimeoutMs = 20000; // TCP + TLS + HTTP upgrade
    int setupTimeoutMs = 20000; // setup sent → setupComplete
    int keepAliveIntervalMs = 15000; // ping after this long without any inbound frame
    int keepAliveTimeoutMs = 90000; // dead after this long without any inbound frame or pong
    int closeTimeoutMs = 5000; // our close frame → the server's answer
    int audioChunkMs = AudioChunker::kDefaultChunkMs;
    int maxQueuedMessages = 512; // about 20 s of 40 ms audio chunks
    UsageReporting usageReporting = UsageReporting::Unspecified;
};

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
    int reconnects = 0;
    int decodeErrors = 0;
    int pingsSent = 0;
    int pongsReceived = 0;
};

enum class SendResult { NotSent, Queued, Sent };
enum class TextKind { Unspecified, Answer, Thought };

class LiveSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { Idle, Connecting, SettingUp, Live, Reconnecting, Closing, Closed, Failed };
    Q_ENUM(State)

    explicit LiveSession(QObject *parent = nullptr);
    ~LiveSession() override;

    void setOptions(const LiveSessionOptions &options);
    const LiveSessionOptions &options() const { return m_options; }

    // Starts a connection and sends `setup` once the upgrade completes. Returns false (and ends
    // in Failed with lastError()) when the endpoint cannot be used, or when a connection is
    // already under way.
    bool open(const EndpointConfig &endpoint, const protocol::Setup &setup);
    // Closes politely (close frame 1000) and ends in Closed. Safe in any state.
    Q_INVOKABLE void close();

    State state() const { return m_state; }
    bool isLive() const { return m_state == State::Live; }
    SessionError lastError() const { return m_lastError; }
    QString redactedUrl() const { return m_redactedUrl; }
    QString refusalReason() const { return m_refusalReason; }
    const SessionStats &stats() const { return m_stats; }
    TokenCounts usageTotals() const { return m_usage.totals(); }
    const UsageAccumulator &usage() const { return m_usage; }
    // The latest non-empty resumable handle (sessionResumptionUpdate), for a later resume.
    QString resumptionHandle() const { return m_resumptionHandle; }
    bool isGoingAway() const { return m_goAwayReceived; }

    // Any client message except setup (which the session sends itself).
    SendResult send(const protocol::ClientMessage &message);
    // 16 kHz mono s16le of any length; re-chunked to options().audioChunkMs per message.
    SendResult sendAudio(QByteArrayView pcm16kMono);
    // Sends what is left in the chunker (shorter than a chunk).
    SendResult flushAudio();
    // Flushes the audio, then tells the server's VAD the stream paused (automatic VAD only).
    SendResult sendAudioStreamEnd();
    SendResult sendVideoFrame(const QByteArray &image,
                              const QString &mimeType = QStringLiteral("image/jpeg"));
    SendResult sendRealtimeText(const QString &text);
    SendResult sendClientText(const QString &text, bool turnComplete = true);
    SendResult sendActivityStart();
    SendResult sendActivityEnd();
    SendResult sendToolResponse(const protocol::ToolResponse &response);

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
    // Fatal errors (state Failed) and non-fatal ones (category Protocol: a frame was skipped).
    void errorOccurred(const livedesk::session::SessionError &error);

private:
    void setState(State state);
    void fail(const SessionError &error);
    void retireSocket();
    void write(const protocol::ClientMessage &message);
    void flushQueue();
    void handleConnected();
    void handleFrame(const QByteArray &frame);
    void handleServerContent(const protocol::ServerContent &content);
    void handleSocketError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void keepAliveTick();
    SendResult refuse(const QString &reason);

    LiveSessionOptions m_options;
    State m_state = State::Idle;
    QPointer<QWebSocket> m_socket; // child of this session; retired sockets are deleted later
    protocol::Setup m_setup;
    QString m_redactedUrl;
    SessionError m_lastError;
    std::optional<SessionError> m_socketError; // seen before the disconnect that follows it
    QString m_refusalReason;
    QQueue<protocol::ClientMessage> m_queue;
    AudioChunker m_chunker;
    UsageAccumulator m_usage;
    SessionStats m_stats;
    QString m_resumptionHandle;
    bool m_goAwayReceived = false;
    bool m_closeRequested = false;
    bool m_closeFrameSeen = false;
    bool m_pingOutstanding = false;

    QTimer m_connectTimer;
    QTimer m_setupTimer;
    QTimer m_keepAliveTimer;
    QTimer m_closeTimer;
    QElapsedTimer m_clock;
    qint64 m_lastInboundMs = 0;
};

} // namespace livedesk::session
