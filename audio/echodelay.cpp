#include "audio/echodelay.h"

#include <algorithm>
#include <cmath>

namespace livedesk::audio {

namespace {

constexpr int kDecimatedFrame = EchoDelayEstimator::kFrameSamples / EchoDelayEstimator::kDecimation;

// A 4-sample mean per output sample, full scale 1.0; returns the frame's mean square.
float decimate(std::span<const int16_t> frame, std::span<float, kDecimatedFrame> out)
{
    double energy = 0;
    for (int i = 0; i < kDecimatedFrame; ++i) {
        float sum = 0.0f;
        for (int k = 0; k < EchoDelayEstimator::kDecimation; ++k) {
            const float v = float(frame[size_t(i * EchoDelayEstimator::kDecimation + k)]);
            sum += v;
            energy += double(v) * v;
        }
        out[size_t(i)] = sum / (float(EchoDelayEstimator::kDecimation) * 32768.0f);
    }
    return float(energy / (double(frame.size()) * 32768.0 * 32768.0));
}

} // namespace

void EchoDelayEstimator::pushFar(std::span<const int16_t> frame)
{
    std::array<float, kDecimatedFrame> d {};
    float meanSquare = 0.0f;
    if (frame.size() == size_t(kFrameSamples))
        meanSquare = decimate(frame, d);
    for (float v : d) {
        m_far[size_t(m_farWrite)] = v;
        m_far[size_t(m_farWrite + kFarLength)] = v;
        m_farWrite = (m_farWrite + 1) % kFarLength;
    }
    const bool active = 10.0f * std::log10(meanSquare + 1e-12f) > kActiveFarDbfs;
    m_activeFrames += (active ? 1 : 0) - (m_farActive[size_t(m_frameSlot)] ? 1 : 0);
    m_farActive[size_t(m_frameSlot)] = active;
    m_frameSlot = (m_frameSlot + 1) % kFramesInFar;
}

std::optional<float> EchoDelayEstimator::pushNear(std::span<const int16_t> frame)
{
    std::array<float, kDecimatedFrame> d {};
    if (frame.size() == size_t(kFrameSamples))
        decimate(frame, d);
    for (float v : d) {
        m_near[size_t(m_nearWrite)] = v;
        m_near[size_t(m_nearWrite + kWindow)] = v;
        m_nearWrite = (m_nearWrite + 1) % kWindow;
    }
    m_frames = std::min(m_frames + 1, kFramesInFar);
    if (--m_countdown > 0)
        return std::nullopt;
    m_countdown = kEveryFrames;
    // A full far end behind the window, and enough of the model's voice in it to echo.
    if (m_frames < kFramesInFar || m_activeFrames * 10 < kMinActiveFarMs)
        return std::nullopt;
    int lag = -1;
    m_lastCorrelation = search(&lag);
    if (lag < 0 || m_lastCorrelation < kFoundCorrelation) {
        m_lastLag = -1;
        return std::nullopt;
    }
    const bool agrees = m_lastLag >= 0
                        && std::abs(lag - m_lastLag) <= kAgreeMs * kRateDecimated / 1000;
    m_lastLag = lag;
    if (!agrees)
        return std::nullopt;
    m_countdown = kRecheckFrames;
    return float(lag) * 1000.0f / float(kRateDecimated);
}

float EchoDelayEstimator::search(int *bestLag)
{
    // The newest near window ends at m_nearWrite; the far end for lag L ends L samples earlier
    // than the far end's newest (they were pushed in step).
    const float *near = m_near.data() + m_nearWrite;
    double nearEnergy = 0;
    for (int i = 0; i < kWindow; ++i)
        nearEnergy += double(near[i]) * near[i];
    *bestLag = -1;
    if (nearEnergy < 1e-10 * kWindow)
        return 0.0f;
    const float *farNewestEnd = m_far.data() + m_farWrite + kFarLength;
    // The far end's energy over the window, slid one sample older per lag.
    const float *far0 = farNewestEnd - kWindow;
    double farEnergy = 0;
    for (int i = 0; i < kWindow; ++i)
        farEnergy += double(far0[i]) * far0[i];
    float best = 0.0f;
    for (int lag = 0; lag <= kMaxLag; ++lag) {
        const float *far = farNewestEnd - kWindow - lag;
        if (lag > 0)
            farEnergy += double(far[0]) * far[0] - double(far[kWindow]) * far[kWindow];
        if (farEnergy < 1e-10 * kWindow)
            continue;
        float cross = 0.0f;
        for (int i = 0; i < kWindow; ++i)
            cross += far[i] * near[i];
        // Either polarity: a speaker or a microphone may invert.
        const float c = std::abs(cross) / float(std::sqrt(std::max(farEnergy, 1e-20) * nearEnergy));
        if (c > best) {
            best = c;
            *bestLag = lag;
        }
    }
    return best;
}

void EchoDelayEstimator::reset()
{
    m_far.fill(0.0f);
    m_near.fill(0.0f);
    m_farActive.fill(false);
    m_farWrite = m_nearWrite = 0;
    m_frames = 0;
    m_activeFrames = 0;
    m_frameSlot = 0;
    m_countdown = kEveryFrames;
    m_lastCorrelation = 0.0f;
    m_lastLag = -1;
}

} // namespace livedesk::audio
