// livedesk-cli's own latency figures (metrics.json "latency"), pooled over several real
// conversations through the PulseAudio devices of scripts/test-env.sh:
//
//   livedesk-sim (a separate process, speech at real-time pace) ⇄ livedesk-cli --mic --speaker
//   --barge-in stop; espeak-ng speech played into the virtual microphone asks a question, and
//   1.5 s into the model's long answer a second utterance interrupts it.
//
// Each conversation gives: capture → wire for every audio message (its median and p95 are
// printed per conversation), receive → device and speech end → first model audio for both
// answers, and one local barge-in (speech onset → model silenced). The CLI measures them all on
// the steady clock (app/latencyprobe.h); this program only drives it and pools the figures.
//
// Usage: bench_cli_latency [conversations, default 5] [hands-free|local-voice]
//        (after `. scripts/test-env.sh start`; BENCH_VERBOSE=1 lists each conversation's events)
#include "tests/audio/pulsetestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-cli");
const QString kSim = QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-sim");

QList<QJsonObject> readLines(const QString &path)
{
    QList<QJsonObject> out;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd())
            out << QJsonDocument::fromJson(file.readLine()).object();
    }
    return out;
}

bool hasEvent(const QString &path, const QString &type)
{
    for (const QJsonObject &e : readLines(path)) {
        if (e.value(u"type"_s).toString() == type)
            return true;
    }
    return false;
}

bool speak(const QString &path, const QString &text)
{
    QProcess espeak;
    espeak.start(u"espeak-ng"_s, {u"-v"_s, u"en-gb+f3"_s, u"-w"_s, path, text});
    return espeak.waitForFinished(30000) && espeak.exitCode() == 0;
}

void report(const char *what, QList<double> ms)
{
    if (ms.isEmpty()) {
        printf("%-44s no measurements\n", what);
        return;
    }
    QStringList inOrder;
    for (double v : ms)
        inOrder << QString::number(v, 'f', 0);
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    const double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    printf("%-44s n=%2lld  median %6.1f ms  min %6.1f  max %6.1f\n", what, qlonglong(n), median,
           ms.front(), ms.back());
    printf("%-44s in order: %s\n", "", qPrintable(inOrder.join(u' ')));
}

QList<double> values(const QJsonObject &latency, const QString &key)
{
    QList<double> out;
    for (const QJsonValue &v : latency.value(key).toObject().value(u"values"_s).toArray())
        out << v.toDouble();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int conversations = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const QString talkMode = argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"hands-free"_s;
    printf("%d conversations, talk mode %s\n", conversations, qPrintable(talkMode));
    if (!pulseReady()) {
        fprintf(stderr, "%s\n", kNoPulse);
        return 1;
    }
    QTemporaryDir dir;
    const QString question = dir.filePath(u"question.wav"_s);
    const QString interruption = dir.filePath(u"interruption.wav"_s);
    if (!speak(question, u"Excuse me, when does the museum open tomorrow?"_s)
        || !speak(interruption, u"Wait, stop. Just the opening hours, please."_s)) {
        fprintf(stderr, "espeak-ng is needed\n");
        return 1;
    }
    const QString scenario = dir.filePath(u"scenario.json"_s);
    {
        QFile file(scenario);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QJsonArray
                turns {QJsonObject {
                               {u"reply"_s,
                                u"Here is everything about the museum. It opens at nine in the "
                                u"morning and closes at five in the evening, every day except "
                                u"Mondays, and the cafe on the top floor stays open until six."_s}},
                       QJsonObject {{u"reply"_s, u"All right: nine to five."_s}}};
        file.write(QJsonDocument(
                           QJsonObject {{u"turns"_s, turns}, {u"afterLastTurn"_s, u"repeatLast"_s}})
                           .toJson());
    }

    int localBargeIns = 0;
    int serverBargeIns = 0;
    QList<double> wireMedians, wireP95s, receiveToDevice, speechEndToAudio, speechEndToPlayback,
            bargeIn, bargeInDetection;
    LiveMicrophone microphone;
    for (int c = 0; c <= conversations; ++c) {
        // Conversation 0 warms the virtual devices up and is not counted.
        QProcess sim;
        sim.start(kSim,
                  {u"--port"_s, u"0"_s, u"--scenario"_s, scenario, u"--speech-speed"_s, u"1"_s});
        QString url;
        waitUntil(
                [&] {
                    const auto match = QRegularExpression(u"listening on (ws://\\S+)"_s)
                                               .match(QString::fromUtf8(sim.peek(4096)));
                    url = match.captured(1);
                    return !url.isEmpty();
                },
                10000);
        const QString events = dir.filePath(u"events-%1.jsonl"_s.arg(c));
        const QString metrics = dir.filePath(u"metrics-%1.json"_s.arg(c));
        QProcess cli;
        cli.start(kCli, {u"--endpoint"_s, url, u"--api-key"_s, u"k"_s, u"--mic"_s, u"--speaker"_s,
                         u"--barge-in"_s, u"stop"_s, u"--turns"_s, u"2"_s, u"--timeout"_s, u"60"_s,
                         u"--quiet"_s, u"--talk-mode"_s, talkMode, u"--events"_s, events,
                         u"--metrics"_s, metrics});
        bool ok = waitUntil([&] { return hasEvent(events, u"setup_complete"_s); }, 15000);
        QProcess play;
        ok = ok && playInto(play, question);
        ok = ok && waitUntil([&] { return hasEvent(events, u"audio_out"_s); }, 20000);
        QTest::qWait(1500);
        ok = ok && playInto(play, interruption);
        ok = ok && waitUntil([&] { return cli.state() == QProcess::NotRunning; }, 40000);
        if (!ok || cli.exitCode() != 0) {
            fprintf(stderr, "conversation %d failed: %s\n", c, cli.readAllStandardError().data());
            cli.kill();
            cli.waitForFinished();
        }
        sim.terminate();
        sim.waitForFinished(5000);
        if (c == 0 || !ok)
            continue;
        QFile file(metrics);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject latency
                = QJsonDocument::fromJson(file.readAll()).object().value(u"latency"_s).toObject();
        const QJsonObject wire = latency.value(u"capture_to_wire_ms"_s).toObject();
        wireMedians << wire.value(u"median"_s).toDouble();
        wireP95s << wire.value(u"p95"_s).toDouble();
        QStringList happened;
        for (const QJsonObject &e : readLines(events)) {
            const QString type = e.value(u"type"_s).toString();
            if (type == "barge_in"_L1 || type == "interrupted"_L1 || type == "user_speech"_L1
                || type == "turn_complete"_L1 || type == "playback"_L1)
                happened << u"%1@%2"_s.arg(type).arg(e.value(u"t_ms"_s).toInteger());
        }
        printf("conversation %d: capture → wire n=%d median %.1f ms p95 %.1f ms max %.1f ms\n", c,
               wire.value(u"count"_s).toInt(), wire.value(u"median"_s).toDouble(),
               wire.value(u"p95"_s).toDouble(), wire.value(u"max"_s).toDouble());
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            printf("  %s\n", qPrintable(happened.join(u' ')));
        receiveToDevice += values(latency, u"receive_to_device_ms"_s);
        speechEndToAudio += values(latency, u"speech_end_to_first_audio_ms"_s);
        speechEndToPlayback += values(latency, u"speech_end_to_playback_ms"_s);
        bargeIn += values(latency, u"barge_in_ms"_s);
        localBargeIns += latency.value(u"barge_ins_local"_s).toInt();
        serverBargeIns += latency.value(u"barge_ins_server"_s).toInt();
        bargeInDetection += values(latency, u"barge_in_detection_ms"_s);
    }
    printf("\n");
    report("capture → wire, median per conversation", wireMedians);
    report("capture → wire, p95 per conversation", wireP95s);
    report("receive → device (first byte → device)", receiveToDevice);
    report("speech end → first model audio received", speechEndToAudio);
    report("speech end → first model audio on device", speechEndToPlayback);
    report("barge-in: speech onset → model silenced", bargeIn);
    report("barge-in: of which onset → detector", bargeInDetection);
    printf("barge-ins silenced by the local detector: %d, by the service's interruption first: "
           "%d\n",
           localBargeIns, serverBargeIns);
    return 0;
}
