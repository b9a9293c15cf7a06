#include "app/cli/climain.h"

#include "app/cli/clirun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace livedesk::app {

int runCli(const QStringList &arguments)
{
    QTextStream err(stderr);
    CliModules modules = defaultCliModules();
    CliOptions options;
    QString message;
    switch (parseCliArguments(arguments, modules, options, &message)) {
    case ParseOutcome::Help:
    case ParseOutcome::Version:
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
