// SIGINT and SIGTERM for both front ends (livedesk-cli's run, the desktop app's conversation):
// the first one calls `onInterrupt` from the event loop, so the conversation ends politely and
// its files are flushed. The handler only writes a byte into a pipe (async-signal-safe; no Qt
// call); a QSocketNotifier reads it. The handlers reset themselves, so a second signal ends the
// process the usual way. One watcher at a time.
#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class QSocketNotifier;

namespace livedesk::app {

class InterruptWatcher
{
public:
    explicit InterruptWatcher(std::function<void()> onInterrupt);
    ~InterruptWatcher();
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

private:
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
#endif
};

} // namespace livedesk::app
