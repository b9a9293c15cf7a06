// The protocol codec without sockets: every message type round-trips, the wire shapes match what
// the service and the official SDK use, and malformed input gives an error, never a crash.
#include "session/protocol/codec.h"

#include <QJsonDocument>
#include <QTest>

using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(livedesk::protocol::ClientMessage)
Q_DECLARE_METATYPE(livedesk::protocol::ServerMessage)

namespace {

Setup fullSetup()
{
    Setup s;
    s.model = u"models/gemini-2.5-flash-native-audio-preview-12-2025"_s;
    GenerationConfig g;
    g.responseModalities = {Modality::Audio};
    g.temperature = 0.7;
    g.topP = 0.9;
    g.topK = 40;
    g.maxOutputTokens = 1024;
    g.seed = 7;
    g.candidateCount = 1;
    g.presencePenalty = 0.1;
    g.frequencyPenalty = 0.2;
    g.mediaResolution = MediaResolution::Low;
    g.speechConfig = SpeechConfig {u"Kore"_s, u"en-US"_s};
    g.thinkingConfig = ThinkingConfig {0, ThinkingLevel::Minimal, false};
    g.enableAffectiveDialog = true;
    g.translationConfig = TranslationConfig {u"de-DE"_s, true};
    s.generationConfig = g;
    s.systemInstruction = Content {u"user"_s, {Part {.text = u"You are terse."_s}}};
    FunctionDeclaration weather;
    weather.name = u"get_weather"_s;
    weather.description = u"Weather for a city"_s;
    weather.behavior = Behavior::NonBlocking;
    weather.parameters
            = QJsonDocument::fromJson(
                      R"({"type":"OBJECT","properties":{"city":{"type":"STRING"}},"required":["city"]})")
                      .object();
    FunctionDeclaration time;
    time.name = u"get_current_time"_s;
    time.parametersJsonSchema = QJsonDocument::fromJson(R"({"type":"object"})").object();
    s.tools = {Tool {.functionDeclarations = {weather, time}}, Tool {.googleSearch = true}};
    RealtimeInputConfig ric;
    ric.automaticActivityDetection = AutomaticActivityDetection {false, StartSensitivity::Low,
                                                                 EndSensitivity::High, 20, 100};
    ric.activityHandling = ActivityHandling::NoInterruption;
    ric.turnCoverage = TurnCoverage::IncludesAllInput;
    ric.interimTranscriptTimestampEnabled = true;
    s.realtimeInputConfig = ric;
    s.sessionResumption = SessionResumptionConfig {u"handle-1"_s, std::nullopt};
    s.contextWindowCompression = ContextWindowCompression {25600, SlidingWindow {12800}};
    s.inputAudioTranscription = AudioTranscriptionConfig {{}, {u"LiveDesk"_s, u"Gemini"_s}};
    s.outputAudioTranscription = AudioTranscriptionConfig {{u"en-US"_s}, {}};
    s.proactivity = ProactivityConfig {true, std::nullopt};
    s.historyConfig = HistoryConfig {true};
    s.explicitVadSignal = false;
    return s;
}

QByteArray pcm(int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        out[i] = char(i * 7);
    return out;
}

} // namespace

class tst_Codec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientRoundTrip_data();
    void clientRoundTrip();
    void serverRoundTrip_data();
    void serverRoundTrip();
    void vertexUsageNames();
    void wireShapes_data();
    void wireShapes();
    void lenientServerDecoding_data();
    void lenientServerDecoding();
    void speechStateShapes_data();
    void speechStateShapes();
    void malformedServer_data();
    void malformedServer();
    void badFunctionCallsAreKeptApart_data();
    void badFunctionCallsAreKeptApart();
    void malformedClient_data();
    void malformedClient();
    void durations_data();
    void durations();
};

void tst_Codec::clientRoundTrip_data()
{
    QTest::addColumn<ClientMessage>("message");

    QTest::newRow("setup with every field") << ClientMessage(fullSetup());
    QTest::newRow("minimal setup") << ClientMessage(Setup {.model = u"models/x"_s});
    QTest::newRow("audio chunk") << ClientMessage(
            RealtimeInput {.audio = Blob {u"audio/pcm;rate=16000"_s, pcm(1280)}});
    QTest::newRow("video frame") << ClientMessage(
            RealtimeInput {.video = Blob {u"image/jpeg"_s, pcm(5000)}});
    QTest::newRow("text") << ClientMessage(RealtimeInput {.text = u"hello"_s});
    QTest::newRow("activityStart") << ClientMessage(RealtimeInput {.activityStart = true});
    QTest::newRow("activityEnd") << ClientMessage(RealtimeInput {.activityEnd = true});
    QTest::newRow("audioStreamEnd") << ClientMessage(RealtimeInput {.audioStreamEnd = true});
    QTest::newRow("legacy mediaChunks") << ClientMessage(
            RealtimeInput {.mediaChunks = {Blob {u"audio/pcm;rate=16000"_s, pcm(64)}}});
    QTest::newRow("clientContent history")
            << ClientMessage(ClientContent {{Content {u"user"_s, {Part {.text = u"hi"_s}}},
                                             Content {u"model"_s, {Part {.text = u"hello"_s}}}},
                                            false});
    QTest::newRow("clientContent turnComplete only") << ClientMessage(ClientContent {{}, true});
    QTest::newRow("toolResponse") << ClientMessage(ToolResponse {
            {FunctionResponse {u"fc-1"_s, u"get_weather"_s, {{u"output"_s, 21}}, {}, {}},
             FunctionResponse {u"fc-2"_s,
                               u"lookup"_s,
                               {{u"error"_s, u"not found"_s}},
                               Scheduling::WhenIdle,
                               false}}});
    QTest::newRow("contextUpdate clearing tools") << ClientMessage(
            ContextUpdate {Content {u"user"_s, {Part {.text = u"rules"_s}}}, QList<Tool> {}});
}

void tst_Codec::clientRoundTrip()
{
    QFETCH(ClientMessage, message);
    const QByteArray wire = encodeClientMessage(message);
    const auto decoded = decodeClientMessage(wire, Strictness::Strict);
    QVERIFY2(decoded.ok(),
             qPrintable(decoded.error().message + u" in "_s + QString::fromUtf8(wire)));
    QVERIFY2(*decoded == message, wire.constData());
    // Exactly one top-level key, as the service requires.
    QCOMPARE(QJsonDocument::fromJson(wire).object().size(), 1);
}

void tst_Codec::serverRoundTrip_data()
{
    QTest::addColumn<ServerMessage>("message");

    QTest::newRow("setupComplete") << ServerMessage {.setupComplete = SetupComplete {}};
    QTest::newRow("setupComplete with session id")
            << ServerMessage {.setupComplete = SetupComplete {u"sess-1"_s}};

    ServerContent audio;
    audio.modelTurn = Content {{},
                               {Part {.inlineData = Blob {u"audio/pcm;rate=24000"_s, pcm(960)}}}};
    audio.outputTranscription = Transcription {.text = u" Sure"_s};
    QTest::newRow("audio with transcript") << ServerMessage {.serverContent = audio};

    ServerContent transcript;
    transcript.inputTranscription = Transcription {u"what's the weather"_s,
                                                   true,
                                                   u"en-US"_s,
                                                   u"spk1"_s,
                                                   {WordTiming {u"what's"_s, Milliseconds(0),
                                                                Milliseconds(300)}},
                                                   Milliseconds(0),
                                                   Milliseconds(1250)};
    QTest::newRow("input transcription") << ServerMessage {.serverContent = transcript};

    ServerContent end;
    end.turnComplete = true;
    end.turnCompleteReason = u"NEED_MORE_INPUT"_s;
    end.interactionStatus = u"IDLE"_s;
    UsageMetadata usage;
    usage.promptTokenCount = 147;
    usage.responseTokenCount = 36;
    usage.totalTokenCount = 183;
    usage.thoughtsTokenCount = 3;
    usage.promptTokensDetails = {{Modality::Audio, 120}, {Modality::Text, 27}};
    usage.responseTokensDetails = {{Modality::Audio, 36}};
    QTest::newRow("turnComplete with usage")
            << ServerMessage {.serverContent = end, .usageMetadata = usage};

    QTest::newRow("interrupted") << ServerMessage {
            .serverContent = ServerContent {.interrupted = true}};
    QTest::newRow("generationComplete")
            << ServerMessage {.serverContent = ServerContent {.generationComplete = true}};
    QTest::newRow("text part") << ServerMessage {
            .serverContent = ServerContent {.modelTurn = Content {{}, {Part {.text = u"Hello"_s}}}}};

    ServerContent grounded;
    grounded.groundingMetadata
            = GroundingMetadata {{GroundingSource {u"https://example.com/a"_s, u"Example A"_s,
                                                   u"example.com"_s}},
                                 {u"weather paris"_s},
                                 {GroundingSupport {u"It is 21 degrees"_s, 0, 16, {0}}},
                                 {}};
    QTest::newRow("grounding") << ServerMessage {.serverContent = grounded};

    QTest::newRow("toolCall") << ServerMessage {
            .toolCall = ToolCall {
                    {FunctionCall {u"fc-8417"_s, u"get_weather"_s, {{u"city"_s, u"Paris"_s}}},
                     FunctionCall {u"fc-8418"_s, u"get_current_time"_s, {}}}}};
    QTest::newRow("toolCallCancellation")
            << ServerMessage {.toolCallCancellation = ToolCallCancellation {{u"fc-8417"_s}}};
    QTest::newRow("goAway") << ServerMessage {.goAway = GoAway {Milliseconds(50000)}};
    QTest::newRow("resumption update") << ServerMessage {
            .sessionResumptionUpdate = SessionResumptionUpdate {u"Cg1abc"_s, true, 412}};
    QTest::newRow("not resumable")
            << ServerMessage {.sessionResumptionUpdate = SessionResumptionUpdate {}};
    QTest::newRow("voiceActivity") << ServerMessage {
            .voiceActivity = VoiceActivity {VoiceActivityType::ActivityStart, Milliseconds(1200)}};
    QTest::newRow("vad signal") << ServerMessage {
            .voiceActivityDetectionSignal = VoiceActivityDetectionSignal {
                    VadSignalType::EndOfSpeech}};
    QTest::newRow("speechState (Vertex)")
            << ServerMessage {.speechState = SpeechState {u"USER_SPEAKING"_s}};
}

void tst_Codec::serverRoundTrip()
{
    QFETCH(ServerMessage, message);
    const QByteArray wire = encodeServerMessage(message);
    // Strict here proves the encoder writes only fields the decoder knows.
    const auto decoded = decodeServerMessage(wire, Strictness::Strict);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QVERIFY2(*decoded == message, wire.constData());
}

void tst_Codec::vertexUsageNames()
{
    UsageMetadata usage;
    usage.responseTokenCount = 36;
    usage.responseTokensDetails = {{Modality::Audio, 36}};
    const QByteArray wire = encodeServerMessage(ServerMessage {.usageMetadata = usage},
                                                Dialect::VertexAi);
    QVERIFY(wire.contains("candidatesTokenCount"));
    QVERIFY(!wire.contains("responseTokenCount"));
    const auto decoded = decodeServerMessage(wire);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->usageMetadata->responseTokenCount, 36);
    QCOMPARE(decoded->usageMetadata->responseTokensDetails.size(), 1);
}

void tst_Codec::wireShapes_data()
{
    QTest::addColumn<ClientMessage>("message");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("activityStart is an empty object")
            << ClientMessage(RealtimeInput {.activityStart = true})
            << QByteArray(R"({"realtimeInput":{"activityStart":{}}})");
    QTest::newRow("audioStreamEnd") << ClientMessage(RealtimeInput {.audioStreamEnd = true})
                                    << QByteArray(R"({"realtimeInput":{"audioStreamEnd":true}})");
    QTest::newRow("audio base64 with mime type")
            << ClientMessage(
                       RealtimeInput {.audio = Blob {u"audio/pcm;rate=16000"_s, "\x01\x02\x03"}})
            << QByteArray(
                       R"({"realtimeInput":{"audio":{"data":"AQID","mimeType":"audio/pcm;rate=16000"}}})");
    QTest::newRow("transcription with a custom vocabulary (Vertex 3.8)")
            << ClientMessage(
                       Setup {.model = u"models/m"_s,
                              .inputAudioTranscription = AudioTranscriptionConfig {{},
                                                                                   {u"LiveDesk"_s}}})
            << QByteArray(
                       R"({"setup":{"inputAudioTranscription":{"customVocabulary":["LiveDesk"]},"model":"models/m"}})");
    QTest::newRow("int64 as strings, compression")
            << ClientMessage(Setup {.model = u"models/m"_s,
                                    .contextWindowCompression
                                    = ContextWindowCompression {25600, SlidingWindow {12800}}})
            << QByteArray(
                       R"({"setup":{"contextWindowCompression":{"slidingWindow":{"targetTokens":"12800"},"triggerTokens":"25600"},"model":"models/m"}})");
    QTest::newRow("empty resumption turns it on")
            << ClientMessage(Setup {.model = u"models/m"_s,
                                    .sessionResumption = SessionResumptionConfig {}})
            << QByteArray(R"({"setup":{"model":"models/m","sessionResumption":{}}})");
    QTest::newRow("voice nested as the SDK sends it")
            << ClientMessage(
                       Setup {.model = u"models/m"_s,
                              .generationConfig
                              = GenerationConfig {.speechConfig = SpeechConfig {u"Puck"_s, {}}}})
            << QByteArray(
                       R"({"setup":{"generationConfig":{"speechConfig":{"voiceConfig":{"prebuiltVoiceConfig":{"voiceName":"Puck"}}}},"model":"models/m"}})");
}

void tst_Codec::wireShapes()
{
    QFETCH(ClientMessage, message);
    QFETCH(QByteArray, expected);
    QCOMPARE(encodeClientMessage(message), expected);
}

void tst_Codec::lenientServerDecoding_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("check");

    QTest::newRow("unknown fields are ignored") << QByteArray(
            R"({"serverContent":{"turnComplete":true,"newFancyField":{"a":1}},"futureKey":3})")
                                                << u"turnComplete"_s;
    QTest::newRow("int64 as string")
            << QByteArray(R"({"usageMetadata":{"promptTokenCount":"147","totalTokenCount":183}})")
            << u"usage147"_s;
    QTest::newRow("missing key means default")
            << QByteArray(R"({"sessionResumptionUpdate":{}})") << u"notResumable"_s;
    QTest::newRow("unknown enum name reads as unspecified") << QByteArray(
            R"({"usageMetadata":{"promptTokensDetails":[{"modality":"SMELL","tokenCount":2}]}})")
                                                            << u"unspecifiedModality"_s;
    QTest::newRow("snake_case accepted")
            << QByteArray(R"({"server_content":{"turn_complete":true}})") << u"turnComplete"_s;
    QTest::newRow("SDK-renamed voiceActivityType")
            << QByteArray(R"({"voiceActivity":{"voiceActivityType":"ACTIVITY_END"}})")
            << u"activityEnd"_s;
    // Vertex 3.8's live avatar: video parts beside the audio. They decode as inline data; the
    // session leaves them alone (it plays audio parts only).
    QTest::newRow("avatar video part") << QByteArray(
            R"({"serverContent":{"modelTurn":{"parts":[{"inlineData":{"mimeType":"video/mp4","data":"AAAAGGZ0eXA="}}]}}})")
                                       << u"videoPart"_s;
    QTest::newRow("URL-safe base64") << QByteArray(
            R"({"serverContent":{"modelTurn":{"parts":[{"inlineData":{"mimeType":"audio/pcm;rate=24000","data":"-_8="}}]}}})")
                                     << u"urlSafe"_s;
}

void tst_Codec::lenientServerDecoding()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, check);
    const auto decoded = decodeServerMessage(json);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    if (check == u"turnComplete")
        QVERIFY(decoded->serverContent && decoded->serverContent->turnComplete);
    else if (check == u"usage147")
        QCOMPARE(decoded->usageMetadata->promptTokenCount, 147);
    else if (check == u"notResumable")
        QVERIFY(!decoded->sessionResumptionUpdate->resumable);
    else if (check == u"unspecifiedModality")
        QCOMPARE(decoded->usageMetadata->promptTokensDetails.first().modality,
                 Modality::Unspecified);
    else if (check == u"activityEnd")
        QCOMPARE(decoded->voiceActivity->type, VoiceActivityType::ActivityEnd);
    else if (check == u"videoPart")
        QCOMPARE(decoded->serverContent->modelTurn->parts.first().inlineData->mimeType,
                 u"video/mp4"_s);
    else if (check == u"urlSafe")
        QCOMPARE(decoded->serverContent->modelTurn->parts.first().inlineData->data,
                 QByteArray("\xfb\xff", 2));
    else
        QFAIL("unknown check");
}

// No SDK and no public page documents speechState's shape (see SpeechState), so every shape must
// decode without error, and a string wherever it is likely to be is read.
void tst_Codec::speechStateShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("state");

    QTest::newRow("object with a state")
            << QByteArray(R"({"speechState":{"state":"USER_SPEAKING","since":"1.2s"}})")
            << u"USER_SPEAKING"_s;
    QTest::newRow("bare enum name")
            << QByteArray(R"({"speechState":"MODEL_SPEAKING"})") << u"MODEL_SPEAKING"_s;
    QTest::newRow("snake_case") << QByteArray(R"({"speech_state":{"state":"IDLE"}})") << u"IDLE"_s;
    QTest::newRow("object without a state")
            << QByteArray(R"({"speechState":{"speaking":true}})") << QString();
    QTest::newRow("a number") << QByteArray(R"({"speechState":2})") << QString();
    QTest::newRow("null") << QByteArray(R"({"speechState":null})") << QString();
    QTest::newRow("beside serverContent") << QByteArray(
            R"({"speechState":{"state":"USER_SPEAKING"},"serverContent":{"turnComplete":true}})")
                                          << u"USER_SPEAKING"_s;
}

void tst_Codec::speechStateShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, state);
    for (Strictness strictness : {Strictness::Lenient, Strictness::Strict}) {
        const auto decoded = decodeServerMessage(json, strictness);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QVERIFY(decoded->speechState);
        QCOMPARE(decoded->speechState->state, state);
    }
}

void tst_Codec::malformedServer_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("empty") << QByteArray() << u"invalid JSON"_s;
    QTest::newRow("truncated JSON")
            << QByteArray(R"({"serverContent":{"turnComplete":tr)") << u"invalid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1,2,3]") << u"expected a JSON object"_s;
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{", 4) << u"invalid JSON"_s;
    QTest::newRow("bool as string") << QByteArray(R"({"serverContent":{"turnComplete":"yes"}})")
                                    << u"serverContent.turnComplete"_s;
    QTest::newRow("object as array")
            << QByteArray(R"({"serverContent":[]})") << u"serverContent: expected an object"_s;
    QTest::newRow("parts not an array")
            << QByteArray(R"({"serverContent":{"modelTurn":{"parts":{}}}})")
            << u"serverContent.modelTurn.parts"_s;
    QTest::newRow("invalid base64") << QByteArray(
            R"({"serverContent":{"modelTurn":{"parts":[{"inlineData":{"mimeType":"audio/pcm","data":"@@@notbase64"}}]}}})")
                                    << u"parts[0].inlineData.data: invalid base64"_s;
    QTest::newRow("inlineData without data") << QByteArray(
            R"({"serverContent":{"modelTurn":{"parts":[{"inlineData":{"mimeType":"audio/pcm"}}]}}})")
                                             << u"inlineData.data: required field missing"_s;
    QTest::newRow("number beyond double")
            << QByteArray(R"({"usageMetadata":{"promptTokenCount":1e400}})") << u"invalid JSON"_s;
    QTest::newRow("number beyond int64")
            << QByteArray(R"({"usageMetadata":{"promptTokenCount":1e30}})")
            << u"usageMetadata.promptTokenCount"_s;
    QTest::newRow("huge int64 string")
            << QByteArray(R"({"usageMetadata":{"totalTokenCount":"99999999999999999999999"}})")
            << u"usageMetadata.totalTokenCount"_s;
    QTest::newRow("fractional count")
            << QByteArray(R"({"usageMetadata":{"promptTokenCount":1.5}})") << u"not whole"_s;
    QTest::newRow("negative count") << QByteArray(R"({"usageMetadata":{"promptTokenCount":-3}})")
                                    << u"must not be negative"_s;
    QTest::newRow("cancellation ids not strings")
            << QByteArray(R"({"toolCallCancellation":{"ids":[1,2]}})") << u"ids[0]"_s;
    QTest::newRow("bad duration") << QByteArray(R"({"goAway":{"timeLeft":"soon"}})")
                                  << u"goAway.timeLeft: invalid duration"_s;
    QTest::newRow("duration as number")
            << QByteArray(R"({"goAway":{"timeLeft":50}})") << u"goAway.timeLeft"_s;
    QTest::newRow("handle not a string")
            << QByteArray(R"({"sessionResumptionUpdate":{"newHandle":{}}})")
            << u"newHandle: expected a string"_s;
}

void tst_Codec::malformedServer()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    const auto decoded = decodeServerMessage(json);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(errorContains), qPrintable(decoded.error().message));
}

// A bad call no longer takes the message down: the valid calls beside it are decoded, the bad one
// is kept apart (with what was wrong) so the session can answer it with an error.
void tst_Codec::badFunctionCallsAreKeptApart_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("validIds");
    QTest::addColumn<QString>("rejectedId");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("function call without name")
            << QByteArray(R"({"toolCall":{"functionCalls":[{"id":"fc-1","args":{}}]}})")
            << QStringList {} << u"fc-1"_s
            << u"toolCall.functionCalls[0].name: required field missing"_s;
    QTest::newRow("args not an object")
            << QByteArray(R"({"toolCall":{"functionCalls":[{"id":"1","name":"f","args":"x"}]}})")
            << QStringList {} << u"1"_s << u"args: expected an object"_s;
    QTest::newRow("a call named \"\" beside a valid call")
            << QByteArray(R"({"toolCall":{"functionCalls":[{"id":"bad","name":""},)"
                          R"({"id":"good","name":"get_time","args":{}}]}})")
            << QStringList {u"good"_s} << u"bad"_s
            << u"toolCall.functionCalls[0].name: must not be empty"_s;
    QTest::newRow("a call that is not an object, after a valid call")
            << QByteArray(R"({"toolCall":{"functionCalls":[{"id":"good","name":"f"},7]}})")
            << QStringList {u"good"_s} << QString() << u"functionCalls[1]: expected an object"_s;
}

void tst_Codec::badFunctionCallsAreKeptApart()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, validIds);
    QFETCH(QString, rejectedId);
    QFETCH(QString, errorContains);
    for (const Strictness strictness : {Strictness::Strict, Strictness::Lenient}) {
        const auto decoded = decodeServerMessage(json, strictness);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QVERIFY(decoded->toolCall);
        QStringList ids;
        for (const FunctionCall &f : decoded->toolCall->functionCalls)
            ids.append(f.id);
        QCOMPARE(ids, validIds);
        QCOMPARE(decoded->toolCall->rejectedCalls.size(), 1);
        const RejectedFunctionCall &rejected = decoded->toolCall->rejectedCalls.first();
        QCOMPARE(rejected.id, rejectedId);
        QVERIFY2(rejected.error.contains(errorContains), qPrintable(rejected.error));
    }
}

void tst_Codec::malformedClient_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("two top-level keys")
            << QByteArray(R"({"setup":{"model":"models/m"},"realtimeInput":{"text":"x"}})")
            << u"exactly one top-level field"_s;
    QTest::newRow("unknown top-level key")
            << QByteArray(R"({"hello":{}})") << u"Unknown name \"hello\""_s;
    QTest::newRow("empty object") << QByteArray("{}") << u"empty message"_s;
    QTest::newRow("setup without model")
            << QByteArray(R"({"setup":{}})") << u"setup.model: required field missing"_s;
    QTest::newRow("unknown nested field")
            << QByteArray(R"({"setup":{"model":"models/m","generationConfig":{"colour":"blue"}}})")
            << u"Unknown name \"colour\""_s;
    QTest::newRow("bad enum") << QByteArray(
            R"({"setup":{"model":"m","realtimeInputConfig":{"activityHandling":"SOMETIMES"}}})")
                              << u"activityHandling: invalid value"_s;
    QTest::newRow("audio with image mime")
            << QByteArray(R"({"realtimeInput":{"audio":{"mimeType":"image/jpeg","data":"AQID"}}})")
            << u"mimeType must be audio"_s;
    QTest::newRow("invalid audio base64")
            << QByteArray(R"({"realtimeInput":{"audio":{"mimeType":"audio/pcm","data":"%%%"}}})")
            << u"invalid base64"_s;
    QTest::newRow("temperature as string")
            << QByteArray(R"({"setup":{"model":"m","generationConfig":{"temperature":"hot"}}})")
            << u"temperature: expected a finite number"_s;
    QTest::newRow("topK too large")
            << QByteArray(R"({"setup":{"model":"m","generationConfig":{"topK":99999999999}}})")
            << u"topK: integer out of range"_s;
    QTest::newRow("tool response without name")
            << QByteArray(R"({"toolResponse":{"functionResponses":[{"id":"1","response":{}}]}})")
            << u"name: required field missing"_s;
    QTest::newRow("both parameter schemas") << QByteArray(
            R"({"setup":{"model":"m","tools":[{"functionDeclarations":[{"name":"f","parameters":{"type":"OBJECT"},"parametersJsonSchema":{"type":"object"}}]}]}})")
                                            << u"not both"_s;
    QTest::newRow("multi-speaker voice") << QByteArray(
            R"({"setup":{"model":"m","generationConfig":{"speechConfig":{"multiSpeakerVoiceConfig":{}}}}})")
                                         << u"not supported for Live"_s;
}

void tst_Codec::malformedClient()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    const auto decoded = decodeClientMessage(json, Strictness::Strict);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(errorContains), qPrintable(decoded.error().message));
}

void tst_Codec::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<bool>("valid");

    QTest::newRow("whole seconds") << u"50s"_s << qint64(50000) << true;
    QTest::newRow("fraction") << u"0.250s"_s << qint64(250) << true;
    QTest::newRow("nanos precision") << u"1.200000000s"_s << qint64(1200) << true;
    QTest::newRow("no unit") << u"50"_s << qint64(0) << false;
    QTest::newRow("words") << u"soon"_s << qint64(0) << false;
    QTest::newRow("absurd") << u"1e300s"_s << qint64(0) << false;
}

void tst_Codec::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(bool, valid);
    const auto d = parseDuration(text);
    QCOMPARE(d.has_value(), valid);
    if (valid) {
        QCOMPARE(d->count(), ms);
        QCOMPARE(parseDuration(formatDuration(*d)), d);
    }
}

QTEST_GUILESS_MAIN(tst_Codec)
#include "tst_codec.moc"
