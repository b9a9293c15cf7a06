// The quiet gate (audio/quietgate.h): room noise alone closes it and keeps it closed; a quiet
// voice over that noise opens it within one frame of its onset, with a pre-roll that reaches back
// before the voice's first sound; a step in the noise opens it and the floor re-adapts; a far end
// that plays keeps it open. Then the same through the capture pipeline: frames pass through raw
// while closed, and speech over the noise is still detected.
#include "audio/capturepipeline.h"
#include "audio/pulsecapture.h"
#include "audio/quietgate.h"

#include "audiotestsupport.h"

#include <QTest>

#include <cmath>
#include <optional>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRate = 16000;
constexpr int kFrame = QuietGate::kFrameSamples;

float fromDbfs(float dbfs)
{
    return std::pow(10.0f, dbfs / 20.0f);
}

float frameDbfs(std::span<const int16_t> frame)
{
    double sum = 0;
    for (int16_t s : frame)
        sum += double(s) * s;
    return float(10.0 * std::log10(sum / (double(frame.size()) * 32768.0 * 32768.0) + 1e-12));
}

struct Run
{
    std::vector<QuietGate::State> states; // per frame
    std::vector<int> openedAt; // frames at which it opened
    std::vector<int> prerollAtOpening; // pre-roll frames handed out at each opening
};

Run runGate(QuietGate &gate, std::span<const float> x, int farFrom = -1, int farTo = -1)
{
    Run run;
    std::vector<int16_t> frame(kFrame);
    for (size_t start = 0; start + kFrame <= x.size(); start += kFrame) {
        const int index = int(start / kFrame);
        livedesk::dsp::floatToS16(x.subspan(start, kFrame), frame);
        const bool far = index >= farFrom && index < farTo;
        run.states.push_back(
                gate.process(frame, frameDbfs(frame),
                             far ? QuietGate::FarEnd::Playing : QuietGate::FarEnd::Silent,
                             QuietGate::Voice::Inactive));
        if (gate.opened()) {
            run.openedAt.push_back(index);
            run.prerollAtOpening.push_back(gate.prerollFrames());
        }
    }
    return run;
}

// The first frame from `from` on in the state, or -1.
int firstIn(const Run &run, QuietGate::State state, int from = 0)
{
    for (int i = from; i < int(run.states.size()); ++i) {
        if (run.states[size_t(i)] == state)
            return i;
    }
    return -1;
}

// Frames numbered in their first sample (a number small enough not to change their level), so
// a test can tell which frames the pre-roll holds.
struct NumberedFrames
{
    static constexpr int16_t kQuiet = 300;
    static constexpr int16_t kLoud = 3000;

    QuietGate gate;
    std::array<int16_t, kFrame> frame {};
    int index = 0; // of the next frame

    QuietGate::State feed(int16_t level)
    {
        frame.fill(level);
        frame[0] = int16_t(level + index++ % 64);
        return gate.process(frame, frameDbfs(frame), QuietGate::FarEnd::Silent,
                            QuietGate::Voice::Inactive);
    }
    // Quiet frames until the gate closes (it must within 1000).
    bool closeGate()
    {
        while (feed(kQuiet) == QuietGate::State::Open) {
            if (index >= 1000)
                return false;
        }
        return true;
    }
    // The number of pre-roll frame `i`.
    int prerollNumber(int i) const { return int(gate.prerollFrame(i)[0]) - kQuiet; }
};

} // namespace

class tst_QuietGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gates_data();
    void gates();
    void farEndKeepsItOpen();
    void prerollIsTheLastRawFrames();
    void prerollCoversALongFragment_data();
    void prerollCoversALongFragment();
    void dropoutsToDigitalSilenceKeepItClosed();
    void offIsAlwaysOpen();
    void pipelinePassesQuietFramesRawAndStillHearsSpeech();

private:
    std::vector<float> m_speech; // espeak-ng, unscaled
};

void tst_QuietGate::initTestCase()
{
    QVERIFY2(haveEspeak(), "espeak-ng is needed to make test speech (Debian: espeak-ng)");
    QString error;
    m_speech = speech(u"Could you remind me to call my sister tonight?"_s, kRate, u"en-us"_s,
                      &error);
    QVERIFY2(!m_speech.empty(), qPrintable(error));
}

void tst_QuietGate::gates_data()
{
    QTest::addColumn<float>("noiseDbfs"); // white noise for the first 4 s
    QTest::addColumn<float>("laterNoiseDbfs"); // …and after
    QTest::addColumn<float>("speechDbfs"); // speech (active RMS) at 4 s over the noise; 0: none

    QTest::newRow("noise -60 dBFS") << -60.0f << -60.0f << 0.0f;
    QTest::newRow("noise -50 dBFS") << -50.0f << -50.0f << 0.0f;
    QTest::newRow("noise steps up -60 -> -50 dBFS") << -60.0f << -50.0f << 0.0f;
    QTest::newRow("noise steps down -50 -> -60 dBFS") << -50.0f << -60.0f << 0.0f;
    QTest::newRow("speech -40 dBFS over noise -60 dBFS") << -60.0f << -60.0f << -40.0f;
    QTest::newRow("speech -35 dBFS over noise -50 dBFS") << -50.0f << -50.0f << -35.0f;
}

void tst_QuietGate::gates()
{
    QFETCH(float, noiseDbfs);
    QFETCH(float, laterNoiseDbfs);
    QFETCH(float, speechDbfs);

    constexpr int kStepFrame = 400; // 4 s
    constexpr size_t kSeconds = 14;
    std::vector<float> x = whiteNoise(kSeconds * kRate, fromDbfs(noiseDbfs), 11);
    const std::vector<float> later = whiteNoise(x.size(), fromDbfs(laterNoiseDbfs), 12);
    std::copy(later.begin() + kStepFrame * kFrame, later.end(), x.begin() + kStepFrame * kFrame);
    // The speech's own frames: where its first sound is (above the noise it will be mixed with
    // less 10 dB) and where it is clearly there (10 dB above the noise).
    int firstSoundFrame = -1;
    int onsetFrame = -1;
    int lastSoundFrame = -1;
    int lastLoudFrame = -1;
    if (speechDbfs < 0) {
        std::vector<float> voice = m_speech;
        scaleTo(voice, fromDbfs(speechDbfs));
        for (size_t i = 0; i < voice.size(); ++i)
            x[size_t(kStepFrame * kFrame) + i] += voice[i];
        for (int f = 0; f * kFrame + kFrame <= int(voice.size()); ++f) {
            const float db = livedesk::dsp::toDbfs(livedesk::dsp::rms(
                    std::span<const float>(voice).subspan(size_t(f * kFrame), kFrame)));
            if (db > laterNoiseDbfs - 10 && firstSoundFrame < 0)
                firstSoundFrame = kStepFrame + f;
            if (db > laterNoiseDbfs + 10 && onsetFrame < 0)
                onsetFrame = kStepFrame + f;
            if (db > laterNoiseDbfs - 10)
                lastSoundFrame = kStepFrame + f;
            if (db > laterNoiseDbfs + 6)
                lastLoudFrame = kStepFrame + f;
        }
        QVERIFY(onsetFrame > 0 && lastSoundFrame > onsetFrame);
    }

    QuietGate gate;
    const Run run = runGate(gate, x);

    // Noise alone closes it after the hold (600 ms) and a little more for the floor.
    const int closedAt = firstIn(run, QuietGate::State::Closed);
    QVERIFY2(closedAt >= 0 && closedAt <= 100, qPrintable(QString::number(closedAt)));
    QVERIFY2(firstIn(run, QuietGate::State::Open, closedAt) >= kStepFrame
                     || firstIn(run, QuietGate::State::Open, closedAt) < 0,
             "opened in steady noise");

    if (speechDbfs < 0) {
        QCOMPARE(run.states[size_t(firstSoundFrame - 1)], QuietGate::State::Closed);
        QVERIFY(!run.openedAt.empty());
        const int openedAt = run.openedAt.front();
        qInfo("speech: first sound at frame %d, clear onset at %d, gate opened at %d "
              "with %d frames of pre-roll",
              firstSoundFrame, onsetFrame, openedAt, run.prerollAtOpening.front());
        // At once: by the frame after the voice is clearly there…
        QVERIFY2(openedAt <= onsetFrame + 1, qPrintable(QString::number(openedAt)));
        // …and the pre-roll reaches back to its first sound: nothing of it is lost.
        QVERIFY2(openedAt - run.prerollAtOpening.front() <= firstSoundFrame,
                 qPrintable(QString::number(run.prerollAtOpening.front())));
        // Closed again a while after the voice ended (the hold, plus the gaps between words
        // that kept it open).
        const int closedAgain = firstIn(run, QuietGate::State::Closed, openedAt);
        QVERIFY(closedAgain > lastLoudFrame);
        QVERIFY2(closedAgain <= lastSoundFrame + 100, qPrintable(QString::number(closedAgain)));
        QVERIFY(firstIn(run, QuietGate::State::Open, closedAgain) < 0);
    } else if (laterNoiseDbfs > noiseDbfs) {
        // The step opens it at once, and the floor re-adapts: closed again within 3 s (the 2 s of
        // the floor's memory, then the hold), and for good.
        QCOMPARE(run.openedAt.size(), size_t(1));
        QVERIFY2(run.openedAt.front() <= kStepFrame + 1,
                 qPrintable(QString::number(run.openedAt.front())));
        const int closedAgain = firstIn(run, QuietGate::State::Closed, kStepFrame);
        qInfo("noise step up: opened at frame %d, closed again at %d", run.openedAt.front(),
              closedAgain);
        QVERIFY2(closedAgain > kStepFrame && closedAgain <= kStepFrame + 300,
                 qPrintable(QString::number(closedAgain)));
        QVERIFY(firstIn(run, QuietGate::State::Open, closedAgain) < 0);
    } else {
        QVERIFY2(run.openedAt.empty(), qPrintable(u"opened %1 times"_s.arg(run.openedAt.size())));
        QVERIFY(gate.closedFrames() >= int64_t(run.states.size()) - 100);
    }
}

void tst_QuietGate::farEndKeepsItOpen()
{
    // The model speaks from 3 s to 5 s: the gate opens with the first far-end frame and stays
    // open until the hold after it has passed.
    const std::vector<float> x = whiteNoise(8 * kRate, fromDbfs(-60), 5);
    QuietGate gate;
    const Run run = runGate(gate, x, 300, 500);
    QCOMPARE(run.states[299], QuietGate::State::Closed);
    QCOMPARE(run.openedAt, std::vector<int>({300}));
    for (int i = 300; i < 500 + 59; ++i)
        QCOMPARE(run.states[size_t(i)], QuietGate::State::Open);
    QCOMPARE(run.states[500 + 59], QuietGate::State::Closed);
}

void tst_QuietGate::prerollIsTheLastRawFrames()
{
    // Numbered frames steady enough to close the gate, then a loud one.
    NumberedFrames f;
    QVERIFY(f.closeGate());
    for (int i = 0; i < 50; ++i)
        QCOMPARE(f.feed(f.kQuiet), QuietGate::State::Closed);
    const int loudIndex = f.index;
    QCOMPARE(f.feed(f.kLoud), QuietGate::State::Open);
    QVERIFY(f.gate.opened());
    QCOMPARE(f.gate.prerollFrames(), QuietGate::kPrerollFrames);
    for (int i = 0; i < f.gate.prerollFrames(); ++i)
        QCOMPARE(f.prerollNumber(i), (loudIndex - QuietGate::kPrerollFrames + i) % 64);
    QCOMPARE(f.gate.openings(), int64_t(1));
    // Handed out once.
    f.feed(f.kLoud);
    QVERIFY(!f.gate.opened());
    QCOMPARE(f.gate.prerollFrames(), 0);
}

void tst_QuietGate::prerollCoversALongFragment_data()
{
    QTest::addColumn<int>("onsetInFragment"); // the frame of the fragment that is loud

    const int last = PulseCapture::kLongFragmentMs / 10 - 1;
    QTest::newRow("onset in the fragment's first frame") << 0;
    QTest::newRow("onset mid-fragment") << last / 2;
    QTest::newRow("onset in the fragment's last frame") << last;
}

void tst_QuietGate::prerollCoversALongFragment()
{
    // While the gate is closed the microphone arrives in long fragments (pulsecapture.h): the
    // frames of one fragment reach the gate together, up to kLongFragmentMs after the first of
    // them was captured, and the fragments stay long until the chunk the gate opened in has
    // reached the main thread. Whichever frame of a fragment is the onset, the pre-roll handed
    // out with it holds every frame of that fragment before it and the whole fragment before
    // that: the processing meets the onset with the room as it was, nothing of it clipped.
    QFETCH(int, onsetInFragment);
    const int fragmentFrames = PulseCapture::kLongFragmentMs / 10;
    QVERIFY(QuietGate::kPrerollFrames >= 2 * fragmentFrames);

    NumberedFrames f;
    QVERIFY(f.closeGate());
    // Whole quiet fragments, then the one with the onset.
    for (int i = 0; i < 4 * fragmentFrames; ++i)
        QCOMPARE(f.feed(f.kQuiet), QuietGate::State::Closed);
    const int fragmentStart = f.index;
    for (int i = 0; i < onsetInFragment; ++i)
        QCOMPARE(f.feed(f.kQuiet), QuietGate::State::Closed);
    QCOMPARE(f.feed(f.kLoud), QuietGate::State::Open);
    QVERIFY(f.gate.opened());

    // The pre-roll ends with the frame before the onset and reaches back a fragment further
    // than the onset's own.
    const int held = f.gate.prerollFrames();
    QVERIFY2(held >= onsetInFragment + fragmentFrames, qPrintable(QString::number(held)));
    const int oldest = fragmentStart + onsetInFragment - held;
    QVERIFY(oldest <= fragmentStart - fragmentFrames);
    for (int i = 0; i < held; ++i)
        QCOMPARE(f.prerollNumber(i), (oldest + i) % 64);
}

void tst_QuietGate::dropoutsToDigitalSilenceKeepItClosed()
{
    // The room's noise with a feed that runs dry now and then (30 ms of zeros every 2 s, as a
    // busy machine's audio server delivers): the zeros are no floor, the noise after them is not
    // loud, and the gate stays closed.
    std::vector<float> x = whiteNoise(12 * kRate, fromDbfs(-60), 8);
    for (size_t at = size_t(2 * kRate); at + 480 < x.size(); at += size_t(2 * kRate))
        std::fill(x.begin() + qsizetype(at), x.begin() + qsizetype(at + 480), 0.0f);
    QuietGate gate;
    const Run run = runGate(gate, x);
    const int closedAt = firstIn(run, QuietGate::State::Closed);
    QVERIFY(closedAt >= 0 && closedAt <= 100);
    QVERIFY2(run.openedAt.empty(), qPrintable(u"opened %1 times"_s.arg(run.openedAt.size())));
}

void tst_QuietGate::offIsAlwaysOpen()
{
    const std::vector<float> x = whiteNoise(5 * kRate, fromDbfs(-60), 6);
    QuietGate gate(QuietGate::Mode::Off);
    const Run run = runGate(gate, x);
    QCOMPARE(firstIn(run, QuietGate::State::Closed), -1);
    QCOMPARE(gate.closedFrames(), int64_t(0));
}

void tst_QuietGate::pipelinePassesQuietFramesRawAndStillHearsSpeech()
{
    // bench/run's room (−60 dBFS), then a quiet voice (−40 dBFS) at 3 s: the pipeline skips
    // the processing in the room, hands those frames back unchanged, and its detector still
    // hears the voice.
    std::vector<float> x = whiteNoise(10 * kRate, fromDbfs(-60), 7);
    std::vector<float> voice = m_speech;
    scaleTo(voice, fromDbfs(-40));
    for (size_t i = 0; i < voice.size(); ++i)
        x[size_t(3 * kRate) + i] += voice[i];

    CapturePipeline pipeline({}, {});
    const std::vector<int16_t> silence(kFrame, 0);
    std::vector<int16_t> frame(kFrame);
    int quietFrames = 0;
    int rawMismatches = 0;
    std::optional<int> speechStartedAt;
    for (size_t start = 0; start + kFrame <= x.size(); start += kFrame) {
        livedesk::dsp::floatToS16(std::span<const float>(x).subspan(start, kFrame), frame);
        const std::vector<int16_t> raw = frame;
        pipeline.processRender(silence);
        const CaptureFrameResult r = pipeline.processCapture(frame, 40);
        if (r.quiet) {
            ++quietFrames;
            rawMismatches += frame == raw ? 0 : 1;
        }
        if (r.vad.event == VadEvent::SpeechStarted && !speechStartedAt)
            speechStartedAt = int(start / kFrame);
    }
    qInfo("%d of %d frames skipped the processing; speech started at frame %d", quietFrames,
          int(x.size() / kFrame), speechStartedAt.value_or(-1));
    QCOMPARE(rawMismatches, 0);
    // The room before the voice (3 s less the hold) and after it (most of the rest).
    QVERIFY2(quietFrames >= 200 + 200, qPrintable(QString::number(quietFrames)));
    QVERIFY(speechStartedAt.has_value());
    QVERIFY2(*speechStartedAt >= 300 && *speechStartedAt < 300 + 100,
             qPrintable(QString::number(*speechStartedAt)));
}

QTEST_GUILESS_MAIN(tst_QuietGate)
#include "tst_quietgate.moc"
