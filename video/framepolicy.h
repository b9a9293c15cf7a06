// When a frame goes out. Pure logic on timestamps (milliseconds on the engine's Clock, or media
// time offline), so tests drive it with a hand-advanced clock and benchmarks with media time.
//
// Rules, in order:
//  1. Never two frames less than minIntervalMs() apart (1000 ms at the default and maximum
//     1 FPS; a lower maxFps lowers the rate).
//  2. The first frame after start or resume goes out.
//  3. A fresh frame goes out when the user starts speaking (captured at or after the onset).
//  4. A frame that differs from the last frame sent goes out at the current rate: full rate while
//     the user speaks or the scene moves (and for activeHoldMs after), idle rate otherwise.
//  5. An unchanged scene is re-sent every keepAliveMs so the model knows the view is still live.
#pragma once

#include "video/types.h"

#include <QtGlobal>

#include <optional>

namespace livedesk::video {

struct FramePolicySettings
{
    double maxFps = 1.0; // clamped to (0, 1]: the Live API takes about 1 FPS at most
    double idleFps = 1.0 / 3.0; // while nobody speaks and the scene is still; ≤ maxFps
    int keepAliveMs = 10000; // 0: never re-send an unchanged scene
    ChangeDetection changeDetection = ChangeDetection::SkipUnchanged;
    double changedFraction = 0.004; // vs the last frame sent: worth sending (0.4 % of the picture)
    double activityFraction = 0.03; // vs the previous frame: the scene is moving (3 %)
    int activeHoldMs = 3000; // full rate lasts this long after speech or motion stops
};

struct PolicyDecision
{
    SendReason send = SendReason::None;
    SkipReason skip = SkipReason::None;

    bool shouldSend() const { return send != SendReason::None; }
};

class FramePolicy
{
public:
    explicit FramePolicy(FramePolicySettings settings = {});

    void setSettings(const FramePolicySettings &settings);
    const FramePolicySettings &settings() const { return m_settings; }

    qint64 minIntervalMs() const;
    qint64 idleIntervalMs() const;

    // Forget the last frame sent and any activity: the next frame goes out (start, resume).
    void reset();

    void speechStarted(qint64 nowMs);
    void speechEnded(qint64 nowMs);
    bool isSpeaking() const { return m_speaking; }

    // Cheap pre-check before any pixel work: true when no frame at nowMs may be sent.
    bool isTooEarly(qint64 nowMs) const;
    // Earliest time the next frame may go out; nullopt when nothing was sent yet.
    std::optional<qint64> nextSlotMs() const;
    // Full rate (speech or motion, or within activeHoldMs of either) rather than idle rate.
    bool isActive(qint64 nowMs) const;

    // The verdict for a frame captured at nowMs. changedVsSent / changedVsPrevious are
    // ChangeDetector fractions against the last frame sent and the previous frame looked at
    // (ignored when change detection is off). Records motion; does not record a send.
    PolicyDecision decide(qint64 nowMs, double changedVsSent, double changedVsPrevious);
    // Call once the frame decided on was actually sent.
    void markSent(qint64 nowMs);

private:
    FramePolicySettings m_settings;
    std::optional<qint64> m_lastSentMs;
    std::optional<qint64> m_lastMotionMs;
    std::optional<qint64> m_lastSpeechEndMs;
    std::optional<qint64> m_speechOnsetMs; // set while a speech-onset frame is owed
    bool m_speaking = false;
};

} // namespace livedesk::video
