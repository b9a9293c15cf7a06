// The whole of livedesk-cli behind a function, so main.cpp stays thin and tests can run the
// same code paths in-process.
#pragma once

#include <QStringList>

namespace livedesk::app {

// Parses `arguments` (argv, program name first), runs the conversation in the current event
// loop, prints the one-line error on failure, and returns the exit code. On Unix, the first
// SIGINT or SIGTERM ends the run politely (metrics written; CliRun::interrupt()); a second one
// kills it.
int runCli(const QStringList &arguments);

// Whether the arguments need a QGuiApplication (screen or window sharing, listing screens) and
// a display seems to be there to give one. main.cpp decides before any Qt object exists: without
// a display a QGuiApplication cannot even be created, so the CLI then runs on a
// QCoreApplication and the screen flags fail with a clear message instead.
bool cliWantsGuiApplication(int argc, const char *const *argv);

} // namespace livedesk::app
