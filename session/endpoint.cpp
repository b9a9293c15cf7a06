#include "session/endpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace livedesk::session {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::session::Endpoint", text);
}

// Query items that can carry a credential, in the spellings services and proxies use.
bool isSecretQueryItem(const QString &name)
{
    static const QStringList names {u"key"_s,          u"access_token"_s, u"token"_s,
                                    u"api_key"_s,      u"apikey"_s,       u"x-goog-api-key"_s,
                                    u"authorization"_s};
    return names.contains(name, Qt::CaseInsensitive);
}

QString joinPath(QString prefix, const QString &rest)
{
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    return prefix + rest;
}

} // namespace

bool isEphemeralToken(const QString &credential)
{
    return credential.startsWith("auth_tokens/"_L1);
}

AuthKind authKind(const EndpointConfig &config)
{
    if (isEphemeralToken(config.apiKey))
        return AuthKind::EphemeralToken;
    if (config.backend == Backend::VertexAi && !config.accessToken.isEmpty())
        return AuthKind::BearerToken;
    if (!config.apiKey.isEmpty())
        return AuthKind::ApiKey;
    if (!config.accessToken.isEmpty())
        return AuthKind::BearerToken;
    return AuthKind::None;
}

QString effectiveApiVersion(const EndpointConfig &config)
{
    if (!config.apiVersion.isEmpty())
        return config.apiVersion;
    if (config.backend == Backend::VertexAi)
        return QString::fromLatin1(kDefaultVertexApiVersion);
    if (isEphemeralToken(config.apiKey))
        return QString::fromLatin1(kEphemeralTokenApiVersion);
    return QString::fromLatin1(kDefaultGeminiApiVersion);
}

QString vertexHost(const QString &location)
{
    if (location.isEmpty() || location == "global"_L1)
        return u"aiplatform.googleapis.com"_s;
    if (location == "us"_L1 || location == "eu"_L1)
        return u"aiplatform."_s + location + u".rep.googleapis.com"_s;
    return location + u"-aiplatform.googleapis.com"_s;
}

QString modelIdFromName(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(u'/');
    return slash < 0 ? name : name.mid(slash + 1);
}

QString modelResourceName(const EndpointConfig &config, const QString &modelId)
{
    if (modelId.contains(u'/'))
        return modelId;
    if (config.backend != Backend::VertexAi)
        return u"models/"_s + modelId;
    if (config.vertexProject.isEmpty())
        return u"publishers/google/models/"_s + modelId; // express mode
    const QString location = config.vertexLocation.isEmpty() ? u"global"_s : config.vertexLocation;
    return u"projects/"_s + config.vertexProject + u"/locations/"_s + location
           + u"/publishers/google/models/"_s + modelId;
}

QString redactUrl(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.userInfo().isEmpty())
        copy.setUserInfo(u"REDACTED"_s);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        QUrlQuery redacted;
        for (const auto &[name, value] : items)
            redacted.addQueryItem(name, isSecretQueryItem(name) ? u"REDACTED"_s : value);
        copy.setQuery(redacted);
    }
    return copy.toString();
}

ConnectionTarget buildConnectionTarget(const EndpointConfig &config)
{
    ConnectionTarget target;
    target.auth = authKind(config);
    const bool vertex = config.backend == Backend::VertexAi;
    const QString version = effectiveApiVersion(config);

    if (target.auth == AuthKind::None) {
        target.error = vertex ? tr("No credential: Vertex AI needs an access token (or an "
                                   "express-mode API key).")
                              : tr("No API key: pass one, or set GEMINI_API_KEY.");
        return target;
    }
    if (vertex && target.auth == AuthKind::BearerToken
        && (config.vertexProject.isEmpty() || config.vertexLocation.isEmpty())) {
        target.error = tr("Vertex AI with an access token needs a project and a location.");
        return target;
    }
    if (vertex && target.auth == AuthKind::EphemeralToken) {
        target.error = tr("Ephemeral tokens exist only on the Gemini API, not on Vertex AI.");
        return target;
    }

    QUrl url;
    if (config.baseUrl.isEmpty()) {
        url.setScheme(u"wss"_s);
        url.setHost(vertex ? vertexHost(config.vertexLocation)
                           : QString::fromLatin1(kGeminiApiHost));
    } else {
        if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()) {
            target.error = tr("The endpoint is not a valid URL.");
            return target;
        }
        url = config.baseUrl;
        const QString scheme = url.scheme().toLower();
        if (scheme == "http"_L1)
            url.setScheme(u"ws"_s);
        else if (scheme == "https"_L1)
            url.setScheme(u"wss"_s);
        else if (scheme != "ws"_L1 && scheme != "wss"_L1) {
            target.error = tr("The endpoint must be a ws://, wss://, http:// or https:// URL.");
            return target;
        }
        url.setQuery(QString());
        url.setFragment(QString());
    }

    QString method;
    if (vertex) {
        method = u"/ws/google.cloud.aiplatform."_s + version
                 + u".LlmBidiService/BidiGenerateContent"_s;
    } else {
        method = u"/ws/google.ai.generativelanguage."_s + version
                 + (target.auth == AuthKind::EphemeralToken
                            ? u".GenerativeService.BidiGenerateContentConstrained"_s
                            : u".GenerativeService.BidiGenerateContent"_s);
    }
    url.setPath(joinPath(url.path(), method));

    QNetworkRequest request;
    switch (target.auth) {
    case AuthKind::EphemeralToken: {
        // The service accepts the token only here; redactUrl() hides it in every log.
        QUrlQuery query;
        query.addQueryItem(u"access_token"_s, config.apiKey);
        url.setQuery(query);
        break;
    }
    case AuthKind::ApiKey:
        request.setRawHeader("x-goog-api-key", config.apiKey.toUtf8());
        break;
    case AuthKind::BearerToken:
        request.setRawHeader("Authorization", "Bearer " + config.accessToken.toUtf8());
        break;
    case AuthKind::None:
        break;
    }
    request.setUrl(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("LiveDesk/" LIVEDESK_VERSION));
    target.request = request;
    target.redactedUrl = redactUrl(url);
    return target;
}

QUrl authTokensUrl(const EndpointConfig &config)
{
    QUrl url;
    if (config.baseUrl.isEmpty()) {
        url.setScheme(u"https"_s);
        url.setHost(QString::fromLatin1(kGeminiApiHost));
    } else {
        url = config.baseUrl;
        const QString scheme = url.scheme().toLower();
        url.setScheme(scheme == "ws"_L1 || scheme == "http"_L1 ? u"http"_s : u"https"_s);
        url.setQuery(QString());
    }
    url.setPath(joinPath(url.path(), u"/"_s + QString::fromLatin1(kEphemeralTokenApiVersion)
                                             + u"/auth_tokens"_s));
    return url;
}

QList<EndpointConfig> vertexFailoverEndpoints(const EndpointConfig &base,
                                              const QStringList &locations)
{
    QList<EndpointConfig> out;
    for (const QString &location : locations) {
        EndpointConfig e = base;
        e.vertexLocation = location.trimmed();
        if (!e.vertexLocation.isEmpty())
            out.append(e);
    }
    if (out.isEmpty())
        out.append(base);
    return out;
}

QString modelForEndpoint(const QString &model, const EndpointConfig &endpoint)
{
    if (endpoint.backend != Backend::VertexAi || endpoint.vertexLocation.isEmpty())
        return model;
    static const QRegularExpression located(u"^(projects/[^/]+/locations/)[^/]+(/.*)$"_s);
    const auto match = located.match(model);
    if (!match.hasMatch())
        return model;
    return match.captured(1) + endpoint.vertexLocation + match.captured(2);
}

} // namespace livedesk::session
