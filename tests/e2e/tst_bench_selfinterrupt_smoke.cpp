// bench_selfinterrupt end to end with a few turns: livedesk-sim, livedesk-cli hands-free on the
// PulseAudio virtual devices with the loopback echo path, quiet turns and barge-ins; every figure
// it reports must come out. The targets (0 self-interruptions, ≥ 95 % of barge-ins caught within
// 150 ms) are benchmark figures (docs/benchmarks.md, "Self-interruption"), not test assertions.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kBench = QStringLiteral(LIVEDESK_BENCH);
}

class TestBenchSelfInterruptSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badOptionsAreRefused_data();
    void badOptionsAreRefused();
    void figureIsANumber_data();
    void figureIsANumber();
    void turnsAreCounted();
    void bargeInsAreCountedPerLevel();
    void reportIsPrinted();

private:
    QTemporaryDir m_work;
    QJsonObject m_path;
    QByteArray m_output;
};

void TestBenchSelfInterruptSmoke::initTestCase()
{
    QVERIFY(m_work.isValid());
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    const QString json = m_work.filePath(u"figures.json"_s);
    run.start(kBench, {u"--turns"_s, u"2"_s, u"--barge-ins"_s, u"3"_s, u"--json"_s, json});
    QVERIFY2(run.waitForFinished(230000), "bench_selfinterrupt did not finish in 230 s");
    m_output = run.readAll();
    qInfo().noquote() << QString::fromUtf8(m_output);
    QCOMPARE(run.exitStatus(), QProcess::NormalExit);
    QVERIFY2(run.exitCode() == 0, m_output.right(2000).constData());
    QFile file(json);
    QVERIFY2(file.open(QIODevice::ReadOnly), "bench_selfinterrupt wrote no figures");
    const QJsonArray paths
            = QJsonDocument::fromJson(file.readAll()).object().value(u"paths"_s).toArray();
    QCOMPARE(paths.size(), 1);
    m_path = paths.first().toObject();
}

void TestBenchSelfInterruptSmoke::badOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("turns not a number")
            << QStringList {u"--turns"_s, u"many"_s} << u"--turns takes a count"_s;
    QTest::newRow("negative barge-ins")
            << QStringList {u"--barge-ins"_s, u"-1"_s} << u"--barge-ins takes a count"_s;
    QTest::newRow("latency out of range")
            << QStringList {u"--latency-ms"_s, u"60,0"_s} << u"--latency-ms takes milliseconds"_s;
    QTest::newRow("unknown barge-in mode")
            << QStringList {u"--barge-in"_s, u"loud"_s} << u"--barge-in takes off, duck or stop"_s;
}

void TestBenchSelfInterruptSmoke::badOptionsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess run;
    run.start(kBench, arguments);
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.exitCode(), 2);
    const QString err = QString::fromUtf8(run.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestBenchSelfInterruptSmoke::figureIsANumber_data()
{
    QTest::addColumn<QString>("figure");
    for (const char *figure :
         {"latency_ms", "echo_dbfs", "quiet_turns", "self_interruptions", "interrupted_events",
          "phantom_turns", "local_false_barge_ins", "first_replies", "first_replies_interrupted",
          "barge_in_turns_interrupted_before_speech", "barge_ins_on_a_silent_model"})
        QTest::newRow(figure) << QString::fromLatin1(figure);
}

void TestBenchSelfInterruptSmoke::figureIsANumber()
{
    QFETCH(QString, figure);
    QVERIFY2(m_path.value(figure).isDouble(),
             qPrintable(u"no %1 in %2"_s.arg(figure,
                                             QString::fromUtf8(QJsonDocument(m_path).toJson()))));
    QVERIFY(std::isfinite(m_path.value(figure).toDouble()));
}

void TestBenchSelfInterruptSmoke::turnsAreCounted()
{
    QCOMPARE(m_path.value(u"latency_ms"_s).toInt(), 60);
    QCOMPARE(m_path.value(u"quiet_turns"_s).toInt(), 2);
    // One livedesk-cli run for the quiet turns, one for the barge-ins: each first reply apart.
    QCOMPARE(m_path.value(u"first_replies"_s).toInt(), 2);
    QVERIFY(m_path.value(u"first_replies_interrupted"_s).toInt() <= 2);
    // The bench refuses to go on without echo, so the path carried the model's voice.
    QVERIFY(m_path.value(u"echo_dbfs"_s).toDouble() > -60);
}

void TestBenchSelfInterruptSmoke::bargeInsAreCountedPerLevel()
{
    const QJsonArray levels = m_path.value(u"barge_ins"_s).toArray();
    QCOMPARE(levels.size(), 3);
    int total = 0;
    for (const auto &v : levels) {
        const QJsonObject level = v.toObject();
        const int n = level.value(u"barge_ins"_s).toInt();
        total += n;
        QVERIFY(level.value(u"caught_by_simulator"_s).toInt() <= n);
        QVERIFY(level.value(u"caught_within_150_ms"_s).toInt()
                <= level.value(u"caught_by_simulator"_s).toInt());
        const QJsonObject toSim = level.value(u"onset_to_simulator_ms"_s).toObject();
        QVERIFY(toSim.value(u"count"_s).toInt() <= n);
        QVERIFY(toSim.value(u"median"_s).isDouble());
    }
    // A barge-in that met a model its own voice had already silenced is counted apart.
    QCOMPARE(total + m_path.value(u"barge_ins_on_a_silent_model"_s).toInt(), 3);
}

void TestBenchSelfInterruptSmoke::reportIsPrinted()
{
    for (const char *line :
         {"quiet turns: 2; self-interruptions", "first replies of a livedesk-cli run",
          "barge-ins at  -6 dB", "barge-ins at  +0 dB", "barge-ins at  +6 dB", "all barge-ins: "})
        QVERIFY2(m_output.contains(line), line);
}

QTEST_GUILESS_MAIN(TestBenchSelfInterruptSmoke)
#include "tst_bench_selfinterrupt_smoke.moc"
