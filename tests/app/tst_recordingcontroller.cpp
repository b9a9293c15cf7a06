// The recording as the app offers it: a state and a running clock for the indicator, the
// transcript JSON beside the file kept current after every finished turn, a clear error for a
// place it cannot write, and a complete file when it stops.
#include "app/history/recordingcontroller.h"
#include "audio/recordingtap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;

class tst_RecordingController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsWithIndicatorAndTranscript();
    void unwritablePlaceIsAnError();
};

void tst_RecordingController::recordsWithIndicatorAndTranscript()
{
    RecordingController controller;
    if (!controller.isAvailable())
        QSKIP("built without libopusenc");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/talk.opus"_s); // the folder is created
    Transcript transcript;
    controller.setTranscript(&transcript);
    HistorySessionInfo info;
    info.mode = u"translator"_s;
    info.targetLanguage = u"de-DE"_s;
    controller.setSessionInfo(info);
    QSignalSpy recording(&controller, &RecordingController::recordingChanged);
    QSignalSpy clock(&controller, &RecordingController::durationChanged);
    QSignalSpy finished(&controller, &RecordingController::finished);
    QVERIFY2(controller.start(path), qPrintable(controller.errorString()));
    QVERIFY(controller.isRecording());
    QCOMPARE(recording.size(), 1);
    QCOMPARE(controller.path(), path);

    // A feeder other than the engine: one second of a tone on the left, in 10 ms steps.
    auto tap = controller.tap();
    QVERIFY(tap);
    tap->begin(0);
    std::vector<int16_t> frame(160);
    for (int i = 0; i < 100; ++i) {
        for (size_t k = 0; k < frame.size(); ++k)
            frame[k] = int16_t(3000 * std::sin(2 * M_PI * 440 * double(i * 160 + int(k)) / 16000));
        tap->pushNear(frame);
    }
    transcript.onInputTranscription(protocol::Transcription {.text = u"hello"_s});
    transcript.onOutputTranscription(
            protocol::Transcription {.text = u"hallo"_s, .languageCode = u"de-DE"_s});
    transcript.onTurnComplete();
    // The indicator's clock runs, and the transcript beside the file has the finished turn.
    QTRY_VERIFY(clock.size() >= 2);
    QTRY_VERIFY(controller.durationMs() >= 900);
    QTRY_VERIFY(QFile::exists(dir.filePath(u"sub/talk.json"_s)));

    QVERIFY(controller.stop());
    QVERIFY(!controller.isRecording());
    QCOMPARE(recording.size(), 2);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(controller.durationMs(), 1000);
    QFile json(dir.filePath(u"sub/talk.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value(u"session"_s).toObject().value(u"target_language"_s).toString(), u"de-DE"_s);
    const QJsonArray items = o.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).toObject().value(u"text"_s).toString(), u"hallo"_s);
    QVERIFY(QFile(path).size() > 1000);
}

void tst_RecordingController::unwritablePlaceIsAnError()
{
    RecordingController controller;
    if (!controller.isAvailable())
        QSKIP("built without libopusenc");
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSignalSpy errors(&controller, &RecordingController::errorOccurred);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^Cannot create the folder for the recording .*talk"
                                            "\\.opus"_s));
    QVERIFY(!controller.start(dir.filePath(u"file/talk.opus"_s))); // a file where a folder goes
    QVERIFY(!controller.isRecording());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(controller.errorString().contains(u"talk.opus"_s),
             qPrintable(controller.errorString()));
    QVERIFY(!controller.stop());
}

QTEST_GUILESS_MAIN(tst_RecordingController)
#include "tst_recordingcontroller.moc"
