#include "audio/recordingtap.h"

#include <algorithm>
#include <array>

namespace livedesk::audio {

RecordingTap::RecordingTap(int bufferSeconds)
    : m_far(size_t(kSampleRate) * (kMaxDelayMs + kMaxSlackMs + 500) / 1000)
    , m_out(size_t(kSampleRate) * kChannels * size_t(std::max(1, bufferSeconds)))
{ }

void RecordingTap::begin(int farDelayMs)
{
    m_far.discard(m_far.size());
    m_delaySamples = size_t(std::clamp(farDelayMs, 0, kMaxDelayMs)) * kSampleRate / 1000;
    const std::array<int16_t, kBlock> silence {};
    for (size_t left = m_delaySamples; left > 0;) {
        const size_t n = std::min(left, kBlock);
        m_far.write(std::span<const int16_t>(silence.data(), n));
        left -= n;
    }
}

void RecordingTap::pushFar(std::span<const int16_t> samples)
{
    const size_t written = m_far.write(samples);
    if (written < samples.size()) {
        // Only when nothing consumes the far end (no microphone and no advanceFarOnly()).
        m_farSkipped.fetch_add(samples.size() - written, std::memory_order_relaxed);
    }
}

void RecordingTap::pushNear(std::span<const int16_t> samples)
{
    for (size_t at = 0; at < samples.size(); at += kBlock)
        writeBlock(samples.data() + at, std::min(kBlock, samples.size() - at));
    // Clock drift between the devices: keep the backlog near the delay.
    const size_t backlog = m_far.size();
    const size_t limit = m_delaySamples + size_t(kSampleRate) * kMaxSlackMs / 1000;
    if (backlog > limit) {
        const size_t skip = backlog - m_delaySamples;
        m_far.discard(skip);
        m_farSkipped.fetch_add(skip, std::memory_order_relaxed);
    }
}

void RecordingTap::advanceFarOnly()
{
    while (m_far.size() > m_delaySamples)
        writeBlock(nullptr, std::min(kBlock, m_far.size() - m_delaySamples));
}

void RecordingTap::writeBlock(const int16_t *nearSamples, size_t count)
{
    std::array<int16_t, kBlock> far {};
    const size_t got = m_far.read(std::span<int16_t>(far.data(), count));
    if (got < count)
        m_farMissing.fetch_add(count - got, std::memory_order_relaxed);

    if (m_out.writeAvailable() < count * kChannels) {
        m_dropped.fetch_add(count, std::memory_order_relaxed);
        return;
    }
    std::array<int16_t, kBlock * kChannels> stereo;
    for (size_t i = 0; i < count; ++i) {
        stereo[2 * i] = nearSamples ? nearSamples[i] : int16_t(0);
        stereo[2 * i + 1] = far[i];
    }
    m_out.write(std::span<const int16_t>(stereo.data(), count * kChannels));
    m_framesWritten.fetch_add(count, std::memory_order_relaxed);
}

size_t RecordingTap::read(std::span<int16_t> interleaved)
{
    const size_t frames = std::min(interleaved.size() / kChannels, framesAvailable());
    return m_out.read(interleaved.first(frames * kChannels)) / kChannels;
}

} // namespace livedesk::audio
