// The engine's processing thread object, driven offline with simulated devices (a 16 kHz
// microphone ring and a 48 kHz speaker rendered by the device-side renderer), one 10 ms step at a
// time: what the session receives (chunks, activity start/end with the pre-roll, nothing while
// muted) and what the playback side reports (a turn played to its end, click-to-talk stopping
// the model and dropping the rest of its turn).
#include "audio/audioprocessor.h"
#include "audio/enginemeters.h"
#include "audio/playbackrenderer.h"

#include "audiotestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRate = 16000;
constexpr int kFrame = 160;
constexpr int kSpeakerRate = 48000;

struct Rig
{
    explicit Rig(const AudioEngineSettings &settings)
        : processor(settings, meters)
    {
        QAudioFormat mic;
        mic.setSampleRate(kRate);
        mic.setChannelCount(1);
        mic.setSampleFormat(QAudioFormat::Int16);
        QAudioFormat speaker = mic;
        speaker.setSampleRate(kSpeakerRate);
        capture = std::make_shared<CaptureStream>(mic, 3);
        playback = std::make_shared<PlaybackStream>(speaker, 1);
        capture->latencyMs = 20;
        playback->latencyMs = 30;
        processor.attachCapture(capture);
        processor.attachPlayback(playback);
        renderer = std::make_unique<PlaybackRenderer>(playback->ring, playback->reference,
                                                      playback->control, kSpeakerRate, 8);
    }

    // One 10 ms step: the microphone delivers, the speaker plays, the processor ticks.
    void step(std::span<const int16_t> micFrame)
    {
        capture->bytes.write(std::span<const char>(reinterpret_cast<const char *>(micFrame.data()),
                                                   micFrame.size() * 2));
        const CaptureStamp stamp {capture->bytes.totalWritten(), 0};
        capture->stamps.write(std::span<const CaptureStamp>(&stamp, 1));
        std::vector<float> speaker(kSpeakerRate / 100);
        const uint64_t firstFrame = playback->control.framesRendered.load();
        renderer->render(speaker);
        played.insert(played.end(), speaker.begin(), speaker.end());
        // As the device does: when these frames play, on the capture stamps' timeline (from 0),
        // after the speaker's 30 ms.
        const PlaybackStamp stamp48k {firstFrame, firstFrame + speaker.size(),
                                      int64_t(firstFrame) * 1'000'000'000 / kSpeakerRate
                                              + 30'000'000,
                                      0};
        playback->stamps.write(std::span<const PlaybackStamp>(&stamp48k, 1));
        processor.tick();
    }
    void run(const std::vector<int16_t> &mic)
    {
        for (size_t at = 0; at + kFrame <= mic.size(); at += kFrame)
            step(std::span<const int16_t>(mic).subspan(at, kFrame));
    }
    void idle(int steps)
    {
        const std::vector<int16_t> silence(kFrame, 0);
        for (int i = 0; i < steps; ++i)
            step(silence);
    }

    EngineMeters meters;
    AudioProcessor processor;
    std::shared_ptr<CaptureStream> capture;
    std::shared_ptr<PlaybackStream> playback;
    std::unique_ptr<PlaybackRenderer> renderer;
    std::vector<float> played;
};

// Events in the order the session would see them.
struct Timeline
{
    QStringList events; // "start", "chunk", "end"
    QList<AudioChunk> chunks;
};

void record(AudioProcessor &p, Timeline &t)
{
    QObject::connect(&p, &AudioProcessor::activityStarted, [&t] { t.events << u"start"_s; });
    QObject::connect(&p, &AudioProcessor::activityEnded, [&t] { t.events << u"end"_s; });
    QObject::connect(&p, &AudioProcessor::chunkReady, [&t](const AudioChunk &c) {
        t.events << u"chunk"_s;
        t.chunks << c;
    });
}

} // namespace

class tst_AudioProcessor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverTurnsStreamEverything();
    void clientTurnsSendActivityWithPreRoll();
    void mutedSendsNothing();
    void aCompleteTurnPlaysToTheEnd();
    void clickToTalkStopsTheModelAndDropsTheRestOfItsTurn();

private:
    std::vector<int16_t> m_mic; // 1 s silence, a question, 2 s silence
    size_t m_speechFrom = 0;
    size_t m_speechTo = 0;
    QByteArray m_answer; // 24 kHz model speech
};

void tst_AudioProcessor::initTestCase()
{
    QVERIFY2(haveEspeak(), "espeak-ng is needed to make test speech (Debian: espeak-ng)");
    QString error;
    auto question = speech(u"What is the weather like in Lisbon today?"_s, kRate, u"en-gb+f3"_s,
                           &error);
    QVERIFY2(!question.empty(), qPrintable(error));
    scaleTo(question, 0.05f);
    const auto levels = toS16(question);
    // Where the speech really is: the first and last sample above -50 dBFS.
    for (size_t i = 0; i < levels.size(); ++i) {
        if (std::abs(levels[i]) > 100) {
            if (!m_speechFrom)
                m_speechFrom = i;
            m_speechTo = i;
        }
    }
    m_mic.assign(size_t(kRate), 0);
    m_speechFrom += m_mic.size();
    m_speechTo += m_mic.size();
    m_mic.insert(m_mic.end(), levels.begin(), levels.end());
    m_mic.insert(m_mic.end(), size_t(kRate) * 2, 0);

    auto answer = speech(u"It is sunny and twenty two degrees in Lisbon."_s, 24000);
    scaleTo(answer, 0.1f);
    const auto s16 = toS16(answer);
    m_answer = QByteArray(reinterpret_cast<const char *>(s16.data()), qsizetype(s16.size() * 2));
}

void tst_AudioProcessor::serverTurnsStreamEverything()
{
    AudioEngineSettings settings; // server-driven turns, 40 ms chunks
    Rig rig(settings);
    Timeline t;
    record(rig.processor, t);
    rig.run(m_mic);
    QVERIFY(!t.events.contains(u"start"_s));
    const qsizetype chunkBytes = kRate * 2 * 40 / 1000;
    QCOMPARE(t.chunks.size(), qsizetype(m_mic.size()) * 2 / chunkBytes);
    qint64 expected = 0;
    int speechChunks = 0;
    for (const AudioChunk &c : std::as_const(t.chunks)) {
        QCOMPARE(c.pcm.size(), chunkBytes);
        QCOMPARE(c.firstSample, expected);
        expected += chunkBytes / 2;
        speechChunks += c.speech ? 1 : 0;
    }
    QVERIFY(speechChunks > 10);
    QVERIFY(rig.meters.lastSpeechStartUs.load() != 0);
}

void tst_AudioProcessor::clientTurnsSendActivityWithPreRoll()
{
    AudioEngineSettings settings;
    settings.turnDetection = TurnDetection::Client;
    settings.preRollMs = 300;
    settings.endSilenceMs = 800;
    Rig rig(settings);
    Timeline t;
    record(rig.processor, t);
    rig.run(m_mic);

    // start, the chunks of the question, end — and nothing outside.
    QVERIFY(t.events.size() >= 3);
    QCOMPARE(t.events.first(), u"start"_s);
    QCOMPARE(t.events.last(), u"end"_s);
    QCOMPARE(t.events.count(u"start"_s), 1);
    QCOMPARE(t.events.count(u"end"_s), 1);

    // The pre-roll reaches back before the first syllable, so nothing is clipped…
    const AudioChunk &first = t.chunks.first();
    qInfo("speech begins at %.3f s; the first chunk at %.3f s", m_speechFrom / double(kRate),
          first.firstSample / double(kRate));
    QVERIFY(first.firstSample <= qint64(m_speechFrom));
    QVERIFY(qint64(m_speechFrom) - first.firstSample <= kRate * 300 / 1000);
    // …the chunks are contiguous…
    qint64 expected = first.firstSample;
    for (const AudioChunk &c : std::as_const(t.chunks)) {
        QCOMPARE(c.firstSample, expected);
        expected += c.pcm.size() / 2;
    }
    // …and run past the last word, ending after the configured silence.
    qInfo("speech ends at %.3f s; the last chunk ends at %.3f s", m_speechTo / double(kRate),
          expected / double(kRate));
    QVERIFY(expected >= qint64(m_speechTo));
    QVERIFY(expected <= qint64(m_speechTo) + kRate * (800 + 200) / 1000);
}

void tst_AudioProcessor::mutedSendsNothing()
{
    for (TurnDetection turns : {TurnDetection::Server, TurnDetection::Client}) {
        AudioEngineSettings settings;
        settings.turnDetection = turns;
        Rig rig(settings);
        Timeline t;
        record(rig.processor, t);
        rig.processor.setMuted(true);
        rig.run(m_mic);
        QVERIFY(t.events.isEmpty());
        QVERIFY(rig.meters.inputPeakDbfs.load() < -100.0f); // levels still tracked: silence now
        QVERIFY(!rig.meters.voiceActive.load());
    }
}

void tst_AudioProcessor::aCompleteTurnPlaysToTheEnd()
{
    AudioEngineSettings settings;
    Rig rig(settings);
    QSignalSpy finished(&rig.processor, &AudioProcessor::playbackFinished);
    for (qsizetype at = 0; at < m_answer.size(); at += 9600) // bursts of 200 ms
        rig.processor.enqueueModelAudio(m_answer.mid(at, 9600));
    rig.processor.turnComplete();
    rig.idle(int(m_answer.size() / 2 / 240) + 50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), m_answer.size() / 2);
    QCOMPARE(rig.meters.turnSamplesPlayed.load(), m_answer.size() / 2);
    QCOMPARE(rig.meters.underruns.load(), 0);
    QVERIFY(!rig.meters.speaking.load());
    // The speaker played the whole answer, 24 kHz → 48 kHz.
    size_t first = 0, last = 0;
    for (size_t i = 0; i < rig.played.size(); ++i) {
        if (std::abs(rig.played[i]) > 1e-4f) {
            if (!first)
                first = i;
            last = i;
        }
    }
    const auto *sent = reinterpret_cast<const int16_t *>(m_answer.constData());
    qsizetype sentFirst = -1, sentLast = 0;
    for (qsizetype i = 0; i < m_answer.size() / 2; ++i) {
        if (std::abs(sent[i]) > 3) { // the same threshold as 1e-4 above
            if (sentFirst < 0)
                sentFirst = i;
            sentLast = i;
        }
    }
    const double playedSeconds = double(last - first) / kSpeakerRate;
    const double sentSeconds = double(sentLast - sentFirst) / 24000.0;
    qInfo("sent %.3f s of sound, played %.3f s", sentSeconds, playedSeconds);
    QVERIFY(std::abs(playedSeconds - sentSeconds) < 0.01);
}

void tst_AudioProcessor::clickToTalkStopsTheModelAndDropsTheRestOfItsTurn()
{
    AudioEngineSettings settings;
    settings.turnDetection = TurnDetection::None; // push-to-talk
    Rig rig(settings);
    QSignalSpy interrupted(&rig.processor, &AudioProcessor::playbackInterrupted);
    QSignalSpy bargeIns(&rig.processor, &AudioProcessor::bargeIn);
    rig.processor.enqueueModelAudio(m_answer.left(m_answer.size() / 2)); // mid-answer
    rig.idle(100); // one second of the model talking
    const size_t before = rig.played.size();
    rig.processor.stopPlayback(); // the user presses talk
    rig.idle(3);
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(bargeIns.size(), 1);
    QCOMPARE(bargeIns.first().at(0).value<BargeInEvent>(), BargeInEvent::Stopped);
    const qint64 heard = interrupted.first().at(0).toLongLong();
    qInfo("heard %.3f s", heard / 24000.0);
    QVERIFY(std::abs(heard - 24000) < 24000 / 10); // about the one second that played

    // Silent within a period and the fade, and the rest of that answer never plays.
    rig.processor.enqueueModelAudio(m_answer.mid(m_answer.size() / 2));
    rig.idle(100);
    for (size_t i = before + kSpeakerRate * 28 / 1000; i < rig.played.size(); ++i)
        QCOMPARE(rig.played[i], 0.0f);
    QVERIFY(!rig.meters.speaking.load());

    // The server's turnComplete ends that turn; the next answer plays.
    rig.processor.turnComplete();
    rig.processor.enqueueModelAudio(m_answer.left(48000));
    rig.idle(20);
    QVERIFY(rig.meters.speaking.load());
}

QTEST_GUILESS_MAIN(tst_AudioProcessor)
#include "tst_audioprocessor.moc"
