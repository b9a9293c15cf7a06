// Self-interruptions and real barge-ins against livedesk-sim over a real echo path (issue 19):
//
//   livedesk-sim (a separate process, espeak-ng replies at real-time pace, its voice detector at
//   HIGH start sensitivity: the service's default, which livedesk-cli's hands-free setup leaves
//   in place) ⇄ livedesk-cli --mic --speaker (hands-free) on the PulseAudio virtual devices of
//   scripts/test-env.sh, with module-loopback carrying the virtual speaker's monitor back into
//   the virtual microphone (tests/audio/echopathsupport.h), as a laptop's speaker and microphone.
//
// Quiet turns: the user says one short thing (espeak-ng into the microphone) and stays silent
// while the model answers in full. Any turn the simulator marks interrupted (its log) is the
// model interrupted by its own voice; a model turn nobody asked for (the echo taken for a user
// turn) is a phantom turn; a local barge-in action (duck/stop) is the client's own false alarm.
//
// Barge-in turns: 0.5–2 s into the model's reply, espeak-ng speech (another voice) is played into
// the microphone at −6, 0 or +6 dB relative to the echo's speech level measured in the microphone
// feed. Caught = the simulator's interruption (its `interrupted` reaching the CLI) after the
// speech began. The onset is where the microphone feed, recorded on the bench's clock, holds the
// speech (cross-correlation); the CLI's event stamps are mapped onto that clock. From it: to the
// simulator's interruption arriving, and to the local barge-in action. A barge-in on a reply the
// model's own voice had already interrupted is counted apart.
//
// Usage: bench_selfinterrupt [--turns N] [--barge-ins M] [--latency-ms 60[,30,120]]
//        [--barge-in off|duck|stop] [--record] [--json FILE] [--verbose] [--keep-files]
//        (after `. scripts/test-env.sh start`; docs/benchmarks.md, "Self-interruption")
#include "audio/bargein.h"
#include "bench/benchreplies.h"
#include "bench/selfinterrupt_figures.h"
#include "bench/selfinterrupt_support.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace livedesk::bench;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-cli");
const QString kSim = QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-sim");

constexpr int kBargeInsPerSession = 10; // a fresh run's first reply every 10 barge-ins

struct Options
{
    int turns = 100;
    int bargeIns = 40;
    QList<int> latenciesMs {60};
    QString bargeInMode = u"duck"_s;
    QString jsonPath;
    bool verbose = false;
    bool keepFiles = false;
    bool record = false;
};

bool parseOptions(const QStringList &arguments, Options *o, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption turns(u"turns"_s, u"quiet model turns (default 100)"_s, u"N"_s);
    const QCommandLineOption bargeIns(u"barge-ins"_s, u"barge-in turns (default 40)"_s, u"M"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"echo path latencies, comma-separated"_s,
                                     u"MS"_s);
    const QCommandLineOption mode(u"barge-in"_s, u"livedesk-cli --barge-in (default duck)"_s,
                                  u"off|duck|stop"_s);
    const QCommandLineOption json(u"json"_s, u"write the figures to FILE"_s, u"FILE"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"one line per turn"_s);
    const QCommandLineOption keep(u"keep-files"_s, u"keep the events, metrics and logs"_s);
    const QCommandLineOption record(u"record"_s,
                                    u"livedesk-cli --record: what is sent (left) and the model "
                                    u"as played (right), kept with --keep-files"_s);
    parser.addOptions({turns, bargeIns, latency, mode, json, verbose, keep, record});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    bool ok = true;
    if (parser.isSet(turns))
        o->turns = parser.value(turns).toInt(&ok);
    if (!ok || o->turns < 0) {
        *error = u"--turns takes a count ≥ 0"_s;
        return false;
    }
    if (parser.isSet(bargeIns))
        o->bargeIns = parser.value(bargeIns).toInt(&ok);
    if (!ok || o->bargeIns < 0) {
        *error = u"--barge-ins takes a count ≥ 0"_s;
        return false;
    }
    if (parser.isSet(latency)) {
        o->latenciesMs.clear();
        for (const QString &v : parser.value(latency).split(u',')) {
            const int ms = v.toInt(&ok);
            if (!ok || ms < 1 || ms > 2000) {
                *error = u"--latency-ms takes milliseconds (1–2000), comma-separated"_s;
                return false;
            }
            o->latenciesMs << ms;
        }
    }
    if (parser.isSet(mode))
        o->bargeInMode = parser.value(mode);
    if (!QStringList {u"off"_s, u"duck"_s, u"stop"_s}.contains(o->bargeInMode)) {
        *error = u"--barge-in takes off, duck or stop"_s;
        return false;
    }
    o->jsonPath = parser.value(json);
    o->verbose = parser.isSet(verbose);
    o->keepFiles = parser.isSet(keep);
    o->record = parser.isSet(record);
    if (parser.isSet(u"help"_s)) {
        printf("%s", qPrintable(parser.helpText()));
        exit(0);
    }
    return true;
}

QString writeScenario(const QString &path)
{
    const QStringList replies = modelReplies();
    QJsonArray turns;
    for (const QString &r : replies)
        turns.append(QJsonObject {{u"reply"_s, r}});
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write "_s + path;
    file.write(QJsonDocument(QJsonObject {{u"name"_s, u"self-interruption bench"_s},
                                          {u"turns"_s, turns},
                                          {u"afterLastTurn"_s, u"cycle"_s}})
                       .toJson());
    return {};
}

// One livedesk-cli session (hands-free) against the simulator.
class CliSession
{
public:
    CliSession(const QString &url, const QString &dir, int index, const Options &options)
        : m_events(dir + u"/events-%1.jsonl"_s.arg(index))
        , m_metricsPath(dir + u"/metrics-%1.json"_s.arg(index))
    {
        m_cli.setStandardErrorFile(dir + u"/cli-%1.log"_s.arg(index));
        QStringList arguments {u"--endpoint"_s,  url,
                               u"--api-key"_s,   u"k"_s,
                               u"--mic"_s,       u"--speaker"_s,
                               u"--talk-mode"_s, u"hands-free"_s,
                               u"--barge-in"_s,  options.bargeInMode,
                               u"--timeout"_s,   u"0"_s,
                               u"--quiet"_s,     u"--events"_s,
                               m_events.path(),  u"--metrics"_s,
                               m_metricsPath};
        if (options.record)
            arguments << u"--record"_s << dir + u"/run-%1.opus"_s.arg(index);
        endWithParent(m_cli);
        m_cli.start(kCli, arguments);
    }
    ~CliSession() { finish(); }

    bool waitLive()
    {
        return waitUntil(
                [&] {
                    m_events.poll();
                    return m_events.has(u"setup_complete"_s, 0);
                },
                20000);
    }
    EventTail &events() { return m_events; }

    // Ends the run politely (SIGTERM: metrics written) and returns its latency figures.
    QJsonObject finish()
    {
        if (m_cli.state() != QProcess::NotRunning) {
            m_cli.terminate();
            if (!m_cli.waitForFinished(20000)) {
                m_cli.kill();
                m_cli.waitForFinished(5000);
            }
        }
        QFile file(m_metricsPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(u"latency"_s).toObject();
    }

private:
    QProcess m_cli;
    EventTail m_events;
    QString m_metricsPath;
};

// Waits for the model's answer to have played and the conversation to be still: a completed turn
// since `from` and nothing (model audio, turns, playback, transcripts) for `quietMs`. 1.5 s is
// more than the simulator's 600 ms end of speech plus its reply's first audio, so a phantom turn
// started by the echo's tail is seen before the wait ends.
bool waitAnswered(EventTail &events, qsizetype from, int quietMs = 1500, int timeoutMs = 60000)
{
    return waitUntil(
            [&] {
                events.poll();
                return events.has(u"turn_complete"_s, from)
                       && events.sinceLastActivityMs() >= quietMs;
            },
            timeoutMs);
}

// Plays into the microphone, processing events meanwhile (the recorders' pipes keep draining).
bool play(const QString &wav)
{
    QProcess paplay;
    if (!playInto(paplay, wav))
        return false;
    return waitUntil([&] { return paplay.state() == QProcess::NotRunning; }, 30000)
           && paplay.exitCode() == 0;
}

class Bench
{
public:
    Bench(const Options &options, QTemporaryDir &dir)
        : m_options(options)
        , m_dir(dir)
    { }

    bool prepare(QString *error)
    {
        if (const QString e = writeScenario(m_dir.filePath(u"scenario.json"_s)); !e.isEmpty()) {
            *error = e;
            return false;
        }
        const QStringList prompts {u"What comes next?"_s, u"Tell me more."_s, u"And after that?"_s,
                                   u"Go on, please."_s};
        for (qsizetype i = 0; i < prompts.size(); ++i) {
            const QString path = m_dir.filePath(u"prompt-%1.wav"_s.arg(i));
            auto s = speech(prompts[i], 16000, u"en-gb+f3"_s, error);
            if (s.empty() || !writeS16Wav(path, s, error))
                return false;
            m_prompts << path;
        }
        return true;
    }

    bool runPath(int latencyMs, PathFigures *f, QString *error);

private:
    bool startSim(QString *error);
    struct TurnOutcome
    {
        int simInterrupted = 0;
        int interrupted = 0;
        int phantom = 0;
        int local = 0;
    };
    bool quietTurn(CliSession &session, int turn, TurnOutcome *out, QString *error);
    bool firstReply(CliSession &session, PathFigures *f, QString *error);
    bool quietTurns(PathFigures *f, QString *error);
    bool bargeInSession(int first, int count, PathFigures *f, QString *error);
    QString promptFor(int turn) const { return m_prompts[turn % m_prompts.size()]; }
    int simInterruptionsSince();

    const Options &m_options;
    QTemporaryDir &m_dir;
    QStringList m_prompts;
    std::unique_ptr<QProcess> m_sim;
    QString m_simLog;
    qint64 m_simLogOffset = 0;
    QString m_url;
    std::vector<float> m_bargeSpeech[3]; // per level, from the onset
    int m_sessions = 0;
    double m_echoRms = 0;
};

bool Bench::startSim(QString *error)
{
    m_simLog = m_dir.filePath(u"sim-%1.log"_s.arg(m_sessions));
    m_simLogOffset = 0;
    m_sim = std::make_unique<QProcess>();
    m_sim->setStandardErrorFile(m_simLog);
    // Real-time speech; no session cap, so a hundred turns fit in one session.
    endWithParent(*m_sim);
    m_sim->start(kSim, {u"--port"_s, u"0"_s, u"--scenario"_s, m_dir.filePath(u"scenario.json"_s),
                        u"--speech-speed"_s, u"1"_s, u"--audio-session-cap"_s, u"0"_s});
    m_url.clear();
    waitUntil(
            [&] {
                const auto match = QRegularExpression(u"listening on (ws://\\S+)"_s)
                                           .match(QString::fromUtf8(m_sim->peek(4096)));
                m_url = match.captured(1);
                return !m_url.isEmpty();
            },
            10000);
    if (m_url.isEmpty())
        *error = u"livedesk-sim did not start"_s;
    return !m_url.isEmpty();
}

// The simulator's own record: "connection N turn T interrupted" in its log.
int Bench::simInterruptionsSince()
{
    QFile log(m_simLog);
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    log.seek(m_simLogOffset);
    const QByteArray text = log.readAll();
    // Only whole lines: the rest is read next time.
    const qsizetype end = text.lastIndexOf('\n') + 1;
    m_simLogOffset += end;
    static const QRegularExpression interrupted(u"turn \\d+ interrupted"_s);
    return int(QString::fromUtf8(text.left(end)).count(interrupted));
}

bool Bench::quietTurn(CliSession &session, int turn, TurnOutcome *out, QString *error)
{
    EventTail &events = session.events();
    const qsizetype from = events.size();
    if (!play(promptFor(turn))) {
        *error = u"paplay failed"_s;
        return false;
    }
    std::unique_ptr<Recorder> micFeed;
    if (m_echoRms <= 0) {
        if (!waitUntil(
                    [&] {
                        events.poll();
                        return events.has(u"audio_out"_s, from);
                    },
                    30000)) {
            *error = u"no reply to the first prompt"_s;
            return false;
        }
        micFeed = std::make_unique<Recorder>(u"livedesk_mic_feed.monitor"_s);
    }
    if (!waitAnswered(events, from)) {
        *error = u"turn %1 was not answered within a minute"_s.arg(turn);
        return false;
    }
    if (micFeed) {
        m_echoRms = activeRms(micFeed->stop());
        printf("echo in the microphone feed: %.1f dBFS (speech level)\n",
               20.0 * std::log10(std::max(1e-9, m_echoRms)));
        if (m_echoRms < 1e-3) {
            *error = u"no echo came back through the loopback"_s;
            return false;
        }
    }
    out->simInterrupted = simInterruptionsSince();
    out->interrupted = events.count(u"interrupted"_s, from);
    out->phantom = std::max(0, events.count(u"turn_complete"_s, from) - 1);
    out->local = events.countBargeInActions(from);
    return true;
}

// The first reply of every livedesk-cli run is counted apart: the canceller starts unconverged.
bool Bench::firstReply(CliSession &session, PathFigures *f, QString *error)
{
    if (!session.waitLive()) {
        *error = u"livedesk-cli did not get live"_s;
        return false;
    }
    TurnOutcome o;
    if (!quietTurn(session, 0, &o, error))
        return false;
    ++f->firstReplies;
    f->firstRepliesInterrupted += o.simInterrupted > 0;
    if (m_options.verbose || o.simInterrupted + o.phantom + o.local > 0)
        printf("  first reply of run %d: sim interrupted %d, phantom turns %d, local barge-ins "
               "%d\n",
               m_sessions - 1, o.simInterrupted, o.phantom, o.local);
    return true;
}

bool Bench::quietTurns(PathFigures *f, QString *error)
{
    CliSession session(m_url, m_dir.path(), m_sessions++, m_options);
    if (!firstReply(session, f, error))
        return false;
    for (int turn = 1; turn <= m_options.turns; ++turn) {
        TurnOutcome o;
        if (!quietTurn(session, turn, &o, error))
            return false;
        if (m_options.verbose || o.simInterrupted + o.phantom + o.local > 0)
            printf("  quiet turn %3d: sim interrupted %d, CLI interrupted %d, phantom turns %d, "
                   "local barge-ins %d\n",
                   turn, o.simInterrupted, o.interrupted, o.phantom, o.local);
        fflush(stdout);
        ++f->quietTurns;
        f->selfInterruptions += o.simInterrupted;
        f->interruptedEvents += o.interrupted;
        f->phantomTurns += o.phantom;
        f->localFalseBargeIns += o.local;
    }
    if (m_options.record) {
        session.finish();
        f->residual = residualEcho(m_dir.filePath(u"run-%1.opus"_s.arg(m_sessions - 1)));
        if (!f->residual.error.isEmpty())
            printf("  (the recording could not be read: %s)\n", qPrintable(f->residual.error));
    }
    return true;
}

bool Bench::bargeInSession(int first, int count, PathFigures *f, QString *error)
{
    CliSession session(m_url, m_dir.path(), m_sessions++, m_options);
    if (!firstReply(session, f, error))
        return false;
    EventTail &events = session.events();
    MicFeedClock micFeed(events.clock());
    QTimer pollMicFeed;
    QObject::connect(&pollMicFeed, &QTimer::timeout, [&] { micFeed.poll(); });
    pollMicFeed.start(20);
    for (int k = first; k < first + count; ++k) {
        const double levelDb = kLevelsDb[k % 3];
        const int intoReplyMs = 500 + (k % 4) * 500;
        const QString wav = m_dir.filePath(u"barge-%1.wav"_s.arg(k % 3));
        std::vector<float> &speechFromOnset = m_bargeSpeech[k % 3];
        if (speechFromOnset.empty()) {
            auto s = speech(u"Wait, stop, that is not what I asked."_s, 16000, u"en-us+m3"_s, error);
            if (s.empty())
                return false;
            scaleTo(s, float(m_echoRms * std::pow(10.0, levelDb / 20.0)));
            if (!writeS16Wav(wav, s, error))
                return false;
            // Half a second from the onset is plenty to find it under the echo.
            const qsizetype onset = speechOnset(s);
            speechFromOnset.assign(s.begin() + onset,
                                   s.begin() + std::min(qsizetype(s.size()), onset + 8000));
        }
        const qsizetype from = events.size();
        if (!play(promptFor(k))) {
            *error = u"paplay failed"_s;
            return false;
        }
        if (!waitUntil(
                    [&] {
                        events.poll();
                        return events.has(u"audio_out"_s, from);
                    },
                    30000)) {
            *error = u"barge-in turn %1: no reply"_s.arg(k);
            return false;
        }
        QTest::qWait(intoReplyMs); // pacing real-time input: into the model's reply
        events.poll();
        const double startBenchMs = double(events.benchNowMs());
        const double start = events.benchToCliMs(startBenchMs);
        if (!play(wav)) {
            *error = u"paplay failed"_s;
            return false;
        }
        // The simulator answers the barge-in's words too, after they end: the next question
        // waits for that answer, or it would talk over it and be taken for a barge-in on it.
        events.poll();
        const qsizetype afterSpeech = events.size();
        if (!waitAnswered(events, afterSpeech, 1500, 30000) && !waitAnswered(events, from)) {
            *error = u"barge-in turn %1 was not answered within a minute"_s.arg(k);
            return false;
        }
        simInterruptionsSince(); // read past this turn's lines
        BargeInResult r;
        r.levelDb = levelDb;
        r.caughtBySim = events.firstAfter(u"interrupted"_s, from, start) >= 0;
        r.caughtLocally = events.firstBargeInActionAfter(from, start) >= 0;
        const bool early = events.firstBefore(u"interrupted"_s, from, start) >= 0;
        f->bargeInTurnsInterruptedBefore += early;
        // The onset where the microphone heard it: paplay takes tens of milliseconds to start.
        micFeed.poll();
        const double onsetBenchMs = micFeed.findBenchMs(speechFromOnset, startBenchMs - 50,
                                                        startBenchMs + 800);
        // Whether the model was still speaking: its own voice may have interrupted it already
        // (then there was nothing to barge in on). The simulator streams at real-time pace, so
        // a reply in progress has model audio in the last 300 ms and no end after it.
        const double at = onsetBenchMs >= 0 ? events.benchToCliMs(onsetBenchMs) : start;
        const double lastAudio = events.lastAtOrBefore(u"audio_out"_s, from, at);
        r.modelSpeaking = lastAudio >= 0 && at - lastAudio < 300
                          && events.lastAtOrBefore(u"turn_complete"_s, from, at) < lastAudio;
        const double falseAction = events.lastBargeInActionBefore(from, start);
        if (falseAction >= 0) {
            ++f->localFalseBargeInsBeforeBargeIns;
            r.falseActionBeforeOnsetMs = at - falseAction;
            // The CLI's window (its default): a duck not confirmed by then is undone.
            r.alreadyDucked = r.falseActionBeforeOnsetMs
                              < livedesk::audio::BargeInSettings {}.confirmWindowMs;
        }
        if (onsetBenchMs >= 0) {
            const double onset = events.benchToCliMs(onsetBenchMs);
            r.onsetToPlayMs = onsetBenchMs - startBenchMs;
            const double sim = events.firstAfter(u"interrupted"_s, from, start);
            if (sim >= 0)
                r.onsetToSimMs = sim - onset;
            const QJsonObject local = events.firstBargeInAction(from, start);
            if (!local.isEmpty()) {
                // When the processing thread acted: the event is written after the hand-over to
                // the CLI's main thread, later on a busy machine.
                const double eventMs = local.value(u"t_ms"_s).toDouble();
                const double actedMs = local.value(u"acted_t_ms"_s).toDouble(eventMs);
                r.onsetToLocalMs = actedMs - onset;
                r.eventAfterActionMs = eventMs - actedMs;
                if (local.contains(u"speech_t_ms"_s))
                    r.onsetToDecidingFrameMs = local.value(u"speech_t_ms"_s).toDouble() - onset;
            }
        }
        f->bargeIns.append(r);
        if (m_options.verbose)
            printf("  barge-in %2d at %+.0f dB, %d ms into the reply (heard %.0f ms after paplay "
                   "started): sim %s %.0f ms, local %s %.0f ms (deciding frame %.0f ms, event "
                   "+%.0f ms)%s%s%s\n",
                   k, levelDb, intoReplyMs, r.onsetToPlayMs, r.caughtBySim ? "caught" : "MISSED",
                   r.onsetToSimMs, r.caughtLocally ? "acted" : "no action", r.onsetToLocalMs,
                   r.onsetToDecidingFrameMs, r.eventAfterActionMs,
                   early ? " (interrupted before the speech)" : "",
                   r.modelSpeaking ? "" : " (the model was silent: not counted)",
                   r.falseActionBeforeOnsetMs < 0
                           ? ""
                           : qPrintable(u" (a local false barge-in %1 ms before the onset%2)"_s
                                                .arg(qRound(r.falseActionBeforeOnsetMs))
                                                .arg(r.alreadyDucked ? u", still ducked"_s
                                                                     : QString())));
        fflush(stdout);
    }
    return true;
}

bool Bench::runPath(int latencyMs, PathFigures *f, QString *error)
{
    f->latencyMs = latencyMs;
    m_echoRms = 0; // measured again on this path, and the barge-ins scaled to it
    for (std::vector<float> &speechFromOnset : m_bargeSpeech)
        speechFromOnset.clear();
    EchoPath path({latencyMs, EchoRoom::Dry});
    if (const QString pathError = path.waitUntilCarriesSound(30000); !pathError.isEmpty()) {
        *error = u"the echo path is not running: "_s + pathError;
        return false;
    }
    LiveMicrophone microphone;
    if (!startSim(error))
        return false;
    bool ok = quietTurns(f, error);
    f->echoDbfs = 20.0 * std::log10(std::max(1e-9, m_echoRms));
    for (int first = 0; ok && first < m_options.bargeIns; first += kBargeInsPerSession)
        ok = bargeInSession(first, std::min(kBargeInsPerSession, m_options.bargeIns - first), f,
                            error);
    m_sim->terminate();
    m_sim->waitForFinished(5000);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    QString error;
    if (!parseOptions(app.arguments(), &options, &error)) {
        fprintf(stderr, "bench_selfinterrupt: %s\n", qPrintable(error));
        return 2;
    }
    if (!pulseReady()) {
        fprintf(stderr, "%s\n", kNoPulse);
        return 1;
    }
    if (!haveEspeak()) {
        fprintf(stderr, "bench_selfinterrupt: espeak-ng is needed\n");
        return 1;
    }
    QTemporaryDir dir;
    if (options.keepFiles) {
        dir.setAutoRemove(false);
        printf("files in %s\n", qPrintable(dir.path()));
    }
    Bench bench(options, dir);
    if (!bench.prepare(&error)) {
        fprintf(stderr, "bench_selfinterrupt: %s\n", qPrintable(error));
        return 1;
    }
    printf("%d quiet turns and %d barge-ins per path, livedesk-cli --barge-in %s, %s, %s\n",
           options.turns, options.bargeIns, qPrintable(options.bargeInMode),
           livedesk::audio::VoiceProcessor::isAvailable() ? "WebRTC APM" : "no canceller built in",
           qPrintable(loadDescription()));
    fflush(stdout);
    QJsonArray paths;
    for (const int latencyMs : options.latenciesMs) {
        PathFigures figures;
        if (!bench.runPath(latencyMs, &figures, &error)) {
            fprintf(stderr, "bench_selfinterrupt: loopback %d ms: %s (files kept in %s)\n",
                    latencyMs, qPrintable(error), qPrintable(dir.path()));
            dir.setAutoRemove(false);
            return 1;
        }
        paths.append(report(figures));
    }
    if (!options.jsonPath.isEmpty()) {
        QFile file(options.jsonPath);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(QJsonObject {{u"paths"_s, paths}}).toJson()) < 0) {
            fprintf(stderr, "bench_selfinterrupt: cannot write %s\n", qPrintable(options.jsonPath));
            return 1;
        }
    }
    return 0;
}
