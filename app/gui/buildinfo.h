// What this build of LiveDesk is made of: its version, the libraries it uses with their versions
// and licences, and which optional features were built in (the LIVEDESK_HAVE_* flags). The About
// dialog shows it; `livedesk --version` prints versionReport().
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

namespace livedesk::app {

struct LibraryInfo
{
    QString name;
    QString version; // empty when the build does not know it
    QString licence; // SPDX identifier
    QString purpose; // translated
    QString url;
    bool linked = true; // false: optional and not in this build
};

struct FeatureInfo
{
    QString flag; // "LIVEDESK_HAVE_WEBRTC_APM"
    QString description; // translated
    bool available = false;
};

QString applicationVersion();
QList<LibraryInfo> libraries();
QList<FeatureInfo> features();
// Plain text, one line per library and feature (untranslated: it goes to terminals and bug
// reports).
QString versionReport();

class BuildInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QVariantList libraries READ libraryList NOTIFY retranslated)
    Q_PROPERTY(QVariantList features READ featureList NOTIFY retranslated)

public:
    explicit BuildInfo(QObject *parent = nullptr);

    QString version() const { return applicationVersion(); }
    QVariantList libraryList() const;
    QVariantList featureList() const;
    Q_INVOKABLE QString report() const { return versionReport(); }

    // The descriptions are translated: call after the language changed.
    void retranslate() { Q_EMIT retranslated(); }

Q_SIGNALS:
    void retranslated();
};

} // namespace livedesk::app
