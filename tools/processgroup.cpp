#include "tools/processgroup.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QProcess>
#include <QVariant>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace livedesk::tools {

namespace {

constexpr char kGroupProperty[] = "livedesk_process_group";

// Lives as a child of the QProcess: destroyed right after it, so the leader has been killed and
// reaped by ~QProcess by then, and the rest of the group goes here.
class GroupGuard : public QObject
{
public:
    GroupGuard(QProcess *process, Leftovers leftovers)
        : QObject(process)
    {
        connect(process, &QProcess::started, this, [this, process] {
            m_group = process->processId();
            process->setProperty(kGroupProperty, m_group);
        });
        // A leader that was killed (by us, or by ~QProcess) ends as a crash: its group goes too.
        connect(process, &QProcess::finished, this,
                [this, leftovers](int, QProcess::ExitStatus status) {
                    if (leftovers == Leftovers::Keep && status == QProcess::NormalExit)
                        m_group = 0;
                });
    }
    ~GroupGuard() override
    {
#ifdef Q_OS_UNIX
        if (m_group > 0)
            ::kill(-pid_t(m_group), SIGKILL);
#endif
    }

private:
    qint64 m_group = 0;
};

qint64 groupOf(const QProcess *process)
{
    return process->property(kGroupProperty).toLongLong();
}

bool groupAlive(const QProcess *process)
{
    if (process->state() != QProcess::NotRunning)
        return true;
#ifdef Q_OS_UNIX
    const qint64 group = groupOf(process);
    return group > 0 && ::kill(-pid_t(group), 0) == 0;
#else
    return false;
#endif
}

void waitForAll(const QList<QPointer<QProcess>> &processes, int ms)
{
    const QDeadlineTimer deadline(ms);
    for (const QPointer<QProcess> &process : processes) {
        if (process && process->state() != QProcess::NotRunning)
            process->waitForFinished(int(std::max<qint64>(0, deadline.remainingTime())));
    }
}

} // namespace

void startInOwnProcessGroup(QProcess *process, Leftovers leftovers)
{
#ifdef Q_OS_UNIX
    // Only async-signal-safe calls here: it runs in the child between fork and exec.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    new GroupGuard(process, leftovers);
}

void signalProcessGroup(QProcess *process, StopSignal signal)
{
#ifdef Q_OS_UNIX
    const qint64 group = groupOf(process);
    if (group > 0) {
        ::kill(-pid_t(group), signal == StopSignal::Kill ? SIGKILL : SIGTERM);
        return;
    }
#endif
    if (process->state() == QProcess::NotRunning)
        return;
    if (signal == StopSignal::Kill)
        process->kill();
    else
        process->terminate();
}

void stopProcessGroups(const QList<QProcess *> &processes, int graceMs, int terminateMs)
{
    QList<QPointer<QProcess>> running;
    for (QProcess *process : processes) {
        if (process && groupAlive(process)) {
            running.append(process);
            if (process->state() == QProcess::Running)
                process->closeWriteChannel();
        }
    }
    if (running.isEmpty())
        return;
    // A well-behaved program exits when its input closes.
    waitForAll(running, graceMs);
    for (const QPointer<QProcess> &process : std::as_const(running)) {
        if (process && groupAlive(process))
            signalProcessGroup(process, StopSignal::Terminate);
    }
    waitForAll(running, terminateMs);
    bool killed = false;
    for (const QPointer<QProcess> &process : std::as_const(running)) {
        if (process && groupAlive(process)) {
            signalProcessGroup(process, StopSignal::Kill);
            killed = true;
        }
    }
    if (killed)
        waitForAll(running, 1000); // SIGKILL is immediate: this reaps the leaders
}

} // namespace livedesk::tools
