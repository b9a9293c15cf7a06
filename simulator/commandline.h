// livedesk-sim's command line: one option per SimulatorOptions field (docs/simulator.md).
#pragma once

#include "simulator/simulator.h"

#include <QStringList>

namespace livedesk::sim {

struct CommandLine
{
    enum class Status { None, Run, ShowHelp, Error };
    Status status = Status::None;
    SimulatorOptions options;
    QString text; // the help text, or the error
};

// `arguments` includes the program name, as QCoreApplication::arguments() gives it.
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace livedesk::sim
