#include "audio/realtime.h"

#include <algorithm>
#include <atomic>
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
#include <QDBusMessage>
#include <QDBusVariant>
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
// Plain method calls (a QDBusInterface would introspect the service first, a blocking round
// trip of its own). Where RealtimeKit is absent that is remembered: each device opening would
// otherwise ask the bus again.
bool askRealtimeKit(pid_t tid, int priority)
{
    static std::atomic<bool> absent {false};
    if (absent.load())
        return false;
    QDBusConnection bus = QDBusConnection::systemBus();
    const QString service = u"org.freedesktop.RealtimeKit1"_s;
    const QString path = u"/org/freedesktop/RealtimeKit1"_s;
    auto property = [&](const QString &name) {
        QDBusMessage get = QDBusMessage::createMethodCall(service, path,
                                                          u"org.freedesktop.DBus.Properties"_s,
                                                          u"Get"_s);
        get << service << name;
        const QDBusMessage reply = bus.call(get);
        return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
                       ? qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant()
                       : QVariant();
    };
    // RealtimeKit grants only to a process whose RLIMIT_RTTIME is within its own limit, so that
    // a runaway thread is stopped by the kernel rather than freezing the desktop.
    const QVariant maxUs = bus.isConnected() ? property(u"RTTimeUSecMax"_s) : QVariant();
    if (!maxUs.isValid()) {
        absent.store(true);
        return false;
    }
    const rlim_t limitUs = rlim_t(maxUs.toLongLong());
    rlimit current {};
    if (getrlimit(RLIMIT_RTTIME, &current) == 0 && current.rlim_max > limitUs) {
        const rlimit wanted {limitUs, limitUs};
        if (setrlimit(RLIMIT_RTTIME, &wanted) != 0)
            return false;
    }
    if (const QVariant maxPriority = property(u"MaxRealtimePriority"_s); maxPriority.isValid())
        priority = std::min(priority, maxPriority.toInt());
    QDBusMessage make = QDBusMessage::createMethodCall(service, path, service,
                                                       u"MakeThreadRealtime"_s);
    make << quint64(tid) << quint32(priority);
    return bus.call(make).type() == QDBusMessage::ReplyMessage;
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
