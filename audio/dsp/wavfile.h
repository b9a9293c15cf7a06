// RIFF/WAVE reading and writing. Reads integer PCM (8, 16, 24, 32 bit), IEEE float (32, 64 bit)
// and WAVE_FORMAT_EXTENSIBLE, any rate and channel count; writes 16-bit PCM. A file that is not
// one of these gives a specific error message rather than noise.
#pragma once

#include <QFile>
#include <QString>

#include <optional>
#include <vector>

namespace livedesk::dsp {

struct AudioBuffer
{
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> samples; // interleaved, −1…1

    qint64 frames() const { return channels ? qint64(samples.size()) / channels : 0; }
    double durationSeconds() const { return sampleRate ? double(frames()) / sampleRate : 0.0; }
};

struct WavReadResult
{
    std::optional<AudioBuffer> audio;
    QString error; // set when audio is empty
    // Set when the audio is usable but not what the header promised: "truncated: the header
    // says 12.00 s, the file holds 3.41 s" (readWav() puts the file's name first).
    QString warning;
};

WavReadResult readWav(const QString &path);
WavReadResult parseWav(const QByteArray &bytes);

// Reads a WAV and converts it to what the Live API takes: 16 kHz mono s16le bytes.
struct PcmReadResult
{
    QByteArray pcm;
    QString error;
    double sourceDurationSeconds = 0;
    QString warning; // as WavReadResult::warning
};
PcmReadResult readWavAsLiveInput(const QString &path, int sampleRate = 16000);

// Writes s16le samples as they arrive and patches the header sizes on every flush, so a file cut
// short by a crash still opens with the audio written so far.
class WavWriter
{
public:
    WavWriter() = default;
    ~WavWriter();
    WavWriter(const WavWriter &) = delete;
    WavWriter &operator=(const WavWriter &) = delete;

    bool open(const QString &path, int sampleRate, int channels);
    bool write(const QByteArray &s16le);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }
    qint64 dataBytes() const { return m_dataBytes; }

private:
    void patchHeader();

    QFile m_file;
    qint64 m_dataBytes = 0;
};

bool writeWav(const QString &path, const QByteArray &s16le, int sampleRate, int channels,
              QString *error = nullptr);

} // namespace livedesk::dsp
