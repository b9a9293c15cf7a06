// Live audio end to end, through the PulseAudio server of scripts/test-env.sh: espeak-ng speech
// is played into the virtual microphone (livedesk_mic_feed), the real livedesk-cli listens with
// --mic and talks with --speaker to livedesk-sim (a separate process, speech at real-time pace),
// and the virtual speaker's monitor is recorded. The reply heard on the speaker must be what the
// simulator sent (its length and level, against the --output WAV of the same run); the
// simulator must have heard the user (its input transcript gives the speech's length); and
// talking over the model (--barge-in stop) must silence the speaker at once, long before the
// reply would have ended, while the interruption becomes the next turn.
#include "audio/dsp/wavfile.h"
#include "clitestsupport.h"
#include "speechsupport.h"
#include "tests/audio/opusdecode.h"
#include "tests/audio/pulsetestsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <signal.h>

using namespace livedesk::e2e;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRate = 24000; // the speaker is recorded at the model's own rate
constexpr int kFrame = 240; // 10 ms
constexpr float kActiveDb = -45.0f;
constexpr float kQuietDb = -70.0f;

const QString kShortReply = u"The museum opens at nine in the morning and closes at five."_s;
const QString kLongReply
        = u"Here is everything about the museum. It opens at nine in the morning and closes at "
          u"five in the evening, every day except Mondays. The first floor has the ancient "
          u"collections, the second floor the paintings, and the top floor a cafe with a view "
          u"over the whole old town and the river."_s;

// Records a PulseAudio source as s16 mono at kRate from the moment of construction.
class SpeakerRecorder
{
public:
    SpeakerRecorder()
    {
        m_process.start(u"parec"_s, {u"--device=livedesk_speaker.monitor"_s, u"--format=s16le"_s,
                                     u"--rate=%1"_s.arg(kRate), u"--channels=1"_s,
                                     u"--latency-msec=10"_s, u"--raw"_s});
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this] { m_bytes += m_process.readAllStandardOutput(); });
    }
    ~SpeakerRecorder() { stop(); }
    bool started() { return m_process.waitForStarted(5000); }
    qint64 samplesSoFar()
    {
        m_bytes += m_process.readAllStandardOutput();
        return m_bytes.size() / 2;
    }
    std::vector<float> stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_bytes += m_process.readAllStandardOutput();
            m_process.terminate();
            m_process.waitForFinished(3000);
            m_bytes += m_process.readAllStandardOutput();
        }
        std::vector<float> out(size_t(m_bytes.size() / 2));
        const auto *s = reinterpret_cast<const int16_t *>(m_bytes.constData());
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = float(s[i]) / 32768.0f;
        return out;
    }
    // The level of the last `ms` recorded.
    float recentDb(int ms)
    {
        samplesSoFar();
        const qsizetype n = std::min<qsizetype>(m_bytes.size() / 2, kRate * ms / 1000);
        const auto *s = reinterpret_cast<const int16_t *>(m_bytes.constData()) + m_bytes.size() / 2
                        - n;
        double sum = 0;
        for (qsizetype i = 0; i < n; ++i)
            sum += double(s[i]) * s[i] / (32768.0 * 32768.0);
        return float(10.0 * std::log10(sum / double(std::max<qsizetype>(1, n)) + 1e-12));
    }

private:
    QProcess m_process;
    QByteArray m_bytes;
};

// Where the sound is: the first and last 10 ms frame above kActiveDb.
struct Span
{
    qint64 firstFrame = -1;
    qint64 lastFrame = -1;
    qint64 activeFrames = 0; // the loud ones between them
    double durationMs() const
    {
        return firstFrame < 0 ? 0 : double(lastFrame - firstFrame + 1) * 10;
    }
    double activeMs() const { return double(activeFrames) * 10; }
};

Span activeSpan(const std::vector<float> &levels, qint64 from = 0, qint64 to = -1)
{
    Span s;
    to = to < 0 ? qint64(levels.size()) : std::min<qint64>(to, qint64(levels.size()));
    for (qint64 i = std::max<qint64>(0, from); i < to; ++i) {
        if (levels[size_t(i)] > kActiveDb) {
            if (s.firstFrame < 0)
                s.firstFrame = i;
            s.lastFrame = i;
            ++s.activeFrames;
        }
    }
    return s;
}

// The level of the loud 10 ms frames only: pauses in the playback do not dilute it.
double activeDb(const std::vector<float> &x, int frame)
{
    double sum = 0;
    qint64 count = 0;
    for (size_t at = 0; at + size_t(frame) <= x.size(); at += size_t(frame)) {
        double frameSum = 0;
        for (size_t i = at; i < at + size_t(frame); ++i)
            frameSum += double(x[i]) * x[i];
        if (10.0 * std::log10(frameSum / frame + 1e-12) > kActiveDb) {
            sum += frameSum;
            count += frame;
        }
    }
    return 10.0 * std::log10(sum / double(std::max<qint64>(1, count)) + 1e-12);
}

std::vector<float> wavSamples(const QString &path, int *rate)
{
    const auto wav = livedesk::dsp::readWav(path);
    if (!wav.audio)
        return {};
    *rate = wav.audio->sampleRate;
    return wav.audio->samples; // mono
}

// The "(N.N seconds of speech)" transcripts the simulator reports for audio turns.

} // namespace

class tst_CliAudioE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spokenTurnPlaysOnTheSpeaker_data();
    void spokenTurnPlaysOnTheSpeaker();
    void talkingOverTheModelSilencesIt_data();
    void talkingOverTheModelSilencesIt();
    void missingMicrophoneIsADeviceError();
    void interruptEndsTheRunPolitely_data();
    void interruptEndsTheRunPolitely();

private:
    QTemporaryDir m_dir;
    QString m_question;
    QString m_interruption;
    QString m_shortScenario;
    QString m_longScenario;
};

void tst_CliAudioE2e::initTestCase()
{
    QVERIFY2(pulseReady(), kNoPulse);
    QVERIFY2(!QStandardPaths::findExecutable(u"espeak-ng"_s).isEmpty(), "espeak-ng is required");
    QVERIFY(m_dir.isValid());
    m_question = m_dir.filePath(u"question.wav"_s);
    m_interruption = m_dir.filePath(u"interruption.wav"_s);
    QVERIFY(speak(m_question, u"Excuse me, when does the museum open tomorrow?"_s));
    QVERIFY(speak(m_interruption, u"Wait, stop. Just the opening hours, please."_s));
    const auto scenario = [this](const QString &name, const QStringList &replies) {
        QJsonArray turns;
        for (const QString &reply : replies)
            turns.append(QJsonObject {{u"transcript"_s, u"({speechSeconds} seconds of speech)"_s},
                                      {u"reply"_s, reply}});
        const QString path = m_dir.filePath(name);
        const QJsonObject json {{u"turns"_s, turns}, {u"afterLastTurn"_s, u"repeatLast"_s}};
        return writeFile(path, QJsonDocument(json).toJson()) ? path : QString();
    };
    m_shortScenario = scenario(u"short.json"_s, {kShortReply});
    m_longScenario = scenario(u"long.json"_s, {kLongReply, u"All right, nine to five."_s});
    QVERIFY(!m_shortScenario.isEmpty() && !m_longScenario.isEmpty());
}

void tst_CliAudioE2e::spokenTurnPlaysOnTheSpeaker_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("turnSignal"); // what the frame log shows of the turn

    QTest::newRow("hands-free: the service's voice detection ends the turn")
            << QStringList {} << QString();
    QTest::newRow("local-voice: LiveDesk's detector sends activityStart and activityEnd")
            << QStringList {u"--talk-mode"_s, u"local-voice"_s} << u"realtimeInput.activityEnd"_s;
}

void tst_CliAudioE2e::spokenTurnPlaysOnTheSpeaker()
{
    QFETCH(QStringList, args);
    QFETCH(QString, turnSignal);
    const QString tag = turnSignal.isEmpty() ? u"hands-free"_s : u"local-voice"_s;
    const QString frameLog = m_dir.filePath(tag + u"-frames.jsonl"_s);
    const QString events = m_dir.filePath(tag + u"-events.jsonl"_s);
    const QString metrics = m_dir.filePath(tag + u"-metrics.json"_s);
    const QString reply = m_dir.filePath(tag + u"-reply.wav"_s);
    const QString recording = m_dir.filePath(tag + u"-conversation.opus"_s);

    SimProcess sim;
    QVERIFY(sim.start({u"--scenario"_s, m_shortScenario, u"--speech-speed"_s, u"1"_s,
                       u"--frame-log"_s, frameLog}));
    LiveMicrophone microphone;
    SpeakerRecorder speaker;
    QVERIFY(speaker.started());

    CliProcess cli;
    // Devices by id and by part of the description.
    cli.start(QStringList {u"--endpoint"_s, sim.url(),
                           u"--api-key"_s,  u"k"_s,
                           u"--mic"_s,      u"livedesk_mic"_s,
                           u"--speaker"_s,  u"virtual_speaker"_s,
                           u"--turns"_s,    u"1"_s,
                           u"--timeout"_s,  u"60"_s,
                           u"--events"_s,   events,
                           u"--metrics"_s,  metrics,
                           u"--output"_s,   reply,
                           u"--record"_s,   recording}
              + args);
    QVERIFY2(cli.waitForEvent(events, u"setup_complete"_s, 15000), qPrintable(cli.errors()));
    QProcess paplay;
    QVERIFY(playInto(paplay, m_question));
    QVERIFY2(cli.finish(45000), "the turn did not complete");
    QVERIFY2(cli.exitCode() == 0, qPrintable(cli.errors()));
    const std::vector<float> recorded = speaker.stop();

    // What the speaker played is what the simulator sent: as long, and as loud.
    int rate = 0;
    const std::vector<float> sent = wavSamples(reply, &rate);
    QCOMPARE(rate, kRate);
    const Span sentSpan = activeSpan(frameLevels(sent, kFrame));
    const Span heardSpan = activeSpan(frameLevels(recorded, kFrame));
    QVERIFY(sentSpan.durationMs() > 2000);
    qInfo("reply %.0f ms sent, %.0f ms heard on the speaker (%.0f and %.0f ms of it loud)",
          sentSpan.durationMs(), heardSpan.durationMs(), sentSpan.activeMs(), heardSpan.activeMs());
    // As much speech as was sent, none of it cut. The span may be longer: a starved process
    // (a busy machine) can leave the stream a moment without audio between words, which adds
    // silence but no speech, so the speech itself (its loud frames) is what is compared.
    QVERIFY2(std::abs(heardSpan.activeMs() - sentSpan.activeMs()) <= 250,
             qPrintable(u"%1 vs %2"_s.arg(heardSpan.activeMs()).arg(sentSpan.activeMs())));
    QVERIFY2(heardSpan.durationMs() >= sentSpan.durationMs() - 250,
             qPrintable(u"%1 vs %2"_s.arg(heardSpan.durationMs()).arg(sentSpan.durationMs())));
    const double sentDb = activeDb(sent, kFrame);
    const double heardDb = activeDb(recorded, kFrame);
    qInfo("level %.2f dBFS sent, %.2f dBFS heard", sentDb, heardDb);
    QVERIFY2(std::abs(sentDb - heardDb) <= 1.5, qPrintable(u"%1 vs %2"_s.arg(sentDb).arg(heardDb)));

    // The simulator heard the question, about as long as it is.
    const auto list = readJsonLines(events);
    const QList<double> heard = heardSeconds(list);
    QCOMPARE(heard.size(), 1);
    QVERIFY2(std::abs(heard.first() - wavSeconds(m_question)) < 0.8,
             qPrintable(QString::number(heard.first())));
    const auto frames = readJsonLines(frameLog);
    QVERIFY(withValue(frames, u"kind"_s, u"realtimeInput.audio"_s).size() > 25);
    if (!turnSignal.isEmpty()) {
        QCOMPARE(withValue(frames, u"kind"_s, u"realtimeInput.activityStart"_s).size(), 1);
        QCOMPARE(withValue(frames, u"kind"_s, turnSignal).size(), 1);
    }

    const QJsonObject m = readJson(metrics);
    const QJsonObject audio = m.value(u"audio"_s).toObject();
    QCOMPARE(audio.value(u"input_device"_s).toObject().value(u"id"_s).toString(), u"livedesk_mic"_s);
    QCOMPARE(audio.value(u"output_device"_s).toObject().value(u"id"_s).toString(),
             u"livedesk_speaker"_s);
    const QJsonObject latency = m.value(u"latency"_s).toObject();
    const QJsonObject wire = latency.value(u"capture_to_wire_ms"_s).toObject();
    QVERIFY(wire.value(u"count"_s).toInt() > 25);
    // A 40 ms chunk leaves once its last sample is in: never sooner than that.
    QVERIFY2(wire.value(u"median"_s).toDouble() >= 35 && wire.value(u"p95"_s).toDouble() < 500,
             qPrintable(QJsonDocument(wire).toJson(QJsonDocument::Compact)));
    // From the newest sample: the same messages, one 40 ms chunk less (less one sample).
    const QJsonObject newest = latency.value(u"capture_to_wire_newest_ms"_s).toObject();
    QCOMPARE(newest.value(u"count"_s).toInt(), wire.value(u"count"_s).toInt());
    QVERIFY(std::abs(wire.value(u"median"_s).toDouble() - newest.value(u"median"_s).toDouble()
                     - 40.0)
            < 0.5);
    QVERIFY(newest.value(u"min"_s).toDouble() >= 0);
    QCOMPARE(latency.value(u"receive_to_device_ms"_s).toObject().value(u"count"_s).toInt(), 1);
    const QJsonObject answer = latency.value(u"speech_end_to_first_audio_ms"_s).toObject();
    QCOMPARE(answer.value(u"count"_s).toInt(), 1);
    QVERIFY(answer.value(u"median"_s).toDouble() > 0);
    qInfo("latency %s", QJsonDocument(latency).toJson(QJsonDocument::Compact).constData());

    // --record with a live microphone records through the engine: the user (cleaned) on the
    // left, the model as played on the right, each about as long as it was.
    const DecodedOpus opus = decodeOpus(recording);
    QVERIFY2(opus.error.isEmpty(), qPrintable(opus.error));
    QCOMPARE(opus.channels, 2);
    const int frame48k = opus.sampleRate / 100;
    const Span user = activeSpan(frameLevels(opus.samples[0], frame48k));
    const Span model = activeSpan(frameLevels(opus.samples[1], frame48k));
    qInfo("recorded %.1f s: user %.0f ms, model %.0f ms", opus.seconds(), user.durationMs(),
          model.durationMs());
    QVERIFY2(std::abs(user.durationMs() / 1000 - wavSeconds(m_question)) < 0.8,
             qPrintable(QString::number(user.durationMs())));
    QVERIFY2(std::abs(model.activeMs() - sentSpan.activeMs()) <= 250,
             qPrintable(QString::number(model.activeMs())));
    QVERIFY(model.firstFrame > user.lastFrame); // the answer follows the question
}

void tst_CliAudioE2e::talkingOverTheModelSilencesIt_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("localStopCertain");

    // On loopback the simulator's voice detection may hear the user before LiveDesk's does:
    // whichever comes first silences the model.
    QTest::newRow("hands-free: the local detector or the service, whichever is first")
            << QStringList {} << false;
    // Client-driven turns: only LiveDesk's detector can start the user's turn.
    QTest::newRow("local-voice: the local detector stops the model")
            << QStringList {u"--talk-mode"_s, u"local-voice"_s} << true;
}

void tst_CliAudioE2e::talkingOverTheModelSilencesIt()
{
    QFETCH(QStringList, args);
    QFETCH(bool, localStopCertain);
    const QString tag = localStopCertain ? u"local"_s : u"hands-free"_s;
    const QString events = m_dir.filePath(tag + u"-barge-events.jsonl"_s);
    const QString metrics = m_dir.filePath(tag + u"-barge-metrics.json"_s);
    SimProcess sim;
    QVERIFY(sim.start({u"--scenario"_s, m_longScenario, u"--speech-speed"_s, u"1"_s}));
    LiveMicrophone microphone;
    SpeakerRecorder speaker;
    QVERIFY(speaker.started());

    CliProcess cli;
    cli.start(QStringList {u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s, u"--mic"_s,
                           u"--speaker"_s, u"--barge-in"_s, u"stop"_s, u"--turns"_s, u"2"_s,
                           u"--timeout"_s, u"60"_s, u"--events"_s, events, u"--metrics"_s, metrics}
              + args);
    QVERIFY2(cli.waitForEvent(events, u"setup_complete"_s, 15000), qPrintable(cli.errors()));
    QProcess question;
    QVERIFY(playInto(question, m_question));
    // The model answers at length; a moment into it, the user speaks up.
    QVERIFY2(waitUntil([&] { return speaker.recentDb(100) > kActiveDb; }, 20000),
             "the model never spoke");
    // A moment into the answer: 1.5 s of it recorded from the speaker (not of wall time, which
    // a busy machine stretches), and while the model is talking: the first sentence ends about
    // then, and a check that landed in the pause after it failed once on a busy machine.
    const qint64 answerAt = speaker.samplesSoFar();
    QVERIFY(waitUntil(
            [&] {
                return speaker.samplesSoFar() >= answerAt + kRate * 3 / 2
                       && speaker.recentDb(300) > kActiveDb;
            },
            20000));
    const qint64 interruptAt = speaker.samplesSoFar();
    QProcess interruption;
    QVERIFY(playInto(interruption, m_interruption));
    QVERIFY2(cli.finish(45000), "the second turn did not complete");
    QVERIFY2(cli.exitCode() == 0, qPrintable(cli.errors()));
    const std::vector<float> levels = frameLevels(speaker.stop(), kFrame);

    // The speaker goes quiet (300 ms below kQuietDb) soon after the user starts to speak.
    const qint64 from = interruptAt / kFrame;
    qint64 quietAt = -1;
    for (qint64 i = from; i + 30 < qint64(levels.size()) && quietAt < 0; ++i) {
        bool quiet = true;
        for (qint64 k = i; k < i + 30 && quiet; ++k)
            quiet = levels[size_t(k)] < kQuietDb;
        if (quiet)
            quietAt = i;
    }
    QVERIFY(quietAt >= 0);
    const double silencedAfterMs = double(quietAt - from) * 10;
    qInfo("speaker quiet %.0f ms after the interruption started to play", silencedAfterMs);
    QVERIFY2(silencedAfterMs < 1000, qPrintable(QString::number(silencedAfterMs)));
    // The first reply played for only a part of its length.
    const Span first = activeSpan(levels, 0, quietAt);
    const double replySeconds = [&] {
        const QString path = m_dir.filePath(u"long-reply.wav"_s);
        return speak(path, kLongReply) ? wavSeconds(path) : 0.0;
    }();
    qInfo("first reply heard for %.0f ms of about %.0f ms", first.durationMs(), replySeconds * 1000);
    QVERIFY(replySeconds > 10);
    QVERIFY(first.durationMs() < replySeconds * 1000 / 2);
    // Then the answer to the interruption plays.
    QVERIFY(activeSpan(levels, quietAt + 30).durationMs() > 500);

    const auto list = readJsonLines(events);
    const int localStops = int(
            withValue(ofType(list, u"barge_in"_s), u"action"_s, u"stopped"_s).size());
    QVERIFY(localStops <= 1);
    if (localStopCertain)
        QCOMPARE(localStops, 1);
    QVERIFY(!ofType(list, u"interrupted"_s).isEmpty());
    QCOMPARE(ofType(list, u"turn_complete"_s).size(), 2);
    // The simulator heard the interruption, and took it as the next turn.
    const QList<double> heard = heardSeconds(list);
    QCOMPARE(heard.size(), 2);
    QVERIFY2(std::abs(heard.at(1) - wavSeconds(m_interruption)) < 0.8,
             qPrintable(QString::number(heard.at(1))));

    const QJsonObject m = readJson(metrics);
    QCOMPARE(m.value(u"audio"_s).toObject().value(u"barge_ins"_s).toInt(), localStops);
    const QJsonObject latency = m.value(u"latency"_s).toObject();
    QCOMPARE(latency.value(u"barge_ins_local"_s).toInt(), localStops);
    QCOMPARE(latency.value(u"barge_ins_server"_s).toInt(), 1 - localStops);
    const QJsonObject bargeIn = latency.value(u"barge_in_ms"_s).toObject();
    QCOMPARE(bargeIn.value(u"count"_s).toInt(), 1);
    QVERIFY2(bargeIn.value(u"median"_s).toDouble() > 0
                     && bargeIn.value(u"median"_s).toDouble() < 500,
             qPrintable(QJsonDocument(bargeIn).toJson(QJsonDocument::Compact)));
    qInfo("latency %s",
          QJsonDocument(m.value(u"latency"_s).toObject()).toJson(QJsonDocument::Compact).constData());
}

void tst_CliAudioE2e::missingMicrophoneIsADeviceError()
{
    const CliResult r = runCli({u"--endpoint"_s, u"ws://127.0.0.1:1"_s, u"--api-key"_s, u"k"_s,
                                u"--mic"_s, u"no-such-microphone"_s});
    QCOMPARE(r.exitCode, 10);
    const QStringList lines = r.stdErr.trimmed().split(u'\n');
    QVERIFY2(lines.last().startsWith(u"livedesk-cli: --mic no-such-microphone: no microphone "
                                     u"matches"_s),
             qPrintable(r.stdErr));
    QVERIFY2(lines.last().contains(u"livedesk_mic"_s), qPrintable(r.stdErr)); // the choices
}

void tst_CliAudioE2e::interruptEndsTheRunPolitely_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("underway"); // the event that shows the run is under way

    // A microphone run without --turns has no other way to end.
    QTest::newRow("Ctrl+C ends an open-ended microphone run with 0")
            << QStringList {u"--mic"_s} << int(SIGINT) << 0 << u"audio_device"_s;
    QTest::newRow("SIGTERM before the requested turns is 130")
            << QStringList {u"--text"_s, u"Hello"_s, u"--turns"_s, u"5"_s} << int(SIGTERM) << 130
            << u"turn_complete"_s;
}

void tst_CliAudioE2e::interruptEndsTheRunPolitely()
{
    QFETCH(QStringList, args);
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QFETCH(QString, underway);
    const QString events = m_dir.filePath(u"interrupt-events.jsonl"_s);
    const QString metrics = m_dir.filePath(u"interrupt-metrics.json"_s);
    QFile::remove(metrics);
    LiveMicrophone microphone;
    CliProcess cli;
    cli.start(QStringList {u"--sim"_s, u"--events"_s, events, u"--metrics"_s, metrics} + args);
    QVERIFY2(cli.waitForEvent(events, u"setup_complete"_s, 15000), qPrintable(cli.errors()));
    QVERIFY2(cli.waitForEvent(events, underway, 15000), qPrintable(cli.errors()));
    QCOMPARE(::kill(pid_t(cli.processId()), signal), 0);
    QVERIFY(cli.finish(10000));
    QCOMPARE(cli.exitCode(), exitCode);
    // Closed politely, with the figures written.
    const auto list = readJsonLines(events);
    QCOMPARE(withValue(ofType(list, u"state"_s), u"state"_s, u"Closed"_s).size(), 1);
    QCOMPARE(readJson(metrics).value(u"exit_code"_s).toInt(), exitCode);
}

QTEST_GUILESS_MAIN(tst_CliAudioE2e)
#include "tst_cli_audio_e2e.moc"
