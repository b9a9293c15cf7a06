// The recovery policy (session/reconnectpolicy.h): which ends are retried and how soon, which are
// shown and final, when the failover list moves on, and when a refused handle falls back to a
// fresh session. Pure functions: each row is one situation from live-protocol.md §5 / §4.6.
#include "session/reconnectpolicy.h"

#include <QTest>

using namespace livedesk::session;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RecoveryAction)
Q_DECLARE_METATYPE(ReconnectReason)

namespace {

SessionError closeError(int code, const QString &reason)
{
    return classifyClose(code, reason);
}

SessionError refusedConnection()
{
    return classifySocketError(QAbstractSocket::ConnectionRefusedError, u"Connection refused"_s);
}

} // namespace

class tst_ReconnectPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data();
    void decisions();
    void backoffGrowsAndIsCapped();
    void jitterStaysWithinItsBand();
    void quotaBacksOffLonger();
    void givesUpAfterMaxAttempts();
    void midSessionRejections_data();
    void midSessionRejections();
    void names();
    void refusedHandshakeWording_data();
    void refusedHandshakeWording();
};

void tst_ReconnectPolicy::decisions_data()
{
    QTest::addColumn<SessionError>("error");
    QTest::addColumn<bool>("wasLive");
    QTest::addColumn<bool>("resumeAttempt");
    QTest::addColumn<bool>("beforeUpgrade");
    QTest::addColumn<int>("endpoints");
    QTest::addColumn<int>("tried");
    QTest::addColumn<RecoveryAction>("action");
    QTest::addColumn<ReconnectReason>("reason");
    QTest::addColumn<bool>("immediate");

    const auto reconnect = RecoveryAction::Reconnect;
    const auto giveUp = RecoveryAction::GiveUp;
    QTest::newRow("a TCP drop (1006) reconnects at once")
            << closeError(1006, {}) << true << false << false << 1 << 1 << reconnect
            << ReconnectReason::ConnectionLost << true;
    QTest::newRow("1011 deadline after goAway reconnects at once")
            << closeError(1011, u"Deadline expired before operation could complete."_s) << true
            << false << false << 1 << 1 << reconnect << ReconnectReason::ServerClosed << true;
    QTest::newRow("1011 internal error reconnects")
            << closeError(1011, u"Internal error occurred."_s) << true << false << false << 1 << 1
            << reconnect << ReconnectReason::ServerClosed << true;
    QTest::newRow("1007 invalid argument is permanent")
            << closeError(1007, u"Request contains an invalid argument."_s) << true << false
            << false << 1 << 1 << giveUp << ReconnectReason::None << true;
    QTest::newRow("1007 wrong key is permanent")
            << closeError(1007, u"API key not valid. Please pass a valid API key."_s) << true
            << false << false << 1 << 1 << giveUp << ReconnectReason::None << true;
    QTest::newRow("1008 unknown model is permanent")
            << closeError(1008, u"models/x is not found for API version v1beta"_s) << true << false
            << false << 1 << 1 << giveUp << ReconnectReason::None << true;
    QTest::newRow("1008 operation aborted (policy) is permanent")
            << closeError(1008, u"The operation was aborted."_s) << true << false << false << 1 << 1
            << giveUp << ReconnectReason::None << true;
    QTest::newRow("1011 RESOURCE_EXHAUSTED backs off as quota")
            << closeError(1011, u"RESOURCE_EXHAUSTED: quota"_s) << true << false << false << 1 << 1
            << reconnect << ReconnectReason::Quota << false;
    QTest::newRow("a refused handle (1008 session not found) starts a fresh session")
            << closeError(1008, u"BidiGenerateContent session not found"_s) << true << true << false
            << 1 << 1 << RecoveryAction::FreshSession << ReconnectReason::ResumptionRejected
            << true;
    QTest::newRow("a refused handle seen as 1007 starts a fresh session")
            << closeError(1007, u"Request contains an invalid argument."_s) << true << true << false
            << 1 << 1 << RecoveryAction::FreshSession << ReconnectReason::ResumptionRejected
            << true;
    QTest::newRow("1008 session not found without a resume attempt is permanent")
            << closeError(1008, u"BidiGenerateContent session not found"_s) << true << false
            << false << 1 << 1 << giveUp << ReconnectReason::None << true;
    QTest::newRow("a wrong key on a resume attempt is still permanent")
            << closeError(1007, u"API key not valid. Please pass a valid API key."_s) << true
            << true << false << 1 << 1 << giveUp << ReconnectReason::None << true;
    QTest::newRow("a first connection that is refused fails at once")
            << refusedConnection() << false << false << true << 1 << 1 << giveUp
            << ReconnectReason::Unavailable << true;
    QTest::newRow("a first connection that is refused tries the next location")
            << refusedConnection() << false << false << true << 3 << 1
            << RecoveryAction::NextEndpoint << ReconnectReason::Unavailable << true;
    QTest::newRow("a first connection fails once every location was tried")
            << refusedConnection() << false << false << true << 3 << 3 << giveUp
            << ReconnectReason::Unavailable << true;
    QTest::newRow("HTTP 503 moves to the next location")
            << classifyHttpStatus(503, u"Service Unavailable"_s) << true << false << true << 2 << 1
            << RecoveryAction::NextEndpoint << ReconnectReason::Unavailable << true;
    QTest::newRow("1011 UNAVAILABLE moves to the next location")
            << closeError(1011, u"UNAVAILABLE: The service is currently unavailable."_s) << true
            << false << false << 2 << 1 << RecoveryAction::NextEndpoint
            << ReconnectReason::Unavailable << true;
    QTest::newRow("unavailable with a single endpoint reconnects there")
            << classifyHttpStatus(503, u"Service Unavailable"_s) << true << false << true << 1 << 1
            << reconnect << ReconnectReason::Unavailable << true;
    QTest::newRow("a drop on an open connection stays on its location")
            << closeError(1006, {}) << true << false << false << 3 << 1 << reconnect
            << ReconnectReason::ConnectionLost << true;
}

void tst_ReconnectPolicy::decisions()
{
    QFETCH(SessionError, error);
    QFETCH(bool, wasLive);
    QFETCH(bool, resumeAttempt);
    QFETCH(bool, beforeUpgrade);
    QFETCH(int, endpoints);
    QFETCH(int, tried);
    QFETCH(RecoveryAction, action);
    QFETCH(ReconnectReason, reason);
    QFETCH(bool, immediate);

    RecoveryContext c;
    c.wasLive = wasLive;
    c.resumeAttempt = resumeAttempt;
    c.beforeUpgrade = beforeUpgrade;
    c.attempt = 1;
    c.endpointCount = endpoints;
    c.endpointsTriedThisRound = tried;
    const RecoveryDecision d = decideRecovery(error, c, BackoffOptions {}, 0.5);
    QCOMPARE(d.action, action);
    if (action != RecoveryAction::GiveUp)
        QCOMPARE(d.reason, reason);
    QCOMPARE(d.delayMs == 0, immediate);
}

void tst_ReconnectPolicy::backoffGrowsAndIsCapped()
{
    BackoffOptions o;
    o.baseDelayMs = 500;
    o.maxDelayMs = 30000;
    o.jitter = 0;
    const auto r = ReconnectReason::ConnectionLost;
    QCOMPARE(backoffDelayMs(1, r, o, 0.5), 0); // at once
    QCOMPARE(backoffDelayMs(2, r, o, 0.5), 500);
    QCOMPARE(backoffDelayMs(3, r, o, 0.5), 1000);
    QCOMPARE(backoffDelayMs(4, r, o, 0.5), 2000);
    QCOMPARE(backoffDelayMs(8, r, o, 0.5), 30000); // 32 s nominal, capped
    QCOMPARE(backoffDelayMs(60, r, o, 0.5), 30000); // no overflow far out
}

void tst_ReconnectPolicy::jitterStaysWithinItsBand()
{
    BackoffOptions o;
    o.baseDelayMs = 1000;
    o.jitter = 0.3;
    const auto r = ReconnectReason::ServerClosed;
    QCOMPARE(backoffDelayMs(2, r, o, 0.0), 700);
    QCOMPARE(backoffDelayMs(2, r, o, 0.5), 1000);
    QCOMPARE(backoffDelayMs(2, r, o, 0.999999), 1300);
    // Two clients with different random draws come back at different times.
    QVERIFY(backoffDelayMs(3, r, o, 0.1) != backoffDelayMs(3, r, o, 0.9));
}

void tst_ReconnectPolicy::quotaBacksOffLonger()
{
    BackoffOptions o;
    o.jitter = 0;
    const int quotaFirst = backoffDelayMs(1, ReconnectReason::Quota, o, 0.5);
    QCOMPARE(quotaFirst, o.quotaBaseDelayMs); // no immediate retry into a quota error
    QVERIFY(backoffDelayMs(3, ReconnectReason::Quota, o, 0.5)
            > backoffDelayMs(3, ReconnectReason::ConnectionLost, o, 0.5));
    QCOMPARE(backoffDelayMs(30, ReconnectReason::Quota, o, 0.5), o.quotaMaxDelayMs);
}

void tst_ReconnectPolicy::givesUpAfterMaxAttempts()
{
    BackoffOptions o;
    o.maxAttempts = 3;
    RecoveryContext c;
    c.wasLive = true;
    c.attempt = 3;
    QCOMPARE(decideRecovery(classifyClose(1006, {}), c, o, 0.5).action, RecoveryAction::Reconnect);
    c.attempt = 4;
    QCOMPARE(decideRecovery(classifyClose(1006, {}), c, o, 0.5).action, RecoveryAction::GiveUp);
    o.maxAttempts = 0; // never give up
    c.attempt = 1000;
    QCOMPARE(decideRecovery(classifyClose(1006, {}), c, o, 0.5).action, RecoveryAction::Reconnect);
}

void tst_ReconnectPolicy::midSessionRejections_data()
{
    QTest::addColumn<SessionError>("error");
    QTest::addColumn<bool>("afterSetup");
    QTest::addColumn<int>("inRow"); // mid-session rejections recovered from before this one
    QTest::addColumn<RecoveryAction>("action");

    const SessionError notImplemented
            = closeError(1008, u"Operation is not implemented, or supported, or enabled."_s);
    QTest::newRow("1008 not implemented after setupComplete resumes")
            << notImplemented << true << 0 << RecoveryAction::Reconnect;
    QTest::newRow("1007 invalid argument after setupComplete resumes")
            << closeError(1007, u"Request contains an invalid argument."_s) << true << 0
            << RecoveryAction::Reconnect;
    QTest::newRow("1008 aborted (policy) after setupComplete resumes")
            << closeError(1008, u"The operation was aborted."_s) << true << 2
            << RecoveryAction::Reconnect;
    QTest::newRow("the 4th in a row is final")
            << notImplemented << true << 3 << RecoveryAction::GiveUp;
    QTest::newRow("1008 during the setup is final")
            << notImplemented << false << 0 << RecoveryAction::GiveUp;
    QTest::newRow("a wrong key after setupComplete is still final")
            << closeError(1007, u"API key not valid. Please pass a valid API key."_s) << true << 0
            << RecoveryAction::GiveUp;
}

void tst_ReconnectPolicy::midSessionRejections()
{
    QFETCH(SessionError, error);
    QFETCH(bool, afterSetup);
    QFETCH(int, inRow);
    QFETCH(RecoveryAction, action);

    RecoveryContext c;
    c.wasLive = true;
    c.afterSetup = afterSetup;
    c.rejectionsInRow = inRow;
    c.attempt = inRow + 1;
    const RecoveryDecision d = decideRecovery(error, c, BackoffOptions {}, 0.5);
    QCOMPARE(d.action, action);
    if (action == RecoveryAction::Reconnect)
        QCOMPARE(d.reason, ReconnectReason::ServerRejected);
}

void tst_ReconnectPolicy::names()
{
    QCOMPARE(reconnectReasonName(ReconnectReason::ServerRejected), u"server_rejected"_s);
    QCOMPARE(reconnectReasonName(ReconnectReason::GoAway), u"go_away"_s);
    QCOMPARE(reconnectReasonName(ReconnectReason::ResumptionRejected), u"resumption_rejected"_s);
    QCOMPARE(resumeModeName(ResumeMode::FreshWithHistory), u"fresh_with_history"_s);
}

// How each Qt version words a refused upgrade: the category must not depend on it. Qt 6.6 and
// later answer a 401 with their authentication support and name no status code.
void tst_ReconnectPolicy::refusedHandshakeWording_data()
{
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<ErrorCategory>("category");
    QTest::newRow("Qt 6.4, 401")
            << u"QWebSocketPrivate::processHandshake: Unhandled http status code: 401 "
               "(Unauthorized)."_s
            << 401 << ErrorCategory::Auth;
    QTest::newRow("Qt 6.8, 401 without a challenge")
            << u"QWebSocketPrivate::processHandshake: Unsupported WWW-Authenticate challenges "
               "encountered."_s
            << 401 << ErrorCategory::Auth;
    QTest::newRow("Qt 6.8, 401 with one unanswerable challenge")
            << u"QWebSocketPrivate::processHandshake: Unsupported WWW-Authenticate challenge "
               "encountered."_s
            << 401 << ErrorCategory::Auth;
    QTest::newRow("Qt 6.8, credentials refused")
            << u"QWebSocket::processHandshake: Host requires authentication"_s << 401
            << ErrorCategory::Auth;
    QTest::newRow("Qt 6.8, 403")
            << u"QWebSocketPrivate::processHandshake: Unhandled http status code: 403 "
               "(Refused)."_s
            << 403 << ErrorCategory::Auth;
    QTest::newRow("refused connection") << u"Connection refused"_s << 0 << ErrorCategory::Network;
}

void tst_ReconnectPolicy::refusedHandshakeWording()
{
    QFETCH(QString, errorString);
    QFETCH(int, httpStatus);
    QFETCH(ErrorCategory, category);
    const SessionError e = classifySocketError(QAbstractSocket::ConnectionRefusedError, errorString);
    QCOMPARE(e.httpStatus, httpStatus);
    QCOMPARE(e.category, category);
}

QTEST_GUILESS_MAIN(tst_ReconnectPolicy)
#include "tst_reconnectpolicy.moc"
