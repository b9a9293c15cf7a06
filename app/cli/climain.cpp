#include "app/cli/climain.h"

#include "app/cli/clirun.h"
#include "app/interruptwatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace livedesk::app {

bool cliWantsGuiApplication(int argc, const char *const *argv)
{
    bool wanted = false;
    for (int i = 1; i < argc && !wanted; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        for (const char *flag : {"--screen", "--window", "--list-devices"}) {
            const QByteArray f(flag);
            if (arg == f || arg.startsWith(QByteArray(f + '=')))
                wanted = true;
        }
    }
    if (!wanted)
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

int runCli(const QStringList &arguments)
{
    QTextStream err(stderr);
    // FFmpeg (under OpenCV's video reader) prints its own complaints about a file that the CLI
    // reports in one line; --verbose keeps them.
    if (!arguments.contains(u"--verbose"_s) && !qEnvironmentVariableIsSet("OPENCV_FFMPEG_LOGLEVEL"))
        qputenv("OPENCV_FFMPEG_LOGLEVEL", "-8");
    CliModules modules = defaultCliModules();
    CliOptions options;
    QString message;
    switch (parseCliArguments(arguments, modules, options, &message)) {
    case ParseOutcome::Help:
    case ParseOutcome::Version:
    case ParseOutcome::Info:
        QTextStream(stdout) << message << Qt::endl;
        return int(ExitCode::Success);
    case ParseOutcome::Error:
        err << "livedesk-cli: " << message << Qt::endl;
        return int(ExitCode::Usage);
    case ParseOutcome::Command: {
        QTextStream out(stdout);
        return modules.at(size_t(options.commandModule))->runCommand(out, err);
    }
    case ParseOutcome::Run:
        break;
    }

    // The exit line says what went wrong; connection chatter only with --verbose.
    QLoggingCategory::setFilterRules(options.verbose
                                             ? u"livedesk.*.info=true\nlivedesk.*.debug=true"_s
                                             : u"livedesk.*.info=false"_s);
    CliRun run(std::move(options), std::move(modules));
    const InterruptWatcher interrupts([&run] { run.interrupt(); });
    QEventLoop loop;
    int code = int(ExitCode::Failure);
    QObject::connect(&run, &CliRun::finished, &loop, [&](int exitCode) {
        code = exitCode;
        loop.quit();
    });
    run.start();
    loop.exec();
    if (code != int(ExitCode::Success))
        err << "livedesk-cli: " << (run.exitMessage().isEmpty() ? u"failed"_s : run.exitMessage())
            << Qt::endl;
    return code;
}

} // namespace livedesk::app
