#pragma once

#include <cstring>

namespace livedesk::audio {

struct CorrelationSums
{
    float cross = 0.0f; // Σ far·near
    float farEnergy = 0.0f; // Σ far²
    float nearEnergy = 0.0f; // Σ near²
};

// The sums of a normalised cross-correlation over n samples, every step-th one. The lag searches
// (FarEndMatcher, EchoDelayEstimator) are most of the capture processing's CPU: thousands of
// lags a search, each over a frame or a second. Inline, so that a caller that ignores a sum does
// not pay for it.
inline CorrelationSums correlationSums(const float *far, const float *near, int n, int step = 1)
{
    CorrelationSums sums;
    int i = 0;
#if defined(__GNUC__)
    // Contiguous samples in the compiler's 4-float vectors, two of each sum: a float sum in one
    // accumulator runs at one add per add's latency (the compiler may not reorder it), these at
    // the adds' throughput. 3-4 times faster at -O2 than one accumulator, and in a sanitized -O1
    // build too (where an array of partial sums lives on the checked stack, slower than one
    // accumulator; and 8-float vectors on SSE were kept in memory). Every other sample stays
    // scalar: gathering them into lanes costs more than it saves.
    if (step == 1) {
        using Lanes = float __attribute__((vector_size(4 * sizeof(float))));
        constexpr int kLanes = 4;
        Lanes cross0 {}, cross1 {}, far0 {}, far1 {}, near0 {}, near1 {};
        for (; i + 2 * kLanes <= n; i += 2 * kLanes) {
            Lanes f0, f1, v0, v1;
            std::memcpy(&f0, far + i, sizeof f0);
            std::memcpy(&f1, far + i + kLanes, sizeof f1);
            std::memcpy(&v0, near + i, sizeof v0);
            std::memcpy(&v1, near + i + kLanes, sizeof v1);
            cross0 += f0 * v0;
            cross1 += f1 * v1;
            far0 += f0 * f0;
            far1 += f1 * f1;
            near0 += v0 * v0;
            near1 += v1 * v1;
        }
        // Read out through copies: indexing a vector's lanes (or an array of
        // vectors) kept them in memory in the loop.
        float lanes[3][kLanes];
        const Lanes totals[3] = {cross0 + cross1, far0 + far1, near0 + near1};
        std::memcpy(lanes, totals, sizeof lanes);
        for (int k = 0; k < kLanes; ++k) {
            sums.cross += lanes[0][k];
            sums.farEnergy += lanes[1][k];
            sums.nearEnergy += lanes[2][k];
        }
    }
#endif
    for (; i < n; i += step) {
        sums.cross += far[i] * near[i];
        sums.farEnergy += far[i] * far[i];
        sums.nearEnergy += near[i] * near[i];
    }
    return sums;
}

} // namespace livedesk::audio
