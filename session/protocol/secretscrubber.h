// Takes known secrets (API keys, ephemeral and OAuth tokens, tool credentials) out of text that
// comes from outside the program before anything stores, logs or shows it. A server that echoes
// the request in a close reason or an error message (a 1007 "API key not valid: AIza…") would
// otherwise put the key into stderr, events.jsonl, metrics.json and the history database; a tool
// or MCP server could hand it to the model. One scrubber for the session and the tools, which is
// why it lives in the protocol module: the lowest one both may use (docs/architecture.md).
// LiveSession scrubs every server frame, close reason and socket error text; the tools scrub
// arguments, outputs, error text and server stderr; the app scrubs what it prints and stores.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace livedesk::protocol {

class SecretScrubber
{
public:
    // Shorter "secrets" (test keys such as "k") would cut ordinary words out of messages; real
    // keys and tokens are 30 characters and more.
    static constexpr qsizetype kMinSecretLength = 8;

    // The secret, its percent-encoded and JSON-escaped forms and, for "auth_tokens/<id>", the id.
    void add(const QString &secret);
    // The endpoint's API key (or ephemeral token) and access token. A template because the
    // endpoint type (session::EndpointConfig) belongs to a module above this one.
    template<typename Endpoint>
    void addEndpoint(const Endpoint &endpoint)
    {
        add(endpoint.apiKey);
        add(endpoint.accessToken);
    }
    // The values of the credential variables (secretVariableNames()) set in `environment`.
    void addEnvironment(
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    void clear();
    bool isEmpty() const { return m_secrets.isEmpty(); }

    QString scrub(const QString &text) const;
    QByteArray scrub(const QByteArray &utf8) const;
    QJsonValue scrub(const QJsonValue &value) const; // keys and values, recursively
    QJsonObject scrub(const QJsonObject &object) const;
    bool contains(QStringView text) const;

    static QString placeholder(); // what a secret is replaced with: "[redacted]"
    // The environment variables that carry the service's credentials.
    static QStringList secretVariableNames();

private:
    void addForm(const QString &form);

    QStringList m_secrets; // every form, longest first, so no form is cut out of a longer one
    QList<QByteArray> m_secretsUtf8;
};

} // namespace livedesk::protocol
