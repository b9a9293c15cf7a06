// The files that describe LiveDesk to each platform — the desktop entry, the AppStream metainfo,
// the macOS Info.plist and entitlements, the Debian copyright file — agree with each other and
// with the project: one application id, the current version, the licence, the programs that are
// installed, and the privacy strings macOS needs before it lets the app near a microphone.
#include <QFile>
#include <QHash>
#include <QTest>
#include <QVersionNumber>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString kAppId = QStringLiteral(LIVEDESK_APP_ID);

QByteArray readSource(const QString &relativePath)
{
    QFile file(QStringLiteral(LIVEDESK_SOURCE_DIR) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    return file.readAll();
}

// The [Desktop Entry] group as key → value.
QHash<QString, QString> readDesktopEntry()
{
    QHash<QString, QString> entry;
    bool inGroup = false;
    const auto lines = QString::fromUtf8(readSource(u"resources/"_s + kAppId + u".desktop"_s))
                               .split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'['))
            inGroup = line == u"[Desktop Entry]";
        else if (inGroup && line.contains(u'='))
            entry.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return entry;
}

// A plist's top-level dict as key → value text ("true"/"false" for booleans).
QHash<QString, QString> plistDict(const QByteArray &xml, QString *error)
{
    QHash<QString, QString> dict;
    QXmlStreamReader reader(xml);
    QString key;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        if (name == u"plist" || name == u"dict")
            continue;
        if (name == u"key")
            key = reader.readElementText();
        else if (name == u"true" || name == u"false")
            dict.insert(key, name.toString());
        else
            dict.insert(key, reader.readElementText());
    }
    if (reader.hasError())
        *error = reader.errorString();
    return dict;
}

struct Metainfo
{
    QString id;
    QString launchable;
    QString projectLicense;
    QStringList binaries;
    QStringList releaseVersions;
    QString error;
};

Metainfo readMetainfo()
{
    Metainfo info;
    QXmlStreamReader reader(readSource(u"resources/"_s + kAppId + u".metainfo.xml"_s));
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        if (name == u"id")
            info.id = reader.readElementText();
        else if (name == u"launchable")
            info.launchable = reader.readElementText();
        else if (name == u"project_license")
            info.projectLicense = reader.readElementText();
        else if (name == u"binary")
            info.binaries.append(reader.readElementText());
        else if (name == u"release")
            info.releaseVersions.append(reader.attributes().value(u"version"_s).toString());
    }
    if (reader.hasError())
        info.error = reader.errorString();
    return info;
}

} // namespace

class tst_AppMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntry_data();
    void desktopEntry();
    void metainfo_data();
    void metainfo();
    void newestReleaseIsTheProjectVersion();
    void macosInfoPlist_data();
    void macosInfoPlist();
    void macosEntitlements_data();
    void macosEntitlements();
    void debianCopyright();
};

void tst_AppMetadata::desktopEntry_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the icon is named after the application id") << u"Icon"_s << kAppId;
    QTest::newRow("it starts the installed GUI") << u"Exec"_s << u"livedesk"_s;
    QTest::newRow("it is an application") << u"Type"_s << u"Application"_s;
    QTest::newRow("the window is matched by its X11 class") << u"StartupWMClass"_s << u"livedesk"_s;
}

void tst_AppMetadata::desktopEntry()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const auto entry = readDesktopEntry();
    QVERIFY2(entry.contains(key), qPrintable(key + u" is missing"_s));
    // Exec may carry field codes after the program.
    QCOMPARE(key == u"Exec" ? entry.value(key).section(u' ', 0, 0) : entry.value(key), expected);
}

void tst_AppMetadata::metainfo_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    const Metainfo info = readMetainfo();
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QTest::newRow("the component id is the application id") << u"id"_s << info.id << kAppId;
    QTest::newRow("it launches the desktop entry")
            << u"launchable"_s << info.launchable << kAppId + u".desktop"_s;
    QTest::newRow("the licence is the one the packages declare")
            << u"project_license"_s << info.projectLicense << QStringLiteral(LIVEDESK_LICENSE_SPDX);
    for (const QString &program : {u"livedesk"_s, u"livedesk-cli"_s, u"livedesk-sim"_s}) {
        QTest::addRow("it provides %s", qPrintable(program))
                << u"binary"_s << (info.binaries.contains(program) ? program : QString())
                << program;
    }
}

void tst_AppMetadata::metainfo()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void tst_AppMetadata::newestReleaseIsTheProjectVersion()
{
    const Metainfo info = readMetainfo();
    QVERIFY(!info.releaseVersions.isEmpty());
    // AppStream lists releases newest first; software centres show the first one.
    QVersionNumber newest;
    for (const QString &version : info.releaseVersions)
        newest = qMax(newest, QVersionNumber::fromString(version));
    QCOMPARE(info.releaseVersions.constFirst(), newest.toString());
    QCOMPARE(info.releaseVersions.constFirst(), QStringLiteral(LIVEDESK_PROJECT_VERSION));
}

void tst_AppMetadata::macosInfoPlist_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the bundle id comes from the target")
            << u"CFBundleIdentifier"_s << u"${MACOSX_BUNDLE_GUI_IDENTIFIER}"_s;
    QTest::newRow("the executable comes from the target")
            << u"CFBundleExecutable"_s << u"${MACOSX_BUNDLE_EXECUTABLE_NAME}"_s;
    QTest::newRow("the icon comes from the target")
            << u"CFBundleIconFile"_s << u"${MACOSX_BUNDLE_ICON_FILE}"_s;
    // Without these macOS ends the app when it opens the microphone or the camera.
    QTest::newRow("it says why it needs the microphone")
            << u"NSMicrophoneUsageDescription"_s << QString();
    QTest::newRow("it says why it needs the camera") << u"NSCameraUsageDescription"_s << QString();
    QTest::newRow("it draws sharply on Retina screens")
            << u"NSHighResolutionCapable"_s << u"true"_s;
}

void tst_AppMetadata::macosInfoPlist()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QString error;
    const auto dict = plistDict(readSource(u"packaging/macos/Info.plist.in"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(dict.contains(key), qPrintable(key + u" is missing"_s));
    if (expected.isEmpty())
        QVERIFY2(dict.value(key).size() > 40, qPrintable(key + u" says too little"_s));
    else
        QCOMPARE(dict.value(key), expected);
}

void tst_AppMetadata::macosEntitlements_data()
{
    QTest::addColumn<QString>("entitlement");
    QTest::newRow("the hardened runtime may use the microphone")
            << u"com.apple.security.device.audio-input"_s;
    QTest::newRow("the hardened runtime may use the camera")
            << u"com.apple.security.device.camera"_s;
}

void tst_AppMetadata::macosEntitlements()
{
    QFETCH(QString, entitlement);
    QString error;
    const auto dict = plistDict(readSource(u"packaging/macos/entitlements.plist"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(dict.value(entitlement), u"true"_s);
}

void tst_AppMetadata::debianCopyright()
{
    const QString copyright = QString::fromUtf8(readSource(u"packaging/linux/copyright"_s));
    QVERIFY(copyright.startsWith(
            u"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"_s));
    const QString licence = QStringLiteral(LIVEDESK_LICENSE_SPDX);
    QVERIFY(copyright.contains(u"\nFiles: *\n"_s));
    QVERIFY(copyright.contains(u"\nLicense: "_s + licence + u'\n'));
    // A stand-alone License paragraph with the text (or where Debian keeps it).
    QVERIFY(copyright.contains(u"\n\nLicense: "_s + licence + u"\n "_s));
    QVERIFY(copyright.contains(u"/usr/share/common-licenses/GPL-3"_s));
}

QTEST_GUILESS_MAIN(tst_AppMetadata)
#include "tst_appmetadata.moc"
