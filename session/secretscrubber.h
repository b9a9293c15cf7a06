// The session uses the one SecretScrubber (session/protocol/secretscrubber.h), which the tools
// share; LiveSession fills it from the endpoint and the environment.
#pragma once

#include "session/protocol/secretscrubber.h"

namespace livedesk::session {

using protocol::SecretScrubber;

} // namespace livedesk::session
