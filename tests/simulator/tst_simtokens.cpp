// Ephemeral tokens end to end: POST /v1alpha/auth_tokens with a real HTTP client, then sessions
// on BidiGenerateContentConstrained with the token: uses (resumes don't count), the new-session
// window and the expiry, locked setup fields, and every way of misusing a token.
#include "simtestclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace livedesk::sim;
using namespace livedesk::protocol;
using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "real-key";

std::unique_ptr<Simulator> startSimulator()
{
    SimulatorOptions options;
    options.apiKey = QString::fromLatin1(kKey);
    options.speechSpeedFactor = 50;
    options.scenarioJson = R"({"turns":[{"reply":"token session reply"}],"afterLastTurn":"cycle"})";
    // No model of the table answers in TEXT (native audio only); the locked-modality tests use
    // one outside the table, taken unchecked as a newer model would be.
    options.models.append(u"gemini-live-text-test"_s);
    return startedSimulator(options);
}

struct HttpResult
{
    int status = 0;
    QJsonObject body;
};

HttpResult request(const Simulator &sim, const QByteArray &verb, const QString &path,
                   const QByteArray &body, const QByteArray &key = kKey)
{
    QNetworkAccessManager manager;
    QNetworkRequest req(QUrl(u"http://127.0.0.1:%1%2"_s.arg(sim.port()).arg(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!key.isEmpty())
        req.setRawHeader("x-goog-api-key", key);
    QNetworkReply *reply = manager.sendCustomRequest(req, verb, body);
    (void) QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return result;
}

QString createToken(const Simulator &sim, const QByteArray &body)
{
    const HttpResult r = request(sim, "POST", u"/v1alpha/auth_tokens"_s, body);
    if (r.status != 200)
        qWarning() << "token request failed" << r.status << r.body;
    return r.body.value(u"name"_s).toString();
}

QString inMs(qint64 ms)
{
    return QDateTime::currentDateTimeUtc().addMSecs(ms).toString(Qt::ISODateWithMs);
}

QUrl tokenUrl(const Simulator &sim, const QString &token)
{
    return liveUrl(sim, u"access_token="_s + token, u"v1alpha"_s,
                   u"BidiGenerateContentConstrained"_s);
}

// Opens a session with the token; returns the close code, or 0 when setupComplete came.
int trySession(const Simulator &sim, const QString &token, const QByteArray &setup = "{}",
               QString *reason = nullptr)
{
    Client client;
    if (!client.open(tokenUrl(sim, token)))
        return -1;
    client.sendSetup(setup);
    client.waitFor([](const ServerMessage &m) { return m.setupComplete.has_value(); }, 5000);
    if (reason)
        *reason = client.closeReason;
    return client.disconnected ? client.closeCode : 0;
}

} // namespace

class tst_SimTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenRequests_data();
    void tokenRequests();
    void uses_data();
    void uses();
    void tokenInAuthorizationHeader();
    void resumingDoesNotUseAUse();
    void newSessionWindow();
    void expiryClosesTheSession();
    void lockedFields_data();
    void lockedFields();
    void misuse_data();
    void misuse();
};

void tst_SimTokens::tokenRequests_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("a valid key gets a token")
            << QByteArray("POST") << u"/v1alpha/auth_tokens"_s << kKey << QByteArray("{}") << 200;
    QTest::newRow("the SDK's full body is accepted")
            << QByteArray("POST") << u"/v1alpha/auth_tokens"_s << kKey
            << QByteArray(
                       R"({"uses":1,"expireTime":")" + inMs(60000).toUtf8()
                       + R"(","newSessionExpireTime":")" + inMs(30000).toUtf8()
                       + R"(","bidiGenerateContentSetup":{"model":"models/gemini-3.1-flash-live-preview",
                              "generationConfig":{"responseModalities":["AUDIO"],"temperature":0.5},
                              "sessionResumption":{}},
                            "fieldMask":"model,generationConfig.responseModalities"})")
            << 200;
    QTest::newRow("no key is refused with 403") << QByteArray("POST") << u"/v1alpha/auth_tokens"_s
                                                << QByteArray() << QByteArray("{}") << 403;
    QTest::newRow("a wrong key is refused with 400")
            << QByteArray("POST") << u"/v1alpha/auth_tokens"_s << QByteArray("nope")
            << QByteArray("{}") << 400;
    QTest::newRow("tokens exist in v1alpha only: v1beta is 404")
            << QByteArray("POST") << u"/v1beta/auth_tokens"_s << kKey << QByteArray("{}") << 404;
    QTest::newRow("GET is not allowed")
            << QByteArray("GET") << u"/v1alpha/auth_tokens"_s << kKey << QByteArray() << 405;
    QTest::newRow("an unknown field is refused with 400")
            << QByteArray("POST") << u"/v1alpha/auth_tokens"_s << kKey
            << QByteArray(R"({"usez":3})") << 400;
    QTest::newRow("an expiry more than 20 hours ahead is refused")
            << QByteArray("POST") << u"/v1alpha/auth_tokens"_s << kKey
            << QByteArray(R"({"expireTime":")" + inMs(21ll * 3600 * 1000).toUtf8() + R"("})")
            << 400;
    QTest::newRow("a setup with an unknown field is refused")
            << QByteArray("POST") << u"/v1alpha/auth_tokens"_s << kKey
            << QByteArray(R"({"bidiGenerateContentSetup":{"nonsense":true}})") << 400;
    QTest::newRow("malformed JSON is refused")
            << QByteArray("POST") << u"/v1alpha/auth_tokens"_s << kKey << QByteArray("{") << 400;
}

void tst_SimTokens::tokenRequests()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    auto sim = startSimulator();
    const HttpResult r = request(*sim, verb, path, body, key);
    QCOMPARE(r.status, status);
    if (status == 200) {
        const QString name = r.body.value(u"name"_s).toString();
        QVERIFY(name.startsWith(u"auth_tokens/"));
        QVERIFY(name.size() > 30);
        QVERIFY(r.body.contains(u"expireTime"_s));
        QVERIFY(r.body.contains(u"newSessionExpireTime"_s));
    } else {
        QVERIFY(r.body.value(u"error"_s).toObject().contains(u"message"_s));
    }
}

void tst_SimTokens::uses_data()
{
    QTest::addColumn<int>("uses");
    QTest::addColumn<int>("sessions");
    QTest::newRow("one use: the second session is refused") << 1 << 1;
    QTest::newRow("two uses: the third is refused") << 2 << 2;
    QTest::newRow("zero means unlimited") << 0 << 4;
}

void tst_SimTokens::uses()
{
    QFETCH(int, uses);
    QFETCH(int, sessions);
    auto sim = startSimulator();
    const QString token = createToken(*sim, R"({"uses":)" + QByteArray::number(uses) + "}");
    QVERIFY(!token.isEmpty());
    for (int i = 0; i < sessions; ++i)
        QCOMPARE(trySession(*sim, token), 0);
    QString reason;
    const int last = trySession(*sim, token, "{}", &reason);
    if (uses == 0) {
        QCOMPARE(last, 0);
    } else {
        QCOMPARE(last, 1007);
        QCOMPARE(reason, u"API key not valid. Please pass a valid API key."_s);
    }
}

void tst_SimTokens::tokenInAuthorizationHeader()
{
    auto sim = startSimulator();
    const QString token = createToken(*sim, "{}");
    Client client;
    QVERIFY(client.open(liveUrl(*sim, {}, u"v1alpha"_s, u"BidiGenerateContentConstrained"_s),
                        {{"Authorization", "Token " + token.toUtf8()}}));
    client.sendSetup();
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.setupComplete.has_value(); }) >= 0);
}

void tst_SimTokens::resumingDoesNotUseAUse()
{
    auto sim = startSimulator();
    const QString token = createToken(*sim, R"({"uses":1})");
    QString handle;
    {
        Client one;
        QVERIFY(one.open(tokenUrl(*sim, token)));
        one.sendSetup(R"({"sessionResumption":{}})");
        one.sendRealtimeText(u"hello"_s); // handles come after the first model turn
        const qsizetype at = one.waitFor([](const ServerMessage &m) {
            return m.sessionResumptionUpdate && !m.sessionResumptionUpdate->newHandle.isEmpty();
        });
        QVERIFY(at >= 0);
        handle = one.messages.at(at).sessionResumptionUpdate->newHandle;
        QSignalSpy gone(sim.get(), &Simulator::clientDisconnected);
        one.socket->close();
        QVERIFY(gone.wait(3000));
    }
    QCOMPARE(trySession(*sim, token,
                        R"({"sessionResumption":{"handle":")" + handle.toUtf8() + R"("}})"),
             0);
    QCOMPARE(trySession(*sim, token), 1007); // but a new session would need a second use
}

void tst_SimTokens::newSessionWindow()
{
    auto sim = startSimulator();
    const QString token = createToken(*sim, R"({"uses":0,"newSessionExpireTime":")"
                                                    + inMs(600).toUtf8() + R"("})");
    QCOMPARE(trySession(*sim, token), 0);
    QTest::qWait(800); // past the 600 ms window, which is wall time
    QString reason;
    QCOMPARE(trySession(*sim, token, "{}", &reason), 1007);
    QCOMPARE(reason, u"API key expired. Please renew the API key."_s);
}

void tst_SimTokens::expiryClosesTheSession()
{
    auto sim = startSimulator();
    const QString token = createToken(*sim, R"({"expireTime":")" + inMs(700).toUtf8()
                                                    + R"(","newSessionExpireTime":")"
                                                    + inMs(600).toUtf8() + R"("})");
    Client client;
    QVERIFY(client.open(tokenUrl(*sim, token)));
    client.sendSetup();
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.setupComplete.has_value(); }) >= 0);
    QTest::qWait(900); // past the token's 700 ms expiry, which is wall time
    client.sendRealtimeText(u"still there?"_s);
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1007);
    QCOMPARE(client.closeReason, u"API key expired. Please renew the API key."_s);
}

void tst_SimTokens::lockedFields_data()
{
    QTest::addColumn<QByteArray>("tokenBody");
    QTest::addColumn<QByteArray>("clientSetup");
    QTest::addColumn<int>("closeCode"); // 0: the session opens
    QTest::addColumn<bool>("audioReplies"); // when it opens

    const QByteArray textSetup = R"("bidiGenerateContentSetup":{"model":"models/gemini-live-text-test",
                 "generationConfig":{"responseModalities":["TEXT"]}})";
    const QByteArray audioClient = R"({"generationConfig":{"responseModalities":["AUDIO"]},
                                       "model":"models/gemini-live-text-test"})";
    QTest::newRow("a masked field overrides the client's choice")
            << QByteArray("{" + textSetup + R"(,"fieldMask":"generationConfig.responseModalities"})")
            << audioClient << 0 << false;
    QTest::newRow("without a mask every field the token sets is locked")
            << QByteArray("{" + textSetup + "}") << audioClient << 0 << false;
    QTest::newRow("fields outside the mask stay the client's")
            << QByteArray("{" + textSetup + R"(,"fieldMask":"generationConfig.temperature"})")
            << audioClient << 0 << true;
    QTest::newRow("a locked model wins over the client's (and is checked)")
            << QByteArray(R"({"bidiGenerateContentSetup":{"model":"models/locked-model"},
                              "fieldMask":"model"})")
            << audioClient << 1008 << false;
    QTest::newRow("snake_case masks work too") << QByteArray(
            "{" + textSetup + R"(,"fieldMask":"generation_config.response_modalities"})")
                                               << audioClient << 0 << false;
}

void tst_SimTokens::lockedFields()
{
    QFETCH(QByteArray, tokenBody);
    QFETCH(QByteArray, clientSetup);
    QFETCH(int, closeCode);
    QFETCH(bool, audioReplies);
    auto sim = startSimulator();
    const QString token = createToken(*sim, tokenBody);
    QVERIFY(!token.isEmpty());
    Client client;
    QVERIFY(client.open(tokenUrl(*sim, token)));
    client.sendSetup(clientSetup);
    const qsizetype ready = client.waitFor(
            [](const ServerMessage &m) { return m.setupComplete.has_value(); });
    if (closeCode != 0) {
        QCOMPARE(ready, -1);
        QCOMPARE(client.closeCode, closeCode);
        QVERIFY(client.closeReason.contains(u"locked-model"));
        return;
    }
    QVERIFY(ready >= 0);
    client.sendRealtimeText(u"hi"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QCOMPARE(client.count(hasAudio) > 0, audioReplies);
    if (!audioReplies)
        QCOMPARE(outputTranscript(client.messages), u"token session reply"_s);
}

void tst_SimTokens::misuse_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("queryKey");
    QTest::addColumn<bool>("realToken");
    QTest::addColumn<int>("closeCode");

    QTest::newRow("a token on the plain method closes 1008")
            << u"BidiGenerateContent"_s << u"access_token"_s << true << 1008;
    QTest::newRow("a token sent as ?key= closes 1007")
            << u"BidiGenerateContentConstrained"_s << u"key"_s << true << 1007;
    QTest::newRow("a token this simulator never issued closes 1007")
            << u"BidiGenerateContentConstrained"_s << u"access_token"_s << false << 1007;
}

void tst_SimTokens::misuse()
{
    QFETCH(QString, method);
    QFETCH(QString, queryKey);
    QFETCH(bool, realToken);
    QFETCH(int, closeCode);
    auto sim = startSimulator();
    const QString token = realToken ? createToken(*sim, "{}") : u"auth_tokens/0123456789abcdef"_s;
    Client client;
    QVERIFY(client.open(liveUrl(*sim, queryKey + u'=' + token, u"v1alpha"_s, method)));
    client.sendSetup();
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, closeCode);
}

QTEST_GUILESS_MAIN(tst_SimTokens)
#include "tst_simtokens.moc"
