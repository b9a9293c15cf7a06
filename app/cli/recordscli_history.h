// livedesk-cli's History group (recordscli.h): --history list|export ID|search TEXT|delete ID and
// --history-retention, which run instead of a conversation, and --history-db / --save-history,
// which store the run's conversation (the records group reads them from the shared choice).
#pragma once

#include "app/cli/clioptions.h"

#include <memory>

namespace livedesk::app {

struct CliHistoryChoice
{
    QString database; // empty: HistoryStore::defaultPath() when saving
    bool save = false; // --save-history
};

std::unique_ptr<CliModule> historyCliModule(std::shared_ptr<CliHistoryChoice> choice);

} // namespace livedesk::app
