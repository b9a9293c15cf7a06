// What a device thread and the processing thread share while one device is open: the rings
// between them and the device's format. Allocated (off the device thread) each time a device
// opens, sized for its format, and released after both sides have let go — the shared_ptr is
// copied only on open and close, never on the audio path.
#pragma once

#include "audio/playbackrenderer.h"
#include "audio/spscring.h"

#include <QAudioFormat>

#include <atomic>
#include <cstdint>

namespace livedesk::audio {

struct CaptureStamp
{
    uint64_t endByte = 0; // totalWritten() of the byte ring after a delivery
    int64_t steadyNs = 0; // when that delivery arrived
};

struct PlaybackStamp
{
    uint64_t firstFrame = 0; // framesRendered before a write…
    uint64_t endFrame = 0; // …and after it
    int64_t playNs = 0; // when the write's first frame plays: the sink held the rest before it
    uint32_t suspensions = 0; // PlaybackControl::suspensions at the write
};

struct CaptureStream
{
    // `seconds` of device audio fit in the ring: a virtual source may deliver in large blocks,
    // and the processing thread may be late once in a while.
    CaptureStream(const QAudioFormat &deviceFormat, int seconds)
        : format(deviceFormat)
        , bytes(size_t(deviceFormat.bytesForDuration(qint64(seconds) * 1000000)))
        , stamps(256)
    { }

    const QAudioFormat format;
    SpscRing<char> bytes; // interleaved device frames, whole frames only
    SpscRing<CaptureStamp> stamps;
    std::atomic<uint64_t> droppedBytes {0}; // lost because the ring was full
    std::atomic<int> latencyMs {0}; // the source's buffer, set when it opens
};

struct PlaybackStream
{
    PlaybackStream(const QAudioFormat &deviceFormat, int ringSeconds)
        : format(deviceFormat)
        , ring(size_t(deviceFormat.sampleRate()) * size_t(ringSeconds))
        , reference(size_t(deviceFormat.sampleRate()) * size_t(ringSeconds))
        , stamps(256)
    { }

    const QAudioFormat format;
    SpscRing<float> ring; // model audio, mono at the device rate
    SpscRing<float> reference; // exactly what was handed to the device, for the echo canceller
    SpscRing<PlaybackStamp> stamps; // one per write: when the reference's frames play
    PlaybackControl control;
    std::atomic<int> latencyMs {0}; // the sink's buffer, set when it opens
    std::atomic<uint64_t> deviceUnderruns {0};
};

} // namespace livedesk::audio
