// Translating what the computer plays (--listen) into the virtual microphone (--virtual-mic), on
// the PulseAudio server of scripts/test-env.sh, with the real livedesk-cli and livedesk-sim:
//  - espeak-ng speech played by another process (paplay) into the default sink, or by one named
//    application, reaches the simulator; its reply comes out of the "LiveDesk translation"
//    source, recorded with parec as a call would;
//  - LiveDesk's own voice, played on the speaker at the same time, is not in what LiveDesk
//    captures (measured: the captured source is silent while the reply plays);
//  - "hear the original" plays it on the speaker at the level asked for (or not at all), and
//    "send the original" puts it into the virtual microphone at its full level until the
//    translation speaks, whatever PulseAudio remembered for LiveDesk's streams;
//  - the devices are gone after the run, and after kill -9 once the next run starts.
#include "audio/dsp/wavfile.h"
#include "clitestsupport.h"
#include "speechsupport.h"
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

constexpr int kFrame16k = 160; // 10 ms
constexpr float kActiveDb = -45.0f;
// Below this the captured source holds nothing of LiveDesk's voice (a null sink's monitor is
// digital silence when nothing plays into it; dither or a leak would be far above).
constexpr float kSilentDb = -80.0f;

const QString kQuestionText = u"Excuse me, when does the museum open tomorrow?"_s;
const QString kDistractionText
        = u"You have three new messages. Your meeting starts in ten minutes, and the printer on "
          u"the second floor is out of paper again."_s;
const QString kReply = u"Entschuldigung, wann öffnet das Museum morgen?"_s;

struct Span
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 active = 0;
    double activeMs() const { return double(active) * 10; }
};

Span activeSpan(const std::vector<float> &levels)
{
    Span s;
    for (qint64 i = 0; i < qint64(levels.size()); ++i) {
        if (levels[size_t(i)] > kActiveDb) {
            if (s.first < 0)
                s.first = i;
            s.last = i;
            ++s.active;
        }
    }
    return s;
}

// What LiveDesk leaves in PulseAudio: its modules (tagged livedesk.pid) and the default sink.
QStringList liveDeskModules()
{
    QStringList out;
    const QString list = pactl({u"list"_s, u"short"_s, u"modules"_s});
    for (const QString &line : list.split(u'\n')) {
        if (line.contains(u"livedesk.pid="_s))
            out << line;
    }
    return out;
}

// What module-stream-restore would remember for LiveDesk's loopback streams after a run that
// muted them (a translation mutes the original to the call) or a user who turned them down: a
// loopback carrying each of their keys, muted and at 10 %, then unloaded.
bool rememberWrongLevels()
{
    for (const QString &key : {u"original"_s, u"to-call"_s, u"translation"_s}) {
        const QString properties = u"=\"module-stream-restore.id=livedesk-%1\""_s;
        const int module = loadModule(
                {u"module-loopback"_s, u"source=livedesk_speaker.monitor"_s,
                 u"sink=livedesk_speaker"_s,
                 u"sink_input_properties"_s + properties.arg(key + u"-playback"_s),
                 u"source_output_properties"_s + properties.arg(key + u"-capture"_s)});
        if (module < 0)
            return false;
        int changed = 0;
        for (const QString &kind : {u"sink-input"_s, u"source-output"_s}) {
            const QJsonArray streams
                    = QJsonDocument::fromJson(
                              pactl({u"-f"_s, u"json"_s, u"list"_s, kind + u"s"_s}).toUtf8())
                              .array();
            for (const auto &v : streams) {
                const QJsonObject o = v.toObject();
                if (o.value(u"owner_module"_s).toString().toInt() != module)
                    continue;
                const QString index = QString::number(o.value(u"index"_s).toInt());
                pactl({u"set-"_s + kind + u"-mute"_s, index, u"1"_s});
                pactl({u"set-"_s + kind + u"-volume"_s, index, u"10%"_s});
                ++changed;
            }
        }
        unloadModule(module);
        if (changed != 2)
            return false;
    }
    return true;
}

bool hasSource(const QString &name)
{
    const QString list = pactl({u"list"_s, u"short"_s, u"sources"_s});
    return list.contains(u'\t' + name + u'\t');
}

} // namespace

class tst_TranslationPulseE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void computerAudioIsTranslatedIntoTheVirtualMicrophone_data();
    void computerAudioIsTranslatedIntoTheVirtualMicrophone();
    void originalHeardQuietlyAndSentWhileNoTranslation_data();
    void originalHeardQuietlyAndSentWhileNoTranslation();
    void devicesOfAKilledRunAreRemovedByTheNextStart();
    void badListenSourceIsAUsageError_data();
    void badListenSourceIsAUsageError();

private:
    QTemporaryDir m_dir;
    QString m_question;
    QString m_distraction;
    QString m_scenario;
    QString m_defaultSink;
};

void tst_TranslationPulseE2e::initTestCase()
{
    QVERIFY2(pulseReady(), kNoPulse);
    QVERIFY2(!QStandardPaths::findExecutable(u"espeak-ng"_s).isEmpty(), "espeak-ng is required");
    QVERIFY(m_dir.isValid());
    m_question = m_dir.filePath(u"question.wav"_s);
    m_distraction = m_dir.filePath(u"distraction.wav"_s);
    QVERIFY(speak(m_question, kQuestionText));
    QVERIFY(speak(m_distraction, kDistractionText));
    QVERIFY(wavSeconds(m_distraction) > wavSeconds(m_question) + 2);
    m_scenario = m_dir.filePath(u"translate.json"_s);
    const QJsonObject scenario {{u"turns"_s,
                                 QJsonArray {QJsonObject {{u"transcript"_s,
                                                           u"({speechSeconds} seconds of speech)"_s},
                                                          {u"reply"_s, kReply}}}},
                                {u"afterLastTurn"_s, u"repeatLast"_s}};
    QVERIFY(writeFile(m_scenario, QJsonDocument(scenario).toJson()));
    m_defaultSink = pactl({u"get-default-sink"_s});
    QVERIFY(!m_defaultSink.isEmpty());
    QVERIFY2(liveDeskModules().isEmpty(), qPrintable(liveDeskModules().join(u'\n')));
}

void tst_TranslationPulseE2e::cleanup()
{
    // Whatever a failed row left: the next row starts from the test environment as it was.
    for (const QString &line : liveDeskModules())
        unloadModule(line.section(u'\t', 0, 0).toInt());
    pactl({u"set-default-sink"_s, m_defaultSink});
}

void tst_TranslationPulseE2e::computerAudioIsTranslatedIntoTheVirtualMicrophone_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("client"); // paplay's application name for the question
    QTest::addColumn<bool>("distraction"); // another application plays at the same time

    QTest::newRow("system: what the default sink plays")
            << u"system"_s << u"Video player"_s << false;
    QTest::newRow("app:NAME: only that application, not another one playing meanwhile")
            << u"app:lecture"_s << u"Lecture recording"_s << true;
}

void tst_TranslationPulseE2e::computerAudioIsTranslatedIntoTheVirtualMicrophone()
{
    QFETCH(QString, listen);
    QFETCH(QString, client);
    QFETCH(bool, distraction);
    const QString tag = listen.section(u':', 0, 0);
    const QString events = m_dir.filePath(tag + u"-events.jsonl"_s);
    const QString reply = m_dir.filePath(tag + u"-reply.wav"_s);

    SimProcess sim;
    QVERIFY(sim.start({u"--scenario"_s, m_scenario, u"--speech-speed"_s, u"1"_s}));
    CliProcess cli;
    // --speaker: LiveDesk's voice is also played on the default sink, which is exactly what
    // "system" listens to: it must not come back.
    cli.start({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s, u"--listen"_s, listen,
               u"--virtual-mic"_s, u"--speaker"_s, u"--turns"_s, u"1"_s, u"--timeout"_s, u"60"_s,
               u"--events"_s, events, u"--output"_s, reply});
    QVERIFY2(cli.waitForEvent(events, u"setup_complete"_s, 20000), qPrintable(cli.errors()));
    QVERIFY(hasSource(u"livedesk_translation"_s));
    // The virtual microphone as a call hears it; what LiveDesk captures; the real speaker.
    Recorder virtualMic(u"livedesk_translation"_s);
    Recorder captured(u"livedesk_listen_in"_s);
    Recorder speaker(m_defaultSink + u".monitor"_s);
    QVERIFY(virtualMic.isRunning() && captured.isRunning() && speaker.isRunning());

    QProcess question;
    // Into the default sink, with a media player's latency (paplay's own default buffers two
    // seconds ahead, which a stream moved on its first event would lose).
    question.start(u"paplay"_s, {u"--client-name="_s + client, u"--latency-msec=50"_s, m_question});
    QVERIFY(question.waitForStarted(5000));
    QProcess other;
    if (distraction) {
        other.start(u"paplay"_s,
                    {u"--client-name=Notifications"_s, u"--latency-msec=50"_s, m_distraction});
        QVERIFY(other.waitForStarted(5000));
    }
    QVERIFY2(cli.finish(45000), "the translation did not complete");
    QVERIFY2(cli.exitCode() == 0, qPrintable(cli.errors()));
    other.waitForFinished(30000);
    const std::vector<float> micAudio = virtualMic.stop();
    const std::vector<float> capturedAudio = captured.stop();
    const std::vector<float> speakerAudio = speaker.stop();

    // The simulator heard the question: as long as it is, and nothing of the other application.
    const auto list = readJsonLines(events);
    const QList<double> heard = heardSeconds(list);
    QCOMPARE(heard.size(), 1);
    qInfo("question %.2f s, heard %.2f s", wavSeconds(m_question), heard.first());
    QVERIFY2(std::abs(heard.first() - wavSeconds(m_question)) < 0.8,
             qPrintable(QString::number(heard.first())));

    // The reply comes out of the virtual microphone: as much speech as the simulator sent.
    const auto sent = livedesk::dsp::readWav(reply);
    QVERIFY(sent.audio);
    const Span sentSpan = activeSpan(frameLevels(sent.audio->samples, sent.audio->sampleRate / 100));
    const Span micSpan = activeSpan(frameLevels(micAudio, kFrame16k));
    qInfo("reply: %.0f ms of speech sent, %.0f ms out of the virtual microphone",
          sentSpan.activeMs(), micSpan.activeMs());
    QVERIFY(sentSpan.activeMs() > 1000);
    QVERIFY2(std::abs(micSpan.activeMs() - sentSpan.activeMs()) <= 300,
             qPrintable(QString::number(micSpan.activeMs())));

    // LiveDesk does not hear itself: while its reply played (on the speaker, and into the
    // virtual microphone, whose recorder started with the capture's, so their frames line up
    // within a few), what it captures held nothing.
    const Span speakerSpan = activeSpan(frameLevels(speakerAudio, kFrame16k));
    QVERIFY2(speakerSpan.activeMs() >= sentSpan.activeMs() - 300,
             "the reply was not played on the speaker");
    const std::vector<float> capturedLevels = frameLevels(capturedAudio, kFrame16k);
    const qint64 from = micSpan.first + 10;
    const qint64 to = std::min<qint64>(micSpan.last - 10, qint64(capturedLevels.size()));
    QVERIFY(to - from > 100);
    float loudest = -120;
    for (qint64 i = from; i < to; ++i)
        loudest = std::max(loudest, capturedLevels[size_t(i)]);
    qInfo("LiveDesk's own voice in what it captures: loudest 10 ms %.1f dBFS over %lld ms of "
          "its reply",
          double(loudest), (to - from) * 10);
    QVERIFY2(loudest < kSilentDb, qPrintable(QString::number(loudest)));
    // …while the question itself was captured.
    QVERIFY(activeSpan(capturedLevels).activeMs() > 1000);

    // Gone after the run, and the default sink is the one it was.
    QVERIFY2(liveDeskModules().isEmpty(), qPrintable(liveDeskModules().join(u'\n')));
    QVERIFY(!hasSource(u"livedesk_translation"_s));
    QCOMPARE(pactl({u"get-default-sink"_s}), m_defaultSink);
}

void tst_TranslationPulseE2e::originalHeardQuietlyAndSentWhileNoTranslation_data()
{
    QTest::addColumn<QString>("hearOriginal"); // --hear-original's level; empty: not given
    QTest::addColumn<double>("heardDb"); // the original on the speaker against its full level

    QTest::newRow("heard 22 dB down (the default)") << u"-22"_s << -22.0;
    QTest::newRow("heard 10 dB down") << u"-10"_s << -10.0;
    QTest::newRow("not heard") << QString() << double(kSilentDb);
}

// --hear-original DB: the user hears the video under the translation, DB below its full level.
// --send-original: the call hears the original until the translation speaks. PulseAudio's
// module-stream-restore remembers a mute and a volume for LiveDesk's loopback streams from one
// run to the next (a translation mutes the original to the call, a user may turn a stream down
// in pavucontrol); what it remembers must not win over what this run asks for, so every row
// starts with wrong levels remembered for all of LiveDesk's streams.
void tst_TranslationPulseE2e::originalHeardQuietlyAndSentWhileNoTranslation()
{
    QFETCH(QString, hearOriginal);
    QFETCH(double, heardDb);
    QVERIFY(rememberWrongLevels());
    const QString events = m_dir.filePath(u"original-events.jsonl"_s);
    const QString reply = m_dir.filePath(u"original-reply.wav"_s);
    QFile::remove(events);
    SimProcess sim;
    QVERIFY(sim.start({u"--scenario"_s, m_scenario, u"--speech-speed"_s, u"1"_s}));
    CliProcess cli;
    QStringList args {u"--endpoint"_s, sim.url(),   u"--api-key"_s,     u"k"_s,
                      u"--listen"_s,   u"system"_s, u"--virtual-mic"_s, u"--send-original"_s,
                      u"--turns"_s,    u"1"_s,      u"--timeout"_s,     u"60"_s,
                      u"--events"_s,   events,      u"--output"_s,      reply};
    if (!hearOriginal.isEmpty())
        args << u"--hear-original="_s + hearOriginal;
    cli.start(args);
    QVERIFY2(cli.waitForEvent(events, u"setup_complete"_s, 20000), qPrintable(cli.errors()));
    // The original at its full level (what the video plays), what the call hears, and what the
    // user hears. Each holds the whole question, so their energies compare whatever the
    // recorders' start times and the loopbacks' latencies.
    Recorder original(u"livedesk_listen.monitor"_s);
    Recorder virtualMic(u"livedesk_translation"_s);
    Recorder speaker(m_defaultSink + u".monitor"_s);
    QVERIFY(original.isRunning() && virtualMic.isRunning() && speaker.isRunning());
    QProcess question;
    question.start(u"paplay"_s,
                   {u"--client-name=Video player"_s, u"--latency-msec=50"_s, m_question});
    QVERIFY(question.waitForStarted(5000));
    QVERIFY2(cli.finish(45000), "the translation did not complete");
    QVERIFY2(cli.exitCode() == 0, qPrintable(cli.errors()));
    const std::vector<float> originalAudio = original.stop();
    const std::vector<float> micAudio = virtualMic.stop();
    const std::vector<float> speakerAudio = speaker.stop();

    const Span originalSpan = activeSpan(frameLevels(originalAudio, kFrame16k));
    const Span micSpan = activeSpan(frameLevels(micAudio, kFrame16k));
    const auto sent = livedesk::dsp::readWav(reply);
    QVERIFY(sent.audio);
    const Span sentSpan = activeSpan(frameLevels(sent.audio->samples, sent.audio->sampleRate / 100));
    qInfo("virtual microphone: %.0f ms of speech (reply %.0f ms, original %.0f ms)",
          micSpan.activeMs(), sentSpan.activeMs(), originalSpan.activeMs());
    QVERIFY2(originalSpan.first >= 0, "the question was not played into LiveDesk's sink");
    QVERIFY2(micSpan.first >= 0, "nothing reached the virtual microphone");
    // The recorders started together: the original reaches the call as it plays, the
    // translation only seconds later (after the whole question and the end-of-speech silence).
    QVERIFY2(micSpan.first - originalSpan.first < 50,
             qPrintable(u"the original was not sent: the call heard nothing for %1 ms after it "
                        u"began"_s.arg((micSpan.first - originalSpan.first) * 10)));

    const auto energy = [](const std::vector<float> &x, qint64 fromFrame, qint64 toFrame) {
        double sum = 0;
        const size_t to = std::min(x.size(), size_t(toFrame * kFrame16k));
        for (size_t i = size_t(fromFrame * kFrame16k); i < to; ++i)
            sum += double(x[i]) * x[i];
        return sum;
    };
    const auto db = [](double e, double reference) {
        return 10.0 * std::log10(std::max(e / reference, 1e-12));
    };
    const double full = energy(originalAudio, 0, qint64(originalAudio.size()) / kFrame16k);
    // The call's copy of the question: its first word to its last (the translation starts well
    // after, the simulator waits for the end of speech), with 100 ms for the loopback.
    const qint64 questionFrames = originalSpan.last - originalSpan.first + 1;
    const double toCallDb = db(energy(micAudio, micSpan.first, micSpan.first + questionFrames + 10),
                               full);
    const double onSpeakerDb = db(energy(speakerAudio, 0, qint64(speakerAudio.size()) / kFrame16k),
                                  full);
    qInfo("the original: %.1f dB to the call, %.1f dB on the speaker (asked: %s)", toCallDb,
          onSpeakerDb, hearOriginal.isEmpty() ? "not heard" : qPrintable(hearOriginal));
    QVERIFY2(std::abs(toCallDb) <= 3.0, qPrintable(QString::number(toCallDb)));
    if (hearOriginal.isEmpty())
        QVERIFY2(onSpeakerDb < heardDb, qPrintable(QString::number(onSpeakerDb)));
    else
        QVERIFY2(std::abs(onSpeakerDb - heardDb) <= 3.0, qPrintable(QString::number(onSpeakerDb)));
    QVERIFY2(liveDeskModules().isEmpty(), qPrintable(liveDeskModules().join(u'\n')));
}

void tst_TranslationPulseE2e::devicesOfAKilledRunAreRemovedByTheNextStart()
{
    const QString events = m_dir.filePath(u"killed-events.jsonl"_s);
    const QString events2 = m_dir.filePath(u"next-events.jsonl"_s);
    SimProcess sim;
    QVERIFY(sim.start({u"--scenario"_s, m_scenario}));
    {
        CliProcess cli;
        cli.start({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s, u"--listen"_s, u"system"_s,
                   u"--virtual-mic"_s, u"--timeout"_s, u"60"_s, u"--events"_s, events});
        QVERIFY2(cli.waitForEvent(events, u"setup_complete"_s, 20000), qPrintable(cli.errors()));
        cli.killHard();
    }
    // kill -9 leaves everything behind, the default sink included.
    QVERIFY(hasSource(u"livedesk_translation"_s));
    QCOMPARE(liveDeskModules().size(), 6);
    QCOMPARE(pactl({u"get-default-sink"_s}), u"livedesk_listen"_s);

    CliProcess next;
    next.start({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s, u"--listen"_s, u"system"_s,
                u"--virtual-mic"_s, u"--timeout"_s, u"60"_s, u"--events"_s, events2});
    QVERIFY2(next.waitForEvent(events2, u"setup_complete"_s, 20000), qPrintable(next.errors()));
    const auto removed = ofType(readJsonLines(events2), u"stale_devices_removed"_s);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().value(u"modules"_s).toInt(), 6);
    // One set of devices: the new run's.
    QCOMPARE(liveDeskModules().size(), 6);
    next.killHard();

    // And a run that ends normally after a killed one leaves nothing at all.
    const CliResult last = runCli({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s,
                                   u"--virtual-mic"_s, u"--text"_s, u"Hello"_s});
    QVERIFY2(last.exitCode == 0, qPrintable(last.stdErr));
    QVERIFY2(liveDeskModules().isEmpty(), qPrintable(liveDeskModules().join(u'\n')));
    QVERIFY(!hasSource(u"livedesk_translation"_s));
    QCOMPARE(pactl({u"get-default-sink"_s}), m_defaultSink);
}

void tst_TranslationPulseE2e::badListenSourceIsAUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown source") << QStringList {u"--listen"_s, u"speakers"_s}
                                    << u"--listen expects system, app:NAME or mic"_s;
    QTest::newRow("app without a name") << QStringList {u"--listen"_s, u"app:"_s}
                                        << u"--listen app:NAME needs the application's name"_s;
    QTest::newRow("with --mic") << QStringList {u"--listen"_s, u"system"_s, u"--mic"_s}
                                << u"use one of --listen, --mic and --input"_s;
    QTest::newRow("hear-original from the microphone")
            << QStringList {u"--listen"_s, u"mic"_s, u"--hear-original"_s}
            << u"--hear-original needs --listen system"_s;
    QTest::newRow("level out of range")
            << QStringList {u"--listen"_s, u"system"_s, u"--hear-original"_s, u"6"_s}
            << u"--hear-original expects a level from -60 to 0 dB"_s;
    QTest::newRow("send-original without the virtual microphone")
            << QStringList {u"--listen"_s, u"system"_s, u"--send-original"_s}
            << u"--send-original needs --virtual-mic"_s;
}

void tst_TranslationPulseE2e::badListenSourceIsAUsageError()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliResult result = runCli(QStringList {u"--sim"_s} + args, 30000);
    QCOMPARE(result.exitCode, 2); // ExitCode::Usage, before anything connects or is created
    QVERIFY2(result.stdErr.contains(message), qPrintable(result.stdErr));
    QVERIFY(liveDeskModules().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TranslationPulseE2e)
#include "tst_translation_pulse_e2e.moc"
