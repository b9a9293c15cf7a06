#include "audio/realtime.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#if defined(LIVEDESK_HAVE_QT_DBUS)
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QVariant>
#endif

using namespace Qt::StringLiterals;

namespace livedesk::audio {

namespace {

#if defined(Q_OS_LINUX)
#ifndef SCHED_RESET_ON_FORK
#define SCHED_RESET_ON_FORK 0x40000000
#endif

int setRoundRobin(pid_t tid, int priority)
{
    sched_param param {};
    param.sched_priority = priority;
    // sched_setscheduler takes a thread id on Linux: the thread need not be the caller.
    if (sched_setscheduler(tid, SCHED_RR | SCHED_RESET_ON_FORK, &param) == 0)
        return 0;
    return errno;
}
#endif

#if defined(LIVEDESK_HAVE_QT_DBUS)
bool askRealtimeKit(pid_t tid, int priority)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return false;
    const QString service = u"org.freedesktop.RealtimeKit1"_s;
    const QString path = u"/org/freedesktop/RealtimeKit1"_s;
    QDBusInterface properties(service, path, u"org.freedesktop.DBus.Properties"_s, bus);
    if (!properties.isValid())
        return false;
    // RealtimeKit grants only to a process whose RLIMIT_RTTIME is within its own limit, so that
    // a runaway thread is stopped by the kernel rather than freezing the desktop.
    const QDBusReply<QVariant> maxUs = properties.call(u"Get"_s, service, u"RTTimeUSecMax"_s);
    if (!maxUs.isValid())
        return false;
    const rlim_t limitUs = rlim_t(maxUs.value().toLongLong());
    rlimit current {};
    if (getrlimit(RLIMIT_RTTIME, &current) == 0 && current.rlim_max > limitUs) {
        const rlimit wanted {limitUs, limitUs};
        if (setrlimit(RLIMIT_RTTIME, &wanted) != 0)
            return false;
    }
    const QDBusReply<QVariant> maxPriority = properties.call(u"Get"_s, service,
                                                             u"MaxRealtimePriority"_s);
    if (maxPriority.isValid())
        priority = std::min(priority, maxPriority.value().toInt());
    QDBusInterface rtkit(service, path, service, bus);
    const QDBusMessage reply = rtkit.call(u"MakeThreadRealtime"_s, quint64(tid), quint32(priority));
    return reply.type() == QDBusMessage::ReplyMessage;
}
#endif

} // namespace

pid_t currentThreadId()
{
#if defined(Q_OS_LINUX)
    return pid_t(syscall(SYS_gettid));
#else
    return 0;
#endif
}

RealtimeOutcome makeCurrentThreadRealtime(int priority)
{
    RealtimeOutcome outcome;
#if defined(Q_OS_LINUX)
    outcome.error = setRoundRobin(0, priority);
    if (outcome.error == 0)
        outcome.scheduling = ThreadScheduling::RealTime;
#else
    Q_UNUSED(priority);
    outcome.error = ENOSYS;
#endif
    return outcome;
}

RealtimeOutcome makeThreadRealtime(pid_t tid, int priority)
{
    RealtimeOutcome outcome;
#if defined(Q_OS_LINUX)
    outcome.error = setRoundRobin(tid, priority);
    if (outcome.error == 0) {
        outcome.scheduling = ThreadScheduling::RealTime;
        return outcome;
    }
#if defined(LIVEDESK_HAVE_QT_DBUS)
    if (askRealtimeKit(tid, priority))
        outcome.scheduling = ThreadScheduling::RealTimeByRealtimeKit;
#endif
#else
    Q_UNUSED(tid);
    Q_UNUSED(priority);
    outcome.error = ENOSYS;
#endif
    return outcome;
}

QString describe(const RealtimeOutcome &outcome, int priority)
{
    switch (outcome.scheduling) {
    case ThreadScheduling::RealTime:
        return u"real-time (SCHED_RR %1)"_s.arg(priority);
    case ThreadScheduling::RealTimeByRealtimeKit:
        return u"real-time (SCHED_RR, granted by RealtimeKit)"_s;
    case ThreadScheduling::Normal:
        break;
    }
    return u"normal priority (%1)"_s.arg(QString::fromLocal8Bit(std::strerror(outcome.error)));
}

bool realtimeKitBuilt()
{
#if defined(LIVEDESK_HAVE_QT_DBUS)
    return true;
#else
    return false;
#endif
}

} // namespace livedesk::audio
