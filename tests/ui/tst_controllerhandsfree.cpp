// The desktop controller hands-free, end to end through PulseAudio (issue 14): espeak-ng speech
// played into the virtual microphone of scripts/test-env.sh (livedesk_mic_feed) reaches the
// controller's conversation on the real audio engine, against the simulator with connections of
// a few seconds (goAway, then close 1011), so the conversation is handed over between and during
// utterances. Every utterance is answered across the handovers, and the simulator's frame log
// holds every audio chunk the conversation sent exactly once and in order, across connections
// (the fingerprints of what the bridge gave the session, computed as the frame log does).
#include "app/conversationbridge.h"
#include "app/gui/appcontroller.h"
#include "app/gui/secretstore.h"
#include "audio/audioengine.h"
#include "controllertestsupport.h"
#include "tests/audiotestmain.h"
#include "tests/e2e/speechsupport.h"
#include "tests/session/recoverytestkit.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;
using Controller = app::AppController;

class tst_ControllerHandsFree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyUtteranceAnsweredAcrossHandovers();
};

void tst_ControllerHandsFree::everyUtteranceAnsweredAcrossHandovers()
{
    if (qEnvironmentVariableIsEmpty("LIVEDESK_TEST_PULSE"))
        QSKIP("needs the PulseAudio server of scripts/test-env.sh");
    QTemporaryDir dir;
    QStringList utterances;
    for (const QString &text :
         {u"What is the weather like in Paris today"_s, u"Remind me to call my sister"_s,
          u"How long does it take to boil an egg"_s}) {
        utterances.append(dir.filePath(u"u%1.wav"_s.arg(utterances.size())));
        QVERIFY2(e2e::speak(utterances.last(), text), "espeak-ng is required");
    }

    sim::SimulatorOptions simOptions = fastSimulator();
    simOptions.speechSpeedFactor = 8;
    // A goAway 1 s into every 5 s connection: handovers wait for a turn boundary, or are forced
    // in the middle of speech.
    simOptions.connectionLifetimeMs = 5000;
    simOptions.goAwayNoticeMs = 4000;
    simOptions.scenarioJson = R"({"turns":[{"transcript":"x","reply":"Okay, noted."}],
        "afterLastTurn":"repeatLast"})";
    simOptions.frameLogPath = dir.filePath(u"frames.jsonl"_s);
    sim::Simulator simulator(simOptions);
    QVERIFY(simulator.start());

    qputenv("GEMINI_API_KEY", "sim-key");
    app::AppControllerOptions options = test::isolatedControllerOptions(dir);
    options.overrides.endpoint = simulator.url().toString();
    options.overrides.talkMode = app::TalkMode::HandsFree;
    Controller c(std::move(options));
    c.initialize();
    c.start();
    QVERIFY(c.session() && c.audioEngine());

    // What the bridge gives the session: every chunk while the session takes input (hands-free,
    // not muted), except the quiet ones it holds back while the stream is paused.
    ChunkLedger ledger;
    session::LiveSession *session = c.session();
    auto *bridge = c.findChild<app::ConversationBridge *>();
    QVERIFY(bridge);
    connect(bridge, &app::ConversationBridge::audioSent, this,
            [&](const QByteArray &pcm) { ledger.add(pcm); });
    int pauses = 0;
    connect(bridge, &app::ConversationBridge::streamPausedChanged, this,
            [&](bool paused) { pauses += paused ? 1 : 0; });
    int turns = 0;
    connect(session, &session::LiveSession::turnCompleted, this, [&] { ++turns; });
    QTRY_VERIFY_WITH_TIMEOUT(c.conversation()->state() == Controller::SessionState::Live, 15000);

    for (int i = 0; i < utterances.size(); ++i) {
        QProcess play;
        play.start(u"paplay"_s, {u"--device=livedesk_mic_feed"_s, utterances.at(i)});
        QVERIFY(play.waitForFinished(30000));
        QCOMPARE(play.exitCode(), 0);
        // Answered, whatever connection it is on by then.
        QTRY_VERIFY2_WITH_TIMEOUT(turns >= i + 1,
                                  qPrintable(u"%1 answers to %2 utterances"_s.arg(turns).arg(i + 1)),
                                  20000);
    }
    // Connections of a few seconds: the speech and replies crossed handovers.
    QVERIFY2(session->stats().handovers >= 1, "no handover happened");

    // The microphone goes quiet for the session (the stream end flushes the last piece).
    c.setMicrophoneMuted(true);
    ChunkLedger flushed = ledger;
    flushed.flush();
    QTRY_VERIFY_WITH_TIMEOUT(readFrameLog(simOptions.frameLogPath).audioHashes.size()
                                     >= ledger.hashes().size(),
                             10000);
    c.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!c.conversation()->isActive(), 10000);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    const FrameLogSummary log = readFrameLog(simOptions.frameLogPath);
    const DeliveryCheck whole = checkDelivery(ledger.hashes(), log.audioHashes);
    const DeliveryCheck withLast = checkDelivery(flushed.hashes(), log.audioHashes);
    qInfo("%d utterances, %d model turns, %d connections; %s", int(utterances.size()), turns,
          log.connections, qPrintable(withLast.describe()));
    QVERIFY(log.connections >= 2);
    QVERIFY2(whole.exactlyOnceInOrder() || withLast.exactlyOnceInOrder(),
             qPrintable(withLast.describe()));
    QCOMPARE(turns, int(utterances.size()));
    // Whether the quiet moments were long enough to pause the stream depends on the pace; the
    // ledger holds either way (tst_conversationbridge checks the pause itself).
    qInfo("the microphone stream paused %d times", pauses);
}

LIVEDESK_AUDIO_TEST_MAIN(tst_ControllerHandsFree)
#include "tst_controllerhandsfree.moc"
