// ConversationBridge with real parts: the simulator (its frame log shows what went on the wire),
// the audio engine on the PulseAudio virtual devices, the tool dispatcher with the built-in
// get_current_time, and the video engine reading an image file.
#include "app/conversationbridge.h"
#include "audio/audioengine.h"
#include "session/livesession.h"
#include "simulator/simulator.h"
#include "tests/audiotestmain.h"
#include "tests/e2e/speechsupport.h"
#include "tools/builtintools.h"
#include "tools/tooldispatcher.h"
#include "tools/toolregistry.h"
#include "video/filesource.h"
#include "video/videoengine.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;
using State = session::LiveSession::State;

namespace {

// The kinds of the frames the simulator logged, in order (setup excluded).
QStringList loggedKinds(const QString &path)
{
    QStringList kinds;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return kinds;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        const QString kind = line.value(u"kind").toString();
        if (!kind.isEmpty() && kind != u"setup")
            kinds << kind;
    }
    return kinds;
}

protocol::Setup setupFor(TalkMode mode, const QList<protocol::Tool> &tools = {})
{
    protocol::Setup s;
    s.model = u"models/gemini-2.5-flash-native-audio-preview-12-2025"_s;
    s.generationConfig = protocol::GenerationConfig {
            .responseModalities = {protocol::Modality::Audio}};
    s.outputAudioTranscription = protocol::AudioTranscriptionConfig {};
    s.tools = tools;
    if (usesManualActivity(mode)) {
        s.realtimeInputConfig = protocol::RealtimeInputConfig {
                .automaticActivityDetection = protocol::AutomaticActivityDetection {
                        .disabled = true}};
    }
    return s;
}

} // namespace

class tst_ConversationBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pushToTalkFramesTheTurn();
    void muteInHandsFreeEndsTheStream();
    void quietRoomPausesTheStream();
    void toolsAndVideoReachTheSession();
    void talkModeNames_data();
    void talkModeNames();

private:
    std::unique_ptr<sim::Simulator> startSimulator(const QByteArray &scenario = {});
    bool openSession(session::LiveSession &session, const sim::Simulator &sim,
                     const protocol::Setup &setup);

    QTemporaryDir m_dir;
    QString m_frameLog;
};

void tst_ConversationBridge::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<sim::Simulator> tst_ConversationBridge::startSimulator(const QByteArray &scenario)
{
    static int n = 0;
    m_frameLog = m_dir.filePath(u"frames-%1.jsonl"_s.arg(++n));
    sim::SimulatorOptions options;
    options.speechSpeedFactor = 40;
    options.frameLogPath = m_frameLog;
    options.scenarioJson = scenario;
    auto sim = std::make_unique<sim::Simulator>(options);
    QString error;
    if (!sim->start(&error))
        qWarning() << error;
    return sim;
}

bool tst_ConversationBridge::openSession(session::LiveSession &session, const sim::Simulator &sim,
                                         const protocol::Setup &setup)
{
    session::EndpointConfig endpoint;
    endpoint.baseUrl = sim.url();
    endpoint.apiKey = u"test-key"_s;
    if (!session.open(endpoint, setup))
        return false;
    return QTest::qWaitFor([&] { return session.state() == State::Live; }, 5000);
}

void tst_ConversationBridge::pushToTalkFramesTheTurn()
{
    auto sim = startSimulator(R"({"turns":[{"transcript":"hello","reply":"Hello to you."}]})");
    QVERIFY(sim->isListening());
    session::LiveSession session;
    ConversationBridge bridge(&session);
    bridge.setTalkMode(TalkMode::PushToTalk);
    audio::AudioEngine engine;
    QVERIFY2(engine.start(), "the audio engine needs the PulseAudio virtual devices");
    bridge.attachAudio(&engine);
    QVERIFY(openSession(session, *sim, setupFor(TalkMode::PushToTalk)));

    // The microphone runs, but nothing leaves before the user takes the floor. (A freshly
    // started PulseAudio server can take a while to deliver the first capture period.)
    QTRY_VERIFY_WITH_TIMEOUT(engine.capturedSamples() > 16000 / 4, 10000);
    QVERIFY(!loggedKinds(m_frameLog).contains(u"realtimeInput.audio"));

    QSignalSpy talking(&bridge, &ConversationBridge::talkingChanged);
    bridge.beginTalk();
    QCOMPARE(talking.count(), 1);
    // Hold the floor until ~0.5 s of 40 ms chunks went out.
    QTRY_VERIFY_WITH_TIMEOUT(loggedKinds(m_frameLog).count(u"realtimeInput.audio") >= 8, 10000);
    bridge.endTalk();
    QCOMPARE(talking.count(), 2);

    // The model answers the turn and its voice reaches the engine.
    QSignalSpy turns(&session, &session::LiveSession::turnCompleted);
    QVERIFY(turns.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(engine.playback().samplesReceived > 0, 2000);

    const QStringList kinds = loggedKinds(m_frameLog);
    const int start = kinds.indexOf(u"realtimeInput.activityStart");
    const int end = kinds.indexOf(u"realtimeInput.activityEnd");
    QVERIFY2(start >= 0 && end > start, qPrintable(kinds.join(u' ')));
    // Audio only between the activity markers, and enough of it (~0.5 s of 40 ms chunks).
    const int audioChunks = int(kinds.count(u"realtimeInput.audio"));
    QVERIFY2(audioChunks >= 8, qPrintable(QString::number(audioChunks)));
    for (int i = 0; i < kinds.size(); ++i) {
        if (kinds[i] == u"realtimeInput.audio")
            QVERIFY2(i > start && i < end, qPrintable(kinds.join(u' ')));
    }
    // The quiet gate's paused stream is hands-free's alone.
    QVERIFY(!kinds.contains(u"realtimeInput.audioStreamEnd"));
    engine.stop();
    session.close();
}

void tst_ConversationBridge::muteInHandsFreeEndsTheStream()
{
    auto sim = startSimulator();
    session::LiveSession session;
    ConversationBridge bridge(&session);
    audio::AudioEngine engine;
    QVERIFY(engine.start());
    bridge.attachAudio(&engine);
    QVERIFY(openSession(session, *sim, setupFor(TalkMode::HandsFree)));

    QTRY_VERIFY_WITH_TIMEOUT(loggedKinds(m_frameLog).count(u"realtimeInput.audio") >= 5, 3000);
    QSignalSpy muted(&bridge, &ConversationBridge::microphoneMutedChanged);
    bridge.setMicrophoneMuted(true);
    QCOMPARE(muted.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(loggedKinds(m_frameLog).contains(u"realtimeInput.audioStreamEnd"),
                             2000);
    const qsizetype audioAtMute = loggedKinds(m_frameLog).count(u"realtimeInput.audio");
    // Half a second more of microphone audio, measured in captured samples rather than wall
    // time (which a busy machine stretches): a dozen chunks that an unmuted bridge would send.
    const qint64 capturedAtMute = engine.capturedSamples();
    QVERIFY(QTest::qWaitFor([&] { return engine.capturedSamples() >= capturedAtMute + 8000; },
                            10000));
    // A chunk already in flight may land; a muted microphone sends nothing more after that.
    QVERIFY(loggedKinds(m_frameLog).count(u"realtimeInput.audio") <= audioAtMute + 1);

    bridge.setMicrophoneMuted(false);
    QTRY_VERIFY_WITH_TIMEOUT(loggedKinds(m_frameLog).count(u"realtimeInput.audio") > audioAtMute + 3,
                             3000);
    engine.stop();
    session.close();
}

void tst_ConversationBridge::quietRoomPausesTheStream()
{
    // Hands-free in a quiet room (the virtual microphone's silence): once the engine's quiet gate
    // has been closed for a second the stream pauses with one audioStreamEnd and no more audio;
    // speech resumes it with the pre-roll first, is answered, and the quiet after the answer
    // pauses it again.
    QTemporaryDir dir;
    const QString utterance = dir.filePath(u"u.wav"_s);
    QVERIFY2(e2e::speak(utterance, u"What is the weather like in Paris today"_s),
             "espeak-ng is required");
    auto sim = startSimulator(R"({"turns":[{"transcript":"x","reply":"Sunny and mild."}]})");
    session::LiveSession session;
    ConversationBridge bridge(&session);
    audio::AudioEngine engine;
    QVERIFY(engine.start());
    bridge.attachAudio(&engine);
    QSignalSpy paused(&bridge, &ConversationBridge::streamPausedChanged);
    QSignalSpy sent(&bridge, &ConversationBridge::audioSent);
    QVERIFY(openSession(session, *sim, setupFor(TalkMode::HandsFree)));

    QTRY_VERIFY_WITH_TIMEOUT(bridge.isStreamPaused(), 15000);
    QCOMPARE(paused.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(loggedKinds(m_frameLog).count(u"realtimeInput.audioStreamEnd"), 1,
                              3000);
    const qsizetype sentAtPause = sent.count();
    QVERIFY(sentAtPause >= ConversationBridge::kPauseAfterQuietMs / 40);
    // A second of microphone audio, in captured samples rather than wall time (which a busy
    // machine stretches): nothing of it is sent.
    const qint64 capturedAtPause = engine.capturedSamples();
    QVERIFY(QTest::qWaitFor([&] { return engine.capturedSamples() >= capturedAtPause + 16000; },
                            10000));
    QCOMPARE(sent.count(), sentAtPause);
    QVERIFY(bridge.isStreamPaused());

    QSignalSpy turns(&session, &session::LiveSession::turnCompleted);
    QProcess play;
    play.start(u"paplay"_s, {u"--device=livedesk_mic_feed"_s, utterance});
    QTRY_VERIFY_WITH_TIMEOUT(!bridge.isStreamPaused(), 10000);
    // The pre-roll (300 ms of 40 ms chunks) went out at once, before the live audio.
    QVERIFY2(sent.count() >= sentAtPause + ConversationBridge::kPausePrerollMs / 40,
             qPrintable(QString::number(sent.count() - sentAtPause)));
    QVERIFY(play.waitForFinished(30000));
    QCOMPARE(play.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(turns.count() >= 1, 20000);

    // Quiet again after the answer: paused again, with another audioStreamEnd (on a slow
    // machine the quiet before the answer may have paused it once more).
    QTRY_VERIFY_WITH_TIMEOUT(bridge.isStreamPaused(), 15000);
    QVERIFY(paused.count() >= 3); // paused, resumed, paused
    QCOMPARE(paused.count() % 2, 1);
    const qsizetype pauses = (paused.count() + 1) / 2;
    QTRY_COMPARE_WITH_TIMEOUT(loggedKinds(m_frameLog).count(u"realtimeInput.audioStreamEnd"),
                              pauses, 3000); // once per pause
    engine.stop();
    session.close();
}

void tst_ConversationBridge::toolsAndVideoReachTheSession()
{
    auto sim = startSimulator(
            R"({"turns":[{"transcript":"what time is it","toolCall":{"name":"get_current_time","args":{}},"reply":"It is {result}."}]})");
    tools::ToolRegistry registry;
    tools::BuiltinTools builtins;
    QVERIFY(builtins.registerTools(&registry, {tools::BuiltinTool::CurrentTime}));
    tools::ToolDispatcher dispatcher(&registry);

    // A picture for the camera stand-in.
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QPainter(&picture).fillRect(100, 100, 200, 150, Qt::yellow);
    const QString imagePath = m_dir.filePath(u"scene.png"_s);
    QVERIFY(picture.save(imagePath));
    video::FileSource source(imagePath);
    video::VideoEngine video;
    video.setSource(&source);

    session::LiveSession session;
    ConversationBridge bridge(&session);
    bridge.attachTools(&dispatcher);
    bridge.attachVideo(&video);
    QVERIFY(openSession(session, *sim, setupFor(TalkMode::HandsFree, registry.setupTools())));
    video.start();
    QTRY_VERIFY_WITH_TIMEOUT(loggedKinds(m_frameLog).contains(u"realtimeInput.video"), 3000);

    QSignalSpy output(&session, &session::LiveSession::outputTranscriptionReceived);
    QSignalSpy turns(&session, &session::LiveSession::turnCompleted);
    session.sendRealtimeText(u"what time is it"_s);
    QVERIFY(turns.wait(10000));
    const QStringList kinds = loggedKinds(m_frameLog);
    QVERIFY2(kinds.contains(u"toolResponse"), qPrintable(kinds.join(u' ')));
    QString spoken;
    for (const auto &args : output)
        spoken += args.at(0).value<protocol::Transcription>().text;
    // The reply quotes the tool's answer, so the response reached the model.
    QVERIFY2(spoken.contains(u"It is"), qPrintable(spoken));
    QVERIFY2(spoken.contains(u"time"), qPrintable(spoken));
    video.stop();
    session.close();
}

void tst_ConversationBridge::talkModeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("manual");

    QTest::newRow("hands-free uses the service's detection") << u"hands-free"_s << true << false;
    QTest::newRow("local voice sends activity itself") << u"local-voice"_s << true << true;
    QTest::newRow("push-to-talk, any case") << u"Push-To-Talk"_s << true << true;
    QTest::newRow("unknown name") << u"telepathy"_s << false << false;
}

void tst_ConversationBridge::talkModeNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(bool, manual);
    const auto mode = talkModeFromString(name);
    QCOMPARE(mode.has_value(), valid);
    if (valid) {
        QCOMPARE(usesManualActivity(*mode), manual);
        QCOMPARE(talkModeFromString(toString(*mode)), mode);
    }
}

LIVEDESK_AUDIO_TEST_GUILESS_MAIN(tst_ConversationBridge)
#include "tst_conversationbridge.moc"
