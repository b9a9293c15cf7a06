#include "app/gui/secretstore.h"

#include "app/logging.h"

#if LIVEDESK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace livedesk::app {

SecretStore::SecretStore(const QString &service, const QString &account, KeychainUse use,
                         QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_account(account)
    , m_use(use == KeychainUse::Unspecified ? KeychainUse::Keychain : use)
{
    if (m_use == KeychainUse::Off || !keychainBuiltIn())
        m_keychainWorks = false;
}

SecretStore::~SecretStore() = default;

bool SecretStore::keychainBuiltIn()
{
    return LIVEDESK_HAVE_KEYCHAIN;
}

void SecretStore::setStatus(Status status)
{
    // Also emitted for an unchanged status: the secret or the error may have changed.
    m_status = status;
    Q_EMIT statusChanged();
}

void SecretStore::keychainFailed(const QString &error)
{
    // Never the secret: the keychain's error text does not contain it.
    qCWarning(lcApp).noquote() << "keychain unavailable for" << m_account << "-" << error;
    m_lastError = error;
    m_keychainWorks = false;
}

void SecretStore::load()
{
    if (!m_keychainWorks) {
        setStatus(hasSecret() ? Status::SessionOnly : Status::Unavailable);
        Q_EMIT loaded();
        return;
    }
#if LIVEDESK_HAVE_KEYCHAIN
    setStatus(Status::Loading);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(m_account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        switch (job->error()) {
        case QKeychain::NoError:
            m_secret = job->textData();
            m_lastError.clear();
            setStatus(m_secret.isEmpty() ? Status::Missing : Status::Stored);
            break;
        case QKeychain::EntryNotFound:
            m_lastError.clear();
            setStatus(Status::Missing);
            break;
        default:
            keychainFailed(job->errorString());
            setStatus(hasSecret() ? Status::SessionOnly : Status::Unavailable);
            break;
        }
        Q_EMIT loaded();
    });
    job->start();
#endif
}

void SecretStore::store(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.isEmpty()) {
        clear();
        return;
    }
    m_secret = trimmed;
    if (!m_keychainWorks) {
        setStatus(Status::SessionOnly);
        Q_EMIT stored(false);
        return;
    }
#if LIVEDESK_HAVE_KEYCHAIN
    setStatus(Status::Saving);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(m_account);
    job->setInsecureFallback(false);
    job->setTextData(trimmed);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            m_lastError.clear();
            setStatus(Status::Stored);
            Q_EMIT stored(true);
            return;
        }
        keychainFailed(job->errorString());
        setStatus(Status::SessionOnly);
        Q_EMIT stored(false);
    });
    job->start();
#endif
}

void SecretStore::clear()
{
    m_secret.clear();
    if (!m_keychainWorks) {
        setStatus(Status::Unavailable);
        Q_EMIT cleared();
        return;
    }
#if LIVEDESK_HAVE_KEYCHAIN
    setStatus(Status::Saving);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(m_account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            keychainFailed(job->errorString());
        setStatus(m_keychainWorks ? Status::Missing : Status::Unavailable);
        Q_EMIT cleared();
    });
    job->start();
#endif
}

QString SecretStore::maskedSecret() const
{
    if (m_secret.size() < 8)
        return m_secret.isEmpty() ? QString() : u"••••"_s;
    return u"••••••••"_s + m_secret.right(4);
}

QString SecretStore::statusText() const
{
    switch (m_status) {
    case Status::Unknown:
    case Status::Loading:
        return tr("Reading the keychain…");
    case Status::Saving:
        return tr("Saving to the keychain…");
    case Status::Missing:
        return tr("No key saved yet.");
    case Status::Stored:
        return tr("Saved in the system keychain.");
    case Status::SessionOnly:
        return tr("No keychain is available: the key is kept until you quit and is not saved.");
    case Status::Unavailable:
        return tr("No keychain is available: a key you enter is kept until you quit and is not "
                  "saved.");
    }
    return {};
}

} // namespace livedesk::app
