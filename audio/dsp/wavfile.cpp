#include "audio/dsp/wavfile.h"

#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"

#include <QtEndian>

#include <bit>
#include <cmath>

#include <cstring>

namespace livedesk::dsp {

namespace {

constexpr quint16 kFormatPcm = 1;
constexpr quint16 kFormatFloat = 3;
constexpr quint16 kFormatExtensible = 0xFFFE;
constexpr int kHeaderBytes = 44;

quint16 le16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

QByteArray header(int sampleRate, int channels, quint32 dataBytes)
{
    QByteArray h(kHeaderBytes, '\0');
    char *p = h.data();
    std::memcpy(p, "RIFF", 4);
    qToLittleEndian<quint32>(36 + dataBytes, p + 4);
    std::memcpy(p + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, p + 16);
    qToLittleEndian<quint16>(kFormatPcm, p + 20);
    qToLittleEndian<quint16>(quint16(channels), p + 22);
    qToLittleEndian<quint32>(quint32(sampleRate), p + 24);
    qToLittleEndian<quint32>(quint32(sampleRate * channels * 2), p + 28);
    qToLittleEndian<quint16>(quint16(channels * 2), p + 32);
    qToLittleEndian<quint16>(16, p + 34);
    std::memcpy(p + 36, "data", 4);
    qToLittleEndian<quint32>(dataBytes, p + 40);
    return h;
}

} // namespace

WavReadResult parseWav(const QByteArray &bytes)
{
    auto fail = [](const QString &why) { return WavReadResult {std::nullopt, why}; };
    if (bytes.size() < 12 || std::memcmp(bytes.constData(), "RIFF", 4) != 0
        || std::memcmp(bytes.constData() + 8, "WAVE", 4) != 0) {
        return fail(QStringLiteral("not a WAV file (no RIFF/WAVE header)"));
    }
    quint16 format = 0, channels = 0, bits = 0;
    quint32 rate = 0;
    bool haveFmt = false;
    const char *data = nullptr;
    qint64 dataSize = 0;
    qint64 declaredDataSize = 0; // what the header says, when it says more than there is

    qint64 pos = 12;
    while (pos + 8 <= bytes.size()) {
        const char *chunk = bytes.constData() + pos;
        const quint32 size = le32(chunk + 4);
        const qint64 body = pos + 8;
        const qint64 available = bytes.size() - body;
        if (std::memcmp(chunk, "fmt ", 4) == 0) {
            if (size < 16 || available < 16)
                return fail(QStringLiteral("truncated WAV format chunk"));
            const char *f = chunk + 8;
            format = le16(f);
            channels = le16(f + 2);
            rate = le32(f + 4);
            bits = le16(f + 14);
            if (format == kFormatExtensible) {
                if (size < 40 || available < 40)
                    return fail(QStringLiteral("truncated WAVE_FORMAT_EXTENSIBLE chunk"));
                format = le16(f + 24); // the sub-format GUID starts with the format tag
            }
            haveFmt = true;
        } else if (std::memcmp(chunk, "data", 4) == 0) {
            data = chunk + 8;
            // Streams written live often leave the size at 0 or 0xFFFFFFFF: take what is there.
            dataSize = (size == 0 || size == 0xFFFFFFFFu || qint64(size) > available) ? available
                                                                                      : size;
            // A size between "unknown" and what is there: the file was cut short (a copy or
            // download that did not finish).
            if (size != 0 && size != 0xFFFFFFFFu && qint64(size) > available)
                declaredDataSize = size;
            break;
        }
        pos = body + size + (size & 1);
    }
    if (!haveFmt)
        return fail(QStringLiteral("WAV file has no format chunk"));
    if (!data)
        return fail(QStringLiteral("WAV file has no data chunk"));
    if (channels == 0 || channels > 32)
        return fail(QStringLiteral("unsupported WAV channel count %1").arg(channels));
    if (rate < 1000 || rate > 768000)
        return fail(QStringLiteral("unsupported WAV sample rate %1 Hz").arg(rate));
    const bool isFloat = format == kFormatFloat;
    if (!(format == kFormatPcm && (bits == 8 || bits == 16 || bits == 24 || bits == 32))
        && !(isFloat && (bits == 32 || bits == 64))) {
        return fail(
                QStringLiteral("unsupported WAV encoding (format %1, %2 bits); use PCM or float")
                        .arg(format)
                        .arg(bits));
    }
    const int bytesPerSample = bits / 8;
    const qint64 count = dataSize / bytesPerSample / channels * channels;

    AudioBuffer audio;
    audio.sampleRate = int(rate);
    audio.channels = channels;
    audio.samples.resize(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const char *s = data + i * bytesPerSample;
        float v = 0;
        if (isFloat) {
            if (bits == 32) {
                v = std::bit_cast<float>(le32(s));
            } else {
                v = float(std::bit_cast<double>(qFromLittleEndian<quint64>(s)));
            }
            if (!std::isfinite(v))
                v = 0;
        } else if (bits == 8) {
            v = (float(quint8(*s)) - 128.0f) / 128.0f;
        } else if (bits == 16) {
            v = float(qint16(le16(s))) / 32768.0f;
        } else if (bits == 24) {
            const qint32 x = qint32((quint32(quint8(s[0])) << 8) | (quint32(quint8(s[1])) << 16)
                                    | (quint32(quint8(s[2])) << 24));
            v = float(x) / 2147483648.0f;
        } else {
            v = float(qint32(le32(s))) / 2147483648.0f;
        }
        audio.samples[size_t(i)] = v;
    }
    QString warning;
    if (declaredDataSize > 0) {
        const double bytesPerSecond = double(rate) * channels * bytesPerSample;
        warning = QStringLiteral("is truncated: the header says %1 s, the file holds %2 s")
                          .arg(double(declaredDataSize) / bytesPerSecond, 0, 'f', 2)
                          .arg(audio.durationSeconds(), 0, 'f', 2);
    }
    return {std::move(audio), {}, warning};
}

WavReadResult readWav(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("cannot open %1: %2").arg(path, file.errorString())};
    auto result = parseWav(file.readAll());
    if (!result.audio)
        result.error = path + QStringLiteral(": ") + result.error;
    if (!result.warning.isEmpty())
        result.warning = path + u' ' + result.warning;
    return result;
}

PcmReadResult readWavAsLiveInput(const QString &path, int sampleRate)
{
    auto wav = readWav(path);
    if (!wav.audio)
        return {{}, wav.error, 0};
    const AudioBuffer &in = *wav.audio;
    std::vector<float> mono(size_t(in.frames()));
    downmix(in.samples, in.channels, mono);
    const auto converted = resample(mono, in.sampleRate, sampleRate, 1);
    return {floatToS16Bytes(converted), {}, in.durationSeconds(), wav.warning};
}

WavWriter::~WavWriter()
{
    close();
}

bool WavWriter::open(const QString &path, int sampleRate, int channels)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return false;
    m_dataBytes = 0;
    return m_file.write(header(sampleRate, channels, 0)) == kHeaderBytes;
}

bool WavWriter::write(const QByteArray &s16le)
{
    if (!m_file.isOpen())
        return false;
    if (m_file.write(s16le) != s16le.size())
        return false;
    m_dataBytes += s16le.size();
    patchHeader();
    return true;
}

void WavWriter::patchHeader()
{
    const qint64 end = m_file.pos();
    char size[4];
    qToLittleEndian<quint32>(quint32(36 + m_dataBytes), size);
    m_file.seek(4);
    m_file.write(size, 4);
    qToLittleEndian<quint32>(quint32(m_dataBytes), size);
    m_file.seek(40);
    m_file.write(size, 4);
    m_file.seek(end);
}

void WavWriter::close()
{
    if (m_file.isOpen()) {
        patchHeader();
        m_file.close();
    }
}

bool writeWav(const QString &path, const QByteArray &s16le, int sampleRate, int channels,
              QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const bool ok = file.write(header(sampleRate, channels, quint32(s16le.size()))) == kHeaderBytes
                    && file.write(s16le) == s16le.size();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

} // namespace livedesk::dsp
