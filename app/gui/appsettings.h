// The desktop app's settings: QSettings underneath, the table in settingsschema.h on top, so
// nothing invalid is ever stored or read back (a bad value in the file reads as the default).
// Secrets are not settings: the API key lives in the OS keychain (secretstore.h), never here.
//
// QML reads a value with `settings.value(key)` in a binding that also names `settings.revision`
// (which changes with every write), and writes with `settings.setValue(key, value)`, which
// returns why a value was refused (empty when it was stored).
#pragma once

#include "app/conversationbridge.h"
#include "app/sessionconfig.h"
#include "audio/audiotypes.h"
#include "video/framepipeline.h"

#include <QObject>
#include <QSettings>
#include <QVariantMap>

#include <memory>

namespace livedesk::session {
class ModelCatalog;
}

namespace livedesk::app {

class AppSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    // Setting key → why buildSessionConfig() would change or drop it for the chosen model.
    Q_PROPERTY(QVariantMap capabilityWarnings READ capabilityWarnings NOTIFY changed)
    Q_PROPERTY(QString fileName READ fileName CONSTANT)

public:
    // `store` is owned; null uses the user's settings file (organisation and application name).
    explicit AppSettings(std::unique_ptr<QSettings> store = {}, QObject *parent = nullptr);
    ~AppSettings() override;

    // For capabilityWarnings; not owned, must outlive the settings.
    void setCatalog(const session::ModelCatalog *catalog);

    Q_INVOKABLE QVariant value(const QString &key) const;
    Q_INVOKABLE QString validate(const QString &key, const QVariant &value) const;
    // Stores the value, or returns why not (and stores nothing).
    Q_INVOKABLE QString setValue(const QString &key, const QVariant &value);
    Q_INVOKABLE void reset(const QString &key);
    Q_INVOKABLE QVariant defaultValue(const QString &key) const;
    Q_INVOKABLE QStringList choices(const QString &key) const;
    Q_INVOKABLE double minimum(const QString &key) const;
    Q_INVOKABLE double maximum(const QString &key) const;
    Q_INVOKABLE QString capabilityWarning(const QString &key) const;

    QString text(const QString &key) const { return value(key).toString(); }
    bool flag(const QString &key) const { return value(key).toBool(); }
    int integer(const QString &key) const { return value(key).toInt(); }
    double number(const QString &key) const { return value(key).toDouble(); }
    QStringList list(const QString &key) const { return value(key).toStringList(); }

    int revision() const { return m_revision; }
    QVariantMap capabilityWarnings() const;
    QString fileName() const { return m_store->fileName(); }
    // Stored values that are not used because they are invalid (edited by hand, written by
    // another version): their defaults apply. The file itself is left as it is.
    QStringList ignoredKeys() const;
    // One paragraph for the person, empty when all is well: the file could not be read at all,
    // or which settings were ignored.
    QString problemReport() const;
    void sync() { m_store->sync(); }

    // What the session, the engines and the toolbox get from these settings. Credentials are
    // not included: the controller adds them from the keychain.
    SessionSettings sessionSettings() const;
    protocol::RealtimeInputConfig realtimeInputConfig() const;
    audio::AudioEngineSettings audioSettings() const;
    video::VideoSettings videoSettings() const;
    protocol::MediaResolution mediaResolution() const;
    TalkMode talkMode() const;
    // The table's prices unless the user entered their own.
    session::Prices prices(const session::Prices &tablePrices) const;

Q_SIGNALS:
    void changed();
    void valueChanged(const QString &key);

private:
    std::unique_ptr<QSettings> m_store;
    const session::ModelCatalog *m_catalog = nullptr; // not owned
    int m_revision = 0;
    mutable QVariantMap m_warnings; // cache for m_warningsRevision
    mutable int m_warningsRevision = -1;
};

} // namespace livedesk::app
