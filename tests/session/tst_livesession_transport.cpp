// LiveSession's transport edge cases, against servers QWebSocketServer cannot imitate: pongs that
// come late or never (keep-alive), an upgrade refused with an HTTP status, and a port where nothing
// listens.
#include "fakeliveserver.h"
#include "session/livesession.h"

#include <QTcpServer>
#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;

using State = LiveSession::State;

namespace {

EndpointConfig endpointFor(const QUrl &url)
{
    EndpointConfig e;
    e.baseUrl = url;
    e.apiKey = u"test-key"_s;
    return e;
}

Setup minimalSetup()
{
    Setup s;
    s.model = u"models/gemini-test"_s;
    return s;
}

LiveSessionOptions quickOptions()
{
    LiveSessionOptions o;
    o.connectTimeoutMs = 5000;
    o.setupTimeoutMs = 5000;
    o.closeTimeoutMs = 1000;
    // These cases are about how each end is classified; recovery from them is
    // tst_session_recovery's subject.
    o.reconnect = ReconnectMode::Off;
    return o;
}

} // namespace

class tst_LiveSessionTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepAlive_data();
    void keepAlive();
    void refusedUpgrade_data();
    void refusedUpgrade();
    void unreachableEndpoint();
};

void tst_LiveSessionTransport::keepAlive_data()
{
    QTest::addColumn<int>("pongDelayMs");
    QTest::addColumn<int>("chatterMs");
    QTest::addColumn<bool>("staysLive");

    // Scaled down 100×: pings every 100 ms, dead after 1.5 s of silence. A pong 0.8 s late is
    // far later than a naive "ping interval" timeout would allow (the 20 s vs 8–30 s story).
    QTest::newRow("pongs late by many ping intervals are tolerated") << 800 << 0 << true;
    QTest::newRow("no pongs but steady server traffic is alive") << -1 << 100 << true;
    QTest::newRow("no pongs and no traffic is a dead connection") << -1 << 0 << false;
}

void tst_LiveSessionTransport::keepAlive()
{
    QFETCH(int, pongDelayMs);
    QFETCH(int, chatterMs);
    QFETCH(bool, staysLive);

    RawWebSocketServer server;
    server.setPongDelayMs(pongDelayMs);
    server.setChatterIntervalMs(chatterMs);
    QVERIFY(server.listen());
    LiveSession session;
    auto options = quickOptions();
    options.keepAliveIntervalMs = 100;
    options.keepAliveTimeoutMs = 1500;
    session.setOptions(options);
    QVERIFY(session.open(endpointFor(server.url()), minimalSetup()));
    QTRY_COMPARE(session.state(), State::Live);

    if (staysLive) {
        // Twice the 1.5 s keep-alive timeout: the session must outlive it.
        QTest::qWait(3000);
        QCOMPARE(session.state(), State::Live);
        if (pongDelayMs > 0) {
            QVERIFY(server.pingsReceived() >= 2);
            QVERIFY(session.stats().pongsReceived >= 1);
        }
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 4000);
        QCOMPARE(session.lastError().category, ErrorCategory::Network);
        QVERIFY(server.pingsReceived() >= 1);
    }
}

void tst_LiveSessionTransport::refusedUpgrade_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCategory>("category");
    QTest::newRow("HTTP 401: auth") << 401 << ErrorCategory::Auth;
    QTest::newRow("HTTP 403: auth") << 403 << ErrorCategory::Auth;
    QTest::newRow("HTTP 404: wrong path or version") << 404 << ErrorCategory::ModelConfig;
    QTest::newRow("HTTP 429: quota") << 429 << ErrorCategory::Quota;
    QTest::newRow("HTTP 503: server") << 503 << ErrorCategory::Server;
}

void tst_LiveSessionTransport::refusedUpgrade()
{
    QFETCH(int, status);
    QFETCH(ErrorCategory, category);
    RawWebSocketServer server;
    server.setHttpStatus(status);
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    QVERIFY(session.open(endpointFor(server.url()), minimalSetup()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 5000);
    QCOMPARE(session.lastError().category, category);
    QCOMPARE(session.lastError().httpStatus, status);
    QVERIFY(server.setupsReceived() == 0);
}

void tst_LiveSessionTransport::unreachableEndpoint()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nothing listens there now
    LiveSession session;
    session.setOptions(quickOptions());
    QVERIFY(session.open(endpointFor(QUrl(u"ws://127.0.0.1:"_s + QString::number(port))),
                         minimalSetup()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 5000);
    QCOMPARE(session.lastError().category, ErrorCategory::Network);
    QVERIFY2(session.lastError().message.contains(u"refused"_s),
             qPrintable(session.lastError().message));
}

QTEST_GUILESS_MAIN(tst_LiveSessionTransport)
#include "tst_livesession_transport.moc"
