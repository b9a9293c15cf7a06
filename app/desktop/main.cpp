// livedesk: the desktop app. Everything is in runGui() (guimain.h); by the time it returns, the
// conversation, the settings and the window are closed and written.
#include "app/desktop/guimain.h"

#include "audio/processexit.h"

int main(int argc, char **argv)
{
    livedesk::audio::exitProcess(livedesk::app::runGui(argc, argv));
}
