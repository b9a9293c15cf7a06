#include "tools/secrets.h"

using namespace Qt::StringLiterals;

namespace livedesk::tools {

QProcessEnvironment childProcessEnvironment(const QProcessEnvironment &base,
                                            const SecretScrubber &scrubber,
                                            const QMap<QString, QString> &explicitVariables)
{
    QProcessEnvironment env = base;
    for (const QString &name : SecretScrubber::secretVariableNames())
        env.remove(name);
    const QStringList names = env.keys();
    for (const QString &name : names) {
        if (scrubber.contains(env.value(name)))
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
