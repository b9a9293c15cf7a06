// Speech rate with sonic: 2× halves the duration of espeak-ng speech within 5 % (0.5× doubles
// it), the pitch stays where it was, the rate can change mid-sentence, and the engine's whole
// output path (jitter buffer → sonic → soxr to the device rate) honours it.
#include "audio/playbackpipeline.h"
#include "audio/speechrate.h"

#include "audiotestsupport.h"

#include <QTest>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRate = 24000;

std::vector<float> change(const std::vector<float> &in, double rate)
{
    SpeechRateChanger changer(kRate);
    changer.setRate(rate);
    std::vector<float> out;
    std::vector<float> buffer(4096);
    const size_t block = kRate / 100;
    for (size_t at = 0; at < in.size(); at += block) {
        changer.write(std::span<const float>(in).subspan(at, std::min(block, in.size() - at)));
        while (const size_t n = changer.read(buffer))
            out.insert(out.end(), buffer.begin(), buffer.begin() + qsizetype(n));
    }
    changer.drain();
    while (const size_t n = changer.read(buffer))
        out.insert(out.end(), buffer.begin(), buffer.begin() + qsizetype(n));
    return out;
}

// Fundamental frequency by autocorrelation over 60…400 Hz.
double pitchHz(std::span<const float> x)
{
    double bestCorrelation = -1;
    int bestLag = 0;
    for (int lag = kRate / 400; lag <= kRate / 60; ++lag) {
        double xy = 0, xx = 0, yy = 0;
        for (size_t i = 0; i + size_t(lag) < x.size(); ++i) {
            xy += double(x[i]) * x[i + size_t(lag)];
            xx += double(x[i]) * x[i];
            yy += double(x[i + size_t(lag)]) * x[i + size_t(lag)];
        }
        const double c = xy / std::sqrt(xx * yy + 1e-12);
        if (c > bestCorrelation) {
            bestCorrelation = c;
            bestLag = lag;
        }
    }
    return bestLag ? double(kRate) / bestLag : 0;
}

} // namespace

class tst_SpeechRate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void durationScales_data();
    void durationScales();
    void pitchIsKept();
    void rateChangesMidSentence();
    void enginePathHonoursTheRate();

private:
    std::vector<float> m_speech;
};

void tst_SpeechRate::initTestCase()
{
    if (!SpeechRateChanger::isAvailable())
        QSKIP(qPrintable(SpeechRateChanger::unavailableReason()));
    QVERIFY2(haveEspeak(), "espeak-ng is needed to make test speech (Debian: espeak-ng)");
    QString error;
    m_speech = speech(u"The quick brown fox jumps over the lazy dog, and then it runs all the "
                      u"way home to tell its friends about the adventure."_s,
                      kRate, u"en-us"_s, &error);
    QVERIFY2(!m_speech.empty(), qPrintable(error));
}

void tst_SpeechRate::durationScales_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("2x halves the duration") << 2.0;
    QTest::newRow("1.5x") << 1.5;
    QTest::newRow("1x keeps it") << 1.0;
    QTest::newRow("0.5x doubles it") << 0.5;
}

void tst_SpeechRate::durationScales()
{
    QFETCH(double, rate);
    const auto out = change(m_speech, rate);
    const double ratio = double(out.size()) / double(m_speech.size());
    qInfo("%.2f s -> %.2f s (ratio %.3f, expected %.3f)", m_speech.size() / double(kRate),
          out.size() / double(kRate), ratio, 1.0 / rate);
    QVERIFY(std::abs(ratio * rate - 1.0) < 0.05);
    // Still speech at the same loudness, not silence or noise.
    QVERIFY(std::abs(livedesk::dsp::toDbfs(activeRms(out))
                     - livedesk::dsp::toDbfs(activeRms(m_speech)))
            < 2.0f);
}

void tst_SpeechRate::pitchIsKept()
{
    // A voiced vowel stand-in: 150 Hz with harmonics.
    std::vector<float> vowel(kRate);
    for (size_t i = 0; i < vowel.size(); ++i) {
        const double t = double(i) / kRate;
        vowel[i] = float(0.3 * std::sin(2 * std::numbers::pi * 150 * t)
                         + 0.2 * std::sin(2 * std::numbers::pi * 300 * t)
                         + 0.1 * std::sin(2 * std::numbers::pi * 450 * t));
    }
    for (double rate : {0.5, 2.0}) {
        const auto out = change(vowel, rate);
        const std::span<const float> middle(out.data() + out.size() / 4, out.size() / 2);
        const double pitch = pitchHz(middle);
        qInfo("at %.1fx: %.1f Hz", rate, pitch);
        QVERIFY(std::abs(pitch - 150.0) < 3.0);
    }
}

void tst_SpeechRate::rateChangesMidSentence()
{
    SpeechRateChanger changer(kRate);
    std::vector<float> out;
    std::vector<float> buffer(4096);
    const size_t block = kRate / 100;
    for (size_t at = 0; at < m_speech.size(); at += block) {
        if (at >= m_speech.size() / 2)
            changer.setRate(2.0); // the user drags the slider halfway through
        changer.write(std::span<const float>(m_speech).subspan(at, std::min(block,
                                                                            m_speech.size() - at)));
        while (const size_t n = changer.read(buffer))
            out.insert(out.end(), buffer.begin(), buffer.begin() + qsizetype(n));
    }
    changer.drain();
    while (const size_t n = changer.read(buffer))
        out.insert(out.end(), buffer.begin(), buffer.begin() + qsizetype(n));
    const double ratio = double(out.size()) / double(m_speech.size());
    qInfo("half at 1x, half at 2x: ratio %.3f (expected 0.75)", ratio);
    QVERIFY(std::abs(ratio - 0.75) < 0.05);
}

void tst_SpeechRate::enginePathHonoursTheRate()
{
    // Through the jitter buffer, sonic and soxr to a 48 kHz device, as the engine plays it.
    PlaybackPipeline pipeline(JitterBufferSettings {}, 48000, 2.0);
    pipeline.enqueue(toS16(m_speech));
    pipeline.endOfTurn();
    std::vector<float> period(960);
    size_t frames = 0;
    for (int i = 0; i < 2000; ++i) {
        const size_t n = pipeline.render(period);
        frames += n;
        if (n == 0 && !pipeline.hasPendingAudio())
            break;
    }
    const double ratio = double(frames) / 48000.0 / (double(m_speech.size()) / kRate);
    qInfo("engine path at 2x: ratio %.3f", ratio);
    QVERIFY(std::abs(ratio * 2.0 - 1.0) < 0.05);
    QVERIFY(!pipeline.hasPendingAudio());
}

QTEST_GUILESS_MAIN(tst_SpeechRate)
#include "tst_speechrate.moc"
