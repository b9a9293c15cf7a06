#include "audio/bargein.h"

namespace livedesk::audio {

std::optional<BargeInMode> bargeInModeFromString(QStringView text)
{
    for (BargeInMode mode : {BargeInMode::Off, BargeInMode::Duck, BargeInMode::Stop}) {
        if (text.compare(toString(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString toString(BargeInMode mode)
{
    switch (mode) {
    case BargeInMode::Off:
        return QStringLiteral("off");
    case BargeInMode::Duck:
        return QStringLiteral("duck");
    case BargeInMode::Stop:
        return QStringLiteral("stop");
    }
    return {};
}

std::optional<TurnDetection> turnDetectionFromString(QStringView text)
{
    for (TurnDetection d : {TurnDetection::None, TurnDetection::Server, TurnDetection::Client}) {
        if (text.compare(toString(d), Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::nullopt;
}

QString toString(TurnDetection detection)
{
    switch (detection) {
    case TurnDetection::None:
        return QStringLiteral("none");
    case TurnDetection::Server:
        return QStringLiteral("server");
    case TurnDetection::Client:
        return QStringLiteral("client");
    }
    return {};
}

BargeInController::BargeInController(const BargeInSettings &settings)
    : m_settings(settings)
{ }

void BargeInController::setSettings(const BargeInSettings &settings)
{
    m_settings = settings;
}

BargeInActions BargeInController::speechStarted(qint64 nowMs, bool modelSpeaking)
{
    BargeInActions actions;
    switch (m_settings.turnDetection) {
    case TurnDetection::None:
        break;
    case TurnDetection::Server:
        if (!modelSpeaking || m_settings.mode == BargeInMode::Off)
            break;
        if (m_settings.mode == BargeInMode::Duck) {
            if (!m_ducked) {
                m_ducked = true;
                actions.duck = true;
            }
        } else {
            actions.stopPlayback = true;
            if (!m_discarding) {
                m_discarding = true;
                actions.discardTurn = true;
            }
        }
        m_deadlineMs = nowMs + m_settings.confirmWindowMs;
        break;
    case TurnDetection::Client:
        if (modelSpeaking && m_settings.mode == BargeInMode::Off)
            break; // without barge-in the user cannot talk over the model
        if (!m_activityOpen) {
            m_activityOpen = true;
            actions.activityStart = true;
        }
        if (modelSpeaking) {
            // We decided the turn is the user's: no reason to wait for anyone.
            actions.stopPlayback = true;
            if (!m_discarding) {
                m_discarding = true;
                actions.discardTurn = true;
            }
            m_deadlineMs = nowMs + m_settings.confirmWindowMs;
        }
        break;
    }
    return actions;
}

BargeInActions BargeInController::speechEnded(qint64)
{
    BargeInActions actions;
    if (m_activityOpen) {
        m_activityOpen = false;
        actions.activityEnd = true;
    }
    return actions;
}

BargeInActions BargeInController::serverInterrupted(qint64)
{
    BargeInActions actions;
    if (m_ducked) {
        m_ducked = false;
        actions.restoreVolume = true;
    }
    if (m_discarding) {
        m_discarding = false;
        actions.endDiscard = true;
    }
    m_deadlineMs = -1;
    return actions;
}

BargeInActions BargeInController::turnComplete(qint64)
{
    BargeInActions actions;
    // The interrupted turn is over: whatever arrives next is a new turn. A duck stays until the
    // window runs out, since the user may still be talking over the last buffered words.
    if (m_discarding) {
        m_discarding = false;
        actions.endDiscard = true;
        if (!m_ducked)
            m_deadlineMs = -1;
    }
    return actions;
}

BargeInActions BargeInController::stopRequested(qint64 nowMs, bool modelTurnOpen)
{
    BargeInActions actions;
    actions.stopPlayback = true;
    if (m_ducked) {
        m_ducked = false;
        actions.restoreVolume = true;
    }
    if (modelTurnOpen && !m_discarding) {
        m_discarding = true;
        actions.discardTurn = true;
        m_deadlineMs = nowMs + m_settings.confirmWindowMs;
    }
    return actions;
}

BargeInActions BargeInController::tick(qint64 nowMs)
{
    BargeInActions actions;
    if (m_deadlineMs < 0 || nowMs < m_deadlineMs)
        return actions;
    m_deadlineMs = -1;
    if (m_ducked) {
        m_ducked = false;
        actions.restoreVolume = true;
    }
    if (m_discarding) {
        m_discarding = false;
        actions.endDiscard = true;
    }
    return actions;
}

} // namespace livedesk::audio
