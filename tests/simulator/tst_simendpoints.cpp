// The simulator's front door, as a raw client sees it: which URL paths and credentials open a
// session, and how everything else is refused (close codes and reasons in the service's words,
// HTTP statuses in the HTTP auth mode), plus frame types and the first-message rules.
#include "simtestclient.h"

#include <QTcpSocket>

Q_DECLARE_METATYPE(livedesk::sim::FrameType)

using namespace livedesk::sim;
using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"test-key"_s;

std::unique_ptr<Simulator> startSimulator(SimulatorOptions options = {})
{
    if (options.apiKey.isEmpty())
        options.apiKey = kKey;
    options.speechSpeedFactor = 100;
    return startedSimulator(options);
}

QUrl urlWithPath(const Simulator &sim, const QString &path, const QString &query)
{
    QUrl url = sim.url();
    url.setPath(path);
    url.setQuery(query);
    return url;
}

// Sends raw HTTP and returns the status line's code (0 when nothing came back).
int rawHttpStatus(quint16 port, const QByteArray &request, QByteArray *response = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return 0;
    socket.write(request);
    QByteArray bytes;
    (void) QTest::qWaitFor(
            [&] {
                bytes += socket.readAll();
                return bytes.contains("\r\n\r\n")
                       && socket.state() == QAbstractSocket::UnconnectedState;
            },
            3000);
    bytes += socket.readAll();
    if (response)
        *response = bytes;
    const QList<QByteArray> statusLine = bytes.left(bytes.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
}

QByteArray upgradeRequest(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target
           + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
             "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
             "Sec-WebSocket-Version: 13\r\n"
           + extraHeaders + "\r\n";
}

const QByteArray kGeminiTarget
        = "/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent";

} // namespace

class tst_SimEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedEndpoints_data();
    void acceptedEndpoints();
    void refusedCredentials_data();
    void refusedCredentials();
    void httpStatusMode_data();
    void httpStatusMode();
    void unknownPathIsNotFound();
    void unknownModel_data();
    void unknownModel();
    void badMessages_data();
    void badMessages();
    void serverFrameType_data();
    void serverFrameType();
    void clientJsonInBinaryFrames();
    void severalModalitiesRefused();
    void defaultFieldsOmitted();
};

void tst_SimEndpoints::acceptedEndpoints_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArrayList>("headers"); // "name: value"
    QTest::addColumn<QString>("model");

    const QString gemini = u"/ws/google.ai.generativelanguage.%1.GenerativeService.%2"_s;
    const QString model = kModel;
    const QString vertexModel
            = u"projects/p/locations/us-central1/publishers/google/models/gemini-live-2.5-flash-native-audio"_s;
    QTest::newRow("v1beta with the key in the query")
            << gemini.arg(u"v1beta"_s, u"BidiGenerateContent"_s) << u"key=test-key"_s
            << QByteArrayList() << model;
    QTest::newRow("v1, the SDK 3.1.0 default") << gemini.arg(u"v1"_s, u"BidiGenerateContent"_s)
                                               << u"key=test-key"_s << QByteArrayList() << model;
    QTest::newRow("v1alpha") << gemini.arg(u"v1alpha"_s, u"BidiGenerateContent"_s)
                             << u"key=test-key"_s << QByteArrayList() << model;
    QTest::newRow("the SDK's double slash before ws")
            << u"/"_s + gemini.arg(u"v1beta"_s, u"BidiGenerateContent"_s) << u"key=test-key"_s
            << QByteArrayList() << model;
    QTest::newRow("key in the x-goog-api-key header")
            << gemini.arg(u"v1beta"_s, u"BidiGenerateContent"_s) << QString()
            << QByteArrayList {"x-goog-api-key: test-key"} << model;
    QTest::newRow("key as an Authorization bearer")
            << gemini.arg(u"v1beta"_s, u"BidiGenerateContent"_s) << QString()
            << QByteArrayList {"Authorization: Bearer test-key"} << model;
    QTest::newRow("a model id without the models/ prefix")
            << gemini.arg(u"v1beta"_s, u"BidiGenerateContent"_s) << u"key=test-key"_s
            << QByteArrayList() << u"gemini-2.5-flash-native-audio-preview-12-2025"_s;
    QTest::newRow("the constrained method with an API key")
            << gemini.arg(u"v1alpha"_s, u"BidiGenerateContentConstrained"_s) << u"key=test-key"_s
            << QByteArrayList() << model;
    QTest::newRow("Vertex v1beta1 with a bearer token and a resource-path model")
            << u"/ws/google.cloud.aiplatform.v1beta1.LlmBidiService/BidiGenerateContent"_s
            << QString() << QByteArrayList {"Authorization: Bearer test-key"} << vertexModel;
    QTest::newRow("Vertex v1 in express mode (key header, publishers/ model)")
            << u"/ws/google.cloud.aiplatform.v1.LlmBidiService/BidiGenerateContent"_s << QString()
            << QByteArrayList {"x-goog-api-key: test-key"}
            << u"publishers/google/models/gemini-live-2.5-flash-native-audio"_s;
}

void tst_SimEndpoints::acceptedEndpoints()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArrayList, headers);
    QFETCH(QString, model);
    auto sim = startSimulator();
    QVERIFY(sim->isListening());
    QSignalSpy connected(sim.get(), &Simulator::clientConnected);
    QSignalSpy setups(sim.get(), &Simulator::setupReceived);

    Client client;
    QList<QPair<QByteArray, QByteArray>> rawHeaders;
    for (const QByteArray &h : headers) {
        const qsizetype colon = h.indexOf(':');
        rawHeaders.append({h.left(colon), h.mid(colon + 1).trimmed()});
    }
    QVERIFY(client.open(urlWithPath(*sim, path, query), rawHeaders));
    client.sendSetup("{}", model);
    QVERIFY2(client.waitFor([](const ServerMessage &m) { return m.setupComplete.has_value(); }) >= 0,
             qPrintable(u"closed %1: %2"_s.arg(client.closeCode).arg(client.closeReason)));
    QCOMPARE(connected.size(), 1);
    // The path is reported with repeated slashes collapsed, and without the query.
    QVERIFY(!connected.first().first().toString().contains(u"//"));
    QCOMPARE(setups.size(), 1);
    QCOMPARE(setups.first().first().toString(), model);
    QVERIFY(!client.disconnected);
}

void tst_SimEndpoints::refusedCredentials_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");

    const QString invalid = u"API key not valid. Please pass a valid API key."_s;
    const QString unregistered
            = u"Method doesn't allow unregistered callers (callers without established identity). "
              "Please use API Key or other form of API consumer identity to call this API."_s;
    const QString plain = u"BidiGenerateContent"_s;
    QTest::newRow("wrong key in the query closes 1007")
            << plain << u"key=wrong"_s << QByteArrayList() << 1007 << invalid;
    QTest::newRow("wrong key in the header closes 1007")
            << plain << QString() << QByteArrayList {"x-goog-api-key: wrong"} << 1007 << invalid;
    QTest::newRow("wrong bearer closes 1007")
            << plain << QString() << QByteArrayList {"Authorization: Bearer wrong"} << 1007
            << invalid;
    QTest::newRow("no credential closes 1008 as an unregistered caller")
            << plain << QString() << QByteArrayList() << 1008 << unregistered;
    QTest::newRow("an empty key closes 1008")
            << plain << u"key="_s << QByteArrayList() << 1008 << unregistered;
    QTest::newRow("an access_token that is no ephemeral token closes 1007")
            << u"BidiGenerateContentConstrained"_s << u"access_token=ya29.oauth"_s
            << QByteArrayList() << 1007 << invalid;
    QTest::newRow("an ephemeral token used as a key closes 1007")
            << u"BidiGenerateContentConstrained"_s << u"key=auth_tokens/abc"_s << QByteArrayList()
            << 1007 << invalid;
    QTest::newRow("an ephemeral token on the plain method closes 1008")
            << plain << u"access_token=auth_tokens/abc"_s << QByteArrayList() << 1008
            << unregistered;
}

void tst_SimEndpoints::refusedCredentials()
{
    QFETCH(QString, method);
    QFETCH(QString, query);
    QFETCH(QByteArrayList, headers);
    QFETCH(int, code);
    QFETCH(QString, reason);
    auto sim = startSimulator();
    QSignalSpy disconnects(sim.get(), &Simulator::clientDisconnected);
    QList<QPair<QByteArray, QByteArray>> rawHeaders;
    for (const QByteArray &h : headers) {
        const qsizetype colon = h.indexOf(':');
        rawHeaders.append({h.left(colon), h.mid(colon + 1).trimmed()});
    }
    Client client;
    // The upgrade itself succeeds; the refusal is a close frame (live-protocol.md §5).
    QVERIFY(client.open(liveUrl(*sim, query, u"v1alpha"_s, method), rawHeaders));
    client.sendSetup();
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, code);
    QCOMPARE(client.closeReason, QString::fromUtf8(reason.toUtf8().left(123)));
    QVERIFY(client.messages.isEmpty());
    QVERIFY(!disconnects.isEmpty() || disconnects.wait(2000));
    QCOMPARE(disconnects.first().first().toInt(), code);
}

void tst_SimEndpoints::httpStatusMode_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");

    QTest::newRow("the right key upgrades (101)")
            << kGeminiTarget + "?key=test-key" << QByteArray() << 101;
    QTest::newRow("a wrong key is refused with 403")
            << kGeminiTarget + "?key=wrong" << QByteArray() << 403;
    QTest::newRow("a wrong header key is refused with 403")
            << kGeminiTarget << QByteArray("x-goog-api-key: nope\r\n") << 403;
    QTest::newRow("no credential is refused with 401") << kGeminiTarget << QByteArray() << 401;
}

void tst_SimEndpoints::httpStatusMode()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    SimulatorOptions options;
    options.authFailureMode = AuthFailureMode::HttpStatus;
    auto sim = startSimulator(options);
    QByteArray response;
    QCOMPARE(rawHttpStatus(sim->port(), upgradeRequest(target, headers), &response), status);
    if (status != 101) {
        QVERIFY(response.contains("\"error\""));
        QVERIFY(!response.contains("nope")); // the credential is not echoed
    }
}

void tst_SimEndpoints::unknownPathIsNotFound()
{
    auto sim = startSimulator();
    QCOMPARE(rawHttpStatus(sim->port(), upgradeRequest("/ws/something.else?key=test-key")), 404);
    QCOMPARE(rawHttpStatus(sim->port(),
                           upgradeRequest("/ws/google.ai.generativelanguage.v2."
                                          "GenerativeService.BidiGenerateContent?key=k")),
             404);
    QCOMPARE(rawHttpStatus(sim->port(), "GET /v1beta/models HTTP/1.1\r\nHost: x\r\n\r\n"), 404);
    QCOMPARE(rawHttpStatus(sim->port(), "NONSENSE\r\n\r\n"), 400);
}

void tst_SimEndpoints::unknownModel_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("vertexPath");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("reason"); // before the cut to 123 bytes

    QTest::newRow("a retired model, with the real wording cut in mid-word")
            << u"v1beta"_s << QString() << u"models/gemini-2.0-flash-live-001"_s
            << u"models/gemini-2.0-flash-live-001 is not found for API version v1beta, or is not "
               "supported for bidiGenerateContent. Call ListModels to see the list of available "
               "models and their supported methods."_s;
    QTest::newRow("the message names the path's API version")
            << u"v1alpha"_s << QString() << u"models/no-such-model"_s
            << u"models/no-such-model is not found for API version v1alpha, or is not supported "
               "for bidiGenerateContent. Call ListModels to see the list of available models and "
               "their supported methods."_s;
    QTest::newRow("a Vertex publisher model that does not exist")
            << QString()
            << u"/ws/google.cloud.aiplatform.v1beta1.LlmBidiService/BidiGenerateContent"_s
            << u"projects/p/locations/l/publishers/google/models/gemini-1.0-pro"_s
            << u"Publisher Model `projects/p/locations/l/publishers/google/models/gemini-1.0-pro` "
               "was not found or your project does not have access to it. Please ensure you are "
               "using a valid model version."_s;
}

void tst_SimEndpoints::unknownModel()
{
    QFETCH(QString, version);
    QFETCH(QString, vertexPath);
    QFETCH(QString, model);
    QFETCH(QString, reason);
    auto sim = startSimulator();
    Client client;
    const QUrl url = vertexPath.isEmpty() ? liveUrl(*sim, u"key=test-key"_s, version)
                                          : urlWithPath(*sim, vertexPath, u"key=test-key"_s);
    QVERIFY(client.open(url));
    client.sendSetup("{}", model);
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1008);
    QVERIFY(reason.toUtf8().size() > 123);
    QCOMPARE(client.closeReason, QString::fromUtf8(reason.toUtf8().left(123)));
}

void tst_SimEndpoints::badMessages_data()
{
    QTest::addColumn<QByteArrayList>("frames"); // sent in order after the upgrade
    QTest::addColumn<QString>("reasonPart");

    const QByteArray setup = R"({"setup":{"model":"models/gemini-3.1-flash-live-preview"}})";
    QTest::newRow("realtime input before setup")
            << QByteArrayList {R"({"realtimeInput":{"text":"hi"}})"}
            << u"Request contains an invalid argument."_s;
    QTest::newRow("malformed JSON")
            << QByteArrayList {R"({"setup":{"model":)"} << u"invalid JSON"_s;
    QTest::newRow("a JSON array") << QByteArrayList {"[1,2]"} << u"expected a JSON object"_s;
    QTest::newRow("two top-level keys")
            << QByteArrayList {R"({"setup":{"model":"models/x"},"realtimeInput":{}})"}
            << u"exactly one top-level field"_s;
    QTest::newRow("an unknown top-level key")
            << QByteArrayList {R"({"hello":{}})"} << u"Unknown name \"hello\""_s;
    QTest::newRow("an unknown field inside setup")
            << QByteArrayList {R"({"setup":{"model":"models/gemini-3.1-flash-live-preview","bogus":1}})"}
            << u"Unknown name \"bogus\""_s;
    QTest::newRow("a second setup")
            << QByteArrayList {setup, setup} << u"Request contains an invalid argument."_s;
    QTest::newRow("malformed JSON after setup")
            << QByteArrayList {setup, "{nope"} << u"invalid JSON"_s;
    QTest::newRow("a video blob that is not an image")
            << QByteArrayList {setup,
                               R"({"realtimeInput":{"video":{"data":"AAAA","mimeType":"text/plain"}}})"}
            << u"mimeType must be image/*"_s;
    QTest::newRow("audio that is not PCM")
            << QByteArrayList {setup,
                               R"({"realtimeInput":{"audio":{"data":"AAAA","mimeType":"audio/ogg"}}})"}
            << u"Request contains an invalid argument."_s;
}

void tst_SimEndpoints::badMessages()
{
    QFETCH(QByteArrayList, frames);
    QFETCH(QString, reasonPart);
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    for (const QByteArray &frame : frames)
        client.sendJson(frame);
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1007);
    QVERIFY2(client.closeReason.contains(reasonPart), qPrintable(client.closeReason));
    QVERIFY(client.closeReason.toUtf8().size() <= 123);
}

void tst_SimEndpoints::serverFrameType_data()
{
    QTest::addColumn<FrameType>("frameType");
    QTest::newRow("binary frames by default, like the service") << FrameType::Binary;
    QTest::newRow("text frames when asked") << FrameType::Text;
}

void tst_SimEndpoints::serverFrameType()
{
    QFETCH(FrameType, frameType);
    SimulatorOptions options;
    options.frameType = frameType;
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"sessionResumption":{}})"));
    client.sendRealtimeText(u"hello"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QVERIFY(client.messages.size() > 3);
    QCOMPARE(client.binaryFrames, frameType == FrameType::Binary ? int(client.raw.size()) : 0);
    QCOMPARE(client.textFrames, frameType == FrameType::Text ? int(client.raw.size()) : 0);
    QVERIFY(client.decodeErrors.isEmpty());
}

void tst_SimEndpoints::clientJsonInBinaryFrames()
{
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendBinary(R"({"setup":{"model":"models/gemini-3.1-flash-live-preview"}})");
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.setupComplete.has_value(); }) >= 0);
    client.sendBinary(R"({"realtimeInput":{"text":"hi"}})");
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
}

void tst_SimEndpoints::severalModalitiesRefused()
{
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(R"({"generationConfig":{"responseModalities":["AUDIO","TEXT"]}})");
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1007);
}

void tst_SimEndpoints::defaultFieldsOmitted()
{
    auto sim = startSimulator();
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim),
                                R"({"sessionResumption":{},"outputAudioTranscription":{}})"));
    // Only the session id, which the service sends (service-2026.md).
    QVERIFY(client.raw.first().startsWith(R"({"setupComplete":{"sessionId":")"));
    QVERIFY(client.messages.first().setupComplete->sessionId.size() > 0);
    client.sendRealtimeText(u"hello"_s);
    const qsizetype first = client.waitFor(isTurnComplete);
    QVERIFY(first >= 0);
    // The second turn starts with a "not resumable now" update (none before the first handle).
    client.sendRealtimeText(u"again"_s);
    QVERIFY(client.waitFor(isTurnComplete, 10000, first + 1) > first);
    for (const QByteArray &json : std::as_const(client.raw)) {
        // proto3 JSON: false, 0 and "" are never written.
        QVERIFY2(!json.contains(":false") && !json.contains(":0,") && !json.contains(":0}")
                         && !json.contains(":\"\""),
                 json.constData());
    }
    QVERIFY(client.raw.contains(QByteArray(R"({"sessionResumptionUpdate":{}})")));
}

QTEST_GUILESS_MAIN(tst_SimEndpoints)
#include "tst_simendpoints.moc"
