// Engine-level latencies through the PulseAudio devices of scripts/test-env.sh:
//
//  receive → device: model audio enqueued → its first sample handed to the output device
//    (PlaybackControl::modelStartNs, stamped by the device thread). Once for a burst (the
//    service's usual delivery) and once for real-time 40 ms chunks (the prebuffer waits).
//  local barge-in: speech onset in the microphone signal → model audio silenced. The onset is
//    the capture time of the first 10 ms frame above −45 dBFS in the captured chunks (when it
//    reached the engine from the audio server); "silenced" is when the device thread finished
//    the flush fade (stop mode) or finished the duck ramp (duck mode). The output device's own
//    buffer plays on after that; it is printed so it can be added for the acoustic figure.
//
// Usage: bench_audio_latency [trials, default 10]
#include "audio/audioengine.h"

#include "tests/audio/audiotestsupport.h"
#include "tests/audio/pulsetestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

void report(const char *what, std::vector<double> ms)
{
    if (ms.empty()) {
        printf("%-52s no measurements\n", what);
        return;
    }
    QStringList inOrder;
    for (double v : ms)
        inOrder << QString::number(v, 'f', 0);
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    printf("%-52s n=%2zu  median %6.1f ms  mean %6.1f ms  min %6.1f  max %6.1f\n", what, ms.size(),
           ms[ms.size() / 2], sum / double(ms.size()), ms.front(), ms.back());
    printf("%-52s trials in order: %s\n", "", qPrintable(inOrder.join(u' ')));
}

std::vector<double> receiveToDevice(AudioEngine &engine, const QByteArray &answer, int trials,
                                    bool realTimeChunks)
{
    std::vector<double> out;
    // Trial 0 warms the virtual devices up (a null sink that was idle starts late) and is not
    // counted.
    for (int t = 0; t <= trials; ++t) {
        waitUntil([&] { return !engine.playback().speaking; }, 10000);
        QTest::qWait(300);
        const qint64 before = engine.playbackTimings().modelStartNs;
        const qint64 t0 = nowNs();
        if (realTimeChunks) {
            // 40 ms chunks every 40 ms for a second, like a server pacing its output.
            QElapsedTimer clock;
            clock.start();
            for (qsizetype at = 0; at < std::min<qsizetype>(answer.size(), 48000); at += 1920) {
                engine.enqueueModelAudio(answer.mid(at, 1920));
                while (clock.elapsed() < (at / 1920 + 1) * 40)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            }
        } else {
            engine.enqueueModelAudio(answer);
        }
        engine.turnComplete();
        if (!waitUntil([&] { return engine.playbackTimings().modelStartNs != before; }, 5000)) {
            printf("  (trial %d: playback did not start within 5 s)\n", t);
            continue;
        }
        if (t > 0)
            out.push_back(double(engine.playbackTimings().modelStartNs - t0) / 1e6);
        engine.stopPlayback();
    }
    return out;
}

struct BargeInFigures
{
    std::vector<double> total; // onset → silenced
    std::vector<double> detection; // onset → the frame where the detector decided
    std::vector<double> reaction; // that frame → silenced
};

BargeInFigures bargeIn(BargeInMode mode, const QByteArray &answer, const QString &userWav,
                       int trials)
{
    BargeInFigures out;
    AudioEngine engine;
    AudioEngineSettings settings;
    settings.bargeIn = mode;
    settings.noSignalWarningMs = 0;
    settings.confirmWindowMs = 10000;
    engine.setSettings(settings);
    std::vector<std::pair<qint64, QByteArray>> chunks; // capture time, pcm
    QObject::connect(&engine, &AudioEngine::chunkCaptured,
                     [&](const AudioChunk &c) { chunks.emplace_back(c.captureTimeUs, c.pcm); });
    if (!engine.start())
        return out;
    // Wake the virtual devices (a null sink idles with a 2 s latency).
    engine.enqueueModelAudio(answer.left(48000));
    engine.turnComplete();
    waitUntil([&] { return !engine.playback().speaking; }, 10000);
    for (int t = 0; t <= trials; ++t) { // trial 0 warms up, as above
        engine.serverInterrupted(); // a clean slate: nothing playing, full volume
        QTest::qWait(300);
        engine.enqueueModelAudio(answer);
        if (!waitUntil([&] { return engine.playback().speaking; }, 5000))
            continue;
        QTest::qWait(1200); // the model is talking
        chunks.clear();
        const PlaybackTimings before = engine.playbackTimings();
        QProcess paplay;
        playInto(paplay, userWav);
        const bool reacted = waitUntil(
                [&] {
                    const PlaybackTimings now = engine.playbackTimings();
                    return mode == BargeInMode::Stop ? now.flushDoneNs != before.flushDoneNs
                                                     : now.gainChangeNs != before.gainChangeNs;
                },
                5000);
        paplay.waitForFinished(10000);
        QTest::qWait(200);
        if (!reacted)
            continue;
        // The onset: the first loud 10 ms frame the microphone delivered.
        qint64 onsetUs = -1;
        for (const auto &[timeUs, pcm] : chunks) {
            const auto *s = reinterpret_cast<const int16_t *>(pcm.constData());
            for (qsizetype f = 0; f + 160 <= pcm.size() / 2 && onsetUs < 0; f += 160) {
                const float level = livedesk::dsp::toDbfs(
                        livedesk::dsp::rms(std::span<const int16_t>(s + f, 160)));
                if (level > -45.0f)
                    onsetUs = timeUs + f * 1000000 / 16000;
            }
            if (onsetUs >= 0)
                break;
        }
        if (onsetUs < 0)
            continue;
        const PlaybackTimings after = engine.playbackTimings();
        const qint64 silencedNs = mode == BargeInMode::Stop
                                          ? after.flushDoneNs
                                          : after.gainChangeNs + 5'000'000; // the 5 ms ramp
        const qint64 decidedUs = engine.lastSpeechStartUs();
        if (t == 0)
            continue;
        out.total.push_back(double(silencedNs / 1000 - onsetUs) / 1000.0);
        out.detection.push_back(double(decidedUs - onsetUs) / 1000.0);
        out.reaction.push_back(double(silencedNs / 1000 - decidedUs) / 1000.0);
    }
    printf("  (device buffers: output %d ms, input %d ms)\n",
           engine.playbackTimings().outputLatencyMs, engine.playbackTimings().inputLatencyMs);
    engine.stop();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int trials = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;
    if (!pulseReady()) {
        fprintf(stderr, "%s\n", kNoPulse);
        return 1;
    }
    if (!haveEspeak()) {
        fprintf(stderr, "espeak-ng is needed to make the speech (Debian: espeak-ng)\n");
        return 1;
    }
    auto model = speech(u"This is a fairly long answer from the model, which keeps talking about "
                        u"the weather, the trains, the museum, and many other things for a while."_s,
                        24000);
    scaleTo(model, 0.1f);
    const auto s16 = toS16(model);
    const QByteArray answer(reinterpret_cast<const char *>(s16.data()), qsizetype(s16.size() * 2));
    QTemporaryDir dir;
    // Two openings: a voiced one, and one that starts with a long fricative, which no detector
    // that rejects noise can call speech before the vowel.
    const QString voicedWav = dir.filePath(u"voiced.wav"_s);
    const QString fricativeWav = dir.filePath(u"fricative.wav"_s);
    for (const auto &[path, text] : {std::pair {voicedWav, u"Wait a moment, please."_s},
                                     std::pair {fricativeWav, u"Sorry, one moment."_s}}) {
        QProcess espeak;
        espeak.start(u"espeak-ng"_s, {u"-v"_s, u"en-gb+f3"_s, u"-w"_s, path, text});
        espeak.waitForFinished(20000);
    }

    printf("Audio engine latencies through PulseAudio (%d trials each)\n\n", trials);
    for (bool realTime : {false, true}) {
        AudioEngine engine;
        AudioEngineSettings settings;
        settings.direction = AudioDirection::Playback;
        engine.setSettings(settings);
        if (!engine.start()) {
            fprintf(stderr, "could not start the engine\n");
            return 1;
        }
        // Wake the virtual sink (a null sink idles with a 2 s latency).
        engine.enqueueModelAudio(answer.left(24000));
        engine.turnComplete();
        waitUntil([&] { return !engine.playback().speaking; }, 10000);
        report(realTime ? "receive -> device, real-time 40 ms chunks"
                        : "receive -> device, one burst",
               receiveToDevice(engine, answer, trials, realTime));
        printf("  (then the output device's buffer: %d ms; prebuffer %d ms, %d underruns)\n",
               engine.playbackTimings().outputLatencyMs, engine.playback().jitterTargetMs,
               engine.playback().underruns);
        engine.stop();
    }
    // A live microphone delivers continuously; the virtual one idles with a 2 s latency when
    // nothing plays into it. Keep it awake with digital silence, as a real device would be.
    QProcess keepAwake;
    endWithParent(keepAwake);
    keepAwake.start(u"pacat"_s,
                    {u"--playback"_s, u"--device=livedesk_mic_feed"_s, u"--format=s16le"_s,
                     u"--rate=16000"_s, u"--channels=1"_s, u"--latency-msec=20"_s, u"/dev/zero"_s});
    keepAwake.waitForStarted(5000);
    const struct
    {
        const char *name;
        BargeInMode mode;
        const QString &wav;
    } runs[] = {{"stop mode, \"Wait a moment\"", BargeInMode::Stop, voicedWav},
                {"duck mode, \"Wait a moment\"", BargeInMode::Duck, voicedWav},
                {"stop mode, \"Sorry, one moment\"", BargeInMode::Stop, fricativeWav}};
    for (const auto &run : runs) {
        printf("barge-in, %s\n", run.name);
        const BargeInFigures f = bargeIn(run.mode, answer, run.wav, trials);
        report("  onset -> model silenced (engine level)", f.total);
        report("    onset -> detector decides (capture time)", f.detection);
        report("    decision -> silenced (processing + device thread)", f.reaction);
    }
    keepAwake.reset();
    return 0;
}
