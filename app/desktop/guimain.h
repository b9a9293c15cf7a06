// The whole of the `livedesk` executable (main.cpp only calls it):
//   livedesk [--demo] [--settings FILE] [--no-keychain] [--language CODE] [--version] [--help]
#pragma once

namespace livedesk::app {

int runGui(int argc, char **argv);

} // namespace livedesk::app
