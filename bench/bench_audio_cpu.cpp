// CPU cost of full-duplex audio processing with echo cancellation on, per minute of audio.
//
// Runs the engine's own processing-thread object (AudioProcessor::tick) and the device-thread
// renderer faster than real time on simulated devices: a 48 kHz stereo s16 microphone that hears
// the speaker through a 60 ms echo path plus a user who talks every 15 s, and a 48 kHz speaker
// playing espeak-ng model speech that arrives in bursts. Reports the CPU time of the processing
// step and of the device-side work, per minute of audio and as a share of one core, with the
// voice processing on and off.
//
// Usage: bench_audio_cpu [minutes of audio, default 3]
#include "audio/audioprocessor.h"
#include "audio/enginemeters.h"
#include "audio/playbackrenderer.h"
#include "audio/sampleconvert.h"

#include "tests/audio/audiotestsupport.h"

#include <QCoreApplication>

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
        renderer.render(speaker); // what the device thread does
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double minutes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 3.0;
    if (minutes <= 0) {
        fprintf(stderr, "usage: bench_audio_cpu [minutes of audio > 0]\n");
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
    return 0;
}
