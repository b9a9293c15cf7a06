// livedesk-cli's exit codes: one per kind of failure a script may want to react to differently.
// Documented in `livedesk-cli --help` (from kExitCodes) and docs/cli.md.
#pragma once

#include "session/sessionerror.h"

namespace livedesk::app {

enum class ExitCode {
    Success = 0,
    Failure = 1, // anything else: an output file that cannot be written mid-run, an internal error
    Usage = 2, // bad flags, missing or unreadable input, unwritable output, no credential
    Auth = 3, // the credential was refused
    ModelConfig = 4, // unknown model, rejected setup field
    Network = 5, // unreachable endpoint, dropped connection
    Timeout = 6, // --timeout expired, or the server never confirmed the setup
    Quota = 7, // quota or rate limit
    Server = 8, // the server failed or ended the session early
    Policy = 9, // refused by the service's policy (region, aborted operation)
    Device = 10, // a microphone, speaker, camera, screen or window is missing or failed
    Interrupted = 130, // Ctrl+C or SIGTERM before the requested turns completed
};

struct ExitCodeInfo
{
    ExitCode code;
    const char *meaning;
};

inline constexpr ExitCodeInfo kExitCodes[] = {
        {ExitCode::Success, "the requested turns completed"},
        {ExitCode::Failure, "other failure (e.g. an output file could not be written)"},
        {ExitCode::Usage, "usage error: bad flags, missing or unreadable input file, no API key"},
        {ExitCode::Auth, "authentication failed (wrong or expired key or token)"},
        {ExitCode::ModelConfig, "model or configuration rejected (unknown model, bad setup)"},
        {ExitCode::Network, "network failure (endpoint unreachable, connection dropped)"},
        {ExitCode::Timeout, "timeout (--timeout expired, or no setupComplete)"},
        {ExitCode::Quota, "quota or rate limit reached"},
        {ExitCode::Server, "server error, or the server ended the session early"},
        {ExitCode::Policy, "refused by the service's policy (e.g. unsupported region)"},
        {ExitCode::Device,
         "audio or video device problem (no such microphone, speaker, camera, screen or window; "
         "a device that cannot be opened or fails)"},
        {ExitCode::Interrupted, "interrupted (Ctrl+C, SIGTERM) before the requested turns "
                                "completed"},
};

inline ExitCode exitCodeFor(session::ErrorCategory category)
{
    using C = session::ErrorCategory;
    switch (category) {
    case C::None:
        return ExitCode::Success;
    case C::Auth:
        return ExitCode::Auth;
    case C::ModelConfig:
        return ExitCode::ModelConfig;
    case C::Quota:
        return ExitCode::Quota;
    case C::Network:
        return ExitCode::Network;
    case C::Server:
    case C::Protocol:
        return ExitCode::Server;
    case C::Policy:
        return ExitCode::Policy;
    case C::Timeout:
        return ExitCode::Timeout;
    }
    return ExitCode::Failure;
}

} // namespace livedesk::app
