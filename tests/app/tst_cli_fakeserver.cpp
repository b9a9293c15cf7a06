// The real livedesk-cli binary (run as a QProcess, as a user runs it) against a scripted
// in-process server: the paths the simulator is not meant to script — every close code mapped to
// its exit code, a setup that is never confirmed, a clean close mid-run — plus the event and
// metrics files, the reply WAV and the get_current_time round trip checked byte for byte; and
// what a user sees of a hostile server (hostileServer: exit codes, no credential in any output).
#include "audio/dsp/wavfile.h"
#include "fakeliveserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::protocol;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;

namespace {

enum class Script {
    Reply, // every user turn gets transcripts, 0.48 s of speech and turnComplete with usage
    ToolThenReply, // the first turn calls get_current_time first
    CloseAfterSetup, // close with the row's code and reason instead of setupComplete
    NeverConfirmSetup,
    CloseCleanlyAfterSetup,
    // Hostile servers (issue 17; the session-level table is tests/session/tst_hostile_server):
    CloseAfterEverySetup, // the row's close right after every setupComplete
    ContentBeforeSetup, // a whole model turn instead of setupComplete
    CloseOnFirstQuestion, // the row's close when the first question arrives, then replies
};

QByteArray tone24k(int ms)
{
    QByteArray out;
    for (int i = 0; i < 24 * ms; ++i) {
        const qint16 s = qint16(6000 * std::sin(2 * M_PI * 220 * i / 24000.0));
        out.append(reinterpret_cast<const char *>(&s), 2);
    }
    return out;
}

// Plays the model's side of the conversation on top of FakeLiveServer.
class Responder : public QObject
{
public:
    Responder(FakeLiveServer *server, Script script, int closeCode = 0, QString reason = {})
        : m_server(server)
        , m_script(script)
        , m_closeCode(closeCode)
        , m_reason(std::move(reason))
    {
        server->setSetupReply(script == Script::Reply || script == Script::ToolThenReply
                                              || script == Script::CloseOnFirstQuestion
                                      ? FakeLiveServer::SetupReply::Immediate
                                      : FakeLiveServer::SetupReply::Manual);
        connect(server, &FakeLiveServer::messageReceived, this, &Responder::onMessage);
    }

    QList<FunctionResponse> toolResponses;
    int audioChunks = 0;

private:
    void onMessage(const ClientMessage &message)
    {
        if (std::holds_alternative<Setup>(message)) {
            if (m_script == Script::CloseAfterSetup)
                m_server->closeClient(m_closeCode, m_reason);
            else if (m_script == Script::CloseCleanlyAfterSetup) {
                m_server->sendSetupComplete();
                m_server->closeClient(1000, {});
            } else if (m_script == Script::CloseAfterEverySetup) {
                m_server->sendSetupComplete();
                m_server->closeClient(m_closeCode, m_reason);
            } else if (m_script == Script::ContentBeforeSetup) {
                reply();
            }
            return;
        }
        if (const auto *response = std::get_if<ToolResponse>(&message)) {
            toolResponses += response->functionResponses;
            reply();
            return;
        }
        const auto *input = std::get_if<RealtimeInput>(&message);
        if (input && input->audio)
            ++audioChunks;
        const bool endOfUserTurn = std::holds_alternative<ClientContent>(message)
                                   || (input && (input->text || input->audioStreamEnd));
        if (!endOfUserTurn)
            return;
        if (m_script == Script::CloseOnFirstQuestion && m_server->connectionCount() == 1) {
            m_server->closeClient(m_closeCode, m_reason);
            return;
        }
        if (m_script == Script::ToolThenReply && toolResponses.isEmpty()) {
            m_server->send(ServerMessage {
                    .toolCall = ToolCall {{FunctionCall {u"fc-42"_s, u"get_current_time"_s, {}}}}});
            return;
        }
        reply();
    }

    void reply()
    {
        m_server->send(ServerMessage {
                .serverContent = ServerContent {
                        .inputTranscription = Transcription {.text = u"what time is it"_s,
                                                             .finished = true}}});
        const QByteArray speech = tone24k(480);
        for (int i = 0; i < 12; ++i) {
            ServerContent c;
            c.modelTurn = Content {{},
                                   {Part {.inlineData = Blob {u"audio/pcm;rate=24000"_s,
                                                              speech.mid(i * 1920, 1920)}}}};
            if (i == 0)
                c.outputTranscription = Transcription {.text = u"It is noon."_s};
            m_server->send(ServerMessage {.serverContent = c});
        }
        m_server->send(ServerMessage {.serverContent = ServerContent {.generationComplete = true}});
        UsageMetadata usage;
        usage.promptTokenCount = 100;
        usage.responseTokenCount = 16;
        usage.totalTokenCount = 116;
        usage.promptTokensDetails = {{Modality::Audio, 90}, {Modality::Text, 10}};
        usage.responseTokensDetails = {{Modality::Audio, 16}};
        m_server->send(ServerMessage {.serverContent = ServerContent {.turnComplete = true},
                                      .usageMetadata = usage});
    }

    FakeLiveServer *m_server;
    Script m_script;
    int m_closeCode;
    QString m_reason;
};

struct Result
{
    int exitCode = -1;
    QString stdErr;
    QString stdOut;
};

Result runCli(const QStringList &args, int timeoutMs = 60000,
              const QHash<QString, QString> &environment = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-cli"));
    process.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GEMINI_API_KEY"_s);
    env.remove(u"GOOGLE_API_KEY"_s);
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QSignalSpy done(&process, &QProcess::finished);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    if (!done.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError()),
            QString::fromUtf8(process.readAllStandardOutput())};
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

QStringList types(const QList<QJsonObject> &events)
{
    QStringList out;
    for (const auto &e : events)
        out.append(e.value(u"type"_s).toString());
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Script)

class tst_CliFakeServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textTurnWritesEverything();
    void speechTurnIsChunkedAndPaced();
    void toolRoundTrip();
    void failures_data();
    void failures();
    void hostileServer_data();
    void hostileServer();

private:
    QTemporaryDir m_dir;
};

void tst_CliFakeServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-cli")));
}

void tst_CliFakeServer::textTurnWritesEverything()
{
    FakeLiveServer server;
    QVERIFY(server.listen());
    Responder responder(&server, Script::Reply);
    const QString events = m_dir.filePath(u"text-events.jsonl"_s);
    const QString metrics = m_dir.filePath(u"text-metrics.json"_s);
    const QString reply = m_dir.filePath(u"text-reply.wav"_s);

    const Result r = runCli({u"--endpoint"_s, server.url().toString(), u"--api-key"_s,
                             u"SECRET-KEY-1"_s, u"--text"_s, u"What time is it?"_s, u"--events"_s,
                             events, u"--metrics"_s, metrics, u"--output"_s, reply});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    QVERIFY2(r.stdOut.contains(u"model: It is noon."_s), qPrintable(r.stdOut));

    const auto list = readEvents(events);
    const QStringList seen = types(list);
    for (const QString &type :
         {u"state"_s, u"setup_complete"_s, u"input_transcript"_s, u"output_transcript"_s,
          u"audio_out"_s, u"turn_complete"_s, u"usage"_s})
        QVERIFY2(seen.contains(type), qPrintable(type));
    qint64 last = -1;
    for (const auto &e : list) {
        QVERIFY(e.contains(u"t_ms"_s));
        QVERIFY(e.value(u"t_ms"_s).toInteger() >= last); // monotonic
        last = e.value(u"t_ms"_s).toInteger();
    }
    // The key is in no file.
    QFile raw(events);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("SECRET-KEY-1"));

    QFile m(metrics);
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QByteArray metricsBytes = m.readAll();
    QVERIFY(!metricsBytes.contains("SECRET-KEY-1"));
    const QJsonObject o = QJsonDocument::fromJson(metricsBytes).object();
    for (const QString &key :
         {u"audio_sent_ms"_s, u"audio_chunks_sent"_s, u"audio_received_ms"_s, u"frames_sent"_s,
          u"turns"_s, u"reconnects"_s, u"first_audio_latency_ms"_s, u"bytes_sent"_s,
          u"bytes_received"_s, u"tokens"_s, u"estimated_cost_usd"_s})
        QVERIFY2(o.contains(key), qPrintable(key));
    QCOMPARE(o.value(u"turns"_s).toInt(), 1);
    QCOMPARE(o.value(u"audio_received_ms"_s).toInt(), 480);
    QVERIFY(o.value(u"first_audio_latency_ms"_s).toInteger() >= 0);
    QCOMPARE(o.value(u"tokens"_s).toObject().value(u"total"_s).toInt(), 116);
    const double cost = (90 * 3.0 + 10 * 0.5 + 16 * 12.0) / 1e6;
    QVERIFY(qAbs(o.value(u"estimated_cost_usd"_s).toDouble() - cost) < 1e-12);

    const auto wav = livedesk::dsp::readWav(reply);
    QVERIFY2(wav.audio, qPrintable(wav.error));
    QCOMPARE(wav.audio->sampleRate, 24000);
    QCOMPARE(wav.audio->channels, 1);
    QCOMPARE(wav.audio->frames(), 24 * 480);
}

void tst_CliFakeServer::speechTurnIsChunkedAndPaced()
{
    FakeLiveServer server;
    QVERIFY(server.listen());
    Responder responder(&server, Script::Reply);
    // 0.6 s of tone at 48 kHz stereo: converted to 16 kHz mono and sent in 40 ms chunks.
    QByteArray pcm;
    for (int i = 0; i < 28800; ++i) {
        const qint16 s = qint16(8000 * std::sin(2 * M_PI * 300 * i / 48000.0));
        pcm.append(reinterpret_cast<const char *>(&s), 2)
                .append(reinterpret_cast<const char *>(&s), 2);
    }
    const QString input = m_dir.filePath(u"speech.wav"_s);
    QVERIFY(livedesk::dsp::writeWav(input, pcm, 48000, 2));
    const QString metrics = m_dir.filePath(u"speech-metrics.json"_s);

    QElapsedTimer clock;
    clock.start();
    const Result r = runCli({u"--endpoint"_s, server.url().toString(), u"--api-key"_s, u"k"_s,
                             u"--input"_s, input, u"--trailing-silence-ms"_s, u"400"_s,
                             u"--metrics"_s, metrics});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    // Real-time pacing: a second of audio (speech and silence) takes about a second to send.
    QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));

    QFile m(metrics);
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(m.readAll()).object();
    QCOMPARE(o.value(u"audio_sent_ms"_s).toInt(), 1000);
    QCOMPARE(o.value(u"audio_chunks_sent"_s).toInt(), 25);
    QCOMPARE(responder.audioChunks, 25);
    for (const auto &message : server.received()) {
        if (const auto *in = std::get_if<RealtimeInput>(&message); in && in->audio)
            QCOMPARE(in->audio->data.size(), 1280);
    }
    QVERIFY(std::get<RealtimeInput>(server.received().last()).audioStreamEnd);
}

void tst_CliFakeServer::toolRoundTrip()
{
    FakeLiveServer server;
    QVERIFY(server.listen());
    Responder responder(&server, Script::ToolThenReply);
    const QString events = m_dir.filePath(u"tool-events.jsonl"_s);
    const Result r = runCli({u"--endpoint"_s, server.url().toString(), u"--api-key"_s, u"k"_s,
                             u"--text"_s, u"What time is it?"_s, u"--events"_s, events});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));

    // The setup declared the function.
    const Setup setup = std::get<Setup>(server.received().first());
    QCOMPARE(setup.tools.first().functionDeclarations.first().name, u"get_current_time"_s);
    // The answer echoes the id and carries the local time zone.
    QCOMPARE(responder.toolResponses.size(), 1);
    const FunctionResponse answer = responder.toolResponses.first();
    QCOMPARE(answer.id, u"fc-42"_s);
    QCOMPARE(answer.name, u"get_current_time"_s);
    const QJsonObject output = answer.response.value(u"output"_s).toObject();
    QVERIFY(!output.value(u"time_zone"_s).toString().isEmpty());
    QVERIFY(QDateTime::fromString(output.value(u"iso8601"_s).toString(), Qt::ISODate).isValid());

    const auto list = readEvents(events);
    const QStringList seen = types(list);
    QVERIFY(seen.indexOf(u"tool_call"_s) >= 0);
    QVERIFY(seen.indexOf(u"tool_response"_s) > seen.indexOf(u"tool_call"_s));
    QVERIFY(seen.indexOf(u"turn_complete"_s) > seen.indexOf(u"tool_response"_s));
    QCOMPARE(list.at(seen.indexOf(u"tool_response"_s)).value(u"id"_s).toString(), u"fc-42"_s);
}

void tst_CliFakeServer::failures_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("wrong key (1007) exits 3")
            << Script::CloseAfterSetup << 1007
            << u"API key not valid. Please pass a valid API key."_s << QStringList {} << 3;
    QTest::newRow("unknown model (1008) exits 4")
            << Script::CloseAfterSetup << 1008
            << u"models/nope is not found for API version v1beta, or is not supported for "
               "bidiGenerateContent."_s
            << QStringList {} << 4;
    QTest::newRow("quota (1011 RESOURCE_EXHAUSTED) exits 7")
            << Script::CloseAfterSetup << 1011 << u"RESOURCE_EXHAUSTED"_s << QStringList {} << 7;
    QTest::newRow("internal error (1011) exits 8")
            << Script::CloseAfterSetup << 1011 << u"Internal error occurred."_s << QStringList {}
            << 8;
    QTest::newRow("region refused (1007) exits 9")
            << Script::CloseAfterSetup << 1007
            << u"User location is not supported for the API use."_s << QStringList {} << 9;
    QTest::newRow("setup never confirmed and --timeout expires: exits 6")
            << Script::NeverConfirmSetup << 0 << QString() << QStringList {u"--timeout"_s, u"2"_s}
            << 6;
    QTest::newRow("clean close before the turn: exits 8")
            << Script::CloseCleanlyAfterSetup << 0 << QString() << QStringList {} << 8;
}

void tst_CliFakeServer::failures()
{
    QFETCH(Script, script);
    QFETCH(int, closeCode);
    QFETCH(QString, reason);
    QFETCH(QStringList, extraArgs);
    QFETCH(int, exitCode);

    FakeLiveServer server;
    QVERIFY(server.listen());
    Responder responder(&server, script, closeCode, reason);
    const QString metrics = m_dir.filePath(u"fail-metrics.json"_s);
    const Result r = runCli(QStringList {u"--endpoint"_s, server.url().toString(), u"--api-key"_s,
                                         u"k"_s, u"--text"_s, u"hi"_s, u"--metrics"_s, metrics}
                            + extraArgs);
    QCOMPARE(r.exitCode, exitCode);
    // One line, naming the server's reason verbatim where there is one.
    const QStringList lines = r.stdErr.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"livedesk-cli: "_s), qPrintable(r.stdErr));
    if (!reason.isEmpty())
        QVERIFY2(r.stdErr.contains(reason), qPrintable(r.stdErr));
    QFile m(metrics);
    QVERIFY(m.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(m.readAll()).object().value(u"exit_code"_s).toInt(), exitCode);
}

// What a user of the CLI sees of a hostile server: the exit code, and no credential in stderr,
// stdout, events.jsonl or metrics.json however the server echoes it; the `Connecting` event's URL.
void tst_CliFakeServer::hostileServer_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<QString>("reason"); // %KEY% stands for the credential
    QTest::addColumn<bool>("keyFromEnvironment");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("connections");

    QTest::newRow("#2 1011 after every setupComplete: --max-reconnects 2 ends it, exit 8")
            << Script::CloseAfterEverySetup << 1011 << u"Internal error occurred."_s << false
            << QStringList {u"--max-reconnects"_s, u"2"_s} << 8 << 3;
    QTest::newRow("#3 a model turn before setupComplete: exit 8, not 0")
            << Script::ContentBeforeSetup << 0 << QString() << false << QStringList {} << 8 << 1;
    QTest::newRow("#4 a key from the environment echoed by a 1007 at connect: exit 3")
            << Script::CloseAfterSetup << 1007
            << u"API key not valid. Please pass a valid API key: %KEY%"_s << true << QStringList {}
            << 3 << 1;
    QTest::newRow("#4 --api-key echoed by a 1008 mid-session: resumed, exit 0")
            << Script::CloseOnFirstQuestion << 1008
            << u"Operation is not implemented, or supported, or enabled. caller=%KEY%"_s << false
            << QStringList {} << 0 << 2;
}

void tst_CliFakeServer::hostileServer()
{
    QFETCH(Script, script);
    QFETCH(int, closeCode);
    QFETCH(QString, reason);
    QFETCH(bool, keyFromEnvironment);
    QFETCH(QStringList, extraArgs);
    QFETCH(int, exitCode);
    QFETCH(int, connections);

    const QString key = u"AIzaSyCLI-HOSTILE-0123456789abcdefghijk"_s;
    reason.replace(u"%KEY%"_s, key);
    FakeLiveServer server;
    QVERIFY(server.listen());
    Responder responder(&server, script, closeCode, reason);
    const QString events = m_dir.filePath(u"hostile-events.jsonl"_s);
    const QString metrics = m_dir.filePath(u"hostile-metrics.json"_s);
    QFile::remove(events);
    QFile::remove(metrics);
    QStringList args {u"--endpoint"_s, server.url().toString(), u"--text"_s, u"hi"_s, u"--events"_s,
                      events,          u"--metrics"_s,          metrics};
    QHash<QString, QString> environment;
    if (keyFromEnvironment)
        environment.insert(u"GEMINI_API_KEY"_s, key);
    else
        args << u"--api-key"_s << key;
    const Result r = runCli(args + extraArgs, 60000, environment);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.stdErr));
    QCOMPARE(server.connectionCount(), connections);

    QFile eventFile(events);
    QVERIFY(eventFile.open(QIODevice::ReadOnly));
    const QByteArray eventBytes = eventFile.readAll();
    QFile metricsFile(metrics);
    QVERIFY(metricsFile.open(QIODevice::ReadOnly));
    const QByteArray metricsBytes = metricsFile.readAll();
    for (const QByteArray &text : {r.stdErr.toUtf8(), r.stdOut.toUtf8(), eventBytes, metricsBytes})
        QVERIFY2(!text.contains(key.toUtf8()), text.constData());
    if (reason.contains(key)) // the server's words are kept, the key taken out of them
        QVERIFY2(eventBytes.contains("[redacted]"), eventBytes.constData());

    // #14: the Connecting event names the (redacted) URL.
    const auto list = readEvents(events);
    bool connecting = false;
    for (const QJsonObject &e : list) {
        if (e.value(u"type"_s) == u"state"_s && e.value(u"state"_s) == u"Connecting"_s) {
            connecting = true;
            QVERIFY2(e.value(u"url"_s).toString().startsWith(server.url().toString()),
                     qPrintable(e.value(u"url"_s).toString()));
        }
    }
    QVERIFY(connecting);
    if (script == Script::CloseOnFirstQuestion) {
        bool rejected = false;
        for (const QJsonObject &e : list)
            rejected |= e.value(u"type"_s) == u"reconnect"_s
                        && e.value(u"reason"_s) == u"server_rejected"_s;
        QVERIFY2(rejected, eventBytes.constData());
    }
}

QTEST_GUILESS_MAIN(tst_CliFakeServer)
#include "tst_cli_fakeserver.moc"
