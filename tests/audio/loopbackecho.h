// The echo as PulseAudio's module-loopback carries it, simulated: a pure delay that drifts as the
// loopback resamples (0.2 ms a second: bench_echo_path's line-up log, EchoDelayEstimator 58.2 →
// 61.2 ms over 20 s), optionally swinging either way, and optionally with a few reflections as
// a room adds them. For tests and benchmarks of what looks at the echo's lag (tst_doubletalk,
// bench_doubletalk).
#pragma once

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace livedesk::audio::test {

struct LoopbackEcho
{
    enum class Room { Dry, Reflections }; // Reflections: 7, 19 and 41 ms after the direct sound

    double lagMs = 60.0;
    double driftMsPerSecond = 0.2;
    double swingMs = 0.0; // either way, over a 3 s period
    Room room = Room::Dry;

    // The echo at 16 kHz sample `at` of `far` played from sample 0.
    float at(const std::vector<float> &far, int at) const
    {
        const double lag = 16.0
                           * (lagMs + driftMsPerSecond * at / 16000.0
                              + swingMs * std::sin(2.0 * std::numbers::pi * at / 48000.0));
        auto delayed = [&](double back) {
            const double from = at - back;
            if (from < 0 || far.empty())
                return 0.0f;
            const size_t k = size_t(from);
            const float frac = float(from - double(k));
            return far[std::min(k, far.size() - 1)] * (1.0f - frac)
                   + far[std::min(k + 1, far.size() - 1)] * frac;
        };
        float echo = delayed(lag);
        if (room == Room::Reflections)
            echo += 0.5f * delayed(lag + 7 * 16) + 0.3f * delayed(lag + 19 * 16)
                    + 0.2f * delayed(lag + 41 * 16);
        return echo;
    }
};

} // namespace livedesk::audio::test
