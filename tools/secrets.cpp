#include "tools/secrets.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

void SecretScrubber::addSecret(const QString &secret)
{
    const QString value = secret.trimmed();
    if (value.size() < kMinimumSecretLength || m_secrets.contains(value))
        return;
    m_secrets.append(value);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void SecretScrubber::addSecretsFromEnvironment(const QProcessEnvironment &environment)
{
    for (const QString &name : secretVariableNames()) {
        if (environment.contains(name))
            addSecret(environment.value(name));
    }
}

bool SecretScrubber::containsSecret(QStringView text) const
{
    for (const QString &secret : m_secrets) {
        if (text.contains(secret))
            return true;
    }
    return false;
}

QString SecretScrubber::scrub(const QString &text) const
{
    if (m_secrets.isEmpty())
        return text;
    QString out = text;
    for (const QString &secret : m_secrets)
        out.replace(secret, kRedacted);
    return out;
}

QByteArray SecretScrubber::scrub(const QByteArray &utf8) const
{
    if (m_secrets.isEmpty())
        return utf8;
    QByteArray out = utf8;
    for (const QString &secret : m_secrets)
        out.replace(secret.toUtf8(), kRedacted.toUtf8());
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

QStringList SecretScrubber::secretVariableNames()
{
    return {u"GEMINI_API_KEY"_s,           u"GOOGLE_API_KEY"_s,
            u"GOOGLE_GENAI_API_KEY"_s,     u"LIVEDESK_API_KEY"_s,
            u"LIVEDESK_EPHEMERAL_TOKEN"_s, u"GOOGLE_APPLICATION_CREDENTIALS"_s,
            u"GOOGLE_CLOUD_ACCESS_TOKEN"_s};
}

QProcessEnvironment childProcessEnvironment(const QProcessEnvironment &base,
                                            const SecretScrubber &scrubber,
                                            const QMap<QString, QString> &explicitVariables)
{
    QProcessEnvironment env = base;
    for (const QString &name : SecretScrubber::secretVariableNames())
        env.remove(name);
    const QStringList names = env.keys();
    for (const QString &name : names) {
        if (scrubber.containsSecret(env.value(name)))
            env.remove(name);
    }
    for (auto it = explicitVariables.begin(); it != explicitVariables.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

bool looksLikeCredentialName(QStringView name)
{
    const QString upper = name.toString().toUpper();
    for (QLatin1StringView word : {"KEY"_L1, "TOKEN"_L1, "SECRET"_L1, "PASSWORD"_L1, "PASSWD"_L1,
                                   "AUTHORIZATION"_L1, "CREDENTIAL"_L1, "COOKIE"_L1}) {
        if (upper.contains(word))
            return true;
    }
    return false;
}

} // namespace livedesk::tools
