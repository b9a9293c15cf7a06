// livedesk-cli's "Connection recovery" flags and what the run records about recovery: the
// session's reconnect policy, resumption and compression switches, the reply watchdog (the CLI
// takes the offered retry itself), Vertex failover locations; `reconnect`, `context_restored`,
// `stall` and `input_dropped` events; the recovery figures in metrics.json (docs/cli.md).
#pragma once

#include "app/cli/clioptions.h"
#include "session/livesession.h"

namespace livedesk::app {

enum class StallRetry { Unspecified, Resend, Reconnect, None }; // Unspecified = Resend

class ResilienceModule : public CliModule
{
public:
    QString title() const override;
    QList<QCommandLineOption> options() const override;
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override;
    bool attach(CliRun &run, QString *error) override;

private:
    session::ReconnectMode m_reconnect = session::ReconnectMode::Automatic;
    int m_maxReconnects = session::BackoffOptions {}.maxAttempts;
    int m_stallTimeoutMs = session::LiveSessionOptions {}.replyTimeoutMs;
    StallRetry m_stallRetry = StallRetry::Resend;
};

} // namespace livedesk::app
