#include "audio/wakesignal.h"

#include <cstdint>

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/eventfd.h>
#include <unistd.h>
#define LIVEDESK_HAVE_EVENTFD 1
#endif

namespace livedesk::audio {

WakeSignal::WakeSignal()
{
#if defined(LIVEDESK_HAVE_EVENTFD)
    m_fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
#endif
}

WakeSignal::~WakeSignal()
{
#if defined(LIVEDESK_HAVE_EVENTFD)
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void WakeSignal::raise() noexcept
{
#if defined(LIVEDESK_HAVE_EVENTFD)
    if (m_fd < 0)
        return;
    const uint64_t one = 1;
    // EAGAIN only when the counter is near its maximum: the reader is already due to wake.
    [[maybe_unused]] const ssize_t written = ::write(m_fd, &one, sizeof one);
#endif
}

void WakeSignal::clear() noexcept
{
#if defined(LIVEDESK_HAVE_EVENTFD)
    if (m_fd < 0)
        return;
    uint64_t count = 0;
    [[maybe_unused]] const ssize_t read = ::read(m_fd, &count, sizeof count);
#endif
}

} // namespace livedesk::audio
