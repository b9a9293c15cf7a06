// Samples another process's CPU time (utime + stime) and memory (VmRSS, VmHWM, and the
// proportional set size from smaps_rollup) from /proc/<pid> twice a second, as `top`, `ps` and
// `smem` would see them.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace livedesk::bench {

struct ProcSample
{
    qint64 atMs = 0; // on the sampler's clock (started with start())
    double cpuSeconds = 0; // user + system since the process started
    qint64 rssKb = 0;
    qint64 hwmKb = 0;
    // Shared pages (libraries, fonts) counted in proportion to the processes mapping them: what
    // the process costs the machine. 0 where smaps_rollup cannot be read (kernels before 4.14).
    qint64 pssKb = 0;
};

// Reads one sample now; nullopt once the process is gone.
std::optional<ProcSample> readProcSample(qint64 pid);

// CPU seconds (user + system) of each thread of `pid` so far, summed by thread name (a
// thread's comm: "livedesk" for the main thread, "ld-audio-proc", …). Empty once it is gone.
QHash<QString, double> readThreadCpuSeconds(qint64 pid);

class ProcSampler : public QObject
{
public:
    explicit ProcSampler(QObject *parent = nullptr);

    void start(qint64 pid, int intervalMs = 500);
    // Takes a sample now (also kept in samples()); nullopt once the process is gone.
    std::optional<ProcSample> sampleNow();
    void stop() { m_timer.stop(); }
    const QList<ProcSample> &samples() const { return m_samples; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_pid = 0;
    QList<ProcSample> m_samples;
};

// CPU and memory figures for the window [from, to] of a sampled run.
struct ProcFigures
{
    double cpuPercent = 0; // of one core
    double cpuSecondsPerMinute = 0;
    double peakRssMb = 0; // VmHWM at `to`
    double steadyRssMb = 0; // median VmRSS over the second half of the window
    double peakPssMb = 0; // the largest Pss sampled in the window
    double steadyPssMb = 0; // median Pss over the second half of the window
    double minutes = 0;
};
std::optional<ProcFigures> procFigures(const QList<ProcSample> &samples, const ProcSample &from,
                                       const ProcSample &to);

} // namespace livedesk::bench
