#include "session/logging.h"

Q_LOGGING_CATEGORY(lcSession, "livedesk.session", QtInfoMsg)
