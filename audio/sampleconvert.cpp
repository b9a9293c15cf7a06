#include "audio/sampleconvert.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace livedesk::audio {

namespace {

template<typename T>
T load(const char *p)
{
    T value;
    std::memcpy(&value, p, sizeof(T)); // devices give no alignment promise
    return value;
}

template<typename T>
void store(char *p, T value)
{
    std::memcpy(p, &value, sizeof(T));
}

float sampleAt(const char *p, QAudioFormat::SampleFormat format)
{
    switch (format) {
    case QAudioFormat::UInt8:
        return (float(uint8_t(*p)) - 128.0f) / 128.0f;
    case QAudioFormat::Int16:
        return float(load<int16_t>(p)) / 32768.0f;
    case QAudioFormat::Int32:
        return float(double(load<int32_t>(p)) / 2147483648.0);
    case QAudioFormat::Float:
        return load<float>(p);
    default:
        return 0.0f;
    }
}

} // namespace

bool isSupportedDeviceFormat(const QAudioFormat &format)
{
    if (!format.isValid() || format.channelCount() < 1 || format.sampleRate() <= 0)
        return false;
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8:
    case QAudioFormat::Int16:
    case QAudioFormat::Int32:
    case QAudioFormat::Float:
        return true;
    default:
        return false;
    }
}

void deviceToMono(const char *data, size_t frames, const QAudioFormat &format, float *mono)
{
    const int channels = format.channelCount();
    const int bytesPerSample = format.bytesPerSample();
    const QAudioFormat::SampleFormat sampleFormat = format.sampleFormat();
    const float scale = 1.0f / float(channels);
    if (channels == 1 && sampleFormat == QAudioFormat::Int16) {
        for (size_t f = 0; f < frames; ++f)
            mono[f] = float(load<int16_t>(data + 2 * f)) / 32768.0f;
        return;
    }
    for (size_t f = 0; f < frames; ++f) {
        const char *frame = data + f * size_t(channels * bytesPerSample);
        float sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += sampleAt(frame + c * bytesPerSample, sampleFormat);
        mono[f] = sum * scale;
    }
}

void monoToDevice(std::span<const float> mono, const QAudioFormat &format, char *data)
{
    const int channels = format.channelCount();
    const int bytesPerSample = format.bytesPerSample();
    for (size_t f = 0; f < mono.size(); ++f) {
        const float s = std::clamp(mono[f], -1.0f, 1.0f);
        char *frame = data + f * size_t(channels * bytesPerSample);
        switch (format.sampleFormat()) {
        case QAudioFormat::UInt8: {
            const auto v = uint8_t(std::lrint(s * 127.0f) + 128);
            std::memset(frame, v, size_t(channels));
            break;
        }
        case QAudioFormat::Int16: {
            const auto v = int16_t(std::lrint(s * 32767.0f));
            for (int c = 0; c < channels; ++c)
                store(frame + c * 2, v);
            break;
        }
        case QAudioFormat::Int32: {
            const auto v = int32_t(std::llrint(double(s) * 2147483647.0));
            for (int c = 0; c < channels; ++c)
                store(frame + c * 4, v);
            break;
        }
        case QAudioFormat::Float:
            for (int c = 0; c < channels; ++c)
                store(frame + c * 4, s);
            break;
        default:
            std::memset(frame, 0, size_t(channels * bytesPerSample));
            break;
        }
    }
}

bool hasNonZeroSample(const char *data, size_t frames, const QAudioFormat &format)
{
    const size_t bytes = frames * size_t(format.bytesPerFrame());
    if (format.sampleFormat() == QAudioFormat::UInt8)
        return std::any_of(data, data + bytes, [](char c) { return uint8_t(c) != 128; });
    if (format.sampleFormat() == QAudioFormat::Float) {
        for (size_t i = 0; i + 4 <= bytes; i += 4) {
            if (load<float>(data + i) != 0.0f) // −0.0 is silence too
                return true;
        }
        return false;
    }
    return std::any_of(data, data + bytes, [](char c) { return c != 0; });
}

} // namespace livedesk::audio
