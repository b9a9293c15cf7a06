// What Vertex AI adds to the strict simulator (docs/service-2026.md): speechState beside the
// voice activity (its shape is documented nowhere, see protocol::SpeechState), 3.8's live avatar
// (responseModalities VIDEO: video parts beside the audio) and 3.8's polite barge-in (a reply
// waits while the user speaks).
#include "simtestclient.h"

#include <cmath>
#include <numbers>

using namespace livedesk::sim;
using namespace livedesk::protocol;
using namespace simtest;
using namespace Qt::StringLiterals;

class tst_SimVertex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speechState_data();
    void speechState();
    void avatar_data();
    void avatar();
    void politeBargeIn_data();
    void politeBargeIn();
};

namespace {

const QString k25Vertex = u"gemini-live-2.5-flash-native-audio"_s;
const QString k38 = u"gemini-3.8-live"_s;

enum class Path { Gemini, Vertex };

std::unique_ptr<Simulator> startSimulator(SimulatorOptions options = {})
{
    options.scenarioJson = R"({"turns":[{"transcript":"t","reply":"Turn {turn}."}],
                               "afterLastTurn":"repeatLast"})";
    options.speechSpeedFactor = 0; // replies at once: these tests are about messages
    options.inputTranscriptionDelayMs = 10;
    return startedSimulator(options);
}

bool openOn(Client &client, const Simulator &sim, Path path, const QString &model,
            const QByteArray &setup)
{
    if (path == Path::Gemini) {
        if (!client.open(liveUrl(sim)))
            return false;
        client.sendSetup(setup, u"models/"_s + model);
        return true;
    }
    QUrl url = sim.url();
    url.setPath(u"/ws/google.cloud.aiplatform.v1beta1.LlmBidiService/BidiGenerateContent"_s);
    if (!client.open(url, {{"Authorization", "Bearer test-key"}}))
        return false;
    client.sendSetup(setup, u"projects/p/locations/us-central1/publishers/google/models/"_s + model);
    return true;
}

bool hasModelTurn(const ServerMessage &m)
{
    return m.serverContent && m.serverContent->modelTurn;
}

bool isVideoPart(const Part &p)
{
    return p.inlineData && p.inlineData->mimeType.startsWith(u"video/");
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

} // namespace

void tst_SimVertex::speechState_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<bool>("fieldOn");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("Vertex: at speech start and end")
            << Path::Vertex << true << QStringList {u"USER_SPEAKING"_s, u"USER_NOT_SPEAKING"_s};
    QTest::newRow("Vertex, switched off (--no-server-field speechState): none")
            << Path::Vertex << false << QStringList {};
    QTest::newRow("Gemini API: none") << Path::Gemini << true << QStringList {};
}

void tst_SimVertex::speechState()
{
    QFETCH(Path, path);
    QFETCH(bool, fieldOn);
    QFETCH(QStringList, expected);
    SimulatorOptions options;
    options.serverFields.speechState = fieldOn;
    auto sim = startSimulator(options);
    Client client;
    QVERIFY(openOn(client, *sim, path, k38, R"({"outputAudioTranscription":{}})"));
    QVERIFY(client.waitFor(isSetupComplete) >= 0);
    client.sendAudio(tonePcm16k(400) + silencePcm16k(1500));
    // The turn ends after the speech ends: every speechState of it has come by then.
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    QStringList states;
    for (const ServerMessage &m : std::as_const(client.messages)) {
        if (m.speechState)
            states.append(m.speechState->state);
    }
    QCOMPARE(states, expected);
    QVERIFY(client.decodeErrors.isEmpty());
}

void tst_SimVertex::avatar_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("Vertex 3.8: accepted, video beside the audio") << Path::Vertex << k38 << true;
    QTest::newRow("Gemini API 3.8: 1007") << Path::Gemini << k38 << false;
    QTest::newRow("Vertex 2.5 native audio: 1007") << Path::Vertex << k25Vertex << false;
}

void tst_SimVertex::avatar()
{
    QFETCH(Path, path);
    QFETCH(QString, model);
    QFETCH(bool, accepted);
    auto sim = startSimulator();
    Client client;
    QVERIFY(openOn(client, *sim, path, model,
                   R"({"generationConfig":{"responseModalities":["VIDEO"]},
                       "outputAudioTranscription":{}})"));
    if (!accepted) {
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode, 1007);
        QCOMPARE(client.closeReason, u"Request contains an invalid argument."_s);
        return;
    }
    QVERIFY(client.waitFor(isSetupComplete) >= 0);
    client.sendRealtimeText(u"hello"_s);
    QVERIFY(client.waitFor(isTurnComplete) >= 0);
    int videoParts = 0;
    int audioParts = 0;
    for (const ServerMessage &m : std::as_const(client.messages)) {
        if (!hasModelTurn(m))
            continue;
        for (const Part &p : m.serverContent->modelTurn->parts) {
            videoParts += isVideoPart(p) ? 1 : 0;
            audioParts += p.inlineData && p.inlineData->mimeType.startsWith(u"audio/") ? 1 : 0;
        }
    }
    QCOMPARE(videoParts, 3);
    QVERIFY(audioParts > 0);
    QCOMPARE(outputTranscript(client.messages).trimmed(), u"Turn 1."_s);
}

void tst_SimVertex::politeBargeIn_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<bool>("polite");

    QTest::newRow("Vertex 3.8: the reply waits for the speech to end") << Path::Vertex << true;
    QTest::newRow("Gemini API 3.8: the reply comes at once") << Path::Gemini << false;
}

void tst_SimVertex::politeBargeIn()
{
    QFETCH(Path, path);
    QFETCH(bool, polite);
    auto sim = startSimulator();
    Client client;
    QVERIFY(openOn(client, *sim, path, k38, R"({"outputAudioTranscription":{}})"));
    QVERIFY(client.waitFor(isSetupComplete) >= 0);
    // The user is speaking (a tone with no silence after it) when a typed turn arrives.
    client.sendAudio(tonePcm16k(400));
    client.sendRealtimeText(u"hello"_s);
    const qsizetype typedFrom = client.messages.size();
    if (polite) {
        // Held: 700 ms is many times the simulator's latency for an immediate reply (speech
        // speed 0), so no reply by then means it is waiting, not slow.
        QVERIFY(client.waitFor(hasModelTurn, 700, typedFrom) < 0);
        QVERIFY(!client.disconnected);
    } else {
        QVERIFY(client.waitFor(hasModelTurn, 10000, typedFrom) >= 0);
    }
    // The speech ends: the held reply goes out, then the speech gets its own answer.
    client.sendAudio(silencePcm16k(1500));
    QVERIFY(QTest::qWaitFor([&] { return outputTranscript(client.messages).contains(u"Turn 2."); },
                            10000));
    QVERIFY2(outputTranscript(client.messages).startsWith(u"Turn 1."),
             qPrintable(outputTranscript(client.messages)));
}

QTEST_GUILESS_MAIN(tst_SimVertex)
#include "tst_simvertex.moc"
