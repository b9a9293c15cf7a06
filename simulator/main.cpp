// livedesk-sim: the local Live API server. Thin: options come from commandline.cpp, the server
// from the livedesk_simulator library.
#include "simulator/commandline.h"
#include "simulator/simulator.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("livedesk-sim"));

    const auto commandLine = livedesk::sim::parseCommandLine(QCoreApplication::arguments());
    switch (commandLine.status) {
    case livedesk::sim::CommandLine::Status::ShowHelp:
        std::fputs(commandLine.text.toLocal8Bit().constData(), stdout);
        return 0;
    case livedesk::sim::CommandLine::Status::Error:
    case livedesk::sim::CommandLine::Status::None:
        std::fprintf(stderr, "livedesk-sim: %s\n(see livedesk-sim --help)\n",
                     commandLine.text.toLocal8Bit().constData());
        return 2;
    case livedesk::sim::CommandLine::Status::Run:
        break;
    }

    livedesk::sim::Simulator simulator(commandLine.options);
    QString error;
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "livedesk-sim: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    // Scripts and tests read this first line to find the port.
    std::printf("listening on %s\n", simulator.url().toString().toLocal8Bit().constData());
    std::fflush(stdout);
    return app.exec();
}
