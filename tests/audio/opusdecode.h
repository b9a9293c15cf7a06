// Reads an Ogg Opus file back for tests: with libopusfile when built with it
// (LIVEDESK_HAVE_OPUSFILE), otherwise through opusdec from opus-tools. 48 kHz float, per channel.
#pragma once

#include "audio/dsp/pcm.h"
#include "audio/dsp/wavfile.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <vector>

#if LIVEDESK_HAVE_OPUSFILE
#include <opusfile.h>
#endif

namespace livedesk::audio::test {

struct DecodedOpus
{
    QString error; // empty on success
    int channels = 0;
    int sampleRate = 48000; // what decoders give
    int inputSampleRate = 0; // the rate the encoder was fed (OpusHead), 0 if unknown
    std::vector<std::vector<float>> samples; // per channel
    QStringList comments; // "TAG=value"

    double seconds() const
    {
        return samples.empty() ? 0.0 : double(samples.front().size()) / sampleRate;
    }
};

inline DecodedOpus decodeOpus(const QString &path)
{
    DecodedOpus out;
#if LIVEDESK_HAVE_OPUSFILE
    int error = 0;
    OggOpusFile *file = op_open_file(path.toLocal8Bit().constData(), &error);
    if (!file) {
        out.error = QStringLiteral("op_open_file failed: %1").arg(error);
        return out;
    }
    out.channels = op_channel_count(file, -1);
    if (const OpusHead *head = op_head(file, -1))
        out.inputSampleRate = int(head->input_sample_rate);
    if (const OpusTags *tags = op_tags(file, -1)) {
        for (int i = 0; i < tags->comments; ++i)
            out.comments.append(QString::fromUtf8(tags->user_comments[i], tags->comment_lengths[i]));
    }
    out.samples.resize(size_t(out.channels));
    std::vector<float> buffer(size_t(5760) * size_t(out.channels));
    for (;;) {
        const int n = op_read_float(file, buffer.data(), int(buffer.size()), nullptr);
        if (n < 0) {
            out.error = QStringLiteral("op_read_float failed: %1").arg(n);
            break;
        }
        if (n == 0)
            break;
        for (int i = 0; i < n; ++i) {
            for (int c = 0; c < out.channels; ++c)
                out.samples[size_t(c)].push_back(buffer[size_t(i * out.channels + c)]);
        }
    }
    op_free(file);
#else
    QTemporaryDir dir;
    const QString wavPath = dir.filePath(QStringLiteral("decoded.wav"));
    QProcess opusdec;
    opusdec.start(QStringLiteral("opusdec"), {QStringLiteral("--float"), QStringLiteral("--rate"),
                                              QStringLiteral("48000"), path, wavPath});
    if (!opusdec.waitForFinished(60000) || opusdec.exitCode() != 0) {
        out.error = QStringLiteral("opusdec failed: ")
                    + QString::fromLocal8Bit(opusdec.readAllStandardError());
        return out;
    }
    const auto wav = dsp::readWav(wavPath);
    if (!wav.audio) {
        out.error = wav.error;
        return out;
    }
    out.channels = wav.audio->channels;
    out.samples.resize(size_t(out.channels));
    for (size_t i = 0; i < wav.audio->samples.size(); ++i)
        out.samples[i % size_t(out.channels)].push_back(wav.audio->samples[i]);
#endif
    return out;
}

// RMS in dBFS of samples [from, to) (in samples), clamped to the signal.
inline double segmentDbfs(const std::vector<float> &x, size_t from, size_t to)
{
    to = std::min(to, x.size());
    if (from >= to)
        return -120.0;
    double sum = 0;
    for (size_t i = from; i < to; ++i)
        sum += double(x[i]) * x[i];
    return 10.0 * std::log10(sum / double(to - from) + 1e-12);
}

} // namespace livedesk::audio::test
