#include "session/protocol/secretscrubber.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace livedesk::protocol {

QString SecretScrubber::placeholder()
{
    return u"[redacted]"_s;
}

QStringList SecretScrubber::secretVariableNames()
{
    return {u"GEMINI_API_KEY"_s,           u"GOOGLE_API_KEY"_s,
            u"GOOGLE_GENAI_API_KEY"_s,     u"LIVEDESK_API_KEY"_s,
            u"LIVEDESK_EPHEMERAL_TOKEN"_s, u"GOOGLE_APPLICATION_CREDENTIALS"_s,
            u"GOOGLE_CLOUD_ACCESS_TOKEN"_s};
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

void SecretScrubber::addEnvironment(const QProcessEnvironment &environment)
{
    for (const QString &name : secretVariableNames()) {
        if (environment.contains(name))
            add(environment.value(name));
    }
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

QJsonValue SecretScrubber::scrub(const QJsonValue &value) const
{
    if (m_secrets.isEmpty())
        return value;
    switch (value.type()) {
    case QJsonValue::String:
        return scrub(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(scrub(item));
        return out;
    }
    case QJsonValue::Object:
        return scrub(value.toObject());
    default:
        return value;
    }
}

QJsonObject SecretScrubber::scrub(const QJsonObject &object) const
{
    if (m_secrets.isEmpty())
        return object;
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(scrub(it.key()), scrub(it.value()));
    return out;
}

bool SecretScrubber::contains(QStringView text) const
{
    return std::any_of(m_secrets.begin(), m_secrets.end(),
                       [text](const QString &s) { return text.contains(s); });
}

} // namespace livedesk::protocol
