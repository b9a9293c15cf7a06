// The desktop controller in offline-demo conversations (the simulator in-process, the PulseAudio
// virtual devices), for what main's engines report and issue 8's features: a dropped connection
// shows as a reconnect with a discreet notice; a swallowed reply raises the "Ask again" banner,
// which gets the answer; the Translator mode shows captions; the recording toggle records to a
// file the history knows, and End while a reply plays keeps the whole reply in it (issue 14);
// every conversation lands in the history, once, with only its own turns
// (issue 18), and one in which nothing was said does not.
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/historymodels.h"
#include "app/gui/secretstore.h"
#include "app/gui/toolcallmodel.h"
#include "app/gui/transcriptmodel.h"
#include "app/gui/videocontrol.h"
#include "app/history/historystore.h"
#include "app/history/recordingcontroller.h"
#include "app/translationcaptions.h"
#include "simulator/simulator.h"
#include "tests/audiotestmain.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace Qt::StringLiterals;
using Controller = app::AppController;

class tst_ControllerRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reconnectIsShownDiscreetly();
    void stalledReplyOffersAskAgain();
    void translatorShowsCaptions();
    void recordingToggle();
    void endKeepsTheWholeLastReplyInTheRecording();
    void restartAtOnce();
    void newConversationHoldsOnlyItsOwnTurns();
    void emptyConversationIsNotKept();
    void screenIsSharedOnlyWhenChosen();

private:
    void startDemo(const QList<QPair<QString, QVariant>> &settings = {});
    bool hasNotice(app::NoticeKind kind) const;
    bool hasCompleteAnswer() const;
    int countOf(app::TranscriptItemKind kind) const;
    // One typed exchange of the demo, waited for to its complete answer (and its tool call).
    void askAndWait(const QString &text, bool withToolCall);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Controller> m_c;
};

void tst_ControllerRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    app::AppControllerOptions options;
    options.settings = std::make_unique<QSettings>(m_dir->filePath(u"livedesk.ini"_s),
                                                   QSettings::IniFormat);
    options.keychain = app::KeychainUse::Off;
    options.demoSpeechSpeedFactor = 16.0;
    options.historyPath = m_dir->filePath(u"history.sqlite"_s);
    options.modesPath = m_dir->filePath(u"modes.json"_s);
    options.recordingFolder = m_dir->filePath(u"recordings"_s);
    options.replyTimeoutMs = 1500;
    m_c = std::make_unique<Controller>(std::move(options));
}

void tst_ControllerRecords::cleanup()
{
    if (m_c) {
        m_c->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_c->conversation()->isActive(), 10000);
        // Its queued teardown, and the deletes it leaves, run before the controller goes.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    m_c.reset();
    m_dir.reset();
}

void tst_ControllerRecords::startDemo(const QList<QPair<QString, QVariant>> &settings)
{
    // Push-to-talk: whatever plays into the shared virtual microphone stays out.
    QCOMPARE(m_c->settings()->setValue(u"talkMode"_s, u"push-to-talk"_s), QString());
    for (const auto &[key, value] : settings)
        QCOMPARE(m_c->settings()->setValue(key, value), QString());
    m_c->initialize();
    m_c->startDemo();
    QTRY_VERIFY_WITH_TIMEOUT(m_c->conversation()->state() == Controller::SessionState::Live, 15000);
}

bool tst_ControllerRecords::hasNotice(app::NoticeKind kind) const
{
    const auto &items = m_c->transcriptRecord()->items();
    return std::any_of(items.begin(), items.end(), [kind](const app::TranscriptItem &i) {
        return i.kind == app::TranscriptItemKind::Notice && i.notice == kind;
    });
}

bool tst_ControllerRecords::hasCompleteAnswer() const
{
    const auto &items = m_c->transcriptRecord()->items();
    return std::any_of(items.begin(), items.end(), [](const app::TranscriptItem &i) {
        return i.kind == app::TranscriptItemKind::ModelTurn && i.complete && !i.text.isEmpty();
    });
}

int tst_ControllerRecords::countOf(app::TranscriptItemKind kind) const
{
    const auto &items = m_c->transcriptRecord()->items();
    return int(std::count_if(items.begin(), items.end(),
                             [kind](const app::TranscriptItem &i) { return i.kind == kind; }));
}

void tst_ControllerRecords::askAndWait(const QString &text, bool withToolCall)
{
    const int answers = countOf(app::TranscriptItemKind::ModelTurn);
    QVERIFY(m_c->sendText(text));
    QTRY_VERIFY_WITH_TIMEOUT(countOf(app::TranscriptItemKind::ModelTurn) > answers
                                     && m_c->transcriptRecord()->items().constLast().complete,
                             20000);
    if (withToolCall) {
        const auto &items = m_c->transcriptRecord()->items();
        QVERIFY(std::any_of(items.begin(), items.end(), [](const app::TranscriptItem &i) {
            return i.kind == app::TranscriptItemKind::ToolCall
                   && i.toolState == tools::ToolCallState::Done;
        }));
    }
}

void tst_ControllerRecords::reconnectIsShownDiscreetly()
{
    startDemo();
    QCOMPARE(m_c->conversation()->statistics().reconnects, 0);
    m_c->simulator()->dropAllConnections();
    QTRY_VERIFY_WITH_TIMEOUT(m_c->conversation()->statistics().reconnects >= 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_c->conversation()->state() == Controller::SessionState::Live, 20000);
    QVERIFY(hasNotice(app::NoticeKind::Reconnected));
    // Discreet: no banner about the connection (the virtual microphone may be reported silent).
    QVERIFY2(!m_c->messages()->hasError()
                     || m_c->messages()->errorAction()
                                == app::UserFacingError::Action::ChooseMicrophone,
             qPrintable(m_c->messages()->errorTitle()));
    // The conversation goes on.
    QVERIFY(m_c->sendText(u"Hello again"_s));
    QTRY_VERIFY_WITH_TIMEOUT(hasCompleteAnswer(), 20000);
}

void tst_ControllerRecords::stalledReplyOffersAskAgain()
{
    startDemo();
    m_c->simulator()->swallowNextReplies(1);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^no reply: nothing from the server for \\d+ ms "
                                            "after the user's turn"_s));
    QVERIFY(m_c->sendText(u"Are you there?"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_c->conversation()->isReplyStalled(), 10000);
    QCOMPARE(m_c->messages()->errorAction(), app::UserFacingError::Action::RetryTurn);
    QCOMPARE(m_c->messages()->errorActionText(), u"Ask again"_s);
    QVERIFY(!hasCompleteAnswer());
    m_c->triggerErrorAction(); // the banner's button
    QTRY_VERIFY_WITH_TIMEOUT(hasCompleteAnswer(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->conversation()->isReplyStalled(), 5000);
    // The stall banner is gone. (The shared virtual microphone may have been reported as silent
    // meanwhile: that banner is the audio engine's, not the stall's.)
    QVERIFY2(m_c->messages()->errorAction() != app::UserFacingError::Action::RetryTurn,
             qPrintable(m_c->messages()->errorTitle()));
}

void tst_ControllerRecords::translatorShowsCaptions()
{
    startDemo({{u"mode"_s, u"translator"_s}, {u"translation/target"_s, u"de-DE"_s}});
    QVERIFY(m_c->isTranslating());
    QVERIFY(m_c->sendText(u"Good morning"_s));
    const app::CaptionsModel *captions = m_c->captions();
    QTRY_VERIFY_WITH_TIMEOUT(captions->rowCount() >= 1
                                     && !captions->pairs().constFirst().translation.isEmpty(),
                             20000);
    const app::CaptionPair &pair = captions->pairs().constFirst();
    QCOMPARE(pair.original, u"Good morning"_s);
    QCOMPARE(pair.translationLanguage.left(2), u"de"_s);
    // The history knows the mode and the languages.
    const qint64 id = m_c->historySessionId();
    QVERIFY(id > 0);
    const auto saved = m_c->historyStore()->session(id);
    QVERIFY(saved);
    QCOMPARE(saved->mode, u"translator"_s);
    QCOMPARE(saved->targetLanguage, u"de-DE"_s);
}

void tst_ControllerRecords::recordingToggle()
{
    m_c->initialize();
    // Without a conversation there is nothing to record: said, not done.
    m_c->toggleRecording();
    QVERIFY(!m_c->recording()->isRecording());
    QVERIFY(!m_c->messages()->notes().isEmpty());
    startDemo();
    if (!m_c->recording()->isAvailable())
        QSKIP(qPrintable(m_c->recording()->unavailableReason()));
    m_c->toggleRecording();
    QVERIFY2(m_c->recording()->isRecording(), qPrintable(m_c->messages()->errorText()));
    const QString path = m_c->recording()->path();
    QVERIFY(path.startsWith(m_dir->filePath(u"recordings"_s)));
    QVERIFY(m_c->sendText(u"Hello"_s));
    QTRY_VERIFY_WITH_TIMEOUT(hasCompleteAnswer(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_c->recording()->durationMs() >= 500, 10000);
    m_c->toggleRecording();
    QVERIFY(!m_c->recording()->isRecording());
    QVERIFY(QFileInfo(path).size() > 1000);
    QVERIFY(QFile::exists(app::recordingTranscriptPath(path)));
    const qint64 id = m_c->historySessionId();
    m_c->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->conversation()->isActive(), 10000);
    const auto saved = m_c->historyStore()->session(id);
    QVERIFY(saved);
    QCOMPARE(saved->recordingPath, QFileInfo(path).absoluteFilePath());
    QVERIFY(saved->ended.isValid());
    QVERIFY(m_c->history()->rowCount() >= 1);
    // The figures stay shown once the conversation object has gone: its last ones.
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->session(), 5000);
    QVERIFY(m_c->conversation()->statistics().totalTokens > 0);
    QVERIFY(m_c->conversation()->statistics().costUsd > 0);
}

void tst_ControllerRecords::endKeepsTheWholeLastReplyInTheRecording()
{
    // The demo's simulator sends its speech 16 times faster than it is spoken: when End is
    // pressed at the reply's first audio, nearly all of it is still to play.
    startDemo();
    if (!m_c->recording()->isAvailable())
        QSKIP(qPrintable(m_c->recording()->unavailableReason()));
    m_c->toggleRecording();
    QVERIFY2(m_c->recording()->isRecording(), qPrintable(m_c->messages()->errorText()));
    const QString path = m_c->recording()->path();
    qint64 replyStartMs = -1; // on the recording's clock
    qint64 replyMs = 0;
    connect(m_c->session(), &session::LiveSession::audioReceived, this,
            [&](const QByteArray &pcm, int sampleRate) {
                if (replyStartMs < 0)
                    replyStartMs = m_c->recording()->durationMs();
                replyMs += pcm.size() * 1000 / (2 * qint64(sampleRate));
            });
    QVERIFY(m_c->sendText(u"Hello"_s));
    QTRY_VERIFY_WITH_TIMEOUT(replyStartMs >= 0, 20000);
    m_c->stop(); // End
    QCOMPARE(m_c->conversation()->state(), Controller::SessionState::Closing);
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->conversation()->isActive(), 40000);
    QVERIFY(!m_c->recording()->isRecording());
    QVERIFY(hasCompleteAnswer());
    const qint64 recordedMs = m_c->recording()->durationMs();
    qInfo("reply of %lld ms from %lld ms; %lld ms recorded", replyMs, replyStartMs, recordedMs);
    QVERIFY(replyMs >= 500);
    // The whole reply as played, less the playback device's latency.
    QVERIFY2(recordedMs >= replyStartMs + replyMs - 150,
             qPrintable(u"%1 ms recorded, the reply ends at %2 ms"_s.arg(recordedMs)
                                .arg(replyStartMs + replyMs)));
    QVERIFY(QFileInfo(path).size() > 1000);
}

void tst_ControllerRecords::restartAtOnce()
{
    // A new conversation started the moment the last one ended stays up: the last one's
    // teardown, queued when it closed, must not end it.
    startDemo();
    m_c->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->conversation()->isActive(), 10000);
    m_c->startDemo();
    QCOMPARE(m_c->conversation()->statistics().totalTokens, 0); // the new conversation's own figures
    QTRY_VERIFY_WITH_TIMEOUT(m_c->conversation()->state() == Controller::SessionState::Live, 15000);
    // Whatever the last conversation queued (its teardown) runs now; the new one stays up.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(m_c->conversation()->state(), Controller::SessionState::Live);
    QVERIFY(m_c->sendText(u"Still there?"_s));
    QTRY_VERIFY_WITH_TIMEOUT(hasCompleteAnswer(), 20000);
}

void tst_ControllerRecords::newConversationHoldsOnlyItsOwnTurns()
{
    // The demo's second turn asks the computer for the time (get_current_time).
    startDemo();
    askAndWait(u"Hello"_s, false);
    askAndWait(u"What time is it?"_s, true);
    const qint64 first = m_c->historySessionId();
    m_c->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->conversation()->isActive(), 10000);
    const QList<app::TranscriptItem> firstItems = m_c->historyStore()->items(first);
    QCOMPARE(firstItems.size(), m_c->transcriptRecord()->items().size());

    m_c->startDemo();
    // The new conversation starts empty: no turn, no tool call of the last one.
    QCOMPARE(m_c->transcriptRecord()->items().size(), 0);
    QCOMPARE(m_c->transcript()->count(), 0);
    QCOMPARE(m_c->toolCalls()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_c->conversation()->state() == Controller::SessionState::Live, 15000);
    askAndWait(u"Hello again"_s, false);
    askAndWait(u"And the time now?"_s, true);
    QCOMPARE(countOf(app::TranscriptItemKind::UserTurn), 2);
    QCOMPARE(countOf(app::TranscriptItemKind::ToolCall), 1);
    const qint64 second = m_c->historySessionId();
    QVERIFY(second > first);
    m_c->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->conversation()->isActive(), 10000);

    // Each history entry holds what was said in it, once; the first is unchanged.
    const QList<app::TranscriptItem> secondItems = m_c->historyStore()->items(second);
    QCOMPARE(secondItems.size(), m_c->transcriptRecord()->items().size());
    const auto texts = [](const QList<app::TranscriptItem> &items, app::TranscriptItemKind kind) {
        QStringList list;
        for (const app::TranscriptItem &i : items) {
            if (i.kind == kind)
                list << (kind == app::TranscriptItemKind::ToolCall ? i.toolName : i.text);
        }
        return list;
    };
    using K = app::TranscriptItemKind;
    QCOMPARE(texts(secondItems, K::UserTurn),
             QStringList({u"Hello again"_s, u"And the time now?"_s}));
    QCOMPARE(texts(secondItems, K::ToolCall), QStringList {u"get_current_time"_s});
    QCOMPARE(texts(m_c->historyStore()->items(first), K::UserTurn),
             QStringList({u"Hello"_s, u"What time is it?"_s}));
    const QList<app::TranscriptItem> firstAgain = m_c->historyStore()->items(first);
    QCOMPARE(firstAgain.size(), firstItems.size());
    for (int i = 0; i < firstItems.size(); ++i) {
        QCOMPARE(firstAgain.at(i).text, firstItems.at(i).text);
        QCOMPARE(firstAgain.at(i).toolResult, firstItems.at(i).toolResult);
    }
    // The demo's speech is no title: the entry says what it was.
    QCOMPARE(m_c->historyStore()->session(second)->title, u"Offline demo"_s);
    QCOMPARE(m_c->historyStore()->sessions().size(), 2);
}

void tst_ControllerRecords::emptyConversationIsNotKept()
{
    startDemo();
    QVERIFY(m_c->historySessionId() > 0);
    m_c->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->conversation()->isActive(), 10000);
    QCOMPARE(m_c->historySessionId(), 0);
    QCOMPARE(m_c->historyStore()->sessions().size(), 0);
    QCOMPARE(m_c->history()->rowCount(), 0);
}

void tst_ControllerRecords::screenIsSharedOnlyWhenChosen()
{
    // This test runs without a display (Qt's offscreen platform): the chooser is asked for, offers
    // nothing and says why; nothing is shared. (tst_screenshots shares a chosen screen of a real
    // X display and sees the frames go out.)
    app::VideoControl *video = m_c->video();
    QVERIFY(!video->screenUnavailableReason().isEmpty());
    video->setAvailable(true); // as while a conversation runs
    QSignalSpy asked(video, &app::VideoControl::screenChoiceRequested);
    video->toggleScreen();
    QCOMPARE(asked.size(), 1);
    QVERIFY(!video->isSharing());
    QCOMPARE(video->shareTargets(), QVariantList());
    for (const QString &key : {u"screen:0"_s, u"screen:99"_s, u"window:0"_s, u"printer:1"_s})
        QVERIFY2(!video->shareTarget(key), qPrintable(key));
    QVERIFY(!video->isSharing());
    // Without a conversation nothing is asked.
    video->setAvailable(false);
    video->toggleScreen();
    QCOMPARE(asked.size(), 1);
}

LIVEDESK_AUDIO_TEST_MAIN(tst_ControllerRecords)
#include "tst_controllerrecords.moc"
