// Turn-taking against the simulator with a raw client: speech detected in real espeak-ng audio
// ends a turn and gets a spoken reply; manual activity, text and clientContent turns; tool calls
// with {result} substitution; barge-in with interrupted/turnComplete/toolCallCancellation;
// NO_INTERRUPTION; usage that only grows.
#include "simtestclient.h"

#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"

using namespace livedesk::sim;
using namespace livedesk::protocol;
using namespace simtest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kScenario = R"({
  "name": "turn tests",
  "turns": [
    {"transcript": "hello simulator", "reply": "Hi there, I can hear you."},
    {"transcript": "what time is it", "toolCall": {"name": "get_time", "args": {"zone": "UTC"}},
     "reply": "It is {result} now.", "fallbackReply": "I have no clock."},
    {"transcript": "thanks", "reply": "You are welcome, {turn} turns so far."}
  ],
  "afterLastTurn": "cycle"
})";

// A reply long enough to still be speaking when the test barges in.
const QByteArray kLongScenario = R"({
  "turns": [
    {"transcript": "tell me a story", "reply": "Once upon a time there was a simulator that talked and talked about nothing in particular, on and on, for a good long while, until somebody finally interrupted it."},
    {"transcript": "stop", "reply": "Alright, I will stop."},
    {"transcript": "check the weather", "toolCall": {"name": "get_weather", "args": {"city": "Paris"}},
     "reply": "It is {result.tempC} degrees.", "fillerReply": "Let me look that up."}
  ],
  "afterLastTurn": "repeatLast"
})";

const QByteArray kVadSetup = R"({"inputAudioTranscription":{},"outputAudioTranscription":{},
  "realtimeInputConfig":{"automaticActivityDetection":{"silenceDurationMs":300}}})";

std::unique_ptr<Simulator> startSimulator(const QByteArray &scenario, double speed = 50,
                                          SimulatorOptions options = {})
{
    options.scenarioJson = scenario;
    options.speechSpeedFactor = speed;
    options.inputTranscriptionDelayMs = 20;
    auto sim = std::make_unique<Simulator>(options);
    QString error;
    if (!sim->start(&error))
        qWarning() << error;
    return sim;
}

// 3.1 Flash Live (the default here) has blocking functions only and no behavior field; a
// NON_BLOCKING declaration goes to 2.5 native audio, which has them (models.json).
QByteArray toolsSetup(const QByteArray &behavior = "BLOCKING")
{
    const bool nonBlocking = behavior == "NON_BLOCKING";
    return R"({"outputAudioTranscription":{},"tools":[{"functionDeclarations":[
        {"name":"get_time","description":"The time"},
        {"name":"get_weather","description":"Weather")"
           + (nonBlocking ? R"(,"behavior":"NON_BLOCKING")"_ba : QByteArray()) + R"(}]}])"
           + (nonBlocking ? R"(,"model":"models/gemini-2.5-flash-native-audio-preview-12-2025")"_ba
                          : QByteArray())
           + "}";
}

// No model of the table answers in TEXT (native audio only); a model outside the table is
// taken unchecked, as a newer model would be.
const QString kTextModel = u"gemini-live-text-test"_s;

qsizetype lastIndex(const Client &client, bool (*match)(const ServerMessage &))
{
    for (qsizetype i = client.messages.size() - 1; i >= 0; --i) {
        if (match(client.messages.at(i)))
            return i;
    }
    return -1;
}

} // namespace

// How long a check that something does NOT happen waits. The in-process simulator answers within
// milliseconds of a message; half a second is meaningful even on a loaded machine.
constexpr int kNothingMs = 500;

class tst_SimTurns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void speechTurnGetsSpokenReply();
    void audioForms_data();
    void audioForms();
    void silenceDurationIsHonoured();
    void audioStreamEndFlushes();
    void manualActivity();
    void activitySignalsNeedManualMode();
    void textTurn_data();
    void textTurn();
    void clientContentTurn();
    void initialHistoryIsNotAQuestion();
    void toolRoundTrip_data();
    void toolRoundTrip();
    void undeclaredToolUsesFallback();
    void toolResponseIdErrors_data();
    void toolResponseIdErrors();
    void bargeInBySpeech();
    void bargeInCancelsPendingToolCall();
    void noInterruptionFinishesTheTurn();
    void clientContentInterrupts();
    void audioDuringToolCallCloses();
    void nonBlockingTool_data();
    void nonBlockingTool();
    void usageGrows();
    void contextUpdateDeclaresTools();
    void translationTurnsCarryLanguageCodes_data();
    void translationTurnsCarryLanguageCodes();

private:
    QByteArray m_speech; // "Hello simulator, how are you today?" at 16 kHz
};

void tst_SimTurns::initTestCase()
{
    QString error;
    m_speech = speechPcm16k(u"Hello simulator, how are you today?"_s, &error);
    if (m_speech.isEmpty())
        QSKIP(qPrintable(u"no test speech: "_s + error));
}

void tst_SimTurns::speechTurnGetsSpokenReply()
{
    auto sim = startSimulator(kScenario);
    QSignalSpy turns(sim.get(), &Simulator::turnCompleted);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), kVadSetup));
    const qsizetype start = client.messages.size();
    client.sendAudio(m_speech + silencePcm16k(600));

    const qsizetype done = client.waitFor(isTurnComplete, 10000, start);
    QVERIFY2(done >= 0, qPrintable(client.closeReason));
    QCOMPARE(inputTranscript(client.messages, start), u"hello simulator"_s);
    QCOMPARE(outputTranscript(client.messages, start), u"Hi there, I can hear you."_s);

    // Audio chunks: 24 kHz PCM in 40 ms parts (1920 bytes), the last one possibly shorter.
    QList<qsizetype> audioAt;
    qsizetype audioBytes = 0;
    for (qsizetype i = start; i < client.messages.size(); ++i) {
        if (!hasAudio(client.messages.at(i)))
            continue;
        audioAt.append(i);
        const QByteArray pcm
                = client.messages.at(i).serverContent->modelTurn->parts.first().inlineData->data;
        audioBytes += pcm.size();
        if (i != lastIndex(client, hasAudio))
            QCOMPARE(pcm.size(), 1920);
    }
    QVERIFY(audioAt.size() > 10); // about a second and a half of speech
    const double replySeconds = double(audioBytes) / (2 * 24000);
    QVERIFY2(replySeconds > 0.8 && replySeconds < 5, qPrintable(QString::number(replySeconds)));

    // generationComplete after the last audio, then turnComplete carrying usageMetadata.
    const qsizetype generationDone = client.waitFor(isGenerationComplete, 0, start);
    QVERIFY(generationDone > audioAt.last());
    QVERIFY(done > generationDone);
    const ServerMessage &complete = client.messages.at(done);
    QVERIFY(complete.usageMetadata);
    const qint64 sentMs = (m_speech.size() + silencePcm16k(600).size()) / 32;
    qint64 promptAudio = 0;
    for (const auto &d : complete.usageMetadata->promptTokensDetails) {
        if (d.modality == Modality::Audio)
            promptAudio = d.tokenCount;
    }
    QCOMPARE(promptAudio, sentMs * 32 / 1000);
    QCOMPARE(complete.usageMetadata->responseTokenCount, qint64(replySeconds * 1000) * 25 / 1000);
    QCOMPARE(complete.usageMetadata->totalTokenCount,
             complete.usageMetadata->promptTokenCount + complete.usageMetadata->responseTokenCount);
    QCOMPARE(turns.size(), 1);
    QCOMPARE(turns.first().first().toInt(), 0);
}

void tst_SimTurns::audioForms_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<bool>("legacyMediaChunks");
    QTest::newRow("16 kHz in realtimeInput.audio") << 16000 << false;
    QTest::newRow("24 kHz audio is resampled") << 24000 << false;
    QTest::newRow("the legacy mediaChunks form") << 16000 << true;
}

void tst_SimTurns::audioForms()
{
    QFETCH(int, rate);
    QFETCH(bool, legacyMediaChunks);
    auto sim = startSimulator(kScenario);
    Client client;
    // 3.1 refuses the legacy form; 2.5 still takes it.
    QByteArray setup = kVadSetup;
    if (legacyMediaChunks) {
        setup.chop(1);
        setup += R"(,"model":"models/gemini-2.5-flash-native-audio-preview-12-2025"})";
    }
    QVERIFY(client.openAndSetUp(liveUrl(*sim), setup));
    QByteArray pcm = m_speech + silencePcm16k(600);
    if (rate != 16000) {
        pcm = livedesk::dsp::floatToS16Bytes(
                livedesk::dsp::resample(livedesk::dsp::s16BytesToFloat(pcm), 16000, rate, 1));
    }
    const QString mime = u"audio/pcm;rate=%1"_s.arg(rate);
    const qsizetype chunk = rate / 25 * 2; // 40 ms
    for (qsizetype i = 0; i < pcm.size(); i += chunk) {
        RealtimeInput in;
        const Blob blob {mime, pcm.mid(i, chunk)};
        if (legacyMediaChunks)
            in.mediaChunks = {blob};
        else
            in.audio = blob;
        client.send(in);
    }
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QCOMPARE(inputTranscript(client.messages), u"hello simulator"_s);
}

void tst_SimTurns::silenceDurationIsHonoured()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(
            liveUrl(*sim),
            R"({"realtimeInputConfig":{"automaticActivityDetection":{"silenceDurationMs":800}}})",
            kModel38));
    client.sendAudio(m_speech + silencePcm16k(500));
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QCOMPARE(client.count(isTurnComplete), 0); // 500 ms of silence is not 800
    client.sendAudio(silencePcm16k(400));
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
}

void tst_SimTurns::audioStreamEndFlushes()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(
            liveUrl(*sim),
            R"({"realtimeInputConfig":{"automaticActivityDetection":{"silenceDurationMs":2000}}})",
            kModel38));
    client.sendAudio(m_speech);
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QCOMPARE(client.count(isTurnComplete), 0);
    client.sendJson(R"({"realtimeInput":{"audioStreamEnd":true}})");
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
}

void tst_SimTurns::manualActivity()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim),
                                R"({"inputAudioTranscription":{},"realtimeInputConfig":
                                   {"automaticActivityDetection":{"disabled":true}}})"));
    // Without activity signals, speech and silence never end a turn.
    client.sendAudio(m_speech + silencePcm16k(1500));
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QCOMPARE(client.count(isTurnComplete), 0);

    client.sendJson(R"({"realtimeInput":{"activityStart":{}}})");
    client.sendAudio(m_speech);
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QCOMPARE(client.count(isTurnComplete), 0);
    client.sendJson(R"({"realtimeInput":{"activityEnd":{}}})");
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QCOMPARE(inputTranscript(client.messages), u"hello simulator"_s);
}

void tst_SimTurns::activitySignalsNeedManualMode()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    client.sendJson(R"({"realtimeInput":{"activityStart":{}}})");
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1007);
    QVERIFY(client.closeReason.contains(u"automatic activity detection"));
}

void tst_SimTurns::textTurn_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<bool>("audio");
    QTest::newRow("AUDIO modality speaks the reply")
            << QByteArray(R"({"outputAudioTranscription":{}})") << true;
    QTest::newRow("TEXT modality writes it in text parts")
            << QByteArray(R"({"generationConfig":{"responseModalities":["TEXT"]},
                              "model":"models/gemini-live-text-test"})")
            << false;
}

void tst_SimTurns::textTurn()
{
    QFETCH(QByteArray, setup);
    QFETCH(bool, audio);
    SimulatorOptions options;
    options.models.append(kTextModel);
    auto sim = startSimulator(kScenario, 50, options);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), setup));
    client.sendRealtimeText(u"hello"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QCOMPARE(client.count(hasAudio) > 0, audio);
    QCOMPARE(outputTranscript(client.messages), u"Hi there, I can hear you."_s);
    // A typed turn has nothing to transcribe.
    QCOMPARE(client.count(hasInputTranscription), 0);
    QCOMPARE(client.count(isGenerationComplete), 1);
}

void tst_SimTurns::clientContentTurn()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"outputAudioTranscription":{}})", kModel38));
    client.sendJson(R"({"clientContent":{"turns":[{"role":"user","parts":[{"text":"hi"}]}],
                        "turnComplete":false}})");
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QCOMPARE(client.count(isTurnComplete), 0); // turnComplete false: the server waits
    client.sendJson(R"({"clientContent":{"turnComplete":true}})");
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QCOMPARE(outputTranscript(client.messages), u"Hi there, I can hear you."_s);
}

void tst_SimTurns::initialHistoryIsNotAQuestion()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"outputAudioTranscription":{},
                                    "historyConfig":{"initialHistoryInClientContent":true}})"));
    client.sendJson(R"({"clientContent":{"turns":[{"role":"user","parts":[{"text":"earlier"}]},
                        {"role":"model","parts":[{"text":"before"}]}],"turnComplete":true}})");
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QCOMPARE(client.count(isTurnComplete), 0);
    client.sendRealtimeText(u"now a question"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QCOMPARE(outputTranscript(client.messages), u"Hi there, I can hear you."_s);
}

void tst_SimTurns::toolRoundTrip_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("reply");
    QTest::newRow("a string output is spoken as is")
            << QByteArray(R"({"output":"noon"})") << u"It is noon now."_s;
    QTest::newRow("an object output is inserted as compact JSON")
            << QByteArray(R"({"output":{"time":"12:00"}})") << u"It is {\"time\":\"12:00\"} now."_s;
    QTest::newRow("an error is reported as one")
            << QByteArray(R"({"error":"no clock"})") << u"It is an error: no clock now."_s;
    QTest::newRow("a response without output or error is the output")
            << QByteArray(R"({"hour":12})") << u"It is {\"hour\":12} now."_s;
}

void tst_SimTurns::toolRoundTrip()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, reply);
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup()));
    client.sendRealtimeText(u"hello"_s); // scenario turn 1
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"what time is it?"_s); // scenario turn 2 calls get_time

    const qsizetype callAt
            = client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }, 10000,
                             start);
    QVERIFY(callAt >= 0);
    const FunctionCall call = client.messages.at(callAt).toolCall->functionCalls.first();
    QCOMPARE(call.name, u"get_time"_s);
    QCOMPARE(call.args, QJsonObject({{u"zone"_s, u"UTC"_s}}));
    QVERIFY(!call.id.isEmpty());
    // The model waits for the result: nothing is said, the turn is not over.
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QCOMPARE(client.count(hasAudio, start), 0);
    QCOMPARE(client.count(isTurnComplete, start), 0);

    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")" + call.id.toUtf8()
                    + R"(","name":"get_time","response":)" + response + "}]}}");
    QVERIFY(client.waitFor(isTurnComplete, 10000, callAt) >= 0);
    QCOMPARE(outputTranscript(client.messages, callAt), reply);
    QVERIFY(client.count(hasAudio, callAt) > 0);
}

void tst_SimTurns::undeclaredToolUsesFallback()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"outputAudioTranscription":{}})"));
    client.sendRealtimeText(u"one"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"two"_s);
    QVERIFY(client.waitFor(isTurnComplete, 10000, start) >= 0);
    QCOMPARE(client.count([](const ServerMessage &m) { return m.toolCall.has_value(); }), 0);
    QCOMPARE(outputTranscript(client.messages, start), u"I have no clock."_s);
}

void tst_SimTurns::toolResponseIdErrors_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("a response without an id closes 1007") << QByteArray(
            R"({"toolResponse":{"functionResponses":[{"name":"get_time","response":{}}]}})");
    QTest::newRow("a response to a call never made closes 1007") << QByteArray(
            R"({"toolResponse":{"functionResponses":[{"id":"fc-nope","name":"get_time","response":{}}]}})");
}

void tst_SimTurns::toolResponseIdErrors()
{
    QFETCH(QByteArray, response);
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup()));
    client.sendRealtimeText(u"one"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    client.sendRealtimeText(u"two"_s);
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }) >= 0);
    client.sendJson(response);
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1007);
    QCOMPARE(client.closeReason, u"Request contains an invalid argument."_s);
}

void tst_SimTurns::bargeInBySpeech()
{
    auto sim = startSimulator(kLongScenario, 4);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), kVadSetup));
    client.sendRealtimeText(u"tell me a story"_s);
    QVERIFY(client.waitFor(hasAudio) >= 0);
    const qsizetype bargeAt = client.messages.size();
    client.sendAudio(m_speech + silencePcm16k(600));

    const qsizetype interrupted = client.waitFor(isInterrupted, 5000, bargeAt);
    QVERIFY(interrupted >= 0);
    const qsizetype complete = client.waitFor(isTurnComplete, 5000, bargeAt);
    QVERIFY(complete > interrupted);
    QVERIFY(client.messages.at(complete).usageMetadata);
    // An interrupted turn has no generationComplete, and no audio follows the interruption.
    QCOMPARE(client.count(isGenerationComplete, 0, complete), 0);
    const qsizetype nextTurnStart = complete + 1;
    // The speech that interrupted is the next turn, answered in full.
    const qsizetype second = client.waitFor(isTurnComplete, 10000, nextTurnStart);
    QVERIFY(second >= 0);
    QCOMPARE(outputTranscript(client.messages, nextTurnStart), u"Alright, I will stop."_s);
    QCOMPARE(inputTranscript(client.messages, bargeAt), u"stop"_s);
}

void tst_SimTurns::bargeInCancelsPendingToolCall()
{
    auto sim = startSimulator(kLongScenario, 50);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup() /* get_weather is BLOCKING */));
    client.sendRealtimeText(u"story"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    client.sendRealtimeText(u"stop"_s);
    QVERIFY(client.waitFor(isTurnComplete, 10000, client.messages.size()) >= 0);
    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"weather?"_s);
    const qsizetype callAt
            = client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }, 10000,
                             start);
    QVERIFY(callAt >= 0);
    const QString id = client.messages.at(callAt).toolCall->functionCalls.first().id;

    client.sendAudio(m_speech + silencePcm16k(600));
    const qsizetype cancelAt = client.waitFor(
            [](const ServerMessage &m) { return m.toolCallCancellation.has_value(); }, 5000, callAt);
    QVERIFY(cancelAt >= 0);
    QCOMPARE(client.messages.at(cancelAt).toolCallCancellation->ids, QStringList {id});
    const qsizetype interrupted = client.waitFor(isInterrupted, 5000, callAt);
    const qsizetype complete = client.waitFor(isTurnComplete, 5000, callAt);
    QVERIFY(cancelAt < interrupted && interrupted < complete);

    // A result that arrives after the cancellation is ignored, not an error.
    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")" + id.toUtf8()
                    + R"(","name":"get_weather","response":{"output":{"tempC":21}}}]}})");
    QTest::qWait(kNothingMs); // nothing may happen meanwhile
    QVERIFY(!client.disconnected);
}

void tst_SimTurns::noInterruptionFinishesTheTurn()
{
    auto sim = startSimulator(kLongScenario, 4);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"outputAudioTranscription":{},
        "realtimeInputConfig":{"activityHandling":"NO_INTERRUPTION",
                               "automaticActivityDetection":{"silenceDurationMs":300}}})"));
    client.sendRealtimeText(u"tell me a story"_s);
    QVERIFY(client.waitFor(hasAudio) >= 0);
    client.sendAudio(m_speech + silencePcm16k(600));
    const qsizetype first = client.waitFor(isTurnComplete, 20000);
    QVERIFY(first >= 0);
    QCOMPARE(client.count(isInterrupted), 0);
    QCOMPARE(client.count(isGenerationComplete, 0, first), 1);
    QVERIFY(outputTranscript(client.messages).startsWith(u"Once upon a time"));
    // The speech heard meanwhile is answered after the turn.
    QVERIFY(client.waitFor(isTurnComplete, 20000, first + 1) >= 0);
    QCOMPARE(outputTranscript(client.messages, first + 1), u"Alright, I will stop."_s);
}

void tst_SimTurns::clientContentInterrupts()
{
    auto sim = startSimulator(kLongScenario, 4);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), R"({"outputAudioTranscription":{},
        "realtimeInputConfig":{"activityHandling":"NO_INTERRUPTION"}})",
                                kModel38));
    client.sendRealtimeText(u"tell me a story"_s);
    QVERIFY(client.waitFor(hasAudio) >= 0);
    // clientContent interrupts even when activity does not.
    client.sendJson(
            R"({"clientContent":{"turns":[{"role":"user","parts":[{"text":"stop"}]}],"turnComplete":true}})");
    const qsizetype interrupted = client.waitFor(isInterrupted, 5000);
    QVERIFY(interrupted >= 0);
    const qsizetype complete = client.waitFor(isTurnComplete, 5000, interrupted);
    QVERIFY(complete > interrupted);
    QVERIFY(client.waitFor(isTurnComplete, 20000, complete + 1) >= 0);
    QCOMPARE(outputTranscript(client.messages, complete + 1), u"Alright, I will stop."_s);
}

void tst_SimTurns::audioDuringToolCallCloses()
{
    SimulatorOptions options;
    options.closeOnAudioDuringToolCall = true;
    auto sim = startSimulator(kScenario, 50, options);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup()));
    client.sendAudio(silencePcm16k(200)); // audio while nothing is pending is fine
    client.sendRealtimeText(u"one"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    client.sendRealtimeText(u"two"_s);
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }) >= 0);
    client.sendAudio(silencePcm16k(40));
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 1008);
    QCOMPARE(client.closeReason, u"The operation was aborted."_s);
}

void tst_SimTurns::nonBlockingTool_data()
{
    QTest::addColumn<QString>("scheduling");
    QTest::addColumn<bool>("spoken");
    QTest::newRow("WHEN_IDLE: the result is spoken in a turn of its own") << u"WHEN_IDLE"_s << true;
    QTest::newRow("INTERRUPT: likewise, at once") << u"INTERRUPT"_s << true;
    QTest::newRow("SILENT: the result only joins the context") << u"SILENT"_s << false;
}

void tst_SimTurns::nonBlockingTool()
{
    QFETCH(QString, scheduling);
    QFETCH(bool, spoken);
    auto sim = startSimulator(kLongScenario, 50);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim), toolsSetup("NON_BLOCKING")));
    for (const QString &text : {u"story"_s, u"stop"_s}) {
        client.sendRealtimeText(text);
        QVERIFY(client.waitFor(isTurnComplete, 10000, client.messages.size()) >= 0);
    }
    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"weather?"_s);
    const qsizetype callAt
            = client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }, 10000,
                             start);
    QVERIFY(callAt >= 0);
    // The model goes on talking (the filler) and ends its turn without waiting.
    const qsizetype fillerDone = client.waitFor(isTurnComplete, 10000, callAt);
    QVERIFY(fillerDone >= 0);
    QCOMPARE(outputTranscript(client.messages, callAt), u"Let me look that up."_s);

    const QString id = client.messages.at(callAt).toolCall->functionCalls.first().id;
    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")" + id.toUtf8()
                    + R"(","name":"get_weather","response":{"output":{"tempC":21}},"scheduling":")"
                    + scheduling.toUtf8() + R"("}]}})");
    const qsizetype resultDone = client.waitFor(isTurnComplete, spoken ? 10000 : 500,
                                                fillerDone + 1);
    QCOMPARE(resultDone >= 0, spoken);
    if (spoken)
        QCOMPARE(outputTranscript(client.messages, fillerDone + 1), u"It is 21 degrees."_s);
    QVERIFY(!client.disconnected);
}

void tst_SimTurns::usageGrows()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    QList<UsageMetadata> reports;
    for (const QString &text : {u"one"_s, u"three"_s}) {
        client.sendRealtimeText(text);
        const qsizetype at = client.waitFor(isTurnComplete, 10000, client.messages.size());
        QVERIFY(at >= 0);
        QVERIFY(client.messages.at(at).usageMetadata);
        reports.append(*client.messages.at(at).usageMetadata);
    }
    // Cumulative for the session: every count only grows.
    QVERIFY(reports.at(1).promptTokenCount > reports.at(0).promptTokenCount);
    QVERIFY(reports.at(1).responseTokenCount > reports.at(0).responseTokenCount);
    QVERIFY(reports.at(1).totalTokenCount > reports.at(0).totalTokenCount);
}

void tst_SimTurns::contextUpdateDeclaresTools()
{
    auto sim = startSimulator(kScenario);
    Client client;
    QVERIFY(client.openAndSetUp(liveUrl(*sim)));
    client.sendRealtimeText(u"one"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    // No tools at setup; a contextUpdate declares get_time before the turn that calls it.
    client.sendJson(R"({"contextUpdate":{"tools":{"tools":[{"functionDeclarations":[
                        {"name":"get_time","description":"The time"}]}]}}})");
    client.sendRealtimeText(u"two"_s);
    QVERIFY(client.waitFor([](const ServerMessage &m) { return m.toolCall.has_value(); }) >= 0);
}

void tst_SimTurns::translationTurnsCarryLanguageCodes_data()
{
    QTest::addColumn<QByteArray>("turnFields"); // extra fields of the one scripted turn
    QTest::addColumn<QByteArray>("generationConfig");
    QTest::addColumn<QString>("inputLanguage");
    QTest::addColumn<QString>("outputLanguage");
    QTest::newRow("the turn names both languages")
            << QByteArray(R"("language":"en-US","replyLanguage":"de-DE")") << QByteArray("{}")
            << u"en-US"_s << u"de-DE"_s;
    // The translate model: the only one with a translationConfig.
    QTest::newRow("the reply speaks the setup's translation target")
            << QByteArray(R"("language":"en-US")")
            << QByteArray(R"({"translationConfig":{"targetLanguageCode":"fr-FR"}},
                           "model":"models/gemini-3.5-live-translate-preview")")
            << u"en-US"_s << u"fr-FR"_s;
    QTest::newRow("else the setup's speech language")
            << QByteArray(R"("language":"de")")
            << QByteArray(R"({"speechConfig":{"languageCode":"es-ES"}})") << u"de"_s << u"es-ES"_s;
    QTest::newRow("no languages anywhere: no codes")
            << QByteArray() << QByteArray("{}") << QString() << QString();
}

void tst_SimTurns::translationTurnsCarryLanguageCodes()
{
    QFETCH(QByteArray, turnFields);
    QFETCH(QByteArray, generationConfig);
    QFETCH(QString, inputLanguage);
    QFETCH(QString, outputLanguage);
    const QByteArray scenario = R"({"turns":[{"transcript":"good morning to you",
        "reply":"guten Morgen", )"
                                + (turnFields.isEmpty() ? QByteArray() : turnFields + ",")
                                + R"("fallbackReply":"-"}]})";
    auto sim = startSimulator(scenario);
    QVERIFY(sim->isListening());
    Client client;
    const QByteArray setup = R"({"inputAudioTranscription":{},"outputAudioTranscription":{},
        "realtimeInputConfig":{"automaticActivityDetection":{"silenceDurationMs":300}},
        "generationConfig":)" + generationConfig
                             + "}";
    QVERIFY(client.openAndSetUp(liveUrl(*sim), setup));
    const qsizetype start = client.messages.size();
    client.sendAudio(m_speech + silencePcm16k(600));
    QVERIFY2(client.waitFor(isTurnComplete, 10000, start) >= 0, qPrintable(client.closeReason));
    QCOMPARE(inputTranscript(client.messages, start), u"good morning to you"_s);
    QCOMPARE(outputTranscript(client.messages, start), u"guten Morgen"_s);
    int inputs = 0;
    int outputs = 0;
    for (qsizetype i = start; i < client.messages.size(); ++i) {
        const auto &content = client.messages.at(i).serverContent;
        if (!content)
            continue;
        if (content->inputTranscription) {
            ++inputs;
            QCOMPARE(content->inputTranscription->languageCode, inputLanguage);
        }
        if (content->outputTranscription) {
            ++outputs;
            QCOMPARE(content->outputTranscription->languageCode, outputLanguage);
        }
    }
    QVERIFY(inputs >= 2 && outputs >= 1);
}

QTEST_GUILESS_MAIN(tst_SimTurns)
#include "tst_simturns.moc"
