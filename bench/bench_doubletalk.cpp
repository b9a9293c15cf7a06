// The local barge-in's detector offline (issue 19): DoubleTalkDetector, wired with
// EchoDelayEstimator and FarEndMatcher as CapturePipeline wires them, over hundreds of barge-ins
// in seconds, where bench_selfinterrupt takes a minute for three.
//
// The model's replies (bench_selfinterrupt's four, espeak-ng) echo as module-loopback carries
// them: a pure delay drifting 0.2 ms a second, at −20.7 dBFS speech level (the level
// bench_selfinterrupt measures in the microphone feed), with a little noise. Each trial is one
// reply of echo alone (the detector learns the path), a second of silence, then another reply
// over which "Wait, stop, that is not what I asked." (another voice) starts at an offset from
// 0.3 s to 3.5 s, at −6, 0 or +6 dB relative to the echo. The onset is bench_selfinterrupt's: the
// user's first 10 ms frame within 30 dB of their loudest. Found: the frame that completes an
// onset (the CLI's `barge_in` comes 20–30 ms after that frame is taken). Any onset before the
// user's is a false one.
//
// Usage: bench_doubletalk [--lag-ms 60] [--step-ms 50] [--room] [--swing-ms 0]
#include "audiotestsupport.h"
#include "bench/benchreplies.h"
#include "doubletalkrig.h"
#include "loopbackecho.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kFrame = DoubleTalkDetector::kFrameSamples;
constexpr float kEchoDbfs = -20.7f;
constexpr float kSilentDbfs = -60.0f; // as capturepipeline.cpp: the far end can echo
constexpr int kReportedDelayMs = 60;
constexpr double kLevelsDb[] = {-6.0, 0.0, 6.0};

float frameDbfs(std::span<const float> frame)
{
    double sum = 0;
    for (float s : frame)
        sum += double(s) * s;
    return float(10.0 * std::log10(sum / double(frame.size()) + 1e-12));
}

struct Trial
{
    int onsetFrame = -1;
    int foundFrame = -1;
    int falseOnsets = 0;
    int echoAloneFrames = 0; // measured before the user started
    std::array<int, 4> bandsAboveFrames {}; // …with at least 1, 2, 3, 4 bands above the echo
};

// One trial: `warmUp` as echo alone, a second of silence, then `reply` with `user` (already
// scaled) starting `userAtMs` into it.
Trial runTrial(const std::vector<float> &warmUp, const std::vector<float> &reply,
               const std::vector<float> &user, int userAtMs, const LoopbackEcho &echo,
               unsigned seed)
{
    std::vector<float> far = warmUp;
    far.resize(far.size() + 16000, 0.0f);
    const size_t replyStart = far.size();
    far.insert(far.end(), reply.begin(), reply.end());
    far.resize(far.size() + 8000, 0.0f);
    std::vector<float> userTrack(far.size(), 0.0f);
    const size_t userStart = replyStart + size_t(userAtMs) * 16;
    for (size_t i = 0; i < user.size() && userStart + i < userTrack.size(); ++i)
        userTrack[userStart + i] = user[i];

    float loudestUser = -120.0f;
    for (size_t at = 0; at + kFrame <= user.size(); at += kFrame)
        loudestUser = std::max(loudestUser,
                               frameDbfs(std::span<const float>(user).subspan(at, kFrame)));

    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, std::pow(10.0f, -70.0f / 20.0f));
    DoubleTalkRig rig;
    std::array<float, 64> farDb {};
    farDb.fill(-120.0f);
    int farPos = 0;
    Trial t;
    const int frames = int(far.size()) / kFrame;
    for (int f = 0; f < frames; ++f) {
        std::vector<float> raw(kFrame);
        std::vector<float> userFrame(kFrame);
        std::vector<int16_t> render(kFrame);
        for (int i = 0; i < kFrame; ++i) {
            const int at = f * kFrame + i;
            const float e = echo.at(far, at);
            userFrame[size_t(i)] = userTrack[size_t(at)];
            raw[size_t(i)] = e + userFrame[size_t(i)] + noise(rng);
            render[size_t(i)] = int16_t(
                    std::lrint(std::clamp(far[size_t(at)], -1.0f, 1.0f) * 32767.0f));
        }
        if (t.onsetFrame < 0 && size_t(f * kFrame) >= userStart
            && frameDbfs(userFrame) > loudestUser - 30.0f)
            t.onsetFrame = f;
        const float renderDb = frameDbfs(
                std::span<const float>(far).subspan(size_t(f * kFrame), kFrame));
        farDb[size_t(farPos)] = renderDb;
        farPos = (farPos + 1) % int(farDb.size());
        rig.pushFar(render);
        const std::vector<int16_t> microphone = toS16(raw);
        // CapturePipeline measures while the far end of the last 850 ms can echo.
        float farLoudest = -120.0f;
        for (int age = 0; age < 35; ++age)
            farLoudest = std::max(farLoudest, farDb[size_t((farPos - 1 - age + 128) % 64)]);
        if (farLoudest <= kSilentDbfs)
            continue;
        // The suppressor's "echo alone": here the truth.
        const bool echoAlone = size_t(f * kFrame) < userStart;
        t.echoAloneFrames += echoAlone ? 1 : 0;
        const bool onset = rig.pushNear(microphone,
                                        echoAlone ? DoubleTalkDetector::Frame::EchoAlone
                                                  : DoubleTalkDetector::Frame::Undecided,
                                        kReportedDelayMs);
        if (echoAlone && rig.lagSamples >= 0 && rig.detector.learnt()) {
            for (int k = 0; k < 4; ++k)
                t.bandsAboveFrames[size_t(k)] += rig.detector.bandsAbove() > k ? 1 : 0;
        }
        if (!onset || rig.lagSamples < 0)
            continue;
        if (t.onsetFrame < 0 && size_t(f * kFrame) < userStart)
            ++t.falseOnsets;
        else if (t.foundFrame < 0 && t.onsetFrame >= 0)
            t.foundFrame = f;
    }
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption lagOption(u"lag-ms"_s, u"the echo's lag (default 60)"_s, u"MS"_s,
                                       u"60"_s);
    const QCommandLineOption stepOption(u"step-ms"_s,
                                        u"between the user's start offsets (default 50)"_s, u"MS"_s,
                                        u"50"_s);
    const QCommandLineOption roomOption(u"room"_s, u"add reflections to the echo"_s);
    const QCommandLineOption swingOption(u"swing-ms"_s,
                                         u"the lag swings this much either way over 3 s"_s, u"MS"_s,
                                         u"0"_s);
    parser.addOptions({lagOption, stepOption, roomOption, swingOption});
    parser.addHelpOption();
    parser.process(app);
    if (!haveEspeak()) {
        fprintf(stderr, "bench_doubletalk: espeak-ng is needed\n");
        return 1;
    }
    LoopbackEcho echo;
    echo.lagMs = parser.value(lagOption).toDouble();
    echo.room = parser.isSet(roomOption) ? LoopbackEcho::Room::Reflections
                                         : LoopbackEcho::Room::Dry;
    echo.swingMs = parser.value(swingOption).toDouble();
    const int stepMs = std::max(10, parser.value(stepOption).toInt());

    const QStringList texts = livedesk::bench::modelReplies();
    QString error;
    std::vector<std::vector<float>> replies;
    for (const QString &text : texts) {
        auto s = speech(text, 16000, u"en-us"_s, &error);
        if (s.empty()) {
            fprintf(stderr, "bench_doubletalk: %s\n", qPrintable(error));
            return 1;
        }
        scaleTo(s, std::pow(10.0f, kEchoDbfs / 20.0f));
        replies.push_back(std::move(s));
    }
    const std::vector<float> voice = speech(u"Wait, stop, that is not what I asked."_s, 16000,
                                            u"en-us+m3"_s, &error);
    if (voice.empty()) {
        fprintf(stderr, "bench_doubletalk: %s\n", qPrintable(error));
        return 1;
    }
    printf("echo lag %.0f ms (± %.1f ms over 3 s)%s, user offsets every %d ms from 0.3 s to 3.5 s "
           "into each of %zu "
           "replies\n",
           echo.lagMs, echo.swingMs,
           echo.room == LoopbackEcho::Room::Reflections ? " with reflections" : "", stepMs,
           replies.size());
    int falseOnsets = 0;
    int trials = 0;
    qint64 echoAloneFrames = 0;
    std::array<qint64, 4> bandsAboveFrames {};
    for (const double levelDb : kLevelsDb) {
        std::vector<float> user = voice;
        scaleTo(user, std::pow(10.0f, float(kEchoDbfs + levelDb) / 20.0f));
        std::vector<int> latenciesMs;
        int missed = 0;
        for (size_t r = 0; r < replies.size(); ++r) {
            const std::vector<float> &warmUp = replies[(r + 1) % replies.size()];
            for (int atMs = 300; atMs <= 3500; atMs += stepMs) {
                const Trial t = runTrial(warmUp, replies[r], user, atMs, echo, unsigned(atMs));
                ++trials;
                falseOnsets += t.falseOnsets;
                echoAloneFrames += t.echoAloneFrames;
                for (size_t k = 0; k < 4; ++k)
                    bandsAboveFrames[k] += t.bandsAboveFrames[k];
                if (t.foundFrame < 0 || t.onsetFrame < 0)
                    ++missed;
                else
                    latenciesMs.push_back((t.foundFrame - t.onsetFrame) * 10);
            }
        }
        std::sort(latenciesMs.begin(), latenciesMs.end());
        const int n = int(latenciesMs.size()) + missed;
        auto within = [&](int ms) {
            return int(std::count_if(latenciesMs.begin(), latenciesMs.end(),
                                     [ms](int v) { return v <= ms; }));
        };
        auto pct = [&](double q) {
            return latenciesMs.empty()
                           ? -1
                           : latenciesMs[std::min(latenciesMs.size() - 1,
                                                  size_t(q * double(latenciesMs.size())))];
        };
        printf("  %+3.0f dB: %d barge-ins; found within 80 ms %d (%.1f %%), 100 ms %d (%.1f %%), "
               "120 ms %d (%.1f %%); median %d ms, p90 %d, p95 %d, max %d; never %d\n",
               levelDb, n, within(80), 100.0 * within(80) / n, within(100), 100.0 * within(100) / n,
               within(120), 100.0 * within(120) / n, pct(0.5), pct(0.9), pct(0.95),
               latenciesMs.empty() ? -1 : latenciesMs.back(), missed);
    }
    printf("  false onsets on echo alone: %d in %d trials (%.0f s of echo)\n", falseOnsets, trials,
           double(echoAloneFrames) / 100.0);
    printf("  echo-alone frames with bands above the echo (the suppressor's \"near end present\"): "
           "≥ 1 %.2f %%, ≥ 2 %.2f %%, ≥ 3 %.2f %%, ≥ 4 %.2f %%\n",
           100.0 * double(bandsAboveFrames[0]) / double(echoAloneFrames),
           100.0 * double(bandsAboveFrames[1]) / double(echoAloneFrames),
           100.0 * double(bandsAboveFrames[2]) / double(echoAloneFrames),
           100.0 * double(bandsAboveFrames[3]) / double(echoAloneFrames));
    return 0;
}
