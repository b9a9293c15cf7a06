// The local Live API server: a faithful stand-in for the Gemini Live API (live-protocol.md §6)
// used by the tests, the benchmarks, `livedesk-cli --sim` and the app's offline demo.
//
// Contract used across modules (keep it stable; extend, don't break):
//   livedesk::sim::Simulator sim(options);
//   if (!sim.start(&error)) …;      // listens; port 0 picks a free one
//   sim.url();                      // "ws://127.0.0.1:PORT", the base URL clients connect to
//   sim.stop();
// It runs in the thread that owns it (an event loop is required), in-process or in livedesk-sim.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace livedesk::sim {

enum class FrameType { Binary, Text }; // how server JSON is sent; the service uses binary

// Model ids (without "models/") the simulator accepts by default: every model of the built-in
// profile table (resources/models.json), the Live models of the Gemini API and Vertex AI.
// Retired ids fail with 1008, as they do there.
QStringList defaultLiveModels();

// Server fields the service sends and clients must read (docs/service-2026.md); each can be
// switched off to see a client cope without it.
struct ServerFields
{
    bool sessionId = true; // setupComplete.sessionId
    bool waitingForInput = true; // serverContent.waitingForInput after a SILENT tool result
    bool turnCompleteReason = true; // NEED_MORE_INPUT on a turn that asked nothing of the model
    bool interactionStatus = true; // IN_PROGRESS / IDLE alongside turnComplete
    bool interimTranscription = true; // interimInputTranscription before the final chunks
    bool groundingMetadata = true; // on replies of a setup with googleSearch
    bool thoughts = true; // a thought part first, when includeThoughts is asked for
    // Vertex only: speechState when the user starts and stops speaking. Its real shape is
    // documented nowhere (no SDK has it); the simulator sends {"state": "USER_SPEAKING" |
    // "USER_NOT_SPEAKING"}, names of its own, so clients are shown to read it leniently.
    bool speechState = true;
};

// How a credential the simulator does not accept is refused.
enum class AuthFailureMode {
    CloseAfterUpgrade, // complete the upgrade, then close 1007 "API key not valid. …" (default)
    HttpStatus, // refuse the upgrade with HTTP 403 (401 when there is no credential at all)
};

struct SimulatorOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString apiKey; // the only key accepted; empty accepts any non-empty key
    QString scenarioPath; // JSON scenario (docs/simulator.md); empty: the built-in demo
    QByteArray scenarioJson; // the same, inline; used when scenarioPath is empty
    QStringList models = defaultLiveModels(); // accepted model ids; empty accepts any
    // The model profiles setups are checked against (resources/models.json's format); empty:
    // the built-in table. A model that is accepted but has no profile is not checked.
    QString modelTablePath;
    ServerFields serverFields;
    FrameType frameType = FrameType::Binary;
    AuthFailureMode authFailureMode = AuthFailureMode::CloseAfterUpgrade;

    // Pacing of model speech: 1.0 is real time; the service sends faster than real time.
    double speechSpeedFactor = 4.0;
    int speechChunkMs = 40;
    int inputTranscriptionDelayMs = 150;

    // Timers (0 = off). All scale down to seconds or less for tests.
    int connectionLifetimeMs = 0; // goAway{timeLeft}, then close 1011 "Deadline expired…"
    int goAwayNoticeMs = 50000; // timeLeft announced before the end of a connection
    int audioSessionCapMs = 15 * 60 * 1000; // without context compression
    int videoSessionCapMs = 2 * 60 * 1000; // with video and without compression
    int handleLifetimeMs = 2 * 60 * 60 * 1000;

    // Fault injection.
    int setupCompleteDelayMs = 0;
    int turnCompleteDelayMs = 0; // hold turnComplete back after generationComplete
    int pongDelayMs = 0; // answer pings late ("slow pong")
    bool closeOnAudioDuringToolCall = false; // 3.1-style 1008 rule
    bool vertexFlavour = false; // candidatesTokenCount names, voiceActivity events
    // After each completed model turn, with this probability (0…1), close the connection with
    // one of faultCloseCodes: 1008 "Operation is not implemented, or supported, or enabled." or
    // 1011 "The service is currently unavailable.", as the service does at random.
    double faultRate = 0;
    QList<int> faultCloseCodes {1008, 1011};
    quint32 faultSeed = 0; // 0: a different sequence every run

    QString frameLogPath; // every client frame as a JSON line with a timestamp
};

class SimulatorPrivate;

class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(SimulatorOptions options = {}, QObject *parent = nullptr);
    ~Simulator() override;

    bool start(QString *errorMessage = nullptr);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QUrl url() const; // ws://address:port

    const SimulatorOptions &options() const;

    // Fault injection on live connections, for tests.
    void dropAllConnections(); // TCP reset without a close frame (1006)
    void sendMalformedFrame(); // a frame that is not valid JSON
    void closeAll(int code, const QString &reason);
    void sendGoAwayNow(int timeLeftMs);
    // A silent stall: the next `count` user turns get no model turn and no message at all (no
    // resumption update, no transcription), as if the service swallowed the reply.
    void swallowNextReplies(int count);
    // The same after a tool result: the next `count` toolResponses to blocking calls are taken
    // and never answered (the turn hangs).
    void swallowNextToolResults(int count);
    // Refuse every new WebSocket upgrade with this HTTP status (503: the region is down); 0 ends
    // it. Open connections are not touched.
    void setUnavailable(int httpStatus);

Q_SIGNALS:
    void clientConnected(const QString &path);
    void setupReceived(const QString &model);
    void clientDisconnected(int closeCode);
    void turnCompleted(int turnIndex);
    // Every clientContent, as "role: text" lines; `asHistory` when it seeds initial history
    // (historyConfig.initialHistoryInClientContent, or turnComplete:false before any input).
    void clientContentReceived(const QString &sessionId, const QStringList &turns,
                               bool turnComplete, bool asHistory);

private:
    std::unique_ptr<SimulatorPrivate> d;
};

} // namespace livedesk::sim
