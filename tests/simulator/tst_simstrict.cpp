// The simulator as the strict service of docs/service-2026.md: every setup is checked against the
// model's profile and the API version of the URL path, with the service's close reasons; 3.1's
// silent hang; per-model input refusals; 3.8's non-blocking functions; the server fields the
// service sends (each switchable); and random mid-session 1008/1011 closes that a resume
// survives. One data row per behaviour of the service.
#include "simtestclient.h"

#include <QRegularExpression>

#include <cmath>
#include <numbers>

using namespace livedesk::sim;
using namespace livedesk::protocol;
using namespace simtest;
using namespace Qt::StringLiterals;

class tst_SimStrict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setupAgainstProfile_data();
    void setupAgainstProfile();
    void inputAgainstProfile_data();
    void inputAgainstProfile();
    void toolSemantics_data();
    void toolSemantics();
    void serverFields_data();
    void serverFields();
    void faultsAreResumable_data();
    void faultsAreResumable();
    void userModelTable();
    void serviceBehaviours_data();
    void serviceBehaviours();
    void silenceDurationPerModel_data();
    void silenceDurationPerModel();
};

namespace {

const QString k25 = u"gemini-2.5-flash-native-audio-preview-12-2025"_s;
const QString k31 = u"gemini-3.1-flash-live-preview"_s;
const QString k38 = u"gemini-3.8-live"_s;
const QString k38Thinking = u"gemini-3.8-live-extended-thinking"_s;
const QString kTranslate = u"gemini-3.5-live-translate-preview"_s;

const QByteArray kScenario = R"({
  "turns": [
    {"transcript": "hello", "reply": "Hello there."},
    {"transcript": "what time is it", "toolCall": {"name": "get_time", "args": {}},
     "reply": "It is {result.time}.", "fillerReply": "Let me check."},
    {"transcript": "hmm", "reply": ""}
  ],
  "afterLastTurn": "repeatLast"
})";

std::unique_ptr<Simulator> startSimulator(SimulatorOptions options = {})
{
    if (options.scenarioJson.isEmpty())
        options.scenarioJson = kScenario;
    options.speechSpeedFactor = 0; // replies at once: these tests are about messages
    options.inputTranscriptionDelayMs = 10;
    auto sim = std::make_unique<Simulator>(options);
    QString error;
    if (!sim->start(&error))
        qWarning() << error;
    return sim;
}

bool isSetupComplete(const ServerMessage &m)
{
    return m.setupComplete.has_value();
}

bool isToolCall(const ServerMessage &m)
{
    return m.toolCall.has_value();
}

bool hasHandle(const ServerMessage &m)
{
    return m.sessionResumptionUpdate && !m.sessionResumptionUpdate->newHandle.isEmpty();
}

// A 440 Hz tone at 16 kHz: loud enough for the simulator's energy VAD, no espeak-ng needed.
QByteArray tonePcm16k(int ms)
{
    QByteArray pcm(qsizetype(ms) * 16 * 2, Qt::Uninitialized);
    auto *samples = reinterpret_cast<qint16 *>(pcm.data());
    for (qsizetype i = 0; i < pcm.size() / 2; ++i)
        samples[i] = qint16(8000 * std::sin(2 * std::numbers::pi * 440 * double(i) / 16000));
    return pcm;
}

QString latestHandle(const Client &client)
{
    for (qsizetype i = client.messages.size() - 1; i >= 0; --i) {
        const auto &u = client.messages.at(i).sessionResumptionUpdate;
        if (u && u->resumable && !u->newHandle.isEmpty())
            return u->newHandle;
    }
    return {};
}

QByteArray functionSetup(const QByteArray &behavior)
{
    const QByteArray field = behavior.isEmpty() ? QByteArray()
                                                : R"(,"behavior":")" + behavior + '"';
    return R"({"outputAudioTranscription":{},"tools":[{"functionDeclarations":[
        {"name":"get_time","description":"The time")"
           + field + R"(}]}]})";
}

} // namespace

void tst_SimStrict::setupAgainstProfile_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<int>("closeCode"); // 0: setupComplete; -1: never answered
    QTest::addColumn<QString>("reason");

    const QString unknownAffective = u"Invalid JSON payload received. Unknown name "
                                     "\"enableAffectiveDialog\" at 'setup.generation_config': "
                                     "Cannot find field."_s;
    const QString invalid = u"Request contains an invalid argument."_s;

    // 2.5 native audio: affective dialog and proactivity exist on v1alpha only.
    QTest::newRow("2.5, affective dialog on v1beta: 1007 Unknown name")
            << k25 << u"v1beta"_s << R"({"generationConfig":{"enableAffectiveDialog":true}})"_ba
            << 1007 << unknownAffective;
    QTest::newRow("2.5, affective dialog false on v1beta: refused all the same")
            << k25 << u"v1beta"_s << R"({"generationConfig":{"enableAffectiveDialog":false}})"_ba
            << 1007 << unknownAffective;
    QTest::newRow("2.5, affective dialog on v1alpha: accepted")
            << k25 << u"v1alpha"_s << R"({"generationConfig":{"enableAffectiveDialog":true}})"_ba
            << 0 << QString();
    QTest::newRow("2.5, proactivity on v1beta: 1007 Unknown name")
            << k25 << u"v1beta"_s << R"({"proactivity":{"proactiveAudio":true}})"_ba << 1007
            << u"Invalid JSON payload received. Unknown name \"proactivity\" at 'setup': Cannot "
               "find field."_s;
    QTest::newRow("2.5, proactivity on v1alpha: accepted")
            << k25 << u"v1alpha"_s << R"({"proactivity":{"proactiveAudio":true}})"_ba << 0
            << QString();
    // 3.8 Live.
    QTest::newRow("3.8, affective dialog: removed")
            << k38 << u"v1beta"_s << R"({"generationConfig":{"enableAffectiveDialog":true}})"_ba
            << 1007 << invalid;
    QTest::newRow("3.8, proactive audio false: it is always on")
            << k38 << u"v1beta"_s << R"({"proactivity":{"proactiveAudio":false}})"_ba << 1007
            << invalid;
    QTest::newRow("3.8, proactive audio true: accepted")
            << k38 << u"v1beta"_s << R"({"proactivity":{"proactiveAudio":true}})"_ba << 0
            << QString();
    QTest::newRow("3.8, a thinking config: it has none")
            << k38 << u"v1beta"_s
            << R"({"generationConfig":{"thinkingConfig":{"thinkingLevel":"LOW"}}})"_ba << 1007
            << invalid;
    QTest::newRow("3.8 extended thinking, a thinking level: accepted")
            << k38Thinking << u"v1beta"_s
            << R"({"generationConfig":{"thinkingConfig":{"thinkingLevel":"HIGH"}}})"_ba << 0
            << QString();
    QTest::newRow("3.8 extended thinking, a thinking budget: it takes a level")
            << k38Thinking << u"v1beta"_s
            << R"({"generationConfig":{"thinkingConfig":{"thinkingBudget":1024}}})"_ba << 1007
            << invalid;
    // Vertex AI's 3.8 keeps both, on by default ("vertex": the Vertex path and resource name).
    QTest::newRow("Vertex 3.8, affective dialog: accepted")
            << k38 << u"vertex"_s << R"({"generationConfig":{"enableAffectiveDialog":true}})"_ba
            << 0 << QString();
    QTest::newRow("Vertex 3.8, proactive audio false: accepted")
            << k38 << u"vertex"_s << R"({"proactivity":{"proactiveAudio":false}})"_ba << 0
            << QString();
    QTest::newRow("Vertex 3.8, a custom vocabulary for transcription: accepted")
            << k38 << u"vertex"_s
            << R"({"inputAudioTranscription":{"customVocabulary":["LiveDesk"]}})"_ba << 0
            << QString();
    QTest::newRow("3.8, a bare function and a NON_BLOCKING one: accepted")
            << k38 << u"v1beta"_s << functionSetup("NON_BLOCKING") << 0 << QString();
    // 3.1 Flash Live: silent on what it does not know.
    QTest::newRow("3.1, affective dialog: never answered")
            << k31 << u"v1beta"_s << R"({"generationConfig":{"enableAffectiveDialog":true}})"_ba
            << -1 << QString();
    QTest::newRow("3.1, proactivity on v1alpha: never answered")
            << k31 << u"v1alpha"_s << R"({"proactivity":{"proactiveAudio":true}})"_ba << -1
            << QString();
    QTest::newRow("3.1, a NON_BLOCKING function: no behavior field")
            << k31 << u"v1beta"_s << functionSetup("NON_BLOCKING") << 1007 << invalid;
    QTest::newRow("3.1, a thinking budget: it takes a level")
            << k31 << u"v1beta"_s
            << R"({"generationConfig":{"thinkingConfig":{"thinkingBudget":0}}})"_ba << 1007
            << invalid;
    // 3.5 Live Translate: audio in, translated audio out, nothing else.
    QTest::newRow("translate, a translation config: accepted")
            << kTranslate << u"v1beta"_s
            << R"({"generationConfig":{"translationConfig":{"targetLanguageCode":"de-DE"}}})"_ba
            << 0 << QString();
    QTest::newRow("translate, tools: none")
            << kTranslate << u"v1beta"_s << functionSetup({}) << 1007 << invalid;
    QTest::newRow("translate, a system instruction: none")
            << kTranslate << u"v1beta"_s
            << R"({"systemInstruction":{"parts":[{"text":"be brief"}]}})"_ba << 1007 << invalid;
    QTest::newRow("translate, historyConfig: no turns to seed")
            << kTranslate << u"v1beta"_s
            << R"({"historyConfig":{"initialHistoryInClientContent":true}})"_ba << 1007 << invalid;
    QTest::newRow("3.8, a translation config: not a translation model")
            << k38 << u"v1beta"_s
            << R"({"generationConfig":{"translationConfig":{"targetLanguageCode":"de-DE"}}})"_ba
            << 1007 << invalid;
    // Any model: what no proto has.
    QTest::newRow("an unknown setup field: 1007 Unknown name")
            << k38 << u"v1beta"_s << R"({"realtimeInputConfig":{"bargeInPolitely":true}})"_ba
            << 1007 << u"Unknown name \"bargeInPolitely\""_s;
    QTest::newRow("Vertex's transparent resumption on the Gemini API: 1007 Unknown name")
            << k38 << u"v1beta"_s << R"({"sessionResumption":{"transparent":true}})"_ba << 1007
            << u"Unknown name \"transparent\""_s;
    // 3.1 refuses a null handle (service-2026.md's model table); 3.8 takes it as "no handle".
    QTest::newRow("3.1, sessionResumption handle null: 1007")
            << k31 << u"v1beta"_s << R"({"sessionResumption":{"handle":null}})"_ba << 1007
            << invalid;
    QTest::newRow("3.1, sessionResumption without a handle: accepted")
            << k31 << u"v1beta"_s << R"({"sessionResumption":{}})"_ba << 0 << QString();
    QTest::newRow("3.8, sessionResumption handle null: accepted")
            << k38 << u"v1beta"_s << R"({"sessionResumption":{"handle":null}})"_ba << 0
            << QString();
    QTest::newRow("a retired model: 1008 not found")
            << u"gemini-2.0-flash-live-001"_s << u"v1beta"_s << "{}"_ba << 1008
            << u"models/gemini-2.0-flash-live-001 is not found for API version v1beta"_s;
}

void tst_SimStrict::setupAgainstProfile()
{
    QFETCH(QString, model);
    QFETCH(QString, version);
    QFETCH(QByteArray, setup);
    QFETCH(int, closeCode);
    QFETCH(QString, reason);

    auto sim = startSimulator();
    Client client;
    QUrl url = liveUrl(*sim, u"key=test-key"_s, version);
    QString name = u"models/"_s + model;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (version == u"vertex") {
        url.setPath(u"/ws/google.cloud.aiplatform.v1beta1.LlmBidiService/BidiGenerateContent"_s);
        url.setQuery(QString());
        headers = {{"Authorization", "Bearer test-key"}};
        name = u"projects/p/locations/us-central1/publishers/google/models/"_s + model;
    }
    QVERIFY(client.open(url, headers));
    QSignalSpy received(sim.get(), &Simulator::setupReceived);
    client.sendSetup(setup, name);
    if (closeCode == 0) {
        QVERIFY(client.waitFor(isSetupComplete) >= 0);
        QVERIFY(!client.disconnected);
        return;
    }
    if (closeCode < 0) {
        QVERIFY(received.count() == 1 || received.wait(5000));
        // The service neither answers nor closes; 1.5 s is ten times the simulator's slowest
        // setupComplete on a loaded machine, so silence here is the hang, not a slow answer.
        QVERIFY(client.waitFor(isSetupComplete, 1500) < 0);
        QVERIFY(!client.disconnected);
        // Whatever follows is read by nobody, and answered by nothing.
        client.sendRealtimeText(u"hello?"_s);
        QVERIFY(client.waitFor([](const ServerMessage &) { return true; }, 500) < 0);
        return;
    }
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, closeCode);
    QVERIFY2(client.closeReason.contains(reason), qPrintable(client.closeReason));
    QVERIFY(client.messages.isEmpty());
}

void tst_SimStrict::inputAgainstProfile_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("refused");

    const QByteArray translate
            = R"({"generationConfig":{"translationConfig":{"targetLanguageCode":"de-DE"}}})";
    const QByteArray chunks = R"({"realtimeInput":{"mediaChunks":[{"mimeType":
        "audio/pcm;rate=16000","data":"AAAAAA=="}]}})";
    QTest::newRow("translate, typed text through realtimeInput: refused")
            << kTranslate << translate << R"({"realtimeInput":{"text":"hallo"}})"_ba << true;
    QTest::newRow("translate, a clientContent turn: refused")
            << kTranslate << translate
            << R"({"clientContent":{"turns":[{"role":"user","parts":[{"text":"hi"}]}],
                   "turnComplete":true}})"_ba
            << true;
    QTest::newRow("translate, audio: taken")
            << kTranslate << translate
            << R"({"realtimeInput":{"audio":{"mimeType":"audio/pcm;rate=16000","data":"AAAA"}}})"_ba
            << false;
    QTest::newRow("3.1, the legacy mediaChunks: refused") << k31 << "{}"_ba << chunks << true;
    QTest::newRow("2.5, the legacy mediaChunks: taken") << k25 << "{}"_ba << chunks << false;
    QTest::newRow("3.1, a clientContent turn mid-session: refused (initial history only)")
            << k31 << "{}"_ba
            << R"({"clientContent":{"turns":[{"role":"user","parts":[{"text":"hi"}]}],
                   "turnComplete":true}})"_ba
            << true;
    QTest::newRow("3.1, clientContent as the initial history of historyConfig: taken")
            << k31 << R"({"historyConfig":{"initialHistoryInClientContent":true}})"_ba
            << R"({"clientContent":{"turns":[{"role":"user","parts":[{"text":"hi"}]},
                   {"role":"model","parts":[{"text":"hello"}]}],"turnComplete":true}})"_ba
            << false;
    QTest::newRow("3.8, a clientContent turn: taken all session long")
            << k38 << "{}"_ba
            << R"({"clientContent":{"turns":[{"role":"user","parts":[{"text":"hi"}]}],
                   "turnComplete":true}})"_ba
            << false;
}

void tst_SimStrict::inputAgainstProfile()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, setup);
    QFETCH(QByteArray, input);
    QFETCH(bool, refused);

    auto sim = startSimulator();
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(setup, u"models/"_s + model);
    QVERIFY(client.waitFor(isSetupComplete) >= 0);
    client.sendJson(input);
    if (refused) {
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode, 1007);
        QCOMPARE(client.closeReason, u"Request contains an invalid argument."_s);
        return;
    }
    // Then a text turn proves the connection still works (not for the audio-only model).
    if (model == kTranslate) {
        // Nothing to ask it in text; the close check below waits for a refusal that, on this
        // machine, comes within milliseconds when it comes at all.
        QVERIFY(!client.waitForClose(500));
        return;
    }
    client.sendRealtimeText(u"hello"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QVERIFY(!client.disconnected);
}

void tst_SimStrict::toolSemantics_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QByteArray>("behavior");
    QTest::addColumn<bool>("blocking");

    QTest::newRow("3.8, a bare declaration does not block") << k38 << QByteArray() << false;
    QTest::newRow("3.8, BLOCKING when declared") << k38 << "BLOCKING"_ba << true;
    QTest::newRow("2.5, a bare declaration blocks") << k25 << QByteArray() << true;
    QTest::newRow("2.5, NON_BLOCKING when declared") << k25 << "NON_BLOCKING"_ba << false;
    QTest::newRow("3.1, always blocking") << k31 << QByteArray() << true;
}

void tst_SimStrict::toolSemantics()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, behavior);
    QFETCH(bool, blocking);

    SimulatorOptions options;
    options.serverFields.waitingForInput = false; // the silent case is really silent here
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(functionSetup(behavior), u"models/"_s + model);
    QVERIFY(client.waitFor(isSetupComplete) >= 0);
    client.sendRealtimeText(u"hello"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);

    const qsizetype start = client.messages.size();
    client.sendRealtimeText(u"what time is it"_s);
    const qsizetype callAt = client.waitFor(isToolCall, 10000, start);
    QVERIFY(callAt >= 0);
    const QString id = client.messages.at(callAt).toolCall->functionCalls.first().id;
    if (blocking) {
        // The model waits for the result: no turnComplete until it comes.
        QVERIFY(client.waitFor(isTurnComplete, 500, callAt) < 0);
    } else {
        // It goes on talking and ends its turn without the result.
        const qsizetype fillerDone = client.waitFor(isTurnComplete, 10000, callAt);
        QVERIFY(fillerDone >= 0);
        QCOMPARE(outputTranscript(client.messages, callAt), u"Let me check."_s);
    }
    const qsizetype answered = client.messages.size();
    const QByteArray scheduling = blocking ? QByteArray() : R"(,"scheduling":"SILENT")"_ba;
    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")" + id.toUtf8()
                    + R"(","name":"get_time","response":{"output":{"time":"noon"}})" + scheduling
                    + R"(}]}})");
    if (blocking) {
        QVERIFY(client.waitFor(isTurnComplete, 10000, answered) >= 0);
        QCOMPARE(outputTranscript(client.messages, answered), u"It is noon."_s);
    } else {
        // SILENT: the result joins the context and the model says nothing at all, which a
        // client must not take for a stall. Half a second is many times the simulator's
        // reply latency with speech at full speed.
        QVERIFY(client.waitFor([](const ServerMessage &) { return true; }, 500, answered) < 0);
    }
    QVERIFY(!client.disconnected);
}

void tst_SimStrict::serverFields_data()
{
    QTest::addColumn<bool>("on");
    QTest::newRow("sent, as the service does") << true;
    QTest::newRow("each switched off") << false;
}

void tst_SimStrict::serverFields()
{
    QFETCH(bool, on);
    SimulatorOptions options;
    if (!on)
        options.serverFields = ServerFields {false, false, false, false,
                                             false, false, false, false};
    auto sim = startSimulator(options);

    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(R"({"inputAudioTranscription":{},"outputAudioTranscription":{},
        "sessionResumption":{},"tools":[{"googleSearch":{}},{"functionDeclarations":[
        {"name":"get_time","description":"The time"}]}],
        "generationConfig":{"thinkingConfig":{"includeThoughts":true}}})",
                     u"models/"_s + k38Thinking);
    const qsizetype setupAt = client.waitFor(isSetupComplete);
    QVERIFY(setupAt >= 0);
    QCOMPARE(client.messages.at(setupAt).setupComplete->sessionId.isEmpty(), !on);

    // A turn with a reply: a thought first, grounding, interactionStatus with turnComplete.
    client.sendRealtimeText(u"hello"_s);
    const qsizetype done = client.waitFor(isTurnComplete);
    QVERIFY(done >= 0);
    const auto thought = [](const ServerMessage &m) {
        return m.serverContent && m.serverContent->modelTurn
               && !m.serverContent->modelTurn->parts.isEmpty()
               && m.serverContent->modelTurn->parts.first().thought;
    };
    const auto grounded = [](const ServerMessage &m) {
        return m.serverContent && m.serverContent->groundingMetadata
               && !m.serverContent->groundingMetadata->sources.isEmpty();
    };
    QCOMPARE(client.count(thought, 0, done) == 1, on);
    QCOMPARE(client.count(grounded, 0, done) == 1, on);
    QCOMPARE(client.messages.at(done).serverContent->interactionStatus, on ? u"IDLE"_s : QString());

    // A NON_BLOCKING call answered SILENT: the model waits for input, and says so.
    qsizetype from = client.messages.size();
    client.sendRealtimeText(u"what time is it"_s);
    const qsizetype callAt = client.waitFor(isToolCall, 10000, from);
    QVERIFY(callAt >= 0);
    QVERIFY(client.waitFor(isTurnComplete, 10000, callAt) >= 0);
    from = client.messages.size();
    client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")"
                    + client.messages.at(callAt).toolCall->functionCalls.first().id.toUtf8()
                    + R"(","name":"get_time","response":{"output":{}},"scheduling":"SILENT"}]}})");
    const auto waiting = [](const ServerMessage &m) {
        return m.serverContent && m.serverContent->waitingForInput;
    };
    // Switched off, nothing comes at all: 500 ms is many times its latency when it does.
    QCOMPARE(client.waitFor(waiting, on ? 10000 : 500, from) >= 0, on);

    // A turn where the model says nothing: NEED_MORE_INPUT.
    from = client.messages.size();
    client.sendRealtimeText(u"hmm"_s);
    const qsizetype silentDone = client.waitFor(isTurnComplete, 10000, from);
    QVERIFY(silentDone >= 0);
    QCOMPARE(client.messages.at(silentDone).serverContent->turnCompleteReason,
             on ? u"NEED_MORE_INPUT"_s : QString());
    QVERIFY(client.decodeErrors.isEmpty());
}

void tst_SimStrict::faultsAreResumable_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("mid-session 1008 (js-genai#1236)")
            << 1008 << u"Operation is not implemented, or supported, or enabled."_s;
    QTest::newRow("mid-session 1011 (service unavailable)")
            << 1011 << u"The service is currently unavailable."_s;
}

void tst_SimStrict::faultsAreResumable()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    SimulatorOptions options;
    options.faultRate = 1; // after every turn
    options.faultCloseCodes = {code};
    auto sim = startSimulator(options);

    QString handle;
    for (int turn = 0; turn < 3; ++turn) {
        Client client;
        QVERIFY(client.open(liveUrl(*sim)));
        const QByteArray resume
                = handle.isEmpty()
                          ? R"({"outputAudioTranscription":{},"sessionResumption":{}})"_ba
                          : R"({"outputAudioTranscription":{},"sessionResumption":{"handle":")"
                                    + handle.toUtf8() + R"("}})";
        client.sendSetup(resume, u"models/"_s + k25);
        QVERIFY(client.waitFor(isSetupComplete) >= 0);
        client.sendRealtimeText(u"hello"_s);
        QVERIFY(client.waitFor(isTurnComplete) >= 0);
        // The fault comes after the turn and its fresh handle, so a resume loses nothing.
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode, code);
        QCOMPARE(client.closeReason, reason);
        handle = latestHandle(client);
        QVERIFY(!handle.isEmpty());
    }
}

void tst_SimStrict::userModelTable()
{
    // A table of one model that has only just appeared, loaded without a rebuild.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"models.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"models":[{"id":"gemini-9-live","affectiveDialog":"unsupported",
                   "thinking":"none","textInput":"clientContent"}]})");
    file.close();
    SimulatorOptions options;
    options.modelTablePath = path;
    options.models = {u"gemini-9-live"_s};
    auto sim = startSimulator(options);
    QVERIFY(sim->isListening());
    Client ok;
    QVERIFY(ok.open(liveUrl(*sim)));
    ok.sendSetup("{}", u"models/gemini-9-live"_s);
    QVERIFY(ok.waitFor(isSetupComplete) >= 0);
    Client refused;
    QVERIFY(refused.open(liveUrl(*sim)));
    refused.sendSetup(R"({"generationConfig":{"enableAffectiveDialog":true}})",
                      u"models/gemini-9-live"_s);
    QVERIFY(refused.waitForClose());
    QCOMPARE(refused.closeCode, 1007);

    SimulatorOptions broken;
    broken.modelTablePath = dir.filePath(u"missing.json"_s);
    Simulator failing(broken);
    QString error;
    QVERIFY(!failing.start(&error));
    QVERIFY2(error.contains(u"missing.json"_s), qPrintable(error));
}

// The rest of service-2026.md's behaviour table, one row each (the rows above cover unknown
// fields, mid-session 1008/1011 and the server fields).
enum class Behaviour {
    DeadlineAfterGoAway,
    ResumeWhileOldOpen,
    ExpiredHandle,
    SilentAfterTool,
    HandleAfterFirstTurn,
};
Q_DECLARE_METATYPE(Behaviour)

void tst_SimStrict::serviceBehaviours_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::newRow("goAway with timeLeft, then 1011 Deadline expired")
            << Behaviour::DeadlineAfterGoAway;
    QTest::newRow("a resume while the old socket is open is refused")
            << Behaviour::ResumeWhileOldOpen;
    QTest::newRow("a handle is valid for a limited time") << Behaviour::ExpiredHandle;
    QTest::newRow("after a BLOCKING tool response the model can go silent")
            << Behaviour::SilentAfterTool;
    QTest::newRow("handles arrive only after the first model turn")
            << Behaviour::HandleAfterFirstTurn;
}

void tst_SimStrict::serviceBehaviours()
{
    QFETCH(Behaviour, behaviour);
    SimulatorOptions options;
    if (behaviour == Behaviour::DeadlineAfterGoAway) {
        options.connectionLifetimeMs = 1500;
        options.goAwayNoticeMs = 1000;
    }
    if (behaviour == Behaviour::ExpiredHandle)
        options.handleLifetimeMs = 300;
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(behaviour == Behaviour::SilentAfterTool
                             ? functionSetup({})
                             : R"({"outputAudioTranscription":{},"sessionResumption":{}})"_ba,
                     u"models/"_s + k31);
    QVERIFY(client.waitFor(isSetupComplete) >= 0);
    client.sendRealtimeText(u"hello"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);

    switch (behaviour) {
    case Behaviour::DeadlineAfterGoAway: {
        const qsizetype at = client.waitFor(
                [](const ServerMessage &m) { return m.goAway.has_value(); });
        QVERIFY(at >= 0);
        QVERIFY(client.messages.at(at).goAway->timeLeft.count() <= 1000);
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode, 1011);
        QCOMPARE(client.closeReason, u"Deadline expired before operation could complete."_s);
        break;
    }
    case Behaviour::ResumeWhileOldOpen:
    case Behaviour::ExpiredHandle: {
        QVERIFY(client.waitFor(hasHandle) >= 0); // it follows the turnComplete
        const QString handle = latestHandle(client);
        QVERIFY(!handle.isEmpty());
        if (behaviour == Behaviour::ExpiredHandle) {
            client.socket->close();
            QVERIFY(client.waitForClose());
            // Well past the 300 ms lifetime: the handle is certainly stale.
            QTest::qWait(600);
        }
        Client second;
        QVERIFY(second.open(liveUrl(*sim)));
        second.sendSetup(R"({"sessionResumption":{"handle":")" + handle.toUtf8() + R"("}})",
                         u"models/"_s + k31);
        QVERIFY(second.waitForClose());
        QCOMPARE(second.closeCode, behaviour == Behaviour::ExpiredHandle ? 1008 : 1011);
        break;
    }
    case Behaviour::SilentAfterTool: {
        sim->swallowNextToolResults(1);
        const qsizetype from = client.messages.size();
        client.sendRealtimeText(u"what time is it"_s);
        const qsizetype callAt = client.waitFor(isToolCall, 10000, from);
        QVERIFY(callAt >= 0);
        const qsizetype answered = client.messages.size();
        client.sendJson(R"({"toolResponse":{"functionResponses":[{"id":")"
                        + client.messages.at(callAt).toolCall->functionCalls.first().id.toUtf8()
                        + R"(","name":"get_time","response":{"output":{"time":"noon"}}}]}})");
        // Nothing comes back, and the connection stays open: the client's watchdog must act.
        QVERIFY(client.waitFor([](const ServerMessage &) { return true; }, 1000, answered) < 0);
        QVERIFY(!client.disconnected);
        break;
    }
    case Behaviour::HandleAfterFirstTurn: {
        // Nothing about resumption before the first turn is complete, then a handle.
        const qsizetype firstDone = client.waitFor(isTurnComplete);
        const auto isUpdate = [](const ServerMessage &m) {
            return m.sessionResumptionUpdate.has_value();
        };
        QCOMPARE(client.count(isUpdate, 0, firstDone), 0);
        const qsizetype firstHandle = client.waitFor(hasHandle);
        QVERIFY(firstHandle > firstDone);
        // A resumed session has had its first turn: its handle comes with setupComplete.
        const QString handle = latestHandle(client);
        client.socket->close();
        QVERIFY(client.waitForClose());
        Client second;
        QVERIFY(second.open(liveUrl(*sim)));
        second.sendSetup(R"({"sessionResumption":{"handle":")" + handle.toUtf8() + R"("}})",
                         u"models/"_s + k31);
        const qsizetype setupAt = second.waitFor(isSetupComplete);
        QVERIFY(setupAt >= 0);
        QVERIFY(second.waitFor(hasHandle, 10000, setupAt) > setupAt);
        QCOMPARE(second.count(isTurnComplete), 0);
        break;
    }
    }
}

void tst_SimStrict::silenceDurationPerModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("markerTurn"); // the model turn that answers the typed marker

    // Speech, a 1 s pause, speech, a long pause; then a typed marker. With the 2 s asked for,
    // the pause does not end the turn (one audio turn); with the service's own timing it does.
    QTest::newRow("3.1 ignores silenceDurationMs (python-genai#2580): two audio turns") << k31 << 3;
    QTest::newRow("3.8 honours it: one audio turn") << k38 << 2;
}

void tst_SimStrict::silenceDurationPerModel()
{
    QFETCH(QString, model);
    QFETCH(int, markerTurn);
    SimulatorOptions options;
    options.scenarioJson = R"({"turns":[{"transcript":"t","reply":"Turn {turn} {userText}."}],
                               "afterLastTurn":"repeatLast"})";
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(client.open(liveUrl(*sim)));
    client.sendSetup(R"({"outputAudioTranscription":{},"realtimeInputConfig":
                         {"automaticActivityDetection":{"silenceDurationMs":2000}}})",
                     u"models/"_s + model);
    QVERIFY(client.waitFor(isSetupComplete) >= 0);
    client.sendAudio(tonePcm16k(400) + silencePcm16k(1000) + tonePcm16k(400) + silencePcm16k(2500));
    client.sendRealtimeText(u"marker"_s);
    // The socket keeps the order: every audio turn has begun before the marker's.
    QVERIFY(QTest::qWaitFor([&] { return outputTranscript(client.messages).contains(u"marker."_s); },
                            10000));
    const QRegularExpression turn(uR"(Turn (\d+) marker\.)"_s);
    const auto match = turn.match(outputTranscript(client.messages));
    QVERIFY2(match.hasMatch(), qPrintable(outputTranscript(client.messages)));
    QCOMPARE(match.captured(1).toInt(), markerTurn);
}

QTEST_GUILESS_MAIN(tst_SimStrict)
#include "tst_simstrict.moc"
