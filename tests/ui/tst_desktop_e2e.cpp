// End to end, as a person uses it: the real window under Xvfb (xcb) with the PulseAudio virtual
// devices, no API key. A mouse click on "Try the offline demo" starts the in-process simulator;
// clicks on the talk button open and close each turn while espeak-ng speech plays into the
// virtual microphone; the model's answer appears as a transcript bubble, and the second question
// makes the demo call get_current_time, whose card appears in the tool-call panel. The
// conversation is then in the history.
#include "guitestsupport.h"
#include "tests/audiotestmain.h"

#include "app/gui/historymodels.h"
#include "app/gui/toolcallmodel.h"
#include "app/gui/transcriptmodel.h"
#include "app/history/historystore.h"

#include <QProcess>
#include <QStandardPaths>

using namespace livedesk;
using namespace Qt::StringLiterals;
using Controller = app::AppController;

class tst_DesktopE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spokenConversation();
    void cleanupTestCase();

private:
    bool speak(const QString &wav);
    void click(QQuickItem *item);
    int modelBubbles() const;

    test::GuiFixture m_gui;
    QTemporaryDir m_dir;
    QString m_wav;
};

void tst_DesktopE2e::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("LIVEDESK_TEST_PULSE"),
             "run under scripts/with-test-env.sh (ctest does)");
    QVERIFY2(!QStandardPaths::findExecutable(u"espeak-ng"_s).isEmpty(), "espeak-ng is needed");
    QVERIFY2(!QStandardPaths::findExecutable(u"paplay"_s).isEmpty(), "paplay is needed");
    m_wav = m_dir.filePath(u"question.wav"_s);
    QProcess espeak;
    espeak.start(u"espeak-ng"_s, {u"-v"_s, u"en-us"_s, u"-w"_s, m_wav, u"What time is it?"_s});
    QVERIFY(espeak.waitForFinished(20000) && espeak.exitCode() == 0);
    // Push-to-talk: the talk button opens and closes each turn (manual activity).
    QVERIFY(m_gui.start({{u"talkMode"_s, u"push-to-talk"_s}, {u"ui/language"_s, u"en"_s}}, 8.0));
    QVERIFY(m_gui.resizeWindow(QSize(1240, 800)));
}

bool tst_DesktopE2e::speak(const QString &wav)
{
    QProcess play;
    play.start(u"paplay"_s, {u"-d"_s, u"livedesk_mic_feed"_s, wav});
    // Keep the event loop running while it plays: the app captures on its own threads, the
    // session sends from this one.
    if (!QTest::qWaitFor([&] { return play.state() == QProcess::NotRunning; }, 20000))
        return false;
    return play.exitStatus() == QProcess::NormalExit && play.exitCode() == 0;
}

void tst_DesktopE2e::click(QQuickItem *item)
{
    QVERIFY(item);
    const QPointF center = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_gui.window(), Qt::LeftButton, {}, center.toPoint());
}

int tst_DesktopE2e::modelBubbles() const
{
    const app::TranscriptModel *t = m_gui.controller->transcript();
    int n = 0;
    for (int row = 0; row < t->rowCount(); ++row) {
        const QModelIndex i = t->index(row);
        if (i.data(app::TranscriptModel::KindRole).toInt() == int(app::TranscriptModel::Kind::Model)
            && i.data(app::TranscriptModel::CompleteRole).toBool())
            ++n;
    }
    return n;
}

void tst_DesktopE2e::spokenConversation()
{
    Controller *c = m_gui.controller.get();
    // No key: the welcome page; its demo button starts the offline demo.
    QVERIFY(c->needsCredentials());
    click(m_gui.findItem(u"Try the offline demo"_s));
    QTRY_VERIFY_WITH_TIMEOUT(c->conversation()->state() == Controller::SessionState::Live, 20000);
    QVERIFY(c->conversation()->isDemo());
    // Until the test speaks, the virtual microphone is digitally silent and the app rightly says
    // so; the banner goes once speech arrives (it stayed up through the conversation).
    const QString silent = u"The microphone is silent"_s;
    QTRY_COMPARE_WITH_TIMEOUT(c->messages()->errorTitle(), silent, 15000);

    for (int turn = 1; turn <= 2; ++turn) {
        QTRY_VERIFY_WITH_TIMEOUT(c->conversation()->voiceState() == app::VoiceState::Listening,
                                 60000);
        QQuickItem *talk = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((talk = m_gui.findItem(u"Talk"_s)) != nullptr, 5000);
        click(talk);
        QTRY_VERIFY_WITH_TIMEOUT(c->conversation()->isTalking(), 5000);
        QVERIFY(speak(m_wav));
        QTRY_VERIFY2_WITH_TIMEOUT(c->messages()->errorTitle() != silent,
                                  qPrintable(c->messages()->errorText()), 5000);
        QQuickItem *done = m_gui.findItem(u"Done"_s);
        click(done);
        QTRY_VERIFY_WITH_TIMEOUT(!c->conversation()->isTalking(), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(modelBubbles() >= turn, qPrintable(c->transcript()->plainText()),
                                  60000);
    }
    // The second question is answered with the time: a tool-call card for get_current_time.
    QTRY_VERIFY_WITH_TIMEOUT(c->toolCalls()->count() >= 1, 20000);
    const QModelIndex call = c->toolCalls()->index(0);
    QCOMPARE(call.data(app::ToolCallModel::NameRole).toString(), u"get_current_time"_s);
    QTRY_COMPARE_WITH_TIMEOUT(c->toolCalls()->index(0).data(app::ToolCallModel::StateRole).toInt(),
                              int(app::ToolCallModel::State::Done), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_gui.findItem(u"get_current_time"_s) != nullptr, 5000);
    // The user's turns were heard (the simulator transcribes speech by its length).
    QVERIFY2(c->transcript()->plainText().contains(u"seconds of speech"_s),
             qPrintable(c->transcript()->plainText()));
    QVERIFY2(c->messages()->errorTitle() != silent, qPrintable(c->messages()->errorText()));
    const QImage shot = m_gui.window()->grabWindow();
    shot.save(test::screenshotDir() + u"/e2e-spoken.png"_s);

    // Ending the conversation saves it in the history, with its turns.
    const qint64 historyId = c->historySessionId();
    QVERIFY(historyId > 0);
    c->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!c->conversation()->isActive(), 10000);
    const auto saved = c->historyStore()->session(historyId);
    QVERIFY(saved);
    QVERIFY(saved->ended.isValid());
    QVERIFY2(saved->itemCount >= 4, qPrintable(QString::number(saved->itemCount)));
    QVERIFY(c->history()->rowCount() >= 1);
}

void tst_DesktopE2e::cleanupTestCase()
{
    m_gui.shutdown();
}

LIVEDESK_AUDIO_TEST_MAIN(tst_DesktopE2e)
#include "tst_desktop_e2e.moc"
