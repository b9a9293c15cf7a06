// EchoDelayEstimator: the echo's lag in the canceller's far end, found from the signals. Model
// speech (espeak-ng) plays as the far end; the microphone hears it after a known delay through a
// small room (a few reflections), at an echo level from loud to faint, over noise.
#include "audio/capturepipeline.h"
#include "audio/correlation.h"
#include "audio/echodelay.h"

#include "audiotestsupport.h"

#include <QTest>

#include <optional>
#include <random>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRate = 16000;
constexpr int kFrame = EchoDelayEstimator::kFrameSamples;

// The microphone: `far` after `delayMs` and three reflections, at `gain`, plus noise at
// `noiseRms`, plus `user` (the user's own voice) if given.
std::vector<float> microphone(const std::vector<float> &far, double delayMs, float gain,
                              float noiseRms, const std::vector<float> &user = {})
{
    const int delay = int(std::lround(delayMs * kRate / 1000.0));
    std::vector<float> mic = whiteNoise(far.size(), noiseRms, 11);
    const std::pair<int, float> taps[] = {{0, 1.0f}, {56, 0.4f}, {150, -0.25f}, {400, 0.1f}};
    for (size_t i = 0; i < far.size(); ++i) {
        for (const auto &[offset, weight] : taps) {
            const int64_t from = int64_t(i) - delay - offset;
            if (from >= 0)
                mic[i] += gain * weight * far[size_t(from)];
        }
        if (i < user.size())
            mic[i] += user[i];
    }
    return mic;
}

// Runs both signals through the estimator frame by frame; the first confirmed lag, if any.
std::optional<float> firstLag(EchoDelayEstimator &estimator, const std::vector<float> &far,
                              const std::vector<float> &mic, int *atFrame = nullptr)
{
    std::array<int16_t, kFrame> f {};
    std::array<int16_t, kFrame> m {};
    const size_t frames = std::min(far.size(), mic.size()) / kFrame;
    for (size_t k = 0; k < frames; ++k) {
        for (int i = 0; i < kFrame; ++i) {
            f[size_t(i)] = int16_t(std::clamp(far[k * kFrame + size_t(i)], -1.0f, 1.0f) * 32767);
            m[size_t(i)] = int16_t(std::clamp(mic[k * kFrame + size_t(i)], -1.0f, 1.0f) * 32767);
        }
        estimator.pushFar(f);
        if (const std::optional<float> lag = estimator.pushNear(m)) {
            if (atFrame)
                *atFrame = int(k);
            return lag;
        }
    }
    return std::nullopt;
}

} // namespace

class tst_EchoDelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsTheEchoLag_data();
    void findsTheEchoLag();
    void findsNothingWithoutAnEcho_data();
    void findsNothingWithoutAnEcho();
    void findsTheLagAgainAfterAReset();
    void followsTheLagBetweenSearches();
    void theLagFollowsAFarEndHeldBack();
    void correlationSumsAreTheirDefinition_data();
    void correlationSumsAreTheirDefinition();

private:
    std::vector<float> m_model; // the model's reply, 16 kHz, −20 dBFS
    std::vector<float> m_user;
};

void tst_EchoDelay::initTestCase()
{
    QVERIFY2(haveEspeak(), "espeak-ng is needed to make test speech (Debian: espeak-ng)");
    QString error;
    m_model = speech(u"The museum opens at nine in the morning and closes at five in the "
                     u"evening, except on Mondays, when it stays closed all day."_s,
                     kRate, u"en-us"_s, &error);
    QVERIFY2(!m_model.empty(), qPrintable(error));
    scaleTo(m_model, 0.1f);
    m_user = speech(u"Sorry, could you say that again more slowly please?"_s, kRate, u"en-gb+f3"_s,
                    &error);
    QVERIFY2(!m_user.empty(), qPrintable(error));
    scaleTo(m_user, 0.1f);
}

void tst_EchoDelay::findsTheEchoLag_data()
{
    QTest::addColumn<double>("delayMs");
    QTest::addColumn<float>("gain");
    // From a laptop's own speaker (tens of ms) to Bluetooth (a quarter second and more); the
    // echo from as loud as the far end to 30 dB down, over noise at −60 dBFS.
    QTest::newRow("20 ms, loud") << 20.0 << 1.0f;
    QTest::newRow("47.3 ms") << 47.3 << 0.3f;
    QTest::newRow("120 ms") << 120.0 << 0.3f;
    QTest::newRow("250 ms, faint") << 250.0 << 0.03f;
    QTest::newRow("430 ms") << 430.0 << 0.3f;
}

void tst_EchoDelay::findsTheEchoLag()
{
    QFETCH(double, delayMs);
    QFETCH(float, gain);
    EchoDelayEstimator estimator;
    int atFrame = -1;
    const std::optional<float> lag = firstLag(estimator, m_model,
                                              microphone(m_model, delayMs, gain, 0.001f), &atFrame);
    QVERIFY2(lag.has_value(), qPrintable(u"correlation %1"_s.arg(estimator.lastCorrelation())));
    // To the decimated sample (0.25 ms), and the direct sound, not a reflection.
    QVERIFY2(std::abs(*lag - delayMs) <= 0.5, qPrintable(u"found %1 ms"_s.arg(*lag)));
    // Within the first 2.5 s of the reply: early in its first reply, not after 15 s.
    QVERIFY2(atFrame <= 250, qPrintable(u"only at frame %1"_s.arg(atFrame)));
}

void tst_EchoDelay::findsNothingWithoutAnEcho_data()
{
    QTest::addColumn<bool>("userTalks");
    // Headphones: the far end plays, the microphone hears only noise, or only the user.
    QTest::newRow("noise only") << false;
    QTest::newRow("the user alone") << true;
}

void tst_EchoDelay::findsNothingWithoutAnEcho()
{
    QFETCH(bool, userTalks);
    EchoDelayEstimator estimator;
    std::vector<float> user;
    if (userTalks) {
        // The user talks all through the model's reply.
        while (user.size() < m_model.size())
            user.insert(user.end(), m_user.begin(), m_user.end());
    }
    const std::vector<float> mic = microphone(m_model, 0.0, 0.0f, 0.001f, user);
    QVERIFY(!firstLag(estimator, m_model, mic).has_value());
    QVERIFY2(estimator.lastCorrelation() < EchoDelayEstimator::kFoundCorrelation,
             qPrintable(u"correlation %1"_s.arg(estimator.lastCorrelation())));
}

void tst_EchoDelay::findsTheLagAgainAfterAReset()
{
    // After the far end was moved (AudioProcessor holds it back), the old signals say nothing:
    // the next lag comes from what followed the reset.
    EchoDelayEstimator estimator;
    QVERIFY(firstLag(estimator, m_model, microphone(m_model, 120.0, 0.3f, 0.001f)).has_value());
    estimator.reset();
    const std::optional<float> lag = firstLag(estimator, m_model,
                                              microphone(m_model, 30.0, 0.3f, 0.001f));
    QVERIFY(lag.has_value());
    QVERIFY2(std::abs(*lag - 30.0f) <= 0.5f, qPrintable(u"found %1 ms"_s.arg(*lag)));
}

void tst_EchoDelay::followsTheLagBetweenSearches()
{
    // A loopback's latency moves by a few milliseconds (module-loopback under load): the lag is
    // followed within a second, not at the next full search 3 s later.
    const std::vector<float> before = microphone(m_model, 60.0, 0.3f, 0.001f);
    const std::vector<float> after = microphone(m_model, 66.0, 0.3f, 0.001f);
    EchoDelayEstimator probe;
    int confirmedAt = -1;
    QVERIFY(firstLag(probe, m_model, before, &confirmedAt).has_value());
    const int switchFrame = confirmedAt + 50;
    QVERIFY2(size_t(switchFrame + 150) * kFrame <= m_model.size(),
             "the model's speech is too short");
    std::vector<float> mic(before.begin(), before.begin() + switchFrame * kFrame);
    mic.insert(mic.end(), after.begin() + switchFrame * kFrame, after.end());

    EchoDelayEstimator estimator;
    std::array<int16_t, kFrame> f {};
    std::array<int16_t, kFrame> m {};
    float lastLag = -1.0f;
    int followedAt = -1;
    for (size_t k = 0; k < m_model.size() / kFrame; ++k) {
        for (int i = 0; i < kFrame; ++i) {
            f[size_t(i)] = int16_t(std::clamp(m_model[k * kFrame + size_t(i)], -1.0f, 1.0f) * 32767);
            m[size_t(i)] = int16_t(std::clamp(mic[k * kFrame + size_t(i)], -1.0f, 1.0f) * 32767);
        }
        estimator.pushFar(f);
        if (const std::optional<float> lag = estimator.pushNear(m)) {
            lastLag = *lag;
            if (followedAt < 0 && int(k) >= switchFrame && std::abs(*lag - 66.0f) <= 0.5f)
                followedAt = int(k);
        }
        // Before the move: the first lag found, never a wrong one.
        if (int(k) < switchFrame && lastLag >= 0)
            QVERIFY2(std::abs(lastLag - 60.0f) <= 0.5f, qPrintable(u"found %1 ms"_s.arg(lastLag)));
    }
    QVERIFY2(followedAt >= 0, qPrintable(u"last lag %1 ms"_s.arg(lastLag)));
    QVERIFY2(followedAt - switchFrame <= 100,
             qPrintable(u"followed %1 ms after the move"_s.arg((followedAt - switchFrame) * 10)));
    QVERIFY2(std::abs(lastLag - 66.0f) <= 0.5f, qPrintable(u"ended at %1 ms"_s.arg(lastLag)));
}

void tst_EchoDelay::theLagFollowsAFarEndHeldBack()
{
    // CapturePipeline, as AudioProcessor feeds it: each far-end frame with its lead (it plays
    // 20 ms after the microphone frame it goes in before). At frame `held` FarEndResync holds
    // the far end back a frame (silence in its place): from then on each far-end frame goes in
    // one microphone frame later, 10 ms less ahead, and its echo is 160 samples nearer the
    // newest far-end sample. The lag must follow at once, not wait for the estimator to find it
    // again (seconds, during which the double-talk detector would decide nothing).
    const double delayMs = 60.0;
    const std::vector<float> mic = microphone(m_model, delayMs, 0.3f, 0.001f);
    CapturePipeline pipeline({}, {});
    const int frames = int(std::min(m_model.size(), mic.size()) / kFrame);
    int held = -1;
    int lagBefore = -1;
    std::array<int16_t, kFrame> f {};
    std::array<int16_t, kFrame> m {};
    const std::array<int16_t, kFrame> silence {};
    for (int k = 0; k < frames; ++k) {
        // The far end's content for this microphone frame: one frame later after the hold.
        const int farFrame = held >= 0 && k >= held ? k - 1 : k;
        for (int i = 0; i < kFrame; ++i) {
            f[size_t(i)] = int16_t(std::clamp(m_model[size_t(farFrame * kFrame + i)], -1.0f, 1.0f)
                                   * 32767);
            m[size_t(i)] = int16_t(std::clamp(mic[size_t(k * kFrame + i)], -1.0f, 1.0f) * 32767);
        }
        if (held >= 0 && k == held) {
            pipeline.processRender(silence); // no play time: silence standing in
            pipeline.farEndMoved();
        } else {
            pipeline.processRender(f, held >= 0 && k > held ? 10'000 : 20'000);
        }
        pipeline.processCapture(m, 60);
        if (held < 0 && pipeline.echoLagSamples() >= 0 && k > 300) {
            held = k + 1;
            lagBefore = pipeline.echoLagSamples();
        }
        if (held >= 0 && k >= held + 10 && k < held + 100) {
            // Within a frame of the old lag less one frame, long before a new search agrees.
            QVERIFY2(std::abs(pipeline.echoLagSamples() - (lagBefore - kFrame)) <= 16,
                     qPrintable(u"frame %1: lag %2 samples, %3 before the hold"_s.arg(k)
                                        .arg(pipeline.echoLagSamples())
                                        .arg(lagBefore)));
        }
    }
    QVERIFY2(held >= 0, "the lag was never found");
    QVERIFY2(frames > held + 100, "the model's speech is too short");
    // Another device: another path, whose lag nothing tells yet.
    pipeline.echoPathChanged();
    QCOMPARE(pipeline.echoLagSamples(), -1);
}

void tst_EchoDelay::correlationSumsAreTheirDefinition_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("offset"); // unaligned starts: the lanes load from any sample
    QTest::newRow("a frame") << 160 << 1 << 0;
    QTest::newRow("a frame, unaligned") << 160 << 1 << 3;
    QTest::newRow("a tail past the lanes") << 45 << 1 << 1;
    QTest::newRow("shorter than the lanes") << 5 << 1 << 0;
    QTest::newRow("nothing") << 0 << 1 << 0;
    QTest::newRow("a second decimated, every other sample") << 4000 << 2 << 1;
    QTest::newRow("a second decimated") << 4000 << 1 << 2;
}

void tst_EchoDelay::correlationSumsAreTheirDefinition()
{
    QFETCH(int, samples);
    QFETCH(int, step);
    QFETCH(int, offset);
    const std::vector<float> far = whiteNoise(size_t(samples + offset), 0.3f, 5);
    const std::vector<float> near = whiteNoise(size_t(samples + offset), 0.1f, 6);
    double cross = 0, farEnergy = 0, nearEnergy = 0;
    for (int i = 0; i < samples; i += step) {
        const double f = far[size_t(offset + i)];
        const double v = near[size_t(offset + i)];
        cross += f * v;
        farEnergy += f * f;
        nearEnergy += v * v;
    }
    const CorrelationSums sums = correlationSums(far.data() + offset, near.data() + offset, samples,
                                                 step);
    // Partial sums in lanes round differently from one running sum, never by more than this.
    const double tolerance = 1e-4 * std::max(1.0, farEnergy);
    QVERIFY2(std::abs(sums.cross - cross) <= tolerance,
             qPrintable(u"cross %1, by definition %2"_s.arg(sums.cross).arg(cross)));
    QVERIFY2(std::abs(sums.farEnergy - farEnergy) <= tolerance,
             qPrintable(u"far %1, by definition %2"_s.arg(sums.farEnergy).arg(farEnergy)));
    QVERIFY2(std::abs(sums.nearEnergy - nearEnergy) <= tolerance,
             qPrintable(u"near %1, by definition %2"_s.arg(sums.nearEnergy).arg(nearEnergy)));
    if (samples > 0)
        QVERIFY(farEnergy > 0); // the check compared something
}

QTEST_GUILESS_MAIN(tst_EchoDelay)
#include "tst_echodelay.moc"
