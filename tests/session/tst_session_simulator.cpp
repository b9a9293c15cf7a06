// LiveSession against the real simulator (in-process, 127.0.0.1, port 0): handshake over binary
// and text frames, a text turn, a spoken turn with espeak-ng speech, a tool round trip, barge-in,
// the service's closes for a wrong key and unknown or retired models (and HTTP refusals), the
// ephemeral token path, slow pongs, a malformed frame, a dropped connection, and the simulator's
// cumulative usage read without double counting.
#include "audio/dsp/wavfile.h"
#include "session/ephemeraltoken.h"
#include "session/livesession.h"
#include "simulator/simulator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;
using State = LiveSession::State;

Q_DECLARE_METATYPE(livedesk::sim::FrameType)

namespace {

constexpr auto kModel = "gemini-2.5-flash-native-audio-preview-12-2025";

livedesk::sim::SimulatorOptions fastSimulator()
{
    livedesk::sim::SimulatorOptions o;
    o.speechSpeedFactor = 50; // replies arrive 50× faster than real time
    o.inputTranscriptionDelayMs = 20;
    return o;
}

EndpointConfig endpointFor(const livedesk::sim::Simulator &sim, const QString &key = u"k"_s)
{
    EndpointConfig e;
    e.baseUrl = sim.url();
    e.apiKey = key;
    return e;
}

Setup setupFor(const QString &model = QString::fromLatin1(kModel))
{
    Setup s;
    s.model = u"models/"_s + model;
    GenerationConfig g;
    g.responseModalities = {Modality::Audio};
    s.generationConfig = g;
    s.inputAudioTranscription = AudioTranscriptionConfig {};
    s.outputAudioTranscription = AudioTranscriptionConfig {};
    s.sessionResumption = SessionResumptionConfig {};
    return s;
}

// Collects what a conversation produced.
struct Recorder
{
    explicit Recorder(LiveSession &s)
    {
        QObject::connect(&s, &LiveSession::audioReceived, &s,
                         [this](const QByteArray &pcm, int) { audioBytes += pcm.size(); });
        QObject::connect(&s, &LiveSession::inputTranscriptionReceived, &s,
                         [this](const Transcription &t) { input += t.text; });
        QObject::connect(&s, &LiveSession::outputTranscriptionReceived, &s,
                         [this](const Transcription &t) { output += t.text; });
        QObject::connect(&s, &LiveSession::turnCompleted, &s, [this](const QString &) { ++turns; });
        QObject::connect(&s, &LiveSession::generationCompleted, &s, [this] { ++generations; });
        QObject::connect(&s, &LiveSession::interrupted, &s, [this] { ++interruptions; });
        QObject::connect(&s, &LiveSession::usageUpdated, &s,
                         [this](const UsageMetadata &u) { reports.append(u); });
    }
    qint64 audioBytes = 0;
    QString input;
    QString output;
    int turns = 0;
    int generations = 0;
    int interruptions = 0;
    QList<UsageMetadata> reports;
};

bool openLive(LiveSession &session, const livedesk::sim::Simulator &sim,
              const Setup &setup = setupFor())
{
    return session.open(endpointFor(sim), setup)
           && QTest::qWaitFor([&] { return session.state() == State::Live; }, 10000);
}

} // namespace

class tst_SessionSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handshake_data();
    void handshake();
    void textTurn();
    void spokenTurn();
    void toolRoundTrip();
    void bargeIn();
    void refusals_data();
    void refusals();
    void ephemeralToken();
    void slowPongs();
    void malformedFrameSurvived();
    void droppedConnection();
    void cumulativeUsageNotDoubleCounted();

private:
    QByteArray speech(const QString &text);

    QTemporaryDir m_dir;
    QString m_espeak;
};

void tst_SessionSimulator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_espeak = QStandardPaths::findExecutable(u"espeak-ng"_s);
    QVERIFY2(!m_espeak.isEmpty(), "espeak-ng is required (scripts/install-deps.sh)");
}

QByteArray tst_SessionSimulator::speech(const QString &text)
{
    const QString path = m_dir.filePath(QString::number(qHash(text)) + u".wav"_s);
    if (!QFile::exists(path)) {
        QProcess espeak;
        espeak.start(m_espeak, {u"-w"_s, path, text});
        if (!espeak.waitForFinished(20000) || espeak.exitCode() != 0)
            return {};
    }
    return livedesk::dsp::readWavAsLiveInput(path).pcm;
}

void tst_SessionSimulator::handshake_data()
{
    QTest::addColumn<livedesk::sim::FrameType>("frameType");
    QTest::newRow("binary frames, as the service sends them") << livedesk::sim::FrameType::Binary;
    QTest::newRow("text frames") << livedesk::sim::FrameType::Text;
}

void tst_SessionSimulator::handshake()
{
    QFETCH(livedesk::sim::FrameType, frameType);
    auto options = fastSimulator();
    options.frameType = frameType;
    livedesk::sim::Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    QSignalSpy setups(&sim, &livedesk::sim::Simulator::setupReceived);
    LiveSession session;
    QSignalSpy resumption(&session, &LiveSession::resumptionUpdated);
    QVERIFY(openLive(session, sim));
    QCOMPARE(setups.size(), 1);
    QVERIFY(setups.first().at(0).toString().contains(QString::fromLatin1(kModel)));
    // Resumption was asked for: as on the service, a handle comes after the first model turn.
    QVERIFY(session.resumptionHandle().isEmpty());
    Recorder r(session);
    QCOMPARE(session.sendClientText(u"hello"_s), SendResult::Sent);
    QTRY_COMPARE_WITH_TIMEOUT(r.turns, 1, 15000);
    QTRY_VERIFY(!session.resumptionHandle().isEmpty());
    QVERIFY(r.audioBytes > 0);
}

void tst_SessionSimulator::textTurn()
{
    livedesk::sim::Simulator sim(fastSimulator());
    QVERIFY(sim.start());
    LiveSession session;
    Recorder r(session);
    QVERIFY(openLive(session, sim));
    session.sendClientText(u"hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(r.turns, 1, 15000);
    QCOMPARE(r.generations, 1);
    QVERIFY(r.audioBytes > 24000); // more than half a second of speech
    QVERIFY2(!r.output.trimmed().isEmpty(), "output transcription");
    QCOMPARE(r.reports.size(), 1);
    QVERIFY(session.usageTotals().response > 0);
    // realtimeInput.text is a user turn too.
    session.sendRealtimeText(u"and again"_s);
    QTRY_COMPARE_WITH_TIMEOUT(r.turns, 2, 15000);
}

void tst_SessionSimulator::spokenTurn()
{
    livedesk::sim::Simulator sim(fastSimulator());
    QVERIFY(sim.start());
    LiveSession session;
    Recorder r(session);
    QVERIFY(openLive(session, sim));
    const QByteArray pcm = speech(u"What time is it in Paris?"_s);
    QVERIFY(pcm.size() > 16000);
    // Faster than real time is fine: the simulator's VAD runs on the audio's own timeline.
    QCOMPARE(session.sendAudio(pcm), SendResult::Sent);
    QCOMPARE(session.sendAudio(QByteArray(16000, '\0')), SendResult::Sent); // 0.5 s of silence
    session.sendAudioStreamEnd();
    QTRY_COMPARE_WITH_TIMEOUT(r.turns, 1, 15000);
    // The simulator does no recognition; it reports how much speech it heard.
    QVERIFY2(r.input.contains(u"seconds of speech"_s), qPrintable(r.input));
    QVERIFY(r.audioBytes > 0);
    QCOMPARE(session.stats().audioChunksSent, (pcm.size() + 16000 + 1279) / 1280);
}

void tst_SessionSimulator::toolRoundTrip()
{
    auto options = fastSimulator();
    options.scenarioJson = R"({"turns":[{"transcript":"what time is it",
        "toolCall":{"name":"get_current_time","args":{"format":"24h"}},
        "reply":"The clock says {result.time}."}]})";
    livedesk::sim::Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    LiveSession session;
    Recorder r(session);
    QList<ToolCall> calls;
    connect(&session, &LiveSession::toolCallReceived, this, [&](const ToolCall &call) {
        calls.append(call);
        ToolResponse response;
        for (const FunctionCall &f : call.functionCalls)
            response.functionResponses.append(
                    {f.id, f.name, {{u"output"_s, QJsonObject {{u"time"_s, u"13:37"_s}}}}, {}, {}});
        QCOMPARE(session.sendToolResponse(response), SendResult::Sent);
    });
    Setup setup = setupFor();
    FunctionDeclaration clock;
    clock.name = u"get_current_time"_s;
    clock.description = u"The time"_s;
    setup.tools = {Tool {.functionDeclarations = {clock}}};
    QVERIFY(openLive(session, sim, setup));
    session.sendClientText(u"what time is it"_s);
    QTRY_COMPARE_WITH_TIMEOUT(r.turns, 1, 15000);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().functionCalls.first().name, u"get_current_time"_s);
    QCOMPARE(calls.first().functionCalls.first().args.value(u"format"_s).toString(), u"24h"_s);
    QVERIFY2(r.output.contains(u"13:37"_s), qPrintable(r.output));
}

void tst_SessionSimulator::bargeIn()
{
    auto options = fastSimulator();
    options.speechSpeedFactor = 1; // real time, so there is time to interrupt
    options.scenarioJson = R"({"turns":[{"transcript":"tell me a story",
        "reply":"Once upon a time there was a very long story that went on and on and on, with many words in it, far longer than anyone would want to listen to."},
        {"transcript":"stop","reply":"Sure."}]})";
    livedesk::sim::Simulator sim(options);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    LiveSession session;
    Recorder r(session);
    QVERIFY(openLive(session, sim));
    session.sendClientText(u"tell me a story"_s);
    QTRY_VERIFY_WITH_TIMEOUT(r.audioBytes > 0, 10000);
    // The user talks over the model.
    const QByteArray pcm = speech(u"Stop, please stop."_s);
    QVERIFY(!pcm.isEmpty());
    session.sendAudio(pcm);
    session.sendAudio(QByteArray(16000, '\0'));
    session.sendAudioStreamEnd();
    QTRY_COMPARE_WITH_TIMEOUT(r.interruptions, 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(r.turns, 2, 15000); // the interrupted turn, then the answer
    QCOMPARE(r.generations, 1); // an interrupted turn has no generationComplete
}

void tst_SessionSimulator::refusals_data()
{
    QTest::addColumn<QString>("simulatorKey");
    QTest::addColumn<QString>("clientKey");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("httpMode");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<QString>("reasonStart");

    QTest::newRow("wrong key: 1007, auth")
            << u"right"_s << u"wrong"_s << QString::fromLatin1(kModel) << false
            << ErrorCategory::Auth << 1007 << u"API key not valid. Please pass a valid API key."_s;
    QTest::newRow("wrong key refused by HTTP 403: auth")
            << u"right"_s << u"wrong"_s << QString::fromLatin1(kModel) << true
            << ErrorCategory::Auth << 0 << QString();
    QTest::newRow("unknown model: 1008, configuration")
            << QString() << u"k"_s << u"gemini-nope"_s << false << ErrorCategory::ModelConfig
            << 1008 << u"models/gemini-nope is not found for API version v1beta"_s;
    QTest::newRow("retired model: 1008, configuration")
            << QString() << u"k"_s << u"gemini-2.0-flash-live-001"_s << false
            << ErrorCategory::ModelConfig << 1008
            << u"models/gemini-2.0-flash-live-001 is not found"_s;
}

void tst_SessionSimulator::refusals()
{
    QFETCH(QString, simulatorKey);
    QFETCH(QString, clientKey);
    QFETCH(QString, model);
    QFETCH(bool, httpMode);
    QFETCH(ErrorCategory, category);
    QFETCH(int, closeCode);
    QFETCH(QString, reasonStart);

    auto options = fastSimulator();
    options.apiKey = simulatorKey;
    if (httpMode)
        options.authFailureMode = livedesk::sim::AuthFailureMode::HttpStatus;
    livedesk::sim::Simulator sim(options);
    QVERIFY(sim.start());
    LiveSession session;
    QVERIFY(session.open(endpointFor(sim, clientKey), setupFor(model)));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 10000);
    const SessionError e = session.lastError();
    QCOMPARE(e.category, category);
    QCOMPARE(e.closeCode, closeCode);
    if (httpMode)
        QCOMPARE(e.httpStatus, 403);
    QVERIFY2(e.reason.startsWith(reasonStart), qPrintable(e.reason));
    // Verbatim: the message a person sees contains the server's words.
    QVERIFY2(e.message.contains(e.reason), qPrintable(e.message));
}

void tst_SessionSimulator::ephemeralToken()
{
    auto options = fastSimulator();
    options.apiKey = u"REAL-KEY"_s;
    livedesk::sim::Simulator sim(options);
    QVERIFY(sim.start());
    EphemeralTokenClient client;
    QSignalSpy created(&client, &EphemeralTokenClient::created);
    QSignalSpy failed(&client, &EphemeralTokenClient::failed);
    EphemeralTokenRequest request;
    request.uses = 1;
    client.create(endpointFor(sim, u"REAL-KEY"_s), request);
    QVERIFY(created.wait(10000));
    const QString token = created.first().at(0).toString();
    QVERIFY(token.startsWith(u"auth_tokens/"_s));

    LiveSession session;
    Recorder r(session);
    QVERIFY(session.open(endpointFor(sim, token), setupFor()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
    QVERIFY(session.redactedUrl().contains(u"BidiGenerateContentConstrained"_s));
    QVERIFY(!session.redactedUrl().contains(token.mid(12)));
    session.sendClientText(u"hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(r.turns, 1, 15000);
    session.close();
    QTRY_COMPARE(session.state(), State::Closed);

    // One use: a second session with the same token is refused as the service does.
    LiveSession second;
    QVERIFY(second.open(endpointFor(sim, token), setupFor()));
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), State::Failed, 10000);
    QCOMPARE(second.lastError().category, ErrorCategory::Auth);

    // The wrong real key cannot mint one.
    client.create(endpointFor(sim, u"WRONG"_s), request);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<SessionError>().category, ErrorCategory::Auth);
}

void tst_SessionSimulator::slowPongs()
{
    auto options = fastSimulator();
    options.pongDelayMs = 700;
    livedesk::sim::Simulator sim(options);
    QVERIFY(sim.start());
    LiveSession session;
    LiveSessionOptions o;
    o.keepAliveIntervalMs = 100; // scaled down: a pong 7 ping intervals late
    o.keepAliveTimeoutMs = 2500;
    session.setOptions(o);
    QVERIFY(openLive(session, sim));
    // Longer than the 2.5 s keep-alive timeout: the session must outlive it.
    QTest::qWait(3000);
    QCOMPARE(session.state(), State::Live);
    QVERIFY(session.stats().pongsReceived >= 2);
}

void tst_SessionSimulator::malformedFrameSurvived()
{
    livedesk::sim::Simulator sim(fastSimulator());
    QVERIFY(sim.start());
    LiveSession session;
    Recorder r(session);
    QSignalSpy errors(&session, &LiveSession::errorOccurred);
    QVERIFY(openLive(session, sim));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^A server message could not be read and was "
                                            "skipped: "_s));
    sim.sendMalformedFrame();
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).value<SessionError>().category, ErrorCategory::Protocol);
    QCOMPARE(session.state(), State::Live);
    session.sendClientText(u"still there?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(r.turns, 1, 15000);
}

void tst_SessionSimulator::droppedConnection()
{
    livedesk::sim::Simulator sim(fastSimulator());
    QVERIFY(sim.start());
    LiveSession session;
    LiveSessionOptions o;
    o.reconnect = ReconnectMode::Off; // the recovery is tst_session_recovery's subject
    session.setOptions(o);
    QVERIFY(openLive(session, sim));
    const QString handle = session.resumptionHandle();
    sim.dropAllConnections();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 10000);
    QCOMPARE(session.lastError().category, ErrorCategory::Network);
    QCOMPARE(session.lastError().closeCode, 1006);
    // The handle for a later resume is still there.
    QCOMPARE(session.resumptionHandle(), handle);
}

void tst_SessionSimulator::cumulativeUsageNotDoubleCounted()
{
    livedesk::sim::Simulator sim(fastSimulator());
    QVERIFY(sim.start());
    LiveSession session;
    Recorder r(session);
    QVERIFY(openLive(session, sim));
    for (int turn = 1; turn <= 3; ++turn) {
        session.sendClientText(u"turn "_s + QString::number(turn));
        QTRY_COMPARE_WITH_TIMEOUT(r.turns, turn, 15000);
    }
    QCOMPARE(r.reports.size(), 3);
    // The simulator reports session totals: the last report is the whole session.
    QCOMPARE(session.usageTotals().response, r.reports.last().responseTokenCount);
    QCOMPARE(session.usageTotals().prompt, r.reports.last().promptTokenCount);
    QCOMPARE(session.usage().effectiveReporting(), UsageReporting::Cumulative);
}

QTEST_GUILESS_MAIN(tst_SessionSimulator)
#include "tst_session_simulator.moc"
