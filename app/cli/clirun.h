// One livedesk-cli conversation: builds the session configuration from the options, opens the
// outputs, starts the simulator when asked, connects, feeds the inputs in order (the speech
// file, then each text, one model turn each), answers tools through the attached modules,
// records events and metrics, and ends with an exit code.
//
// Input steps run one after another: the next starts once the previous one is fully sent and a
// model turn has completed since it began. The run succeeds once the target number of model
// turns (CliOptions::targetTurns) has completed and no module holds the finish (a reply still
// playing on the speaker, a video file still being shown). A live input (the microphone) without
// --turns keeps the run going until --timeout or interrupt().
#pragma once

#include "app/cli/clioptions.h"
#include "app/cli/exitcode.h"
#include "app/conversation.h"
#include "app/conversationbridge.h"
#include "app/conversationlog.h"
#include "app/sessionconfig.h"
#include "audio/dsp/wavfile.h"
#include "session/livesession.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

namespace livedesk::app {

class AudioFeeder;

class CliRun : public QObject
{
    Q_OBJECT

public:
    CliRun(CliOptions options, CliModules modules, QObject *parent = nullptr);
    ~CliRun() override;

    // Starts the run; finished() reports the end. Errors found before connecting end the run
    // at once (finished() is still emitted, from the event loop).
    void start();

    ExitCode exitCode() const { return m_exitCode; }
    QString exitMessage() const { return m_exitMessage; }

    // For modules (CliModule::attach).
    session::LiveSession &session() { return *m_session; }
    EventLog &events() { return m_conversation->log().events(); }
    // What the run leaves in --events and --metrics (shared with the desktop app).
    ConversationLog &log() { return m_conversation->log(); }
    const CliOptions &options() const { return m_options; }
    // The conversation the run drives (session options, failover list, the model table).
    Conversation &conversation() { return *m_conversation; }
    // A module may add to the setup in attach() (e.g. tools from a registry).
    SessionConfig &config() { return m_conversation->config(); }
    const SessionConfig &config() const { return m_conversation->config(); }
    // The one bridge between the session and the engines (audio, video, tools): modules attach
    // their engines to it.
    ConversationBridge &bridge() { return *m_bridge; }
    // A module that needs time before the session may connect (MCP servers starting, devices
    // opening) calls holdStart() in attach() and releaseStart() once ready; the session connects
    // when no hold is left. --timeout covers a hold that never ends.
    void holdStart() { ++m_startHolds; }
    void releaseStart();
    // A module with work left once the turns are done (a reply still playing, a video file
    // still being shown) holds the successful end until releaseFinish(). Failures, --timeout
    // and interrupt() do not wait.
    void holdFinish() { ++m_finishHolds; }
    void releaseFinish();
    // The model's answer to the current step is not over yet although a turn completed (a
    // NON_BLOCKING tool's result is still to be spoken): the next input waits until releaseStep().
    void holdStep() { ++m_stepHolds; }
    void releaseStep();
    // Ctrl+C or SIGTERM: ends the run politely (metrics written). A live-input run without
    // --turns ends with Success, since that is how it is meant to end; others with Interrupted.
    void interrupt();
    qint64 elapsedMs() const { return m_conversation->log().elapsedMs(); }
    // The exit code when a module's attach() fails (default Failure), e.g. Device for a
    // microphone that does not exist. Call it before returning false.
    void setAttachFailureCode(ExitCode code) { m_attachFailureCode = code; }
    // Sends a toolResponse and records it (tool_response event, metrics).
    void sendToolResponse(const protocol::ToolResponse &response);
    // A warning on standard error ("livedesk-cli: warning: …"), also listed in metrics.json.
    void warn(const QString &message);
    // An extra field in metrics.json.
    void setMetric(const QString &key, const QJsonValue &value);
    // Ends the run with `code`; the first call wins.
    void finish(ExitCode code, const QString &message = {});
    // An output file could not be written (a full disk): ends the run with Failure, or turns
    // the exit code of a run already ending successfully into Failure.
    void failOutput(const QString &message);

Q_SIGNALS:
    // The run is ending (the first finish() call): modules stop their inputs and record their
    // figures with setMetric() now; the session closes next.
    void finishing(int exitCode);
    void finished(int exitCode);

private:
    bool prepare(QString *error, ExitCode *code);
    void openSession();
    bool startSimulator(QString *error);
    void connectSession();
    void startNextStep();
    void maybeAdvance();
    void checkDone();
    void onSetupCompleted();
    void onAudio(const QByteArray &pcm, int sampleRate);
    void onTurnCompleted(const QString &reason);
    void onStateChanged(session::LiveSession::State state);
    void onError(const session::SessionError &error);
    void printLine(const QString &who, QString &buffer);
    void finalize();

    CliOptions m_options;
    CliModules m_modules;
    Conversation *m_conversation; // child
    session::LiveSession *m_session; // the conversation's
    dsp::WavWriter m_reply;
    ConversationBridge *m_bridge; // the conversation's
    AudioFeeder *m_audioFeeder = nullptr; // child
    QTimer m_timeout;
    QTimer m_closeWait;

    // Progress.
    int m_step = -1;
    int m_turns = 0;
    int m_turnsAtStepStart = 0;
    bool m_stepInputDone = false;
    bool m_allInputSent = false;
    int m_startHolds = 0;
    int m_finishHolds = 0;
    int m_stepHolds = 0;
    ExitCode m_attachFailureCode = ExitCode::Failure;
    bool m_prepared = false;
    bool m_opened = false;

    bool m_setUp = false; // the first setupComplete came

    QString m_userLine;
    QString m_modelLine;

    bool m_finishing = false;
    bool m_finalized = false;
    ExitCode m_exitCode = ExitCode::Success;
    QString m_exitMessage;
};

} // namespace livedesk::app
