// One secret (the Gemini API key, a Vertex credential) in the operating system's keychain
// through QtKeychain: Secret Service on Linux, the Keychain on macOS, the Credential Manager on
// Windows. The secret is never written anywhere else: when no keychain works (a build without
// QtKeychain, no Secret Service running, access refused), a secret the user enters is kept in
// memory for this run only, and status() says so.
//
// QML sees the status, whether there is a secret, and a masked form (the last four characters);
// never the secret itself. The controller reads secret() when it connects.
#pragma once

#include <QObject>
#include <QString>

namespace livedesk::app {

enum class KeychainUse {
    Unspecified, // = Keychain
    Keychain, // the platform keychain when the build has QtKeychain
    Off, // never touch a keychain: keep secrets for this run only
};

class SecretStore : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool hasSecret READ hasSecret NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY statusChanged)
    Q_PROPERTY(QString maskedSecret READ maskedSecret NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)

public:
    enum class Status {
        Unknown, // load() has not run
        Loading,
        Saving,
        Missing, // the keychain works and holds no secret
        Stored, // in the keychain
        SessionOnly, // kept in memory for this run: no keychain works
        Unavailable, // no keychain works and no secret was entered
    };
    Q_ENUM(Status)

    // `service` and `account` name the keychain entry.
    SecretStore(const QString &service, const QString &account,
                KeychainUse use = KeychainUse::Keychain, QObject *parent = nullptr);
    ~SecretStore() override;

    // Whether this build can use a keychain at all (LIVEDESK_HAVE_KEYCHAIN).
    static bool keychainBuiltIn();

    // Reads the entry; loaded() follows, also when there is none or the keychain fails.
    void load();
    // Saves the secret (surrounding spaces removed); stored() says where it went.
    Q_INVOKABLE void store(const QString &secret);
    // Removes the secret from memory and from the keychain.
    Q_INVOKABLE void clear();

    QString secret() const { return m_secret; }
    Status status() const { return m_status; }
    bool hasSecret() const { return !m_secret.isEmpty(); }
    bool isBusy() const { return m_status == Status::Loading || m_status == Status::Saving; }
    QString maskedSecret() const;
    QString statusText() const;
    // The keychain's own words for the last failure (for a details line); empty when none.
    QString lastError() const { return m_lastError; }
    // statusText() is translated: call after a language change.
    void retranslate() { Q_EMIT statusChanged(); }

Q_SIGNALS:
    void statusChanged();
    void loaded();
    void stored(bool inKeychain);
    void cleared();

private:
    void setStatus(Status status);
    void keychainFailed(const QString &error);

    QString m_service;
    QString m_account;
    KeychainUse m_use;
    QString m_secret;
    QString m_lastError;
    Status m_status = Status::Unknown;
    bool m_keychainWorks = true; // until a job says otherwise
};

} // namespace livedesk::app
