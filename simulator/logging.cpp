#include "simulator/logging.h"

Q_LOGGING_CATEGORY(lcSimulator, "livedesk.simulator", QtInfoMsg)
