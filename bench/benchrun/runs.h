// The runs of bench/run: livedesk-cli (audio only, then with video) and the GUI (livedesk,
// hands-free), each against its own livedesk-sim and sampled from /proc while the standard
// conversation is spoken.
#pragma once

#include "bench/benchrun/conversation.h"
#include "bench/benchrun/figures.h"

namespace livedesk::bench {

struct RunSettings
{
    QString binDir; // livedesk-cli, livedesk-sim, livedesk
    QString workDir; // events, metrics, frame logs, start-up reports (kept for inspection)
    Length length = Length::Unspecified;
    qint64 minDurationMs = 0; // Full: the conversation lasts at least this long
    // The simulator ends each connection after this long (goAway `noticeS` before), so the run
    // goes through goAway handovers.
    double connectionLifetimeS = 0;
    double goAwayNoticeS = 0;
    int roomLatencyMs = RoomNoise::kDefaultLatencyMs; // the room noise feed's (RoomNoise)
};

// The simulator's end-of-speech silence (its VAD's default `silenceDurationMs`, which the CLI
// does not change): the part of "speech end → first model audio" that is the service's rule.
inline constexpr double kSimulatorEndOfSpeechMs = 600;

// `videoPath` empty: audio only.
RunFigures runCli(Run run, const RunSettings &settings, const ConversationScript &script,
                  const QString &videoPath);
RunFigures runGui(const RunSettings &settings, const ConversationScript &script);

// A 1 FPS camera-like recording (a person at a desk, gestures now and then, sensor noise),
// written once and reused. False with an error.
bool ensureCameraVideo(const QString &path, int seconds, QString *error);

} // namespace livedesk::bench
