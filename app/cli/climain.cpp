#include "app/cli/climain.h"

#include "app/cli/clirun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

#ifdef Q_OS_UNIX
int g_interruptPipe[2] = {-1, -1};

extern "C" void onInterruptSignal(int)
{
    // Async-signal-safe: one byte into a pipe; the event loop does the rest.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
}
#endif

// The first SIGINT/SIGTERM calls `onInterrupt` from the event loop; the handlers reset
// themselves, so a second signal ends the process the usual way.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(std::function<void()> onInterrupt)
    {
#ifdef Q_OS_UNIX
        if (::pipe(g_interruptPipe) != 0)
            return;
        ::fcntl(g_interruptPipe[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(g_interruptPipe[1], F_SETFD, FD_CLOEXEC);
        m_notifier = std::make_unique<QSocketNotifier>(g_interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                         [this, onInterrupt = std::move(onInterrupt)] {
                             char byte = 0;
                             [[maybe_unused]] const auto got = ::read(g_interruptPipe[0], &byte, 1);
                             m_notifier->setEnabled(false);
                             onInterrupt();
                         });
        struct sigaction action = {};
        action.sa_handler = onInterruptSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND | SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
#else
        Q_UNUSED(onInterrupt)
#endif
    }
    ~InterruptWatcher()
    {
#ifdef Q_OS_UNIX
        if (!m_notifier)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(g_interruptPipe[0]);
        ::close(g_interruptPipe[1]);
        g_interruptPipe[0] = g_interruptPipe[1] = -1;
#endif
    }
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

private:
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
#endif
};

} // namespace

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
