// Turn-taking against the simulator with a raw client: speech detected in real espeak-ng audio
// ends a turn and gets a spoken reply; audio forms, manual activity, text and clientContent
// turns; usage that only grows; translation turns with language codes. Tool calls and
// interruptions: tst_simturns_tools.
#include "simturnstesting.h"

#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"

using namespace simturns;

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
    void usageGrows();
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
