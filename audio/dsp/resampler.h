// Streaming sample-rate conversion with libsoxr (no hand-written filters). Works on interleaved
// float samples; converts any rate and channel count to any rate, keeping the channel count.
// Not thread-safe: one instance per stream, used by one thread at a time.
#pragma once

#include <QString>

#include <memory>
#include <span>
#include <vector>

struct soxr;

namespace livedesk::dsp {

enum class ResamplerQuality { Low, Medium, High, VeryHigh };

// Default: linear phase and soxr's large DFT blocks, best for whole files. Streaming: minimum
// phase and small blocks, so a stream fed 10 ms at a time holds back ~5 ms instead of ~25 ms
// (the same stop-band rejection; the phase shift is inaudible in speech). Real-time paths want
// Streaming.
enum class ResamplerLatency { Default, Streaming };

class Resampler
{
public:
    Resampler(double inputRate, double outputRate, int channels,
              ResamplerQuality quality = ResamplerQuality::High,
              ResamplerLatency latency = ResamplerLatency::Default);
    ~Resampler();
    Resampler(const Resampler &) = delete;
    Resampler &operator=(const Resampler &) = delete;

    bool isValid() const { return m_soxr != nullptr; }
    QString errorString() const { return m_error; }
    double inputRate() const { return m_inputRate; }
    double outputRate() const { return m_outputRate; }
    int channels() const { return m_channels; }

    // Appends the converted frames for `input` (interleaved) to `output`. Returns frames written.
    // Reserve `output` with maxOutputFrames() beforehand to avoid allocation in a hot path. An
    // empty input (or less than one frame) writes nothing and leaves the stream running.
    size_t process(std::span<const float> input, std::vector<float> &output);
    // Writes into a caller-owned buffer; returns frames written (never more than it holds).
    size_t process(std::span<const float> input, std::span<float> output);
    // Drains the filter's tail at the end of a stream.
    size_t flush(std::vector<float> &output);
    // Forgets the stream so far, e.g. after a playback flush.
    void reset();

    size_t maxOutputFrames(size_t inputFrames) const;
    // The filter's delay in output frames (how far output lags input).
    double delayFrames() const;

private:
    soxr *m_soxr = nullptr;
    double m_inputRate;
    double m_outputRate;
    int m_channels;
    QString m_error;
};

// Whole-buffer conversion for files and tests.
std::vector<float> resample(std::span<const float> input, double inputRate, double outputRate,
                            int channels, ResamplerQuality quality = ResamplerQuality::VeryHigh);

} // namespace livedesk::dsp
