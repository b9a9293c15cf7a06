// The soxr resampler on the engine's paths: a 1 kHz tone keeps its frequency (error < 1 %) and
// tones above the new Nyquist frequency leave no alias products above −60 dB, whether the
// signal is converted whole or streamed in 10 ms blocks as the processing thread does; and the
// engine's low-latency streaming setting holds back little audio.
#include "audio/dsp/resampler.h"

#include "audiotestsupport.h"

#include <QTest>

using namespace livedesk::dsp;
using namespace livedesk::audio::test;

namespace {

enum class Mode { Whole, Streamed, StreamedLowLatency };

std::vector<float> convert(const std::vector<float> &in, int from, int to, Mode mode)
{
    if (mode == Mode::Whole)
        return resample(in, from, to, 1, ResamplerQuality::High);
    Resampler r(from, to, 1, ResamplerQuality::High,
                mode == Mode::StreamedLowLatency ? ResamplerLatency::Streaming
                                                 : ResamplerLatency::Default);
    std::vector<float> out;
    const size_t block = size_t(from) / 100;
    std::vector<float> scratch(r.maxOutputFrames(block));
    for (size_t at = 0; at < in.size(); at += block) {
        const auto part = std::span<const float>(in).subspan(at, std::min(block, in.size() - at));
        const size_t n = r.process(part, std::span<float>(scratch));
        out.insert(out.end(), scratch.begin(), scratch.begin() + qsizetype(n));
    }
    r.flush(out);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Mode)

class tst_Resampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toneSurvivesWithoutAliases_data();
    void toneSurvivesWithoutAliases();
    void lowLatencyStreamingHoldsBackLittle_data();
    void lowLatencyStreamingHoldsBackLittle();
    void rejectsNonsenseRates();
    void emptyChunksLeaveTheStreamRunning_data();
    void emptyChunksLeaveTheStreamRunning();
};

void tst_Resampler::toneSurvivesWithoutAliases_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QList<double>>("intruders"); // tones that must not come through

    // Downsampling: these would fold to 7, 5.5, 2.5 and 4 kHz without the anti-alias filter.
    const QList<double> above8k {9000, 10500, 13500, 20000};
    QTest::newRow("48 kHz to 16 kHz, whole buffer") << 48000 << 16000 << Mode::Whole << above8k;
    QTest::newRow("48 kHz to 16 kHz, streamed in 10 ms blocks")
            << 48000 << 16000 << Mode::Streamed << above8k;
    QTest::newRow("44.1 kHz to 16 kHz, streamed in 10 ms blocks")
            << 44100 << 16000 << Mode::Streamed << QList<double> {9000, 10500, 13500, 20000};
    QTest::newRow("48 kHz to 16 kHz, streamed with low latency (the microphone path)")
            << 48000 << 16000 << Mode::StreamedLowLatency << above8k;
    QTest::newRow("44.1 kHz to 16 kHz, streamed with low latency")
            << 44100 << 16000 << Mode::StreamedLowLatency << above8k;
    QTest::newRow("24 kHz to 44.1 kHz, streamed with low latency (the speaker path)")
            << 24000 << 44100 << Mode::StreamedLowLatency << QList<double> {};
    // Upsampling the model's voice for a 48 kHz device: no images above 12 kHz.
    QTest::newRow("24 kHz to 48 kHz, streamed in 10 ms blocks")
            << 24000 << 48000 << Mode::Streamed << QList<double> {};
}

void tst_Resampler::toneSurvivesWithoutAliases()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(Mode, mode);
    QFETCH(QList<double>, intruders);

    std::vector<float> in = tone(1000.0, 1.5, from, 0.4f);
    for (double f : std::as_const(intruders)) {
        const auto intruder = tone(f, 1.5, from, 0.1f);
        for (size_t i = 0; i < in.size(); ++i)
            in[i] += intruder[i];
    }
    const std::vector<float> out = convert(in, from, to, mode);
    QVERIFY(std::abs(double(out.size()) - 1.5 * to) < 0.01 * to);

    // One second from the middle, away from the filter's start-up and tail.
    const std::span<const float> middle(out.data() + to / 4, size_t(to));
    const double reference = componentAmplitude(middle, 1000.0, to);
    QVERIFY(std::abs(reference - 0.4) < 0.01); // the tone's amplitude is kept

    if (intruders.isEmpty()) {
        const double frequency = toneFrequency(middle, to);
        qInfo("measured %.3f Hz", frequency);
        QVERIFY(std::abs(frequency - 1000.0) < 10.0);
    }

    // Everything else in the output band, in 25 Hz steps.
    const double limit = reference * std::pow(10.0, -60.0 / 20.0);
    const double scanFrom = intruders.isEmpty() ? 12500.0 : 50.0; // images live above 12 kHz
    const double scanTo = to / 2.0 - 100.0;
    double worst = 0;
    double worstAt = 0;
    for (double f = scanFrom; f <= scanTo; f += 25.0) {
        if (std::abs(f - 1000.0) < 100.0)
            continue;
        const double a = componentAmplitude(middle, f, to);
        if (a > worst) {
            worst = a;
            worstAt = f;
        }
    }
    qInfo("strongest other component: %.1f dB at %.0f Hz", 20.0 * std::log10(worst / reference),
          worstAt);
    QVERIFY2(worst < limit, "an alias or image product above -60 dB");

    if (!intruders.isEmpty()) {
        // Frequency from a clean conversion of the tone alone.
        const auto clean = convert(tone(1000.0, 1.5, from, 0.4f), from, to, mode);
        const double frequency = toneFrequency(std::span<const float>(clean.data() + to / 4,
                                                                      size_t(to)),
                                               to);
        qInfo("measured %.3f Hz", frequency);
        QVERIFY(std::abs(frequency - 1000.0) < 10.0); // < 1 %
    }
}

void tst_Resampler::lowLatencyStreamingHoldsBackLittle_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("48 kHz to 16 kHz") << 48000 << 16000;
    QTest::newRow("44.1 kHz to 16 kHz") << 44100 << 16000;
    QTest::newRow("24 kHz to 48 kHz") << 24000 << 48000;
    QTest::newRow("24 kHz to 44.1 kHz") << 24000 << 44100;
}

void tst_Resampler::lowLatencyStreamingHoldsBackLittle()
{
    // Fed 10 ms at a time, how much of what went in has not come out yet: this adds straight
    // to the engine's capture and playback latency.
    QFETCH(int, from);
    QFETCH(int, to);
    Resampler r(from, to, 1, ResamplerQuality::High, ResamplerLatency::Streaming);
    const auto in = tone(440.0, 0.5, from);
    std::vector<float> out(r.maxOutputFrames(size_t(from) / 100));
    size_t produced = 0;
    for (size_t at = 0; at + size_t(from) / 100 <= in.size(); at += size_t(from) / 100)
        produced += r.process(std::span<const float>(in).subspan(at, size_t(from) / 100),
                              std::span<float>(out));
    const double heldMs = (0.5 - double(produced) / to) * 1000.0;
    qInfo("holds back %.1f ms", heldMs);
    QVERIFY(heldMs < 15.0); // the default settings hold back 25–35 ms
}

void tst_Resampler::rejectsNonsenseRates()
{
    Resampler r(0, 16000, 1);
    QVERIFY(!r.isValid());
    QVERIFY(r.errorString().contains(QLatin1String("invalid")));
    std::vector<float> out;
    QCOMPARE(r.process(std::vector<float>(100, 0.5f), out), size_t(0));
}

void tst_Resampler::emptyChunksLeaveTheStreamRunning_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("emptySamples"); // what the empty chunk holds: less than one frame
    QTest::newRow("mono, no samples (a part that decoded to nothing)") << 1 << 0;
    QTest::newRow("stereo, half a frame") << 2 << 1;
}

void tst_Resampler::emptyChunksLeaveTheStreamRunning()
{
    // A server's audio part can decode to no samples ("", "AA==", invalid base64). soxr reads an
    // empty input as the end of the stream; the next real chunk then crashed the process.
    QFETCH(int, channels);
    QFETCH(int, emptySamples);
    const auto mono = tone(440.0, 0.3, 24000);
    std::vector<float> in;
    for (float s : mono)
        in.insert(in.end(), size_t(channels), s);
    const size_t block = 240 * size_t(channels);
    const std::vector<float> empty(size_t(emptySamples), 0.25f);

    size_t fromEmptyChunks = 0;
    auto run = [&](bool withEmptyChunks) {
        Resampler r(24000, 16000, channels, ResamplerQuality::High, ResamplerLatency::Streaming);
        std::vector<float> out;
        for (size_t at = 0; at < in.size(); at += block) {
            if (withEmptyChunks) {
                fromEmptyChunks += r.process(empty, out);
                fromEmptyChunks += r.process(std::span<const float>(), out);
            }
            r.process(std::span<const float>(in).subspan(at, std::min(block, in.size() - at)), out);
        }
        r.flush(out);
        return out;
    };
    const std::vector<float> plain = run(false);
    const std::vector<float> interleaved = run(true);
    QVERIFY(!plain.empty());
    QCOMPARE(fromEmptyChunks, size_t(0));
    // The empty chunks change nothing: not a sample more, less or different.
    QCOMPARE(interleaved.size(), plain.size());
    QVERIFY(interleaved == plain);
}

QTEST_GUILESS_MAIN(tst_Resampler)
#include "tst_resampler.moc"
