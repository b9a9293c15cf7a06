// The standard conversation of bench/run (bench/run-conversation.json): the user's side spoken
// with espeak-ng into the virtual microphone, the model's side as a livedesk-sim scenario.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace livedesk::bench {

enum class Length {
    Unspecified,
    Full, // every step, then small talk until the run's time is up
    Smoke, // only the steps marked "smoke" (a tool call and two barge-ins), about 30 s
};

struct Step
{
    QString say;
    QString wavPath; // espeak-ng speech, after synthesize()
    int interruptAfterMs = 0; // > 0: the next step barges in this long after the reply begins
    int pauseAfterMs = 0; // silence after the reply has ended
};

struct ConversationScript
{
    QList<Step> steps;
    QList<Step> smallTalk; // rotates after the steps (Full only)
    QByteArray simulatorScenario; // the model's side, in the simulator's scenario format

    // The steps of `length` from bench/run-conversation.json; the scenario lines up with them
    // turn for turn (a barge-in's speech is the next turn, as at the service).
    static std::optional<ConversationScript> load(const QString &path, Length length,
                                                  QString *error);
    // Speaks every utterance into `dir` with espeak-ng (kept: the text names the file).
    bool synthesize(const QString &dir, QString *error);
};

// Keeps the virtual microphone delivering a quiet room (white noise at −60 dBFS RMS) between
// and under the utterances, as a live microphone does: digital silence would make the client
// warn about a muted microphone and let its noise suppression idle, and an idle null sink's
// monitor delivers in late blocks (tests/audio/pulsetestsupport.h, LiveMicrophone).
class RoomNoise
{
public:
    // `latencyMs`: the latency pacat asks of the virtual microphone's feed. A microphone's
    // source delivers at the pace its recorders ask for; a feed at 20 ms pins the virtual one at
    // blocks of a few milliseconds (~650 a second to a recorder asking for 150 ms fragments),
    // which no hardware source does (docs/benchmarks.md, "The GUI's idle CPU"). The default
    // lets the virtual microphone follow its recorder, as a hardware one does; 20 reproduces
    // the figures measured before 2026-12-07.
    explicit RoomNoise(int latencyMs = kDefaultLatencyMs);
    ~RoomNoise();
    static constexpr int kDefaultLatencyMs = 200;

private:
    void feed();

    QProcess m_pacat;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_samplesWritten = 0;
    quint64 m_state = 0x9e3779b97f4a7c15ULL; // xorshift64*
};

// Tells the script when the model's reply starts and ends.
class ReplyWatcher
{
public:
    virtual ~ReplyWatcher() = default;
    virtual void poll() { }
    // The user has just finished an utterance: what follows is its reply.
    virtual void mark() = 0;
    virtual bool replyStarted() = 0;
    virtual bool replyDone() = 0;
    // The reply's audio has been played to its end (or cut): the model is silent too.
    virtual bool replyHeard() { return true; }
};

// The client's events file (livedesk-cli's and livedesk's --events): audio_out starts a reply,
// turn_complete ends it, and `playback` says its audio has been played out.
class CliEventWatcher : public ReplyWatcher
{
public:
    explicit CliEventWatcher(const QString &eventsPath)
        : m_path(eventsPath)
    { }
    void poll() override;
    void mark() override;
    bool replyStarted() override;
    bool replyDone() override;
    bool replyHeard() override;
    int count(const QString &type) const { return m_counts.value(type); }

private:
    QString m_path;
    QFile m_file;
    QByteArray m_partial;
    QHash<QString, int> m_counts;
    int m_audioAtMark = 0;
    int m_turnsAtMark = 0;
    int m_playbackAtMark = 0;
};

struct ScriptOutcome
{
    int utterances = 0;
    QStringList notes; // steps whose reply never came, and similar
};

// The script's idle stretches: nobody speaks (a step's pause after its reply has ended and has
// been played out).
enum class Phase { IdleBegins, IdleEnds };

// Speaks the script through the virtual microphone. Full: every step, then small talk until
// `minDurationMs` since `live` has passed. `alive()` false (the client died) ends it early, and so
// does `maxDurationMs` since `live` (0: no limit), even mid-step. `onPhase` (optional) is called
// as each pause begins and ends.
ScriptOutcome speakScript(const ConversationScript &script, ReplyWatcher &watcher,
                          const QElapsedTimer &live, qint64 minDurationMs, qint64 maxDurationMs,
                          const std::function<bool()> &alive,
                          const std::function<void(Phase)> &onPhase = {});

} // namespace livedesk::bench
