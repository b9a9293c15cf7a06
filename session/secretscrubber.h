// Takes known secrets (API keys, ephemeral and OAuth tokens) out of text that comes from outside
// the program before anything stores, logs or shows it. A server that echoes the request in a
// close reason or an error message (a 1007 "API key not valid: AIza…") would otherwise put the
// key into stderr, events.jsonl, metrics.json and the history database. One scrubber, applied
// where outside text enters: LiveSession scrubs every server frame, close reason and socket error
// text; the app scrubs what it prints and stores once more.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace livedesk::session {

struct EndpointConfig;

class SecretScrubber
{
public:
    // Shorter "secrets" (test keys such as "k") would cut ordinary words out of messages; real
    // keys and tokens are 30 characters and more.
    static constexpr qsizetype kMinSecretLength = 8;

    // The secret, its percent-encoded and JSON-escaped forms and, for "auth_tokens/<id>", the id.
    void add(const QString &secret);
    // The endpoint's API key (or ephemeral token) and access token.
    void addEndpoint(const EndpointConfig &endpoint);
    // GEMINI_API_KEY and GOOGLE_API_KEY, where set.
    void addEnvironment();
    void clear();
    bool isEmpty() const { return m_secrets.isEmpty(); }

    QString scrub(const QString &text) const;
    QByteArray scrub(const QByteArray &utf8) const;
    bool contains(const QString &text) const;

    static QString placeholder(); // what a secret is replaced with: "[redacted]"

private:
    void addForm(const QString &form);

    QStringList m_secrets; // every form, longest first, so no form is cut out of a longer one
    QList<QByteArray> m_secretsUtf8;
};

} // namespace livedesk::session
