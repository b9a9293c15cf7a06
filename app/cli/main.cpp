#include "app/cli/climain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("livedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIVEDESK_VERSION));
    return livedesk::app::runCli(QCoreApplication::arguments());
}
