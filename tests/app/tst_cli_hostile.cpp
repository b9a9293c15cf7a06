// Hostile input, end to end: the real livedesk-cli binary against a scripted in-process server
// that sends what a broken or malicious peer might — audio parts that decode to nothing, audio
// labelled with absurd rates — and local files that are not what they claim (a PNG declaring
// 900 megapixels, a truncated WAV), with output files on a disk that fills up. Each run must end
// with the documented exit code and a specific message: no crash, no runaway memory or output.
#include "audio/dsp/wavfile.h"
#include "fakeliveserver.h"
#include "tests/smalldisk.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <zlib.h>

using namespace livedesk::protocol;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray tone24k(int ms)
{
    QByteArray out;
    for (int i = 0; i < 24 * ms; ++i) {
        const qint16 s = qint16(6000 * std::sin(2 * M_PI * 220 * i / 24000.0));
        out.append(reinterpret_cast<const char *>(&s), 2);
    }
    return out;
}

QByteArray audioFrame(const QString &mimeType, const QByteArray &base64)
{
    return "{\"serverContent\":{\"modelTurn\":{\"parts\":[{\"inlineData\":{\"mimeType\":\""
           + mimeType.toUtf8() + "\",\"data\":\"" + base64 + "\"}}]}}}";
}

// Answers every user turn with `hostile` frames first, then 0.48 s of proper speech and
// turnComplete: a crash or a stuck stream shows in what follows the hostile part.
class Responder : public QObject
{
public:
    Responder(FakeLiveServer *server, QList<QByteArray> hostile)
        : m_server(server)
        , m_hostile(std::move(hostile))
    {
        connect(server, &FakeLiveServer::messageReceived, this, &Responder::onMessage);
    }

private:
    void onMessage(const ClientMessage &message)
    {
        const auto *input = std::get_if<RealtimeInput>(&message);
        const bool endOfUserTurn = std::holds_alternative<ClientContent>(message)
                                   || (input && (input->text || input->audioStreamEnd));
        if (!endOfUserTurn)
            return;
        for (const QByteArray &frame : std::as_const(m_hostile))
            m_server->sendRaw(frame, WireFrame::Text);
        const QByteArray speech = tone24k(480);
        for (int i = 0; i < 12; ++i) {
            ServerContent c;
            c.modelTurn = Content {{},
                                   {Part {.inlineData = Blob {u"audio/pcm;rate=24000"_s,
                                                              speech.mid(i * 1920, 1920)}}}};
            if (i == 0)
                c.outputTranscription = Transcription {.text = u"Still here."_s};
            m_server->send(ServerMessage {.serverContent = c});
        }
        m_server->send(ServerMessage {.serverContent = ServerContent {.turnComplete = true}});
    }

    FakeLiveServer *m_server;
    QList<QByteArray> m_hostile;
};

struct Result
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString stdErr;
};

Result runCli(const QStringList &args, int timeoutMs = 90000)
{
    QProcess process;
    process.setProgram(QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-cli"));
    process.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GEMINI_API_KEY"_s);
    env.remove(u"GOOGLE_API_KEY"_s);
    process.setProcessEnvironment(env);
    QSignalSpy done(&process, &QProcess::finished);
    process.start();
    // Generous: an ASan build of the CLI is ~100 MB to map, on a machine that may be busy.
    if (!process.waitForStarted(60000))
        return {-1, QProcess::CrashExit, u"livedesk-cli did not start: "_s + process.errorString()};
    if (!done.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QProcess::CrashExit,
                u"livedesk-cli had not ended after %1 ms; its errors so far:\n"_s.arg(timeoutMs)
                        + QString::fromUtf8(process.readAllStandardError())};
    }
    return {process.exitCode(), process.exitStatus(),
            QString::fromUtf8(process.readAllStandardError())};
}

QList<QJsonObject> readEvents(const QString &path)
{
    QList<QJsonObject> events;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return events;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            events.append(QJsonDocument::fromJson(line).object());
    }
    return events;
}

QList<QJsonObject> ofType(const QList<QJsonObject> &events, const QString &type)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : events) {
        if (e.value(u"type"_s).toString() == type)
            out.append(e);
    }
    return out;
}

// 16 kHz mono noise: the speech a test sends (noise keeps the Opus encoder busy).
bool writeNoiseWav(const QString &path, double seconds)
{
    QByteArray pcm;
    quint32 state = 12345;
    for (int i = 0; i < int(seconds * 16000); ++i) {
        state = state * 1664525u + 1013904223u;
        const qint16 s = qint16(int(state >> 16) % 16000 - 8000);
        pcm.append(reinterpret_cast<const char *>(&s), 2);
    }
    return livedesk::dsp::writeWav(path, pcm, 16000, 1);
}

} // namespace

class tst_CliHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void audioThatDecodesToNothing_data();
    void audioThatDecodesToNothing();
    void audioAtAbsurdRatesIsSkipped();
    void aPictureTooLargeIsRefused();
    void aTruncatedInputIsSaidOutLoud();
    void aFullDiskFailsTheRun_data();
    void aFullDiskFailsTheRun();

private:
    QStringList serverArgs(const FakeLiveServer &server) const
    {
        return {u"--endpoint"_s, server.url().toString(), u"--api-key"_s, u"k"_s};
    }

    QTemporaryDir m_dir;
    QString m_speech;
};

void tst_CliHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-cli")));
    m_speech = m_dir.filePath(u"speech.wav"_s);
    QVERIFY(writeNoiseWav(m_speech, 0.5));
}

void tst_CliHostile::audioThatDecodesToNothing_data()
{
    QTest::addColumn<QByteArray>("data"); // the part's base64
    QTest::addColumn<QString>("output"); // --record or --mix
    QTest::addColumn<QString>("input"); // --text or --input

    const QList<QPair<const char *, QByteArray>> payloads {{"empty", ""},
                                                           {"one byte (AA==)", "AA=="},
                                                           {"not base64", "@@@not*base64@@@"}};
    for (const auto &[name, data] : payloads) {
        for (const QString &output : {u"--record"_s, u"--mix"_s}) {
            for (const QString &input : {u"--text"_s, u"--input"_s})
                QTest::addRow("%s, %s, %s", name, qPrintable(output), qPrintable(input))
                        << data << output << input;
        }
    }
}

void tst_CliHostile::audioThatDecodesToNothing()
{
    // These crashed the CLI: the resampler read an empty chunk as the end of the stream.
    QFETCH(QByteArray, data);
    QFETCH(QString, output);
    QFETCH(QString, input);
    FakeLiveServer server;
    QVERIFY(server.listen());
    Responder responder(&server, {audioFrame(u"audio/pcm;rate=24000"_s, data),
                                  audioFrame(u"audio/pcm;rate=16000"_s, data)});
    const QString file = m_dir.filePath(output == u"--record" ? u"empty.opus"_s : u"empty.wav"_s);
    const QStringList inputArgs = input == u"--text" ? QStringList {input, u"hello"_s}
                                                     : QStringList {input, m_speech};
    const Result r = runCli(serverArgs(server) + inputArgs + QStringList {output, file});
    QVERIFY2(r.status == QProcess::NormalExit, qPrintable(r.stdErr));
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    QVERIFY(QFileInfo(file).size() > 0);
}

void tst_CliHostile::audioAtAbsurdRatesIsSkipped()
{
    // "rate=1" made the reply 24 000 times too long (out.wav 1.38 GB); 0, huge and non-numeric
    // rates are as wrong. Each part is skipped and reported — once, not once per part.
    FakeLiveServer server;
    QVERIFY(server.listen());
    QList<QByteArray> hostile;
    const QByteArray part = tone24k(40).toBase64();
    for (int i = 0; i < 40; ++i)
        hostile.append(audioFrame(u"audio/pcm;rate=1"_s, part));
    for (const QString &label : {u"audio/pcm;rate=0"_s, u"audio/pcm;rate=96000000"_s,
                                 u"audio/pcm;rate=fast"_s, u"audio/pcm;rate=7999"_s})
        hostile.append(audioFrame(label, part));
    Responder responder(&server, hostile);
    const QString reply = m_dir.filePath(u"rates-reply.wav"_s);
    const QString record = m_dir.filePath(u"rates.opus"_s);
    const QString events = m_dir.filePath(u"rates-events.jsonl"_s);
    const QString metrics = m_dir.filePath(u"rates-metrics.json"_s);
    const Result r = runCli(serverArgs(server)
                            + QStringList {u"--text"_s, u"hello"_s, u"--output"_s, reply,
                                           u"--record"_s, record, u"--events"_s, events,
                                           u"--metrics"_s, metrics});
    QVERIFY2(r.status == QProcess::NormalExit, qPrintable(r.stdErr));
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));

    // Only the proper speech was played and written.
    const auto wav = livedesk::dsp::readWav(reply);
    QVERIFY2(wav.audio, qPrintable(wav.error));
    QCOMPARE(wav.audio->frames(), 24 * 480);
    QFile m(metrics);
    QVERIFY(m.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(m.readAll()).object().value(u"audio_received_ms"_s).toInt(),
             480);

    const auto errors = ofType(readEvents(events), u"error"_s);
    QCOMPARE(errors.size(), 1); // the first of 44: one in a hundred is reported
    const QJsonObject error = errors.first();
    QCOMPARE(error.value(u"category"_s).toString(), u"protocol"_s);
    QCOMPARE(error.value(u"fatal"_s).toBool(), false);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"rate=1"_s),
             qPrintable(error.value(u"message"_s).toString()));
    QVERIFY2(error.value(u"message"_s).toString().contains(u"8000–48000 Hz"_s),
             qPrintable(error.value(u"message"_s).toString()));
}

void tst_CliHostile::aPictureTooLargeIsRefused()
{
    // A small PNG whose header declares 30000×30000 pixels: decoding it took 5.37 GB.
    QImage small(16, 16, QImage::Format_RGB32);
    small.fill(Qt::darkCyan);
    const QString path = m_dir.filePath(u"huge.png"_s);
    QVERIFY(small.save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    qToBigEndian<quint32>(30000, bytes.data() + 16);
    qToBigEndian<quint32>(30000, bytes.data() + 20);
    qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(bytes.constData() + 12),
                                        17)),
                          bytes.data() + 29);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    FakeLiveServer server;
    QVERIFY(server.listen());
    const Result r = runCli(serverArgs(server)
                            + QStringList {u"--text"_s, u"what is this?"_s, u"--video"_s, path});
    QVERIFY2(r.status == QProcess::NormalExit, qPrintable(r.stdErr));
    QCOMPARE(r.exitCode, 2); // a bad input file, before anything connects
    QVERIFY2(r.stdErr.contains(u"too large: 30000×30000 pixels"_s), qPrintable(r.stdErr));
    QCOMPARE(server.connectionCount(), 0);
}

void tst_CliHostile::aTruncatedInputIsSaidOutLoud()
{
    // A WAV whose header promises 3 s while the file holds 0.5 s (a copy cut short).
    QFile source(m_speech);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    qToLittleEndian<quint32>(3 * 16000 * 2, bytes.data() + 40);
    const QString path = m_dir.filePath(u"truncated.wav"_s);
    QFile cut(path);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    QCOMPARE(cut.write(bytes), bytes.size());
    cut.close();

    FakeLiveServer server;
    QVERIFY(server.listen());
    Responder responder(&server, {});
    const Result r = runCli(serverArgs(server) + QStringList {u"--input"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    QVERIFY2(r.stdErr.contains(u"livedesk-cli: warning: --input "_s + path
                               + u" is truncated: the header says 3.00 s, the file holds 0.50 s"_s),
             qPrintable(r.stdErr));
}

void tst_CliHostile::aFullDiskFailsTheRun_data()
{
    QTest::addColumn<QString>("flag"); // the output on the full disk
    QTest::newRow("--events") << u"--events"_s;
    QTest::newRow("--record") << u"--record"_s;
}

void tst_CliHostile::aFullDiskFailsTheRun()
{
    // Both ended with exit 0 ("failed: Unknown error", or an empty file and no word of it).
    QFETCH(QString, flag);
    SmallDisk disk(64 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString full = disk.filePath(flag == u"--events" ? u"events.jsonl"_s : u"talk.opus"_s);
    // The recording's header must fit (it is written before the conversation starts); the
    // event file fails with its first line.
    QVERIFY(disk.fillLeaving(flag == u"--events" ? 0 : 4096));
    // Two seconds of noise: more Opus than the file's first block holds.
    const QString speech = m_dir.filePath(u"noise-2s.wav"_s);
    QVERIFY(writeNoiseWav(speech, 2.0));

    FakeLiveServer server;
    QVERIFY(server.listen());
    Responder responder(&server, {});
    const QString events = m_dir.filePath(u"disk-events.jsonl"_s);
    const QString metrics = m_dir.filePath(u"disk-metrics.json"_s);
    QStringList args = serverArgs(server)
                       + QStringList {u"--input"_s, speech, u"--metrics"_s, metrics, flag, full};
    if (flag != u"--events")
        args << u"--events"_s << events;
    const Result r = runCli(args);
    QVERIFY2(r.status == QProcess::NormalExit, qPrintable(r.stdErr));
    QVERIFY2(r.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.stdErr)));
    QVERIFY2(r.stdErr.contains(u"No space left on device"_s), qPrintable(r.stdErr));
    QVERIFY2(r.stdErr.contains(full), qPrintable(r.stdErr));
    QFile m(metrics);
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(m.readAll()).object();
    QCOMPARE(o.value(u"exit_code"_s).toInt(), 1);
    if (flag == u"--record") {
        const auto recording = ofType(readEvents(events), u"recording"_s);
        QVERIFY(!recording.isEmpty());
        const QJsonObject last = recording.last();
        QCOMPARE(last.value(u"state"_s).toString(), u"failed"_s);
        QVERIFY2(last.value(u"error"_s).toString().contains(u"No space left on device"_s),
                 qPrintable(last.value(u"error"_s).toString()));
        QCOMPARE(o.value(u"recording"_s).toObject().value(u"ok"_s).toBool(true), false);
    }
}

QTEST_GUILESS_MAIN(tst_CliHostile)
#include "tst_cli_hostile.moc"
