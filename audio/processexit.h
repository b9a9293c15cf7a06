// Ending a process that used Qt Multimedia's audio devices.
//
// Qt 6.4's PulseAudio engine is a global static. Its destructor, run by the exit handlers,
// disconnects its PulseAudio context without holding its mainloop's lock, while that mainloop's
// thread may be dispatching an event (a stream or device change still arriving). libpulse then
// aborts in its own mainloop ("Assertion 'm->io_events_please_scan == 0' failed"), and a run that
// did everything right ends with SIGABRT. Later Qt takes the lock there; 6.4 is what Debian 12
// ships. So a process that has closed and flushed everything it owns ends here instead of
// returning from main(): the exit handlers, and that destructor with them, do not run.
#pragma once

namespace livedesk::audio {

// Flushes the C streams, runs LeakSanitizer's check in sanitizer builds (it would otherwise run
// from an exit handler), and ends the process with `exitCode`. Call it only after every object
// that writes files or holds devices has been destroyed.
[[noreturn]] void exitProcess(int exitCode);

} // namespace livedesk::audio
