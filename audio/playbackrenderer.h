// The playback device thread's half of the output path. It runs inside the device callback, so it
// only copies and scales: it takes the model's audio (mono, device rate) out of the playback ring,
// applies the barge-in gain and any requested flush fade, hands the result to the device, and
// copies exactly what it handed over into the reference ring for the echo canceller. When the
// ring is empty it plays silence (and references silence): the device never starves.
//
// Everything it touches is allocated beforehand; the processing thread steers it through the
// atomics in PlaybackControl and never waits for it.
#pragma once

#include "audio/spscring.h"

#include <atomic>
#include <cstdint>
#include <span>

namespace livedesk::audio {

// Shared between the processing thread (writer of the requests) and the device thread.
struct PlaybackControl
{
    // Requests (processing thread → device thread)
    std::atomic<float> gainTarget {1.0f};
    // Keeps the device playing (silence) when nothing is queued: a recording needs the far
    // end's timeline to go on. Otherwise the device is suspended after a while of silence.
    std::atomic<bool> holdOpen {false};
    std::atomic<uint64_t> flushUpTo {0}; // ring index the next flush discards up to
    std::atomic<uint32_t> flushSequence {0}; // bumped once per flush request

    // Reports (device thread → anyone), all monotonic
    std::atomic<uint64_t> framesRendered {0}; // frames handed to the device, silence included
    std::atomic<uint64_t> modelFramesRendered {0}; // …of which came from the ring
    std::atomic<uint64_t> playedRingIndex {0}; // ring index just past the last frame played
    std::atomic<uint64_t> silenceFrames {0}; // frames of silence while the ring was empty
    std::atomic<uint64_t> referenceDropped {0}; // reference frames lost to a full ring
    std::atomic<uint32_t> flushesDone {0};
    std::atomic<uint32_t> suspensions {0}; // times the device was suspended for silence
    // steady_clock nanoseconds of the latest transitions, for latency measurements
    std::atomic<int64_t> modelStartNs {0}; // first model frame after silence handed over
    std::atomic<int64_t> modelStopNs {0}; // last model frame of a stretch handed over
    std::atomic<int64_t> gainChangeNs {0}; // a new gain target started to apply
    std::atomic<int64_t> flushDoneNs {0}; // a flush fade finished
};

class PlaybackRenderer
{
public:
    // Rings and control are not owned and must outlive the renderer.
    PlaybackRenderer(SpscRing<float> &ring, SpscRing<float> &reference, PlaybackControl &control,
                     int sampleRate, int fadeMs);

    // Fills `out` (mono, device rate) completely. Wait-free; no allocation. Returns how many of
    // the frames came from the ring (the rest is silence).
    size_t render(std::span<float> out);
    // Something is queued to play or to fade out: a suspended device must resume.
    bool hasWork() const;

    int fadeFrames() const { return m_fadeFrames; }

private:
    SpscRing<float> &m_ring;
    SpscRing<float> &m_reference;
    PlaybackControl &m_control;
    const int m_fadeFrames;
    const int m_rampFrames; // gain changes glide over this many frames
    uint32_t m_seenFlush = 0;
    int m_fadePosition = -1; // ≥ 0 while fading out for a flush
    uint64_t m_fadeUpTo = 0;
    float m_gain = 1.0f;
    float m_gainStep = 0.0f;
    float m_gainTarget = 1.0f;
    bool m_playingModel = false;
};

} // namespace livedesk::audio
