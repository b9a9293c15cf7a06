// The desktop app's settings: values that make no sense are refused with a message and leave the
// stored value alone; the API key goes to the keychain through QtKeychain and never into the
// settings file; where no keychain service runs (as here, and in CI) the app says so plainly and
// keeps the key for this run only. Without a stored key the app takes GOOGLE_API_KEY or
// GEMINI_API_KEY (the official SDKs' order) and writes it nowhere: settings, keychain, logs.
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/secretstore.h"
#include "app/gui/uilanguage.h"
#include "simulator/simulator.h"
#include "tests/audiotestmain.h"

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"AIzaSyTESTKEY-0123456789abcdefghijklmnop"_s;

// Every file under `dir` that contains `needle`.
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8()))
            found << f.fileName();
    }
    return found;
}

// Every message logged while a LogCapture lives, passed on to the previous handler too.
class LogCapture
{
public:
    LogCapture()
    {
        s_instance = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_instance = nullptr;
    }
    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_text;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (!s_instance)
            return;
        {
            QMutexLocker lock(&s_instance->m_mutex);
            s_instance->m_text += message + u'\n';
        }
        s_instance->m_previous(type, context, message);
    }

    static inline LogCapture *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QString m_text;
};

} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void accepted_data();
    void accepted();
    void configFiles_data();
    void configFiles();
    void keyNeverInSettingsFile();
    void environmentKeyIsUsedNotStored_data();
    void environmentKeyIsUsedNotStored();
    void noKeychainServiceSaysSo();
    void ignoredSettingsAreNamed();
    void aDamagedHistoryIsMovedAsideOnRequest();
    void languageSwitchRetranslatesBannerAndNotes();
    void numbersUseTheTranslationsDigits_data();
    void numbersUseTheTranslationsDigits();

private:
    QTemporaryDir m_home; // XDG folders of this test: nothing reaches the user's own
};

void tst_Settings::initTestCase()
{
    QVERIFY(m_home.isValid());
    // No Secret Service on this bus: the keychain cannot work, as on a CI machine.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArray("unix:path=" + m_home.filePath(u"no-bus"_s).toUtf8()));
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    // Whatever would reach a default QSettings file (a keychain's plain-text fallback) lands
    // here, where the test looks for the key.
    for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, m_home.filePath(u"config"_s));
}

void tst_Settings::refused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("mentions"); // a word the message must contain

    QTest::newRow("a speech rate above twice as fast")
            << u"audio/speechRate"_s << QVariant(3.5) << u"2"_s;
    QTest::newRow("a JPEG quality below 10") << u"video/jpegQuality"_s << QVariant(3) << u"10"_s;
    QTest::newRow("a silence of a minute")
            << u"vad/silenceDurationMs"_s << QVariant(60000) << u"0 to"_s;
    QTest::newRow("a backend that does not exist")
            << u"backend"_s << QVariant(u"openai"_s) << u"openai"_s;
    QTest::newRow("a token server that is not a web address")
            << u"tokenServer/url"_s << QVariant(u"ftp://tokens.example"_s) << u"URL"_s;
    QTest::newRow("a voice nobody has") << u"voice"_s << QVariant(u"Darth"_s) << u"Darth"_s;
    QTest::newRow("an interface language without a translation")
            << u"ui/language"_s << QVariant(u"tlh"_s) << u"tlh"_s;
    QTest::newRow("text that is not a number for a number")
            << u"video/maxFps"_s << QVariant(u"fast"_s) << QString();
}

void tst_Settings::refused()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, mentions);

    QTemporaryDir dir;
    app::AppSettings settings(
            std::make_unique<QSettings>(dir.filePath(u"s.ini"_s), QSettings::IniFormat));
    const QVariant before = settings.value(key);
    QSignalSpy changed(&settings, &app::AppSettings::valueChanged);
    const QString checked = settings.validate(key, value);
    const QString error = settings.setValue(key, value);
    QVERIFY2(!error.isEmpty(), "the value was accepted");
    QCOMPARE(checked, error); // what the field shows while typing is what refusing says
    if (!mentions.isEmpty())
        QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(settings.value(key), before);
    QCOMPARE(changed.size(), 0);
}

void tst_Settings::accepted_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("a speech rate a little faster") << u"audio/speechRate"_s << QVariant(1.25);
    QTest::newRow("a Vertex AI location") << u"vertex/location"_s << QVariant(u"europe-west4"_s);
    QTest::newRow("German for the interface") << u"ui/language"_s << QVariant(u"de"_s);
}

void tst_Settings::accepted()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"s.ini"_s);
    {
        app::AppSettings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(settings.setValue(key, value), QString());
    }
    app::AppSettings again(std::make_unique<QSettings>(file, QSettings::IniFormat));
    QCOMPARE(again.value(key).toString(), value.toString());
}

void tst_Settings::configFiles_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions"); // empty: accepted

    const QString tools = u"tools/file"_s;
    const QString mcp = u"tools/mcpConfig"_s;
    QTest::newRow("a tools file")
            << tools
            << QByteArray(R"({"tools": [{"name": "a", "command": {"program": "/bin/true"}}]})")
            << QString();
    // A missing comma on the third line: where the parser stopped (in "command", column 19),
    // not a byte offset.
    QTest::newRow("a tools file with a syntax error")
            << tools
            << QByteArray("{\n  \"tools\": [\n    {\"name\": \"a\" \"command\": {}}\n  ]\n}\n")
            << u"line 3, column 19"_s;
    QTest::newRow("a tools file with a tool the parser refuses")
            << tools << QByteArray(R"({"tools": [{"name": "a"}]})")
            << u"tools[0]: give exactly one of"_s;
    QTest::newRow("a tools file that is not an object")
            << tools << QByteArray("[1, 2]") << u"\"tools\" list"_s;
    QTest::newRow("an MCP configuration")
            << mcp << QByteArray(R"({"mcpServers": {"fs": {"command": "/bin/true"}}})")
            << QString();
    QTest::newRow("an MCP configuration cut short")
            << mcp << QByteArray("{\"mcpServers\": {\n  \"fs\": {\"command\": \"/bin/true\"")
            << u"line 2, column"_s;
    QTest::newRow("an MCP configuration without servers")
            << mcp << QByteArray(R"({"servers": 3})") << u"mcpServers"_s;
    QTest::newRow("an MCP server that is not an object")
            << mcp << QByteArray(R"({"mcpServers": {"fs": "npx"}})") << u"fs"_s;
    // Columns count characters: "ü" is one.
    QTest::newRow("a syntax error after a non-ASCII character")
            << mcp << QByteArray("{\"mcpServers\": {\"f\xc3\xbc\": x}}") << u"line 1, column 23"_s;
}

void tst_Settings::configFiles()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    app::AppSettings settings(
            std::make_unique<QSettings>(dir.filePath(u"s.ini"_s), QSettings::IniFormat));
    const QString error = settings.setValue(key, path);
    if (mentions.isEmpty()) {
        QCOMPARE(error, QString());
        QCOMPARE(settings.value(key).toString(), path);
        return;
    }
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(u"config.json"_s), qPrintable(error)); // names the file
    QCOMPARE(settings.value(key).toString(), QString()); // the bad file's path is not stored
}

void tst_Settings::keyNeverInSettingsFile()
{
    // The controller as the app builds it, with the platform keychain asked for.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"livedesk.ini"_s);
    app::AppControllerOptions options;
    options.settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    options.keychain = app::KeychainUse::Keychain;
    options.historyPath = dir.filePath(u"history.sqlite"_s);
    options.modesPath = dir.filePath(u"modes.json"_s);
    app::AppController controller(std::move(options));
    // No Secret Service on this test's bus (initTestCase): both secrets say so once, on loading.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^keychain unavailable for gemini-api-key - "_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^keychain unavailable for vertex-credential - "_s));
    controller.initialize();
    app::SecretStore *key = controller.apiKey();
    QTRY_VERIFY_WITH_TIMEOUT(!key->isBusy(), 10000);
    QSignalSpy stored(key, &app::SecretStore::stored);
    key->store(u"  "_s + kKey + u"\n"_s);
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
    QCOMPARE(key->secret(), kKey);
    QVERIFY(key->maskedSecret().endsWith(kKey.right(4)));
    QVERIFY(!key->maskedSecret().contains(kKey.left(10)));
    QVERIFY(!controller.needsCredentials());
    // Every setting written, the file flushed: the key is in none of this test's files.
    QCOMPARE(controller.settings()->setValue(u"backend"_s, u"gemini"_s), QString());
    controller.settings()->sync();
    QVERIFY(QFile::exists(file));
    QCOMPARE(filesContaining(dir.path(), kKey), QStringList());
    QCOMPARE(filesContaining(m_home.path(), kKey), QStringList());
}

void tst_Settings::environmentKeyIsUsedNotStored_data()
{
    QTest::addColumn<QByteArray>("google");
    QTest::addColumn<QByteArray>("gemini");
    QTest::addColumn<QString>("used");
    const QByteArray other = "AIzaSyOTHERKEY-9876543210zyxwvutsrqponmlk";
    QTest::newRow("GEMINI_API_KEY") << QByteArray() << kKey.toUtf8() << kKey;
    QTest::newRow("GOOGLE_API_KEY") << kKey.toUtf8() << QByteArray() << kKey;
    // As @google/genai's getApiKeyFromEnv(): GOOGLE_API_KEY wins.
    QTest::newRow("both") << kKey.toUtf8() << other << kKey;
}

void tst_Settings::environmentKeyIsUsedNotStored()
{
    QFETCH(QByteArray, google);
    QFETCH(QByteArray, gemini);
    QFETCH(QString, used);
    const auto setEnv = [](const char *name, const QByteArray &value) {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    setEnv("GOOGLE_API_KEY", google);
    setEnv("GEMINI_API_KEY", gemini);
    const auto restore = qScopeGuard([] {
        qunsetenv("GOOGLE_API_KEY");
        qunsetenv("GEMINI_API_KEY");
    });
    LogCapture log;

    // A server that takes only the expected key: a conversation that goes live was opened
    // with it.
    sim::SimulatorOptions simOptions;
    simOptions.apiKey = used;
    sim::Simulator simulator(simOptions);
    QVERIFY(simulator.start());

    QTemporaryDir dir;
    const QString file = dir.filePath(u"livedesk.ini"_s);
    app::AppControllerOptions options;
    options.settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    options.keychain = app::KeychainUse::Keychain; // no service here: the session-only fallback
    options.historyPath = dir.filePath(u"history.sqlite"_s);
    options.modesPath = dir.filePath(u"modes.json"_s);
    auto controller = std::make_unique<app::AppController>(std::move(options));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^keychain unavailable for gemini-api-key - "_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^keychain unavailable for vertex-credential - "_s));
    controller->initialize();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->apiKey()->isBusy(), 10000);
    QCOMPARE(controller->settings()->setValue(u"backend"_s, u"gemini"_s), QString());
    QVERIFY(!controller->needsCredentials());
    QVERIFY(!controller->apiKey()->hasSecret()); // used, not stored

    QCOMPARE(controller->settings()->setValue(u"backend"_s, u"custom"_s), QString());
    QCOMPARE(controller->settings()->setValue(u"custom/url"_s, simulator.url().toString()),
             QString());
    QCOMPARE(controller->settings()->setValue(u"talkMode"_s, u"push-to-talk"_s), QString());
    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(controller->conversation()->state()
                                             == app::AppController::SessionState::Live
                                     || controller->conversation()->state()
                                                == app::AppController::SessionState::Failed,
                             15000);
    QVERIFY2(controller->conversation()->state() == app::AppController::SessionState::Live,
             qPrintable(controller->messages()->errorText()));
    QVERIFY(controller->sendText(u"Hello"_s));
    QTRY_VERIFY_WITH_TIMEOUT(controller->session()->stats().turnsCompleted >= 1, 20000);
    controller->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->conversation()->isActive(), 10000);
    controller->settings()->sync();
    controller.reset();

    QVERIFY(QFile::exists(file));
    QCOMPARE(filesContaining(dir.path(), kKey), QStringList());
    QCOMPARE(filesContaining(m_home.path(), kKey), QStringList());
    const QString logged = log.text();
    QVERIFY(logged.contains(u"from the environment is used"_s));
    QVERIFY(!logged.contains(kKey));
    QVERIFY(!logged.contains(kKey.left(12)));
}

void tst_Settings::noKeychainServiceSaysSo()
{
    app::SecretStore store(u"io.github.livedesk.LiveDesk.test"_s, u"gemini-api-key"_s,
                           app::KeychainUse::Keychain);
    // Said on loading and on storing; the next run's store stays quiet, having nothing to load.
    for (int i = 0; i < 2; ++i)
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^keychain unavailable for gemini-api-key - "_s));
    QSignalSpy loaded(&store, &app::SecretStore::loaded);
    store.load();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QCOMPARE(store.status(), app::SecretStore::Status::Unavailable);
    QVERIFY2(store.statusText().contains(u"No keychain is available"_s),
             qPrintable(store.statusText()));
    QSignalSpy stored(&store, &app::SecretStore::stored);
    store.store(kKey);
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
    QCOMPARE(stored.first().first().toBool(), false); // not in a keychain
    QCOMPARE(store.status(), app::SecretStore::Status::SessionOnly);
    QVERIFY2(store.statusText().contains(u"until you quit"_s), qPrintable(store.statusText()));
    QCOMPARE(store.secret(), kKey); // usable for this run
    // The next run knows nothing of it.
    app::SecretStore nextRun(u"io.github.livedesk.LiveDesk.test"_s, u"gemini-api-key"_s,
                             app::KeychainUse::Keychain);
    QSignalSpy nextLoaded(&nextRun, &app::SecretStore::loaded);
    nextRun.load();
    QTRY_COMPARE_WITH_TIMEOUT(nextLoaded.size(), 1, 10000);
    QVERIFY(!nextRun.hasSecret());
    QCOMPARE(filesContaining(m_home.path(), kKey), QStringList());
}

void tst_Settings::ignoredSettingsAreNamed()
{
    // A file edited by hand: the app starts with the defaults for what it cannot use, leaves
    // the file as it is, and says which settings those are (it said so only on stderr).
    QTemporaryDir dir;
    const QString file = dir.filePath(u"s.ini"_s);
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(u"audio/speechRate"_s, u"banana"_s);
        raw.setValue(u"ui/language"_s, u"de"_s);
    }
    app::AppSettings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
    QCOMPARE(settings.ignoredKeys(), QStringList {u"audio/speechRate"_s});
    const QString report = settings.problemReport();
    QVERIFY2(report.contains(u"audio/speechRate"_s), qPrintable(report));
    QVERIFY2(report.contains(file), qPrintable(report));
    QVERIFY(!report.contains(u"ui/language"_s));
    QCOMPARE(QSettings(file, QSettings::IniFormat).value(u"audio/speechRate"_s).toString(),
             u"banana"_s);

    app::AppSettings clean(
            std::make_unique<QSettings>(dir.filePath(u"clean.ini"_s), QSettings::IniFormat));
    QCOMPARE(clean.problemReport(), QString());
}

void tst_Settings::aDamagedHistoryIsMovedAsideOnRequest()
{
    // A damaged history left History off with no way to fix it from the app.
    QTemporaryDir dir;
    const QString history = dir.filePath(u"history.sqlite"_s);
    {
        QFile damaged(history);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("SQLite format 3") + QByteArray(4096, '\x7f'));
    }
    app::AppControllerOptions options;
    options.settings = std::make_unique<QSettings>(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    options.keychain = app::KeychainUse::Off;
    options.historyPath = history;
    options.modesPath = dir.filePath(u"modes.json"_s);
    app::AppController controller(std::move(options));
    QVERIFY(!controller.isHistoryAvailable());
    QVERIFY(controller.isHistoryDamaged());
    QSignalSpy changed(&controller, &app::AppController::historyStatusChanged);
    QCOMPARE(controller.startNewHistory(), QString());
    QVERIFY(controller.isHistoryAvailable());
    QVERIFY(!controller.isHistoryDamaged());
    QCOMPARE(changed.size(), 1);
    QVERIFY2(controller.historyStatus().contains(u"history.damaged-"_s),
             qPrintable(controller.historyStatus()));
    // The damaged file is kept beside the new one.
    const QStringList aside = QDir(dir.path()).entryList({u"history.damaged-*.sqlite"_s});
    QCOMPARE(aside.size(), 1);
    QVERIFY(QFileInfo(history).size() > 0);
}

void tst_Settings::languageSwitchRetranslatesBannerAndNotes()
{
    // A failed start's banner and a note, then the interface language changes while the app
    // runs: both are said again in the new language (they stayed English).
    QTemporaryDir dir;
    app::AppControllerOptions options;
    options.settings = std::make_unique<QSettings>(dir.filePath(u"livedesk.ini"_s),
                                                   QSettings::IniFormat);
    options.keychain = app::KeychainUse::Off;
    options.historyPath = dir.filePath(u"history.sqlite"_s);
    options.modesPath = dir.filePath(u"modes.json"_s);
    app::AppController controller(std::move(options));
    QCOMPARE(controller.settings()->setValue(u"ui/language"_s, u"en"_s), QString());
    QCOMPARE(controller.settings()->setValue(u"backend"_s, u"gemini"_s), QString());
    controller.initialize();
    controller.start(); // no key
    QCOMPARE(controller.messages()->errorTitle(), u"No API key"_s);
    const QString englishText = controller.messages()->errorText();
    controller.toggleRecording(); // no conversation: a note says so
    QVERIFY(controller.messages()->notes().contains(u"Start a conversation to record it."_s));

    QSignalSpy errorChanged(controller.messages(), &app::UserMessages::errorChanged);
    QCOMPARE(controller.settings()->setValue(u"ui/language"_s, u"de"_s), QString());
    QVERIFY(errorChanged.size() >= 1);
    QCOMPARE(controller.messages()->errorTitle(), u"Kein API-Schlüssel"_s);
    QVERIFY(controller.messages()->errorText() != englishText);
    QVERIFY2(controller.messages()->notes().contains(
                     u"Starten Sie ein Gespräch, um es aufzunehmen."_s),
             qPrintable(controller.messages()->notes().join(u" | "_s)));
    // And back.
    QCOMPARE(controller.settings()->setValue(u"ui/language"_s, u"en"_s), QString());
    QCOMPARE(controller.messages()->errorTitle(), u"No API key"_s);
    QCOMPARE(controller.messages()->errorText(), englishText);
}

void tst_Settings::numbersUseTheTranslationsDigits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("negative");
    QTest::addColumn<QString>("fraction");

    QTest::newRow("English") << u"en"_s << u"-22"_s << u"1.50"_s;
    QTest::newRow("German") << u"de"_s << u"-22"_s << u"1,50"_s;
    // Western digits, as the Arabic translation writes its numbers ("من ‎-60 إلى 0"), and a
    // left-to-right mark that keeps the minus before them in a right-to-left line: QLocale's
    // Arabic wrote "٢٢-" beside the translation's "-60" and "0.5".
    QTest::newRow("Arabic") << u"ar"_s << u"‎-22"_s << u"1.50"_s;
}

void tst_Settings::numbersUseTheTranslationsDigits()
{
    QFETCH(QString, language);
    QFETCH(QString, negative);
    QFETCH(QString, fraction);
    const QLocale before;
    app::UiLanguage ui;
    QVERIFY(ui.setLanguage(language));
    QCOMPARE(ui.effectiveLanguage(), language);
    const QLocale locale;
    QCOMPARE(locale.language(), QLocale(language).language());
    QCOMPARE(locale.zeroDigit(), u"0"_s);
    QCOMPARE(locale.toString(-22), negative);
    QCOMPARE(locale.toString(1.5, 'f', 2), fraction);
    // The dates keep the language's words (Arabic months, German day names).
    const QString date = locale.toString(QDate(2026, 12, 6), QLocale::LongFormat);
    QVERIFY2(date.contains(QLocale(language).monthName(12)), qPrintable(date));
    QVERIFY(ui.setLanguage(u"en"_s));
    QLocale::setDefault(before);
}

LIVEDESK_AUDIO_TEST_MAIN(tst_Settings)
#include "tst_settings.moc"
