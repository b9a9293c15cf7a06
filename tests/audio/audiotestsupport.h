// Signals for the audio tests: speech from espeak-ng (generated at test time, never checked in),
// tones, white and pink noise, and a few measurements. Header-only so each test stays one
// executable.
#pragma once

#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"
#include "audio/dsp/wavfile.h"

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdint>
#include <numbers>
#include <random>
#include <span>
#include <vector>

namespace livedesk::audio::test {

using namespace Qt::StringLiterals;

inline bool haveEspeak()
{
    return !QStandardPaths::findExecutable(u"espeak-ng"_s).isEmpty();
}

// Speech from espeak-ng as float samples at `sampleRate`; empty on failure, with `error` set.
inline std::vector<float> speech(const QString &text, int sampleRate,
                                 const QString &voice = u"en-us"_s, QString *error = nullptr,
                                 int wordsPerMinute = 175)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"speech.wav"_s);
    QProcess espeak;
    espeak.start(u"espeak-ng"_s,
                 {u"-v"_s, voice, u"-s"_s, QString::number(wordsPerMinute), u"-w"_s, path, text});
    if (!espeak.waitForFinished(20000) || espeak.exitCode() != 0) {
        if (error)
            *error = u"espeak-ng failed: "_s
                     + QString::fromLocal8Bit(espeak.readAllStandardError());
        return {};
    }
    const auto wav = dsp::readWav(path);
    if (!wav.audio) {
        if (error)
            *error = wav.error;
        return {};
    }
    std::vector<float> mono(size_t(wav.audio->frames()));
    dsp::downmix(wav.audio->samples, wav.audio->channels, mono);
    return dsp::resample(mono, wav.audio->sampleRate, sampleRate, 1);
}

inline std::vector<int16_t> toS16(std::span<const float> in)
{
    std::vector<int16_t> out(in.size());
    dsp::floatToS16(in, out);
    return out;
}

inline std::vector<float> tone(double frequencyHz, double seconds, int sampleRate,
                               float amplitude = 0.5f)
{
    std::vector<float> out(size_t(seconds * sampleRate));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = amplitude
                 * float(std::sin(2.0 * std::numbers::pi * frequencyHz * double(i) / sampleRate));
    return out;
}

inline std::vector<float> whiteNoise(size_t samples, float rms, unsigned seed = 1)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> gauss(0.0f, rms);
    std::vector<float> out(samples);
    for (float &s : out)
        s = std::clamp(gauss(rng), -1.0f, 1.0f);
    return out;
}

// Pink (1/f) noise by Paul Kellet's filter, scaled to the given RMS.
inline std::vector<float> pinkNoise(size_t samples, float rms, unsigned seed = 2)
{
    const std::vector<float> white = whiteNoise(samples, 1.0f, seed);
    std::vector<float> out(samples);
    float b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
    for (size_t i = 0; i < samples; ++i) {
        const float w = white[i];
        b0 = 0.99886f * b0 + w * 0.0555179f;
        b1 = 0.99332f * b1 + w * 0.0750759f;
        b2 = 0.96900f * b2 + w * 0.1538520f;
        b3 = 0.86650f * b3 + w * 0.3104856f;
        b4 = 0.55000f * b4 + w * 0.5329522f;
        b5 = -0.7616f * b5 - w * 0.0168980f;
        out[i] = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362f;
        b6 = w * 0.115926f;
    }
    const float scale = rms / std::max(dsp::rms(std::span<const float>(out)), 1e-9f);
    for (float &s : out)
        s = std::clamp(s * scale, -1.0f, 1.0f);
    return out;
}

// RMS of the loud part of a signal (frames above −50 dBFS), the usual "speech level".
inline float activeRms(std::span<const float> samples, int frameSamples = 160)
{
    double sum = 0;
    size_t count = 0;
    for (size_t start = 0; start + size_t(frameSamples) <= samples.size();
         start += size_t(frameSamples)) {
        const float r = dsp::rms(samples.subspan(start, size_t(frameSamples)));
        if (dsp::toDbfs(r) > -50.0f) {
            sum += double(r) * r * frameSamples;
            count += size_t(frameSamples);
        }
    }
    return count ? float(std::sqrt(sum / double(count))) : 0.0f;
}

inline void scaleTo(std::vector<float> &samples, float targetRms)
{
    const float current = activeRms(samples);
    if (current <= 0)
        return;
    for (float &s : samples)
        s = std::clamp(s * targetRms / current, -1.0f, 1.0f);
}

// Amplitude of one frequency component (Blackman-Harris-windowed DFT at an arbitrary frequency),
// relative to a full-scale sine: 1.0 for a sine of amplitude 1.
inline double componentAmplitude(std::span<const float> x, double frequencyHz, int sampleRate)
{
    // The window's cosines and the probe's phase advance by rotation rather than a cos/sin per
    // sample: a scan over hundreds of frequencies took minutes of CPU on a busy machine (the
    // resampler test outlived Qt Test's 300 s timeout). Over 48,000 steps the rotation drifts by
    // about 1e-11, far below the -60 dB these checks look for.
    const size_t n = x.size();
    const std::complex<double> windowStep = std::polar(1.0, 2.0 * std::numbers::pi / double(n - 1));
    const std::complex<double> probeStep = std::polar(1.0, -2.0 * std::numbers::pi * frequencyHz
                                                                   / sampleRate);
    std::complex<double> windowPhasor {1.0, 0.0}, probe {1.0, 0.0}, sum {0.0, 0.0};
    double windowSum = 0;
    for (size_t i = 0; i < n; ++i) {
        const std::complex<double> twice = windowPhasor * windowPhasor;
        const double w = 0.35875 - 0.48829 * windowPhasor.real() + 0.14128 * twice.real()
                         - 0.01168 * (twice * windowPhasor).real();
        sum += w * double(x[i]) * probe;
        windowSum += w;
        windowPhasor *= windowStep;
        probe *= probeStep;
    }
    return 2.0 * std::abs(sum) / windowSum;
}

// Frequency of a clean tone from its rising zero crossings, interpolated between samples.
inline double toneFrequency(std::span<const float> x, int sampleRate)
{
    double first = -1, last = -1;
    int crossings = 0;
    for (size_t i = 1; i < x.size(); ++i) {
        if (x[i - 1] < 0 && x[i] >= 0) {
            const double at = double(i - 1) + double(-x[i - 1]) / double(x[i] - x[i - 1]);
            if (first < 0)
                first = at;
            last = at;
            ++crossings;
        }
    }
    if (crossings < 2)
        return 0;
    return double(crossings - 1) * sampleRate / (last - first);
}

} // namespace livedesk::audio::test
