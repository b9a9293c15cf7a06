#include "audio/processexit.h"

#include <cstdio>
#include <cstdlib>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LIVEDESK_LEAK_CHECK 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define LIVEDESK_LEAK_CHECK 1
#endif
#ifdef LIVEDESK_LEAK_CHECK
#include <sanitizer/lsan_interface.h>
#endif

namespace livedesk::audio {

void exitProcess(int exitCode)
{
    std::fflush(nullptr);
#ifdef LIVEDESK_LEAK_CHECK
    // Ends the process with LeakSanitizer's exit code when something leaked.
    __lsan_do_leak_check();
#endif
    std::_Exit(exitCode);
}

} // namespace livedesk::audio
