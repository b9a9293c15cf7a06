#include "audio/apmbackend.h"

namespace livedesk::audio {

std::unique_ptr<ApmBackend> createApmBackend(const VoiceProcessingOptions &)
{
    return nullptr;
}

const char *apmBackendName()
{
    return "none";
}

} // namespace livedesk::audio
