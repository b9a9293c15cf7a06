// The CLI's one built-in function, get_current_time, kept small and apart so the tools module's
// registry can replace it: BuiltinToolsModule declares the function in the setup and answers
// every toolCall. Calls it does not know are answered with an error response rather than left
// pending, since a blocking call nobody answers stalls the conversation (peers' pain point 10).
#pragma once

#include "app/cli/clioptions.h"
#include "session/protocol/types.h"

#include <QDateTime>
#include <QTimeZone>

namespace livedesk::app {

namespace builtin {

inline constexpr auto kCurrentTimeName = "get_current_time";

protocol::FunctionDeclaration currentTimeDeclaration();
// {"output": {"iso8601", "date", "time", "time_zone", "utc_offset"}} for `now` in `zone`.
QJsonObject currentTimeResult(const QDateTime &now, const QTimeZone &zone);
// The response to any call: the result for get_current_time, an error for anything else.
protocol::FunctionResponse respond(const protocol::FunctionCall &call);

} // namespace builtin

class BuiltinToolsModule : public CliModule
{
public:
    QString title() const override;
    QList<QCommandLineOption> options() const override;
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override;
    bool attach(CliRun &run, QString *error) override;

private:
    bool m_enabled = true;
};

} // namespace livedesk::app
