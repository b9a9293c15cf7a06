// Soak: a long simulated conversation over short connection lifetimes, and what it costs.
//
//   bench_soak [--minutes M] [--lifetime S] [--notice S] [--fault-rate P] [--fault-code N]
//              [--sim PATH] [--keep DIR]
//
// livedesk-sim runs as its own process (so its memory is not ours) with connections that live
// `--lifetime` seconds (goAway `--notice` seconds before the end) and, with `--fault-rate`, are
// closed at random after a model turn with 1008 or 1011 as the service does (`--fault-code`
// picks one). This process streams espeak-ng
// sentences with pauses at real-time pace into one LiveSession for `--minutes`, straight through
// every handover. At the end it prints the figures and checks them:
//   - no crash (this process finished; the simulator was still running at the end),
//   - resident memory growth under 10 % (RSS after warm-up → RSS at the end),
//   - no lost audio: every chunk produced reached the simulator exactly once, in order (the
//     simulator's frame log against fingerprints written while streaming),
//   - every utterance got its reply.
// Exit status 0 when all hold. docs/benchmarks.md ("Resilience") has the recorded figures.
#include "recoverytestkit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace livedesk::session;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;

namespace {

// AddressSanitizer keeps freed memory in quarantine, so RSS grows with allocation volume there:
// the growth is reported but not judged (ASan's own leak check at exit judges instead).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kJudgeResidentMemory = false;
#else
constexpr bool kJudgeResidentMemory = true;
#endif

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression rss(u"VmRSS:\\s+(\\d+)\\s+kB"_s);
    const auto match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// The ChunkLedger's fingerprints, written to a file as they come so that a 30-minute run does
// not grow this process's memory with its own bookkeeping.
class FingerprintFile
{
public:
    bool open(const QString &path)
    {
        return (m_file.setFileName(path), m_file.open(QIODevice::WriteOnly));
    }
    void add(const QByteArray &pcm)
    {
        m_pending += pcm;
        qsizetype at = 0;
        while (m_pending.size() - at >= 1280) {
            write(m_pending.mid(at, 1280));
            at += 1280;
        }
        m_pending.remove(0, at);
    }
    void finish()
    {
        m_pending.truncate(m_pending.size() & ~qsizetype(1));
        if (!m_pending.isEmpty())
            write(m_pending);
        m_file.close();
    }
    qint64 count() const { return m_count; }

private:
    void write(const QByteArray &chunk)
    {
        m_file.write(livedesk::sim::FrameLog::fingerprint(chunk).toLatin1() + '\n');
        ++m_count;
    }
    QFile m_file;
    QByteArray m_pending;
    qint64 m_count = 0;
};

QStringList readLines(const QString &path)
{
    QStringList out;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd())
            out.append(QString::fromLatin1(f.readLine().trimmed()));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutes(u"minutes"_s, u"Length of the conversation (default 30)."_s,
                                     u"M"_s, u"30"_s);
    const QCommandLineOption lifetime(u"lifetime"_s,
                                      u"Connection lifetime in seconds (default 20)."_s, u"S"_s,
                                      u"20"_s);
    const QCommandLineOption notice(u"notice"_s, u"goAway notice in seconds (default 10)."_s,
                                    u"S"_s, u"10"_s);
    const QCommandLineOption simPath(u"sim"_s, u"The livedesk-sim executable."_s, u"PATH"_s,
                                     QCoreApplication::applicationDirPath() + u"/livedesk-sim"_s);
    const QCommandLineOption keep(u"keep"_s, u"Keep the frame log and fingerprints in DIR."_s,
                                  u"DIR"_s);
    const QCommandLineOption faultRate(u"fault-rate"_s,
                                       u"Probability of a 1008/1011 close after each model turn "
                                       "(default 0)."_s,
                                       u"P"_s, u"0"_s);
    const QCommandLineOption faultCode(u"fault-code"_s,
                                       u"Only this close code for the faults (1008 or 1011)."_s,
                                       u"N"_s);
    parser.addOptions({minutes, lifetime, notice, faultRate, faultCode, simPath, keep});
    parser.process(app);
    const double runMinutes = parser.value(minutes).toDouble();
    QTextStream out(stdout);

    QTemporaryDir temp;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : temp.path();
    QDir().mkpath(dir);
    QList<QByteArray> utterances;
    for (const QString &text :
         {u"What is the weather like in Paris today"_s, u"Remind me to call my sister"_s,
          u"How long does it take to boil an egg"_s, u"Play some quiet music please"_s,
          u"What did I ask you a minute ago"_s, u"Tell me something interesting"_s}) {
        utterances.append(espeakSpeech(dir, text));
        if (utterances.last().isEmpty()) {
            out << "bench_soak: espeak-ng is required\n";
            return 2;
        }
    }
    SpeechStream stream(utterances, 2500);

    const QString scenario = dir + u"/soak-scenario.json"_s;
    {
        QFile f(scenario);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(R"({"name":"soak","turns":[{"transcript":"x","reply":"Okay, noted."},
            {"transcript":"y","reply":"Sure, I can help with that."}],"afterLastTurn":"cycle"})");
    }
    const QString frameLog = dir + u"/soak-frames.jsonl"_s;
    // Both sides log every connection; only warnings matter here.
    QLoggingCategory::setFilterRules(u"livedesk.*.info=false"_s);
    QProcess sim;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"livedesk.*.info=false"_s);
    sim.setProcessEnvironment(env);
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList simArguments {u"--port"_s,
                              u"0"_s,
                              u"--connection-lifetime"_s,
                              parser.value(lifetime),
                              u"--go-away-notice"_s,
                              parser.value(notice),
                              u"--speech-speed"_s,
                              u"8"_s,
                              u"--scenario"_s,
                              scenario,
                              u"--frame-log"_s,
                              frameLog,
                              u"--fault-rate"_s,
                              parser.value(faultRate)};
    if (parser.isSet(faultCode))
        simArguments << u"--fault-code"_s << parser.value(faultCode);
    sim.start(parser.value(simPath), simArguments);
    QString url;
    QString simDeath; // how and when the simulator ended, if it did before the run
    QElapsedTimer sinceStart;
    sinceStart.start();
    QObject::connect(&sim, &QProcess::finished, &app, [&](int code, QProcess::ExitStatus status) {
        simDeath = u"after %1 s: %2 (exit code %3)"_s.arg(sinceStart.elapsed() / 1000)
                           .arg(status == QProcess::CrashExit ? u"killed by a signal or crashed"_s
                                                              : u"exited"_s)
                           .arg(code);
    });
    if (sim.waitForReadyRead(15000)) {
        static const QRegularExpression listening(u"listening on (ws://\\S+)"_s);
        url = listening.match(QString::fromUtf8(sim.readLine())).captured(1);
    }
    if (url.isEmpty()) {
        out << "bench_soak: livedesk-sim did not start (" << parser.value(simPath) << ")\n";
        return 2;
    }

    LiveSession session;
    LiveSessionOptions o;
    o.networkWatch = NetworkWatch::Ignore;
    session.setOptions(o);
    int turns = 0;
    int interrupted = 0;
    int errors = 0;
    qint64 gapSum = 0;
    QObject::connect(&session, &LiveSession::turnCompleted, &session,
                     [&](const QString &) { ++turns; });
    QObject::connect(&session, &LiveSession::interrupted, &session, [&] { ++interrupted; });
    QObject::connect(&session, &LiveSession::errorOccurred, &session,
                     [&](const SessionError &) { ++errors; });
    QObject::connect(&session, &LiveSession::reconnected, &session,
                     [&](const ReconnectInfo &info) { gapSum += info.gapMs; });
    session.open(endpointFor(QUrl(url)), recoverySetup());

    FingerprintFile expected;
    expected.open(dir + u"/soak-expected.txt"_s);
    const qint64 runMs = qint64(runMinutes * 60000);
    const qint64 warmUpMs = std::min<qint64>(60000, runMs / 5);
    qint64 rssStart = -1;
    qint64 rssPeak = 0;
    qint64 sent = 0;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (!clock.isValid()) {
            if (!session.isLive())
                return;
            clock.start();
        }
        const qint64 now = clock.elapsed();
        const qint64 due = std::min(now, runMs) * 32 & ~qint64(1);
        if (due > sent) {
            const QByteArray pcm = stream.next(due - sent);
            expected.add(pcm);
            session.sendAudio(pcm);
            sent = due;
        }
        if (rssStart < 0 && now >= warmUpMs)
            rssStart = residentKiB();
        if (now % 10000 < 20)
            rssPeak = std::max(rssPeak, residentKiB());
        if (now >= runMs) {
            tick.stop();
            session.flushAudio();
            expected.finish();
            // The last reply, then done.
            QTimer::singleShot(3000, &app, [&] { session.close(); });
            QTimer::singleShot(5000, &app, &QCoreApplication::quit);
        }
    });
    tick.start(20);
    app.exec();
    const qint64 rssEnd = residentKiB();
    const SessionStats s = session.stats();
    const int spoken = stream.utterancesCompleted();

    // The simulator has to have lasted the whole run; it stops on SIGTERM (a signal exit).
    const bool simCrashed = sim.state() != QProcess::Running;
    sim.terminate();
    if (!sim.waitForFinished(10000))
        sim.kill();

    const DeliveryCheck check = checkDelivery(readLines(dir + u"/soak-expected.txt"_s),
                                              readFrameLog(frameLog).audioHashes);
    const double growth = rssStart > 0 ? 100.0 * double(rssEnd - rssStart) / double(rssStart) : 0;
    const bool repliesOk = turns >= spoken && interrupted == 0;
    out << "bench_soak: " << runMinutes << " min of conversation, connections live "
        << parser.value(lifetime) << " s (goAway " << parser.value(notice)
        << " s before), fault rate " << parser.value(faultRate) << "\n";
    out << "  duration          " << QString::number(double(sent) / 32000.0 / 60.0, 'f', 1)
        << " min of speech streamed\n";
    out << "  connections       " << s.connections << " (" << s.goAways << " goAways, "
        << s.handovers << " handovers, " << s.forcedHandovers << " forced, " << s.freshSessions
        << " fresh sessions, " << errors << " errors)\n";
    out << "  gap               max " << s.longestGapMs << " ms, mean "
        << (s.reconnects ? gapSum / s.reconnects : 0) << " ms\n";
    out << "  RSS               " << rssStart / 1024.0 << " MiB after warm-up → " << rssEnd / 1024.0
        << " MiB at the end (" << QString::number(growth, 'f', 1) << " %), peak sample "
        << rssPeak / 1024.0 << " MiB"
        << (kJudgeResidentMemory ? "" : " (not judged under AddressSanitizer)") << "\n";
    out << "  audio chunks      " << check.describe() << "\n";
    out << "  utterances        " << spoken << " spoken, " << turns << " model turns, "
        << interrupted << " interrupted\n";
    out << "  crashes           "
        << (simCrashed ? u"the simulator ended during the run, "_s + simDeath : u"0"_s) << "\n";
    const bool memoryOk = !kJudgeResidentMemory || (rssStart > 0 && growth < 10.0);
    const bool ok = !simCrashed && memoryOk && check.exactlyOnceInOrder() && repliesOk;
    out << "  verdict           " << (ok ? "PASS" : "FAIL") << Qt::endl;
    return ok ? 0 : 1;
}
