// CPU cost of full-duplex audio processing with echo cancellation on, per minute of audio.
//
// Runs the engine's own processing-thread object (AudioProcessor::tick) and the device-thread
// renderer faster than real time on simulated devices: a 48 kHz stereo s16 microphone that hears
// the speaker through a 60 ms echo path plus a user who talks every 15 s, and a 48 kHz speaker
// playing espeak-ng model speech that arrives in bursts. Reports the CPU time of the processing
// step and of the device-side work, per minute of audio and as a share of one core, with the
// voice processing on and off.
//
// With --live <seconds> it also runs the real engine full duplex through the PulseAudio devices
// of scripts/test-env.sh (the model talking the whole time, the microphone live) and reports the
// CPU time of the whole process — Qt's audio back end and every thread included.
//
// Usage: bench_audio_cpu [minutes of audio, default 3] [--live seconds]
#include "audio/audioengine.h"
#include "audio/audioprocessor.h"
#include "audio/enginemeters.h"
#include "audio/playbackrenderer.h"
#include "audio/sampleconvert.h"

#include "tests/audio/audiotestsupport.h"
#include "tests/audio/pulsetestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <ctime>
#include <deque>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Result
{
    double audioSeconds = 0;
    double processingCpu = 0;
    double deviceCpu = 0;
    int chunks = 0;
    int activityOnsets = 0;
};

Result run(double minutes, bool voiceProcessing, bool userTalks,
           const std::vector<QByteArray> &model, const std::vector<float> &user48k)
{
    constexpr int kRate = 48000;
    constexpr int kStep = kRate / 100; // 10 ms
    QAudioFormat format;
    format.setSampleRate(kRate);
    format.setChannelCount(2);
    format.setSampleFormat(QAudioFormat::Int16);

    AudioEngineSettings settings;
    settings.processing.echoCancellation = voiceProcessing;
    settings.processing.noiseSuppression = voiceProcessing;
    settings.processing.automaticGain = voiceProcessing;
    EngineMeters meters;
    AudioProcessor processor(settings, meters);
    auto capture = std::make_shared<CaptureStream>(format, 3);
    auto playback = std::make_shared<PlaybackStream>(format, 1);
    capture->latencyMs = 20;
    playback->latencyMs = 40;
    processor.attachCapture(capture);
    processor.attachPlayback(playback);
    PlaybackRenderer renderer(playback->ring, playback->reference, playback->control, kRate, 8);

    Result result;
    QObject::connect(&processor, &AudioProcessor::chunkReady, [&] { ++result.chunks; });

    const size_t echoDelay = size_t(kRate) * 60 / 1000;
    std::deque<float> echoLine(echoDelay, 0.0f);
    std::vector<float> speaker(kStep);
    std::vector<float> mic(kStep);
    std::vector<char> micBytes(size_t(kStep) * size_t(format.bytesPerFrame()));
    const auto noise = whiteNoise(size_t(kRate), 0.0005f, 3);
    const int steps = int(minutes * 60 * 100);
    size_t nextModel = 0;
    qint64 userAt = -1;
    qint64 lastOnsetUs = 0;

    for (int step = 0; step < steps; ++step) {
        if (step % 800 == 0) { // every 8 s the model answers, in bursts
            const QByteArray &answer = model[nextModel++ % model.size()];
            for (qsizetype at = 0; at < answer.size(); at += 9600)
                processor.enqueueModelAudio(answer.mid(at, 9600));
            processor.turnComplete();
        }
        if (userTalks && step % 1500 == 700) // every 15 s the user says something
            userAt = 0;

        double t0 = threadCpuSeconds();
        const uint64_t firstFrame = playback->control.framesRendered.load();
        renderer.render(speaker); // what the device thread does, stamp included
        const PlaybackStamp played {firstFrame, firstFrame + speaker.size(),
                                    int64_t(firstFrame) * 1'000'000'000 / kRate + 30'000'000, 0};
        playback->stamps.write(std::span<const PlaybackStamp>(&played, 1));
        result.deviceCpu += threadCpuSeconds() - t0;

        for (int i = 0; i < kStep; ++i) {
            echoLine.push_back(speaker[size_t(i)]);
            float m = 0.3f * echoLine.front() + noise[size_t((step * kStep + i) % kRate)];
            echoLine.pop_front();
            if (userAt >= 0) {
                if (size_t(userAt) < user48k.size())
                    m += user48k[size_t(userAt++)];
                else
                    userAt = -1;
            }
            mic[size_t(i)] = m;
        }

        t0 = threadCpuSeconds();
        monoToDevice(mic, format, micBytes.data()); // the device delivering its format
        capture->bytes.write(micBytes);
        const CaptureStamp stamp {capture->bytes.totalWritten(), 0};
        capture->stamps.write(std::span<const CaptureStamp>(&stamp, 1));
        result.deviceCpu += threadCpuSeconds() - t0;

        t0 = threadCpuSeconds();
        processor.tick();
        result.processingCpu += threadCpuSeconds() - t0;

        const qint64 onset = meters.lastSpeechStartUs.load();
        if (onset != lastOnsetUs) {
            lastOnsetUs = onset;
            ++result.activityOnsets;
        }
    }
    result.audioSeconds = steps / 100.0;
    return result;
}

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

// CPU seconds of each thread of this process, by name (threads with the same name summed).
QMap<QString, double> threadCpuSecondsByName()
{
    QMap<QString, double> out;
    const QStringList tasks = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile stat(u"/proc/self/task/%1/stat"_s.arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromLatin1(stat.readAll());
        const qsizetype open = line.indexOf(u'('), close = line.lastIndexOf(u')');
        const QStringList fields = line.mid(close + 2).split(u' ');
        const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
        out[line.mid(open + 1, close - open - 1)] += ticks / double(sysconf(_SC_CLK_TCK));
    }
    return out;
}

int runLive(int seconds, const std::vector<QByteArray> &model)
{
    if (!pulseReady()) {
        fprintf(stderr, "%s\n", kNoPulse);
        return 1;
    }
    // A live microphone in a quiet room (noise at -60 dBFS): keep the virtual one delivering
    // (it idles otherwise).
    QTemporaryDir dir;
    const QString noisePath = dir.filePath(u"room.raw"_s);
    {
        const auto noise = toS16(whiteNoise(size_t(16000) * size_t(seconds + 10), 0.001f, 5));
        QFile file(noisePath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(reinterpret_cast<const char *>(noise.data()), qint64(noise.size() * 2));
    }
    QProcess microphone;
    endWithParent(microphone);
    microphone.start(u"pacat"_s,
                     {u"--playback"_s, u"--device=livedesk_mic_feed"_s, u"--format=s16le"_s,
                      u"--rate=16000"_s, u"--channels=1"_s, u"--latency-msec=20"_s, noisePath});
    AudioEngine engine;
    AudioEngineSettings settings;
    settings.noSignalWarningMs = 0;
    settings.bargeIn = BargeInMode::Off; // the noise in the microphone must not stop the model
    engine.setSettings(settings);
    int chunks = 0;
    QObject::connect(&engine, &AudioEngine::chunkCaptured, [&] { ++chunks; });
    if (!engine.start()) {
        fprintf(stderr, "could not start the engine\n");
        return 1;
    }
    QTest::qWait(2000); // devices settle
    const double cpu0 = processCpuSeconds();
    const QMap<QString, double> threads0 = threadCpuSecondsByName();
    QElapsedTimer wall;
    wall.start();
    size_t next = 0;
    while (wall.elapsed() < seconds * 1000) {
        if (engine.playback().bufferedMs < 2000) // keep the model talking
            engine.enqueueModelAudio(model[next++ % model.size()]);
        QTest::qWait(200);
    }
    const double cpu = processCpuSeconds() - cpu0;
    const QMap<QString, double> threads = threadCpuSecondsByName();
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    printf("\nLive, through PulseAudio: %.0f s full duplex (44.1/48 kHz stereo devices, echo "
           "cancellation on)\n",
           wallSeconds);
    printf("  whole process: %.2f s CPU = %.3f s per minute = %.2f%% of one core; %d chunks, "
           "%d underruns\n",
           cpu, cpu / (wallSeconds / 60.0), 100.0 * cpu / wallSeconds, chunks,
           engine.playback().underruns);
    printf("  by thread:\n");
    for (auto it = threads.begin(); it != threads.end(); ++it) {
        const double used = it.value() - threads0.value(it.key());
        printf("    %-16s %.2f s = %.2f%% of one core\n", qPrintable(it.key()), used,
               100.0 * used / wallSeconds);
    }
    engine.stop();
    microphone.terminate();
    microphone.waitForFinished(3000);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const double minutes = !args.isEmpty() && !args.first().startsWith(u'-')
                                   ? args.first().toDouble()
                                   : 3.0;
    const qsizetype liveAt = args.indexOf(u"--live"_s);
    const int liveSeconds = liveAt >= 0 && liveAt + 1 < args.size() ? args[liveAt + 1].toInt() : 0;
    if (minutes <= 0 || (liveAt >= 0 && liveSeconds <= 0)) {
        fprintf(stderr, "usage: bench_audio_cpu [minutes of audio > 0] [--live seconds > 0]\n");
        return 2;
    }
    if (!haveEspeak()) {
        fprintf(stderr, "espeak-ng is needed to make the speech (Debian: espeak-ng)\n");
        return 1;
    }
    const QStringList answers = {
            u"Sure. The museum opens at nine and closes at five, except on Mondays."_s,
            u"Here is the summary you asked for: three meetings and one deadline today."_s,
            u"The train to Lyon leaves at ten past eight from platform four."_s,
    };
    std::vector<QByteArray> model;
    for (const QString &a : answers) {
        auto s = speech(a, 24000);
        scaleTo(s, 0.1f);
        const auto s16 = toS16(s);
        model.emplace_back(reinterpret_cast<const char *>(s16.data()), qsizetype(s16.size() * 2));
    }
    auto user = speech(u"Wait, can you say that again more slowly?"_s, 48000, u"en-gb+f3"_s);
    scaleTo(user, 0.05f);

    printf("Full-duplex audio processing, %.1f minutes of simulated audio per run\n", minutes);
    printf("(48 kHz stereo s16 microphone with a 60 ms echo of the speaker, 48 kHz speaker,\n"
           " model speech in bursts every 8 s, the user every 15 s; one core of this machine)\n\n");
    printf("%-34s %12s %12s %10s %8s %8s\n", "configuration", "proc s/min", "device s/min",
           "% of core", "chunks", "onsets");
    printf("(onsets: voice activity starts; the user speaks %d times per run)\n",
           int(minutes * 60 * 100 - 700 + 1499) / 1500);
    struct Row
    {
        const char *name;
        bool processing;
        bool userTalks;
    };
    const Row rows[] = {{"echo cancel + noise + gain: on", true, true},
                        {"on, the user never talks", true, false},
                        {"voice processing: off", false, true}};
    for (const Row &row : rows) {
        const Result r = run(minutes, row.processing, row.userTalks, model, user);
        const double perMinute = r.processingCpu / (r.audioSeconds / 60.0);
        const double devicePerMinute = r.deviceCpu / (r.audioSeconds / 60.0);
        printf("%-34s %12.3f %12.3f %9.2f%% %8d %8d\n", row.name, perMinute, devicePerMinute,
               100.0 * (perMinute + devicePerMinute) / 60.0, r.chunks, r.activityOnsets);
    }
    if (liveSeconds > 0)
        return runLive(liveSeconds, model);
    return 0;
}
