// The stores that carry input across a connection change (session/inputbuffer.h): the gap buffer
// keeps order, bounds audio by duration (oldest dropped), video by count, and never drops text;
// the replay log keeps what the server has not consumed, trims by lastConsumedClientMessageIndex,
// and hands back the user's input without tool responses.
#include "session/inputbuffer.h"

#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

namespace {

// `ms` of 16 kHz s16le audio whose first byte names it, so order can be checked.
ClientMessage audio(int ms, char tag)
{
    QByteArray pcm(ms * 32, '\0');
    pcm[0] = tag;
    return RealtimeInput {.audio = Blob {u"audio/pcm;rate=16000"_s, pcm}};
}

ClientMessage text(const QString &t)
{
    return RealtimeInput {.text = t};
}

ClientMessage frame(char tag)
{
    return RealtimeInput {.video = Blob {u"image/jpeg"_s, QByteArray(1, tag)}};
}

ClientMessage toolResponse()
{
    return ToolResponse {{FunctionResponse {u"id-1"_s, u"f"_s, {}, {}, {}}}};
}

QString tags(const QList<ClientMessage> &messages)
{
    QString out;
    for (const ClientMessage &m : messages) {
        if (const auto *in = std::get_if<RealtimeInput>(&m)) {
            if (in->audio)
                out += QChar::fromLatin1(in->audio->data.at(0));
            else if (in->video)
                out += u'v' + QChar::fromLatin1(in->video->data.at(0));
            else if (in->text)
                out += u'[' + *in->text + u']';
        } else if (std::holds_alternative<ToolResponse>(m)) {
            out += u"T"_s;
        }
    }
    return out;
}

} // namespace

class tst_InputBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void audioDuration_data();
    void audioDuration();
    void gapKeepsOrder();
    void gapDropsOldestAudioBeyondItsBound();
    void gapDropsOldestFramesBeyondItsBound();
    void gapRefusesTextBeyondItsBoundButNeverDropsIt();
    void replayTrimsWhatTheServerConsumed();
    void replayOfUserInputLeavesToolResponsesOut();
    void replayTrimsByTime();
    void replayTracksSpeech();
    void replayIsBounded();
};

void tst_InputBuffer::audioDuration_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("40 ms at 16 kHz") << u"audio/pcm;rate=16000"_s << 1280 << 40LL;
    QTest::newRow("40 ms at 24 kHz") << u"audio/pcm;rate=24000"_s << 1920 << 40LL;
    QTest::newRow("no rate means 16 kHz") << u"audio/pcm"_s << 3200 << 100LL;
}

void tst_InputBuffer::audioDuration()
{
    QFETCH(QString, mimeType);
    QFETCH(int, bytes);
    QFETCH(qint64, ms);
    QCOMPARE(audioDurationMs(RealtimeInput {.audio = Blob {mimeType, QByteArray(bytes, 0)}}), ms);
    QCOMPARE(audioDurationMs(text(u"hi"_s)), 0);
}

void tst_InputBuffer::gapKeepsOrder()
{
    OutgoingBuffer b;
    b.push(audio(40, 'a'));
    b.push(text(u"x"_s));
    b.push(audio(40, 'b'));
    b.push(frame('1'));
    b.push(toolResponse());
    QCOMPARE(b.audioMs(), 80);
    QCOMPARE(tags(b.takeAll()), u"a[x]bv1T"_s);
    QVERIFY(b.isEmpty());
    QCOMPARE(b.audioMs(), 0);
}

void tst_InputBuffer::gapDropsOldestAudioBeyondItsBound()
{
    OutgoingBuffer b(OutgoingLimits {200, 10, 10});
    for (char c : {'a', 'b', 'c', 'd', 'e'})
        QVERIFY(b.push(audio(40, c)).queued);
    b.push(text(u"keep"_s));
    const auto r = b.push(audio(80, 'f')); // 280 ms > 200: the two oldest go
    QVERIFY(r.queued);
    QCOMPARE(r.droppedAudioMs, 80);
    QCOMPARE(b.audioMs(), 200);
    QCOMPARE(tags(b.takeAll()), u"cde[keep]f"_s);
}

void tst_InputBuffer::gapDropsOldestFramesBeyondItsBound()
{
    OutgoingBuffer b(OutgoingLimits {1000, 2, 10});
    b.push(frame('1'));
    b.push(audio(40, 'a'));
    b.push(frame('2'));
    const auto r = b.push(frame('3'));
    QCOMPARE(r.droppedVideoFrames, 1);
    QCOMPARE(tags(b.takeAll()), u"av2v3"_s);
}

void tst_InputBuffer::gapRefusesTextBeyondItsBoundButNeverDropsIt()
{
    OutgoingBuffer b(OutgoingLimits {1000, 2, 2});
    QVERIFY(b.push(text(u"1"_s)).queued);
    QVERIFY(b.push(toolResponse()).queued);
    QVERIFY(!b.push(text(u"3"_s)).queued);
    QVERIFY(b.push(audio(40, 'a')).queued); // media is bounded separately
    QCOMPARE(tags(b.takeAll()), u"[1]Ta"_s);
}

void tst_InputBuffer::replayTrimsWhatTheServerConsumed()
{
    ReplayLog log;
    log.record(0, Setup {}); // never replayed
    log.record(1, audio(40, 'a'));
    log.record(2, audio(40, 'b'));
    log.record(3, text(u"t"_s));
    log.record(4, audio(40, 'c'));
    QCOMPARE(log.size(), 4);
    log.trimThrough(2);
    QCOMPARE(tags(log.messages(ReplayScope::Everything)), u"[t]c"_s);
    QCOMPARE(log.audioMs(), 40);
    log.trimThrough(10);
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.audioMs(), 0);
}

void tst_InputBuffer::replayOfUserInputLeavesToolResponsesOut()
{
    ReplayLog log;
    log.record(1, audio(40, 'a'));
    log.record(2, toolResponse());
    log.record(3, text(u"t"_s));
    QCOMPARE(tags(log.messages(ReplayScope::Everything)), u"aT[t]"_s);
    QCOMPARE(tags(log.messages(ReplayScope::UserInput)), u"a[t]"_s);
    QVERIFY(log.hasUserInput());
}

void tst_InputBuffer::replayTrimsByTime()
{
    ReplayLog log;
    log.record(1, audio(40, 'a'), AudioContent::Speech, 100);
    log.record(2, text(u"t"_s), AudioContent::None, 200);
    log.record(3, audio(40, 'b'), AudioContent::Silence, 300);
    log.trimSentBefore(250); // a handle covers what went out a round trip before it came
    QCOMPARE(tags(log.messages(ReplayScope::Everything)), u"b"_s);
    QVERIFY(!log.hasSpeech());
}

void tst_InputBuffer::replayTracksSpeech()
{
    ReplayLog log;
    log.record(1, audio(40, 'a'), AudioContent::Silence);
    QVERIFY(!log.hasSpeech());
    log.record(2, audio(40, 'b'), AudioContent::Speech);
    QVERIFY(log.hasSpeech());
    log.trimThrough(2);
    QVERIFY(!log.hasSpeech());
}

void tst_InputBuffer::replayIsBounded()
{
    ReplayLog log(ReplayLog::Limits {120, 1, 100});
    log.record(1, frame('1'));
    log.record(2, audio(40, 'a'));
    log.record(3, frame('2')); // only the latest frame is kept
    log.record(4, audio(40, 'b'));
    log.record(5, audio(40, 'c'));
    QVERIFY(!log.overflowed());
    log.record(6, audio(40, 'd')); // 160 ms > 120: the oldest audio goes
    QVERIFY(log.overflowed());
    QCOMPARE(tags(log.messages(ReplayScope::Everything)), u"v2bcd"_s);
    log.clear();
    QVERIFY(!log.overflowed());
}

QTEST_GUILESS_MAIN(tst_InputBuffer)
#include "tst_inputbuffer.moc"
