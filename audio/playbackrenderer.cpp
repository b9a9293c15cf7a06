#include "audio/playbackrenderer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numbers>

namespace livedesk::audio {

namespace {

int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

} // namespace

PlaybackRenderer::PlaybackRenderer(SpscRing<float> &ring, SpscRing<float> &reference,
                                   PlaybackControl &control, int sampleRate, int fadeMs)
    : m_ring(ring)
    , m_reference(reference)
    , m_control(control)
    , m_fadeFrames(std::max(1, sampleRate * std::clamp(fadeMs, 5, 10) / 1000))
    , m_rampFrames(std::max(1, sampleRate * 5 / 1000))
    , m_seenFlush(control.flushSequence.load(std::memory_order_acquire))
    , m_gain(control.gainTarget.load(std::memory_order_acquire))
    , m_gainTarget(m_gain)
{ }

bool PlaybackRenderer::hasWork() const
{
    return m_ring.readAvailable() > 0 || m_fadePosition >= 0
           || m_control.flushSequence.load(std::memory_order_acquire) != m_seenFlush;
}

size_t PlaybackRenderer::render(std::span<float> out)
{
    // A flush request: fade out over the next m_fadeFrames frames of what is queued, then drop
    // the rest of what was queued when the flush was asked for.
    const uint32_t flushSequence = m_control.flushSequence.load(std::memory_order_acquire);
    if (flushSequence != m_seenFlush) {
        m_seenFlush = flushSequence;
        m_fadeUpTo = m_control.flushUpTo.load(std::memory_order_acquire);
        if (m_fadePosition < 0)
            m_fadePosition = 0;
    }

    const float target = m_control.gainTarget.load(std::memory_order_relaxed);
    if (target != m_gainTarget && m_fadePosition < 0) {
        m_gainTarget = target;
        m_gainStep = (m_gainTarget - m_gain) / float(m_rampFrames);
        m_control.gainChangeNs.store(nowNs(), std::memory_order_relaxed);
    }

    uint64_t modelFrames = 0;
    size_t i = 0;
    while (i < out.size()) {
        if (m_fadePosition >= 0) {
            // Only frames queued before the flush request take part in the fade.
            const uint64_t readIndex = m_ring.totalRead();
            const size_t fadeLeft = size_t(m_fadeFrames - m_fadePosition);
            const size_t queued = m_fadeUpTo > readIndex ? size_t(m_fadeUpTo - readIndex) : 0;
            const size_t n = std::min({out.size() - i, fadeLeft, queued});
            const size_t got = m_ring.read(out.subspan(i, n));
            for (size_t k = 0; k < got; ++k) {
                // Raised-cosine from the current gain to zero: no step, so no click.
                const float phase = float(m_fadePosition + int(k)) / float(m_fadeFrames);
                const float ramp = 0.5f * (1.0f + std::cos(std::numbers::pi_v<float> * phase));
                out[i + k] *= m_gain * ramp;
            }
            modelFrames += got;
            i += got;
            m_fadePosition += int(got);
            if (got > 0)
                m_control.playedRingIndex.store(m_ring.totalRead(), std::memory_order_release);
            if (got < n || m_fadePosition >= m_fadeFrames || queued == got) {
                m_ring.discardUntil(m_fadeUpTo);
                m_fadePosition = -1;
                // The gain the barge-in logic wants now applies to the next turn, from silence.
                m_gainTarget = m_control.gainTarget.load(std::memory_order_relaxed);
                m_gain = m_gainTarget;
                m_gainStep = 0;
                m_control.flushesDone.fetch_add(1, std::memory_order_release);
                m_control.flushDoneNs.store(nowNs(), std::memory_order_relaxed);
            }
            continue;
        }

        const size_t got = m_ring.read(out.subspan(i));
        for (size_t k = 0; k < got; ++k) {
            if (m_gainStep != 0.0f) {
                m_gain += m_gainStep;
                if ((m_gainStep > 0 && m_gain >= m_gainTarget)
                    || (m_gainStep < 0 && m_gain <= m_gainTarget)) {
                    m_gain = m_gainTarget;
                    m_gainStep = 0;
                }
            }
            out[i + k] *= m_gain;
        }
        if (got > 0)
            m_control.playedRingIndex.store(m_ring.totalRead(), std::memory_order_release);
        modelFrames += got;
        i += got;
        if (i < out.size()) {
            std::fill(out.begin() + std::ptrdiff_t(i), out.end(), 0.0f);
            m_control.silenceFrames.fetch_add(out.size() - i, std::memory_order_relaxed);
            i = out.size();
        }
    }
    if (m_gainStep == 0.0f)
        m_gain = m_gainTarget; // settle exactly, also while silent

    const bool playingModel = modelFrames > 0;
    if (playingModel != m_playingModel) {
        m_playingModel = playingModel;
        (playingModel ? m_control.modelStartNs : m_control.modelStopNs)
                .store(nowNs(), std::memory_order_relaxed);
    }

    const size_t referenced = m_reference.write(out);
    if (referenced < out.size())
        m_control.referenceDropped.fetch_add(out.size() - referenced, std::memory_order_relaxed);
    m_control.framesRendered.fetch_add(out.size(), std::memory_order_relaxed);
    m_control.modelFramesRendered.fetch_add(modelFrames, std::memory_order_relaxed);
    return size_t(modelFrames);
}

} // namespace livedesk::audio
