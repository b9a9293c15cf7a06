#include "video/framepolicy.h"

#include <algorithm>
#include <cmath>

namespace livedesk::video {

namespace {
constexpr double kMaxFps = 1.0;
constexpr double kMinFps = 0.01; // one frame per 100 s; lower is "off", which is pause()

qint64 intervalForFps(double fps)
{
    return qint64(std::ceil(1000.0 / std::clamp(fps, kMinFps, kMaxFps)));
}
} // namespace

FramePolicy::FramePolicy(FramePolicySettings settings)
    : m_settings(settings)
{ }

void FramePolicy::setSettings(const FramePolicySettings &settings)
{
    m_settings = settings;
}

qint64 FramePolicy::minIntervalMs() const
{
    return intervalForFps(m_settings.maxFps);
}

qint64 FramePolicy::idleIntervalMs() const
{
    return std::max(minIntervalMs(), intervalForFps(m_settings.idleFps));
}

void FramePolicy::reset()
{
    m_lastSentMs.reset();
    m_lastMotionMs.reset();
    m_lastSpeechEndMs.reset();
    m_speechOnsetMs.reset();
    // m_speaking survives: the user may still be talking when sharing resumes.
}

void FramePolicy::speechStarted(qint64 nowMs)
{
    m_speaking = true;
    m_speechOnsetMs = nowMs;
}

void FramePolicy::speechEnded(qint64 nowMs)
{
    m_speaking = false;
    m_lastSpeechEndMs = nowMs;
}

bool FramePolicy::isTooEarly(qint64 nowMs) const
{
    return m_lastSentMs && nowMs < *m_lastSentMs + minIntervalMs();
}

std::optional<qint64> FramePolicy::nextSlotMs() const
{
    if (!m_lastSentMs)
        return std::nullopt;
    return *m_lastSentMs + minIntervalMs();
}

bool FramePolicy::isActive(qint64 nowMs) const
{
    const auto recent = [&](const std::optional<qint64> &atMs) {
        return atMs && nowMs - *atMs < m_settings.activeHoldMs;
    };
    return m_speaking || recent(m_lastSpeechEndMs) || recent(m_lastMotionMs);
}

PolicyDecision FramePolicy::decide(qint64 nowMs, double changedVsSent, double changedVsPrevious)
{
    const bool detect = m_settings.changeDetection == ChangeDetection::SkipUnchanged;
    if (detect && changedVsPrevious >= m_settings.activityFraction)
        m_lastMotionMs = nowMs;

    if (!m_lastSentMs)
        return {SendReason::First, SkipReason::None};
    if (isTooEarly(nowMs))
        return {SendReason::None, SkipReason::TooEarly};
    if (m_speechOnsetMs && nowMs >= *m_speechOnsetMs)
        return {SendReason::Speech, SkipReason::None};

    const qint64 sinceSentMs = nowMs - *m_lastSentMs;
    const qint64 intervalMs = isActive(nowMs) ? minIntervalMs() : idleIntervalMs();
    if (!detect) {
        if (sinceSentMs >= intervalMs)
            return {SendReason::Interval, SkipReason::None};
        return {SendReason::None, SkipReason::IdleRate};
    }
    const bool changed = changedVsSent >= m_settings.changedFraction;
    if (changed && sinceSentMs >= intervalMs)
        return {SendReason::Changed, SkipReason::None};
    if (m_settings.keepAliveMs > 0 && sinceSentMs >= m_settings.keepAliveMs)
        return {SendReason::KeepAlive, SkipReason::None};
    return {SendReason::None, changed ? SkipReason::IdleRate : SkipReason::Unchanged};
}

void FramePolicy::markSent(qint64 nowMs)
{
    m_lastSentMs = nowMs;
    if (m_speechOnsetMs && nowMs >= *m_speechOnsetMs)
        m_speechOnsetMs.reset();
}

} // namespace livedesk::video
