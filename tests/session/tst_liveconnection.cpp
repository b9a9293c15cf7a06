// The WebSocket's bounds (docs/limits.md, "The server"): a message larger than
// kMaxIncomingMessageBytes ends its connection with a specific error instead of being buffered,
// and recovery from it is bounded; the largest message the service legitimately sends still gets
// through whole. Against FakeLiveServer, the real LiveSession and LiveConnection.
#include "fakeliveserver.h"
#include "session/livesession.h"

#include <QRegularExpression>
#include <QSignalSpy>
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

LiveSessionOptions quickOptions(ReconnectMode reconnect)
{
    LiveSessionOptions o;
    o.connectTimeoutMs = 5000;
    o.setupTimeoutMs = 5000;
    o.closeTimeoutMs = 1000;
    o.reconnect = reconnect;
    o.networkWatch = NetworkWatch::Ignore;
    o.backoff.baseDelayMs = 20;
    o.backoff.maxDelayMs = 50;
    o.backoff.maxAttempts = 3;
    return o;
}

// One byte over the bound; what it holds does not matter, Qt stops reading at the bound.
QByteArray oversized()
{
    return QByteArray(kMaxIncomingMessageBytes + 1, 'a');
}

const QString kTooBig = u"larger than 16 MiB"_s;

} // namespace

class tst_LiveConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oversizedMessage_data();
    void oversizedMessage();
    void oversizedAfterEverySetup();
    void largestLegitimateMessage();
};

void tst_LiveConnection::oversizedMessage_data()
{
    QTest::addColumn<ReconnectMode>("reconnect");
    QTest::addColumn<WireFrame>("frame");
    QTest::newRow("binary, reconnect off: Failed") << ReconnectMode::Off << WireFrame::Binary;
    QTest::newRow("text, reconnect off: Failed") << ReconnectMode::Off << WireFrame::Text;
    QTest::newRow("binary, reconnect on: a new connection")
            << ReconnectMode::Automatic << WireFrame::Binary;
}

void tst_LiveConnection::oversizedMessage()
{
    QFETCH(ReconnectMode, reconnect);
    QFETCH(WireFrame, frame);

    FakeLiveServer server;
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions(reconnect));
    QSignalSpy errors(&session, &LiveSession::errorOccurred);
    QSignalSpy audio(&session, &LiveSession::audioReceived);
    QVERIFY(session.open(endpointFor(server.url()), minimalSetup()));
    QTRY_COMPARE(session.state(), State::Live);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"larger than 16 MiB"_s));
    server.sendRaw(oversized(), frame);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
    const auto error = errors.first().first().value<SessionError>();
    QCOMPARE(error.category, ErrorCategory::Server);
    QCOMPARE(error.closeCode, 1009);
    QVERIFY2(error.message.contains(kTooBig), qPrintable(error.message));
    // Nothing of it reached the conversation.
    QCOMPARE(audio.size(), 0);
    QCOMPARE(session.stats().decodeErrors, 0);

    if (reconnect == ReconnectMode::Off) {
        QTRY_COMPARE(session.state(), State::Failed);
        QCOMPARE(session.lastError().closeCode, 1009);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(session.connectionCount(), 2, 10000);
    QCOMPARE(session.state(), State::Live);
    QCOMPARE(server.connectionCount(), 2);
    // The new connection works: a message goes out on it.
    QCOMPARE(session.sendClientText(u"still there?"_s), SendResult::Sent);
    QVERIFY(server.waitForMessages(1));
}

void tst_LiveConnection::oversizedAfterEverySetup()
{
    // A server that sends too much on every connection gets a bounded number of attempts
    // (backoff.maxAttempts), then the session fails with the specific error: no storm, no hang.
    FakeLiveServer server;
    QVERIFY(server.listen());
    connect(&server, &FakeLiveServer::messageReceived, &server, [&](const ClientMessage &m) {
        if (std::holds_alternative<Setup>(m))
            server.sendRaw(oversized(), WireFrame::Binary);
    });
    LiveSession session;
    session.setOptions(quickOptions(ReconnectMode::Automatic));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"larger than 16 MiB"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"larger than 16 MiB"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"larger than 16 MiB"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"larger than 16 MiB"_s));
    QVERIFY(session.open(endpointFor(server.url()), minimalSetup()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 30000);
    QVERIFY2(session.lastError().message.contains(kTooBig), qPrintable(session.lastError().message));
    QCOMPARE(session.lastError().closeCode, 1009);
    QVERIFY2(server.connectionCount() <= 4, QByteArray::number(server.connectionCount()));
}

void tst_LiveConnection::largestLegitimateMessage()
{
    // A whole minute of 24 kHz speech in one message (3.84 MB of base64 JSON): far more than the
    // service puts in one, and still accepted whole.
    FakeLiveServer server;
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions(ReconnectMode::Off));
    QSignalSpy audio(&session, &LiveSession::audioReceived);
    QVERIFY(session.open(endpointFor(server.url()), minimalSetup()));
    QTRY_COMPARE(session.state(), State::Live);

    const QByteArray minute(60 * 24000 * 2, '\x01');
    ServerContent content;
    content.modelTurn = Content {{},
                                 {Part {.inlineData = Blob {u"audio/pcm;rate=24000"_s, minute}}}};
    const QByteArray json = encodeServerMessage(ServerMessage {.serverContent = content});
    QVERIFY(json.size() > 3'800'000);
    QVERIFY(json.size() < kMaxIncomingMessageBytes);
    server.sendRaw(json, WireFrame::Text);
    QTRY_COMPARE_WITH_TIMEOUT(audio.size(), 1, 10000);
    QCOMPARE(audio.first().first().toByteArray().size(), minute.size());
    QCOMPARE(session.state(), State::Live);
}

QTEST_GUILESS_MAIN(tst_LiveConnection)
#include "tst_liveconnection.moc"
