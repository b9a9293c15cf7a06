// bench_selfinterrupt's helpers: livedesk-cli's events.jsonl read as it grows, with the offset
// between the bench's clock and the CLI's (t_ms), and small summaries.
#pragma once

#include "audio/dsp/wavfile.h"
#include "tests/audio/echopathsupport.h"
#include "tests/audio/opusdecode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace livedesk::bench {

using namespace Qt::StringLiterals;

inline bool isBargeInAction(const QJsonObject &e)
{
    if (e.value(u"type"_s).toString() != "barge_in"_L1)
        return false;
    const QString action = e.value(u"action"_s).toString();
    return action == "ducked"_L1 || action == "stopped"_L1;
}

// The conversation moves: what keeps a turn from being over.
inline bool isActivity(const QJsonObject &e)
{
    static const QStringList types {u"audio_out"_s, u"turn_complete"_s,    u"interrupted"_s,
                                    u"playback"_s,  u"input_transcript"_s, u"output_transcript"_s};
    return types.contains(e.value(u"type"_s).toString());
}

class EventTail
{
public:
    explicit EventTail(const QString &path)
        : m_file(path)
    {
        m_clock.start();
    }

    QString path() const { return m_file.fileName(); }
    qint64 benchNowMs() const { return m_clock.elapsed(); }
    const QElapsedTimer &clock() const { return m_clock; }

    // Reads the lines completed since the last call.
    void poll()
    {
        if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
            return;
        m_partial += m_file.readAll();
        const double seenMs = double(m_clock.elapsed());
        qsizetype start = 0;
        for (qsizetype end = m_partial.indexOf('\n'); end >= 0;
             end = m_partial.indexOf('\n', start)) {
            const QJsonObject e = QJsonDocument::fromJson(m_partial.mid(start, end - start)).object();
            start = end + 1;
            if (e.isEmpty())
                continue;
            const double t = e.value(u"t_ms"_s).toDouble();
            // The CLI flushes each line as written: the smallest delay between its stamp and
            // our seeing it is the clocks' offset (plus a poll's few milliseconds).
            m_offsetMs = std::min(m_offsetMs, seenMs - t);
            if (isActivity(e))
                m_lastActivityCliMs = t;
            m_events.append(e);
        }
        m_partial.remove(0, start);
    }

    double benchToCliMs(double benchMs) const
    {
        return m_offsetMs == std::numeric_limits<double>::max() ? 0 : benchMs - m_offsetMs;
    }
    double sinceLastActivityMs() const
    {
        return benchToCliMs(double(m_clock.elapsed())) - m_lastActivityCliMs;
    }

    const QList<QJsonObject> &all() const { return m_events; }
    qsizetype size() const { return m_events.size(); }

    int count(const QString &type, qsizetype from) const
    {
        int n = 0;
        for (qsizetype i = from; i < m_events.size(); ++i)
            n += m_events[i].value(u"type"_s).toString() == type;
        return n;
    }
    bool has(const QString &type, qsizetype from) const { return count(type, from) > 0; }
    int countBargeInActions(qsizetype from) const
    {
        int n = 0;
        for (qsizetype i = from; i < m_events.size(); ++i)
            n += isBargeInAction(m_events[i]);
        return n;
    }
    // t_ms of the first such event from index `from` at or after `cliMs`, or −1.
    double firstAfter(const QString &type, qsizetype from, double cliMs) const
    {
        for (qsizetype i = from; i < m_events.size(); ++i) {
            const double t = m_events[i].value(u"t_ms"_s).toDouble();
            if (t >= cliMs && m_events[i].value(u"type"_s).toString() == type)
                return t;
        }
        return -1;
    }
    double firstBefore(const QString &type, qsizetype from, double cliMs) const
    {
        for (qsizetype i = from; i < m_events.size(); ++i) {
            const double t = m_events[i].value(u"t_ms"_s).toDouble();
            if (t < cliMs && m_events[i].value(u"type"_s).toString() == type)
                return t;
        }
        return -1;
    }
    // t_ms of the last such event from index `from` at or before `cliMs`, or −1.
    double lastAtOrBefore(const QString &type, qsizetype from, double cliMs) const
    {
        double last = -1;
        for (qsizetype i = from; i < m_events.size(); ++i) {
            const double t = m_events[i].value(u"t_ms"_s).toDouble();
            if (t <= cliMs && m_events[i].value(u"type"_s).toString() == type)
                last = t;
        }
        return last;
    }
    double firstBargeInActionAfter(qsizetype from, double cliMs) const
    {
        return firstBargeInAction(from, cliMs).value(u"t_ms"_s).toDouble(-1);
    }
    // t_ms of the last local duck/stop from index `from` before `cliMs`, or −1.
    double lastBargeInActionBefore(qsizetype from, double cliMs) const
    {
        double last = -1;
        for (qsizetype i = from; i < m_events.size(); ++i) {
            const double t = m_events[i].value(u"t_ms"_s).toDouble();
            if (t < cliMs && isBargeInAction(m_events[i]))
                last = t;
        }
        return last;
    }
    // The first local duck/stop from index `from` at or after `cliMs`, or an empty object.
    QJsonObject firstBargeInAction(qsizetype from, double cliMs) const
    {
        for (qsizetype i = from; i < m_events.size(); ++i) {
            const double t = m_events[i].value(u"t_ms"_s).toDouble();
            if (t >= cliMs && isBargeInAction(m_events[i]))
                return m_events[i];
        }
        return {};
    }

private:
    QFile m_file;
    QByteArray m_partial;
    QList<QJsonObject> m_events;
    QElapsedTimer m_clock;
    double m_offsetMs = std::numeric_limits<double>::max();
    double m_lastActivityCliMs = 0;
};

// The virtual microphone's feed recorded on the bench's clock: sample i was heard at
// firstSampleBenchMs() + i / 16 ms. Each poll bounds that time from above (the samples so far
// were all there by now); the smallest bound is the estimate.
class MicFeedClock
{
public:
    explicit MicFeedClock(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        audio::test::endWithParent(m_parec);
        m_parec.start(u"parec"_s,
                      {u"--device=livedesk_mic_feed.monitor"_s, u"--format=s16le"_s,
                       u"--rate=16000"_s, u"--channels=1"_s, u"--latency-msec=10"_s, u"--raw"_s});
        m_parec.waitForStarted(5000);
    }
    ~MicFeedClock()
    {
        m_parec.terminate();
        m_parec.waitForFinished(3000);
    }

    void poll()
    {
        m_bytes += m_parec.readAllStandardOutput();
        const double now = double(m_clock.elapsed());
        const qsizetype samples = m_bytes.size() / 2;
        if (samples > 0) {
            m_firstSampleMs = std::min(m_firstSampleMs, now - double(samples) / 16.0);
            m_polls.push_back({samples, now});
        }
    }
    // When sample i was heard, from the polls of the second after it (samples dropped earlier,
    // when the bench was too slow to read, do not shift it).
    double benchMsOf(qsizetype i) const
    {
        double best = std::numeric_limits<double>::max();
        for (const Poll &p : m_polls) {
            if (p.samples >= i && p.samples - i < 16000)
                best = std::min(best, p.benchMs - double(p.samples - i) / 16.0);
        }
        return best == std::numeric_limits<double>::max() ? -1 : best;
    }
    double firstSampleBenchMs() const { return m_firstSampleMs; }
    qsizetype samples() const { return m_bytes.size() / 2; }
    float at(qsizetype i) const
    {
        return float(reinterpret_cast<const int16_t *>(m_bytes.constData())[i]) / 32768.0f;
    }

    // Where `speech` (16 kHz, from its onset) begins in the feed within [fromMs, toMs] of the
    // bench's clock, by normalised cross-correlation (the echo under it does not correlate);
    // −1 if the feed does not hold that window.
    double findBenchMs(std::span<const float> speech, double fromMs, double toMs) const
    {
        // The window's indices from the first sample's time, widened for samples dropped since.
        const qsizetype first = std::max<qsizetype>(0, qsizetype((fromMs - m_firstSampleMs - 300)
                                                                 * 16.0));
        const qsizetype last = qsizetype((toMs - m_firstSampleMs) * 16.0);
        const qsizetype length = qsizetype(speech.size());
        if (last + length > samples() || length == 0)
            return -1;
        double best = -1;
        qsizetype bestLag = -1;
        for (qsizetype lag = first; lag <= last; ++lag) {
            double dot = 0, energy = 0;
            for (qsizetype k = 0; k < length; ++k) {
                const double x = at(lag + k);
                dot += x * speech[size_t(k)];
                energy += x * x;
            }
            const double score = dot / std::sqrt(energy + 1e-12);
            if (score > best) {
                best = score;
                bestLag = lag;
            }
        }
        return benchMsOf(bestLag);
    }

private:
    const QElapsedTimer &m_clock;
    QProcess m_parec;
    QByteArray m_bytes;
    struct Poll
    {
        qsizetype samples;
        double benchMs;
    };
    std::vector<Poll> m_polls;
    double m_firstSampleMs = std::numeric_limits<double>::max();
};

// The speech's onset: its first 10 ms frame within 30 dB of its loudest.
inline qsizetype speechOnset(std::span<const float> x)
{
    const std::vector<float> levels = audio::test::frameLevels(x);
    if (levels.empty())
        return 0;
    const float loudest = *std::max_element(levels.begin(), levels.end());
    for (size_t i = 0; i < levels.size(); ++i) {
        if (levels[i] > loudest - 30)
            return qsizetype(i) * 160;
    }
    return 0;
}

// The residual echo in what livedesk-cli sent while the model spoke, from its --record file (the
// microphone after the voice processing on the left, the model as played on the right), in 10 ms
// frames as livedesk-sim's detector sees them: how near it came to the start threshold (HIGH:
// a frame at −45 dBFS or louder, two in a row start speech).
struct ResidualEcho
{
    int replies = 0;
    int repliesOverThreshold = 0; // with ≥ 20 ms in a row at or above the threshold
    int framesOverThreshold = 0;
    int frames = 0;
    std::vector<float> firstSecondMaxDbfs; // per reply
    std::vector<float> laterMaxDbfs;
    QString error;
};

inline ResidualEcho residualEcho(const QString &opusPath, double thresholdDbfs = -45.0)
{
    ResidualEcho r;
    const audio::test::DecodedOpus decoded = audio::test::decodeOpus(opusPath);
    if (!decoded.error.isEmpty() || decoded.channels != 2) {
        r.error = decoded.error.isEmpty() ? u"not a two-channel recording"_s : decoded.error;
        return r;
    }
    const int frame = decoded.sampleRate / 100;
    const std::vector<float> sent = audio::test::frameLevels(decoded.samples[0], frame);
    const std::vector<float> model = audio::test::frameLevels(decoded.samples[1], frame);
    const size_t n = std::min(sent.size(), model.size());
    // A reply: model frames above −50 dBFS, pauses under 300 ms joined; its echo is looked for
    // until 300 ms after it (the device and the loopback delay it by ~150 ms).
    for (size_t i = 0; i < n;) {
        if (model[i] <= -50) {
            ++i;
            continue;
        }
        size_t last = i;
        size_t j = i;
        for (; j < n && (model[j] > -50 || j - last < 30); ++j) {
            if (model[j] > -50)
                last = j;
        }
        if (last - i >= 10) { // interrupted replies are short
            ++r.replies;
            float firstMax = -120, laterMax = -120;
            int run = 0;
            bool over = false;
            for (size_t k = i; k < std::min(n, last + 30); ++k) {
                float &max = k < i + 100 ? firstMax : laterMax;
                max = std::max(max, sent[k]);
                ++r.frames;
                if (sent[k] >= thresholdDbfs) {
                    ++r.framesOverThreshold;
                    over = over || ++run >= 2;
                } else {
                    run = 0;
                }
            }
            r.repliesOverThreshold += over;
            r.firstSecondMaxDbfs.push_back(firstMax);
            r.laterMaxDbfs.push_back(laterMax);
        }
        i = j;
    }
    return r;
}

inline bool writeS16Wav(const QString &path, std::span<const float> samples16k, QString *error)
{
    const auto s16 = audio::test::toS16(samples16k);
    return dsp::writeWav(path,
                         QByteArray(reinterpret_cast<const char *>(s16.data()),
                                    qsizetype(s16.size() * 2)),
                         16000, 1, error);
}

struct Summary
{
    double median = -1;
    double p95 = -1;
    double max = -1;
    qsizetype count = 0;

    QJsonObject toJson() const
    {
        return {{u"count"_s, count}, {u"median"_s, median}, {u"p95"_s, p95}, {u"max"_s, max}};
    }
};

inline Summary summarize(QList<double> v)
{
    Summary s;
    s.count = v.size();
    if (v.isEmpty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, qsizetype(std::ceil(0.95 * double(v.size()))) - 1)];
    s.max = v.back();
    return s;
}

inline double percent(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

// The machine's load at the start, for the record.
inline QString loadDescription()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"load unknown"_s;
    return u"load average "_s + QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

} // namespace livedesk::bench
