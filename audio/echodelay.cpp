#include "audio/echodelay.h"

#include "audio/correlation.h"
#include "audio/peakcandidates.h"

#include <algorithm>
#include <cmath>

namespace livedesk::audio {

namespace {

constexpr int kDecimatedFrame = EchoDelayEstimator::kFrameSamples / EchoDelayEstimator::kDecimation;

// Voiced speech repeats every pitch period (5–10 ms): its correlation has peaks one period either
// side of the true lag nearly as high. Taking the low end out (a first difference, after
// decimation) flattens the spectrum, so the true lag stands out by far.
constexpr float kPreEmphasis = 0.95f;

// A 4-sample mean per output sample, full scale 1.0, pre-emphasised (`previous`: the last
// decimated sample before this frame); returns the frame's mean square before it.
float decimate(std::span<const int16_t> frame, std::span<float, kDecimatedFrame> out,
               float &previous)
{
    double energy = 0;
    for (int i = 0; i < kDecimatedFrame; ++i) {
        float sum = 0.0f;
        for (int k = 0; k < EchoDelayEstimator::kDecimation; ++k) {
            const float v = float(frame[size_t(i * EchoDelayEstimator::kDecimation + k)]);
            sum += v;
            energy += double(v) * v;
        }
        const float d = sum / (float(EchoDelayEstimator::kDecimation) * 32768.0f);
        out[size_t(i)] = d - kPreEmphasis * previous;
        previous = d;
    }
    return float(energy / (double(frame.size()) * 32768.0 * 32768.0));
}

} // namespace

void EchoDelayEstimator::pushFar(std::span<const int16_t> frame)
{
    std::array<float, kDecimatedFrame> d {};
    float meanSquare = 0.0f;
    if (frame.size() == size_t(kFrameSamples))
        meanSquare = decimate(frame, d, m_farPrevious);
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
        decimate(frame, d, m_nearPrevious);
    for (float v : d) {
        m_near[size_t(m_nearWrite)] = v;
        m_near[size_t(m_nearWrite + kWindow)] = v;
        m_nearWrite = (m_nearWrite + 1) % kWindow;
    }
    m_frames = std::min(m_frames + 1, kFramesInFar);
    // A full far end behind the window, and enough of the model's voice in it to echo.
    const bool searchable = m_frames >= kFramesInFar && m_activeFrames * 10 >= kMinActiveFarMs;
    if (m_confirmedLag >= 0 && --m_trackCountdown <= 0) {
        m_trackCountdown = kTrackFrames;
        int lag = -1;
        if (searchable && searchNear(m_confirmedLag, &lag) >= kFoundCorrelation
            && lag != m_confirmedLag) {
            m_confirmedLag = m_lastLag = lag;
            return float(lag) * 1000.0f / float(kRateDecimated);
        }
    }
    if (--m_countdown > 0)
        return std::nullopt;
    m_countdown = kEveryFrames;
    if (!searchable)
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
    m_confirmedLag = lag;
    m_trackCountdown = kTrackFrames;
    return float(lag) * 1000.0f / float(kRateDecimated);
}

float EchoDelayEstimator::correlate(int lag, int step) const
{
    // The newest near window ends at m_nearWrite; the far end for lag L ends L samples earlier
    // than the far end's newest (they were pushed in step).
    const float *near = m_near.data() + m_nearWrite;
    const float *far = m_far.data() + m_farWrite + kFarLength - kWindow - lag;
    const CorrelationSums sums = correlationSums(far, near, kWindow, step);
    if (sums.farEnergy < 1e-10f * float(kWindow / step)
        || sums.nearEnergy < 1e-10f * float(kWindow / step))
        return 0.0f;
    // Either polarity: a speaker or a microphone may invert.
    return std::abs(sums.cross) / std::sqrt(sums.farEnergy * sums.nearEnergy);
}

float EchoDelayEstimator::bestIn(int fromLag, int toLag, int step, int *bestLag) const
{
    float best = 0.0f;
    for (int lag = std::max(0, fromLag); lag <= std::min(kMaxLag, toLag); ++lag) {
        const float c = correlate(lag, step);
        if (c > best) {
            best = c;
            *bestLag = lag;
        }
    }
    return best;
}

float EchoDelayEstimator::searchNear(int around, int *bestLag) const
{
    constexpr int kTrackLags = kTrackMs * kRateDecimated / 1000;
    *bestLag = -1;
    return bestIn(around - kTrackLags, around + kTrackLags, 2, bestLag);
}

float EchoDelayEstimator::search(int *bestLag)
{
    *bestLag = -1;
    // Coarse: every other lag over every other sample (a quarter of the work: this runs on the
    // processing thread, and under the sanitizers at ten times the cost); the best few peaks,
    // apart from each other, go on.
    constexpr int kCoarseStep = 2;
    PeakCandidates<3> peaks;
    for (int lag = 0; lag <= kMaxLag; lag += kCoarseStep)
        peaks.offer(lag, correlate(lag, kCoarseStep), 2 * kCoarseStep);
    // Fine: every lag around each peak, over the whole window.
    float best = 0.0f;
    for (int k = 0; k < peaks.count(); ++k) {
        if (peaks.lag(k) < 0)
            continue;
        int lag = -1;
        const float c = bestIn(peaks.lag(k) - kCoarseStep, peaks.lag(k) + kCoarseStep, 1, &lag);
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
    m_farPrevious = m_nearPrevious = 0.0f;
    m_frames = 0;
    m_activeFrames = 0;
    m_frameSlot = 0;
    m_countdown = kEveryFrames;
    m_lastCorrelation = 0.0f;
    m_lastLag = -1;
    m_confirmedLag = -1;
    m_trackCountdown = kTrackFrames;
}

} // namespace livedesk::audio
