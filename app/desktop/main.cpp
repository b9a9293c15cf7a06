// livedesk: the desktop app. Everything is in runGui() (guimain.h).
#include "app/desktop/guimain.h"

int main(int argc, char **argv)
{
    return livedesk::app::runGui(argc, argv);
}
