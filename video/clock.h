// Time for the frame policy. Every timestamp in video/ is milliseconds on one monotonic clock, so
// the engine, its sources and the policy agree; tests and benchmarks inject a ManualClock (or feed
// media time) to make the ≤ 1 FPS throttle and change detection deterministic.
#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>

namespace livedesk::video {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// std::chrono::steady_clock; every instance reads the same time base.
class SteadyClock final : public Clock
{
public:
    qint64 nowMs() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
};

// Advanced by hand; safe to read from the worker thread while a test advances it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_nowMs(startMs)
    { }
    qint64 nowMs() const override { return m_nowMs.load(std::memory_order_acquire); }
    void setNowMs(qint64 nowMs) { m_nowMs.store(nowMs, std::memory_order_release); }
    void advanceMs(qint64 deltaMs) { m_nowMs.fetch_add(deltaMs, std::memory_order_acq_rel); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace livedesk::video
