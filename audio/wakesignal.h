// Wakes the processing thread as soon as a device thread has delivered audio (issue 19: the
// local barge-in's 150 ms). Without it a microphone frame waited for the processing thread's next
// 10 ms tick, 5 ms on average, up to a whole tick when the machine is busy.
//
// An eventfd on Linux: raise() is one non-blocking write() from the device thread, with no lock
// and no allocation, and several raises before the reader clears it are one wake. Elsewhere there
// is none (fd() is −1) and the tick finds the audio as before.
#pragma once

namespace livedesk::audio {

class WakeSignal
{
public:
    WakeSignal();
    ~WakeSignal();
    WakeSignal(const WakeSignal &) = delete;
    WakeSignal &operator=(const WakeSignal &) = delete;

    // For a QSocketNotifier (read) on the processing thread; −1 where there is none.
    int fd() const { return m_fd; }
    // Any thread, real-time safe.
    void raise() noexcept;
    // The reader, after waking: the next raise() wakes it again.
    void clear() noexcept;

private:
    int m_fd = -1;
};

} // namespace livedesk::audio
