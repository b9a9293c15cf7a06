// bench_run: the measuring half of bench/run (which builds, starts the test environment and calls
// this). Runs the standard conversation with livedesk-cli (audio only, then with a 1 FPS video)
// and with the GUI, prints every figure beside its budget, writes figures.json, and optionally
// the bench/run section of docs/benchmarks.md. docs/benchmarks.md, "bench/run", says how each
// figure is measured.
//
// Exit codes: 0 done; 1 a figure was not produced (the harness is broken), or with --check a
// figure missed its budget or the GUI could not run; 2 usage or setup error.
#include "bench/benchrun/runs.h"

#include "tests/audio/pulsetestsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;
using namespace livedesk::bench;

namespace {

QString firstLine(const QString &path, const QString &prefix = {})
{
    // /proc files report a size of 0, so read to the end rather than asking atEnd().
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(prefix))
            return prefix.isEmpty() ? line : line.section(u':', 1).trimmed();
    }
    return {};
}

QString loadAverage()
{
    return firstLine(u"/proc/loadavg"_s).section(u' ', 0, 2);
}

int fail(const QString &message)
{
    fprintf(stderr, "bench/run: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The measuring half of bench/run (docs/benchmarks.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption binDirOption(u"bin-dir"_s,
                                          u"Where livedesk-cli, livedesk-sim and "
                                          u"livedesk are."_s,
                                          u"dir"_s);
    const QCommandLineOption workDirOption(u"work-dir"_s, u"Where run files and figures.json go."_s,
                                           u"dir"_s);
    const QCommandLineOption assetsOption(u"assets-dir"_s,
                                          u"Cache for speech and the video (default: work dir)."_s,
                                          u"dir"_s);
    const QCommandLineOption conversationOption(u"conversation"_s, u"bench/run-conversation.json"_s,
                                                u"file"_s);
    const QCommandLineOption smokeOption(u"smoke"_s,
                                         u"About 30 s per run: only checks the harness works."_s);
    const QCommandLineOption minutesOption(u"minutes"_s,
                                           u"Length of each conversation (default 5)."_s, u"min"_s,
                                           u"5"_s);
    const QCommandLineOption checkOption(u"check"_s, u"Exit 1 when a figure misses its budget."_s);
    const QCommandLineOption docsOption(u"docs"_s,
                                        u"Write the figures into this benchmarks.md section."_s,
                                        u"file"_s);
    const QCommandLineOption buildNoteOption(u"build-note"_s,
                                             u"What was measured (build preset), for the docs."_s,
                                             u"text"_s, u"release build"_s);
    const QCommandLineOption runsOption(u"runs"_s,
                                        u"Only these runs, comma-separated: cli_audio, cli_video, "
                                        u"gui (default: all three)."_s,
                                        u"list"_s);
    const QCommandLineOption roomLatencyOption(
            u"room-latency-ms"_s,
            u"The latency the room noise's feed asks of the virtual microphone (default 200; 20 as before 2026-12-07)."_s,
            u"ms"_s, QString::number(livedesk::bench::RoomNoise::kDefaultLatencyMs));
    parser.addOptions({binDirOption, workDirOption, assetsOption, conversationOption, smokeOption,
                       minutesOption, checkOption, docsOption, buildNoteOption, runsOption,
                       roomLatencyOption});
    parser.process(app);
    if (!parser.isSet(binDirOption) || !parser.isSet(workDirOption)
        || !parser.isSet(conversationOption))
        return fail(u"--bin-dir, --work-dir and --conversation are required"_s);
    if (!livedesk::audio::test::pulseReady())
        return fail(QString::fromLatin1(livedesk::audio::test::kNoPulse));

    const bool smoke = parser.isSet(smokeOption);
    bool minutesOk = false;
    const double minutes = parser.value(minutesOption).toDouble(&minutesOk);
    if (!minutesOk || minutes <= 0 || minutes > 60)
        return fail(u"--minutes takes a number of minutes (0 < m ≤ 60)"_s);

    QList<Run> selected(std::begin(kRuns), std::end(kRuns));
    if (parser.isSet(runsOption)) {
        selected.clear();
        for (const QString &key : parser.value(runsOption).split(u',', Qt::SkipEmptyParts)) {
            const auto known = std::find_if(std::begin(kRuns), std::end(kRuns),
                                            [&](Run r) { return runKey(r) == key.trimmed(); });
            if (known == std::end(kRuns))
                return fail(u"--runs: unknown run \"%1\" (cli_audio, cli_video, gui)"_s.arg(key));
            selected << *known;
        }
        // The docs' table is one run of all three; a partial run would blank the others' column.
        if (parser.isSet(docsOption) && selected.size() < qsizetype(std::size(kRuns)))
            return fail(u"--docs needs all three runs (leave out --runs)"_s);
    }

    RunSettings settings;
    bool roomLatencyOk = false;
    settings.roomLatencyMs = parser.value(roomLatencyOption).toInt(&roomLatencyOk);
    if (!roomLatencyOk || settings.roomLatencyMs < 1 || settings.roomLatencyMs > 2000)
        return fail(u"--room-latency-ms takes milliseconds (1 to 2000)"_s);
    settings.binDir = parser.value(binDirOption);
    settings.workDir = QDir(parser.value(workDirOption)).absolutePath();
    QDir().mkpath(settings.workDir);
    const QString assets = parser.isSet(assetsOption) ? parser.value(assetsOption)
                                                      : settings.workDir;
    settings.length = smoke ? Length::Smoke : Length::Full;
    if (smoke) {
        // goAway 15 s into each connection (which ends at 25 s): a handover or two per run.
        settings.connectionLifetimeS = 25;
        settings.goAwayNoticeS = 10;
    } else {
        settings.minDurationMs = qint64(minutes * 60000);
        // goAway a minute into each connection, as the service gives ~60 s notice of its ~10 min
        // deadline; five or so handovers in five minutes.
        settings.connectionLifetimeS = 100;
        settings.goAwayNoticeS = 40;
    }

    QString error;
    std::optional<ConversationScript> script = ConversationScript::load(parser.value(
                                                                                conversationOption),
                                                                        settings.length, &error);
    if (!script || !script->synthesize(QDir(assets).filePath(u"speech"_s), &error))
        return fail(error);
    const int videoSeconds = smoke ? 90 : int(minutes * 60) + 120;
    const QString video = QDir(assets).filePath(u"camera-1fps-%1s.avi"_s.arg(videoSeconds));
    if (selected.contains(Run::CliVideo)) {
        fprintf(stderr, "bench/run: preparing the 1 FPS camera-like video (once)\n");
        if (!ensureCameraVideo(video, videoSeconds, &error))
            return fail(error);
    }

    const QString loadBefore = loadAverage();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QList<RunFigures> runs;
    if (selected.contains(Run::CliAudio))
        runs << runCli(Run::CliAudio, settings, *script, {});
    if (selected.contains(Run::CliVideo))
        runs << runCli(Run::CliVideo, settings, *script, video);
    if (selected.contains(Run::Gui))
        runs << runGui(settings, *script);
    const QString loadAfter = loadAverage();

    const Verdict verdict = judge(runs);
    printf("\n%s", qPrintable(formatTable(runs, verdict)));
    fflush(stdout);

    QFile json(QDir(settings.workDir).filePath(u"figures.json"_s));
    if (json.open(QIODevice::WriteOnly))
        json.write(QJsonDocument(toJson(runs, verdict)).toJson());

    if (parser.isSet(docsOption)) {
        const QString note
                = u"Measured %1 with `bench/run` (%2, %3 conversation per run) on %4 × %5, "
                  u"%6; the machine's 2 cores were shared with other engineers building and "
                  u"testing (load average %7 before, %8 after)."_s
                          .arg(started.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                               parser.value(buildNoteOption),
                               smoke ? u"smoke"_s : u"%1-minute"_s.arg(minutes),
                               QString::number(QThread::idealThreadCount()),
                               firstLine(u"/proc/cpuinfo"_s, u"model name"_s),
                               QSysInfo::prettyProductName(), loadBefore, loadAfter);
        if (!replaceDocsSection(parser.value(docsOption), formatMarkdown(runs, verdict, note),
                                &error))
            return fail(error);
        fprintf(stderr, "bench/run: wrote %s\n", qPrintable(parser.value(docsOption)));
    }

    int status = 0;
    if (!verdict.missing.isEmpty()) {
        fprintf(stderr,
                "bench/run: %lld figure(s) not produced: the harness or a client is "
                "broken\n",
                qlonglong(verdict.missing.size()));
        status = 1;
    }
    if (parser.isSet(checkOption)) {
        for (const QString &o : verdict.overBudget)
            fprintf(stderr, "bench/run: over budget: %s\n", qPrintable(o));
        for (const RunFigures &r : std::as_const(runs)) {
            if (!r.ran) {
                fprintf(stderr, "bench/run: %s\n", qPrintable(r.notRunReason));
                status = 1;
            }
        }
        if (!verdict.overBudget.isEmpty())
            status = 1;
    }
    return status;
}
