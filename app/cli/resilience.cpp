#include "app/cli/resilience.h"

#include "app/cli/clirun.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace livedesk::app {

using session::LiveSession;
using session::ReconnectInfo;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Cli", text);
}

} // namespace

QString ResilienceModule::title() const
{
    return tr("Connection recovery");
}

QList<QCommandLineOption> ResilienceModule::options() const
{
    return {
            {u"no-reconnect"_s,
             tr("End the run when the connection ends, instead of reconnecting (goAway "
                "handovers, drops, server errors).")},
            {u"max-reconnects"_s,
             tr("Give up after N failed reconnect attempts in a row (default 12; 0: never)."),
             u"N"_s},
            {u"no-resumption"_s,
             tr("Do not ask for resumption handles: every reconnect starts a fresh session "
                "seeded with the transcript.")},
            {u"compression-trigger"_s, tr("Compress the context when it reaches N tokens."), u"N"_s},
            {u"compression-target"_s, tr("Compress the context down to N tokens."), u"N"_s},
            {u"stall-timeout"_s,
             tr("Seconds without any server message while a reply is expected before the "
                "turn counts as stalled (default 15; 0: no watchdog)."),
             u"S"_s},
            {u"stall-retry"_s,
             tr("What to do about a stalled reply: resend the turn (default), reconnect and ask "
                "again, or none."),
             u"resend|reconnect|none"_s},
            {u"failover-location"_s,
             tr("Vertex AI: a location to try, in order, when the current one is unavailable "
                "(repeatable)."),
             u"LOCATION"_s},
    };
}

bool ResilienceModule::read(const QCommandLineParser &parser, CliOptions &options, QString *error)
{
    SessionSettings &s = options.session;
    m_reconnect = parser.isSet(u"no-reconnect"_s) ? session::ReconnectMode::Off
                                                  : session::ReconnectMode::Automatic;
    qint64 value = m_maxReconnects;
    if (!readCliInt(parser, u"max-reconnects"_s, 0, 100000, &value, error))
        return false;
    m_maxReconnects = int(value);
    s.sessionResumption = !parser.isSet(u"no-resumption"_s);
    // contextCompression itself is the session module's --no-context-compression.
    for (const QString &flag : {u"compression-trigger"_s, u"compression-target"_s}) {
        if (!parser.isSet(flag))
            continue;
        if (!s.contextCompression) {
            *error = tr("--%1 needs compression; it cannot go with --no-context-compression")
                             .arg(flag);
            return false;
        }
        value = 0;
        if (!readCliInt(parser, flag, 1, qint64(1) << 40, &value, error))
            return false;
        (flag == u"compression-trigger" ? s.compressionTriggerTokens : s.compressionTargetTokens)
                = value;
    }
    if (s.compressionTriggerTokens && s.compressionTargetTokens
        && *s.compressionTargetTokens >= *s.compressionTriggerTokens) {
        *error = tr("--compression-target must be smaller than --compression-trigger");
        return false;
    }
    if (parser.isSet(u"stall-timeout"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"stall-timeout"_s).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 3600) {
            *error = tr("--stall-timeout expects seconds from 0 to 3600, not \"%1\"")
                             .arg(parser.value(u"stall-timeout"_s));
            return false;
        }
        m_stallTimeoutMs = int(seconds * 1000);
    }
    const QString retry = parser.value(u"stall-retry"_s).toLower();
    if (retry.isEmpty() || retry == u"resend")
        m_stallRetry = StallRetry::Resend;
    else if (retry == u"reconnect")
        m_stallRetry = StallRetry::Reconnect;
    else if (retry == u"none")
        m_stallRetry = StallRetry::None;
    else {
        *error = tr("--stall-retry expects resend, reconnect or none, not \"%1\"").arg(retry);
        return false;
    }
    s.failoverLocations = parser.values(u"failover-location"_s);
    if (!s.failoverLocations.isEmpty() && s.backend != session::Backend::VertexAi) {
        *error = tr("--failover-location is for Vertex AI (--vertex)");
        return false;
    }
    return true;
}

bool ResilienceModule::attach(CliRun &run, QString *error)
{
    Q_UNUSED(error)
    LiveSession &session = run.session();
    // The conversation turns these and the model's needs (history seeding) into the session's
    // options when it opens.
    RecoveryOptions recovery = run.conversation().recovery();
    recovery.reconnect = m_reconnect;
    recovery.maxReconnects = m_maxReconnects;
    recovery.replyTimeoutMs = m_stallTimeoutMs;
    recovery.stallRecovery = m_stallRetry == StallRetry::Reconnect
                                     ? session::StallRecovery::Reconnect
                                     : session::StallRecovery::ResendTurn;
    run.conversation().setRecovery(recovery);

    // The events and figures are the conversation's log's (ConversationLog); the run prints a
    // discreet mark in the transcript and takes the offered retry itself.
    run.log().setStallRetry(m_stallRetry == StallRetry::None        ? u"none"_s
                            : m_stallRetry == StallRetry::Reconnect ? u"reconnect"_s
                                                                    : u"resend"_s);
    const bool quiet = run.options().quiet;
    auto note = [quiet](const QString &line) {
        // The user did nothing, but may want to know.
        if (!quiet)
            QTextStream(stdout) << "  · " << line << Qt::endl;
    };
    QObject::connect(&session, &LiveSession::reconnected, &session,
                     [note](const ReconnectInfo &info) {
                         note(tr("new connection (%1, %2 ms)")
                                      .arg(session::resumeModeName(info.mode))
                                      .arg(info.gapMs));
                     });
    QObject::connect(&session, &LiveSession::contextRestored, &session, [note](int turns) {
        note(tr("the conversation continues in a new session; its context was restored from "
                "the transcript (%1 turns)")
                     .arg(turns));
    });
    const StallRetry retry = m_stallRetry;
    QObject::connect(&session, &LiveSession::replyStalled, &session,
                     [&run, note, retry](session::StallCause, qint64 silentMs) {
                         const bool retrying = retry != StallRetry::None;
                         note(tr("no reply for %1 s%2")
                                      .arg(silentMs / 1000.0, 0, 'f', 1)
                                      .arg(retrying ? tr("; asking again") : QString()));
                         if (retrying)
                             run.session().retryStalledTurn();
                     });
    return true;
}

} // namespace livedesk::app
