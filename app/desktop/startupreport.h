// For the benchmark harness: with LIVEDESK_STARTUP_REPORT=<path>, `livedesk` writes
//   {"pid": 1234, "renderer": "software", "window_shown": 412.5, "session_live": 903.1,
//    "frames": 87}
// there, in steady-clock milliseconds since the process started (the kernel's start time), and
// rewrites it as each moment arrives: window_shown when the window's first frame was swapped,
// session_live when the first session (the offline demo's, or --start's) reached Live. A moment not
// reached yet is absent.
// `frames` counts the frames the window has swapped; it is rewritten at most twice a second, and
// only after a frame (an idle window wakes nothing to write it).
#pragma once

#include <QJsonObject>
#include <QString>

class QQuickWindow;

namespace livedesk::app {

class AppController;

class StartupReport
{
public:
    // Empty when the variable is not set: the report is then off and costs nothing.
    static QString pathFromEnvironment();

    // Milliseconds from the process's start to now (steady clock).
    static double msSinceProcessStart();

    // Watches `window` and `controller` (both must outlive the report's use) and writes `path`.
    // `renderer` says what draws the window ("software", "opengl: llvmpipe (LLVM 15…)").
    static void watch(const QString &path, QQuickWindow *window, AppController *controller,
                      const QString &renderer);
};

} // namespace livedesk::app
