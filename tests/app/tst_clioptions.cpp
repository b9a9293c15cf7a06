// livedesk-cli's command line: every bad input is a usage error with a specific one-line reason,
// found before anything connects; the help lists every flag group and the exit codes; the
// built-in get_current_time tool answers with the local time zone.
#include "app/cli/builtintools.h"
#include "app/cli/clioptions.h"
#include "app/cli/exitcode.h"
#include "audio/dsp/wavfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::app;
using namespace Qt::StringLiterals;

class tst_CliOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejected_data();
    void rejected();
    void accepted();
    void apiKeyFromEnvironment();
    void help();
    void currentTime();
    void exitCodesAreDistinct();

private:
    QTemporaryDir m_dir;
    QString m_wav;
    QString m_jpeg;
};

void tst_CliOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("GEMINI_API_KEY");
    qunsetenv("GOOGLE_API_KEY");
    // 0.5 s of a 440 Hz tone at 44.1 kHz stereo: the CLI must take any rate and channel count.
    QByteArray pcm;
    for (int i = 0; i < 22050; ++i) {
        const qint16 s = qint16(8000 * std::sin(2 * M_PI * 440 * i / 44100.0));
        pcm.append(reinterpret_cast<const char *>(&s), 2)
                .append(reinterpret_cast<const char *>(&s), 2);
    }
    m_wav = m_dir.filePath(u"tone.wav"_s);
    QVERIFY(livedesk::dsp::writeWav(m_wav, pcm, 44100, 2));
    m_jpeg = m_dir.filePath(u"frames/a.jpg"_s);
    QDir(m_dir.path()).mkdir(u"frames"_s);
    QDir(m_dir.path()).mkdir(u"empty"_s);
    QFile jpeg(m_jpeg);
    QVERIFY(jpeg.open(QIODevice::WriteOnly));
    jpeg.write(QByteArray::fromHex("ffd8ffe000104a464946"));
    jpeg.close();
    QFile notWav(m_dir.filePath(u"notes.wav"_s));
    QVERIFY(notWav.open(QIODevice::WriteOnly));
    notWav.write("these are not audio samples");
}

void tst_CliOptions::rejected_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    const QString dir = m_dir.path();
    QTest::newRow("a missing input file, before connecting")
            << QStringList {u"--sim"_s, u"--input"_s, dir + u"/missing.wav"_s} << u"no such file"_s;
    QTest::newRow("an input file that is not a WAV")
            << QStringList {u"--sim"_s, u"--input"_s, dir + u"/notes.wav"_s} << u"notes.wav"_s;
    QTest::newRow("an input that is a folder")
            << QStringList {u"--sim"_s, u"--input"_s, dir} << u"not a readable file"_s;
    QTest::newRow("a video file that is not a JPEG")
            << QStringList {u"--sim"_s, u"--video"_s, dir + u"/notes.wav"_s} << u"JPEG"_s;
    QTest::newRow("a video folder with no JPEG files")
            << QStringList {u"--sim"_s, u"--video"_s, dir + u"/empty"_s} << u".jpg"_s;
    QTest::newRow("an output in a folder that does not exist")
            << QStringList {u"--sim"_s, u"--output"_s, dir + u"/no/such/reply.wav"_s}
            << u"does not exist"_s;
    QTest::newRow("events written over a folder")
            << QStringList {u"--sim"_s, u"--events"_s, dir} << u"is a folder"_s;
    QTest::newRow("--sim and --endpoint together")
            << QStringList {u"--sim"_s, u"--endpoint"_s, u"ws://127.0.0.1:1"_s} << u"either"_s;
    QTest::newRow("no API key anywhere") << QStringList {u"--text"_s, u"hi"_s} << u"API key"_s;
    QTest::newRow("turns that are not a number")
            << QStringList {u"--sim"_s, u"--turns"_s, u"two"_s} << u"--turns"_s;
    QTest::newRow("a negative timeout")
            << QStringList {u"--sim"_s, u"--timeout"_s, u"-1"_s} << u"--timeout"_s;
    QTest::newRow("an absurd chunk size")
            << QStringList {u"--sim"_s, u"--chunk-ms"_s, u"5000"_s} << u"--chunk-ms"_s;
    QTest::newRow("an empty text") << QStringList {u"--sim"_s, u"--text"_s, u" "_s} << u"empty"_s;
    QTest::newRow("an unknown response modality")
            << QStringList {u"--sim"_s, u"--response"_s, u"video"_s} << u"--response"_s;
    QTest::newRow("an unknown flag") << QStringList {u"--sim"_s, u"--mic"_s} << u"mic"_s;
    QTest::newRow("a stray argument") << QStringList {u"--sim"_s, u"hello"_s} << u"hello"_s;
    QTest::newRow("a compression setting with compression off")
            << QStringList {u"--sim"_s, u"--no-compression"_s, u"--compression-trigger"_s, u"1000"_s}
            << u"--no-compression"_s;
    QTest::newRow("a compression target above its trigger")
            << QStringList {u"--sim"_s, u"--compression-trigger"_s, u"1000"_s,
                            u"--compression-target"_s, u"2000"_s}
            << u"smaller"_s;
    QTest::newRow("an unknown stall retry")
            << QStringList {u"--sim"_s, u"--stall-retry"_s, u"pray"_s} << u"pray"_s;
    QTest::newRow("a negative stall timeout")
            << QStringList {u"--sim"_s, u"--stall-timeout"_s, u"-1"_s} << u"stall-timeout"_s;
    QTest::newRow("failover locations outside Vertex AI")
            << QStringList {u"--sim"_s, u"--failover-location"_s, u"us"_s} << u"Vertex"_s;
    QTest::newRow("a model table that does not exist")
            << QStringList {u"--sim"_s, u"--models"_s, dir + u"/none.json"_s} << u"none.json"_s;
}

void tst_CliOptions::rejected()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    CliModules modules = defaultCliModules();
    CliOptions options;
    QString message;
    QCOMPARE(parseCliArguments(QStringList {u"livedesk-cli"_s} + args, modules, options, &message),
             ParseOutcome::Error);
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), "one line");
}

void tst_CliOptions::accepted()
{
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString message;
    const QStringList args {u"livedesk-cli"_s, u"--sim"_s,
                            u"--input"_s,      m_wav,
                            u"--text"_s,       u"one"_s,
                            u"--text"_s,       u"two"_s,
                            u"--video"_s,      m_dir.filePath(u"frames"_s),
                            u"--voice"_s,      u"Kore"_s,
                            u"--system"_s,     u"Be brief"_s,
                            u"--fast"_s};
    QCOMPARE(parseCliArguments(args, modules, o, &message), ParseOutcome::Run);
    QVERIFY(o.useSimulator);
    QCOMPARE(o.session.apiKey, u"livedesk-sim"_s);
    QCOMPARE(o.texts, (QStringList {u"one"_s, u"two"_s}));
    QCOMPARE(o.inputSteps(), 3);
    QCOMPARE(o.targetTurns(), 3);
    QCOMPARE(o.videoFrames, QStringList {m_jpeg});
    QVERIFY(o.fast);
    // 0.5 s at 44.1 kHz stereo becomes 0.5 s at 16 kHz mono.
    QVERIFY2(qAbs(o.inputPcm.size() - 16000) <= 64, qPrintable(QString::number(o.inputPcm.size())));
    QCOMPARE(o.session.functions.size(), 1);
    QCOMPARE(o.session.functions.first().name, u"get_current_time"_s);

    CliModules again = defaultCliModules();
    CliOptions p;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--sim"_s, u"--no-builtin-tools"_s,
                                u"--turns"_s, u"0"_s},
                               again, p, &message),
             ParseOutcome::Run);
    QVERIFY(p.session.functions.isEmpty());
    QCOMPARE(p.targetTurns(), 0);
    // Recovery is on by default; the switches turn its parts off or tune them.
    QVERIFY(p.session.sessionResumption);
    QVERIFY(p.session.contextCompression);

    CliModules third = defaultCliModules();
    CliOptions q;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--sim"_s, u"--no-resumption"_s,
                                u"--compression-trigger"_s, u"25600"_s, u"--compression-target"_s,
                                u"12800"_s, u"--stall-timeout"_s, u"2.5"_s, u"--stall-retry"_s,
                                u"reconnect"_s},
                               third, q, &message),
             ParseOutcome::Run);
    QVERIFY(!q.session.sessionResumption);
    QCOMPARE(q.session.compressionTriggerTokens, std::optional<qint64>(25600));
    QCOMPARE(q.session.compressionTargetTokens, std::optional<qint64>(12800));
}

void tst_CliOptions::apiKeyFromEnvironment()
{
    qputenv("GOOGLE_API_KEY", "from-google");
    qputenv("GEMINI_API_KEY", "from-gemini");
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString message;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--text"_s, u"hi"_s}, modules, o, &message),
             ParseOutcome::Run);
    QCOMPARE(o.session.apiKey, u"from-gemini"_s);
    qunsetenv("GEMINI_API_KEY");
    CliModules again = defaultCliModules();
    CliOptions p;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--text"_s, u"hi"_s}, again, p, &message),
             ParseOutcome::Run);
    QCOMPARE(p.session.apiKey, u"from-google"_s);
    qunsetenv("GOOGLE_API_KEY");
}

void tst_CliOptions::help()
{
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString help;
    QCOMPARE(parseCliArguments({u"livedesk-cli"_s, u"--help"_s}, modules, o, &help),
             ParseOutcome::Help);
    for (const auto &module : modules)
        QVERIFY2(help.contains(module->title() + u':'), qPrintable(module->title()));
    for (const ExitCodeInfo &info : kExitCodes)
        QVERIFY(help.contains(u"  "_s + QString::number(int(info.code)).leftJustified(4)
                              + QString::fromLatin1(info.meaning)));
    for (const QString &flag :
         {u"--endpoint"_s, u"--api-key"_s, u"--model"_s, u"--voice"_s, u"--system"_s, u"--input"_s,
          u"--text"_s, u"--video"_s, u"--fast"_s, u"--output"_s, u"--events"_s, u"--metrics"_s,
          u"--turns"_s, u"--timeout"_s, u"--sim"_s, u"--no-reconnect"_s, u"--stall-timeout"_s,
          u"--no-compression"_s, u"--failover-location"_s})
        QVERIFY2(help.contains(flag + u' '), qPrintable(flag));
}

void tst_CliOptions::currentTime()
{
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const QDateTime summer(QDate(2026, 7, 1), QTime(10, 30), QTimeZone::utc());
    const QJsonObject out = builtin::currentTimeResult(summer, berlin).value(u"output"_s).toObject();
    QCOMPARE(out.value(u"time_zone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(out.value(u"utc_offset"_s).toString(), u"+02:00"_s);
    QCOMPARE(out.value(u"time"_s).toString(), u"12:30:00"_s);
    QCOMPARE(out.value(u"date"_s).toString(), u"2026-07-01"_s);
    const QTimeZone newYork("America/New_York");
    const QJsonObject ny = builtin::currentTimeResult(summer, newYork).value(u"output"_s).toObject();
    QCOMPARE(ny.value(u"utc_offset"_s).toString(), u"-04:00"_s);

    const auto known = builtin::respond({u"fc-1"_s, u"get_current_time"_s, {}});
    QCOMPARE(known.id, u"fc-1"_s);
    QVERIFY(known.response.value(u"output"_s).toObject().contains(u"time_zone"_s));
    const auto unknown = builtin::respond({u"fc-2"_s, u"launch_rocket"_s, {}});
    QCOMPARE(unknown.id, u"fc-2"_s);
    QVERIFY(unknown.response.value(u"error"_s).toString().contains(u"launch_rocket"_s));
}

void tst_CliOptions::exitCodesAreDistinct()
{
    QSet<int> codes;
    for (const ExitCodeInfo &info : kExitCodes)
        codes.insert(int(info.code));
    QCOMPARE(codes.size(), int(std::size(kExitCodes)));
    using C = livedesk::session::ErrorCategory;
    QCOMPARE(exitCodeFor(C::Auth), ExitCode::Auth);
    QCOMPARE(exitCodeFor(C::ModelConfig), ExitCode::ModelConfig);
    QCOMPARE(exitCodeFor(C::Network), ExitCode::Network);
    QCOMPARE(exitCodeFor(C::Timeout), ExitCode::Timeout);
}

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_clioptions.moc"
