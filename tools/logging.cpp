#include "tools/logging.h"

Q_LOGGING_CATEGORY(lcTools, "livedesk.tools", QtInfoMsg)
