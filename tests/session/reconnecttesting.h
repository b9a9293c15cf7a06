// Shared by the reconnect tests (tst_session_reconnect: unexpected ends, errors and backoff;
// tst_session_restore: what a reconnect restores): what a session reported, with times, and a
// session opened against the simulator.
#pragma once

#include "recoverytestkit.h"

#include <QElapsedTimer>
#include <QTest>

namespace livedesk::testing {

using namespace livedesk::session;
using namespace livedesk::protocol;

// What a session reported: reconnects with their times, errors (and whether each was final),
// turns and restored context.
struct Watch
{
    explicit Watch(LiveSession &s)
    {
        QObject::connect(&s, &LiveSession::turnCompleted, &s, [this](const QString &) { ++turns; });
        QObject::connect(&s, &LiveSession::reconnecting, &s, [this](const ReconnectInfo &i) {
            starts.append(i);
            startTimes.append(clock.elapsed());
        });
        QObject::connect(&s, &LiveSession::reconnected, &s, [this](const ReconnectInfo &i) {
            reconnects.append(i);
            reconnectTimes.append(clock.elapsed());
        });
        QObject::connect(&s, &LiveSession::errorOccurred, &s, [this, &s](const SessionError &e) {
            errors.append(e);
            fatal.append(s.state() == LiveSession::State::Failed);
        });
        QObject::connect(&s, &LiveSession::contextRestored, &s,
                         [this](int n) { restoredTurns = n; });
        clock.start();
    }
    QElapsedTimer clock;
    int turns = 0;
    QList<ReconnectInfo> starts;
    QList<qint64> startTimes;
    QList<ReconnectInfo> reconnects;
    QList<qint64> reconnectTimes;
    QList<SessionError> errors;
    QList<bool> fatal;
    int restoredTurns = -1;
};

inline bool openLive(LiveSession &session, const sim::Simulator &sim,
                     const Setup &setup = recoverySetup())
{
    return session.open(endpointFor(sim.url()), setup)
           && QTest::qWaitFor([&] { return session.state() == LiveSession::State::Live; }, 10000);
}

} // namespace livedesk::testing
