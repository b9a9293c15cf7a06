// Echo cancellation and voice activity together, offline, through the same CapturePipeline the
// engine runs: the model's speech (espeak-ng) goes to the "speaker", comes back into the
// "microphone" through a simulated echo path (delay, attenuation, a short room response, a noise
// floor), and the pipeline must (1) remove it — residual at least 20 dB below the echo (the
// canceller and the residual echo suppression together; without the canceller, the latter
// alone) — and
// (2) never mistake it for the user (no voice activity over 20+ model utterances), while
// (3) still hearing the user when they talk over the model (double talk).
#include "audio/apmbackend.h"
#include "audio/capturepipeline.h"

#include "audiotestsupport.h"

#include <QTest>

#include <numeric>
#include <random>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRate = 16000;
constexpr int kFrame = 160;

const QStringList kModelSentences = {
        u"Sure, here is what I found about the weather in Paris tomorrow."_s,
        u"The meeting with the design team starts at three in the afternoon."_s,
        u"I can help you write that email. What would you like to say?"_s,
        u"There are four items on your calendar for today."_s,
        u"The capital of Australia is Canberra, not Sydney."_s,
        u"Let me check that for you. One moment please."_s,
        u"Your flight to Berlin departs at seven forty five."_s,
        u"That sounds like a great idea. Shall I set a reminder?"_s,
        u"The recipe needs two cups of flour and one egg."_s,
        u"I have turned on the lights in the living room."_s,
        u"The train is running about ten minutes late today."_s,
        u"Here is a short summary of the article you shared."_s,
        u"Photosynthesis turns light, water and carbon dioxide into sugar."_s,
        u"Your package should arrive on Thursday afternoon."_s,
        u"The answer is forty two, but the question is harder."_s,
        u"I found three restaurants nearby that are open now."_s,
        u"The temperature will drop below freezing tonight."_s,
        u"You have one new message from your sister."_s,
        u"The museum is open from nine until five on weekdays."_s,
        u"Would you like me to read the next paragraph aloud?"_s,
        u"Mount Everest is almost nine thousand metres tall."_s,
        u"I will remind you to call the dentist tomorrow morning."_s,
};

const QStringList kUserSentences = {
        u"Wait, stop, that is not what I asked."_s,   u"Hold on, can you repeat the time please?"_s,
        u"No no, I meant the other meeting."_s,       u"Actually, make it two reminders."_s,
        u"Sorry, what was the name of that place?"_s, u"Hey, cancel that right now."_s,
};

// A sparse room: the direct sound and a dozen reflections within 40 ms, decaying.
std::vector<std::pair<int, float>> roomResponse(unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> delay(16, 640);
    std::uniform_real_distribution<float> sign(-1.0f, 1.0f);
    std::vector<std::pair<int, float>> taps {{0, 1.0f}};
    for (int i = 0; i < 14; ++i) {
        const int d = delay(rng);
        taps.emplace_back(d, 0.6f * std::exp(-float(d) / 160.0f) * sign(rng));
    }
    double energy = 0;
    for (const auto &[d, a] : taps)
        energy += double(a) * a;
    for (auto &tap : taps)
        tap.second /= float(std::sqrt(energy));
    return taps;
}

struct Scenario
{
    std::vector<float> farEnd; // what the speaker plays
    std::vector<float> echo; // what of it reaches the microphone
    std::vector<float> nearEnd; // the user
    std::vector<std::pair<size_t, size_t>> nearEndSpans; // sample ranges where the user talks
    int modelUtterances = 0;
};

struct Outcome
{
    double echoEnergy = 0;
    double residualEnergy = 0;
    double nearEndEnergy = 0; // the user's voice at the microphone, while they talk
    double outputDuringNearEnd = 0; // what the pipeline sends on meanwhile
    int speechStarts = 0;
    std::vector<int> startsPerNearEndSpan;
    qint64 restedFrames = 0; // microphone frames the canceller rested for
};

Outcome run(const Scenario &s, int reportedDelayMs, size_t skipSamples,
            const VoiceProcessingOptions &options = {})
{
    CapturePipeline pipeline(options, {});
    // The canceller as it runs in every frame the processing sees: the quiet gate (tst_quietgate)
    // would take the pauses' frames past it altogether, uncounted as rested.
    pipeline.quietGate().setMode(QuietGate::Mode::Off);
    Outcome outcome;
    outcome.startsPerNearEndSpan.assign(s.nearEndSpans.size(), 0);
    const std::vector<float> noise = whiteNoise(s.farEnd.size(), 0.0003f, 7); // −70 dBFS
    std::vector<int16_t> render(kFrame), capture(kFrame);
    for (size_t start = 0; start + kFrame <= s.farEnd.size(); start += kFrame) {
        for (int i = 0; i < kFrame; ++i) {
            const size_t at = start + size_t(i);
            render[size_t(i)] = livedesk::dsp::floatToS16(s.farEnd[at]);
            capture[size_t(i)] = livedesk::dsp::floatToS16(s.echo[at] + s.nearEnd[at] + noise[at]);
        }
        pipeline.processRender(render);
        const CaptureFrameResult r = pipeline.processCapture(capture, reportedDelayMs);
        if (r.vad.event == VadEvent::SpeechStarted) {
            ++outcome.speechStarts;
            for (size_t k = 0; k < s.nearEndSpans.size(); ++k) {
                const auto [from, to] = s.nearEndSpans[k];
                if (start >= from && start < to + size_t(kRate) * 3 / 10)
                    ++outcome.startsPerNearEndSpan[k];
            }
        }
        if (start < skipSamples)
            continue;
        bool nearEndActive = false;
        for (const auto &[from, to] : s.nearEndSpans)
            nearEndActive = nearEndActive || (start + kFrame > from && start < to);
        if (nearEndActive) {
            for (int i = 0; i < kFrame; ++i) {
                const double n = s.nearEnd[start + size_t(i)];
                const double o = capture[size_t(i)] / 32768.0;
                outcome.nearEndEnergy += n * n;
                outcome.outputDuringNearEnd += o * o;
            }
            continue;
        }
        for (int i = 0; i < kFrame; ++i) {
            const double e = s.echo[start + size_t(i)];
            const double o = capture[size_t(i)] / 32768.0;
            outcome.echoEnergy += e * e;
            outcome.residualEnergy += o * o;
        }
    }
    outcome.restedFrames = pipeline.processor().restedFrames();
    return outcome;
}

} // namespace

class tst_EchoCancellation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void echoIsRemovedAndNeverTakenForTheUser_data();
    void echoIsRemovedAndNeverTakenForTheUser();
    void userIsHeardOverTheModel_data();
    void userIsHeardOverTheModel();
    void withoutCancellationTheSuppressionAloneHolds();
    void theCancellerWakesWithoutOldSound();
    void aMissingFarEndIsNotTakenForSilence_data();
    void aMissingFarEndIsNotTakenForSilence();
    void theGainDoesNotLiftResidualEcho_data();
    void theGainDoesNotLiftResidualEcho();

private:
    std::vector<std::vector<float>> m_model;
    std::vector<std::vector<float>> m_user;
};

void tst_EchoCancellation::initTestCase()
{
    if (!VoiceProcessor::isAvailable())
        QSKIP(qPrintable(VoiceProcessor::unavailableReason()));
    QVERIFY2(haveEspeak(), "espeak-ng is needed to make test speech (Debian: espeak-ng)");
    for (const QString &sentence : kModelSentences) {
        QString error;
        auto s = speech(sentence, kRate, u"en-us"_s, &error);
        QVERIFY2(!s.empty(), qPrintable(error));
        scaleTo(s, 0.1f); // −20 dBFS: a model voice at a comfortable playback level
        m_model.push_back(std::move(s));
    }
    for (const QString &sentence : kUserSentences) {
        QString error;
        auto s = speech(sentence, kRate, u"en-gb+f3"_s, &error, 190);
        QVERIFY2(!s.empty(), qPrintable(error));
        m_user.push_back(std::move(s));
    }
}

static Scenario makeScenario(const std::vector<std::vector<float>> &model,
                             const std::vector<std::vector<float>> &user, int delayMs,
                             float echoGain, float userRms, unsigned seed, int gapMs = 400)
{
    Scenario s;
    const size_t gap = size_t(kRate) * size_t(gapMs) / 1000;
    for (const auto &utterance : model) {
        s.farEnd.insert(s.farEnd.end(), utterance.begin(), utterance.end());
        s.farEnd.insert(s.farEnd.end(), gap, 0.0f);
        ++s.modelUtterances;
    }
    s.farEnd.insert(s.farEnd.end(), size_t(kRate), 0.0f);
    s.echo.assign(s.farEnd.size(), 0.0f);
    const auto taps = roomResponse(seed);
    const size_t delay = size_t(delayMs) * kRate / 1000;
    for (const auto &[d, a] : taps) {
        for (size_t i = 0; i + delay + size_t(d) < s.echo.size(); ++i)
            s.echo[i + delay + size_t(d)] += echoGain * a * s.farEnd[i];
    }
    s.nearEnd.assign(s.farEnd.size(), 0.0f);
    if (!user.empty()) {
        // The user talks over the middle of every third model utterance.
        size_t at = 0;
        size_t k = 0;
        for (size_t m = 0; m < model.size(); ++m) {
            if (m % 3 == 1) {
                std::vector<float> u = user[k % user.size()];
                scaleTo(u, userRms);
                const size_t from = at + model[m].size() / 3;
                for (size_t i = 0; i < u.size() && from + i < s.nearEnd.size(); ++i)
                    s.nearEnd[from + i] += u[i];
                s.nearEndSpans.emplace_back(from, std::min(from + u.size(), s.nearEnd.size()));
                ++k;
            }
            at += model[m].size() + gap;
        }
    }
    return s;
}

void tst_EchoCancellation::echoIsRemovedAndNeverTakenForTheUser_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("reportedDelayMs");
    QTest::addColumn<float>("echoGain");
    QTest::addColumn<int>("gapMs"); // silence between the model's utterances

    QTest::newRow("30 ms path, loud laptop speakers") << 30 << 30 << 0.7f << 400;
    QTest::newRow("80 ms path, moderate echo") << 80 << 80 << 0.4f << 400;
    QTest::newRow("150 ms path, moderate echo") << 150 << 150 << 0.4f << 400;
    QTest::newRow("100 ms path reported as 60 ms") << 100 << 60 << 0.4f << 400;
    // Pauses longer than the echo tail: the canceller rests in each and must resume converged
    // (re-initialised, it would leave the first second of every utterance ~18 dB down).
    QTest::newRow("80 ms path, 3 s pauses") << 80 << 80 << 0.4f << 3000;
    QTest::newRow("150 ms path, 3 s pauses") << 150 << 150 << 0.4f << 3000;
}

void tst_EchoCancellation::echoIsRemovedAndNeverTakenForTheUser()
{
    QFETCH(int, delayMs);
    QFETCH(int, reportedDelayMs);
    QFETCH(float, echoGain);
    QFETCH(int, gapMs);

    const Scenario s = makeScenario(m_model, {}, delayMs, echoGain, 0, 11, gapMs);
    QVERIFY(s.modelUtterances >= 20);
    // The first two seconds are the canceller's convergence; everything after counts.
    const Outcome o = run(s, reportedDelayMs, size_t(kRate) * 2);
    const double suppressionDb = 10.0
                                 * std::log10(o.echoEnergy / std::max(o.residualEnergy, 1e-12));
    qInfo("echo %.1f dBFS, residual %.1f dBFS: %.1f dB below; %d voice onsets in %d utterances",
          10.0 * std::log10(o.echoEnergy / double(s.farEnd.size())),
          10.0 * std::log10(o.residualEnergy / double(s.farEnd.size()) + 1e-12), suppressionDb,
          o.speechStarts, s.modelUtterances);
    QVERIFY2(suppressionDb >= 20.0,
             qPrintable(u"residual echo only %1 dB below the echo"_s.arg(suppressionDb, 0, 'f', 1)));
    QCOMPARE(o.speechStarts, 0);
    // The canceller rests in every pause once the echo tail has passed. (espeak-ng's own
    // leading and trailing silence lengthens short pauses too, so only a floor is asserted.)
    const int restPerGapMs = gapMs - reportedDelayMs - VoiceProcessor::kEchoTailMs;
    qInfo("the canceller rested %lld of %zu frames", o.restedFrames, s.farEnd.size() / kFrame);
    if (restPerGapMs > 0)
        QVERIFY(o.restedFrames >= qint64(s.modelUtterances - 1) * (restPerGapMs / 10 - 20));
}

void tst_EchoCancellation::userIsHeardOverTheModel_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<float>("echoGain");
    QTest::addColumn<float>("userRms");
    QTest::addColumn<bool>("cancellation");

    QTest::newRow("user as loud as the echo, 50 ms path") << 50 << 0.4f << 0.04f << true;
    QTest::newRow("user louder than the echo, 120 ms path") << 120 << 0.4f << 0.08f << true;
    // A build without the WebRTC library (or echo cancellation switched off) with headphones:
    // no echo, and the user interrupts as usual.
    QTest::newRow("no canceller, headphones") << 80 << 0.0f << 0.04f << false;
}

void tst_EchoCancellation::userIsHeardOverTheModel()
{
    QFETCH(int, delayMs);
    QFETCH(float, echoGain);
    QFETCH(float, userRms);
    QFETCH(bool, cancellation);

    const Scenario s = makeScenario(m_model, m_user, delayMs, echoGain, userRms, 5);
    QVERIFY(s.nearEndSpans.size() >= 6);
    VoiceProcessingOptions options;
    options.echoCancellation = cancellation;
    const Outcome o = run(s, delayMs, size_t(kRate) * 2, options);
    int heard = 0;
    for (int starts : o.startsPerNearEndSpan)
        heard += starts > 0 ? 1 : 0;
    const int falseStarts = o.speechStarts
                            - std::accumulate(o.startsPerNearEndSpan.begin(),
                                              o.startsPerNearEndSpan.end(), 0);
    qInfo("user heard in %d of %d double-talk stretches; %d onsets outside them", heard,
          int(o.startsPerNearEndSpan.size()), falseStarts);
    QCOMPARE(heard, int(o.startsPerNearEndSpan.size()));
    QCOMPARE(falseStarts, 0);
    if (!cancellation)
        return;
    // The user's words must reach the session too, not just trip the detector.
    const double keptDb = 10.0 * std::log10(o.outputDuringNearEnd / o.nearEndEnergy);
    qInfo("while the user talks, the output carries %.1f dB of their level", keptDb);
    QVERIFY2(keptDb > -10.0, "the canceller swallowed the user's voice");
}

void tst_EchoCancellation::withoutCancellationTheSuppressionAloneHolds()
{
    // Without the canceller (switched off, or a build without the library) the echo reaches the
    // pipeline untouched; the residual echo suppression alone must then keep it out of what is
    // sent while the model speaks, and out of the detector.
    const Scenario s = makeScenario(m_model, {}, 80, 0.4f, 0, 11);
    VoiceProcessingOptions options;
    options.echoCancellation = false;
    const Outcome o = run(s, 80, size_t(kRate) * 2, options);
    const double suppressionDb = 10.0
                                 * std::log10(o.echoEnergy / std::max(o.residualEnergy, 1e-12));
    qInfo("without cancellation: %.1f dB below the echo, %d voice onsets (suppression alone)",
          suppressionDb, o.speechStarts);
    QVERIFY(suppressionDb >= 40.0);
    QCOMPARE(o.speechStarts, 0);

    // The control experiment, or the tests above prove nothing: to a voice detector on its own
    // the echo is speech.
    VoiceActivityDetector bare;
    int bareStarts = 0;
    std::vector<int16_t> frame(kFrame);
    for (size_t start = 0; start + kFrame <= s.echo.size(); start += kFrame) {
        livedesk::dsp::floatToS16(std::span<const float>(s.echo).subspan(start, kFrame), frame);
        bareStarts += bare.process(frame).event == VadEvent::SpeechStarted ? 1 : 0;
    }
    qInfo("a bare detector on the echo: %d onsets", bareStarts);
    QVERIFY(bareStarts >= s.modelUtterances / 2);
}

void tst_EchoCancellation::theCancellerWakesWithoutOldSound()
{
    // The canceller goes to rest while the user talks (the far end silent for long), then the
    // microphone is silent, then the model speaks without any echo (headphones, or a virtual
    // microphone): what is sent must stay silent when the canceller wakes. Its blocks and
    // overlap buffers held the user's last samples when it stopped being fed; handed out at
    // the next reply's start, they were a burst of old speech that the service took for the user
    // talking over the model (livedesk-cli hands-free: every reply interrupted at its start).
    CapturePipeline pipeline({}, {});
    std::vector<float> user = m_user.front();
    scaleTo(user, 0.05f);
    const std::vector<float> &model = m_model.front();
    // The model's first reply, then the user talks from its end for longer than the echo tail.
    const size_t firstModelTo = model.size();
    const size_t userFrom = firstModelTo;
    const size_t userTo = userFrom + user.size();
    const size_t modelFrom = userTo + size_t(kRate); // a second of silence after the user
    const size_t total = modelFrom + model.size();
    std::vector<int16_t> render(kFrame), capture(kFrame);
    int userOnsets = 0;
    int laterOnsets = 0;
    float loudestAfterDb = -120.0f;
    for (size_t start = 0; start + kFrame <= total; start += kFrame) {
        for (int i = 0; i < kFrame; ++i) {
            const size_t at = start + size_t(i);
            const float far = at >= modelFrom     ? model[at - modelFrom]
                              : at < firstModelTo ? model[at]
                                                  : 0.0f;
            const float near = at >= userFrom && at < userTo ? user[at - userFrom] : 0.0f;
            render[size_t(i)] = livedesk::dsp::floatToS16(far);
            capture[size_t(i)] = livedesk::dsp::floatToS16(near);
        }
        pipeline.processRender(render);
        const CaptureFrameResult r = pipeline.processCapture(capture, 30);
        if (r.vad.event == VadEvent::SpeechStarted)
            ++(start >= userFrom && start < userTo ? userOnsets : laterOnsets);
        // The noise suppressor's and the gain's own tails die away within 300 ms.
        if (start >= userTo + size_t(kRate) * 3 / 10)
            loudestAfterDb = std::max(loudestAfterDb, r.cleanedDbfs);
    }
    qInfo("the canceller rested %lld frames; loudest frame sent after the user: %.1f dBFS",
          pipeline.processor().restedFrames(), double(loudestAfterDb));
    QVERIFY(pipeline.processor().restedFrames() > 0); // it did rest while the user talked
    QVERIFY(userOnsets >= 1);
    QCOMPARE(laterOnsets, 0);
    QVERIFY2(loudestAfterDb < -90.0f, qPrintable(QString::number(loudestAfterDb)));
}

enum class Missing { Said, Unsaid };
Q_DECLARE_METATYPE(Missing)

void tst_EchoCancellation::aMissingFarEndIsNotTakenForSilence_data()
{
    QTest::addColumn<Missing>("missing");
    // AudioProcessor says so (CapturePipeline::farEndMissing()) for each microphone frame it
    // stopped waiting for; unsaid, the pipeline cannot tell the stall from the far end falling
    // silent, and the echo goes out as it came in: what this guards against.
    QTest::newRow("the far end said missing") << Missing::Said;
    QTest::newRow("unsaid: the echo is sent") << Missing::Unsaid;
}

void tst_EchoCancellation::aMissingFarEndIsNotTakenForSilence()
{
    // The model speaks and its echo comes back 30 ms later at -20 dBFS. 3 s in, the speaker's
    // thread stalls for 250 ms: the processing stops waiting for the far end after 300 ms and
    // feeds silence in its place, while the microphone still hears the echo of what the speaker
    // played meanwhile. The service must not hear that echo: no 20 ms at -45 dBFS or louder
    // (its detector's speech at HIGH start sensitivity) from the stall to 300 ms after it.
    QFETCH(Missing, missing);
    CapturePipeline pipeline({}, {});
    std::vector<float> model;
    for (const std::vector<float> &sentence : m_model)
        model.insert(model.end(), sentence.begin(), sentence.end());
    scaleTo(model, 0.3f);
    constexpr size_t kDelay = size_t(kRate) * 30 / 1000;
    const size_t stallFrom = size_t(kRate) * 3;
    const size_t stallTo = stallFrom + size_t(kRate) / 4;
    QVERIFY2(model.size() > stallTo + size_t(kRate), "the model's speech is too short");
    model.resize(stallTo + size_t(kRate)); // no longer than needed: the sanitizers' CI runs it
    std::vector<int16_t> render(kFrame), capture(kFrame);
    int loudRun = 0;
    int longestLoudRun = 0;
    for (size_t start = 0; start + kFrame <= model.size(); start += kFrame) {
        const bool stalled = start >= stallFrom && start < stallTo;
        for (int i = 0; i < kFrame; ++i) {
            const size_t at = start + size_t(i);
            render[size_t(i)] = stalled ? 0 : livedesk::dsp::floatToS16(model[at]);
            capture[size_t(i)] = livedesk::dsp::floatToS16(at >= kDelay ? 0.33f * model[at - kDelay]
                                                                        : 0.0f);
        }
        pipeline.processRender(render);
        if (stalled && missing == Missing::Said)
            pipeline.farEndMissing();
        const CaptureFrameResult r = pipeline.processCapture(capture, 30);
        if (start < stallFrom || start >= stallTo + size_t(kRate) * 3 / 10)
            continue;
        loudRun = r.sentDbfs >= -45.0f ? loudRun + 1 : 0;
        longestLoudRun = std::max(longestLoudRun, loudRun);
    }
    qInfo("longest run of frames sent at -45 dBFS or louder: %d", longestLoudRun);
    if (missing == Missing::Said)
        QVERIFY2(longestLoudRun < 2, qPrintable(QString::number(longestLoudRun)));
    else
        QVERIFY2(longestLoudRun >= 2, "the stall left nothing to guard against");
}

void tst_EchoCancellation::theGainDoesNotLiftResidualEcho_data()
{
    QTest::addColumn<float>("userDbfs"); // the user talks first, alone (0: not at all)
    QTest::addColumn<bool>("modelSpeaks"); // then the quiet speech is residual echo, or the user
    QTest::newRow("residual echo, no user before") << 0.0f << true;
    QTest::newRow("residual echo, the user before at -30 dBFS") << -30.0f << true;
    QTest::newRow("the user alone, as quiet as the residual") << 0.0f << false;
}

void tst_EchoCancellation::theGainDoesNotLiftResidualEcho()
{
    // What the canceller leaves of the echo is quiet speech, and an adaptive digital gain lifts
    // quiet speech by design (a user at -55 dBFS: by 30 dB here). While the far end's echo can
    // reach the microphone the gain holds at what the user's own speech got before, never above
    // 0 dB, whether the user spoke before (and was lifted) or not; a user as quiet as that
    // residual, with the model silent, is still lifted.
    QFETCH(float, userDbfs);
    QFETCH(bool, modelSpeaks);
    const std::unique_ptr<ApmBackend> apm = createApmBackend({false, false, true});
    QVERIFY(apm);
    std::array<float, kFrame> out {};
    VoiceProcessor::CaptureInfo info;
    static constexpr std::array<float, kFrame> kSilence {};
    auto run = [&](const std::vector<float> &far, const std::vector<float> &near) {
        double inPower = 0, outPower = 0;
        for (size_t at = 0; at + kFrame <= near.size(); at += kFrame) {
            const std::span<const float> nearFrame(near.data() + at, kFrame);
            const bool farSounds = at + kFrame <= far.size();
            if (!apm->analyzeRenderForGain(farSounds
                                                   ? std::span<const float>(far.data() + at, kFrame)
                                                   : std::span<const float>(kSilence))
                || !apm->processCapture(nearFrame, out, info)) {
                return 999.0;
            }
            for (size_t i = 0; i < kFrame; ++i) {
                inPower += double(nearFrame[i]) * nearFrame[i];
                outPower += double(out[i]) * out[i];
            }
        }
        return 10.0 * std::log10((outPower + 1e-20) / (inPower + 1e-20));
    };
    auto at = [](const std::vector<float> &speech, float dbfs) {
        std::vector<float> s = speech;
        scaleTo(s, std::pow(10.0f, dbfs / 20.0f));
        return s;
    };
    double userGainDb = 0;
    if (userDbfs < 0) {
        for (size_t i = 0; i < 3; ++i)
            userGainDb = run({}, at(m_user[i % m_user.size()], userDbfs));
    }
    // Past the echo window of anything before: the gain control runs on.
    run({}, std::vector<float>(size_t(kRate), 0.0f));
    double quietGainDb = 0;
    for (size_t i = 0; i < 4; ++i) {
        const std::vector<float> &speech = m_model[i];
        quietGainDb = run(modelSpeaks ? at(speech, -20.0f) : std::vector<float>(),
                          at(speech, -55.0f));
    }
    QVERIFY(quietGainDb < 900.0); // the library took every frame
    qInfo("%s gain on the quiet speech: %.1f dB (on the user's before: %.1f dB, held %.1f dB)",
          modelSpeaks ? "residual echo:" : "the user alone:", quietGainDb, userGainDb,
          double(apm->heldGainDb()));
    if (!modelSpeaks) {
        QVERIFY2(quietGainDb > 6.0, "the gain control no longer lifts a quiet user");
    } else {
        if (userDbfs < 0)
            QVERIFY(userGainDb > 3.0); // the user was lifted…
        QVERIFY(std::abs(quietGainDb) < 1.0); // …the residual echo is not
    }
}

QTEST_GUILESS_MAIN(tst_EchoCancellation)
#include "tst_echocancellation.moc"
