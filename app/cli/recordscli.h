// livedesk-cli's flag groups for what a conversation is for and what is kept of it:
//   Mode and translation  --mode assistant|translate|interpret|<saved mode>, --source-lang L,
//                         --target-lang L, --translation-notes TEXT, --modes FILE
//   Records               --record FILE.opus, --subtitles FILE.vtt|.srt, --subtitle-content,
//                         --mix FILE.wav, --original-level DB
//   History               --history list|export ID|search TEXT|delete ID, --history-db PATH,
//                         --save-history, --history-format md|json, --history-retention DAYS
// The groups share one CliRecords per run: the run's Transcript (from which captions, history,
// subtitles and the recording's transcript are made), the recorder and the history writer.
// Formats and behaviour: docs/cli.md, docs/translation.md, docs/recording.md, docs/history.md.
#pragma once

#include "app/cli/clioptions.h"

#include <memory>

namespace livedesk::app {

class CliRecords;

// The three groups above, in help order, sharing one CliRecords.
CliModules recordsCliModules();

} // namespace livedesk::app
