// The app's "hear the original quietly" (level in dB) and "send the original when there is no
// translation" (Settings → Audio): stored and read back as settings, and routed through the same
// PulseRoutes as livedesk-cli's --hear-original and --send-original, on the real PulseAudio of
// scripts/test-env.sh. What the streams carry is measured end to end in tst_translation_pulse_e2e;
// here the loopbacks' mute and volume, as PulseAudio reports them, follow the settings.
#include "app/gui/appsettings.h"
#include "app/gui/listensources.h"
#include "audio/audiotypes.h"
#include "tests/audio/pulsetestsupport.h"
#include "tests/audiotestmain.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace livedesk;
using namespace livedesk::audio::test;
using namespace Qt::StringLiterals;

namespace {

struct StreamState
{
    bool found = false;
    bool muted = false;
    double db = 0; // the first channel's
};

// The sink-input LiveDesk's loopback `mediaName` plays through, as PulseAudio reports it.
StreamState loopbackInput(const QString &mediaName)
{
    const QJsonArray inputs
            = QJsonDocument::fromJson(
                      pactl({u"-f"_s, u"json"_s, u"list"_s, u"sink-inputs"_s}).toUtf8())
                      .array();
    for (const auto &v : inputs) {
        const QJsonObject o = v.toObject();
        if (o.value(u"properties"_s).toObject().value(u"media.name"_s).toString() != mediaName)
            continue;
        const QJsonObject channels = o.value(u"volume"_s).toObject();
        if (channels.isEmpty())
            return {true, o.value(u"mute"_s).toBool(), double(NAN)};
        // PulseAudio's volume is cubic: PA_VOLUME_NORM (65536) is 0 dB.
        const double value = channels.begin()->toObject().value(u"value"_s).toDouble();
        return {true, o.value(u"mute"_s).toBool(),
                60.0 * std::log10(std::max(value, 1.0) / 65536.0)};
    }
    return {};
}

QStringList liveDeskModules()
{
    QStringList out;
    for (const QString &line : pactl({u"list"_s, u"short"_s, u"modules"_s}).split(u'\n')) {
        if (line.contains(u"livedesk.pid="_s))
            out << line;
    }
    return out;
}

} // namespace

class tst_ListenRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsAreKeptAndRead_data();
    void settingsAreKeptAndRead();
    void outOfRangeLevelIsRefused_data();
    void outOfRangeLevelIsRefused();
    void routingFollowsTheSettings();

private:
    QTemporaryDir m_dir;
};

void tst_ListenRouting::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_ListenRouting::settingsAreKeptAndRead_data()
{
    QTest::addColumn<bool>("hear");
    QTest::addColumn<QVariant>("levelDb"); // invalid: left at its default
    QTest::addColumn<bool>("send");
    QTest::addColumn<double>("expectedDb"); // NaN: not heard

    QTest::newRow("off by default") << false << QVariant() << false << double(NAN);
    QTest::newRow("heard at the default -22 dB") << true << QVariant() << false << -22.0;
    QTest::newRow("heard at -35 dB and sent") << true << QVariant(-35.0) << true << -35.0;
    QTest::newRow("a level kept while not heard")
            << false << QVariant(-10.0) << true << double(NAN);
}

void tst_ListenRouting::settingsAreKeptAndRead()
{
    QFETCH(bool, hear);
    QFETCH(QVariant, levelDb);
    QFETCH(bool, send);
    QFETCH(double, expectedDb);
    const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".ini"_s);
    {
        app::AppSettings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(settings.setValue(u"translation/listen"_s, u"system"_s), QString());
        QCOMPARE(settings.setValue(u"translation/hearOriginal"_s, hear), QString());
        if (levelDb.isValid())
            QCOMPARE(settings.setValue(u"translation/originalDb"_s, levelDb), QString());
        QCOMPARE(settings.setValue(u"translation/sendOriginal"_s, send), QString());
    }
    // What the next start reads.
    const app::AppSettings again(std::make_unique<QSettings>(file, QSettings::IniFormat));
    const app::ListenRouting routing = app::ListenRouting::fromSettings(again);
    QCOMPARE(routing.sourceId, u"system"_s);
    QCOMPARE(routing.hearOriginalDb.has_value(), !std::isnan(expectedDb));
    if (routing.hearOriginalDb)
        QCOMPARE(*routing.hearOriginalDb, expectedDb);
    QCOMPARE(routing.sendOriginal, send);
}

void tst_ListenRouting::outOfRangeLevelIsRefused_data()
{
    QTest::addColumn<QVariant>("levelDb");
    QTest::newRow("louder than the original") << QVariant(6.0);
    QTest::newRow("below -60 dB") << QVariant(-90.0);
    QTest::newRow("not a number") << QVariant(u"quiet"_s);
}

void tst_ListenRouting::outOfRangeLevelIsRefused()
{
    QFETCH(QVariant, levelDb);
    app::AppSettings settings(
            std::make_unique<QSettings>(m_dir.filePath(u"refused.ini"_s), QSettings::IniFormat));
    const QString error = settings.setValue(u"translation/originalDb"_s, levelDb);
    QVERIFY2(!error.isEmpty(), "the level was accepted");
    QCOMPARE(settings.number(u"translation/originalDb"_s), -22.0);
}

void tst_ListenRouting::routingFollowsTheSettings()
{
    QVERIFY2(pulseReady(), kNoPulse);
    app::AppSettings settings(
            std::make_unique<QSettings>(m_dir.filePath(u"routing.ini"_s), QSettings::IniFormat));
    QCOMPARE(settings.setValue(u"translation/listen"_s, u"system"_s), QString());
    QCOMPARE(settings.setValue(u"translation/virtualMicrophone"_s, true), QString());
    QCOMPARE(settings.setValue(u"translation/hearOriginal"_s, true), QString());
    QCOMPARE(settings.setValue(u"translation/originalDb"_s, -30.0), QString());
    QCOMPARE(settings.setValue(u"translation/sendOriginal"_s, true), QString());

    app::ListenSourceModel sources(app::ListenSourceModel::Watch::Off);
    audio::AudioEngineSettings engine;
    QString error;
    QVERIFY2(sources.route(app::ListenRouting::fromSettings(settings), engine, &error),
             qPrintable(error));
    QCOMPARE(engine.inputDeviceId, QByteArray(app::PulseRoutes::kListenSource));
    QCOMPARE(engine.outputDeviceId, QByteArray(app::PulseRoutes::kVirtualMicSink));

    const StreamState heard = loopbackInput(u"LiveDesk: the original"_s);
    QVERIFY(heard.found);
    QVERIFY(!heard.muted);
    QVERIFY2(std::abs(heard.db - -30.0) < 0.1, qPrintable(QString::number(heard.db)));
    StreamState sent = loopbackInput(u"LiveDesk: original to the call"_s);
    QVERIFY(sent.found);
    QVERIFY(!sent.muted);
    QVERIFY2(std::abs(sent.db) < 0.1, qPrintable(QString::number(sent.db)));

    // While the translation plays (the app follows the model speaking), the call hears it alone.
    sources.routes()->setTranslationPlaying(true);
    QTRY_VERIFY_WITH_TIMEOUT(loopbackInput(u"LiveDesk: original to the call"_s).muted, 5000);
    sources.routes()->setTranslationPlaying(false);
    QTRY_VERIFY_WITH_TIMEOUT(!loopbackInput(u"LiveDesk: original to the call"_s).muted, 5000);

    sources.release();
    QVERIFY2(liveDeskModules().isEmpty(), qPrintable(liveDeskModules().join(u'\n')));
}

LIVEDESK_AUDIO_TEST_MAIN(tst_ListenRouting)
#include "tst_listenrouting.moc"
