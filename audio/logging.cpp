#include "audio/logging.h"

Q_LOGGING_CATEGORY(lcAudio, "livedesk.audio", QtInfoMsg)
