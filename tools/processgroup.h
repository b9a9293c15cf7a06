// The programs LiveDesk starts for tools (command tools, stdio MCP servers) run in a process
// group of their own, so stopping one reaches whatever it started in turn: a shell's background
// job or a server's helper that ignores SIGTERM would otherwise outlive LiveDesk (POSIX; on other
// systems only the program itself is stopped).
#pragma once

#include <QList>

class QProcess;

namespace livedesk::tools {

// What becomes of programs still running in the group after its leader exited by itself. A
// command tool's program may start something meant to last (a browser for "open this page");
// an MCP server's helpers live and die with the server.
enum class Leftovers { Keep, Stop };

// Call before start(): the child becomes the leader of a new group, and the group is killed when
// `process` is destroyed while anything in it still runs (with Leftovers::Keep, only when the
// leader had not exited by itself).
void startInOwnProcessGroup(QProcess *process, Leftovers leftovers);

enum class StopSignal { Terminate, Kill };
// Signals the whole group of a process started with startInOwnProcessGroup() (the process itself
// otherwise).
void signalProcessGroup(QProcess *process, StopSignal signal);

// Ends the processes and everything they started, all at once: closes their input, waits up to
// graceMs for them to exit, sends SIGTERM to every group still there, waits up to terminateMs,
// then SIGKILL. The waits share one deadline each, so N processes take as long as the slowest,
// not the sum (60 hung MCP servers took 33 s one after another).
void stopProcessGroups(const QList<QProcess *> &processes, int graceMs, int terminateMs);

} // namespace livedesk::tools
