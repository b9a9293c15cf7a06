#include "app/cli/climain.h"
#include "audio/processexit.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Screen capture needs a GUI application; everything else runs without a display.
    std::unique_ptr<QCoreApplication> app;
    if (livedesk::app::cliWantsGuiApplication(argc, argv))
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("livedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIVEDESK_VERSION));
    const int exitCode = livedesk::app::runCli(QCoreApplication::arguments());
    app.reset();
    livedesk::audio::exitProcess(exitCode);
}
