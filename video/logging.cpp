#include "video/logging.h"

Q_LOGGING_CATEGORY(lcVideo, "livedesk.video", QtInfoMsg)
