// The whole engine through real PulseAudio devices (scripts/test-env.sh): speech played into the
// virtual microphone arrives as 16 kHz chunks and is detected as speech; model audio enqueued in
// the engine comes out of the virtual speaker; talking while the model speaks ducks or stops it;
// a microphone that delivers only zeros raises the no-signal warning; and devices that vanish
// mid-session fall back to the defaults without stopping the engine, and are used again when
// they come back.
#include "audio/audioengine.h"
#include "audio/pulsedevicewatch.h"
#include "tests/audiotestmain.h"

#include "audiotestsupport.h"
#include "pulsetestsupport.h"

#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;
namespace dsp = livedesk::dsp;

namespace {

qint64 steadyUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

QByteArray toBytes(const std::vector<float> &samples)
{
    const auto s16 = toS16(samples);
    return QByteArray(reinterpret_cast<const char *>(s16.data()), qsizetype(s16.size() * 2));
}

// Feeds model audio the way the service does: bursts of 200 ms, much faster than real time.
void enqueueInBursts(AudioEngine &engine, const QByteArray &pcm24k)
{
    const qsizetype burst = 24000 * 2 / 5;
    for (qsizetype at = 0; at < pcm24k.size(); at += burst)
        engine.enqueueModelAudio(pcm24k.mid(at, burst));
}

double meanPowerDb(const std::vector<float> &x, qint64 fromSample, qint64 toSample)
{
    fromSample = std::clamp<qint64>(fromSample, 0, qint64(x.size()));
    toSample = std::clamp<qint64>(toSample, fromSample, qint64(x.size()));
    double sum = 0;
    for (qint64 i = fromSample; i < toSample; ++i)
        sum += double(x[size_t(i)]) * x[size_t(i)];
    return 10.0 * std::log10(sum / double(std::max<qint64>(1, toSample - fromSample)) + 1e-12);
}

} // namespace

class tst_AudioEnginePulse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void capturesSpeechFromTheMicrophone_data();
    void capturesSpeechFromTheMicrophone();
    void playsModelAudioOnTheSpeaker_data();
    void playsModelAudioOnTheSpeaker();
    void talkingOverTheModelDucksOrStopsIt_data();
    void talkingOverTheModelDucksOrStopsIt();
    void warnsWhenTheMicrophoneDeliversOnlyZeros();
    void fallsBackToTheDefaultsWhenDevicesVanish();
    void returnsToTheChosenDevicesWhenTheyComeBack();
    void serverListFollowsRemovals();
    void cleanup();

private:
    QTemporaryDir m_dir;
    QString m_userWav; // a user's question, for the virtual microphone
    QByteArray m_model24k; // a long model answer, 24 kHz s16
    QList<int> m_modules; // loaded by a test, unloaded in cleanup()
};

void tst_AudioEnginePulse::initTestCase()
{
    QVERIFY2(pulseReady(), kNoPulse);
    QVERIFY2(haveEspeak(), "espeak-ng is needed to make test speech (Debian: espeak-ng)");
    m_userWav = m_dir.filePath(u"user.wav"_s);
    QProcess espeak;
    espeak.start(u"espeak-ng"_s, {u"-v"_s, u"en-gb+f3"_s, u"-w"_s, m_userWav,
                                  u"Excuse me, could you tell me what time the museum opens "
                                  u"tomorrow morning?"_s});
    QVERIFY(espeak.waitForFinished(20000) && espeak.exitCode() == 0);
    QString error;
    auto model = speech(u"Here is the answer. The museum opens at nine in the morning and "
                        u"closes at five in the evening, except on Mondays."_s,
                        24000, u"en-us"_s, &error);
    QVERIFY2(!model.empty(), qPrintable(error));
    scaleTo(model, 0.1f);
    m_model24k = toBytes(model);
}

void tst_AudioEnginePulse::cleanup()
{
    for (int index : std::as_const(m_modules))
        unloadModule(index);
    m_modules.clear();
}

void tst_AudioEnginePulse::capturesSpeechFromTheMicrophone_data()
{
    // The microphone is read with libpulse where PulseAudio runs; QAudioSource is the path of
    // every other system, kept working here by asking for it (audio/pulsecapture.h).
    QTest::addColumn<QByteArray>("reader"); // LIVEDESK_AUDIO_CAPTURE
    QTest::newRow("libpulse") << QByteArray();
    QTest::newRow("QAudioSource") << QByteArray("qt");
}

void tst_AudioEnginePulse::capturesSpeechFromTheMicrophone()
{
    QFETCH(QByteArray, reader);
    if (reader.isEmpty())
        qunsetenv("LIVEDESK_AUDIO_CAPTURE");
    else
        qputenv("LIVEDESK_AUDIO_CAPTURE", reader);
    const auto restore = qScopeGuard([] { qunsetenv("LIVEDESK_AUDIO_CAPTURE"); });
    AudioEngine engine;
    AudioEngineSettings settings;
    settings.direction = AudioDirection::Capture;
    settings.noSignalWarningMs = 0; // the idle virtual microphone is silent on purpose
    QVERIFY(engine.setSettings(settings));
    QSignalSpy chunks(&engine, &AudioEngine::chunkCaptured);
    QVERIFY(engine.start());
    QCOMPARE(engine.currentInputDevice().id, QByteArray("livedesk_mic"));

    QProcess paplay;
    QVERIFY(playInto(paplay, m_userWav));
    QVERIFY(paplay.waitForFinished(20000));
    // The last of the speech is still on its way through the server and the engine: wait until
    // the engine has handed out 600 ms of audio beyond what it had taken in when paplay ended.
    QVERIFY(waitUntil([&] { return engine.lastSpeechStartUs() > 0; }, 10000));
    const qint64 capturedAtEnd = engine.capturedSamples();
    QVERIFY(waitUntil(
            [&] {
                return !chunks.isEmpty()
                       && chunks.last().at(0).value<AudioChunk>().firstSample
                                  >= capturedAtEnd + 16000 * 6 / 10;
            },
            10000));
    engine.stop();

    QVERIFY(chunks.size() > 20);
    qint64 expectedFirst = chunks.first().at(0).value<AudioChunk>().firstSample;
    qint64 previousTime = 0;
    int speechChunks = 0;
    std::vector<float> all;
    for (const QList<QVariant> &args : std::as_const(chunks)) {
        const auto chunk = args.at(0).value<AudioChunk>();
        QCOMPARE(chunk.pcm.size(), qsizetype(16000 * 2 * 40 / 1000)); // 40 ms, 16 kHz, s16
        QCOMPARE(chunk.firstSample, expectedFirst); // no gaps, no overlaps
        expectedFirst += 640;
        QVERIFY(chunk.captureTimeUs > previousTime);
        previousTime = chunk.captureTimeUs;
        speechChunks += chunk.speech ? 1 : 0;
        const auto *s = reinterpret_cast<const int16_t *>(chunk.pcm.constData());
        for (qsizetype i = 0; i < chunk.pcm.size() / 2; ++i)
            all.push_back(float(s[i]) / 32768.0f);
    }
    qInfo("%lld chunks, %d with speech, captured speech level %.1f dBFS", qlonglong(chunks.size()),
          speechChunks, double(dsp::toDbfs(activeRms(all))));
    QVERIFY2(speechChunks >= 25, "less than a second of the 3 s sentence was taken for speech");
    QVERIFY(dsp::toDbfs(activeRms(all)) > -40.0f);
    // Chunk timestamps are on the steady clock, close to now.
    QVERIFY(std::abs(steadyUs() - previousTime) < 10'000'000);
}

// Whether PulseAudio reports this process's playback stream as corked (suspended).
static bool ownSinkInputCorked()
{
    const QString process = u"application.process.id = \"%1\""_s.arg(
            QCoreApplication::applicationPid());
    const QStringList inputs = pactl({u"list"_s, u"sink-inputs"_s}).split(u"Sink Input #"_s);
    for (const QString &input : inputs) {
        if (input.contains(process))
            return input.contains(u"Corked: yes"_s);
    }
    return false;
}

// Wakeups (voluntary context switches) so far of this process's thread named `name`; -1 if
// there is no such thread.
static qint64 threadWakeups(const QString &name)
{
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name.toUtf8())
            continue;
        QFile status(tasks.filePath(tid + u"/status"_s));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                return line.mid(24).trimmed().toLongLong();
        }
    }
    return -1;
}

void tst_AudioEnginePulse::playsModelAudioOnTheSpeaker_data()
{
    QTest::addColumn<bool>("afterAPause");
    QTest::newRow("at once") << false;
    // The speaker stops (corks) after 2 s of silence, and must play the next answer in full.
    QTest::newRow("after a pause, the speaker suspended") << true;
}

void tst_AudioEnginePulse::playsModelAudioOnTheSpeaker()
{
    QFETCH(bool, afterAPause);

    Recorder recorder(u"livedesk_speaker.monitor"_s);
    QVERIFY(recorder.isRunning());
    AudioEngine engine;
    AudioEngineSettings settings;
    settings.direction = AudioDirection::Playback;
    QVERIFY(engine.setSettings(settings));
    QSignalSpy finished(&engine, &AudioEngine::playbackFinished);
    QVERIFY(engine.start());
    QCOMPARE(engine.currentOutputDevice().id, QByteArray("livedesk_speaker"));
    if (afterAPause) {
        QVERIFY2(waitUntil(ownSinkInputCorked, 15000), "the silent speaker was never suspended");
        // Corked, the speaker's device thread rests until audio is queued: its 10 ms pump woke
        // it 100 times a second for nothing through every pause. A second tells the resting
        // look (4 a second) from that; waiting is the point, nothing is expected to happen.
        const qint64 before = threadWakeups(u"ld-audio-out"_s);
        QVERIFY(before >= 0);
        QTest::qWait(1000);
        const qint64 woken = threadWakeups(u"ld-audio-out"_s) - before;
        QVERIFY2(woken <= 20,
                 qPrintable(u"the corked speaker's thread woke %1 times in 1 s"_s.arg(woken)));
    }

    enqueueInBursts(engine, m_model24k);
    engine.turnComplete();
    QVERIFY(finished.wait(20000));
    const qint64 samples = m_model24k.size() / 2;
    QCOMPARE(finished.first().at(0).toLongLong(), samples);
    QCOMPARE(engine.playback().turnSamplesPlayed, samples);
    QCOMPARE(engine.playback().underruns, 0);
    // The end of the answer still has the sink's buffer and the monitor to pass: keep recording
    // until 300 ms more of the speaker has been recorded.
    const qint64 recordedAtFinish = recorder.bytesSoFar();
    QVERIFY(waitUntil([&] { return recorder.bytesSoFar() >= recordedAtFinish + 16000 * 2 * 3 / 10; },
                      10000));
    engine.stop();
    const std::vector<float> recorded = recorder.stop();

    // The recording holds the whole answer: as long, and about as loud, as what was sent.
    // Speech is compared frame by frame (10 ms) rather than by its span: on a busy machine the
    // server can run periods dry before the client's timing settles, and the silence it inserts
    // stretches the span (6.38 s played as 8.52 s at load 22 on 2 cores) without a sample lost.
    const auto loudFrames = [](const std::vector<float> &levels, int &first, int &last) {
        int count = 0;
        first = last = -1;
        for (int i = 0; i < int(levels.size()); ++i) {
            if (levels[size_t(i)] > -50.0f) {
                ++count;
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        return count;
    };
    int first = -1, last = -1;
    const int playedFrames = loudFrames(frameLevels(recorded), first, last);
    QVERIFY2(first >= 0, "nothing came out of the virtual speaker");
    const auto model = dsp::s16BytesToFloat(m_model24k);
    int mFirst = -1, mLast = -1;
    const int sentFrames = loudFrames(frameLevels(dsp::resample(model, 24000, 16000, 1)), mFirst,
                                      mLast);
    const std::vector<float> played(recorded.begin() + first * 160,
                                    recorded.begin() + (last + 1) * 160);
    const float playedDb = dsp::toDbfs(activeRms(played));
    qInfo("sent %.2f s of speech, the speaker played %.2f s of it over %.2f s at %.1f dBFS "
          "(sent at -20 dBFS)",
          sentFrames / 100.0, playedFrames / 100.0, (last - first + 1) / 100.0, double(playedDb));
    // Nothing lost (never 5 % less) and nothing played twice (never 5 % more). A silence the
    // server inserts can cut a loud frame in two, hence a few frames of slack above.
    constexpr int kSplitFrames = 10;
    QVERIFY2(playedFrames > 0.95 * sentFrames, "part of the answer was not played");
    QVERIFY2(playedFrames < 1.05 * sentFrames + kSplitFrames,
             "part of the answer was played twice");
    QVERIFY(playedDb > -26.0f && playedDb < -14.0f);
}

void tst_AudioEnginePulse::talkingOverTheModelDucksOrStopsIt_data()
{
    QTest::addColumn<BargeInMode>("mode");
    QTest::addColumn<TurnDetection>("turns");

    QTest::newRow("server-driven turns with ducking: duck, then flush on interrupted")
            << BargeInMode::Duck << TurnDetection::Server;
    QTest::newRow("server-driven turns with stop: silence at once")
            << BargeInMode::Stop << TurnDetection::Server;
    QTest::newRow("client-driven turns: activity start and silence at once")
            << BargeInMode::Duck << TurnDetection::Client;
}

void tst_AudioEnginePulse::talkingOverTheModelDucksOrStopsIt()
{
    QFETCH(BargeInMode, mode);
    QFETCH(TurnDetection, turns);

    LiveMicrophone microphone;
    Recorder recorder(u"livedesk_speaker.monitor"_s);
    QVERIFY(recorder.isRunning());
    QVERIFY(waitUntil([&] { return recorder.bytesSoFar() > 0; }, 5000));
    const qint64 recorderStartUs = steadyUs() - recorder.bytesSoFar() / 2 * 1000000 / 16000;

    AudioEngine engine;
    AudioEngineSettings settings;
    settings.bargeIn = mode;
    settings.turnDetection = turns;
    settings.confirmWindowMs = 5000;
    settings.noSignalWarningMs = 0;
    QVERIFY(engine.setSettings(settings));
    QSignalSpy bargeIns(&engine, &AudioEngine::bargeIn);
    QSignalSpy activities(&engine, &AudioEngine::activityStarted);
    QSignalSpy interrupted(&engine, &AudioEngine::playbackInterrupted);
    QVERIFY(engine.start());
    // The microphone is live before the model starts to talk, as it is in a session.
    QVERIFY(waitUntil([&] { return engine.capturedSamples() > 16000 / 2; }, 5000));

    enqueueInBursts(engine, m_model24k); // ~6 s; no turnComplete: the model is mid-answer
    // Let the model talk for a while (without echo cancellation the engine calibrates the echo
    // level on its first second), then the user speaks up.
    // Measured in model audio played, not in wall time, so a slow machine waits longer.
    QVERIFY(waitUntil([&] { return engine.playbackTimings().modelStartNs > 0; }, 5000));
    QVERIFY(waitUntil([&] { return engine.playback().turnSamplesPlayed >= 24000 * 5 / 2; }, 15000));
    QVERIFY2(bargeIns.isEmpty(), "the model interrupted itself before the user spoke");
    QProcess paplay;
    QVERIFY(playInto(paplay, m_userWav));
    QVERIFY2(bargeIns.wait(8000), "the engine did not react to the user's voice");
    const qint64 reactedUs = steadyUs();
    const auto first = bargeIns.first().at(0).value<BargeInEvent>();

    if (mode == BargeInMode::Duck && turns == TurnDetection::Server) {
        QCOMPARE(first, BargeInEvent::Ducked);
        QVERIFY(engine.playback().speaking);
        // Ducked speech goes on until the server confirms: half a second of it is played (and
        // measured below) before the server's interrupted arrives.
        const qint64 playedAtDuck = engine.playback().turnSamplesPlayed;
        QVERIFY(waitUntil(
                [&] { return engine.playback().turnSamplesPlayed >= playedAtDuck + 24000 / 2; },
                10000));
        engine.serverInterrupted();
    } else {
        QCOMPARE(first, BargeInEvent::Stopped);
    }
    QVERIFY(interrupted.wait(2000));
    const qint64 silencedUs = steadyUs();
    const qint64 heard = interrupted.first().at(0).toLongLong();
    const qint64 received = interrupted.first().at(1).toLongLong();
    qInfo("heard %.2f s of %.2f s received", heard / 24000.0, received / 24000.0);
    QVERIFY(heard > 24000 && heard < received);
    if (turns == TurnDetection::Client)
        QCOMPARE(activities.size(), 1);
    // The silence after the flush is measured below, up to 500 ms after it: keep recording
    // until the speaker's monitor has delivered 600 ms past the flush.
    const qint64 silencedSample = (silencedUs - recorderStartUs) * 16000 / 1000000;
    QVERIFY(waitUntil([&] { return recorder.bytesSoFar() / 2 >= silencedSample + 16000 * 6 / 10; },
                      10000));
    if (mode == BargeInMode::Stop || turns == TurnDetection::Client) {
        // Audio that still arrives for the interrupted turn is dropped, not played.
        const qint64 discardedBefore = engine.playback().samplesDiscarded;
        engine.enqueueModelAudio(m_model24k.left(24000));
        QVERIFY(waitUntil(
                [&] { return engine.playback().samplesDiscarded >= discardedBefore + 12000; },
                2000));
        QVERIFY(!engine.playback().speaking);
    }
    paplay.kill(); // the rest of the user's sentence is not needed
    paplay.waitForFinished(3000);
    engine.stop();
    const std::vector<float> recorded = recorder.stop();

    auto at = [&](qint64 us) { return (us - recorderStartUs) * 16000 / 1000000; };
    const double before = meanPowerDb(recorded, at(reactedUs) - 16000, at(reactedUs) - 3200);
    const double after = meanPowerDb(recorded, at(silencedUs) + 3200, at(silencedUs) + 8000);
    qInfo("speaker before the user spoke: %.1f dBFS; after the flush: %.1f dBFS", before, after);
    QVERIFY(before > -35.0);
    QVERIFY2(after < -60.0, "the model was still audible after the flush");
    if (mode == BargeInMode::Duck && turns == TurnDetection::Server) {
        const double ducked = meanPowerDb(recorded, at(reactedUs) + 2400, at(silencedUs) - 1600);
        qInfo("while ducked: %.1f dBFS", ducked);
        QVERIFY2(ducked < before - 12.0, "ducking did not lower the model's voice");
        QVERIFY2(ducked > -70.0, "ducking silenced the model instead of lowering it");
    }
}

void tst_AudioEnginePulse::warnsWhenTheMicrophoneDeliversOnlyZeros()
{
    const QString feed = u"livedesk_tst_silent_feed_%1"_s.arg(QCoreApplication::applicationPid());
    const QString source = u"livedesk_tst_silent_mic_%1"_s.arg(QCoreApplication::applicationPid());
    m_modules << loadModule({u"module-null-sink"_s, u"sink_name="_s + feed});
    m_modules << loadModule({u"module-remap-source"_s, u"source_name="_s + source,
                             u"master="_s + feed + u".monitor"_s});
    QVERIFY(!m_modules.contains(-1));
    QVERIFY(waitUntil([&] { return AudioEngine::findInputDevice(source).has_value(); }, 5000));

    AudioEngine engine;
    AudioEngineSettings settings;
    settings.direction = AudioDirection::Capture;
    settings.inputDeviceId = source.toUtf8();
    settings.noSignalWarningMs = 2000;
    QVERIFY(engine.setSettings(settings));
    QSignalSpy warnings(&engine, &AudioEngine::warning);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(engine.start());
    QCOMPARE(engine.currentInputDevice().id, source.toUtf8());
    QVERIFY(waitUntil(
            [&] {
                for (const auto &w : std::as_const(warnings)) {
                    if (w.at(0).value<AudioWarning>() == AudioWarning::NoMicrophoneSignal)
                        return true;
                }
                return false;
            },
            6000));
    qInfo("warned after %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(timer.elapsed() >= 1900);
    QVERIFY(engine.levels().noSignal);
    engine.stop();
}

void tst_AudioEnginePulse::fallsBackToTheDefaultsWhenDevicesVanish()
{
    const qint64 pid = QCoreApplication::applicationPid();
    const QString speaker = u"livedesk_tst_speaker_%1"_s.arg(pid);
    const QString feed = u"livedesk_tst_mic_feed_%1"_s.arg(pid);
    const QString mic = u"livedesk_tst_mic_%1"_s.arg(pid);
    m_modules << loadModule({u"module-null-sink"_s, u"sink_name="_s + speaker});
    m_modules << loadModule({u"module-null-sink"_s, u"sink_name="_s + feed});
    m_modules << loadModule({u"module-remap-source"_s, u"source_name="_s + mic,
                             u"master="_s + feed + u".monitor"_s});
    QVERIFY(!m_modules.contains(-1));
    QVERIFY(waitUntil(
            [&] {
                return AudioEngine::findInputDevice(mic).has_value()
                       && AudioEngine::findOutputDevice(speaker).has_value();
            },
            5000));

    AudioEngine engine;
    AudioEngineSettings settings;
    settings.inputDeviceId = mic.toUtf8();
    settings.outputDeviceId = speaker.toUtf8();
    settings.noSignalWarningMs = 0;
    QVERIFY(engine.setSettings(settings));
    QSignalSpy warnings(&engine, &AudioEngine::warning);
    QSignalSpy finished(&engine, &AudioEngine::playbackFinished);
    QVERIFY(engine.start());
    QCOMPARE(engine.currentInputDevice().id, mic.toUtf8());
    QCOMPARE(engine.currentOutputDevice().id, speaker.toUtf8());

    // Unplug both, mid-session.
    for (int index : std::as_const(m_modules))
        unloadModule(index);
    m_modules.clear();
    QVERIFY(waitUntil(
            [&] {
                return engine.currentInputDevice().id == "livedesk_mic"
                       && engine.currentOutputDevice().id == "livedesk_speaker";
            },
            5000));
    QCOMPARE(engine.state(), AudioEngine::State::Running);
    QList<AudioWarning> codes;
    for (const auto &w : std::as_const(warnings))
        codes << w.at(0).value<AudioWarning>();
    QVERIFY(codes.contains(AudioWarning::InputDeviceLost));
    QVERIFY(codes.contains(AudioWarning::OutputDeviceLost));

    // The session goes on: the model is heard on the default speaker.
    Recorder recorder(u"livedesk_speaker.monitor"_s);
    enqueueInBursts(engine, m_model24k.left(24000 * 2 * 2));
    engine.turnComplete();
    QVERIFY(finished.wait(15000));
    // The end of the answer still has the sink's buffer to pass: record 200 ms more of it.
    const qint64 recordedAtFinish = recorder.bytesSoFar();
    QVERIFY(waitUntil([&] { return recorder.bytesSoFar() >= recordedAtFinish + 16000 * 2 / 5; },
                      10000));
    engine.stop();
    const std::vector<float> recorded = recorder.stop();
    int loud = 0;
    for (float level : frameLevels(recorded))
        loud += level > -50.0f ? 1 : 0;
    QVERIFY2(loud > 100, "nothing reached the default speaker after the fallback");
}

void tst_AudioEnginePulse::returnsToTheChosenDevicesWhenTheyComeBack()
{
    const qint64 pid = QCoreApplication::applicationPid();
    const QString speaker = u"livedesk_tst_back_%1"_s.arg(pid);
    auto plugIn = [&] {
        m_modules << loadModule({u"module-null-sink"_s, u"sink_name="_s + speaker});
        return m_modules.last() >= 0;
    };
    QVERIFY(plugIn());
    QVERIFY(waitUntil([&] { return AudioEngine::findOutputDevice(speaker).has_value(); }, 5000));
    AudioEngine engine;
    AudioEngineSettings settings;
    settings.direction = AudioDirection::Playback;
    settings.outputDeviceId = speaker.toUtf8();
    QVERIFY(engine.setSettings(settings));
    QVERIFY(engine.start());
    QCOMPARE(engine.currentOutputDevice().id, speaker.toUtf8());

    unloadModule(m_modules.takeLast()); // unplugged…
    QVERIFY(waitUntil([&] { return engine.currentOutputDevice().id == "livedesk_speaker"; }, 5000));
    QVERIFY(plugIn()); // …and plugged in again
    QVERIFY(waitUntil([&] { return engine.currentOutputDevice().id == speaker.toUtf8(); }, 5000));
    QCOMPARE(engine.state(), AudioEngine::State::Running);
    engine.stop();
}

// The server's own list (audio/pulsedevicewatch.h), which the engine trusts over Qt's: Qt 6.8
// keeps listing a removed sink.
void tst_AudioEnginePulse::serverListFollowsRemovals()
{
    PulseDeviceWatch *watch = PulseDeviceWatch::instance();
    QVERIFY2(watch, "the test environment's PulseAudio server runs, so the watch must");
    const QByteArray sink = "livedesk_tst_watch_"
                            + QByteArray::number(QCoreApplication::applicationPid());
    QVERIFY(waitUntil([&] { return watch->sinks().has_value() && watch->sources().has_value(); },
                      5000));
    QVERIFY(watch->sinks()->contains("livedesk_speaker"));
    QVERIFY(watch->sources()->contains("livedesk_mic"));
    QVERIFY(!watch->sinks()->contains(sink));
    m_modules << loadModule({u"module-null-sink"_s, u"sink_name="_s + QString::fromLatin1(sink)});
    QVERIFY(m_modules.last() >= 0);
    QVERIFY(waitUntil([&] { return watch->sinks()->contains(sink); }, 5000));
    QVERIFY(waitUntil([&] { return watch->sources()->contains(sink + ".monitor"); }, 5000));
    unloadModule(m_modules.takeLast());
    QVERIFY(waitUntil([&] { return !watch->sinks()->contains(sink); }, 5000));
    QVERIFY(waitUntil([&] { return !watch->sources()->contains(sink + ".monitor"); }, 5000));
    // What the engine lists follows the server, whatever Qt's own list still says.
    QVERIFY(!AudioEngine::findOutputDevice(QString::fromLatin1(sink)).has_value());
    QVERIFY(watch->sinks()->contains("livedesk_speaker"));
}

LIVEDESK_AUDIO_TEST_GUILESS_MAIN(tst_AudioEnginePulse)
#include "tst_audioengine_pulse.moc"
