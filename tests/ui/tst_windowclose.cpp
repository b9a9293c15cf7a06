// Closing the main window ends the conversation cleanly and flushes what it leaves (issue 14):
// the real window (GuiHost, the QML of `livedesk`) with "close quits" chosen, a demo
// conversation with --events, --metrics and the recording toggle on, a reply under way, then
// QQuickWindow::close() as the window manager's close button sends it. The conversation ends
// as the End button ends it: the whole reply into the recording, the session closed, the events
// file ending with the Closed state, metrics.json written.
#include "guitestsupport.h"
#include "tests/audiotestmain.h"

#include "app/history/recordingcontroller.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace livedesk;
using namespace Qt::StringLiterals;
using Controller = app::AppController;

namespace {

QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> lines;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace

class tst_WindowClose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closingTheWindowEndsTheConversation();
};

void tst_WindowClose::closingTheWindowEndsTheConversation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (QQuickStyle::name().isEmpty())
        QQuickStyle::setStyle(u"Material"_s);
    app::AppControllerOptions options = test::isolatedControllerOptions(dir);
    // Faster than real time, as the service sends: most of the reply is still to play when
    // the window closes.
    options.demoSpeechSpeedFactor = 8.0;
    const QString events = dir.filePath(u"events.jsonl"_s);
    const QString metrics = dir.filePath(u"metrics.json"_s);
    options.overrides.eventsPath = events;
    options.overrides.metricsPath = metrics;
    Controller controller(std::move(options));
    for (const auto &[key, value] :
         QList<QPair<QString, QString>> {{u"ui/closeAction"_s, u"quit"_s},
                                         {u"talkMode"_s,
                                          u"push-to-talk"_s}, // no turns from the room's sound
                                         {u"ui/language"_s, u"en"_s}})
        QCOMPARE(controller.settings()->setValue(key, value), QString());
    controller.initialize();
    app::registerBuiltInPages(controller.pages());
    app::GuiHost host(&controller);
    QString error;
    QVERIFY2(host.load(&error), qPrintable(error));
    QQuickWindow *window = host.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    controller.startDemo();
    QTRY_COMPARE_WITH_TIMEOUT(controller.conversation()->state(), Controller::SessionState::Live,
                              30000);
    const bool recording = controller.recording()->isAvailable();
    QString recordingPath;
    if (recording) {
        controller.toggleRecording();
        QVERIFY2(controller.recording()->isRecording(),
                 qPrintable(controller.messages()->errorText()));
        recordingPath = controller.recording()->path();
    } else {
        qInfo("no recording: %s", qPrintable(controller.recording()->unavailableReason()));
    }
    QSignalSpy replyAudio(controller.session(), &session::LiveSession::audioReceived);
    QVERIFY(controller.sendText(u"Hello"_s));
    QVERIFY(replyAudio.wait(20000)); // the reply is under way

    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.conversation()->isActive(), 40000);
    QCOMPARE(controller.conversation()->state(), Controller::SessionState::Ended);
    QVERIFY(!window->isVisible());

    // The events: the reply completed, then the session closed, and nothing after it.
    const QList<QJsonObject> lines = readJsonLines(events);
    QVERIFY(!lines.isEmpty());
    qsizetype completed = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).value(u"type"_s).toString() == u"turn_complete")
            completed = i;
    }
    QVERIFY2(completed >= 0, "the reply under way when the window closed was completed");
    QCOMPARE(lines.last().value(u"type"_s).toString(), u"state"_s);
    QCOMPARE(lines.last().value(u"state"_s).toString(), u"Closed"_s);
    QVERIFY(completed < lines.size() - 1);

    // metrics.json: written when the conversation ended, a clean end.
    QFile written(metrics);
    QVERIFY2(written.open(QIODevice::ReadOnly), "metrics.json is written");
    const QJsonObject m = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(m.value(u"exit_code"_s).toInt(-1), 0);
    QVERIFY(m.value(u"turns"_s).toInt() >= 1);

    // The recording: closed, and it holds the reply.
    if (recording) {
        QVERIFY(!controller.recording()->isRecording());
        QVERIFY(QFileInfo(recordingPath).size() > 1000);
        QVERIFY(QFile::exists(app::recordingTranscriptPath(recordingPath)));
    }
    test::GuiFixture::settleTeardown(controller);
    // Known problem, not this test's subject: destroying the QML of a window that was closed
    // (hidden, never polished since) crashes in Qt 6.4's QQuickGridLayoutBase::invalidate while
    // the items are torn down; `livedesk` destroys its GuiHost the same way after "close quits",
    // once the conversation has been flushed. The window is shown again so the test ends cleanly.
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
}

LIVEDESK_AUDIO_TEST_MAIN(tst_WindowClose)
#include "tst_windowclose.moc"
