// The desktop app as a script drives it: the real `livedesk` (under the Xvfb display and the
// PulseAudio server of scripts/test-env.sh) with livedesk-cli's flags, --endpoint to
// livedesk-sim (a separate process), --start, --events and --metrics. A signal ends the
// conversation politely: the session is closed, the app exits with 0, and the events and metrics
// files have livedesk-cli's format and keys (the same code writes them, ConversationLog). They
// are compared with a CLI run of the same simulator, on the same microphone and speaker; both
// record the conversation (--record), share the screen (--screen 0) and store it in a history.
#include "clitestsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace livedesk::e2e;
using namespace Qt::StringLiterals;

namespace {

const QString kApp = QStringLiteral(LIVEDESK_BIN_DIR "/livedesk");

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return {keys.begin(), keys.end()};
}

QJsonObject firstOfType(const QList<QJsonObject> &events, const QString &type)
{
    const auto found = ofType(events, type);
    return found.isEmpty() ? QJsonObject() : found.first();
}

QString describe(const QSet<QString> &keys)
{
    QStringList list(keys.begin(), keys.end());
    list.sort();
    return list.join(u", "_s);
}

} // namespace

class tst_AppE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signalEndsTheConversation_data();
    void signalEndsTheConversation();
    void badFlagsAreRefused_data();
    void badFlagsAreRefused();

private:
    // Runs until setup_complete and a video_frame have been written, then sends `signal`; the
    // process's exit code, -1 when it hung.
    int runUntilSignal(const QString &program, const QStringList &args,
                       const QProcessEnvironment &env, const QString &events, int signal);

    QTemporaryDir m_dir;
    SimProcess m_sim;
    QList<QJsonObject> m_cliEvents;
    QJsonObject m_cliMetrics;
};

void tst_AppE2e::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("LIVEDESK_TEST_PULSE") || qEnvironmentVariableIsEmpty("DISPLAY"))
        QSKIP("needs scripts/test-env.sh (PulseAudio and Xvfb)");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sim.start({}), qPrintable(m_sim.errorOutput()));

    // What livedesk-cli writes for the same conversation: the reference.
    const QString events = m_dir.filePath(u"cli-events.jsonl"_s);
    const QString metrics = m_dir.filePath(u"cli-metrics.json"_s);
    const int code = runUntilSignal(kCli,
                                    {u"--endpoint"_s, m_sim.url(), u"--api-key"_s, u"k"_s,
                                     u"--mic"_s, u"--speaker"_s, u"--events"_s, events,
                                     u"--metrics"_s, metrics, u"--history-db"_s,
                                     m_dir.filePath(u"cli-history.sqlite"_s), u"--record"_s,
                                     m_dir.filePath(u"cli.opus"_s), u"--screen"_s, u"0"_s},
                                    cliEnvironment(), events, SIGTERM);
    QCOMPARE(code, 0);
    m_cliEvents = readJsonLines(events);
    m_cliMetrics = readJson(metrics);
    QVERIFY(!m_cliMetrics.isEmpty());
}

int tst_AppE2e::runUntilSignal(const QString &program, const QStringList &args,
                               const QProcessEnvironment &env, const QString &events, int signal)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return -1;
    // The session is open once the first setup_complete is written; the screen is shared once
    // a frame has gone out.
    const bool live = QTest::qWaitFor(
            [&] {
                const QList<QJsonObject> written = readJsonLines(events);
                return (!ofType(written, u"setup_complete"_s).isEmpty()
                        && !ofType(written, u"video_frame"_s).isEmpty())
                       || process.state() == QProcess::NotRunning;
            },
            30000);
    if (!live || process.state() == QProcess::NotRunning) {
        qWarning("%s did not open the session", qPrintable(program));
        process.kill();
        process.waitForFinished();
        return -1;
    }
    ::kill(pid_t(process.processId()), signal);
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void tst_AppE2e::signalEndsTheConversation_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void tst_AppE2e::signalEndsTheConversation()
{
    QFETCH(int, signal);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString events = m_dir.filePath(tag + u"-events.jsonl"_s);
    const QString metrics = m_dir.filePath(tag + u"-metrics.json"_s);
    QProcessEnvironment env = cliEnvironment();
    // Settings, history and recordings of this run stay in the temporary folder.
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(tag + u"/config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(tag + u"/data"_s));
    env.insert(u"GEMINI_API_KEY"_s, u"k"_s);
    const QString recording = m_dir.filePath(tag + u".opus"_s);
    const int code = runUntilSignal(kApp,
                                    {u"--settings"_s, m_dir.filePath(tag + u".ini"_s),
                                     u"--no-keychain"_s, u"--endpoint"_s, m_sim.url(),
                                     u"--talk-mode"_s, u"hands-free"_s, u"--start"_s, u"--events"_s,
                                     events, u"--metrics"_s, metrics, u"--record"_s, recording,
                                     u"--screen"_s, u"0"_s},
                                    env, events, signal);
    QCOMPARE(code, 0);

    // Closed politely: the session's states to the end, every line in the CLI's format.
    const QList<QJsonObject> appEvents = readJsonLines(events);
    QVERIFY(!appEvents.isEmpty());
    for (const QJsonObject &e : appEvents) {
        QVERIFY2(e.value(u"t_ms"_s).isDouble() && e.value(u"type"_s).isString(),
                 qPrintable(QJsonDocument(e).toJson(QJsonDocument::Compact)));
    }
    QCOMPARE(withValue(ofType(appEvents, u"state"_s), u"state"_s, u"Closed"_s).size(), 1);
    QCOMPARE(appEvents.last().value(u"type"_s).toString(), u"state"_s);
    QCOMPARE(appEvents.last().value(u"state"_s).toString(), u"Closed"_s);
    // The events both runs have carry the same keys.
    for (const QString &type :
         {u"setup_complete"_s, u"audio_device"_s, u"history"_s, u"video_frame"_s}) {
        const QJsonObject cli = firstOfType(m_cliEvents, type);
        const QJsonObject app = firstOfType(appEvents, type);
        QVERIFY2(!app.isEmpty(), qPrintable(type));
        QCOMPARE(describe(keysOf(app)), describe(keysOf(cli)));
    }
    // The recording's events, from its start to its end, as the CLI writes them.
    const QList<QJsonObject> appRecording = ofType(appEvents, u"recording"_s);
    const QList<QJsonObject> cliRecording = ofType(m_cliEvents, u"recording"_s);
    QCOMPARE(appRecording.size(), 2);
    QCOMPARE(appRecording.size(), cliRecording.size());
    for (qsizetype i = 0; i < appRecording.size(); ++i) {
        QCOMPARE(appRecording.at(i).value(u"state"_s), cliRecording.at(i).value(u"state"_s));
        QCOMPARE(describe(keysOf(appRecording.at(i))), describe(keysOf(cliRecording.at(i))));
    }
    QCOMPARE(appRecording.first().value(u"path"_s).toString(), recording);
    QVERIFY(QFileInfo(recording).size() > 0);
    const QJsonObject connecting
            = withValue(ofType(appEvents, u"state"_s), u"state"_s, u"Connecting"_s).value(0);
    QVERIFY(connecting.value(u"url"_s).toString().startsWith(m_sim.url()));
    QFile written(events);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY2(!written.readAll().contains("\"k\""), "the key is never written");

    // metrics.json: the CLI's keys, latency figures included.
    const QJsonObject appMetrics = readJson(metrics);
    QCOMPARE(appMetrics.value(u"exit_code"_s).toInt(-1), 0);
    // (Compared both ways, so a failure names the keys only one of them has.)
    QCOMPARE(describe(keysOf(appMetrics) - keysOf(m_cliMetrics)), QString());
    QCOMPARE(describe(keysOf(m_cliMetrics) - keysOf(appMetrics)), QString());
    const QJsonObject latency = appMetrics.value(u"latency"_s).toObject();
    QCOMPARE(describe(keysOf(latency)),
             describe(keysOf(m_cliMetrics.value(u"latency"_s).toObject())));
    QCOMPARE(describe(keysOf(appMetrics.value(u"audio"_s).toObject())),
             describe(keysOf(m_cliMetrics.value(u"audio"_s).toObject())));
    QCOMPARE(appMetrics.value(u"audio"_s).toObject().value(u"talk_mode"_s).toString(),
             u"hands-free"_s);
    // The recording and the history entry, written by the CLI's code (ConversationRecords).
    QCOMPARE(describe(keysOf(appMetrics.value(u"recording"_s).toObject())),
             describe(keysOf(m_cliMetrics.value(u"recording"_s).toObject())));
    QVERIFY(appMetrics.value(u"recording"_s).toObject().value(u"ok"_s).toBool());
    // The shared screen's figures (ConversationLog::recordVideo, as the CLI's).
    const QJsonObject video = appMetrics.value(u"video"_s).toObject();
    QCOMPARE(describe(keysOf(video)), describe(keysOf(m_cliMetrics.value(u"video"_s).toObject())));
    QVERIFY(video.value(u"frames_sent"_s).toInt() >= 1);
    QCOMPARE(describe(keysOf(appMetrics.value(u"history"_s).toObject())),
             describe(keysOf(m_cliMetrics.value(u"history"_s).toObject())));
    QCOMPARE(appMetrics.value(u"connections"_s).toInt(), 1);
    QVERIFY(appMetrics.value(u"setup_ms"_s).toDouble() > 0);
    QVERIFY(appMetrics.value(u"endpoint"_s).toString().startsWith(m_sim.url()));
}

void tst_AppE2e::badFlagsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("talk mode") << QStringList {u"--talk-mode"_s, u"shouting"_s}
                               << u"--talk-mode expects hands-free, local-voice or push-to-talk"_s;
    QTest::newRow("endpoint") << QStringList {u"--endpoint"_s, u"http://example.com"_s}
                              << u"--endpoint expects a ws:// or wss:// URL"_s;
    QTest::newRow("events") << QStringList {u"--events"_s, u"/nonexistent/dir/events.jsonl"_s}
                            << u"--events"_s;
}

void tst_AppE2e::badFlagsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    QProcessEnvironment env = cliEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"bad/config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"bad/data"_s));
    process.setProcessEnvironment(env);
    process.start(kApp,
                  QStringList {u"--settings"_s, m_dir.filePath(u"bad.ini"_s), u"--no-keychain"_s}
                          + args);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_AppE2e)
#include "tst_app_e2e.moc"
