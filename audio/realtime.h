// Real-time scheduling for the threads that move audio: the device threads and the processing
// thread.
//
// Why: the echo canceller needs its far end and near end in step to the frame. With ordinary
// scheduling, three busy processes on a 2-core machine left the processing thread's 10 ms ticks
// 0.3–1.5 s apart and the speaker's thread late, and the canceller lost the echo in nearly every
// reply (docs/benchmarks.md, "Echo on a real path"). Sound servers (PulseAudio, PipeWire) and
// the clients that care (browsers, Mumble) run their audio threads round-robin real-time for the
// same reason. These threads wake every 10–20 ms and work for well under a millisecond, so a
// low real-time priority costs the rest of the system nothing.
//
// How: SCHED_RR at kAudioPriority directly (allowed with CAP_SYS_NICE or an RLIMIT_RTPRIO that
// covers it, as the audio group has on many distributions), else through RealtimeKit on the
// system bus (what desktop sessions offer unprivileged programs), else the thread stays as it
// was and the caller says so once. SCHED_RESET_ON_FORK: a child process never inherits it.
#pragma once

#include <QString>

#include <sys/types.h>

namespace livedesk::audio {

enum class ThreadScheduling {
    Normal, // not asked, or refused
    RealTime, // SCHED_RR, set directly
    RealTimeByRealtimeKit, // SCHED_RR, granted by RealtimeKit
};

struct RealtimeOutcome
{
    ThreadScheduling scheduling = ThreadScheduling::Normal;
    int error = 0; // errno of the direct request when it was refused
};

inline constexpr int kAudioPriority = 5; // PulseAudio's own default for its threads

// The calling thread. No allocation, no lock: libpulse's callbacks may call it. Never asks
// RealtimeKit (a D-Bus round trip); see makeThreadRealtime().
RealtimeOutcome makeCurrentThreadRealtime(int priority = kAudioPriority);
// The calling thread's kernel id, for makeThreadRealtime() from another thread.
pid_t currentThreadId();
// Thread `tid` of this process: directly, else through RealtimeKit. Blocks for the D-Bus call:
// call it off the audio path (when a device opens).
RealtimeOutcome makeThreadRealtime(pid_t tid, int priority = kAudioPriority);
// For the log and `--version`: "real-time (SCHED_RR 5)", "normal (Operation not permitted)".
QString describe(const RealtimeOutcome &outcome, int priority = kAudioPriority);
// Whether this build can ask RealtimeKit (Linux with Qt D-Bus).
bool realtimeKitBuilt();

} // namespace livedesk::audio
