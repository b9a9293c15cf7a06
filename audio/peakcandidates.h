// The best few peaks of a correlation over lags, each apart from the others (neighbouring lags of
// one peak are one candidate): the coarse pass of a coarse-then-fine lag search, whose fine pass
// then looks around each (FarEndMatcher, EchoDelayEstimator).
//
// Fixed storage; no allocation.
#pragma once

#include <algorithm>
#include <array>
#include <cstdlib>

namespace livedesk::audio {

template<int Count>
class PeakCandidates
{
public:
    PeakCandidates() { m_lags.fill(-1); }

    // A correlation `value` at `lag`; lags within `apartLags` of a kept one are that peak.
    void offer(int lag, float value, int apartLags)
    {
        for (size_t k = 0; k < size_t(Count); ++k) {
            if (m_lags[k] >= 0 && std::abs(m_lags[k] - lag) <= apartLags) {
                if (value > m_values[k]) {
                    m_values[k] = value;
                    m_lags[k] = lag;
                }
                return;
            }
        }
        const auto weakest = size_t(std::min_element(m_values.begin(), m_values.end())
                                    - m_values.begin());
        if (value > m_values[weakest]) {
            m_values[weakest] = value;
            m_lags[weakest] = lag;
        }
    }
    static constexpr int count() { return Count; }
    int lag(int k) const { return m_lags[size_t(k)]; } // -1: no peak kept there

private:
    std::array<float, Count> m_values {};
    std::array<int, Count> m_lags {};
};

} // namespace livedesk::audio
