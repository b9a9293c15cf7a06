#include "bench/benchrun/runs.h"

#include "bench/benchrun/procsampler.h"
#include "bench/videoscenes.h"
#include "tests/audio/pulsetestsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <algorithm>
#include <csignal>
#include <functional>

using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace livedesk::bench {

namespace {

void progress(const QString &line)
{
    fprintf(stderr, "bench/run: %s\n", qPrintable(line));
    fflush(stderr);
}

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Ends a process the way a user would (SIGINT for the CLI: metrics are written; SIGTERM for the
// GUI), and kills it if it does not go.
void endPolitely(QProcess &process, int signal, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), signal);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

// livedesk-sim for one run: the conversation's side of the model in real time, connections that
// end after the run's lifetime (goAway before that), its frame log. The URL it listens on, or
// empty with a note.
QString startSimulator(QProcess &sim, const RunSettings &settings, const ConversationScript &script,
                       const QString &tag, QStringList *notes)
{
    const QDir work(settings.workDir);
    const QString scenarioPath = work.filePath(u"scenario.json"_s);
    {
        QFile file(scenarioPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(script.simulatorScenario) < 0) {
            *notes << u"cannot write %1"_s.arg(scenarioPath);
            return {};
        }
    }
    sim.setStandardErrorFile(work.filePath(tag + u"-sim.log"_s));
    sim.start(QDir(settings.binDir).filePath(u"livedesk-sim"_s),
              {u"--port"_s, u"0"_s, u"--scenario"_s, scenarioPath, u"--speech-speed"_s, u"1"_s,
               u"--connection-lifetime"_s, QString::number(settings.connectionLifetimeS),
               u"--go-away-notice"_s, QString::number(settings.goAwayNoticeS), u"--frame-log"_s,
               work.filePath(tag + u"-frames.jsonl"_s)});
    QString url;
    waitUntil(
            [&] {
                url = QRegularExpression(u"listening on (ws://\\S+)"_s)
                              .match(QString::fromUtf8(sim.peek(4096)))
                              .captured(1);
                return !url.isEmpty() || sim.state() == QProcess::NotRunning;
            },
            15000);
    if (url.isEmpty()) {
        *notes << u"livedesk-sim did not start (see %1-sim.log)"_s.arg(tag);
        sim.kill();
        sim.waitForFinished(3000);
    }
    return url;
}

void setProcFigures(RunFigures &out, const ProcSampler &sampler, const ProcSample &from,
                    const std::optional<ProcSample> &to)
{
    if (!to) {
        out.notes << u"the process ended before the conversation did"_s;
        return;
    }
    const std::optional<ProcFigures> f = procFigures(sampler.samples(), from, *to);
    if (!f)
        return;
    out.set(u"conversation_minutes"_s, Summary::ofValue(f->minutes));
    out.set(u"cpu_percent"_s, Summary::ofValue(f->cpuPercent));
    out.set(u"cpu_seconds_per_minute"_s, Summary::ofValue(f->cpuSecondsPerMinute));
    out.set(u"rss_peak_mb"_s, Summary::ofValue(f->peakRssMb));
    out.set(u"rss_steady_mb"_s, Summary::ofValue(f->steadyRssMb));
    if (to->pssKb > 0) {
        out.set(u"pss_peak_mb"_s, Summary::ofValue(f->peakPssMb));
        out.set(u"pss_steady_mb"_s, Summary::ofValue(f->steadyPssMb));
    }
}

// The GUI's idle stretches (the script's pauses) against the rest of its conversation: CPU from
// /proc, frames from the count the GUI writes into its report (at most 0.5 s old).
struct IdleSplit
{
    double idleMs = 0;
    double idleCpuSeconds = 0;
    double idleFrames = 0;
    std::optional<ProcSample> begin;
    double framesAtBegin = 0;
    // By thread name, to tell the audio processing from the rest.
    QHash<QString, double> threadCpuSeconds;
    QHash<QString, double> threadsAtBegin;
};

// The figures both front ends write into metrics.json the same way (app::ConversationLog).
void setLatencyFigures(RunFigures &out, const QJsonObject &m)
{
    const QJsonObject latency = m.value(u"latency"_s).toObject();
    const auto fromLatency = [&](const QString &key) {
        return Summary::fromCliJson(latency.value(key).toObject());
    };
    // The budget is the pipeline's share: a chunk cannot leave before its newest sample exists.
    out.set(u"capture_to_wire_ms"_s, fromLatency(u"capture_to_wire_newest_ms"_s));
    out.set(u"capture_to_wire_oldest_ms"_s, fromLatency(u"capture_to_wire_ms"_s));
    out.set(u"receive_to_speaker_ms"_s, fromLatency(u"receive_to_device_ms"_s));
    out.set(u"barge_in_ms"_s, fromLatency(u"barge_in_ms"_s));
    QList<double> gaps;
    for (const QJsonValue &v : m.value(u"gaps_ms"_s).toArray())
        gaps << v.toDouble();
    out.set(u"handover_gap_ms"_s, Summary::of(gaps));
}

// livedesk-cli and livedesk write the same metrics.json (app::ConversationLog).
void setClientMetrics(RunFigures &out, const QJsonObject &m)
{
    setLatencyFigures(out, m);
    const QJsonObject latency = m.value(u"latency"_s).toObject();
    const auto fromLatency = [&](const QString &key) {
        return Summary::fromCliJson(latency.value(key).toObject());
    };
    const Summary speechEnd = fromLatency(u"speech_end_to_first_audio_ms"_s);
    out.set(u"speech_end_to_first_audio_ms"_s, speechEnd);
    // A constant shift moves every percentile by the same amount.
    Summary clientShare = speechEnd;
    clientShare.median -= kSimulatorEndOfSpeechMs;
    clientShare.p95 -= kSimulatorEndOfSpeechMs;
    out.set(u"speech_end_client_share_ms"_s, clientShare);

    const double minutes = m.value(u"duration_ms"_s).toDouble() / 60000.0;
    if (minutes > 0) {
        out.set(u"bytes_up_kb_per_minute"_s,
                Summary::ofValue(m.value(u"bytes_sent"_s).toDouble() / 1000.0 / minutes));
        out.set(u"bytes_down_kb_per_minute"_s,
                Summary::ofValue(m.value(u"bytes_received"_s).toDouble() / 1000.0 / minutes));
        const QJsonObject tokens = m.value(u"tokens"_s).toObject();
        if (tokens.contains(u"total"_s)) {
            out.set(u"tokens_per_minute"_s,
                    Summary::ofValue(tokens.value(u"total"_s).toDouble() / minutes));
        }
        if (m.value(u"estimated_cost_usd"_s).isDouble()) {
            out.set(u"cost_usd_per_minute"_s,
                    Summary::ofValue(m.value(u"estimated_cost_usd"_s).toDouble() / minutes));
        }
    }
    if (m.value(u"frames_sent"_s).isDouble())
        out.set(u"frames_sent"_s, Summary::ofValue(m.value(u"frames_sent"_s).toDouble()));

    out.notes << u"exit code %1; turns %2, tool calls %3; goAways %4, handovers %5, reconnects "
                 u"%6; barge-ins silenced by the local detector %7, by the service's interruption "
                 u"first %8; capture → wire max %9 ms; playback underruns %10"_s
                         .arg(m.value(u"exit_code"_s).toInt())
                         .arg(m.value(u"turns"_s).toInt())
                         .arg(m.value(u"tool_calls"_s).toInt())
                         .arg(m.value(u"go_aways"_s).toInt())
                         .arg(m.value(u"handovers"_s).toInt())
                         .arg(m.value(u"reconnects"_s).toInt())
                         .arg(latency.value(u"barge_ins_local"_s).toInt())
                         .arg(latency.value(u"barge_ins_server"_s).toInt())
                         .arg(latency.value(u"capture_to_wire_ms"_s)
                                      .toObject()
                                      .value(u"max"_s)
                                      .toDouble(),
                              0, 'f', 0)
                         .arg(m.value(u"audio"_s).toObject().value(u"underruns"_s).toInt());
}

} // namespace

RunFigures runCli(Run run, const RunSettings &settings, const ConversationScript &script,
                  const QString &videoPath)
{
    RunFigures out;
    out.run = run;
    out.ran = true;
    const QDir work(settings.workDir);
    const QString tag = runKey(run);
    progress(u"%1: starting livedesk-sim and livedesk-cli"_s.arg(runTitle(run)));
    QProcess sim;
    const QString url = startSimulator(sim, settings, script, tag, &out.notes);
    if (url.isEmpty())
        return out;

    RoomNoise microphone(settings.roomLatencyMs);
    const QString events = work.filePath(tag + u"-events.jsonl"_s);
    const QString metrics = work.filePath(tag + u"-metrics.json"_s);
    QFile::remove(events);
    QFile::remove(metrics);
    QStringList args {u"--endpoint"_s, url,
                      u"--api-key"_s,  u"bench-key"_s,
                      u"--mic"_s,      u"livedesk_mic"_s,
                      u"--speaker"_s,  u"livedesk_speaker"_s,
                      u"--barge-in"_s, u"stop"_s,
                      u"--quiet"_s,    u"--events"_s,
                      events,          u"--metrics"_s,
                      metrics};
    if (!videoPath.isEmpty())
        args << u"--video"_s << videoPath;
    QProcess cli;
    cli.setStandardOutputFile(work.filePath(tag + u"-cli.out"_s));
    cli.setStandardErrorFile(work.filePath(tag + u"-cli.log"_s));
    cli.start(QDir(settings.binDir).filePath(u"livedesk-cli"_s), args);
    const auto alive = [&] { return cli.state() == QProcess::Running; };
    CliEventWatcher watcher(events);
    const bool live = cli.waitForStarted(10000)
                      && waitUntil(
                              [&] {
                                  watcher.poll();
                                  return watcher.count(u"setup_complete"_s) > 0 || !alive();
                              },
                              30000)
                      && alive();
    if (!live) {
        out.notes << u"livedesk-cli never went live (see %1-cli.log)"_s.arg(tag);
        endPolitely(cli, SIGINT, 10000);
        endPolitely(sim, SIGTERM, 5000);
        return out;
    }
    ProcSampler sampler;
    sampler.start(cli.processId());
    const ProcSample from = sampler.samples().value(0);
    QElapsedTimer conversation;
    conversation.start();
    progress(u"%1: live; speaking the conversation"_s.arg(runTitle(run)));
    const ScriptOutcome outcome = speakScript(script, watcher, conversation, settings.minDurationMs,
                                              0, alive);
    // A moment for the last reply's figures (its playback, the last usage report).
    waitUntil([] { return false; }, 1000);
    const std::optional<ProcSample> to = sampler.sampleNow();
    sampler.stop();
    endPolitely(cli, SIGINT, 30000);
    endPolitely(sim, SIGTERM, 5000);
    progress(u"%1: done after %2 utterances"_s.arg(runTitle(run)).arg(outcome.utterances));

    setProcFigures(out, sampler, from, to);
    const QJsonObject m = readJsonFile(metrics);
    if (m.isEmpty())
        out.notes << u"no metrics written (see %1-cli.log)"_s.arg(tag);
    else
        setClientMetrics(out, m);
    out.notes << outcome.notes;
    return out;
}

RunFigures runGui(const RunSettings &settings, const ConversationScript &script)
{
    RunFigures out;
    out.run = Run::Gui;
    const QString binary = QDir(settings.binDir).filePath(u"livedesk"_s);
    if (!QFileInfo(binary).isExecutable()) {
        out.notRunReason = u"GUI: not built (no livedesk beside livedesk-cli in %1)"_s.arg(
                QDir(settings.binDir).dirName() == "bin"_L1
                        ? QFileInfo(settings.binDir).dir().dirName() + u"/bin"_s
                        : settings.binDir);
        return out;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        out.notRunReason = u"GUI: no display (start Xvfb: . scripts/test-env.sh start)"_s;
        return out;
    }
    out.ran = true;
    const QDir work(settings.workDir);
    const QString tag = runKey(Run::Gui);
    // The same out-of-process simulator as the CLI's runs, goAways included: what the app costs
    // against the service, without the offline demo's in-process simulator.
    progress(u"GUI: starting livedesk-sim and livedesk"_s);
    QProcess sim;
    const QString url = startSimulator(sim, settings, script, tag, &out.notes);
    if (url.isEmpty())
        return out;
    // A settings file of its own, with the CLI's `--barge-in stop` (the app's default ducks);
    // settings, history and keys stay in the work folder.
    const QString settingsPath = work.filePath(u"gui-settings.ini"_s);
    {
        QFile file(settingsPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write("[bargeIn]\nmode=stop\n") < 0) {
            out.notes << u"cannot write %1"_s.arg(settingsPath);
            endPolitely(sim, SIGTERM, 5000);
            return out;
        }
    }
    const QString report = work.filePath(u"gui-startup.json"_s);
    const QString events = work.filePath(tag + u"-events.jsonl"_s);
    const QString metrics = work.filePath(tag + u"-metrics.json"_s);
    for (const QString &stale : {report, events, metrics})
        QFile::remove(stale);
    RoomNoise microphone(settings.roomLatencyMs);
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LIVEDESK_STARTUP_REPORT"_s, report);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, work.filePath(u"gui-home/config"_s));
    env.insert(u"XDG_DATA_HOME"_s, work.filePath(u"gui-home/data"_s));
    env.remove(u"GOOGLE_API_KEY"_s);
    env.insert(u"GEMINI_API_KEY"_s, u"bench-key"_s);
    gui.setProcessEnvironment(env);
    gui.setStandardOutputFile(work.filePath(u"gui.out"_s));
    gui.setStandardErrorFile(work.filePath(u"gui.log"_s));
    gui.start(binary, {u"--settings"_s, settingsPath, u"--no-keychain"_s, u"--endpoint"_s, url,
                       u"--talk-mode"_s, u"hands-free"_s, u"--start"_s, u"--events"_s, events,
                       u"--metrics"_s, metrics});
    const auto alive = [&] { return gui.state() == QProcess::Running; };
    ProcSampler sampler;
    if (gui.waitForStarted(10000))
        sampler.start(gui.processId());
    CliEventWatcher watcher(events);
    QJsonObject startup;
    // Live: the session is set up and the report has its moment (written on the same event).
    const bool live = waitUntil(
                              [&] {
                                  watcher.poll();
                                  startup = readJsonFile(report);
                                  return (watcher.count(u"setup_complete"_s) > 0
                                          && startup.value(u"session_live"_s).isDouble())
                                         || !alive();
                              },
                              45000)
                      && alive();
    if (startup.value(u"window_shown"_s).isDouble()) {
        out.set(u"startup_window_ms"_s,
                Summary::ofValue(startup.value(u"window_shown"_s).toDouble()));
    }
    if (startup.value(u"session_live"_s).isDouble()) {
        out.set(u"startup_live_ms"_s, Summary::ofValue(startup.value(u"session_live"_s).toDouble()));
    }
    if (startup.value(u"pid"_s).toInteger() != gui.processId()) {
        out.notes << u"the start-up report names pid %1, the process started is %2: CPU and "
                     u"memory are the started process's"_s.arg(startup.value(u"pid"_s).toInteger())
                             .arg(gui.processId());
    }
    if (!live) {
        out.notes << u"the GUI never went live (see gui.log and %1)"_s.arg(report);
        endPolitely(gui, SIGTERM, 15000);
        endPolitely(sim, SIGTERM, 5000);
        return out;
    }
    const auto framesNow = [&] { return readJsonFile(report).value(u"frames"_s).toDouble(-1); };
    const std::optional<ProcSample> from = sampler.sampleNow();
    const double framesFrom = framesNow();
    IdleSplit idle;
    const auto onPhase = [&](Phase phase) {
        if (phase == Phase::IdleBegins) {
            idle.begin = sampler.sampleNow();
            idle.framesAtBegin = framesNow();
            idle.threadsAtBegin = readThreadCpuSeconds(gui.processId());
            return;
        }
        const std::optional<ProcSample> end = sampler.sampleNow();
        const QHash<QString, double> threads = readThreadCpuSeconds(gui.processId());
        if (idle.begin && end) {
            idle.idleMs += double(end->atMs - idle.begin->atMs);
            idle.idleCpuSeconds += end->cpuSeconds - idle.begin->cpuSeconds;
            idle.idleFrames += framesNow() - idle.framesAtBegin;
            for (auto it = threads.begin(); it != threads.end(); ++it)
                idle.threadCpuSeconds[it.key()] += it.value() - idle.threadsAtBegin.value(it.key());
        }
        idle.begin.reset();
    };
    QElapsedTimer conversation;
    conversation.start();
    progress(u"GUI: live; speaking the conversation"_s);
    const ScriptOutcome outcome = speakScript(script, watcher, conversation, settings.minDurationMs,
                                              0, alive, onPhase);
    // A moment for the last reply's figures, as for the CLI.
    waitUntil([] { return false; }, 1000);
    const std::optional<ProcSample> to = sampler.sampleNow();
    const double framesTo = framesNow();
    startup = readJsonFile(report);
    sampler.stop();
    // SIGTERM ends the conversation as End does and writes metrics.json.
    endPolitely(gui, SIGTERM, 15000);
    endPolitely(sim, SIGTERM, 5000);
    progress(u"GUI: done after %1 utterances"_s.arg(outcome.utterances));
    if (from)
        setProcFigures(out, sampler, *from, to);
    if (from && to && idle.idleMs > 0) {
        const double idleMinutes = idle.idleMs / 60000.0;
        const double talkMinutes = double(to->atMs - from->atMs) / 60000.0 - idleMinutes;
        out.set(u"cpu_idle_seconds_per_minute"_s,
                Summary::ofValue(idle.idleCpuSeconds / idleMinutes));
        if (framesFrom >= 0 && framesTo >= 0) {
            out.set(u"frames_idle_per_minute"_s, Summary::ofValue(idle.idleFrames / idleMinutes));
            if (talkMinutes > 0) {
                out.set(u"frames_talking_per_minute"_s,
                        Summary::ofValue((framesTo - framesFrom - idle.idleFrames) / talkMinutes));
            }
        }
        out.notes << u"idle (the script's pauses, nobody speaking): %1 s of the conversation"_s
                             .arg(idle.idleMs / 1000.0, 0, 'f', 1);
        // Which threads the idle CPU went to, largest first (what the audio processing costs
        // apart from the rest of the app).
        QList<std::pair<double, QString>> threads;
        for (auto it = idle.threadCpuSeconds.cbegin(); it != idle.threadCpuSeconds.cend(); ++it) {
            if (it.value() > 0)
                threads.append({it.value() / idleMinutes, it.key()});
        }
        std::sort(threads.begin(), threads.end(), std::greater<>());
        QStringList parts;
        for (const auto &[perMinute, name] : std::as_const(threads))
            parts << u"`%1` %2"_s.arg(name).arg(perMinute, 0, 'f', 2);
        if (!parts.isEmpty()) {
            out.notes << u"idle CPU-s per minute by thread (the threads alive at the pauses' "
                         u"ends): %1"_s.arg(parts.join(u", "_s));
        }
    }
    if (const QJsonObject m = readJsonFile(metrics); !m.isEmpty())
        setClientMetrics(out, m);
    else
        out.notes << u"no metrics written (see gui.log)"_s;
    if (const QString renderer = startup.value(u"renderer"_s).toString(); !renderer.isEmpty())
        out.notes << u"rendered with %1"_s.arg(renderer);
    out.notes << outcome.notes;
    return out;
}

bool ensureCameraVideo(const QString &path, int seconds, QString *error)
{
    if (QFileInfo(path).size() > 0)
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString partial = path + u".partial.avi"_s;
    const cv::Size size(1280, 720);
    // Gestures for 20 s of every 2 minutes, as in bench_video_stream.
    const bool ok = video::bench::writeRecording(partial, seconds, 1.0, size, [&](double t, int i) {
        return video::bench::cameraScene(t, size.width, size.height, std::fmod(t, 120.0) >= 100.0,
                                         i);
    });
    if (!ok || !QFile::rename(partial, path)) {
        *error = u"cannot write the camera-like video %1 (OpenCV MJPG writer)"_s.arg(path);
        QFile::remove(partial);
        return false;
    }
    return true;
}

} // namespace livedesk::bench
