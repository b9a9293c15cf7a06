// livedesk-sim's command line: every SimulatorOptions field has an option, values land in the
// right unit, and bad values give an error that names the option.
#include "simulator/commandline.h"

#include <QTest>

using namespace livedesk::sim;
using namespace Qt::StringLiterals;

class tst_SimCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void helpListsEveryOption();
    void values();
    void errors_data();
    void errors();
};

void tst_SimCommandLine::defaults()
{
    const CommandLine c = parseCommandLine({u"livedesk-sim"_s});
    QCOMPARE(c.status, CommandLine::Status::Run);
    const SimulatorOptions defaults;
    QCOMPARE(c.options.port, defaults.port);
    QCOMPARE(c.options.address, defaults.address);
    QCOMPARE(c.options.models, defaultLiveModels());
    QCOMPARE(c.options.frameType, FrameType::Binary);
    QCOMPARE(c.options.audioSessionCapMs, 15 * 60 * 1000);
}

void tst_SimCommandLine::helpListsEveryOption()
{
    const CommandLine c = parseCommandLine({u"livedesk-sim"_s, u"--help"_s});
    QCOMPARE(c.status, CommandLine::Status::ShowHelp);
    for (const char *option : {"--host",
                               "--port",
                               "--api-key",
                               "--scenario",
                               "--model",
                               "--any-model",
                               "--text-frames",
                               "--auth-failure-http",
                               "--speech-speed",
                               "--speech-chunk-ms",
                               "--input-transcription-delay-ms",
                               "--connection-lifetime",
                               "--go-away-notice",
                               "--audio-session-cap",
                               "--video-session-cap",
                               "--handle-lifetime",
                               "--setup-complete-delay-ms",
                               "--turn-complete-delay-ms",
                               "--pong-delay-ms",
                               "--close-on-audio-during-tool-call",
                               "--vertex",
                               "--frame-log",
                               "--models",
                               "--no-server-field",
                               "--fault-rate",
                               "--fault-code",
                               "--fault-seed"}) {
        QVERIFY2(c.text.contains(QLatin1String(option)), option);
    }
}

void tst_SimCommandLine::values()
{
    const CommandLine c = parseCommandLine({u"livedesk-sim"_s,
                                            u"--host"_s,
                                            u"0.0.0.0"_s,
                                            u"--port"_s,
                                            u"8765"_s,
                                            u"--api-key"_s,
                                            u"k"_s,
                                            u"--scenario"_s,
                                            u"s.json"_s,
                                            u"--model"_s,
                                            u"a"_s,
                                            u"--model"_s,
                                            u"b"_s,
                                            u"--text-frames"_s,
                                            u"--auth-failure-http"_s,
                                            u"--speech-speed"_s,
                                            u"2.5"_s,
                                            u"--speech-chunk-ms"_s,
                                            u"20"_s,
                                            u"--input-transcription-delay-ms"_s,
                                            u"0"_s,
                                            u"--connection-lifetime"_s,
                                            u"1.5"_s,
                                            u"--go-away-notice"_s,
                                            u"0.5"_s,
                                            u"--audio-session-cap"_s,
                                            u"60"_s,
                                            u"--video-session-cap"_s,
                                            u"10"_s,
                                            u"--handle-lifetime"_s,
                                            u"3"_s,
                                            u"--setup-complete-delay-ms"_s,
                                            u"250"_s,
                                            u"--turn-complete-delay-ms"_s,
                                            u"100"_s,
                                            u"--pong-delay-ms"_s,
                                            u"30000"_s,
                                            u"--close-on-audio-during-tool-call"_s,
                                            u"--vertex"_s,
                                            u"--frame-log"_s,
                                            u"frames.jsonl"_s,
                                            u"--models"_s,
                                            u"models.json"_s,
                                            u"--no-server-field"_s,
                                            u"sessionId"_s,
                                            u"--no-server-field"_s,
                                            u"thoughts"_s,
                                            u"--no-server-field"_s,
                                            u"speechState"_s,
                                            u"--fault-rate"_s,
                                            u"0.25"_s,
                                            u"--fault-code"_s,
                                            u"1008"_s,
                                            u"--fault-seed"_s,
                                            u"42"_s});
    QCOMPARE(c.status, CommandLine::Status::Run);
    const SimulatorOptions &o = c.options;
    QCOMPARE(o.address, QHostAddress(u"0.0.0.0"_s));
    QCOMPARE(o.port, quint16(8765));
    QCOMPARE(o.apiKey, u"k"_s);
    QCOMPARE(o.scenarioPath, u"s.json"_s);
    QCOMPARE(o.models, QStringList({u"a"_s, u"b"_s}));
    QCOMPARE(o.frameType, FrameType::Text);
    QCOMPARE(o.authFailureMode, AuthFailureMode::HttpStatus);
    QCOMPARE(o.speechSpeedFactor, 2.5);
    QCOMPARE(o.speechChunkMs, 20);
    QCOMPARE(o.inputTranscriptionDelayMs, 0);
    QCOMPARE(o.connectionLifetimeMs, 1500);
    QCOMPARE(o.goAwayNoticeMs, 500);
    QCOMPARE(o.audioSessionCapMs, 60000);
    QCOMPARE(o.videoSessionCapMs, 10000);
    QCOMPARE(o.handleLifetimeMs, 3000);
    QCOMPARE(o.setupCompleteDelayMs, 250);
    QCOMPARE(o.turnCompleteDelayMs, 100);
    QCOMPARE(o.pongDelayMs, 30000);
    QVERIFY(o.closeOnAudioDuringToolCall);
    QVERIFY(o.vertexFlavour);
    QCOMPARE(o.frameLogPath, u"frames.jsonl"_s);
    QCOMPARE(o.modelTablePath, u"models.json"_s);
    QVERIFY(!o.serverFields.sessionId && !o.serverFields.thoughts && !o.serverFields.speechState);
    QVERIFY(o.serverFields.waitingForInput && o.serverFields.interactionStatus);
    QCOMPARE(o.faultRate, 0.25);
    QCOMPARE(o.faultCloseCodes, QList<int> {1008});
    QCOMPARE(o.faultSeed, 42u);

    QVERIFY(parseCommandLine({u"livedesk-sim"_s, u"--any-model"_s}).options.models.isEmpty());
}

void tst_SimCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("a port out of range") << QStringList {u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("a negative speed")
            << QStringList {u"--speech-speed"_s, u"-1"_s} << u"--speech-speed"_s;
    QTest::newRow("seconds that are no number")
            << QStringList {u"--connection-lifetime"_s, u"soon"_s} << u"--connection-lifetime"_s;
    QTest::newRow("a host that is no address")
            << QStringList {u"--host"_s, u"localhost"_s} << u"--host"_s;
    QTest::newRow("an empty key") << QStringList {u"--api-key"_s, QString()} << u"--api-key"_s;
    QTest::newRow("an unknown option") << QStringList {u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("a stray argument") << QStringList {u"extra"_s} << u"extra"_s;
    QTest::newRow("a fault rate above 1")
            << QStringList {u"--fault-rate"_s, u"1.5"_s} << u"--fault-rate"_s;
    QTest::newRow("a fault code the service does not send at random")
            << QStringList {u"--fault-code"_s, u"1000"_s} << u"--fault-code"_s;
    QTest::newRow("an unknown server field")
            << QStringList {u"--no-server-field"_s, u"speechStatus"_s} << u"speechStatus"_s;
}

void tst_SimCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const CommandLine c = parseCommandLine(QStringList {u"livedesk-sim"_s} + arguments);
    QCOMPARE(c.status, CommandLine::Status::Error);
    QVERIFY2(c.text.contains(error), qPrintable(c.text));
}

QTEST_GUILESS_MAIN(tst_SimCommandLine)
#include "tst_simcommandline.moc"
