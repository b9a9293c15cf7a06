#include "audio/captureclock.h"

#include <algorithm>

namespace livedesk::audio {

void CaptureClock::restart(int sampleRate)
{
    m_sampleRate = sampleRate;
    m_anchored = false;
}

void CaptureClock::observe(uint64_t framesDelivered, int64_t arrivalNs)
{
    // Before the first frame arrives a stamp says nothing about when frame 0 was taken.
    if (framesDelivered == 0 || m_sampleRate <= 0)
        return;
    const int64_t impliedNs = arrivalNs - int64_t(double(framesDelivered) * 1e9 / m_sampleRate);
    if (!m_anchored) {
        m_anchored = true;
        m_anchorNs = impliedNs;
        m_windowStartNs = arrivalNs;
        m_windowMinNs = impliedNs;
        return;
    }
    // A late callback gives a later bound, so only an earlier one tells us something new.
    m_anchorNs = std::min(m_anchorNs, impliedNs);
    m_windowMinNs = std::min(m_windowMinNs, impliedNs);
    if (arrivalNs - m_windowStartNs >= kBehindWindowNs) {
        // Every delivery of the window came later than the anchor allows: the device lost
        // frames or its clock is slower than ours, not the scheduler.
        if (m_windowMinNs - m_anchorNs > kBehindThresholdNs)
            m_anchorNs = m_windowMinNs;
        m_windowStartNs = arrivalNs;
        m_windowMinNs = impliedNs;
    }
}

int64_t CaptureClock::timeUs(double deviceFrame)
{
    const double frameNs = m_sampleRate > 0 ? deviceFrame * 1e9 / m_sampleRate : 0.0;
    int64_t us = (m_anchorNs + int64_t(frameNs)) / 1000;
    // An anchor that moved earlier must not take time back; the next samples catch up.
    if (m_lastUs != std::numeric_limits<int64_t>::min() && us <= m_lastUs)
        us = m_lastUs + 1;
    m_lastUs = us;
    return us;
}

} // namespace livedesk::audio
