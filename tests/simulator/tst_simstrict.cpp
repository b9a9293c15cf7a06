// The simulator as the strict service of docs/service-2026.md, at the door: every setup is checked
// against the model's profile and the API version of the URL path, with the service's close
// reasons; per-model input refusals; a user's model table; 3.1 ignoring silenceDurationMs. One
// data row per behaviour of the service. During a session (tools, server fields, faults, 3.1's
// silent hang): tst_simstrict_session.
#include "simstricttesting.h"

#include <QRegularExpression>

using namespace simstrict;

class tst_SimStrict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setupAgainstProfile_data();
    void setupAgainstProfile();
    void inputAgainstProfile_data();
    void inputAgainstProfile();
    void userModelTable();
    void silenceDurationPerModel_data();
    void silenceDurationPerModel();
};

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
