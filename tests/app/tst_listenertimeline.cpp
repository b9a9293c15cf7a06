// The listener's timeline behind --record and --mix with file input: the model's audio waits in
// a queue to be "played" in real time. A server that sends faster than real time (704 s of
// speech in 180 s swung the CLI's memory from 89 to 166 MB) must find the queue bounded: the
// oldest waiting audio is skipped and counted, and one warning says so. A reply that a late tick
// plays out whole is announced like any other (the run waits for it to end).
#include "app/cli/recordscli_timeline.h"
#include "session/livesession.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace livedesk;
using namespace livedesk::app;

namespace {

QByteArray tone24k(int ms)
{
    const qsizetype samples = qsizetype(ms) * 24;
    QByteArray out(samples * 2, Qt::Uninitialized);
    auto *s = reinterpret_cast<qint16 *>(out.data());
    for (qsizetype i = 0; i < samples; ++i)
        s[i] = qint16(6000 * std::sin(2 * M_PI * 220 * double(i) / 24000.0));
    return out;
}

} // namespace

class tst_ListenerTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelAudioBacklogIsBounded();
    void aReplyPlayedOutByOneLateTickIsAnnounced();
};

void tst_ListenerTimeline::modelAudioBacklogIsBounded()
{
    session::LiveSession session;
    ListenerTimeline timeline(&session, QByteArray());
    // Not started: nothing is played, so everything received waits.
    const QByteArray second = tone24k(1000);
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

void tst_ListenerTimeline::aReplyPlayedOutByOneLateTickIsAnnounced()
{
    // livedesk-cli --record/--mix waits for replyPlayedOut before it ends. Under ASan on a busy
    // machine a whole short reply arrived and was played out by one late tick, which had only
    // ever seen the queue empty: nothing was announced and the run never ended
    // (tst_cli_hostile, 1 run in ~30).
    session::LiveSession session;
    ListenerTimeline timeline(&session, QByteArray());
    timeline.start();
    QTRY_VERIFY(timeline.elapsedSamples() > 0); // it has ticked with nothing queued
    QVERIFY(timeline.isReplyPlayedOut());

    QSignalSpy playedOut(&timeline, &ListenerTimeline::replyPlayedOut);
    Q_EMIT session.audioReceived(tone24k(100), 24000);
    QVERIFY(!timeline.isReplyPlayedOut());
    // The late tick: no event is handled until the reply's 100 ms are long past, so the next
    // tick plays all of it at once. (A stall on purpose, not a wait for a condition.)
    QThread::msleep(300);
    QVERIFY(playedOut.wait(10000));
    QVERIFY(timeline.isReplyPlayedOut());
    timeline.stop();
}

QTEST_GUILESS_MAIN(tst_ListenerTimeline)
#include "tst_listenertimeline.moc"
