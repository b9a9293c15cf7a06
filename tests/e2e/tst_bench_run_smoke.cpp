// bench/run --smoke end to end: the real harness (livedesk-sim, livedesk-cli on the PulseAudio
// virtual devices, the GUI when this tree builds it) runs its 30-second conversations, and every
// figure the full run reports must come out as a number. Budgets are not checked here: they are
// benchmark figures (bench/run --check), not test assertions.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestBenchRunSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figureIsANumber_data();
    void figureIsANumber();
    void nothingIsMissing();
    void scriptHappened_data();
    void scriptHappened();
    void videoFramesWereSent();

private:
    QTemporaryDir m_work;
    QJsonObject m_figures;
    QByteArray m_output;
};

void TestBenchRunSmoke::initTestCase()
{
    QVERIFY(m_work.isValid());
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(u"" LIVEDESK_SOURCE_DIR "/bench/run"_s,
              {u"--smoke"_s, u"--build-dir"_s, u"" LIVEDESK_BINARY_DIR ""_s, u"--work-dir"_s,
               m_work.path()});
    // Real-time conversations (the CLI twice, then the GUI): about 100 s on an idle machine, more
    // than twice that with busy processes beside the suite; the deadline only catches a hang.
    QVERIFY2(run.waitForFinished(400000), "bench/run --smoke did not finish in 400 s");
    m_output = run.readAll();
    qInfo().noquote() << QString::fromUtf8(m_output);
    QCOMPARE(run.exitStatus(), QProcess::NormalExit);
    QVERIFY2(run.exitCode() == 0, m_output.right(2000).constData());
    QFile file(m_work.filePath(u"figures.json"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), "bench/run wrote no figures.json");
    m_figures = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_figures.isEmpty());
}

void TestBenchRunSmoke::figureIsANumber_data()
{
    QTest::addColumn<QString>("run");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<bool>("distribution");
    const struct
    {
        const char *name;
        const char *figure;
        bool distribution;
    } cli[] = {
            {"capture to wire", "capture_to_wire_ms", true},
            {"capture to wire from the oldest sample", "capture_to_wire_oldest_ms", true},
            {"receive to speaker", "receive_to_speaker_ms", true},
            {"barge-in", "barge_in_ms", true},
            {"speech end to first model audio", "speech_end_to_first_audio_ms", true},
            {"its client share", "speech_end_client_share_ms", true},
            {"CPU share of a core", "cpu_percent", false},
            {"CPU seconds per minute", "cpu_seconds_per_minute", false},
            {"peak memory", "rss_peak_mb", false},
            {"steady memory", "rss_steady_mb", false},
            {"bytes up per minute", "bytes_up_kb_per_minute", false},
            {"bytes down per minute", "bytes_down_kb_per_minute", false},
            {"frames sent", "frames_sent", false},
            {"tokens per minute", "tokens_per_minute", false},
            {"cost per minute", "cost_usd_per_minute", false},
            {"goAway handover gap", "handover_gap_ms", true},
    };
    for (const char *run : {"cli_audio", "cli_video"}) {
        for (const auto &f : cli) {
            QTest::addRow("%s, %s", f.name,
                          run == std::string_view("cli_audio") ? "audio only" : "with video")
                    << QString::fromLatin1(run) << QString::fromLatin1(f.figure) << f.distribution;
        }
    }
    // The GUI runs the same conversation against the same simulator, and its metrics.json is
    // the CLI's: the same latency figures, measured by the app itself.
    const struct
    {
        const char *name;
        const char *figure;
        bool distribution;
    } gui[] = {
            {"GUI capture to wire", "capture_to_wire_ms", true},
            {"GUI receive to speaker", "receive_to_speaker_ms", true},
            {"GUI barge-in", "barge_in_ms", true},
            {"GUI goAway handover gap", "handover_gap_ms", true},
            {"GUI start-up to window", "startup_window_ms", false},
            {"GUI start-up to session live", "startup_live_ms", false},
            {"GUI CPU share of a core", "cpu_percent", false},
            {"GUI CPU seconds per minute idle", "cpu_idle_seconds_per_minute", false},
            {"GUI peak memory", "rss_peak_mb", false},
            {"GUI steady memory", "rss_steady_mb", false},
    };
    for (const auto &f : gui)
        QTest::addRow("%s", f.name) << u"gui"_s << QString::fromLatin1(f.figure) << f.distribution;
}

void TestBenchRunSmoke::figureIsANumber()
{
    QFETCH(QString, run);
    QFETCH(QString, figure);
    QFETCH(bool, distribution);
    const QJsonObject r = m_figures.value(u"runs"_s).toObject().value(run).toObject();
    QVERIFY2(!r.isEmpty(), qPrintable(u"no run %1 in figures.json"_s.arg(run)));
    if (run == "gui"_L1 && !r.value(u"ran"_s).toBool()) {
        // The harness said so and went on, as it must; the figures exist once the GUI is built.
        QVERIFY(!r.value(u"not_run_reason"_s).toString().isEmpty());
        QSKIP(qPrintable(r.value(u"not_run_reason"_s).toString()));
    }
    const QJsonObject f = r.value(u"figures"_s).toObject().value(figure).toObject();
    QVERIFY2(f.value(u"median"_s).isDouble(),
             qPrintable(u"%1 has no %2: %3"_s.arg(run, figure,
                                                  QString::fromUtf8(QJsonDocument(r).toJson()))));
    const double median = f.value(u"median"_s).toDouble();
    QVERIFY(std::isfinite(median));
    QVERIFY(f.value(u"count"_s).toInt() >= 1);
    if (distribution) {
        QVERIFY(f.value(u"p95"_s).isDouble());
        QVERIFY(f.value(u"p95"_s).toDouble() >= median);
    }
    // Only the client share of the reply latency is a difference that could come out negative
    // on a broken measurement; every other figure is a count, a size, a duration or a rate.
    if (figure != "speech_end_client_share_ms"_L1)
        QVERIFY2(median >= 0, qPrintable(u"%1 = %2"_s.arg(figure).arg(median)));
}

void TestBenchRunSmoke::nothingIsMissing()
{
    QCOMPARE(m_figures.value(u"missing"_s).toArray(), QJsonArray());
}

void TestBenchRunSmoke::scriptHappened_data()
{
    QTest::addColumn<QString>("run");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("both barge-ins were measured, audio only")
            << u"cli_audio"_s << u"barge_in_ms"_s << 2;
    QTest::newRow("both barge-ins were measured, with video")
            << u"cli_video"_s << u"barge_in_ms"_s << 2;
    QTest::newRow("a goAway handover happened, audio only")
            << u"cli_audio"_s << u"handover_gap_ms"_s << 1;
    QTest::newRow("a goAway handover happened, with video")
            << u"cli_video"_s << u"handover_gap_ms"_s << 1;
    QTest::newRow("every utterance got a reply, audio only")
            << u"cli_audio"_s << u"speech_end_to_first_audio_ms"_s << 5;
    QTest::newRow("both barge-ins were measured, GUI") << u"gui"_s << u"barge_in_ms"_s << 2;
    QTest::newRow("a goAway handover happened, GUI") << u"gui"_s << u"handover_gap_ms"_s << 1;
}

void TestBenchRunSmoke::scriptHappened()
{
    QFETCH(QString, run);
    QFETCH(QString, figure);
    QFETCH(int, atLeast);
    const QJsonObject r = m_figures.value(u"runs"_s).toObject().value(run).toObject();
    if (run == "gui"_L1 && !r.value(u"ran"_s).toBool())
        QSKIP(qPrintable(r.value(u"not_run_reason"_s).toString()));
    const QJsonObject f = r.value(u"figures"_s).toObject().value(figure).toObject();
    QVERIFY2(f.value(u"count"_s).toInt() >= atLeast,
             qPrintable(u"%1 %2: count %3"_s.arg(run, figure).arg(f.value(u"count"_s).toInt())));
}

void TestBenchRunSmoke::videoFramesWereSent()
{
    const QJsonObject f = m_figures.value(u"runs"_s)
                                  .toObject()
                                  .value(u"cli_video"_s)
                                  .toObject()
                                  .value(u"figures"_s)
                                  .toObject()
                                  .value(u"frames_sent"_s)
                                  .toObject();
    QVERIFY2(f.value(u"median"_s).toDouble() >= 5, "the video run sent fewer than 5 frames");
}

QTEST_GUILESS_MAIN(TestBenchRunSmoke)
#include "tst_bench_run_smoke.moc"
