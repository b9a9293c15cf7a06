// The listener's timeline behind --record and --mix with file input: the model's audio waits in
// a queue to be "played" in real time. A server that sends faster than real time (704 s of
// speech in 180 s swung the CLI's memory from 89 to 166 MB) must find the queue bounded: the
// oldest waiting audio is skipped and counted, and one warning says so.
#include "app/cli/recordscli_timeline.h"
#include "session/livesession.h"

#include <QTest>

#include <cmath>

using namespace livedesk;
using namespace livedesk::app;

namespace {

QByteArray tone24k(int seconds)
{
    QByteArray out(qsizetype(seconds) * 24000 * 2, Qt::Uninitialized);
    auto *s = reinterpret_cast<qint16 *>(out.data());
    for (qsizetype i = 0; i < qsizetype(seconds) * 24000; ++i)
        s[i] = qint16(6000 * std::sin(2 * M_PI * 220 * double(i) / 24000.0));
    return out;
}

} // namespace

class tst_ListenerTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelAudioBacklogIsBounded();
};

void tst_ListenerTimeline::modelAudioBacklogIsBounded()
{
    session::LiveSession session;
    ListenerTimeline timeline(&session, QByteArray());
    // Not started: nothing is played, so everything received waits.
    const QByteArray second = tone24k(1);
    constexpr int kSentSeconds = 200;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "faster than it plays: more than 120 s")));
    for (int i = 0; i < kSentSeconds; ++i) {
        Q_EMIT session.audioReceived(second, 24000);
        QVERIFY(timeline.farQueuedSamples() <= ListenerTimeline::kMaxFarBacklogSamples);
        // Memory: what waits plus at most as much already skipped, never all that arrived.
        QVERIFY(timeline.farHeldSamples() <= 2 * ListenerTimeline::kMaxFarBacklogSamples);
    }
    QCOMPARE(timeline.farQueuedSamples(), ListenerTimeline::kMaxFarBacklogSamples);
    // 200 s arrived, 120 s wait: the oldest 80 s (less the resampler's few ms in flight) went.
    const double droppedSeconds = double(timeline.farDroppedSamples())
                                  / ListenerTimeline::kSampleRate;
    qInfo("skipped %.3f s of %d s", droppedSeconds, kSentSeconds);
    QVERIFY(std::abs(droppedSeconds - (kSentSeconds - 120)) < 0.05);
}

QTEST_GUILESS_MAIN(tst_ListenerTimeline)
#include "tst_listenertimeline.moc"
