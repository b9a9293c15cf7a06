// RecordingTap: where the conversation is handed to the recorder, as one stereo stream at 16 kHz:
// the user on the left (the microphone after echo cancellation), the model on the right (exactly
// what the speaker played), time-aligned as the user heard it.
//
// Alignment. The processing thread receives the far end when it is handed to the device, and it
// is heard one output latency later; it receives the near end one input latency after it was
// spoken. Delaying the far end by the sum (the echo delay the canceller also uses) pairs each
// near-end sample with the far-end sample the user was hearing at that moment. The far end waits
// in a small FIFO that also absorbs the devices' period jitter. If the two device clocks drift
// apart the FIFO grows: past kMaxSlackMs beyond the delay, the oldest far-end samples are
// skipped (counted in farSkippedSamples()). When the far end has nothing (no speaker, or it is
// late), the right channel is silent; when there is no microphone, advanceFarOnly() lets the
// far end drive the timeline with a silent left channel.
//
// Threads: one producer (the audio processing thread, or whoever feeds a file-mode recording)
// calls begin(), pushFar(), pushNear() and advanceFarOnly(); one consumer (the encoder thread)
// calls read(). Neither side blocks, locks or allocates: every buffer is allocated in the
// constructor. If the encoder falls behind by more than the ring holds, new frames are dropped
// and counted (droppedFrames()), never waited for.
#pragma once

#include "audio/spscring.h"

#include <atomic>
#include <cstdint>
#include <span>

namespace livedesk::audio {

class RecordingTap
{
public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kChannels = 2; // left: user, right: model
    static constexpr int kMaxSlackMs = 120; // far-end backlog beyond the delay before skipping
    static constexpr int kMaxDelayMs = 1000;

    // `bufferSeconds` of stereo audio may wait for the encoder.
    explicit RecordingTap(int bufferSeconds = 4);
    RecordingTap(const RecordingTap &) = delete;
    RecordingTap &operator=(const RecordingTap &) = delete;

    // --- producer ------------------------------------------------------------------------------
    // Starts (or restarts) the pairing: the far end is delayed by `farDelayMs` (clamped to
    // 0…kMaxDelayMs). Whatever the FIFO held is dropped; the output ring is left alone.
    void begin(int farDelayMs);
    // What the speaker played, 16 kHz mono.
    void pushFar(std::span<const int16_t> samples);
    // What the microphone heard after processing, 16 kHz mono: paired with the far end and
    // written out. Pass silence to record a muted microphone.
    void pushNear(std::span<const int16_t> samples);
    // Without a microphone: writes out the far end beyond the delay with a silent left channel.
    void advanceFarOnly();

    // --- consumer ------------------------------------------------------------------------------
    // Interleaved stereo frames (L, R); returns the frames read (out.size() / 2 at most).
    size_t read(std::span<int16_t> interleaved);
    size_t framesAvailable() const { return m_out.readAvailable() / kChannels; }

    // --- either side ---------------------------------------------------------------------------
    uint64_t framesWritten() const { return m_framesWritten.load(std::memory_order_relaxed); }
    uint64_t droppedFrames() const { return m_dropped.load(std::memory_order_relaxed); }
    uint64_t farSkippedSamples() const { return m_farSkipped.load(std::memory_order_relaxed); }
    // Far-end samples the right channel went without (nothing had been played yet or it was late).
    uint64_t farMissingSamples() const { return m_farMissing.load(std::memory_order_relaxed); }

private:
    // Pairs `count` (≤ kBlock) near-end samples (null: silence) with the far end and writes them.
    void writeBlock(const int16_t *nearSamples, size_t count);

    static constexpr size_t kBlock = 160; // 10 ms

    // Producer-only state: the far-end FIFO (both of its ends are used by the producer).
    SpscRing<int16_t> m_far;
    size_t m_delaySamples = 0;
    // Consumer-facing.
    SpscRing<int16_t> m_out;
    std::atomic<uint64_t> m_framesWritten {0};
    std::atomic<uint64_t> m_dropped {0};
    std::atomic<uint64_t> m_farSkipped {0};
    std::atomic<uint64_t> m_farMissing {0};
};

} // namespace livedesk::audio
