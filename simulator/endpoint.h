// What an incoming HTTP request asks for: the raw request head, which Live API endpoint its path
// names, and which credential it carries (live-protocol.md §1). Pure parsing, no sockets, so the
// front door and the tests share it.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace livedesk::sim {

struct HttpRequestHead
{
    QByteArray method;
    QString path; // with repeated slashes collapsed ("//ws/…" → "/ws/…")
    QUrlQuery query; // credentials may be in here: never log it
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    qsizetype headBytes = 0; // request line + headers + the blank line

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    bool isWebSocketUpgrade() const;
    qint64 contentLength() const; // -1 when absent or invalid
};

enum class HeadParse { Incomplete, Complete, Invalid, TooLarge };

// Parses the head at the start of `bytes`. Complete fills `head`; Invalid sets `error`.
HeadParse parseRequestHead(const QByteArray &bytes, HttpRequestHead *head, QString *error);

QString collapseSlashes(const QString &path);

enum class ApiFlavour { None, GeminiApi, VertexAi };

struct LiveEndpoint
{
    ApiFlavour flavour = ApiFlavour::None;
    QString apiVersion; // v1, v1beta, v1alpha (Gemini API); v1, v1beta1 (Vertex)
    bool constrained = false; // BidiGenerateContentConstrained: the ephemeral-token method
};

// The Live endpoint a (collapsed) path names, or nullopt for any other path.
std::optional<LiveEndpoint> matchLiveEndpoint(const QString &path);

enum class CredentialSource {
    None,
    KeyQuery, // ?key=
    KeyHeader, // x-goog-api-key
    AccessTokenQuery, // ?access_token=
    TokenHeader, // Authorization: Token …
    BearerHeader, // Authorization: Bearer …
};

struct Credential
{
    CredentialSource source = CredentialSource::None;
    QString value; // secret: never log it

    bool isEphemeralToken() const { return value.startsWith(QLatin1String("auth_tokens/")); }
};

// The credential a request carries. A request with several uses the first of: access_token,
// key, Authorization, x-goog-api-key (the order the SDKs never mix anyway).
Credential extractCredential(const HttpRequestHead &head);

QString credentialSourceName(CredentialSource source); // for logs: "key query", …

// A close reason as the service sends it: at most 123 bytes of UTF-8 (RFC 6455), cut without
// splitting a character, possibly in mid-word ("…Call ListMod").
QString truncateCloseReason(const QString &reason);

} // namespace livedesk::sim
