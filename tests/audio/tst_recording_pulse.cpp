// A conversation recorded through the whole engine on real PulseAudio devices
// (scripts/test-env.sh): the user speaks into the virtual microphone, then the model's answer
// plays on the virtual speaker; the Ogg Opus file decodes with two channels, as long as the
// recording ran (±1 %), the user's speech on the left while they spoke, the model's on the right
// while it played, at the level it was played.
#include "audio/audioengine.h"
#include "audio/recording.h"
#include "tests/audiotestmain.h"

#include "audiotestsupport.h"
#include "opusdecode.h"
#include "pulsetestsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

class tst_RecordingPulse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsBothSidesOfAConversation();

private:
    QTemporaryDir m_dir;
    QString m_userWav;
    QByteArray m_model24k;
    double m_modelDbfs = 0;
};

void tst_RecordingPulse::initTestCase()
{
    QVERIFY2(pulseReady(), kNoPulse);
    QVERIFY2(haveEspeak(), "espeak-ng is needed to make test speech (Debian: espeak-ng)");
    if (!AudioRecorder::isAvailable())
        QSKIP("built without libopusenc");
    m_userWav = m_dir.filePath(u"user.wav"_s);
    QProcess espeak;
    espeak.start(u"espeak-ng"_s, {u"-v"_s, u"en-gb+f3"_s, u"-w"_s, m_userWav,
                                  u"Could you record this conversation for me, please?"_s});
    QVERIFY(espeak.waitForFinished(20000) && espeak.exitCode() == 0);
    QString error;
    auto model = speech(u"Certainly. Everything we say is being recorded now, your voice on the "
                        u"left and mine on the right."_s,
                        24000, u"en-us"_s, &error);
    QVERIFY2(!model.empty(), qPrintable(error));
    scaleTo(model, 0.1f);
    m_modelDbfs = 20 * std::log10(activeRms(model));
    const auto s16 = toS16(model);
    m_model24k = QByteArray(reinterpret_cast<const char *>(s16.data()), qsizetype(s16.size() * 2));
}

void tst_RecordingPulse::recordsBothSidesOfAConversation()
{
    LiveMicrophone live; // the virtual microphone delivers steadily, like a real one
    const QString path = m_dir.filePath(u"conversation.opus"_s);
    AudioRecorder recorder;
    QSignalSpy states(&recorder, &AudioRecorder::stateChanged);
    QVERIFY2(recorder.start(path), qPrintable(recorder.errorString()));
    QCOMPARE(recorder.state(), AudioRecorder::State::Recording);
    // The recorder's own holders of the tap (and the copy tap() returns), before the engine's.
    const long recorderTapHolders = recorder.tap().use_count();

    AudioEngine engine;
    AudioEngineSettings settings;
    settings.noSignalWarningMs = 0;
    QVERIFY(engine.setSettings(settings));
    QSignalSpy finished(&engine, &AudioEngine::playbackFinished);
    engine.setRecordingTap(recorder.tap());
    QSignalSpy warnings(&engine, &AudioEngine::warning);
    QVERIFY(engine.start());
    // The recording's clock is the microphone's: it starts with the first frame the device
    // delivers (a moment after start(), longer on a slow build).
    QVERIFY(waitUntil([&] { return engine.capturedSamples() > 0; }, 5000));
    QElapsedTimer clock;
    clock.start();

    // The user asks; a moment of quiet; the model answers. (The quiet moments pace the
    // conversation in real time, as a person would: they are not conditions.)
    QTest::qWait(500);
    const qint64 userFromMs = clock.elapsed();
    QProcess paplay;
    QVERIFY(playInto(paplay, m_userWav));
    QVERIFY(paplay.waitForFinished(20000));
    const qint64 userToMs = clock.elapsed();
    QTest::qWait(700);
    const qint64 modelFromMs = clock.elapsed();
    const qsizetype burst = 24000 * 2 / 5;
    for (qsizetype at = 0; at < m_model24k.size(); at += burst)
        engine.enqueueModelAudio(m_model24k.mid(at, burst));
    engine.turnComplete();
    QVERIFY(waitUntil([&] { return !finished.isEmpty(); }, 20000));
    const qint64 modelToMs = clock.elapsed();
    // The end of the answer comes back through the speaker's buffer: record 300 ms more of the
    // microphone's clock (the recording's) before letting go.
    const qint64 samplesAtModelEnd = engine.capturedSamples();
    QVERIFY(waitUntil([&] { return engine.capturedSamples() >= samplesAtModelEnd + 4800; }, 10000));

    // The recording holds what the microphone delivered until the processing thread let go of
    // the tap: between what it had captured before the request and what it had when it did.
    const qint64 samplesBeforeRelease = engine.capturedSamples();
    engine.setRecordingTap(nullptr);
    QVERIFY(waitUntil([&] { return recorder.tap().use_count() == recorderTapHolders; }, 10000));
    const qint64 samplesAfterRelease = engine.capturedSamples();
    const qint64 recordedMs = (samplesBeforeRelease + samplesAfterRelease) / 2 / 16;
    const qint64 releaseSpreadMs = (samplesAfterRelease - samplesBeforeRelease) / 16;
    engine.stop();
    QVERIFY(recorder.stop());
    QCOMPARE(states.size(), 2); // Recording, then Idle: what an indicator shows
    const RecordingStats stats = recorder.stats();
    QCOMPARE(stats.droppedFrames, 0);

    const DecodedOpus decoded = decodeOpus(path);
    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.channels, 2);
    qInfo("recorded %.3f s of a %.3f s session; encoder %.1f ms in all", decoded.seconds(),
          double(recordedMs) / 1000, double(stats.encodeNs) / 1e6);
    for (const QList<QVariant> &w : std::as_const(warnings))
        qInfo("engine warning: %s", qPrintable(w.at(1).toString()));
    QVERIFY(std::abs(decoded.seconds() - double(recordedMs) / 1000)
            <= 0.01 * recordedMs / 1000 + double(releaseSpreadMs) / 2000);

    // Levels per side in each phase (the device path adds tens of milliseconds: margins).
    const auto &left = decoded.samples[0];
    const auto &right = decoded.samples[1];
    auto db = [](const std::vector<float> &x, qint64 fromMs, qint64 toMs) {
        return segmentDbfs(x, size_t(std::max<qint64>(0, fromMs)) * 48, size_t(toMs) * 48);
    };
    const double userLeft = db(left, userFromMs + 300, userToMs - 300);
    const double userRight = db(right, userFromMs + 300, userToMs - 300);
    const double modelRight = db(right, modelFromMs + 300, modelToMs - 300);
    const double modelLeft = db(left, modelFromMs + 300, modelToMs - 300);
    const double quietRight = db(right, 0, userFromMs);
    qInfo("user speaking: left %.1f dBFS, right %.1f; model speaking: right %.1f (played at "
          "%.1f), left %.1f",
          userLeft, userRight, modelRight, m_modelDbfs, modelLeft);
    QVERIFY(userLeft > -45.0);
    QVERIFY(userRight < -80.0);
    QVERIFY(quietRight < -80.0);
    // The right channel is what was played, at its level (the energy over the window includes
    // the pauses between words, so it reads a little below the speech's active level).
    QVERIFY(modelRight > m_modelDbfs - 6.0 && modelRight < m_modelDbfs + 1.0);
    QVERIFY(modelLeft < modelRight - 30.0);
}

LIVEDESK_AUDIO_TEST_GUILESS_MAIN(tst_RecordingPulse)
#include "tst_recording_pulse.moc"
