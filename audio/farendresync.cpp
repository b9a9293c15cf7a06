#include "audio/farendresync.h"

#include <algorithm>

namespace livedesk::audio {

void FarEndResync::pushFar(std::span<const int16_t> frame, int64_t playUs)
{
    if (frame.size() != size_t(kFrame))
        return;
    if (m_size == kCapacityFrames) {
        // Nobody takes the far end (no microphone): keep the newest.
        m_head = (m_head + 1) % kCapacityFrames;
        --m_size;
        ++m_dropped;
    }
    Frame &slot = m_queue[size_t((m_head + m_size) % kCapacityFrames)];
    std::copy(frame.begin(), frame.end(), slot.samples.begin());
    slot.playUs = playUs;
    m_lastPlayUs = playUs;
    ++m_size;
}

void FarEndResync::reset()
{
    m_head = 0;
    m_size = 0;
    m_lastPlayUs = kUnknownTime;
    m_lastFedReal = false;
}

} // namespace livedesk::audio
