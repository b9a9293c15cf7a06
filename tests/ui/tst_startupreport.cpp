// The real `livedesk` executable for the benchmark harness: with LIVEDESK_STARTUP_REPORT it
// writes when its window was first shown and when the offline demo (started at once by
// LIVEDESK_AUTOSTART_DEMO=1, no click) went Live, in ms since the process started, with its pid.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_StartupReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsWindowAndLiveSession();
};

void tst_StartupReport::reportsWindowAndLiveSession()
{
    QTemporaryDir dir;
    const QString report = dir.filePath(u"startup.json"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LIVEDESK_STARTUP_REPORT"_s, report);
    env.insert(u"LIVEDESK_AUTOSTART_DEMO"_s, u"1"_s);
    // The history and saved modes of this run stay in the temporary folder.
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(LIVEDESK_BIN_DIR "/livedesk"),
              {u"--settings"_s, dir.filePath(u"livedesk.ini"_s), u"--no-keychain"_s});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    const qint64 pid = app.processId();

    QJsonObject values;
    const auto complete = [&] {
        QFile file(report);
        if (file.open(QIODevice::ReadOnly))
            values = QJsonDocument::fromJson(file.readAll()).object();
        return values.contains(u"window_shown"_s) && values.contains(u"session_live"_s);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(complete() || app.state() == QProcess::NotRunning,
                              qPrintable(QJsonDocument(values).toJson()), 30000);
    QVERIFY2(app.state() == QProcess::Running, "livedesk ended early");
    app.terminate();
    if (!app.waitForFinished(10000))
        app.kill();

    QCOMPARE(values.value(u"pid"_s).toInteger(), pid);
    const double shown = values.value(u"window_shown"_s).toDouble();
    const double live = values.value(u"session_live"_s).toDouble();
    qInfo("window shown after %.1f ms, demo session live after %.1f ms", shown, live);
    QVERIFY(shown > 0 && shown < 30000);
    QVERIFY(live > 0 && live < 30000);
}

QTEST_GUILESS_MAIN(tst_StartupReport)
#include "tst_startupreport.moc"
