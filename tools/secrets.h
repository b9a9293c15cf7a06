// Keeping secrets away from the model and from tools.
//
// Two measures: spawned tools and MCP servers get an environment without the API key variables
// (unless a configuration names one explicitly), and everything that goes to the model or a log
// (tool output, arguments, error text, server stderr) is scrubbed of the known secret values.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>

namespace livedesk::tools {

class SecretScrubber
{
public:
    // Values shorter than this are not treated as secrets: redacting "1" would mangle output.
    static constexpr qsizetype kMinimumSecretLength = 8;
    static inline const QString kRedacted = QStringLiteral("[redacted]");

    // Registers a secret value (the configured API key, an ephemeral token, a header value).
    void addSecret(const QString &secret);
    // Registers the values of the key variables (secretVariableNames()) found in `environment`.
    void addSecretsFromEnvironment(const QProcessEnvironment &environment);
    bool isEmpty() const { return m_secrets.isEmpty(); }
    qsizetype secretCount() const { return m_secrets.size(); }

    bool containsSecret(QStringView text) const;
    QString scrub(const QString &text) const;
    QByteArray scrub(const QByteArray &utf8) const;
    QJsonValue scrub(const QJsonValue &value) const; // keys and values, recursively
    QJsonObject scrub(const QJsonObject &object) const;

    // The environment variables that carry the service's credentials.
    static QStringList secretVariableNames();

private:
    QStringList m_secrets; // longest first, so a secret containing another is replaced whole
};

// The environment for a spawned tool or MCP server: `base` without the credential variables and
// without any variable whose value contains a known secret, then `explicitVariables` on top (a
// configuration that names GEMINI_API_KEY explicitly gets it).
QProcessEnvironment childProcessEnvironment(const QProcessEnvironment &base,
                                            const SecretScrubber &scrubber,
                                            const QMap<QString, QString> &explicitVariables = {});

// Whether a variable or header name suggests its value is a credential (KEY, TOKEN, SECRET,
// PASSWORD, AUTHORIZATION…): such configured values are scrubbed too.
bool looksLikeCredentialName(QStringView name);

} // namespace livedesk::tools
