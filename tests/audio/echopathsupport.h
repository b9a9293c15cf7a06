// A real echo path on the test PulseAudio server (scripts/test-env.sh), for the echo tests and
// bench_echo_path: what the engine plays on the virtual speaker comes back into the virtual
// microphone through module-loopback with a chosen latency, alone or into a room's response
// (PulseAudio's convolver, module-virtual-surround-sink, with a fixed synthetic response). The engine runs as in a session (microphone live before the model
// speaks, replies separated by silence) and what it sends is measured reply by reply.
//
// ERLE is measured in what is sent: the same replies through the same path once with the voice
// processing off (what reaches the service without a canceller: the echo itself) and once with
// it on, in the same windows after each reply's start. Both runs place their windows from the
// steady time the device got each reply's first frame plus the path's delay, measured from the
// unprocessed run's echo onsets, so both runs' windows cover the same audio.
//
// Why the path once carried only silence: every PulseAudio server of the user shares one saved
// volume database (~/.config/pulse), and module-stream-restore gave module-loopback's playback
// stream (role "abstract") a mute and −22 dB that some earlier test had left on a stream of that
// role. So the path sets every stream on the server, and the virtual devices, to 0 dB unmuted
// (scripts/test-env.sh also unloads module-stream-restore). It also keeps the virtual speaker
// running (silence mixed in, as LiveMicrophone does for the microphone): the engine corks its
// stream in pauses, and an idle null sink's monitor hands out audio in blocks of up to two
// seconds, which a loopback would add to its latency. Before any measurement it waits until a
// probe played on the speaker comes back through the microphone promptly.
#pragma once

#include "audio/audioengine.h"

#include "audiotestsupport.h"
#include "pulsetestsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <vector>

namespace livedesk::audio::test {

enum class EchoRoom { Dry, Room };

struct EchoPathSpec
{
    int latencyMs = 60;
    EchoRoom room = EchoRoom::Dry;
};

// Loads the path on construction and unloads it on destruction.
class EchoPath
{
public:
    explicit EchoPath(const EchoPathSpec &spec)
        : m_latencyMs(spec.latencyMs)
    {
        // The engine opens the default devices: another test may have left others as default.
        pactl({u"set-default-sink"_s, u"livedesk_speaker"_s});
        pactl({u"set-default-source"_s, u"livedesk_mic"_s});
        endWithParent(m_liveSpeaker);
        m_liveSpeaker.start(u"pacat"_s, {u"--playback"_s, u"--device=livedesk_speaker"_s,
                                         u"--format=s16le"_s, u"--rate=16000"_s, u"--channels=1"_s,
                                         u"--latency-msec=20"_s, u"/dev/zero"_s});
        if (spec.room == EchoRoom::Dry) {
            m_module = loadModule(
                    {u"module-loopback"_s, u"source=livedesk_speaker.monitor"_s,
                     u"sink=livedesk_mic_feed"_s,
                     u"latency_msec="_s + QString::number(spec.latencyMs),
                     u"source_dont_move=true"_s, u"sink_dont_move=true"_s,
                     // Keys of their own: module-stream-restore otherwise gives the streams
                     // what was saved for any loopback (media.role "abstract"), in the state
                     // every PulseAudio of this user shares; a muted −22 dB saved there by an
                     // older LiveDesk's translation routing left this path silent.
                     u"sink_input_properties=module-stream-restore.id=livedesk-echo-path-playback"_s,
                     u"source_output_properties=module-stream-restore.id=livedesk-echo-path-capture"_s});
            return;
        }
        // The room: PulseAudio's own convolver (module-virtual-surround-sink, given a mono
        // impulse response it applies that to its one channel) between the loopback and the
        // microphone feed, with a synthetic response made here with a fixed seed (roomResponse()),
        // so the path is the same on every run and machine. parec | sox reverb | pacat before it
        // was no measurement: its length varied from 100 to 990 ms between runs, or no echo came.
        const QString response = writeRoomResponse();
        m_roomModule = loadModule({u"module-virtual-surround-sink"_s, u"sink_name=livedesk_room"_s,
                                   u"master=livedesk_mic_feed"_s, u"hrir="_s + response});
        m_module = loadModule(
                {u"module-loopback"_s, u"source=livedesk_speaker.monitor"_s,
                 u"sink=livedesk_room"_s, u"latency_msec="_s + QString::number(spec.latencyMs),
                 u"source_dont_move=true"_s, u"sink_dont_move=true"_s,
                 u"sink_input_properties=module-stream-restore.id=livedesk-echo-path-playback"_s,
                 u"source_output_properties=module-stream-restore.id=livedesk-echo-path-capture"_s});
    }
    ~EchoPath()
    {
        unloadModule(m_module);
        if (m_roomModule >= 0)
            unloadModule(m_roomModule);
        m_liveSpeaker.terminate();
        m_liveSpeaker.waitForFinished(3000);
    }

    // A room's impulse response at `rate`: the direct sound, three early reflections (walls, desk,
    // ceiling) and a diffuse tail decaying by 60 dB in 300 ms, 200 ms long; the same every time.
    static std::vector<float> roomResponse(int rate = 48000)
    {
        std::vector<float> h(size_t(rate / 5), 0.0f);
        // −8 dB overall, so that −20 dBFS speech does not clip through it.
        h[0] = 0.4f;
        h[size_t(rate * 7 / 1000)] = 0.2f;
        h[size_t(rate * 11 / 1000)] = -0.16f;
        h[size_t(rate * 17 / 1000)] = 0.12f;
        const std::vector<float> noise = whiteNoise(h.size(), 0.05f, 7);
        for (size_t i = size_t(rate * 5 / 1000); i < h.size(); ++i)
            h[i] += noise[i] * std::exp(-6.9f * float(i) / (0.3f * rate));
        return h;
    }
    // Every stream on the test server and its virtual devices at 0 dB, unmuted. Only while no
    // engine runs: a device's volume change makes Qt re-read the device list in PulseAudio's
    // client thread, and once (load ~20) that thread crashed in QtCore while the engine was
    // starting. The engine's own streams need nothing: scripts/test-env.sh unloads
    // module-stream-restore, so new streams start at 0 dB.
    static void unmuteEverything()
    {
        const QStringList kinds[] = {{u"sink-inputs"_s, u"set-sink-input-mute"_s,
                                      u"set-sink-input-volume"_s},
                                     {u"source-outputs"_s, u"set-source-output-mute"_s,
                                      u"set-source-output-volume"_s},
                                     {u"sinks"_s, u"set-sink-mute"_s, u"set-sink-volume"_s},
                                     {u"sources"_s, u"set-source-mute"_s, u"set-source-volume"_s}};
        for (const QStringList &kind : kinds) {
            const QStringList lines = pactl({u"list"_s, u"short"_s, kind[0]}).split(u'\n');
            for (const QString &line : lines) {
                const QString index = line.section(u'\t', 0, 0).trimmed();
                if (index.isEmpty())
                    continue;
                pactl({kind[1], index, u"0"_s});
                pactl({kind[2], index, u"100%"_s});
            }
        }
    }

    // Empty once the path carries sound promptly: a 200 ms tone played on the speaker came back
    // in the microphone within the path's latency plus `slackMs`, twice in a row (the loopback
    // settles its latency over its first second or so). Otherwise what failed.
    QString waitUntilCarriesSound(int timeoutMs, int slackMs = 500)
    {
        if (!m_liveSpeaker.waitForStarted(5000))
            return u"pacat could not keep the virtual speaker running"_s;
        if (m_module < 0)
            return u"module-loopback did not load"_s;
        QElapsedTimer timer;
        timer.start();
        // The loopback's and the room's streams exist once their modules have loaded.
        unmuteEverything();
        int prompt = 0;
        QString last = u"no probe came back"_s;
        while (timer.elapsed() < timeoutMs && prompt < 2) {
            const int delayMs = probeDelayMs(m_latencyMs + slackMs + 1000);
            if (delayMs < 0)
                unmuteEverything();
            if (delayMs >= 0 && delayMs <= m_latencyMs + slackMs) {
                ++prompt;
            } else {
                prompt = 0;
                last = delayMs < 0 ? u"a probe on the speaker did not come back"_s
                                   : u"a probe came back only after %1 ms"_s.arg(delayMs);
            }
        }
        return prompt >= 2 ? QString() : last;
    }

private:
    // From writing a tone to the speaker to its onset in the microphone (ms), or -1.
    static int probeDelayMs(int listenMs)
    {
        Recorder microphone(u"livedesk_mic"_s);
        // Record first: the recording's start is the time base.
        if (!waitUntil([&] { return microphone.bytesSoFar() >= 320; }, 3000))
            return -1;
        const qint64 before = microphone.bytesSoFar() / 2;
        QProcess tone;
        tone.start(u"pacat"_s, {u"--playback"_s, u"--device=livedesk_speaker"_s, u"--format=s16le"_s,
                                u"--rate=16000"_s, u"--channels=1"_s, u"--latency-msec=20"_s});
        if (!tone.waitForStarted(5000))
            return -1;
        std::vector<int16_t> samples(3200);
        for (size_t i = 0; i < samples.size(); ++i)
            samples[i] = int16_t(3000.0
                                 * std::sin(2.0 * std::numbers::pi * 1000.0 * double(i) / 16000.0));
        tone.write(reinterpret_cast<const char *>(samples.data()), qint64(samples.size() * 2));
        tone.closeWriteChannel();
        waitUntil([&] { return microphone.bytesSoFar() / 2 >= before + 16 * listenMs; },
                  listenMs + 3000);
        tone.waitForFinished(3000);
        const std::vector<float> heard = microphone.stop();
        const std::vector<float> levels = frameLevels(heard);
        for (size_t i = size_t(before / 160); i < levels.size(); ++i) {
            if (levels[i] > -45.0f)
                return int(i - size_t(before / 160)) * 10;
        }
        return -1;
    }

    // roomResponse() as a WAV file (16-bit mono) in TMPDIR, for the convolver to load.
    // At the microphone feed's own rate: PulseAudio 16.1's convolver crashed the server when it
    // resampled a 48 kHz response for a 44.1 kHz sink whose monitor was running.
    static QString writeRoomResponse()
    {
        int rate = 48000;
        for (const QString &line : pactl({u"list"_s, u"short"_s, u"sinks"_s}).split(u'\n')) {
            // index, name, driver, "s16le 2ch 44100Hz", state
            const QStringList fields = line.split(u'\t');
            if (fields.size() >= 4 && fields[1] == u"livedesk_mic_feed"_s)
                rate = fields[3].section(u' ', -1).remove(u"Hz"_s).toInt();
        }
        rate = rate > 0 ? rate : 48000;
        const std::vector<float> h = roomResponse(rate);
        const QString path = QDir::temp().filePath(u"livedesk-room-response.wav"_s);
        QByteArray data;
        auto put32 = [&](quint32 v) { data.append(reinterpret_cast<const char *>(&v), 4); };
        auto put16 = [&](quint16 v) { data.append(reinterpret_cast<const char *>(&v), 2); };
        const quint32 bytes = quint32(h.size() * 2);
        data.append("RIFF");
        put32(36 + bytes);
        data.append("WAVEfmt ");
        put32(16);
        put16(1); // PCM
        put16(1); // mono
        put32(quint32(rate));
        put32(quint32(rate) * 2);
        put16(2);
        put16(16);
        data.append("data");
        put32(bytes);
        for (float s : h)
            put16(quint16(int16_t(std::lrint(std::clamp(s, -1.0f, 1.0f) * 32767.0f))));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
        return path;
    }

    int m_latencyMs = 0;
    QProcess m_liveSpeaker;
    int m_module = -1;
    int m_roomModule = -1;
};

// The model's replies as the service sends them: 24 kHz s16, from espeak-ng.
inline std::vector<QByteArray> modelReplies(int count, QString *error)
{
    static const QStringList sentences = {
            u"Sure, here is what I found about the weather in Paris tomorrow."_s,
            u"The meeting with the design team starts at three in the afternoon."_s,
            u"There are four items on your calendar for today."_s,
            u"Your flight to Berlin departs at seven forty five."_s,
            u"The recipe needs two cups of flour and one egg."_s,
            u"The train is running about ten minutes late today."_s,
            u"I found three restaurants nearby that are open now."_s,
            u"The museum is open from nine until five on weekdays."_s,
    };
    std::vector<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        auto samples = speech(sentences[i % sentences.size()], 24000, u"en-us"_s, error);
        if (samples.empty())
            return {};
        scaleTo(samples, 0.1f); // −20 dBFS speech, with the speaker's volume at 100 %
        const auto s16 = toS16(samples);
        out.emplace_back(reinterpret_cast<const char *>(s16.data()), qsizetype(s16.size() * 2));
    }
    return out;
}

// One run through the path: what was sent, and when each reply started on the device.
struct EchoRun
{
    std::vector<float> sent; // the chunks, 16 kHz, gap-free from the first
    qint64 firstTimeUs = 0; // steady time of sent[0]
    std::vector<qint64> replyStartUs; // the device got each reply's first frame
    std::vector<qint64> replySamples24k;
    // Per reply, from its enqueueing to the next one's: how the canceller's far end was lined
    // up (the held frames and catch-ups counted in that span).
    std::vector<EchoLineUp> lineUps;
    QString error;

    qint64 indexAt(qint64 us) const { return (us - firstTimeUs) * 16000 / 1000000; }
};

// The audio threads' scheduling for a run: real-time as shipped, or, with
// LIVEDESK_ECHO_NORMAL_SCHEDULING=1, as the system gives them (to compare).
inline AudioThreadScheduling echoPathScheduling()
{
    return qEnvironmentVariableIntValue("LIVEDESK_ECHO_NORMAL_SCHEDULING") != 0
                   ? AudioThreadScheduling::Normal
                   : AudioThreadScheduling::RealTime;
}

// `suppression` Off measures what the canceller (and the processing) leave; On, what is sent.
inline EchoRun runThroughEchoPath(const std::vector<QByteArray> &replies,
                                  const VoiceProcessingOptions &processing,
                                  ResidualEchoSuppression suppression = ResidualEchoSuppression::Off,
                                  int gapMs = 1200)
{
    EchoRun run;
    LiveMicrophone microphone;
    AudioEngine engine;
    AudioEngineSettings settings;
    settings.processing = processing;
    settings.bargeIn = BargeInMode::Off; // the far end must be the same in both runs
    settings.noSignalWarningMs = 0;
    // Off for the run without processing (the suppression would hold down its echo too) and for
    // the canceller's own figure.
    settings.residualEchoSuppression = suppression;
    settings.threadScheduling = echoPathScheduling();
    engine.setSettings(settings);
    qint64 expectedFirst = -1;
    QObject::connect(&engine, &AudioEngine::chunkCaptured, [&](const AudioChunk &chunk) {
        if (expectedFirst < 0) {
            expectedFirst = chunk.firstSample;
            run.firstTimeUs = chunk.captureTimeUs;
        }
        if (chunk.firstSample != expectedFirst)
            run.error = u"the chunks have a gap"_s;
        expectedFirst = chunk.firstSample + chunk.pcm.size() / 2;
        const auto *s = reinterpret_cast<const int16_t *>(chunk.pcm.constData());
        for (qsizetype i = 0; i < chunk.pcm.size() / 2; ++i)
            run.sent.push_back(float(s[i]) / 32768.0f);
    });
    if (!engine.start()) {
        run.error = u"the engine did not start"_s;
        return run;
    }
    // A session's microphone is live before the model first speaks.
    if (!waitUntil([&] { return engine.capturedSamples() > 16000; }, 10000)) {
        run.error = u"the microphone delivered nothing"_s;
        return run;
    }
    // Wake the virtual speaker (an idle null sink has a latency of seconds at first) with
    // silence, so the first reply's timing is a reply's, not the device's wake-up.
    engine.enqueueModelAudio(QByteArray(24000 * 2 / 5, '\0'));
    engine.turnComplete();
    // The device's own stamps, not `speaking`: the queued enqueue may not have reached the
    // processing thread yet, and a reply queued behind the silence would start no new stretch.
    auto stretchEnded = [&] {
        const PlaybackTimings t = engine.playbackTimings();
        return t.modelStartNs != 0 && t.modelStopNs > t.modelStartNs;
    };
    if (!waitUntil(stretchEnded, 20000)) {
        run.error = u"the speaker did not play"_s;
        return run;
    }
    EchoLineUp lineUpBefore = engine.echoLineUp();
    engine.resetEchoLineUp();
    auto endLineUp = [&] {
        EchoLineUp l = engine.echoLineUp();
        const EchoLineUp totals = l;
        l.heldFrames -= lineUpBefore.heldFrames;
        l.catchUps -= lineUpBefore.catchUps;
        l.playbackSlips -= lineUpBefore.playbackSlips;
        run.lineUps.push_back(l);
        lineUpBefore = totals;
        engine.resetEchoLineUp();
    };
    for (const QByteArray &reply : replies) {
        if (!run.replyStartUs.empty())
            endLineUp();
        const qint64 before = engine.playbackTimings().modelStartNs;
        engine.enqueueModelAudio(reply);
        engine.turnComplete();
        if (!waitUntil([&] { return engine.playbackTimings().modelStartNs != before; }, 10000)) {
            run.error = u"reply %1 did not start playing"_s.arg(run.replyStartUs.size() + 1);
            return run;
        }
        run.replyStartUs.push_back(engine.playbackTimings().modelStartNs / 1000);
        run.replySamples24k.push_back(reply.size() / 2);
        // Played to its end: under load the device may run dry mid-reply, which ends a
        // stretch of model audio early.
        const auto finished = [&] {
            const PlaybackProgress p = engine.playback();
            return stretchEnded() && !p.speaking
                   && p.turnSamplesPlayed >= reply.size() / 2 - 480; // ±10 ms
        };
        if (!waitUntil(finished, 30000)) {
            run.error = u"a reply did not finish playing"_s;
            return run;
        }
        // The silence between a reply and the next: the user's turn, the service thinking.
        const qint64 capturedAtEnd = engine.capturedSamples();
        waitUntil([&] { return engine.capturedSamples() >= capturedAtEnd + 16 * gapMs; },
                  gapMs * 10);
    }
    endLineUp();
    engine.stop();
    return run;
}

inline double powerDb(const std::vector<float> &x, qint64 from, qint64 to)
{
    from = std::clamp<qint64>(from, 0, qint64(x.size()));
    to = std::clamp<qint64>(to, from, qint64(x.size()));
    double sum = 0;
    for (qint64 i = from; i < to; ++i)
        sum += double(x[size_t(i)]) * x[size_t(i)];
    // −120 dBFS floor: a digital path with nothing left would otherwise give infinite ERLE.
    return 10.0 * std::log10(sum / double(std::max<qint64>(1, to - from)) + 1e-12);
}

// The delay (ms) from a reply's start on the device to its echo in what is sent, as the
// median over the replies of an unprocessed run: the first 10 ms frame 30 dB above the silence
// before it.
inline int echoOnsetDelayMs(const EchoRun &raw)
{
    std::vector<int> delays;
    for (qint64 startUs : raw.replyStartUs) {
        const qint64 start = raw.indexAt(startUs);
        const double quiet = powerDb(raw.sent, start - 3200, start);
        for (qint64 at = std::max<qint64>(0, start); at + 160 <= qint64(raw.sent.size());
             at += 160) {
            if (powerDb(raw.sent, at, at + 160) > std::max(quiet + 30.0, -70.0)) {
                delays.push_back(int((at - start) / 16));
                break;
            }
            if (at - start > 16000)
                break;
        }
    }
    if (delays.empty())
        return -1;
    std::sort(delays.begin(), delays.end());
    return delays[delays.size() / 2];
}

struct ReplyErle
{
    double echoDbfs = 0; // the echo itself (unprocessed), whole reply
    double wholeDb = 0;
    double firstSecondDb = 0;
};

// Per reply: the unprocessed run's power over the processed run's, in the same windows.
inline std::vector<ReplyErle> erlePerReply(const EchoRun &raw, const EchoRun &processed, int delayMs)
{
    std::vector<ReplyErle> out;
    const size_t replies = std::min(raw.replyStartUs.size(), processed.replyStartUs.size());
    for (size_t i = 0; i < replies; ++i) {
        // From 50 ms before the echo's expected onset: the two runs' timings differ by a few
        // milliseconds, and silence before the echo costs the measure nothing, whereas echo
        // left out of the processed run's window would flatter the canceller.
        auto window = [&](const EchoRun &run, qint64 lengthSamples16k) {
            const qint64 from = run.indexAt(run.replyStartUs[i]) + (delayMs - 50) * 16;
            return std::pair {from, from + lengthSamples16k + 800};
        };
        const qint64 whole = raw.replySamples24k[i] * 2 / 3 + 16000 * 3 / 10; // + the room's tail
        const auto [rawFrom, rawTo] = window(raw, whole);
        const auto [procFrom, procTo] = window(processed, whole);
        const auto [rawFirstFrom, rawFirstTo] = window(raw, 16000);
        const auto [procFirstFrom, procFirstTo] = window(processed, 16000);
        ReplyErle e;
        e.echoDbfs = powerDb(raw.sent, rawFrom, rawTo);
        e.wholeDb = e.echoDbfs - powerDb(processed.sent, procFrom, procTo);
        e.firstSecondDb = powerDb(raw.sent, rawFirstFrom, rawFirstTo)
                          - powerDb(processed.sent, procFirstFrom, procFirstTo);
        out.push_back(e);
    }
    return out;
}

} // namespace livedesk::audio::test
