// The desktop controller in offline-demo conversations (the simulator in-process, the PulseAudio
// virtual devices), for what main's engines report and issue 8's features: a dropped connection
// shows as a reconnect with a discreet notice; a swallowed reply raises the "Ask again" banner,
// which gets the answer; the Translator mode shows captions; the recording toggle records to a
// file the history knows; every conversation lands in the history.
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/historymodels.h"
#include "app/gui/secretstore.h"
#include "app/gui/transcriptmodel.h"
#include "app/history/historystore.h"
#include "app/history/recordingcontroller.h"
#include "app/translationcaptions.h"
#include "simulator/simulator.h"

#include <QDir>
#include <QSettings>
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
    void restartAtOnce();

private:
    void startDemo(const QList<QPair<QString, QVariant>> &settings = {});
    bool hasNotice(app::NoticeKind kind) const;
    bool hasCompleteAnswer() const;

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
        QTRY_VERIFY_WITH_TIMEOUT(!m_c->isSessionActive(), 10000);
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
    QTRY_VERIFY_WITH_TIMEOUT(m_c->sessionState() == Controller::SessionState::Live, 15000);
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

void tst_ControllerRecords::reconnectIsShownDiscreetly()
{
    startDemo();
    QCOMPARE(m_c->reconnectCount(), 0);
    m_c->simulator()->dropAllConnections();
    QTRY_VERIFY_WITH_TIMEOUT(m_c->reconnectCount() >= 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_c->sessionState() == Controller::SessionState::Live, 20000);
    QVERIFY(hasNotice(app::NoticeKind::Reconnected));
    // Discreet: no banner about the connection (the virtual microphone may be reported silent).
    QVERIFY2(!m_c->hasError()
                     || m_c->errorAction() == app::UserFacingError::Action::ChooseMicrophone,
             qPrintable(m_c->errorTitle()));
    // The conversation goes on.
    QVERIFY(m_c->sendText(u"Hello again"_s));
    QTRY_VERIFY_WITH_TIMEOUT(hasCompleteAnswer(), 20000);
}

void tst_ControllerRecords::stalledReplyOffersAskAgain()
{
    startDemo();
    m_c->simulator()->swallowNextReplies(1);
    QVERIFY(m_c->sendText(u"Are you there?"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_c->isReplyStalled(), 10000);
    QCOMPARE(m_c->errorAction(), app::UserFacingError::Action::RetryTurn);
    QCOMPARE(m_c->errorActionText(), u"Ask again"_s);
    QVERIFY(!hasCompleteAnswer());
    m_c->triggerErrorAction(); // the banner's button
    QTRY_VERIFY_WITH_TIMEOUT(hasCompleteAnswer(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->isReplyStalled(), 5000);
    // The stall banner is gone. (The shared virtual microphone may have been reported as silent
    // meanwhile: that banner is the audio engine's, not the stall's.)
    QVERIFY2(m_c->errorAction() != app::UserFacingError::Action::RetryTurn,
             qPrintable(m_c->errorTitle()));
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
    QVERIFY(!m_c->notes().isEmpty());
    startDemo();
    if (!m_c->recording()->isAvailable())
        QSKIP(qPrintable(m_c->recording()->unavailableReason()));
    m_c->toggleRecording();
    QVERIFY2(m_c->recording()->isRecording(), qPrintable(m_c->errorText()));
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
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->isSessionActive(), 10000);
    const auto saved = m_c->historyStore()->session(id);
    QVERIFY(saved);
    QCOMPARE(saved->recordingPath, QFileInfo(path).absoluteFilePath());
    QVERIFY(saved->ended.isValid());
    QVERIFY(m_c->history()->rowCount() >= 1);
}

void tst_ControllerRecords::restartAtOnce()
{
    // A new conversation started the moment the last one ended stays up: the last one's
    // teardown, queued when it closed, must not end it.
    startDemo();
    m_c->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_c->isSessionActive(), 10000);
    m_c->startDemo();
    QTRY_VERIFY_WITH_TIMEOUT(m_c->sessionState() == Controller::SessionState::Live, 15000);
    // Whatever the last conversation queued (its teardown) runs now; the new one stays up.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(m_c->sessionState(), Controller::SessionState::Live);
    QVERIFY(m_c->sendText(u"Still there?"_s));
    QTRY_VERIFY_WITH_TIMEOUT(hasCompleteAnswer(), 20000);
}

QTEST_MAIN(tst_ControllerRecords)
#include "tst_controllerrecords.moc"
