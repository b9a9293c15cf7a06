#include "audio/quietgate.h"

#include <algorithm>

namespace livedesk::audio {

QuietGate::QuietGate(Mode mode, const Settings &settings)
    : m_mode(mode)
    , m_settings(settings)
{ }

void QuietGate::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    reset();
}

void QuietGate::reset()
{
    m_state = State::Open;
    m_opened = false;
    m_quietFrames = 0;
    m_blockPos = 0;
    m_blocksFilled = 0;
    m_currentFrames = 0;
    m_floorDbfs = kLowestFloorDbfs;
    m_heldStart = 0;
    m_heldCount = 0;
}

std::span<const int16_t> QuietGate::prerollFrame(int index) const
{
    if (index < 0 || index >= prerollFrames())
        return {};
    return m_held[size_t((m_heldStart + index) % kPrerollFrames)];
}

void QuietGate::trackFloor(float rawDbfs)
{
    // Digital silence (a source that has nothing yet, a feed that ran dry for a moment) is not
    // the room: taken for its floor, it would make the room's own noise look 40 dB loud and hold
    // the gate open for the floor's whole memory.
    if (rawDbfs < kLowestFloorDbfs)
        return;
    m_currentMin = m_currentFrames == 0 ? rawDbfs : std::min(m_currentMin, rawDbfs);
    float floor = m_currentMin;
    if (++m_currentFrames == kBlockFrames) {
        m_blockMin[size_t(m_blockPos)] = m_currentMin;
        m_blockPos = (m_blockPos + 1) % kBlocks;
        m_blocksFilled = std::min(m_blocksFilled + 1, kBlocks);
        m_currentFrames = 0;
    }
    for (int i = 0; i < m_blocksFilled; ++i)
        floor = std::min(floor, m_blockMin[size_t(i)]);
    m_floorDbfs = std::max(floor, kLowestFloorDbfs);
}

QuietGate::State QuietGate::process(std::span<const int16_t> raw, float rawDbfs, FarEnd farEnd,
                                    Voice voice)
{
    if (m_opened) {
        // The pre-roll was handed out with the frame that opened the gate.
        m_opened = false;
        m_heldCount = 0;
    }
    if (m_mode == Mode::Off)
        return State::Open;

    trackFloor(rawDbfs);
    const bool loud = rawDbfs > m_floorDbfs + m_settings.marginDb;

    if (m_state == State::Closed) {
        if (loud || farEnd == FarEnd::Playing) {
            m_state = State::Open;
            m_opened = true;
            m_quietFrames = 0;
            ++m_openings;
            return m_state;
        }
    } else {
        const bool quiet = !loud && farEnd == FarEnd::Silent && voice == Voice::Inactive;
        m_quietFrames = quiet ? m_quietFrames + 1 : 0;
        if (m_quietFrames * 10 < m_settings.holdMs)
            return m_state;
        m_state = State::Closed;
        m_heldStart = 0;
        m_heldCount = 0;
    }

    // Closed: the frame is held for the pre-roll (the oldest one makes room).
    if (raw.size() == size_t(kFrameSamples)) {
        const int slot = (m_heldStart + m_heldCount) % kPrerollFrames;
        std::copy(raw.begin(), raw.end(), m_held[size_t(slot)].begin());
        if (m_heldCount < kPrerollFrames)
            ++m_heldCount;
        else
            m_heldStart = (m_heldStart + 1) % kPrerollFrames;
    }
    ++m_closedFrames;
    return m_state;
}

} // namespace livedesk::audio
