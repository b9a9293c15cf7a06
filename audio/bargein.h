// Local barge-in: what the engine does with the model's voice when the user starts speaking, on
// its own, without waiting a round trip for the server. Pure decision logic over events and a
// millisecond clock, so every rule is testable row by row; the audio processor carries out the
// actions it returns.
//
// Server-driven turns (the service detects activity):
//  - Duck: local speech while the model speaks lowers the model's voice at once; the server's
//    `interrupted` flushes it; if the server does not confirm within `confirmWindowMs`, the
//    volume comes back (the service did not take it as an interruption).
//  - Stop: local speech stops playback at once and drops the rest of that model turn until the
//    server confirms (`interrupted` or `turnComplete`) or the window runs out.
//  - Off: nothing happens locally; the server still interrupts.
// Client-driven turns (automatic activity detection disabled): local speech produces activity
// start/end for the session to send; if the model is speaking (and barge-in is not Off) playback
// stops at once. With barge-in Off, speech while the model speaks is ignored (no activity).
// Push-to-talk (TurnDetection::None): only explicit requests (stopRequested) act.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace livedesk::audio {

enum class BargeInMode { Off, Duck, Stop };
enum class TurnDetection {
    None, // push-to-talk: nobody detects activity; the app starts and ends turns
    Server, // the service's automatic activity detection
    Client, // the engine's voice activity detector drives activityStart/End
};

// "off", "duck", "stop" (case-insensitive) — for command lines and settings files.
std::optional<BargeInMode> bargeInModeFromString(QStringView text);
QString toString(BargeInMode mode);
// "none" (push-to-talk), "server", "client".
std::optional<TurnDetection> turnDetectionFromString(QStringView text);
QString toString(TurnDetection detection);

struct BargeInSettings
{
    BargeInMode mode = BargeInMode::Duck;
    TurnDetection turnDetection = TurnDetection::Server;
    int confirmWindowMs = 1500;
    float duckGainDb = -20.0f;
};

struct BargeInActions
{
    bool duck = false; // lower the model's voice to duckGainDb
    bool restoreVolume = false;
    bool stopPlayback = false; // flush what is queued, with the short fade
    bool discardTurn = false; // drop the rest of the current model turn as it arrives
    bool endDiscard = false; // stop dropping (turn boundary or window ran out)
    bool activityStart = false;
    bool activityEnd = false;

    bool any() const
    {
        return duck || restoreVolume || stopPlayback || discardTurn || endDiscard || activityStart
               || activityEnd;
    }
};

class BargeInController
{
public:
    explicit BargeInController(const BargeInSettings &settings = {});

    void setSettings(const BargeInSettings &settings);
    const BargeInSettings &settings() const { return m_settings; }

    // `modelSpeaking`: model audio is playing or queued for playback.
    BargeInActions speechStarted(qint64 nowMs, bool modelSpeaking);
    BargeInActions speechEnded(qint64 nowMs);
    // The server's serverContent.interrupted (the caller flushes playback regardless).
    BargeInActions serverInterrupted(qint64 nowMs);
    // The server's turnComplete (or generationComplete) for the current model turn.
    BargeInActions turnComplete(qint64 nowMs);
    // Click-to-talk pressed while the model may be speaking.
    BargeInActions stopRequested(qint64 nowMs, bool modelTurnOpen);
    // Runs out the confirmation window.
    BargeInActions tick(qint64 nowMs);

    bool isDucked() const { return m_ducked; }
    bool isDiscarding() const { return m_discarding; }
    bool isActivityOpen() const { return m_activityOpen; }

private:
    BargeInSettings m_settings;
    bool m_ducked = false;
    bool m_discarding = false;
    bool m_activityOpen = false;
    qint64 m_deadlineMs = -1;
};

} // namespace livedesk::audio
