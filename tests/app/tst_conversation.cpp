// app::Conversation, the one conversation both front ends build (issue 14): the session options
// follow the model (history seeding through historyConfig where the model needs it) and the
// recovery choices; open() uses the failover list: against the in-process simulator, a
// conversation whose first endpoint refuses moves to the second.
#include "app/conversation.h"
#include "app/sessionconfig.h"
#include "simulator/simulator.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace Qt::StringLiterals;

namespace {

std::optional<app::SessionConfig> configFor(const QString &model, const QString &endpoint)
{
    app::SessionSettings s;
    s.model = model;
    s.endpoint = endpoint;
    s.apiKey = u"test"_s;
    s.responseModality = protocol::Modality::Text; // no speech needed: quick turns
    QString error;
    auto config = app::buildSessionConfig(s, session::ModelCatalog::builtIn(), &error);
    if (!config)
        qWarning() << error;
    return config;
}

} // namespace

class tst_Conversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionOptionsFollowTheModel_data();
    void sessionOptionsFollowTheModel();
    void modelTableLoadErrorIsSaid();
    void failoverToTheSecondEndpoint();
};

void tst_Conversation::sessionOptionsFollowTheModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<session::HistorySeeding>("seeding");
    QTest::newRow("3.1 flash live: historyConfig")
            << u"gemini-3.1-flash-live-preview"_s << session::HistorySeeding::HistoryConfig;
    QTest::newRow("2.5 native audio: clientContent")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s
            << session::HistorySeeding::ClientContent;
}

void tst_Conversation::sessionOptionsFollowTheModel()
{
    QFETCH(QString, model);
    QFETCH(session::HistorySeeding, seeding);
    const auto config = configFor(model, u"ws://127.0.0.1:9"_s);
    QVERIFY(config);
    app::RecoveryOptions recovery;
    recovery.reconnect = session::ReconnectMode::Off;
    recovery.maxReconnects = 3;
    recovery.replyTimeoutMs = 2500;
    recovery.stallRecovery = session::StallRecovery::Reconnect;
    recovery.audioChunkMs = 20;
    const session::LiveSessionOptions o = app::sessionOptionsFor(*config, recovery);
    QCOMPARE(o.historySeeding, seeding);
    QCOMPARE(o.reconnect, session::ReconnectMode::Off);
    QCOMPARE(o.backoff.maxAttempts, 3);
    QCOMPARE(o.replyTimeoutMs, 2500);
    QCOMPARE(o.stallRecovery, session::StallRecovery::Reconnect);
    QCOMPARE(o.audioChunkMs, 20);
}

void tst_Conversation::modelTableLoadErrorIsSaid()
{
    QString error;
    QVERIFY(app::loadModelCatalog({}, &error)); // the built-in table
    QTemporaryDir dir;
    const QString path = dir.filePath(u"models.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    QVERIFY(!app::loadModelCatalog(path, &error));
    QVERIFY2(!error.isEmpty(), "the reason is given");
}

void tst_Conversation::failoverToTheSecondEndpoint()
{
    sim::Simulator simulator;
    QVERIFY(simulator.start());
    // A port nobody listens on: the first location is unavailable (connection refused).
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    auto refused = configFor(u"gemini-2.5-flash-native-audio-preview-12-2025"_s,
                             u"ws://127.0.0.1:%1"_s.arg(closedPort));
    auto reachable = configFor(u"gemini-2.5-flash-native-audio-preview-12-2025"_s,
                               simulator.url().toString());
    QVERIFY(refused && reachable);
    app::SessionConfig config = *refused;
    config.endpoints = {refused->endpoint, reachable->endpoint};
    app::Conversation conversation;
    conversation.setConfig(config);
    session::LiveSession &s = conversation.session();
    QSignalSpy setups(&simulator, &sim::Simulator::setupReceived);
    QVERIFY(conversation.open());
    QTRY_VERIFY_WITH_TIMEOUT(s.isLive(), 20000);
    QCOMPARE(setups.size(), 1);
    QVERIFY(s.stats().failedAttempts >= 1); // the refused location was tried first
    s.close();
}

QTEST_GUILESS_MAIN(tst_Conversation)
#include "tst_conversation.moc"
