#include "session/secretscrubber.h"

#include "session/endpoint.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace livedesk::session {

QString SecretScrubber::placeholder()
{
    return u"[redacted]"_s;
}

void SecretScrubber::addForm(const QString &form)
{
    if (form.size() < kMinSecretLength || m_secrets.contains(form))
        return;
    m_secrets.append(form);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_secretsUtf8.clear();
    for (const QString &s : std::as_const(m_secrets))
        m_secretsUtf8.append(s.toUtf8());
}

void SecretScrubber::add(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < kMinSecretLength)
        return;
    addForm(trimmed);
    // As a URL carries it (an ephemeral token is a query item) and as JSON may escape it.
    addForm(QString::fromLatin1(QUrl::toPercentEncoding(trimmed)));
    addForm(QString(trimmed).replace(u'/', u"\\/"_s));
    // "auth_tokens/<id>": the id alone is the secret part.
    const qsizetype slash = trimmed.lastIndexOf(u'/');
    if (slash >= 0)
        addForm(trimmed.mid(slash + 1));
}

void SecretScrubber::addEndpoint(const EndpointConfig &endpoint)
{
    add(endpoint.apiKey);
    add(endpoint.accessToken);
}

void SecretScrubber::addEnvironment()
{
    for (const char *name : {"GEMINI_API_KEY", "GOOGLE_API_KEY"})
        add(qEnvironmentVariable(name));
}

void SecretScrubber::clear()
{
    m_secrets.clear();
    m_secretsUtf8.clear();
}

QString SecretScrubber::scrub(const QString &text) const
{
    if (m_secrets.isEmpty() || text.size() < kMinSecretLength)
        return text;
    QString out = text;
    for (const QString &secret : m_secrets) {
        if (out.contains(secret))
            out.replace(secret, placeholder());
    }
    return out;
}

QByteArray SecretScrubber::scrub(const QByteArray &utf8) const
{
    if (m_secretsUtf8.isEmpty() || utf8.size() < kMinSecretLength)
        return utf8;
    // The common case (no secret in a frame of audio) costs one search per form and no copy.
    QByteArray out = utf8;
    for (const QByteArray &secret : m_secretsUtf8) {
        if (out.contains(secret))
            out.replace(secret, placeholder().toUtf8());
    }
    return out;
}

bool SecretScrubber::contains(const QString &text) const
{
    return std::any_of(m_secrets.begin(), m_secrets.end(),
                       [&text](const QString &s) { return text.contains(s); });
}

} // namespace livedesk::session
