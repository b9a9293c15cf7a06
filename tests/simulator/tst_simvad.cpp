// The simulator's energy voice activity detector on synthetic signals of known level and length:
// prefix padding, silence duration, the two sensitivities, flush, chunking.
#include "simulator/vad.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace livedesk::sim;
using namespace livedesk::protocol;

Q_DECLARE_METATYPE(livedesk::protocol::StartSensitivity)

using Segments = QList<QPair<int, double>>;

namespace {

// Segments of (milliseconds, dBFS RMS of a 300 Hz sine; -200 = digital silence).
std::vector<int16_t> signal(const QList<QPair<int, double>> &segments)
{
    std::vector<int16_t> out;
    for (const auto &[ms, db] : segments) {
        const double amplitude = db <= -199 ? 0.0 : std::pow(10.0, db / 20.0) * std::sqrt(2.0);
        const int samples = ms * EnergyVad::kSampleRate / 1000;
        for (int i = 0; i < samples; ++i) {
            out.push_back(int16_t(std::lround(
                    32767.0 * amplitude
                    * std::sin(2 * std::numbers::pi * 300.0 * double(out.size()) / 16000.0))));
        }
    }
    return out;
}

QList<VadEvent> run(EnergyVad &vad, const std::vector<int16_t> &samples, size_t chunk = 640)
{
    QList<VadEvent> events;
    for (size_t i = 0; i < samples.size(); i += chunk) {
        const size_t n = std::min(chunk, samples.size() - i);
        events += vad.process(std::span<const int16_t>(samples.data() + i, n));
    }
    return events;
}

VadConfig config(int prefixMs, int silenceMs, StartSensitivity start = StartSensitivity::High)
{
    AutomaticActivityDetection aad;
    aad.prefixPaddingMs = prefixMs;
    aad.silenceDurationMs = silenceMs;
    aad.startOfSpeechSensitivity = start;
    return VadConfig::fromSetup(aad);
}

} // namespace

class tst_SimVad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turns_data();
    void turns();
    void sensitivity_data();
    void sensitivity();
    void flushEndsSpeech();
    void chunkingDoesNotMatter();
    void defaults();
};

void tst_SimVad::turns_data()
{
    QTest::addColumn<int>("prefixMs");
    QTest::addColumn<int>("silenceMs");
    QTest::addColumn<Segments>("segments");
    QTest::addColumn<int>("starts");
    QTest::addColumn<int>("ends");
    QTest::addColumn<int>("speechMs"); // of the first turn, ±20 ms

    QTest::newRow("a second of speech then silence is one turn")
            << 20 << 300 << Segments {{200, -200}, {1000, -20}, {400, -200}} << 1 << 1 << 1000;
    QTest::newRow("a click shorter than the prefix padding is no speech")
            << 100 << 300 << Segments {{50, -20}, {500, -200}} << 0 << 0 << 0;
    QTest::newRow("a pause shorter than silenceDurationMs keeps the turn open")
            << 20 << 500 << Segments {{500, -20}, {300, -200}, {500, -20}, {600, -200}} << 1 << 1
            << 1300;
    QTest::newRow("a pause longer than silenceDurationMs makes two turns")
            << 20 << 200 << Segments {{500, -20}, {300, -200}, {500, -20}, {300, -200}} << 2 << 2
            << 500;
    QTest::newRow("silence never ends a turn that has not started")
            << 20 << 100 << Segments {{2000, -200}} << 0 << 0 << 0;
    QTest::newRow("speech still going is not ended")
            << 20 << 300 << Segments {{1000, -20}, {200, -200}} << 1 << 0 << 0;
}

void tst_SimVad::turns()
{
    QFETCH(int, prefixMs);
    QFETCH(int, silenceMs);
    QFETCH(Segments, segments);
    QFETCH(int, starts);
    QFETCH(int, ends);
    QFETCH(int, speechMs);
    EnergyVad vad(config(prefixMs, silenceMs));
    const QList<VadEvent> events = run(vad, signal(segments));
    int started = 0;
    int ended = 0;
    for (const VadEvent &e : events) {
        if (e.type == VadEvent::Type::SpeechStarted) {
            ++started;
        } else {
            if (ended == 0)
                QVERIFY2(std::abs(e.speechMs - speechMs) <= 20,
                         qPrintable(QString::number(e.speechMs)));
            ++ended;
        }
    }
    QCOMPARE(started, starts);
    QCOMPARE(ended, ends);
}

void tst_SimVad::sensitivity_data()
{
    QTest::addColumn<StartSensitivity>("sensitivity");
    QTest::addColumn<double>("levelDbfs");
    QTest::addColumn<bool>("heard");
    QTest::newRow("HIGH hears quiet speech at -40 dBFS") << StartSensitivity::High << -40.0 << true;
    QTest::newRow("LOW does not hear it") << StartSensitivity::Low << -40.0 << false;
    QTest::newRow("LOW hears normal speech at -20 dBFS") << StartSensitivity::Low << -20.0 << true;
    QTest::newRow("HIGH ignores a noise floor at -55 dBFS")
            << StartSensitivity::High << -55.0 << false;
}

void tst_SimVad::sensitivity()
{
    QFETCH(StartSensitivity, sensitivity);
    QFETCH(double, levelDbfs);
    QFETCH(bool, heard);
    EnergyVad vad(config(20, 300, sensitivity));
    const QList<VadEvent> events = run(vad, signal({{800, levelDbfs}, {500, -200}}));
    QCOMPARE(!events.isEmpty(), heard);
}

void tst_SimVad::flushEndsSpeech()
{
    EnergyVad vad(config(20, 2000));
    QCOMPARE(run(vad, signal({{600, -20}, {100, -200}})).size(), 1); // started only
    QVERIFY(vad.inSpeech());
    const auto end = vad.flush();
    QVERIFY(end);
    QCOMPARE(end->type, VadEvent::Type::SpeechEnded);
    QVERIFY(std::abs(end->speechMs - 600) <= 20);
    QVERIFY(!vad.inSpeech());
    QVERIFY(!vad.flush());
}

void tst_SimVad::chunkingDoesNotMatter()
{
    const auto samples = signal({{300, -200}, {700, -20}, {500, -200}});
    QList<qint64> positions;
    for (size_t chunk : {size_t(1), size_t(77), size_t(160), size_t(1600), size_t(16000)}) {
        EnergyVad vad(config(20, 300));
        const QList<VadEvent> events = run(vad, samples, chunk);
        QCOMPARE(events.size(), 2);
        positions.append(events.at(0).atMs);
        positions.append(events.at(1).atMs);
    }
    for (qsizetype i = 2; i < positions.size(); ++i)
        QCOMPARE(positions.at(i), positions.at(i % 2));
}

void tst_SimVad::defaults()
{
    const VadConfig none = VadConfig::fromSetup(std::nullopt);
    QVERIFY(!none.disabled);
    AutomaticActivityDetection disabled;
    disabled.disabled = true;
    QVERIFY(VadConfig::fromSetup(disabled).disabled);
    AutomaticActivityDetection low;
    low.startOfSpeechSensitivity = StartSensitivity::Low;
    low.endOfSpeechSensitivity = EndSensitivity::Low;
    const VadConfig lowConfig = VadConfig::fromSetup(low);
    QVERIFY(lowConfig.startThresholdDbfs > none.startThresholdDbfs);
    QVERIFY(lowConfig.silenceDurationMs > none.silenceDurationMs);
    QVERIFY(lowConfig.prefixPaddingMs > none.prefixPaddingMs);
}

QTEST_GUILESS_MAIN(tst_SimVad)
#include "tst_simvad.moc"
