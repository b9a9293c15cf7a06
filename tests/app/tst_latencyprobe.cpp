// Capture-to-wire measurement: the matcher pairs the audio messages LiveSession writes with the
// microphone chunks they came from, by content, whatever the re-chunking; audio that never went
// out is skipped, messages that are not captured audio give no figure; and against the simulator
// the session's audioWritten hook reports every audio message (queued ones too) with its payload
// and the time it went to the socket. Also the median/p95 summaries metrics.json carries.
#include "app/latencyprobe.h"
#include "session/livesession.h"
#include "simulator/simulator.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0Us = 1'000'000'000;
constexpr qsizetype kChunkBytes = 1280; // 40 ms at 16 kHz

// Distinct, speech-like bytes, so that no two stretches of the stream are equal.
QByteArray stream(qsizetype bytes, quint32 seed = 1)
{
    QByteArray out(bytes, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 12345u;
    for (qsizetype i = 0; i < bytes; ++i) {
        x = x * 1664525u + 1013904223u;
        out[i] = char(x >> 24);
    }
    return out;
}

qint64 timeOfOffset(qint64 offset)
{
    return kT0Us + qint64(double(offset) * 1e6 / 32000.0);
}

qint64 steadyUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

struct Write
{
    qint64 offset = 0; // into the captured stream; -1: bytes that were never captured
    qint64 bytes = 0;
};

} // namespace

Q_DECLARE_METATYPE(QList<Write>)

class tst_LatencyProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaries_data();
    void summaries();
    void matching_data();
    void matching();
    void pendingAudioIsBounded();
    void sessionReportsEveryAudioMessage();
};

void tst_LatencyProbe::summaries_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p95");

    QTest::newRow("nothing measured") << QList<double> {} << 0 << 0.0 << 0.0;
    QTest::newRow("one figure") << QList<double> {42.0} << 1 << 42.0 << 42.0;
    QTest::newRow("an even count takes the middle two")
            << QList<double> {40, 10, 30, 20} << 4 << 25.0 << 40.0;
    QList<double> hundred;
    for (int i = 100; i >= 1; --i)
        hundred << double(i);
    QTest::newRow("p95 is the 95th of a hundred, nearest rank") << hundred << 100 << 50.5 << 95.0;
}

void tst_LatencyProbe::summaries()
{
    QFETCH(QList<double>, values);
    QFETCH(int, count);
    QFETCH(double, median);
    QFETCH(double, p95);
    const LatencySummary s = summarizeLatencies(values);
    QCOMPARE(s.count, count);
    QCOMPARE(s.medianMs, median);
    QCOMPARE(s.p95Ms, p95);
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(u"count"_s).toInt(), count);
    QCOMPARE(json.value(u"median"_s).isNull(), count == 0);
    // Short lists are kept in the order measured, for benchmarks that pool several runs.
    QCOMPARE(json.value(u"values"_s).toArray().size(), count <= 20 ? count : 0);
    if (count > 0 && count <= 20)
        QCOMPARE(json.value(u"values"_s).toArray().first().toDouble(), values.first());
}

void tst_LatencyProbe::matching_data()
{
    QTest::addColumn<int>("chunks"); // captured, 40 ms each, 40 ms apart
    QTest::addColumn<QList<Write>>("writes");
    QTest::addColumn<QList<qint64>>("expected"); // capture time per write; -1: no figure
    QTest::addColumn<qint64>("skippedBytes");

    QTest::newRow("one message per chunk")
            << 3 << QList<Write> {{0, 1280}, {1280, 1280}, {2560, 1280}}
            << QList<qint64> {timeOfOffset(0), timeOfOffset(1280), timeOfOffset(2560)} << qint64(0);
    QTest::newRow("messages cut across chunks (20 ms session chunks, then 60 ms)")
            << 3 << QList<Write> {{0, 640}, {640, 640}, {1280, 1920}}
            << QList<qint64> {timeOfOffset(0), timeOfOffset(640), timeOfOffset(1280)} << qint64(0);
    QTest::newRow("a short message flushed at the end of an activity")
            << 2 << QList<Write> {{0, 1280}, {1280, 300}}
            << QList<qint64> {timeOfOffset(0), timeOfOffset(1280)} << qint64(0);
    QTest::newRow("a chunk that was never sent (muted) is skipped")
            << 3 << QList<Write> {{0, 1280}, {2560, 1280}}
            << QList<qint64> {timeOfOffset(0), timeOfOffset(2560)} << qint64(1280);
    QTest::newRow("a replayed message matches nothing")
            << 2 << QList<Write> {{0, 1280}, {0, 1280}, {1280, 1280}}
            << QList<qint64> {timeOfOffset(0), -1, timeOfOffset(1280)} << qint64(0);
    QTest::newRow("audio that did not come from the microphone gives no figure")
            << 2 << QList<Write> {{-1, 1280}, {0, 1280}} << QList<qint64> {-1, timeOfOffset(0)}
            << qint64(0);
}

void tst_LatencyProbe::matching()
{
    QFETCH(int, chunks);
    QFETCH(QList<Write>, writes);
    QFETCH(QList<qint64>, expected);
    QFETCH(qint64, skippedBytes);

    const QByteArray captured = stream(chunks * kChunkBytes);
    const QByteArray foreign = stream(4 * kChunkBytes, 99);
    CaptureToWireMatcher matcher;
    for (int i = 0; i < chunks; ++i)
        matcher.addCaptured(captured.mid(i * kChunkBytes, kChunkBytes), kT0Us + qint64(i) * 40000);
    int unmatched = 0;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        const Write &w = writes.at(i);
        const QByteArray bytes = w.offset < 0 ? foreign.left(w.bytes)
                                              : captured.mid(w.offset, w.bytes);
        const std::optional<qint64> time = matcher.matchWritten(bytes);
        if (expected.at(i) < 0) {
            QVERIFY2(!time, qPrintable(QString::number(i)));
            ++unmatched;
        } else {
            QVERIFY2(time, qPrintable(QString::number(i)));
            QCOMPARE(*time, expected.at(i));
        }
    }
    QCOMPARE(matcher.skippedBytes(), skippedBytes);
    QCOMPARE(matcher.unmatchedWrites(), unmatched);
}

void tst_LatencyProbe::pendingAudioIsBounded()
{
    // Captured audio that never goes out (a session that refuses it) does not pile up.
    CaptureToWireMatcher matcher;
    const QByteArray chunk = stream(kChunkBytes);
    for (int i = 0; i < 2000; ++i) // 80 s
        matcher.addCaptured(chunk, kT0Us + qint64(i) * 40000);
    QVERIFY(matcher.pendingBytes() <= CaptureToWireMatcher::kMaxPendingBytes);
    QCOMPARE(matcher.skippedBytes(), 2000 * kChunkBytes - matcher.pendingBytes());
}

void tst_LatencyProbe::sessionReportsEveryAudioMessage()
{
    sim::Simulator simulator;
    QString error;
    QVERIFY2(simulator.start(&error), qPrintable(error));
    session::LiveSession session;
    session::LiveSessionOptions options;
    options.audioChunkMs = 60; // re-chunked: engine chunks of 40 ms become messages of 60 ms
    session.setOptions(options);
    CaptureToWireMatcher matcher;
    QList<double> latenciesMs;
    int writes = 0;
    qint64 bytesWritten = 0;
    QObject::connect(&session, &session::LiveSession::audioWritten, &session,
                     [&](const QByteArray &pcm, qint64 steadyTimeUs) {
                         ++writes;
                         bytesWritten += pcm.size();
                         QVERIFY(qAbs(steadyTimeUs - steadyUs()) < 1'000'000);
                         if (const auto captured = matcher.matchWritten(pcm))
                             latenciesMs << double(steadyTimeUs - *captured) / 1000.0;
                     });

    session::EndpointConfig endpoint;
    endpoint.baseUrl = simulator.url();
    endpoint.apiKey = u"key"_s;
    protocol::Setup setup;
    setup.model = u"models/gemini-2.5-flash-native-audio-preview-12-2025"_s;
    setup.generationConfig = protocol::GenerationConfig {
            .responseModalities = {protocol::Modality::Audio}};
    QVERIFY(session.open(endpoint, setup));

    // The first chunks are sent while connecting: queued, then written once live.
    const QByteArray captured = stream(25 * kChunkBytes);
    const qint64 firstCaptureUs = steadyUs();
    for (int i = 0; i < 25; ++i) {
        const QByteArray chunk = captured.mid(i * kChunkBytes, kChunkBytes);
        matcher.addCaptured(chunk, firstCaptureUs + qint64(i) * 40000);
        session.sendAudio(chunk);
        if (i == 4)
            QTRY_VERIFY(session.isLive());
    }
    session.flushAudio();
    QCOMPARE(bytesWritten, captured.size()); // every byte, once
    QCOMPARE(writes, int((captured.size() + 1919) / 1920));
    QCOMPARE(matcher.unmatchedWrites(), 0);
    QCOMPARE(matcher.skippedBytes(), 0);
    QCOMPARE(latenciesMs.size(), writes);
    session.close();
    QTRY_COMPARE(session.state(), session::LiveSession::State::Closed);
}

QTEST_GUILESS_MAIN(tst_LatencyProbe)
#include "tst_latencyprobe.moc"
