// The Flatpak manifest, checked as far as a machine without flatpak-builder can: it is valid
// JSON for the KDE runtime; the sandbox grants what a voice and camera app needs and nothing
// broader; every module's sources are pinned to a checksum or a commit, so a build can never
// pick up something other than what was reviewed; and LiveDesk itself is built last.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kAppId = QStringLiteral(LIVEDESK_APP_ID);

QJsonObject manifest()
{
    QFile file(QStringLiteral(LIVEDESK_SOURCE_DIR) + u"/packaging/flatpak/"_s + kAppId + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s at %d", qPrintable(file.fileName()), qPrintable(error.errorString()),
               error.offset);
    return document.object();
}

bool isHex(const QString &text, int length)
{
    static const QRegularExpression hex(u"^[0-9a-f]+$"_s);
    return text.size() == length && hex.match(text).hasMatch();
}

// Why a source is not pinned, or an empty string when it is.
QString unpinnedReason(const QJsonObject &source, bool isLiveDesk)
{
    const QString type = source.value(u"type").toString();
    if (type == u"archive" || type == u"file") {
        if (!source.value(u"url").toString().startsWith(u"https://"))
            return u"its URL is not https"_s;
        if (isHex(source.value(u"sha256").toString(), 64)
            || isHex(source.value(u"sha512").toString(), 128))
            return {};
        return u"it has no sha256 or sha512"_s;
    }
    if (type == u"git") {
        if (source.contains(u"branch"))
            return u"it follows a branch"_s;
        return isHex(source.value(u"commit").toString(), 40) ? QString()
                                                             : u"it has no full commit id"_s;
    }
    if (type == u"shell" || type == u"patch")
        return {};
    // The checkout being built: what flatpak-builder is pointed at is what is built.
    if (type == u"dir" && isLiveDesk)
        return {};
    return u"a %1 source cannot be pinned"_s.arg(type);
}

} // namespace

class tst_FlatpakManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void application_data();
    void application();
    void grants_data();
    void grants();
    void grantsNothingBroader_data();
    void grantsNothingBroader();
    void everySourceIsPinned_data();
    void everySourceIsPinned();
    void liveDeskIsBuiltLastFromThisCheckout();
};

void tst_FlatpakManifest::application_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the id is the application id") << u"id"_s << kAppId;
    QTest::newRow("it runs the GUI") << u"command"_s << u"livedesk"_s;
    QTest::newRow("on the KDE runtime, which has Qt 6") << u"runtime"_s << u"org.kde.Platform"_s;
    QTest::newRow("built with the KDE SDK") << u"sdk"_s << u"org.kde.Sdk"_s;
}

void tst_FlatpakManifest::application()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(manifest().value(key).toString(), expected);
}

void tst_FlatpakManifest::grants_data()
{
    QTest::addColumn<QString>("permission");
    QTest::newRow("the microphone and speakers, through PulseAudio") << u"--socket=pulseaudio"_s;
    QTest::newRow("the Gemini API, over the network") << u"--share=network"_s;
    QTest::newRow("cameras (V4L2 devices)") << u"--device=all"_s;
    QTest::newRow("a Wayland window") << u"--socket=wayland"_s;
    QTest::newRow("an X11 window where there is no Wayland") << u"--socket=fallback-x11"_s;
    QTest::newRow("GPU rendering for Qt Quick") << u"--device=dri"_s;
    QTest::newRow("the keychain, through the Secret Service")
            << u"--talk-name=org.freedesktop.secrets"_s;
}

void tst_FlatpakManifest::grants()
{
    QFETCH(QString, permission);
    const QJsonArray args = manifest().value(u"finish-args").toArray();
    QVERIFY2(args.contains(permission), qPrintable(permission + u" is not granted"_s));
}

void tst_FlatpakManifest::grantsNothingBroader_data()
{
    QTest::addColumn<QString>("permission");
    QTest::newRow("the whole file system") << u"--filesystem=host"_s;
    QTest::newRow("the home folder") << u"--filesystem=home"_s;
    QTest::newRow("the session bus") << u"--socket=session-bus"_s;
    QTest::newRow("the system bus") << u"--socket=system-bus"_s;
    QTest::newRow("plain X11 besides Wayland") << u"--socket=x11"_s;
}

void tst_FlatpakManifest::grantsNothingBroader()
{
    QFETCH(QString, permission);
    QVERIFY(!manifest().value(u"finish-args").toArray().contains(permission));
}

void tst_FlatpakManifest::everySourceIsPinned_data()
{
    QTest::addColumn<QJsonObject>("module");
    const QJsonArray modules = manifest().value(u"modules").toArray();
    QVERIFY(!modules.isEmpty());
    for (const QJsonValue &module : modules) {
        // Modules may be kept in files of their own; those are not pinned here.
        QVERIFY2(module.isObject(), "modules are written inline");
        const QString name = module.toObject().value(u"name").toString();
        QTest::addRow("the %s module", qPrintable(name)) << module.toObject();
    }
}

void tst_FlatpakManifest::everySourceIsPinned()
{
    QFETCH(QJsonObject, module);
    const QString name = module.value(u"name").toString();
    const QJsonArray sources = module.value(u"sources").toArray();
    QVERIFY2(!sources.isEmpty(), "it has no sources");
    for (const QJsonValue &source : sources) {
        const QString reason = unpinnedReason(source.toObject(), name == u"livedesk");
        QVERIFY2(reason.isEmpty(),
                 qPrintable(u"a source of %1 is not pinned: %2"_s.arg(name, reason)));
    }
    static const QSet<QString> buildSystems {u"autotools"_s, u"cmake"_s,  u"cmake-ninja"_s,
                                             u"meson"_s,     u"simple"_s, u"qmake"_s};
    QVERIFY(buildSystems.contains(module.value(u"buildsystem").toString(u"autotools"_s)));
    if (module.value(u"buildsystem").toString() == u"simple")
        QVERIFY(!module.value(u"build-commands").toArray().isEmpty());
}

void tst_FlatpakManifest::liveDeskIsBuiltLastFromThisCheckout()
{
    const QJsonArray modules = manifest().value(u"modules").toArray();
    QSet<QString> names;
    for (const QJsonValue &module : modules) {
        const QString name = module.toObject().value(u"name").toString();
        QVERIFY2(!names.contains(name), qPrintable(u"two modules named "_s + name));
        names.insert(name);
    }
    const QJsonObject last = modules.last().toObject();
    QCOMPARE(last.value(u"name").toString(), u"livedesk"_s);
    const QJsonObject source = last.value(u"sources").toArray().first().toObject();
    QCOMPARE(source.value(u"type").toString(), u"dir"_s);
    // packaging/flatpak/ → the repository root.
    QCOMPARE(source.value(u"path").toString(), u"../.."_s);
    // Tests and benchmarks are not shipped.
    const QJsonArray options = last.value(u"config-opts").toArray();
    QVERIFY(options.contains(u"-DLIVEDESK_BUILD_TESTS=OFF"_s));
    QVERIFY(options.contains(u"-DLIVEDESK_BUILD_BENCH=OFF"_s));
}

QTEST_GUILESS_MAIN(tst_FlatpakManifest)
#include "tst_flatpakmanifest.moc"
