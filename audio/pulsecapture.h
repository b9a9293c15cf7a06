// The microphone read with libpulse directly, in place of QAudioSource, when the sound server is
// PulseAudio (or PipeWire's pulse server).
//
// Why: Qt 6.4's PulseAudio source polls its stream on a timer of the device thread every period
// (20 ms) and takes libpulse's lock for each piece the server sent, and each lock wakes
// libpulse's thread: an open microphone cost ~0.6 CPU-s a minute in those two threads while
// nobody spoke (docs/benchmarks.md, "The GUI's idle CPU"). Here the stream's read callback runs
// on libpulse's own thread and copies straight into the capture ring, and the server is asked
// for fragments of our own size: short (the engine's input buffer) while the audio matters, long
// (kLongFragmentMs) while the quiet gate is closed, switched live with pa_stream_set_buffer_attr
// (no reopen: the server keeps the samples and sends them in the new size, none is lost). A long
// fragment delays the onset of speech by up to its length, not its audio: the quiet gate's
// pre-roll (300 ms) holds what was captured while the fragment filled.
//
// Thread contract: start(), stop() and setFragments() on one thread (the capture device's); the
// read callback (libpulse's thread) only copies into the pre-allocated ring, no
// allocation, lock of ours or logging (it runs under libpulse's mainloop lock, as any libpulse
// callback does). `onFailed` is called on libpulse's thread when the server ends the stream.
#pragma once

#include "audio/devicestreams.h"

#include <QByteArray>

#include <sys/types.h>

#include <atomic>
#include <functional>
#include <memory>

namespace livedesk::audio {

class PulseCapture
{
public:
    static constexpr int kLongFragmentMs = 150;

    enum class Fragments { Short, Long };
    enum class StartResult { Started, NoServer, DeviceFailed };
    enum class Failure { DeviceGone, ServerGone };

    PulseCapture();
    ~PulseCapture();
    PulseCapture(const PulseCapture &) = delete;
    PulseCapture &operator=(const PulseCapture &) = delete;

    // Whether this build reads the microphone with libpulse at all (else: QAudioSource).
    static bool isBuilt();

    // Records source `sourceName` (Qt's device id on PulseAudio) in `stream`'s format, in short
    // fragments of `shortFragmentMs`. NoServer: no PulseAudio server to talk to (use Qt's path);
    // DeviceFailed: the server refused the source (gone, or no such source).
    StartResult start(const QByteArray &sourceName, std::shared_ptr<CaptureStream> stream,
                      int shortFragmentMs, std::function<void(Failure)> onFailed);
    void stop();
    bool isRunning() const;

    void setFragments(Fragments fragments);
    Fragments fragments() const { return m_fragments.load(std::memory_order_relaxed); }
    // The fragment the server granted last, in bytes (0 before start).
    uint32_t grantedFragmentBytes() const { return m_grantedBytes.load(std::memory_order_relaxed); }
    // The kernel id of libpulse's thread, which runs the read callback (for realtime.h); 0
    // before a stream was ready.
    pid_t threadId() const { return m_threadId.load(std::memory_order_relaxed); }
    // Deliveries (read callbacks) since start: one per wakeup of libpulse's thread for audio.
    uint64_t deliveries() const { return m_deliveries.load(std::memory_order_relaxed); }

    struct Private; // the libpulse side (pulsecapture.cpp)

private:
    std::unique_ptr<Private> d;
    std::atomic<Fragments> m_fragments {Fragments::Short};
    std::atomic<uint32_t> m_grantedBytes {0};
    std::atomic<pid_t> m_threadId {0};
    std::atomic<uint64_t> m_deliveries {0};
    friend struct Private;
};

} // namespace livedesk::audio
