#include "audio/dsp/resampler.h"

#include <soxr.h>

#include <cmath>

namespace livedesk::dsp {

namespace {

unsigned long soxrQuality(ResamplerQuality q)
{
    switch (q) {
    case ResamplerQuality::Low:
        return SOXR_LQ;
    case ResamplerQuality::Medium:
        return SOXR_MQ;
    case ResamplerQuality::High:
        return SOXR_HQ;
    case ResamplerQuality::VeryHigh:
        return SOXR_VHQ;
    }
    return SOXR_HQ;
}

} // namespace

Resampler::Resampler(double inputRate, double outputRate, int channels, ResamplerQuality quality,
                     ResamplerLatency latency)
    : m_inputRate(inputRate)
    , m_outputRate(outputRate)
    , m_channels(channels)
{
    if (inputRate <= 0 || outputRate <= 0 || channels <= 0) {
        m_error = QStringLiteral("invalid resampler parameters: %1 Hz → %2 Hz, %3 channels")
                          .arg(inputRate)
                          .arg(outputRate)
                          .arg(channels);
        return;
    }
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const bool streaming = latency == ResamplerLatency::Streaming;
    const soxr_quality_spec_t q = soxr_quality_spec(soxrQuality(quality)
                                                            | (streaming ? SOXR_MINIMUM_PHASE
                                                                         : SOXR_LINEAR_PHASE),
                                                    0);
    soxr_runtime_spec_t rt = soxr_runtime_spec(1);
    if (streaming) {
        // Small DFT blocks: soxr then processes (and returns) audio in small pieces.
        rt.log2_min_dft_size = 8;
        rt.log2_large_dft_size = 10;
    }
    soxr_error_t error = nullptr;
    m_soxr = soxr_create(inputRate, outputRate, unsigned(channels), &error, &io, &q, &rt);
    if (error) {
        m_error = QString::fromUtf8(error);
        m_soxr = nullptr;
    }
}

Resampler::~Resampler()
{
    if (m_soxr)
        soxr_delete(m_soxr);
}

size_t Resampler::maxOutputFrames(size_t inputFrames) const
{
    return size_t(std::ceil(double(inputFrames) * m_outputRate / m_inputRate)) + 64;
}

size_t Resampler::process(std::span<const float> input, std::span<float> output)
{
    if (!m_soxr)
        return 0;
    const size_t inFrames = input.size() / size_t(m_channels);
    // soxr reads a null or empty input as the end of the stream: it would drain the filter now,
    // and the stream's next chunk would reach a finished resampler (a crash). Nothing in, nothing
    // out; flush() is the only way to end a stream.
    if (inFrames == 0)
        return 0;
    size_t consumed = 0;
    size_t produced = 0;
    const size_t outFrames = output.size() / size_t(m_channels);
    soxr_process(m_soxr, input.data(), inFrames, &consumed, output.data(), outFrames, &produced);
    return produced;
}

size_t Resampler::process(std::span<const float> input, std::vector<float> &output)
{
    if (!m_soxr)
        return 0;
    const size_t inFrames = input.size() / size_t(m_channels);
    const size_t start = output.size();
    output.resize(start + maxOutputFrames(inFrames) * size_t(m_channels));
    const size_t produced = process(input, std::span<float>(output).subspan(start));
    output.resize(start + produced * size_t(m_channels));
    return produced;
}

size_t Resampler::flush(std::vector<float> &output)
{
    if (!m_soxr)
        return 0;
    size_t total = 0;
    for (;;) {
        const size_t start = output.size();
        const size_t chunk = 4096;
        output.resize(start + chunk * size_t(m_channels));
        size_t produced = 0;
        soxr_process(m_soxr, nullptr, 0, nullptr, output.data() + start, chunk, &produced);
        output.resize(start + produced * size_t(m_channels));
        total += produced;
        if (produced < chunk)
            break;
    }
    return total;
}

void Resampler::reset()
{
    if (m_soxr)
        soxr_clear(m_soxr);
}

double Resampler::delayFrames() const
{
    return m_soxr ? soxr_delay(m_soxr) : 0.0;
}

std::vector<float> resample(std::span<const float> input, double inputRate, double outputRate,
                            int channels, ResamplerQuality quality)
{
    std::vector<float> out;
    if (inputRate == outputRate) {
        out.assign(input.begin(), input.end());
        return out;
    }
    Resampler r(inputRate, outputRate, channels, quality);
    out.reserve(r.maxOutputFrames(input.size() / size_t(channels)) * size_t(channels) + 8192);
    r.process(input, out);
    r.flush(out);
    return out;
}

} // namespace livedesk::dsp
