// Sample format helpers: s16 ↔ float, downmix, levels. Header-only and allocation-free where the
// caller provides the output, so the audio processing thread can use them.
#pragma once

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

namespace livedesk::dsp {

inline constexpr int kInputSampleRate = 16000; // what the Live API takes
inline constexpr int kOutputSampleRate = 24000; // what the Live API speaks

inline float s16ToFloat(int16_t s)
{
    return float(s) / 32768.0f;
}

inline int16_t floatToS16(float f)
{
    // Clamp before scaling: +1.0 must not wrap to −32768 (a bug peers have).
    const float scaled = std::clamp(f, -1.0f, 1.0f) * 32767.0f;
    return int16_t(std::lrint(scaled));
}

inline void s16ToFloat(std::span<const int16_t> in, std::span<float> out)
{
    for (size_t i = 0; i < in.size() && i < out.size(); ++i)
        out[i] = s16ToFloat(in[i]);
}

inline void floatToS16(std::span<const float> in, std::span<int16_t> out)
{
    for (size_t i = 0; i < in.size() && i < out.size(); ++i)
        out[i] = floatToS16(in[i]);
}

inline std::span<const int16_t> asS16(const QByteArray &bytes)
{
    return {reinterpret_cast<const int16_t *>(bytes.constData()), size_t(bytes.size()) / 2};
}

inline std::vector<float> s16BytesToFloat(const QByteArray &bytes)
{
    const auto s = asS16(bytes);
    std::vector<float> out(s.size());
    s16ToFloat(s, out);
    return out;
}

inline QByteArray floatToS16Bytes(std::span<const float> samples)
{
    QByteArray out(qsizetype(samples.size() * 2), Qt::Uninitialized);
    floatToS16(samples, {reinterpret_cast<int16_t *>(out.data()), samples.size()});
    return out;
}

// Averages interleaved channels into mono; returns frames written.
inline size_t downmix(std::span<const float> interleaved, int channels, std::span<float> mono)
{
    if (channels <= 1) {
        const size_t n = std::min(interleaved.size(), mono.size());
        std::copy_n(interleaved.begin(), n, mono.begin());
        return n;
    }
    const size_t frames = std::min(interleaved.size() / size_t(channels), mono.size());
    const float scale = 1.0f / float(channels);
    for (size_t f = 0; f < frames; ++f) {
        float sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += interleaved[f * size_t(channels) + size_t(c)];
        mono[f] = sum * scale;
    }
    return frames;
}

inline float rms(std::span<const float> samples)
{
    if (samples.empty())
        return 0.0f;
    double sum = 0;
    for (float s : samples)
        sum += double(s) * double(s);
    return float(std::sqrt(sum / double(samples.size())));
}

inline float rms(std::span<const int16_t> samples)
{
    if (samples.empty())
        return 0.0f;
    double sum = 0;
    for (int16_t s : samples) {
        const double f = s / 32768.0;
        sum += f * f;
    }
    return float(std::sqrt(sum / double(samples.size())));
}

// dBFS of an RMS level, floored so silence is a finite number.
inline float toDbfs(float level)
{
    return 20.0f * std::log10(std::max(level, 1e-6f));
}

inline qint64 bytesToMs(qint64 bytes, int sampleRate)
{
    return bytes * 1000 / (2 * sampleRate);
}
inline qint64 msToBytes(qint64 ms, int sampleRate)
{
    return ms * sampleRate / 1000 * 2;
}

} // namespace livedesk::dsp
