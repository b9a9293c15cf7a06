#pragma once

#include <QMetaObject>
#include <QObject>

#include <utility>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

namespace livedesk::audio {

// Runs `call` on `context`'s thread and waits for it (Qt::BlockingQueuedConnection). Qt orders
// both directions (the call after what the caller did, the caller's return after the call) with
// a semaphore inside Qt, which is not built with ThreadSanitizer; under TSan the hand-over is
// declared on the call's address (alive on the caller's stack throughout; `context` may be what
// the call deletes), or the call's captures and results look like races (tst_recordingcontroller,
// tst_settings through AudioEngine).
template<typename Call>
void invokeBlocking(QObject *context, Call &&call)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(&call);
    QMetaObject::invokeMethod(
            context,
            [&call] {
                __tsan_acquire(&call);
                call();
                __tsan_release(&call);
            },
            Qt::BlockingQueuedConnection);
    __tsan_acquire(&call);
#else
    QMetaObject::invokeMethod(context, std::forward<Call>(call), Qt::BlockingQueuedConnection);
#endif
}

} // namespace livedesk::audio
