// Figures for conversation records: what recording costs (the tap on the audio processing
// thread per 10 ms, the Opus encoder's CPU per second of stereo audio, bytes per minute), and
// what the history costs (one turn's transaction with each durability, a full-text search over
// many stored turns). Prints a table; not a test. Run on the disk the history will live on:
//   bench_records [FOLDER]   (default: the current folder)
#include "app/history/historystore.h"
#include "audio/recording.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;

namespace {

struct Stats
{
    double mean = 0;
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    Stats s;
    for (double v : samples)
        s.mean += v;
    s.mean /= double(samples.size());
    s.median = samples[samples.size() / 2];
    s.p95 = samples[std::min(samples.size() - 1, size_t(double(samples.size()) * 0.95))];
    s.max = samples.back();
    return s;
}

void row(const char *what, const QString &figure)
{
    std::printf("%-62s %s\n", what, qPrintable(figure));
}

// Speech-like test signal: voiced bursts (a few harmonics, wandering pitch) with pauses.
std::vector<int16_t> speechLike(size_t samples, unsigned seed, double offsetSeconds)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> noise(-1.0, 1.0);
    std::vector<int16_t> out(samples);
    for (size_t i = 0; i < samples; ++i) {
        const double t = double(i) / 16000.0 + offsetSeconds;
        const bool voiced = std::fmod(t, 1.7) < 1.1;
        const double pitch = 140.0 + 40.0 * std::sin(2 * M_PI * 0.7 * t);
        double v = 0;
        for (int h = 1; h <= 6; ++h)
            v += std::sin(2 * M_PI * pitch * h * t) / h;
        v = voiced ? 0.15 * v + 0.01 * noise(random) : 0.002 * noise(random);
        out[i] = int16_t(std::clamp(v, -1.0, 1.0) * 32767);
    }
    return out;
}

void benchRecording(const QString &folder)
{
    constexpr int kSeconds = 120;
    constexpr size_t kFrame = 160;
    const size_t total = size_t(kSeconds) * 16000;
    const std::vector<int16_t> user = speechLike(total, 1, 0.0);
    const std::vector<int16_t> model = speechLike(total, 2, 0.85);

    // The tap alone, as the processing thread uses it every 10 ms.
    {
        audio::RecordingTap tap(kSeconds + 1);
        tap.begin(60);
        QElapsedTimer clock;
        clock.start();
        for (size_t at = 0; at + kFrame <= total; at += kFrame) {
            tap.pushFar(std::span<const int16_t>(model).subspan(at, kFrame));
            tap.pushNear(std::span<const int16_t>(user).subspan(at, kFrame));
        }
        const double nsPer10ms = double(clock.nsecsElapsed()) / double(total / kFrame);
        row("recording tap, per 10 ms on the processing thread",
            u"%1 µs"_s.arg(nsPer10ms / 1000, 0, 'f', 2));
    }

    // The encoder on its own thread, fed as fast as it takes (so its time is its CPU).
    for (int bitrate : {64000, 32000}) {
        QTemporaryDir dir(folder + u"/bench-records-XXXXXX"_s);
        audio::AudioRecorder recorder;
        audio::RecordingOptions options;
        options.bitrateBps = bitrate;
        options.bufferSeconds = kSeconds + 1;
        if (!recorder.start(dir.filePath(u"bench.opus"_s), options)) {
            row("recording", recorder.errorString());
            return;
        }
        auto tap = recorder.tap();
        tap->begin(0);
        for (size_t at = 0; at + kFrame <= total; at += kFrame) {
            tap->pushFar(std::span<const int16_t>(model).subspan(at, kFrame));
            tap->pushNear(std::span<const int16_t>(user).subspan(at, kFrame));
        }
        recorder.stop();
        const audio::RecordingStats s = recorder.stats();
        const double encodeMs = double(s.encodeNs) / 1e6;
        const QString label = u"Opus encoder at %1 kbit/s: CPU per second of audio"_s.arg(bitrate
                                                                                          / 1000);
        row(qPrintable(label), u"%1 ms (%2 % of one core)"_s.arg(encodeMs / kSeconds, 0, 'f', 2)
                                       .arg(encodeMs / kSeconds / 10.0, 0, 'f', 2));
        row(qPrintable(u"  file size per minute at %1 kbit/s"_s.arg(bitrate / 1000)),
            u"%1 kB (%2 kbit/s measured)"_s
                    .arg(double(s.bytesWritten) / kSeconds * 60 / 1024, 0, 'f', 0)
                    .arg(double(s.bytesWritten) * 8 / kSeconds / 1000, 0, 'f', 1));
    }
}

TranscriptItem turnItem(qint64 id, TranscriptItemKind kind, int n)
{
    static const QStringList words = {u"station"_s, u"museum"_s,  u"weather"_s, u"train"_s,
                                      u"ticket"_s,  u"morning"_s, u"coffee"_s,  u"river"_s,
                                      u"bridge"_s,  u"market"_s};
    TranscriptItem item;
    item.id = id;
    item.kind = kind;
    item.complete = true;
    item.started = QDateTime::currentDateTime();
    item.ended = item.started.addSecs(3);
    QString text;
    for (int w = 0; w < 25; ++w)
        text += words.at((n * 7 + w * 3) % words.size()) + u' ';
    item.text = text + QString::number(n);
    item.languageCode = u"en-US"_s;
    return item;
}

void benchHistory(const QString &folder)
{
    for (auto durability : {HistoryStore::Durability::Full, HistoryStore::Durability::Normal}) {
        QTemporaryDir dir(folder + u"/bench-history-XXXXXX"_s);
        HistoryStore store;
        QString error;
        if (!store.open(dir.filePath(u"history.sqlite"_s), &error, durability)) {
            row("history", error);
            return;
        }
        const qint64 session = store.beginSession(HistorySessionInfo {}, &error);
        const QJsonObject usage {{u"prompt"_s, 1900}, {u"response"_s, 1500}};
        std::vector<double> ms;
        constexpr int kTurns = 300;
        for (int n = 0; n < kTurns; ++n) {
            const TranscriptItem user = turnItem(2 * n + 1, TranscriptItemKind::UserTurn, n);
            const TranscriptItem model = turnItem(2 * n + 2, TranscriptItemKind::ModelTurn, n + 5);
            QElapsedTimer clock;
            clock.start();
            store.saveItems(session, {{&user, 2 * n}, {&model, 2 * n + 1}}, &error, &usage, 0.01);
            ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        const Stats s = stats(ms);
        const char *label = durability == HistoryStore::Durability::Full
                                    ? "history: one turn (2 items + usage), synchronous=FULL"
                                    : "history: one turn (2 items + usage), synchronous=NORMAL";
        row(label, u"mean %1 ms, median %2, p95 %3, max %4"_s.arg(s.mean, 0, 'f', 2)
                           .arg(s.median, 0, 'f', 2)
                           .arg(s.p95, 0, 'f', 2)
                           .arg(s.max, 0, 'f', 2));
        if (durability == HistoryStore::Durability::Full) {
            // Search over 600 turns, a word found in many of them, and a prefix.
            for (const QString &query : {u"museum bridge"_s, u"coff"_s}) {
                std::vector<double> searchMs;
                for (int i = 0; i < 50; ++i) {
                    QElapsedTimer clock;
                    clock.start();
                    const auto hits = store.search(query, 50);
                    searchMs.push_back(double(clock.nsecsElapsed()) / 1e6);
                    Q_UNUSED(hits)
                }
                row(qPrintable(
                            u"history: full-text search \"%1\" over %2 turns (50 hits)"_s.arg(query)
                                    .arg(2 * kTurns)),
                    u"median %1 ms"_s.arg(stats(searchMs).median, 0, 'f', 2));
            }
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    std::printf("bench_records (files under %s)\n", qPrintable(folder));
    benchRecording(folder);
    benchHistory(folder);
    return 0;
}
