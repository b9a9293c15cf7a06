// Endpoint, URL and header building per backend (Gemini API key, ephemeral token, Vertex AI
// regional / global / multi-region / express, custom base URL), model resource names, and the
// redaction every logged URL goes through.
#include "session/endpoint.h"

#include <QTest>

using namespace livedesk::session;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(livedesk::session::EndpointConfig)
Q_DECLARE_METATYPE(livedesk::session::AuthKind)

class tst_Endpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void target_data();
    void target();
    void invalid_data();
    void invalid();
    void modelNames_data();
    void modelNames();
    void redaction_data();
    void redaction();
    void authTokens_data();
    void authTokens();
};

namespace {

EndpointConfig gemini(const QString &key)
{
    EndpointConfig c;
    c.apiKey = key;
    return c;
}

EndpointConfig vertex(const QString &location, const QString &token, const QString &key = {})
{
    EndpointConfig c;
    c.backend = Backend::VertexAi;
    c.vertexProject = u"my-project"_s;
    c.vertexLocation = location;
    c.accessToken = token;
    c.apiKey = key;
    return c;
}

const QString kGeminiPath
        = u"/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent"_s;

} // namespace

void tst_Endpoint::target_data()
{
    QTest::addColumn<EndpointConfig>("config");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<AuthKind>("auth");

    QTest::newRow("Gemini API key goes in a header, not the URL")
            << gemini(u"KEY-123"_s) << u"wss://generativelanguage.googleapis.com"_s + kGeminiPath
            << "x-goog-api-key"_ba
            << "KEY-123"_ba << AuthKind::ApiKey;
    {
        EndpointConfig c = gemini(u"KEY"_s);
        c.apiVersion = u"v1alpha"_s;
        QTest::newRow("API version is configurable")
                << c
                << u"wss://generativelanguage.googleapis.com/ws/google.ai.generativelanguage."
                   "v1alpha.GenerativeService.BidiGenerateContent"_s
                << "x-goog-api-key"_ba
                << "KEY"_ba << AuthKind::ApiKey;
    }
    QTest::newRow("ephemeral token: constrained method, v1alpha, access_token query")
            << gemini(u"auth_tokens/abc"_s)
            << u"wss://generativelanguage.googleapis.com/ws/google.ai.generativelanguage.v1alpha."
               "GenerativeService.BidiGenerateContentConstrained?access_token=auth_tokens/abc"_s
            << "x-goog-api-key"_ba << QByteArray() << AuthKind::EphemeralToken;
    QTest::newRow("Vertex regional host with a bearer token")
            << vertex(u"us-central1"_s, u"ya29.TOKEN"_s)
            << u"wss://us-central1-aiplatform.googleapis.com/ws/google.cloud.aiplatform.v1beta1."
               "LlmBidiService/BidiGenerateContent"_s
            << "Authorization"_ba
            << "Bearer ya29.TOKEN"_ba << AuthKind::BearerToken;
    QTest::newRow("Vertex global location uses the global host")
            << vertex(u"global"_s, u"T"_s)
            << u"wss://aiplatform.googleapis.com/ws/google.cloud.aiplatform.v1beta1."
               "LlmBidiService/BidiGenerateContent"_s
            << "Authorization"_ba
            << "Bearer T"_ba << AuthKind::BearerToken;
    QTest::newRow("Vertex us multi-region")
            << vertex(u"us"_s, u"T"_s)
            << u"wss://aiplatform.us.rep.googleapis.com/ws/google.cloud.aiplatform.v1beta1."
               "LlmBidiService/BidiGenerateContent"_s
            << "Authorization"_ba
            << "Bearer T"_ba << AuthKind::BearerToken;
    QTest::newRow("Vertex eu multi-region")
            << vertex(u"eu"_s, u"T"_s)
            << u"wss://aiplatform.eu.rep.googleapis.com/ws/google.cloud.aiplatform.v1beta1."
               "LlmBidiService/BidiGenerateContent"_s
            << "Authorization"_ba
            << "Bearer T"_ba << AuthKind::BearerToken;
    {
        EndpointConfig c;
        c.backend = Backend::VertexAi;
        c.apiKey = u"EXPRESS"_s;
        c.apiVersion = u"v1"_s;
        QTest::newRow("Vertex express mode: API key header on the global host")
                << c
                << u"wss://aiplatform.googleapis.com/ws/google.cloud.aiplatform.v1."
                   "LlmBidiService/BidiGenerateContent"_s
                << "x-goog-api-key"_ba
                << "EXPRESS"_ba << AuthKind::ApiKey;
    }
    {
        EndpointConfig c = gemini(u"sim-key"_s);
        c.baseUrl = QUrl(u"ws://127.0.0.1:4567"_s);
        QTest::newRow("simulator base URL keeps the Gemini path and header")
                << c << u"ws://127.0.0.1:4567"_s + kGeminiPath << "x-goog-api-key"_ba
                << "sim-key"_ba << AuthKind::ApiKey;
    }
    {
        EndpointConfig c = gemini(u"k"_s);
        c.baseUrl = QUrl(u"http://localhost:8080/live/"_s);
        QTest::newRow("http base URL with a path prefix becomes ws with the prefix")
                << c << u"ws://localhost:8080/live"_s + kGeminiPath << "x-goog-api-key"_ba
                << "k"_ba << AuthKind::ApiKey;
    }
    {
        EndpointConfig c = gemini(u"k"_s);
        c.baseUrl = QUrl(u"https://proxy.example.com?key=leak"_s);
        QTest::newRow("https base URL becomes wss and loses any query")
                << c << u"wss://proxy.example.com"_s + kGeminiPath << "x-goog-api-key"_ba
                << "k"_ba << AuthKind::ApiKey;
    }
}

void tst_Endpoint::target()
{
    QFETCH(EndpointConfig, config);
    QFETCH(QString, url);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, headerValue);
    QFETCH(AuthKind, auth);

    const ConnectionTarget t = buildConnectionTarget(config);
    QVERIFY2(t.isValid(), qPrintable(t.error));
    QCOMPARE(t.request.url().toString(), url);
    QCOMPARE(t.request.rawHeader(header), headerValue);
    QCOMPARE(t.auth, auth);
    QVERIFY(t.request.header(QNetworkRequest::UserAgentHeader).toString().startsWith(u"LiveDesk/"_s));
    // Nothing secret in the loggable URL.
    for (const QString &secret : {config.apiKey, config.accessToken}) {
        if (!secret.isEmpty())
            QVERIFY2(!t.redactedUrl.contains(secret), qPrintable(t.redactedUrl));
    }
}

void tst_Endpoint::invalid_data()
{
    QTest::addColumn<EndpointConfig>("config");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no key at all") << EndpointConfig {} << u"API key"_s;
    {
        EndpointConfig c = vertex(QString(), u"T"_s);
        QTest::newRow("Vertex bearer without a location") << c << u"location"_s;
    }
    {
        EndpointConfig c = vertex(u"us-central1"_s, {}, u"auth_tokens/x"_s);
        QTest::newRow("ephemeral token on Vertex") << c << u"Gemini API"_s;
    }
    {
        EndpointConfig c = gemini(u"k"_s);
        c.baseUrl = QUrl(u"ftp://127.0.0.1/"_s);
        QTest::newRow("a scheme that is not ws or http") << c << u"ws://"_s;
    }
    {
        EndpointConfig c = gemini(u"k"_s);
        c.baseUrl = QUrl(u"not a url"_s);
        QTest::newRow("a base URL without a host") << c << u"valid URL"_s;
    }
}

void tst_Endpoint::invalid()
{
    QFETCH(EndpointConfig, config);
    QFETCH(QString, mentions);
    const ConnectionTarget t = buildConnectionTarget(config);
    QVERIFY(!t.isValid());
    QVERIFY2(t.error.contains(mentions), qPrintable(t.error));
}

void tst_Endpoint::modelNames_data()
{
    QTest::addColumn<EndpointConfig>("config");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("name");

    QTest::newRow("Gemini API adds models/")
            << gemini(u"k"_s) << u"gemini-x"_s << u"models/gemini-x"_s;
    QTest::newRow("a full name is kept")
            << gemini(u"k"_s) << u"models/gemini-x"_s << u"models/gemini-x"_s;
    QTest::newRow("Vertex with a project uses the publisher resource path")
            << vertex(u"us-central1"_s, u"T"_s) << u"gemini-live"_s
            << u"projects/my-project/locations/us-central1/publishers/google/models/gemini-live"_s;
    {
        EndpointConfig c;
        c.backend = Backend::VertexAi;
        c.apiKey = u"EXPRESS"_s;
        QTest::newRow("Vertex express mode without a project")
                << c << u"gemini-live"_s << u"publishers/google/models/gemini-live"_s;
    }
}

void tst_Endpoint::modelNames()
{
    QFETCH(EndpointConfig, config);
    QFETCH(QString, model);
    QFETCH(QString, name);
    QCOMPARE(modelResourceName(config, model), name);
    QCOMPARE(modelIdFromName(name), modelIdFromName(model));
}

void tst_Endpoint::redaction_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("redacted");

    QTest::newRow("key query item")
            << u"wss://h/ws/x?key=SECRET&alt=json"_s << u"wss://h/ws/x?key=REDACTED&alt=json"_s;
    QTest::newRow("access_token query item") << u"wss://h/ws/x?access_token=auth_tokens/SECRET"_s
                                             << u"wss://h/ws/x?access_token=REDACTED"_s;
    QTest::newRow("user info") << u"wss://user:SECRET@h/ws"_s << u"wss://REDACTED@h/ws"_s;
    QTest::newRow("a URL without secrets is unchanged")
            << u"ws://127.0.0.1:80/ws/x"_s << u"ws://127.0.0.1:80/ws/x"_s;
}

void tst_Endpoint::redaction()
{
    QFETCH(QString, url);
    QFETCH(QString, redacted);
    QCOMPARE(redactUrl(QUrl(url)), redacted);
    QVERIFY(!redactUrl(QUrl(url)).contains(u"SECRET"_s));
}

void tst_Endpoint::authTokens_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("url");
    QTest::newRow("the service")
            << QString() << u"https://generativelanguage.googleapis.com/v1alpha/auth_tokens"_s;
    QTest::newRow("the simulator over plain HTTP")
            << u"ws://127.0.0.1:4567"_s << u"http://127.0.0.1:4567/v1alpha/auth_tokens"_s;
    QTest::newRow("a TLS proxy") << u"wss://proxy.example.com/p"_s
                                 << u"https://proxy.example.com/p/v1alpha/auth_tokens"_s;
}

void tst_Endpoint::authTokens()
{
    QFETCH(QString, base);
    QFETCH(QString, url);
    EndpointConfig c = gemini(u"k"_s);
    c.baseUrl = QUrl(base);
    QCOMPARE(authTokensUrl(c).toString(), url);
}

QTEST_GUILESS_MAIN(tst_Endpoint)
#include "tst_endpoint.moc"
