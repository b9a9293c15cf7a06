// The whole of the `livedesk` executable (main.cpp only calls it):
//   livedesk [--demo] [--settings FILE] [--no-keychain] [--language CODE] [--models FILE]
//            [--renderer NAME] [--endpoint URL] [--model ID] [--talk-mode MODE]
//            [--failover-location LOCATION]... [--start]
//            [--events FILE] [--metrics FILE] [--version] [--help]
// (docs/app.md). SIGTERM, SIGINT and closing the window end the conversation as End does.
#pragma once

namespace livedesk::app {

int runGui(int argc, char **argv);

} // namespace livedesk::app
