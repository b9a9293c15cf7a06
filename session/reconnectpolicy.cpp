#include "session/reconnectpolicy.h"

#include <QAbstractSocket>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace livedesk::session {

QString reconnectReasonName(ReconnectReason reason)
{
    switch (reason) {
    case ReconnectReason::None:
        return u"none"_s;
    case ReconnectReason::GoAway:
        return u"go_away"_s;
    case ReconnectReason::GoAwayForced:
        return u"go_away_forced"_s;
    case ReconnectReason::ConnectionLost:
        return u"connection_lost"_s;
    case ReconnectReason::KeepAliveTimeout:
        return u"keep_alive_timeout"_s;
    case ReconnectReason::ServerClosed:
        return u"server_closed"_s;
    case ReconnectReason::SetupTimeout:
        return u"setup_timeout"_s;
    case ReconnectReason::Quota:
        return u"quota"_s;
    case ReconnectReason::Unavailable:
        return u"unavailable"_s;
    case ReconnectReason::ResumptionRejected:
        return u"resumption_rejected"_s;
    case ReconnectReason::Stall:
        return u"stall"_s;
    case ReconnectReason::ServerRejected:
        return u"server_rejected"_s;
    }
    return {};
}

QString resumeModeName(ResumeMode mode)
{
    switch (mode) {
    case ResumeMode::None:
        return u"none"_s;
    case ResumeMode::Resumed:
        return u"resumed"_s;
    case ResumeMode::FreshWithHistory:
        return u"fresh_with_history"_s;
    case ResumeMode::Fresh:
        return u"fresh"_s;
    }
    return {};
}

bool isUnavailable(const SessionError &error)
{
    if (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504)
        return true;
    if (error.reason.contains("UNAVAILABLE"_L1, Qt::CaseInsensitive)
        && error.category != ErrorCategory::Auth && error.category != ErrorCategory::Quota)
        return true;
    return error.closeCode == 1013 || error.closeCode == 1014; // try again later, bad gateway
}

bool isRejectedResumption(const SessionError &error)
{
    if (error.closeCode == 1008)
        return error.reason.contains("session not found"_L1, Qt::CaseInsensitive);
    if (error.closeCode == 1007)
        return error.category == ErrorCategory::ModelConfig;
    return false;
}

bool isMidSessionRejection(const SessionError &error, const RecoveryContext &context)
{
    return context.afterSetup && context.wasLive
           && (error.closeCode == 1007 || error.closeCode == 1008)
           && (error.category == ErrorCategory::ModelConfig
               || error.category == ErrorCategory::Policy);
}

int backoffDelayMs(int attempt, ReconnectReason reason, const BackoffOptions &options,
                   double random01)
{
    const bool quota = reason == ReconnectReason::Quota;
    // Quota errors wait from the first retry on; other failures get one immediate attempt.
    const int exponent = quota ? attempt - 1 : attempt - 2;
    if (exponent < 0)
        return 0;
    const double base = quota ? options.quotaBaseDelayMs : options.baseDelayMs;
    const double cap = quota ? options.quotaMaxDelayMs : options.maxDelayMs;
    const double nominal = std::min(cap, base * std::pow(2.0, std::min(exponent, 30)));
    const double jitter = std::clamp(options.jitter, 0.0, 1.0);
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return int(std::lround(std::max(0.0, nominal * factor)));
}

RecoveryDecision decideRecovery(const SessionError &error, const RecoveryContext &context,
                                const BackoffOptions &options, double random01)
{
    RecoveryDecision d;
    d.reason = context.reason;
    auto giveUp = [&d] {
        d.action = RecoveryAction::GiveUp;
        d.delayMs = 0;
        return d;
    };

    if (context.resumeAttempt && isRejectedResumption(error)) {
        d.reason = ReconnectReason::ResumptionRejected;
        d.action = RecoveryAction::FreshSession;
        return d;
    }
    if (isMidSessionRejection(error, context)) {
        // The setup was accepted, so the configuration is not the cause: resume, a few times.
        if (context.rejectionsInRow >= options.maxRejectionsInRow
            || (options.maxAttempts > 0 && context.attempt > options.maxAttempts))
            return giveUp();
        d.reason = ReconnectReason::ServerRejected;
        d.action = RecoveryAction::Reconnect;
        d.delayMs = backoffDelayMs(context.attempt, d.reason, options, random01);
        return d;
    }
    switch (error.category) {
    case ErrorCategory::Auth:
    case ErrorCategory::ModelConfig:
    case ErrorCategory::Policy:
    case ErrorCategory::None:
        // Permanent: the same request would be refused again. Shown, never retried.
        return giveUp();
    case ErrorCategory::Quota:
    case ErrorCategory::Network:
    case ErrorCategory::Server:
    case ErrorCategory::Timeout:
    case ErrorCategory::Protocol:
        break;
    }

    // Nothing answered at all (refused, unknown host, unreachable, connect timeout) counts as
    // unavailable too; a keep-alive timeout on an open connection does not.
    const bool unavailable = isUnavailable(error)
                             || (context.beforeUpgrade && error.category == ErrorCategory::Network);
    if (d.reason == ReconnectReason::None) {
        if (error.category == ErrorCategory::Quota)
            d.reason = ReconnectReason::Quota;
        else if (unavailable)
            d.reason = ReconnectReason::Unavailable;
        else if (error.category == ErrorCategory::Network)
            d.reason = ReconnectReason::ConnectionLost;
        else if (error.category == ErrorCategory::Timeout)
            d.reason = ReconnectReason::SetupTimeout;
        else
            d.reason = ReconnectReason::ServerClosed;
    }

    const bool untriedEndpoint = context.endpointsTriedThisRound < context.endpointCount;
    if (!context.wasLive) {
        // The first connection: a wrong host or a dead service is reported, not retried for
        // minutes; only the failover list is walked once.
        if (unavailable && untriedEndpoint) {
            d.action = RecoveryAction::NextEndpoint;
            return d;
        }
        return giveUp();
    }
    if (options.maxAttempts > 0 && context.attempt > options.maxAttempts)
        return giveUp();
    if (unavailable && context.endpointCount > 1) {
        d.action = RecoveryAction::NextEndpoint;
        d.delayMs = untriedEndpoint ? 0
                                    : backoffDelayMs(context.attempt, d.reason, options, random01);
        return d;
    }
    d.action = RecoveryAction::Reconnect;
    d.delayMs = backoffDelayMs(context.attempt, d.reason, options, random01);
    return d;
}

} // namespace livedesk::session
