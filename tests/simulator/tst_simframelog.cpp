// The frame log: one JSON line per client frame with the fields tests rely on (time, connection,
// session, kind, sizes, audio sequence and fingerprint), across a reconnect, and never a secret.
#include "simtestclient.h"

#include "simulator/framelog.h"

#include <QFile>

using namespace livedesk::sim;
using namespace livedesk::protocol;
using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QString kSecret = u"secret-key-123"_s;

QList<QJsonObject> readLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QByteArray pcmChunk(int bytes, char fill)
{
    return QByteArray(bytes, fill);
}

} // namespace

class tst_SimFrameLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsEveryClientFrame();
    void recordsInvalidFrames();
    void unwritableLogFailsToStart();
};

void tst_SimFrameLog::recordsEveryClientFrame()
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(u"frames.jsonl"_s);
    SimulatorOptions options;
    options.apiKey = kSecret;
    options.frameLogPath = logPath;
    options.speechSpeedFactor = 50;
    Simulator sim(options);
    QVERIFY(sim.start());

    // First connection: setup, five audio chunks of different sizes, a frame, a text turn.
    const QList<int> firstSizes = {640, 1280, 960, 3200, 1280};
    QList<QByteArray> chunks;
    QString handle;
    {
        Client client;
        QVERIFY(client.openAndSetUp(liveUrl(sim, u"key="_s + kSecret),
                                    R"({"sessionResumption":{}})"));
        for (int i = 0; i < firstSizes.size(); ++i) {
            chunks.append(pcmChunk(firstSizes.at(i), char(i + 1)));
            client.sendAudio(chunks.last(), chunks.last().size());
        }
        client.sendJson(
                R"({"realtimeInput":{"video":{"data":"/9j/2wBDAA==","mimeType":"image/jpeg"}}})");
        client.sendRealtimeText(u"hello"_s);
        QVERIFY(client.waitFor(isTurnComplete) >= 0);
        const qsizetype update = client.waitFor(
                [](const ServerMessage &m) {
                    return m.sessionResumptionUpdate && m.sessionResumptionUpdate->resumable;
                },
                5000, client.waitFor(isTurnComplete));
        QVERIFY(update >= 0);
        handle = client.messages.at(update).sessionResumptionUpdate->newHandle;
        QSignalSpy gone(&sim, &Simulator::clientDisconnected);
        client.socket->close();
        QVERIFY(gone.wait(3000));
    }
    // Second connection resumes, in the header-key form, and sends three more chunks.
    {
        Client client;
        QVERIFY(client.open(liveUrl(sim, {}), {{"x-goog-api-key", kSecret.toUtf8()}}));
        client.sendSetup(R"({"sessionResumption":{"handle":")" + handle.toUtf8() + R"("}})");
        QVERIFY(client.waitFor([](const ServerMessage &m) { return m.setupComplete.has_value(); })
                >= 0);
        for (int i = 0; i < 3; ++i) {
            chunks.append(pcmChunk(1280, char(10 + i)));
            client.sendAudio(chunks.last(), chunks.last().size());
        }
        QSignalSpy gone(&sim, &Simulator::clientDisconnected);
        (void) QTest::qWaitFor([&] { return readLog(logPath).size() >= 14; }, 3000);
        client.socket->close();
        QVERIFY(gone.wait(3000));
    }

    QFile raw(logPath);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(!text.contains(kSecret.toUtf8()));
    QVERIFY(!text.contains("key="));

    const QList<QJsonObject> lines = readLog(logPath);
    QStringList kinds;
    double lastT = -1;
    QList<QJsonObject> audio;
    for (const QJsonObject &line : lines) {
        QVERIFY(line.value(u"t"_s).toDouble() >= lastT); // monotonic
        lastT = line.value(u"t"_s).toDouble();
        QVERIFY(line.value(u"conn"_s).toInt() >= 1);
        if (line.contains(u"event"_s)) {
            kinds.append(line.value(u"event"_s).toString() + u':'
                         + QString::number(line.value(u"conn"_s).toInt()));
            continue;
        }
        kinds.append(line.value(u"kind"_s).toString());
        QVERIFY(line.value(u"bytes"_s).toInt() > 0);
        QCOMPARE(line.value(u"frame"_s).toString(), u"text"_s);
        if (line.value(u"kind"_s).toString() == u"realtimeInput.audio")
            audio.append(line);
    }
    const QStringList expected = {
            u"open:1"_s,
            u"setup"_s,
            u"realtimeInput.audio"_s,
            u"realtimeInput.audio"_s,
            u"realtimeInput.audio"_s,
            u"realtimeInput.audio"_s,
            u"realtimeInput.audio"_s,
            u"realtimeInput.video"_s,
            u"realtimeInput.text"_s,
            u"close:1"_s,
            u"open:2"_s,
            u"setup"_s,
            u"realtimeInput.audio"_s,
            u"realtimeInput.audio"_s,
            u"realtimeInput.audio"_s,
            u"close:2"_s,
    };
    QCOMPARE(kinds, expected);

    // Every chunk exactly once, in order, with its size, sequence and fingerprint.
    QCOMPARE(audio.size(), chunks.size());
    for (qsizetype i = 0; i < audio.size(); ++i) {
        const QJsonObject &a = audio.at(i);
        QCOMPARE(a.value(u"pcmBytes"_s).toInt(), chunks.at(i).size());
        QCOMPARE(a.value(u"seq"_s).toInt(), int(i < 5 ? i + 1 : i - 4));
        QCOMPARE(a.value(u"hash"_s).toString(), FrameLog::fingerprint(chunks.at(i)));
        QCOMPARE(a.value(u"mimeType"_s).toString(), u"audio/pcm;rate=16000"_s);
        QCOMPARE(a.value(u"session"_s).toString(), u"s1"_s); // the resumed session is the same
    }
    QCOMPARE(audio.first().value(u"conn"_s).toInt(), 1);
    QCOMPARE(audio.last().value(u"conn"_s).toInt(), 2);
}

void tst_SimFrameLog::recordsInvalidFrames()
{
    QTemporaryDir dir;
    SimulatorOptions options;
    options.frameLogPath = dir.filePath(u"frames.jsonl"_s);
    Simulator sim(options);
    QVERIFY(sim.start());
    Client client;
    QVERIFY(client.open(liveUrl(sim)));
    client.sendBinary("{not json");
    QVERIFY(client.waitForClose());
    const QList<QJsonObject> lines = readLog(options.frameLogPath);
    QCOMPARE(lines.size(), 3); // open, the frame, close
    QCOMPARE(lines.at(1).value(u"kind"_s).toString(), u"invalid"_s);
    QCOMPARE(lines.at(1).value(u"frame"_s).toString(), u"binary"_s);
    QCOMPARE(lines.at(1).value(u"bytes"_s).toInt(), 9);
    QCOMPARE(lines.at(2).value(u"code"_s).toInt(), 1007);
}

void tst_SimFrameLog::unwritableLogFailsToStart()
{
    SimulatorOptions options;
    options.frameLogPath = u"/nonexistent-dir/frames.jsonl"_s;
    Simulator sim(options);
    QString error;
    QVERIFY(!sim.start(&error));
    QVERIFY(error.contains(u"/nonexistent-dir/frames.jsonl"));
    QVERIFY(!sim.isListening());
}

QTEST_GUILESS_MAIN(tst_SimFrameLog)
#include "tst_simframelog.moc"
