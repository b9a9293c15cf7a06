// What to do when a Live connection ends without the user asking: the retry policy of
// live-protocol.md §5 ("1007 and 1008 are permanent; 1011 after a goAway and 1006: reconnect
// with the handle; RESOURCE_EXHAUSTED: back off") plus region failover and the resume-rejected
// path. Plain functions on plain data, so every rule has a unit test (tst_reconnectpolicy).
#pragma once

#include "session/sessionerror.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace livedesk::session {

Q_NAMESPACE

// Why a session left Live for Reconnecting. Written to events.jsonl as reconnectReasonName().
enum class ReconnectReason {
    None,
    GoAway, // handover at a resumable point after the server's goAway
    GoAwayForced, // handover mid-turn: the goAway's timeLeft was nearly gone
    ConnectionLost, // TCP dropped, no close frame (1006), socket error
    KeepAliveTimeout, // nothing received (no frame, no pong) for keepAliveTimeoutMs
    ServerClosed, // 1011 internal / deadline, 1001 going away and other server closes
    SetupTimeout, // no setupComplete on a reconnect attempt
    Quota, // RESOURCE_EXHAUSTED: longer backoff
    Unavailable, // the endpoint is unavailable (HTTP 5xx, 1011/1013 UNAVAILABLE, refused)
    ResumptionRejected, // the handle was refused (1008 session not found, 1007 on a resume)
    Stall, // the reply watchdog fired and the retry asked for a new connection
    ServerRejected, // 1007/1008 on a connection that was set up (the service's random 1008)
};
Q_ENUM_NS(ReconnectReason)

// How the new connection continues the conversation.
enum class ResumeMode {
    None,
    Resumed, // setup.sessionResumption.handle: the server restores the session
    FreshWithHistory, // a new session seeded with the transcript as clientContent
    Fresh, // a new session with no history (nothing to restore)
};
Q_ENUM_NS(ResumeMode)

// "go_away", "connection_lost", … for event files and metrics.
QString reconnectReasonName(ReconnectReason reason);
// "resumed", "fresh_with_history", "fresh".
QString resumeModeName(ResumeMode mode);

struct BackoffOptions
{
    // The first attempt after a drop goes out at once; later ones wait baseDelayMs × 2^(n-2),
    // capped at maxDelayMs, each ± jitter (a fraction: 0.3 = ±30 %), so many clients dropped by
    // one outage do not come back in step.
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    double jitter = 0.3;
    // RESOURCE_EXHAUSTED: a retry in half a second only makes it worse.
    int quotaBaseDelayMs = 10000;
    int quotaMaxDelayMs = 5 * 60 * 1000;
    // Attempts (connections tried) before giving up and ending in Failed; 0 = never give up.
    // Counted since the last connection that proved itself (LiveSessionOptions::
    // provenConnectionMs), so connections the server closes at once count too.
    int maxAttempts = 12;
    // A 1007/1008 after setupComplete is resumed from this many times in a row (no proven
    // connection between them); the next one is final.
    int maxRejectionsInRow = 3;
};

enum class RecoveryAction {
    None,
    Reconnect, // the same endpoint, after delayMs, resuming if a handle is usable
    NextEndpoint, // the next endpoint of the failover list, after delayMs
    FreshSession, // the handle was refused: a new session seeded with the transcript, at once
    GiveUp, // permanent (auth, configuration, policy) or out of attempts: Failed
};

struct RecoveryContext
{
    bool wasLive = false; // the session has been Live at least once
    bool resumeAttempt = false; // the connection that failed was trying a handle
    bool beforeUpgrade = false; // it failed before the WebSocket upgrade completed
    int attempt = 0; // 1-based number of the attempt that would follow
    int endpointCount = 1; // entries in the failover list
    int endpointsTriedThisRound = 1; // distinct endpoints tried since the last success
    ReconnectReason reason = ReconnectReason::None; // from the call site (keep-alive, setup, …)
    bool afterSetup = false; // the connection that ended had its setupComplete
    int rejectionsInRow = 0; // mid-session 1007/1008 recovered from since the last proven one
};

struct RecoveryDecision
{
    RecoveryAction action = RecoveryAction::None;
    ReconnectReason reason = ReconnectReason::None;
    int delayMs = 0;
};

// A failure that says the endpoint itself cannot serve now: HTTP 502/503/504, or a close whose
// reason says UNAVAILABLE, or 1013/1014. These (and a connection that could not be made at all,
// RecoveryContext::beforeUpgrade) move to the next endpoint of a failover list.
bool isUnavailable(const SessionError &error);

// The server refused a resumption handle: 1008 "session not found", or a 1007 that is not about
// the credential (live-protocol.md §4.6: "a rejected resume has been seen as a 1007 close").
bool isRejectedResumption(const SessionError &error);

// A 1007 or 1008 the service sends at random on a working connection ("Operation is not
// implemented, or supported, or enabled.", often around tool calls): configuration and policy
// words after setupComplete, not the credential or the quota.
bool isMidSessionRejection(const SessionError &error, const RecoveryContext &context);

// Delay before attempt `attempt` (1-based; attempt 1 = at once). `random01` in [0, 1) makes the
// jitter deterministic in tests.
int backoffDelayMs(int attempt, ReconnectReason reason, const BackoffOptions &options,
                   double random01);

RecoveryDecision decideRecovery(const SessionError &error, const RecoveryContext &context,
                                const BackoffOptions &options, double random01);

} // namespace livedesk::session
