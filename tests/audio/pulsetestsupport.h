// Driving the test PulseAudio server (scripts/test-env.sh) from tests: play into the virtual
// microphone, record the virtual speaker, load and unload modules for hot-plug scenarios.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QTest>

#include <cstdint>
#include <span>
#include <vector>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace livedesk::audio::test {

using namespace Qt::StringLiterals;

inline QString pactl(const QStringList &args, bool *ok = nullptr)
{
    QProcess p;
    p.start(u"pactl"_s, args);
    const bool finished = p.waitForFinished(10000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

// A helper process ends with the test or benchmark that started it, even one killed by hand or by
// ctest's timeout: an orphaned `pacat --latency-msec=20 /dev/zero` holds the virtual devices at
// its latency for every later run (tst_pulsecapture then saw as many deliveries with 150 ms
// fragments as with 20 ms ones). Call before start().
inline void endWithParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

inline bool pulseIsRunning()
{
    bool ok = false;
    pactl({u"info"_s}, &ok);
    return ok;
}

inline constexpr const char *kNoPulse
        = "PulseAudio is not running: start the test environment with "
          "'. scripts/test-env.sh start'";

// Loads a module; returns its index, or -1.
inline int loadModule(const QStringList &args)
{
    bool ok = false;
    const QString out = pactl(QStringList {u"load-module"_s} + args, &ok);
    return ok ? out.toInt() : -1;
}

inline void unloadModule(int index)
{
    if (index >= 0)
        pactl({u"unload-module"_s, QString::number(index)});
}

// A run killed before its destructors (by hand, by ctest's timeout) leaves its echo path loaded:
// a second path beside the next run's (docs/benchmarks.md: the echo 3–6 dB louder than
// measured), echo on the microphone of tests that want none, and its streams holding the devices
// at their latency (tst_pulsecapture and tst_audioengine_pulse failed so). Ours carry their
// stream-restore key or the room's sink name in their arguments.
inline void unloadLeftEchoPaths()
{
    const QStringList modules = pactl({u"list"_s, u"short"_s, u"modules"_s})
                                        .split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : modules) {
        if (line.contains(u"livedesk-echo-path"_s) || line.contains(u"sink_name=livedesk_room"_s))
            unloadModule(line.section(u'\t', 0, 0).toInt());
    }
}

// Whether the test server runs, with the virtual devices as a test expects them.
inline bool pulseReady()
{
    if (!pulseIsRunning())
        return false;
    unloadLeftEchoPaths();
    return true;
}

// Records a device as 16 kHz mono s16 from the moment of construction.
class Recorder
{
public:
    explicit Recorder(const QString &device)
    {
        m_process.start(u"parec"_s, {u"--device="_s + device, u"--format=s16le"_s, u"--rate=16000"_s,
                                     u"--channels=1"_s, u"--latency-msec=10"_s, u"--raw"_s});
        m_process.waitForStarted(5000);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this] { m_bytes += m_process.readAllStandardOutput(); });
    }
    ~Recorder() { stop(); }

    bool isRunning() const { return m_process.state() == QProcess::Running; }

    std::vector<float> stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_bytes += m_process.readAllStandardOutput();
            m_process.terminate();
            m_process.waitForFinished(3000);
            m_bytes += m_process.readAllStandardOutput();
        }
        std::vector<float> out(size_t(m_bytes.size() / 2));
        const auto *s = reinterpret_cast<const int16_t *>(m_bytes.constData());
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = float(s[i]) / 32768.0f;
        return out;
    }
    qint64 bytesSoFar()
    {
        m_bytes += m_process.readAllStandardOutput();
        return m_bytes.size();
    }

private:
    QProcess m_process;
    QByteArray m_bytes;
};

// Plays a WAV file into a sink (the virtual microphone's feed by default).
inline bool playInto(QProcess &process, const QString &wavPath,
                     const QString &sink = u"livedesk_mic_feed"_s)
{
    process.start(u"paplay"_s, {u"--device="_s + sink, wavPath});
    return process.waitForStarted(5000);
}

// Keeps the virtual microphone delivering like a live one: an idle null sink's monitor hands
// out audio in blocks of up to two seconds, which would delay whatever is played into it next.
class LiveMicrophone
{
public:
    LiveMicrophone()
    {
        endWithParent(m_process);
        m_process.start(u"pacat"_s, {u"--playback"_s, u"--device=livedesk_mic_feed"_s,
                                     u"--format=s16le"_s, u"--rate=16000"_s, u"--channels=1"_s,
                                     u"--latency-msec=20"_s, u"/dev/zero"_s});
        m_process.waitForStarted(5000);
    }
    ~LiveMicrophone()
    {
        m_process.terminate();
        m_process.waitForFinished(3000);
    }

private:
    QProcess m_process;
};

// Waits (processing events) until `done()` or the timeout.
template<typename Done>
bool waitUntil(Done &&done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(5);
    }
    return true;
}

// Frame-by-frame (10 ms at 16 kHz) RMS in dBFS.
inline std::vector<float> frameLevels(std::span<const float> x, int frame = 160)
{
    std::vector<float> out;
    for (size_t i = 0; i + size_t(frame) <= x.size(); i += size_t(frame)) {
        double sum = 0;
        for (int k = 0; k < frame; ++k)
            sum += double(x[i + size_t(k)]) * x[i + size_t(k)];
        out.push_back(float(10.0 * std::log10(sum / frame + 1e-12)));
    }
    return out;
}

} // namespace livedesk::audio::test
