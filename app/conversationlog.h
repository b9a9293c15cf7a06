// What a conversation leaves for scripts and benchmarks, the same for both front ends
// (livedesk-cli's --events/--metrics and the desktop app's): events.jsonl through EventLog and
// metrics.json when the conversation ends. It listens to the conversation's session (states,
// setup, transcripts, turns, tools, recovery, usage, errors) and, when watchAudio() is given
// one, to the audio engine (devices, barge-in, playback, the user's speech and the latency
// figures of AudioLatencyProbe). The formats and keys are docs/cli.md's; the front ends only add
// what is theirs (a CLI module's figures through setMetric(), typed text through
// markInputEnded()).
//
// Never given a secret: URLs are the session's redacted ones, error texts are scrubbed, and a
// resumption handle is recorded as "has_handle" only.
#pragma once

#include "app/conversationbridge.h"
#include "app/eventlog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace livedesk::audio {
class AudioEngine;
struct AudioDeviceInfo;
} // namespace livedesk::audio
namespace livedesk::protocol {
struct ToolResponse;
}
namespace livedesk::video {
class VideoEngine;
}
namespace livedesk::tools {
class Toolbox;
struct ToolCallRecord;
} // namespace livedesk::tools

namespace livedesk::app {

class AudioLatencyProbe;
class Conversation;

class ConversationLog : public QObject
{
    Q_OBJECT

public:
    // Starts the clock (t_ms 0) and listens to the conversation's session from now on: construct
    // it before anything else connects to the session, so an event is written before others
    // react to it.
    explicit ConversationLog(Conversation *conversation, QObject *parent = nullptr); // not owned
    ~ConversationLog() override;

    // Empty paths write nothing. False (with `error`) when the events file cannot be created.
    bool open(const QString &eventsPath, const QString &metricsPath, QString *error);

    EventLog &events() { return m_events; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int turns() const { return m_turns; }

    // The session is about to connect for the first time: setup_ms counts from here.
    void markConnectStart();
    // The user's input ended (speech, typed text): the model's next output gives one of
    // turn_latencies_ms.
    void markInputEnded();
    // What the stall event's "retry" says: resend, reconnect or none.
    void setStallRetry(const QString &retry) { m_stallRetry = retry; }
    // A warning listed in metrics.json and in the first setup_complete.
    void addWarning(const QString &message) { m_warnings.append(message); }
    // An extra field in metrics.json (a front end's or a module's figures).
    void setMetric(const QString &key, const QJsonValue &value);
    // A toolResponse the front end sent.
    void recordToolResponse(const protocol::ToolResponse &response);

    // Events and figures of the engine the conversation's bridge is about to attach: call it
    // before ConversationBridge::attachAudio (the probe must see each chunk before the bridge
    // sends it). `talkMode` is null without a microphone. The engine must outlive this log or
    // be detached by detachAudio().
    void watchAudio(audio::AudioEngine *engine, std::optional<TalkMode> talkMode);
    // Before the engine stops: its "audio" and "latency" figures are kept for metrics.json as
    // they are now, and the engine is no longer watched.
    void detachAudio();
    // An audio warning the front end reported (it decides which ones count).
    void recordAudioWarning(const QString &message);
    // The device in use for "input" or "output" (changes are recorded by watchAudio()).
    void recordAudioDevice(const QString &direction, const audio::AudioDeviceInfo &device);

    // conversationlog_tools.cpp: the toolbox's calls (their tool_call… events) and MCP servers
    // (mcp_server), and the "tools" figures. Before the session opens; the toolbox must outlive
    // this log or be detached by detachTools().
    void watchTools(tools::Toolbox *toolbox);
    // The MCP servers' states the signals have not shown yet (once start-up has settled).
    void recordServerStatuses();
    // Keeps "tools" for metrics.json as it is now; the toolbox is no longer watched.
    void detachTools();

    // conversationlog_video.cpp: the picture source's frames (video_frame events) and, with
    // recordVideo(), its "video" figures. The engine must outlive this log or be detached.
    void watchVideo(video::VideoEngine *engine);
    // Frames encoded since watchVideo().
    qint64 videoFrames() const { return m_videoFrames; }
    // Keeps "video" for metrics.json as it is now (`sourceDescription`: what was shared), and
    // adds the frames' estimate to the cost when the service's usage counted no pictures; the
    // engine is no longer watched.
    void recordVideo(const QString &sourceDescription);
    void detachVideo();

    // Closes the events file. False when a line could not be written; eventsError() says why.
    bool closeEvents();
    QString eventsError() const { return m_events.errorString(); }
    // Writes metrics.json (exit_code and error as given). False (with `error`) when it could not
    // be written; true when there is no metrics file.
    bool writeMetrics(int exitCode, const QString &message, QString *error) const;
    QJsonObject metrics(int exitCode, const QString &message) const;

private:
    void connectSession();
    void updateRecoveryMetrics();
    QJsonObject audioMetrics() const;
    void onToolCallUpdated(const tools::ToolCallRecord &record);
    void onServerStatus(const QString &name);
    QJsonObject toolsMetrics() const;

    Conversation *m_conversation; // not owned
    QElapsedTimer m_clock;
    EventLog m_events;
    QString m_metricsPath;
    QJsonObject m_extraMetrics;
    QStringList m_warnings;
    QString m_stallRetry = QStringLiteral("resend");
    QJsonArray m_gapsMs;

    qint64 m_connectStartMs = -1;
    qint64 m_setupMs = -1;
    qint64 m_inputEndMs = -1; // the latest end of user input, while waiting for model output
    QList<qint64> m_latenciesMs;
    qint64 m_audioReceivedMs = 0;
    int m_turns = 0;
    int m_toolCalls = 0;

    audio::AudioEngine *m_engine = nullptr; // not owned
    std::unique_ptr<AudioLatencyProbe> m_probe;
    std::optional<TalkMode> m_talkMode;
    int m_bargeIns = 0;

    video::VideoEngine *m_videoEngine = nullptr; // not owned
    QMetaObject::Connection m_videoConnection;
    qint64 m_videoFrames = 0;

    tools::Toolbox *m_toolbox = nullptr; // not owned
    QHash<QString, int> m_serverStates; // the last McpServerState recorded per server
    struct ToolTally
    {
        int calls = 0;
        int done = 0;
        int failed = 0;
        int refused = 0;
        int cancelled = 0;
    } m_toolTally;
};

} // namespace livedesk::app
