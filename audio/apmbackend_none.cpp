#include "audio/apmbackend.h"

namespace livedesk::audio {

std::unique_ptr<ApmBackend> createApmBackend(const VoiceProcessingOptions &)
{
    return nullptr;
}

int apmEchoReachMs()
{
    return 1000; // nothing to keep in reach
}

const char *apmBackendName()
{
    return "none";
}

} // namespace livedesk::audio
