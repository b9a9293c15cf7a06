// Where a Live session connects and how it authenticates (live-protocol.md §1): the Gemini API
// with an API key, ephemeral tokens, Vertex AI, or a custom base URL such as the local simulator.
//
// The credential travels in a header wherever the service allows it. The one exception is an
// ephemeral token, which the service takes only as the `access_token` query item; that is why
// every URL meant for a log goes through redactUrl() and ConnectionTarget carries a redacted copy.
#pragma once

#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace livedesk::session {

enum class Backend {
    Unspecified, // treated as GeminiApi
    GeminiApi,
    VertexAi,
};

enum class AuthKind {
    None,
    ApiKey, // x-goog-api-key header (Gemini API, or Vertex express mode)
    EphemeralToken, // ?access_token=auth_tokens/… on BidiGenerateContentConstrained
    BearerToken, // Authorization: Bearer <OAuth2 access token> (Vertex)
};

struct EndpointConfig
{
    Backend backend = Backend::GeminiApi;
    // Empty: the service's own host. Otherwise scheme, host, port and an optional path prefix
    // (http/https are taken as ws/wss), e.g. the simulator's ws://127.0.0.1:PORT.
    QUrl baseUrl;
    // Empty: v1beta on the Gemini API, v1alpha for ephemeral tokens (the only version that has
    // them), v1beta1 on Vertex AI.
    QString apiVersion;
    // A Gemini API key, a Vertex express-mode key, or an ephemeral token ("auth_tokens/…"),
    // told apart by that prefix as the official SDK does.
    QString apiKey;
    QString accessToken; // Vertex OAuth2 access token (e.g. `gcloud auth print-access-token`)
    QString vertexProject;
    QString vertexLocation; // "us-central1", or the "global" / "us" / "eu" forms
};

// What QWebSocket::open() needs. `request` holds the credential: never log it or its URL.
struct ConnectionTarget
{
    QNetworkRequest request;
    QString redactedUrl; // safe to log and to show
    AuthKind auth = AuthKind::None;
    QString error; // why no request could be built (missing key, missing project, bad URL)

    bool isValid() const { return error.isEmpty(); }
};

inline constexpr auto kGeminiApiHost = "generativelanguage.googleapis.com";
inline constexpr auto kDefaultGeminiApiVersion = "v1beta";
inline constexpr auto kEphemeralTokenApiVersion = "v1alpha";
inline constexpr auto kDefaultVertexApiVersion = "v1beta1";

bool isEphemeralToken(const QString &credential);
AuthKind authKind(const EndpointConfig &config);
QString effectiveApiVersion(const EndpointConfig &config);

ConnectionTarget buildConnectionTarget(const EndpointConfig &config);

// setup.model for a model id: "models/<id>" on the Gemini API, the publisher resource path on
// Vertex AI. An id that already contains a '/' is taken as a full name and kept.
QString modelResourceName(const EndpointConfig &config, const QString &modelId);
// The bare model id of a resource name ("models/x" → "x").
QString modelIdFromName(const QString &name);

// A Vertex failover list: `base` once per location, in order (live-protocol.md §1.3 hosts).
QList<EndpointConfig> vertexFailoverEndpoints(const EndpointConfig &base,
                                              const QStringList &locations);
// setup.model as `endpoint` needs it: a Vertex resource path names its location
// ("projects/P/locations/L/…"), which must be the endpoint's; anything else is kept.
QString modelForEndpoint(const QString &model, const EndpointConfig &endpoint);

// {location}-aiplatform.googleapis.com, aiplatform.googleapis.com for "global",
// aiplatform.{us|eu}.rep.googleapis.com for the multi-regions.
QString vertexHost(const QString &location);

// POST target for creating ephemeral tokens (https://…/v1alpha/auth_tokens); the simulator
// serves the same path over plain HTTP.
QUrl authTokensUrl(const EndpointConfig &config);

// The URL with every credential-bearing query item (key, access_token, …) and any user info
// replaced by "REDACTED".
QString redactUrl(const QUrl &url);

} // namespace livedesk::session
