// Voice activity: espeak-ng speech is detected; silence, white noise and pink noise at speech
// level are not. Each signal runs through the engine's capture pipeline (noise suppression, gain
// and WebRTC's detector included) and through the bare detector, which is what a build without
// the WebRTC library has.
#include "audio/capturepipeline.h"

#include "audiotestsupport.h"

#include <QTest>

using namespace livedesk::audio;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRate = 16000;
constexpr int kFrame = 160;

enum class Signal {
    Speech,
    QuietSpeech,
    SpeechInPinkNoise,
    Silence,
    WhiteNoise,
    PinkNoise,
    NoiseAfterSilence
};
enum class Path { Pipeline, DetectorOnly };

struct Counts
{
    int starts = 0;
    int speechFrames = 0;
    int frames = 0;
    int firstStartFrame = -1;
};

} // namespace

Q_DECLARE_METATYPE(Signal)
Q_DECLARE_METATYPE(Path)

class tst_VoiceActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classifies_data();
    void classifies();
    void sensitivityOrdersTheThresholds();

private:
    std::vector<float> signal(Signal which) const;
    Counts classify(const std::vector<float> &x, Path path, VadSensitivity sensitivity) const;

    std::vector<float> m_speech; // a few sentences at about −20 dBFS
};

void tst_VoiceActivity::initTestCase()
{
    QVERIFY2(haveEspeak(), "espeak-ng is needed to make test speech (Debian: espeak-ng)");
    QString error;
    m_speech = speech(u"Hello, could you tell me what time it is in Tokyo? "
                      u"And remind me to call my mother this evening."_s,
                      kRate, u"en-us"_s, &error);
    QVERIFY2(!m_speech.empty(), qPrintable(error));
    scaleTo(m_speech, 0.1f);
}

std::vector<float> tst_VoiceActivity::signal(Signal which) const
{
    const size_t fiveSeconds = size_t(kRate) * 5;
    switch (which) {
    case Signal::Speech:
        return m_speech;
    case Signal::QuietSpeech: {
        auto quiet = m_speech;
        scaleTo(quiet, 0.018f); // −35 dBFS: a soft voice a metre from a laptop
        return quiet;
    }
    case Signal::SpeechInPinkNoise: {
        auto noisy = pinkNoise(m_speech.size(), 0.1f / 3.16f, 3); // 10 dB SNR
        for (size_t i = 0; i < noisy.size(); ++i)
            noisy[i] = std::clamp(noisy[i] + m_speech[i], -1.0f, 1.0f);
        return noisy;
    }
    case Signal::Silence:
        return std::vector<float>(fiveSeconds, 0.0f);
    case Signal::WhiteNoise:
        return whiteNoise(fiveSeconds, 0.1f); // the speech's level
    case Signal::PinkNoise:
        return pinkNoise(fiveSeconds, 0.1f);
    case Signal::NoiseAfterSilence: {
        // A fan switching on: the noise floor tracker starts from silence.
        std::vector<float> x(size_t(kRate), 0.0f);
        const auto noise = pinkNoise(fiveSeconds, 0.1f, 9);
        x.insert(x.end(), noise.begin(), noise.end());
        return x;
    }
    }
    return {};
}

Counts tst_VoiceActivity::classify(const std::vector<float> &x, Path path,
                                   VadSensitivity sensitivity) const
{
    VadSettings vad;
    vad.sensitivity = sensitivity;
    CapturePipeline pipeline({}, vad);
    VoiceActivityDetector bare(vad);
    Counts counts;
    std::vector<int16_t> frame(kFrame);
    const std::vector<int16_t> silence(kFrame, 0);
    for (size_t start = 0; start + kFrame <= x.size(); start += kFrame) {
        livedesk::dsp::floatToS16(std::span<const float>(x).subspan(start, kFrame), frame);
        VadResult r;
        if (path == Path::Pipeline) {
            pipeline.processRender(silence);
            r = pipeline.processCapture(frame, 40).vad;
        } else {
            r = bare.process(frame);
        }
        ++counts.frames;
        counts.speechFrames += r.speechFrame ? 1 : 0;
        if (r.event == VadEvent::SpeechStarted) {
            if (counts.firstStartFrame < 0)
                counts.firstStartFrame = counts.frames - 1;
            ++counts.starts;
        }
    }
    return counts;
}

void tst_VoiceActivity::classifies_data()
{
    QTest::addColumn<Signal>("which");
    QTest::addColumn<Path>("path");
    QTest::addColumn<bool>("isSpeech");

    const std::pair<Path, const char *> paths[] = {{Path::Pipeline, "pipeline"},
                                                   {Path::DetectorOnly, "bare detector"}};
    for (const auto &[path, name] : paths) {
        auto row = [&](const char *what) -> QTestData & {
            return QTest::addRow("%s, %s", what, name);
        };
        row("espeak-ng speech at -20 dBFS is speech") << Signal::Speech << path << true;
        row("espeak-ng speech at -35 dBFS is speech") << Signal::QuietSpeech << path << true;
        row("speech in pink noise at 10 dB SNR is speech")
                << Signal::SpeechInPinkNoise << path << true;
        row("digital silence is not speech") << Signal::Silence << path << false;
        row("white noise at speech level is not speech") << Signal::WhiteNoise << path << false;
        row("pink noise at speech level is not speech") << Signal::PinkNoise << path << false;
        row("pink noise starting after silence is not speech")
                << Signal::NoiseAfterSilence << path << false;
    }
}

void tst_VoiceActivity::classifies()
{
    QFETCH(Signal, which);
    QFETCH(Path, path);
    QFETCH(bool, isSpeech);

    if (path == Path::Pipeline && !VoiceProcessor::isAvailable())
        QSKIP(qPrintable(VoiceProcessor::unavailableReason()));
    const std::vector<float> x = signal(which);
    const Counts c = classify(x, path, VadSensitivity::Medium);
    qInfo("%d onsets, %d of %d frames speech, first onset at %d ms", c.starts, c.speechFrames,
          c.frames, c.firstStartFrame * 10);
    if (isSpeech) {
        QVERIFY(c.starts >= 1);
        // The first onset comes early in the first word (espeak starts within ~50 ms).
        QVERIFY2(c.firstStartFrame >= 0 && c.firstStartFrame * 10 < 400,
                 "speech detected too late");
        // Most of the voiced part of a sentence is speech: at least a third of all frames
        // (pauses and unvoiced consonants make up the rest).
        QVERIFY2(c.speechFrames * 3 >= c.frames, "too few speech frames");
    } else {
        QCOMPARE(c.starts, 0);
        QVERIFY2(c.speechFrames * 100 <= c.frames, "more than 1 % of frames taken for speech");
    }
}

void tst_VoiceActivity::sensitivityOrdersTheThresholds()
{
    // Speech at a level between the thresholds: the more sensitive setting hears more of it.
    auto quiet = m_speech;
    scaleTo(quiet, 0.0045f); // −47 dBFS
    const Counts low = classify(quiet, Path::DetectorOnly, VadSensitivity::Low);
    const Counts medium = classify(quiet, Path::DetectorOnly, VadSensitivity::Medium);
    const Counts high = classify(quiet, Path::DetectorOnly, VadSensitivity::High);
    qInfo("speech frames at -47 dBFS: low %d, medium %d, high %d", low.speechFrames,
          medium.speechFrames, high.speechFrames);
    QVERIFY(low.speechFrames < medium.speechFrames);
    QVERIFY(medium.speechFrames < high.speechFrames);
    QVERIFY(high.starts >= 1);
}

QTEST_GUILESS_MAIN(tst_VoiceActivity)
#include "tst_voiceactivity.moc"
