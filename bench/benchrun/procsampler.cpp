#include "bench/benchrun/procsampler.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace livedesk::bench {

std::optional<ProcSample> readProcSample(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly) || !status.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray statText = stat.readAll();
    // The command name (field 2) may contain spaces and parentheses: count fields after the last ')'.
    const qsizetype close = statText.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = statText.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    // fields[0] is field 3 (state): utime is field 14, stime field 15.
    static const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    ProcSample sample;
    sample.cpuSeconds = double(fields[11].toLongLong() + fields[12].toLongLong()) / ticksPerSecond;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const auto kb = [&] { return line.mid(6).trimmed().split(' ').value(0).toLongLong(); };
        if (line.startsWith("VmRSS:"))
            sample.rssKb = kb();
        else if (line.startsWith("VmHWM:"))
            sample.hwmKb = kb();
    }
    if (sample.rssKb == 0) // a zombie has no memory lines
        return std::nullopt;
    QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(pid));
    if (rollup.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> rollupLines = rollup.readAll().split('\n');
        for (const QByteArray &line : rollupLines) {
            if (line.startsWith("Pss:")) {
                sample.pssKb = line.mid(4).trimmed().split(' ').value(0).toLongLong();
                break;
            }
        }
    }
    return sample;
}

QHash<QString, double> readThreadCpuSeconds(qint64 pid)
{
    QHash<QString, double> byName;
    static const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    const QStringList tasks = QDir(u"/proc/%1/task"_s.arg(pid))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tasks) {
        QFile stat(u"/proc/%1/task/%2/stat"_s.arg(pid).arg(tid));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // the thread ended meanwhile
        const QByteArray text = stat.readAll();
        const qsizetype open = text.indexOf('(');
        const qsizetype close = text.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        byName[QString::fromUtf8(text.mid(open + 1, close - open - 1))]
                += double(fields[11].toLongLong() + fields[12].toLongLong()) / ticksPerSecond;
    }
    return byName;
}

ProcSampler::ProcSampler(QObject *parent)
    : QObject(parent)
{
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] { sampleNow(); });
}

void ProcSampler::start(qint64 pid, int intervalMs)
{
    m_pid = pid;
    m_samples.clear();
    m_clock.start();
    m_timer.start(intervalMs);
    sampleNow();
}

std::optional<ProcSample> ProcSampler::sampleNow()
{
    std::optional<ProcSample> sample = readProcSample(m_pid);
    if (!sample)
        return std::nullopt;
    sample->atMs = m_clock.elapsed();
    m_samples << *sample;
    return sample;
}

std::optional<ProcFigures> procFigures(const QList<ProcSample> &samples, const ProcSample &from,
                                       const ProcSample &to)
{
    const qint64 wallMs = to.atMs - from.atMs;
    if (wallMs <= 0)
        return std::nullopt;
    ProcFigures f;
    f.minutes = double(wallMs) / 60000.0;
    const double cpu = to.cpuSeconds - from.cpuSeconds;
    f.cpuPercent = 100.0 * cpu / (double(wallMs) / 1000.0);
    f.cpuSecondsPerMinute = cpu / f.minutes;
    f.peakRssMb = double(to.hwmKb) / 1024.0;
    QList<qint64> rss;
    QList<qint64> pss;
    qint64 peakPssKb = to.pssKb;
    const qint64 half = from.atMs + wallMs / 2;
    for (const ProcSample &s : samples) {
        if (s.atMs >= from.atMs && s.atMs <= to.atMs)
            peakPssKb = std::max(peakPssKb, s.pssKb);
        if (s.atMs >= half && s.atMs <= to.atMs) {
            rss << s.rssKb;
            pss << s.pssKb;
        }
    }
    if (rss.isEmpty()) {
        rss << to.rssKb;
        pss << to.pssKb;
    }
    std::sort(rss.begin(), rss.end());
    std::sort(pss.begin(), pss.end());
    f.steadyRssMb = double(rss[rss.size() / 2]) / 1024.0;
    f.peakPssMb = double(peakPssKb) / 1024.0;
    f.steadyPssMb = double(pss[pss.size() / 2]) / 1024.0;
    return f;
}

} // namespace livedesk::bench
