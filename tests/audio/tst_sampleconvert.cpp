// Device sample formats to the engine's mono float and back: every format Qt Multimedia offers
// (UInt8, Int16, Int32, Float), mono and stereo, with the silence test used by the no-signal
// warning.
#include "audio/sampleconvert.h"

#include <QTest>

#include <cstring>
#include <vector>

using namespace livedesk::audio;

Q_DECLARE_METATYPE(QAudioFormat::SampleFormat)

class tst_SampleConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void stereoIsAveraged();
    void silenceIsRecognised_data();
    void silenceIsRecognised();
    void unsupportedFormatsAreRefused();
};

static QAudioFormat format(QAudioFormat::SampleFormat sampleFormat, int channels)
{
    QAudioFormat f;
    f.setSampleRate(48000);
    f.setChannelCount(channels);
    f.setSampleFormat(sampleFormat);
    return f;
}

void tst_SampleConvert::roundTrip_data()
{
    QTest::addColumn<QAudioFormat::SampleFormat>("sampleFormat");
    QTest::addColumn<int>("channels");
    QTest::addColumn<float>("tolerance");

    QTest::newRow("unsigned 8-bit mono") << QAudioFormat::UInt8 << 1 << 1.0f / 64;
    QTest::newRow("16-bit stereo") << QAudioFormat::Int16 << 2 << 1.0f / 16384;
    QTest::newRow("16-bit mono") << QAudioFormat::Int16 << 1 << 1.0f / 16384;
    QTest::newRow("32-bit six channels") << QAudioFormat::Int32 << 6 << 1e-6f;
    QTest::newRow("float stereo") << QAudioFormat::Float << 2 << 0.0f;
}

void tst_SampleConvert::roundTrip()
{
    QFETCH(QAudioFormat::SampleFormat, sampleFormat);
    QFETCH(int, channels);
    QFETCH(float, tolerance);

    const QAudioFormat f = format(sampleFormat, channels);
    QVERIFY(isSupportedDeviceFormat(f));
    const std::vector<float> in {0.0f, 0.5f, -0.5f, 0.999f, -1.0f, 0.25f};
    std::vector<char> bytes(in.size() * size_t(f.bytesPerFrame()));
    monoToDevice(in, f, bytes.data());
    std::vector<float> back(in.size());
    deviceToMono(bytes.data(), in.size(), f, back.data());
    for (size_t i = 0; i < in.size(); ++i)
        QVERIFY2(std::abs(back[i] - in[i]) <= tolerance,
                 qPrintable(
                         QStringLiteral("sample %1: %2 became %3").arg(i).arg(in[i]).arg(back[i])));
    // Out-of-range values are clamped, not wrapped.
    const std::vector<float> loud {1.5f, -3.0f};
    monoToDevice(loud, f, bytes.data());
    deviceToMono(bytes.data(), 2, f, back.data());
    QVERIFY(back[0] > 0.98f);
    QVERIFY(back[1] < -0.98f);
}

void tst_SampleConvert::stereoIsAveraged()
{
    const QAudioFormat f = format(QAudioFormat::Int16, 2);
    const int16_t frames[] = {16384, 0, -16384, -16384}; // (0.5, 0), (-0.5, -0.5)
    float mono[2];
    deviceToMono(reinterpret_cast<const char *>(frames), 2, f, mono);
    QCOMPARE(mono[0], 0.25f);
    QCOMPARE(mono[1], -0.5f);
}

void tst_SampleConvert::silenceIsRecognised_data()
{
    QTest::addColumn<QAudioFormat::SampleFormat>("sampleFormat");
    QTest::newRow("unsigned 8-bit silence is 128") << QAudioFormat::UInt8;
    QTest::newRow("16-bit") << QAudioFormat::Int16;
    QTest::newRow("32-bit") << QAudioFormat::Int32;
    QTest::newRow("float, negative zero included") << QAudioFormat::Float;
}

void tst_SampleConvert::silenceIsRecognised()
{
    QFETCH(QAudioFormat::SampleFormat, sampleFormat);
    const QAudioFormat f = format(sampleFormat, 2);
    std::vector<float> mono(480, 0.0f);
    if (sampleFormat == QAudioFormat::Float)
        mono[7] = -0.0f;
    std::vector<char> bytes(mono.size() * size_t(f.bytesPerFrame()));
    monoToDevice(mono, f, bytes.data());
    QVERIFY(!hasNonZeroSample(bytes.data(), mono.size(), f));
    mono[300] = 0.01f;
    monoToDevice(mono, f, bytes.data());
    QVERIFY(hasNonZeroSample(bytes.data(), mono.size(), f));
}

void tst_SampleConvert::unsupportedFormatsAreRefused()
{
    QVERIFY(!isSupportedDeviceFormat(QAudioFormat()));
    QAudioFormat noChannels = format(QAudioFormat::Int16, 1);
    noChannels.setChannelCount(0);
    QVERIFY(!isSupportedDeviceFormat(noChannels));
}

QTEST_GUILESS_MAIN(tst_SampleConvert)
#include "tst_sampleconvert.moc"
