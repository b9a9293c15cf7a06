// The whole of livedesk-cli behind a function, so main.cpp stays thin and tests can run the
// same code paths in-process.
#pragma once

#include <QStringList>

namespace livedesk::app {

// Parses `arguments` (argv, program name first), runs the conversation in the current event
// loop, prints the one-line error on failure, and returns the exit code.
int runCli(const QStringList &arguments);

} // namespace livedesk::app
