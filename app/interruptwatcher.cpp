#include "app/interruptwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace livedesk::app {

namespace {

#ifdef Q_OS_UNIX
int g_interruptPipe[2] = {-1, -1};

extern "C" void onInterruptSignal(int)
{
    // Async-signal-safe: one byte into a pipe; the event loop does the rest.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
}
#endif

} // namespace

InterruptWatcher::InterruptWatcher(std::function<void()> onInterrupt)
{
#ifdef Q_OS_UNIX
    if (::pipe(g_interruptPipe) != 0)
        return;
    ::fcntl(g_interruptPipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_interruptPipe[1], F_SETFD, FD_CLOEXEC);
    m_notifier = std::make_unique<QSocketNotifier>(g_interruptPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                     [this, onInterrupt = std::move(onInterrupt)] {
                         char byte = 0;
                         [[maybe_unused]] const auto got = ::read(g_interruptPipe[0], &byte, 1);
                         m_notifier->setEnabled(false);
                         onInterrupt();
                     });
    struct sigaction action = {};
    action.sa_handler = onInterruptSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    ::sigaction(SIGINT, &action, &m_oldInt);
    ::sigaction(SIGTERM, &action, &m_oldTerm);
#else
    Q_UNUSED(onInterrupt)
#endif
}

InterruptWatcher::~InterruptWatcher()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    m_notifier.reset();
    ::close(g_interruptPipe[0]);
    ::close(g_interruptPipe[1]);
    g_interruptPipe[0] = g_interruptPipe[1] = -1;
#endif
}

} // namespace livedesk::app
