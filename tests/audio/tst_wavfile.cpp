// WAV reading and writing: every supported encoding decodes to the same samples, conversion to
// Live API input gives 16 kHz mono, and broken files give a specific error.
#include "audio/dsp/wavfile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace livedesk::dsp;
using namespace Qt::StringLiterals;

namespace {

QByteArray makeWav(quint16 format, int channels, int rate, int bits, const QByteArray &data)
{
    QByteArray h(44, '\0');
    memcpy(h.data(), "RIFF", 4);
    qToLittleEndian<quint32>(36 + data.size(), h.data() + 4);
    memcpy(h.data() + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, h.data() + 16);
    qToLittleEndian<quint16>(format, h.data() + 20);
    qToLittleEndian<quint16>(channels, h.data() + 22);
    qToLittleEndian<quint32>(rate, h.data() + 24);
    qToLittleEndian<quint32>(rate * channels * bits / 8, h.data() + 28);
    qToLittleEndian<quint16>(channels * bits / 8, h.data() + 32);
    qToLittleEndian<quint16>(bits, h.data() + 34);
    memcpy(h.data() + 36, "data", 4);
    qToLittleEndian<quint32>(data.size(), h.data() + 40);
    return h + data;
}

} // namespace

class tst_WavFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data();
    void encodings();
    void broken_data();
    void broken();
    void writerRoundTripAndCrashSafety();
    void liveInputConversion();
    void truncatedFileIsReadWithAWarning_data();
    void truncatedFileIsReadWithAWarning();
};

void tst_WavFile::encodings_data()
{
    QTest::addColumn<QByteArray>("wav");
    QTest::addColumn<float>("expected");

    QByteArray s16(2, '\0');
    qToLittleEndian<qint16>(16384, s16.data());
    QTest::newRow("pcm16") << makeWav(1, 1, 16000, 16, s16) << 0.5f;
    QTest::newRow("pcm8") << makeWav(1, 1, 8000, 8, QByteArray(1, char(192))) << 0.5f;
    QByteArray s24(3, '\0');
    s24[2] = 0x40;
    QTest::newRow("pcm24") << makeWav(1, 1, 48000, 24, s24) << 0.5f;
    QByteArray s32(4, '\0');
    qToLittleEndian<qint32>(0x40000000, s32.data());
    QTest::newRow("pcm32") << makeWav(1, 1, 44100, 32, s32) << 0.5f;
    QByteArray f32(4, '\0');
    qToLittleEndian<float>(0.5f, f32.data());
    QTest::newRow("float32") << makeWav(3, 1, 22050, 32, f32) << 0.5f;
}

void tst_WavFile::encodings()
{
    QFETCH(QByteArray, wav);
    QFETCH(float, expected);
    const auto result = parseWav(wav);
    QVERIFY2(result.audio, qPrintable(result.error));
    QCOMPARE(result.audio->samples.size(), size_t(1));
    QVERIFY(std::abs(result.audio->samples[0] - expected) < 1e-3f);
}

void tst_WavFile::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("empty") << QByteArray() << u"not a WAV file"_s;
    QTest::newRow("text file") << QByteArray("hello, this is not audio at all")
                               << u"not a WAV file"_s;
    QByteArray noData = makeWav(1, 1, 16000, 16, {});
    noData.truncate(36);
    QTest::newRow("no data chunk") << noData << u"no data chunk"_s;
    QTest::newRow("mu-law") << makeWav(7, 1, 8000, 8, QByteArray(4, 'x'))
                            << u"unsupported WAV encoding"_s;
    QTest::newRow("zero channels")
            << makeWav(1, 0, 16000, 16, QByteArray(4, 'x')) << u"channel count"_s;
    QTest::newRow("absurd rate") << makeWav(1, 1, 5, 16, QByteArray(4, 'x')) << u"sample rate"_s;
    QByteArray truncatedFmt("RIFF\x10\0\0\0WAVEfmt \x10\0\0\0\x01\0", 22);
    QTest::newRow("truncated fmt") << truncatedFmt << u"truncated"_s;
}

void tst_WavFile::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorContains);
    const auto result = parseWav(bytes);
    QVERIFY(!result.audio);
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
}

void tst_WavFile::writerRoundTripAndCrashSafety()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.wav"_s);
    WavWriter writer;
    QVERIFY(writer.open(path, 24000, 1));
    QByteArray chunk(4800, '\0');
    QVERIFY(writer.write(chunk));
    // Before close (as after a crash) the header already describes what was written.
    auto partial = readWav(path);
    QVERIFY2(partial.audio, qPrintable(partial.error));
    QCOMPARE(partial.audio->frames(), 2400);
    QVERIFY(writer.write(chunk));
    writer.close();
    auto whole = readWav(path);
    QVERIFY(whole.audio);
    QCOMPARE(whole.audio->frames(), 4800);
    QCOMPARE(whole.audio->sampleRate, 24000);
    QCOMPARE(whole.audio->durationSeconds(), 0.2);
}

void tst_WavFile::liveInputConversion()
{
    // One second of a stereo 44.1 kHz tone becomes one second of 16 kHz mono.
    QByteArray data(44100 * 2 * 2, '\0');
    auto *s = reinterpret_cast<qint16 *>(data.data());
    for (int i = 0; i < 44100; ++i) {
        const qint16 v = qint16(10000 * std::sin(2 * M_PI * 440 * i / 44100.0));
        s[2 * i] = v;
        s[2 * i + 1] = v;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tone.wav"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeWav(1, 2, 44100, 16, data));
    f.close();
    const auto pcm = readWavAsLiveInput(path);
    QVERIFY2(pcm.error.isEmpty(), qPrintable(pcm.error));
    QVERIFY(std::abs(pcm.pcm.size() - 32000) <= 4);
    QCOMPARE(readWavAsLiveInput(dir.filePath(u"missing.wav"_s)).error.contains(u"cannot open"_s),
             true);
}

void tst_WavFile::truncatedFileIsReadWithAWarning_data()
{
    QTest::addColumn<quint32>("declaredBytes"); // the data chunk's size field
    QTest::addColumn<QString>("warning"); // empty: none
    // 1 s of 16 kHz mono is in the file (32000 bytes).
    QTest::newRow("the header says 4 s: truncated")
            << quint32(128000) << u"is truncated: the header says 4.00 s, the file holds 1.00 s"_s;
    QTest::newRow("the header says what is there") << quint32(32000) << QString();
    // Written live, the size was never patched: nothing was lost, nothing to say.
    QTest::newRow("size 0 (a stream)") << quint32(0) << QString();
    QTest::newRow("size 0xFFFFFFFF (a stream)") << quint32(0xFFFFFFFFu) << QString();
}

void tst_WavFile::truncatedFileIsReadWithAWarning()
{
    QFETCH(quint32, declaredBytes);
    QFETCH(QString, warning);
    QByteArray wav = makeWav(1, 1, 16000, 16, QByteArray(32000, '\x01'));
    qToLittleEndian<quint32>(declaredBytes, wav.data() + 40);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"input.wav"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(wav);
    f.close();

    const auto read = readWav(path);
    QVERIFY2(read.audio, qPrintable(read.error));
    QCOMPARE(read.audio->frames(), 16000); // what is there is read
    const auto live = readWavAsLiveInput(path);
    QVERIFY2(live.error.isEmpty(), qPrintable(live.error));
    if (warning.isEmpty()) {
        QVERIFY2(read.warning.isEmpty(), qPrintable(read.warning));
        QVERIFY(live.warning.isEmpty());
    } else {
        QCOMPARE(read.warning, path + u' ' + warning); // names the file
        QCOMPARE(live.warning, read.warning);
    }
}

QTEST_GUILESS_MAIN(tst_WavFile)
#include "tst_wavfile.moc"
