// livedesk-cli's function calling, through the conversation's toolbox (Conversation::setUpTools,
// shared with the desktop app; this module only supplies the choices and consent): the built-in
// get_current_time (declared and answered unless --no-builtin-tools), user-defined tools
// (--tools FILE), MCP servers (--mcp-config FILE), Google Search (--google-search), and consent
// by --approve-tools all|none|NAME,… since no one is there to ask.
//
// - Files are read and checked before anything connects (exit 2 for a bad one); MCP servers are
//   started before the session connects, and the setup waits until each has started or failed
//   (a server that fails is a warning, not an error: its tools are left out).
// - Without --approve-tools only built-ins without side effects run; a call that would need
//   someone's approval is refused: the model gets an error it can read, the run prints a warning
//   line, and the conversation goes on.
// - events.jsonl gets the dispatcher's detail for each call (tool_call_started,
//   tool_call_awaiting_confirmation, tool_call_finished with durationMs, tool_call_failed,
//   tool_call_cancelled) next to the run's tool_call / tool_response, and mcp_server status
//   changes; metrics.json gets "tools".
#pragma once

#include "app/cli/clioptions.h"

#include <QHash>
#include <QSet>

namespace livedesk::tools {
class Toolbox;
struct ToolCallRecord;
} // namespace livedesk::tools

namespace livedesk::app {

class ToolsCliModule : public CliModule
{
public:
    ToolsCliModule();
    ~ToolsCliModule() override;

    QString title() const override;
    QList<QCommandLineOption> options() const override;
    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override;
    bool attach(CliRun &run, QString *error) override;

    bool builtinsEnabled() const { return m_builtins; }

private:
    void applySetupTools(CliRun &run);
    void onCallUpdated(CliRun &run, const tools::ToolCallRecord &record);
    void onServerStatus(CliRun &run, const QString &name);
    void onResponseSent(CliRun &run, const protocol::ToolResponse &response);
    void onTurnCompleted(CliRun &run);
    void releaseOwed(CliRun &run, int count);
    bool isNonBlocking(CliRun &run, const QString &name) const;

    bool m_builtins = true;
    bool m_googleSearch = false;
    QString m_toolsFile;
    QString m_mcpConfigFile;
    QString m_approveTools;

    tools::Toolbox *m_toolbox = nullptr; // the conversation's (Conversation::setUpTools)
    bool m_startHeld = false;
    QHash<QString, int> m_serverStates; // last McpServerState seen per server, for warnings
    // NON_BLOCKING calls (3.8 Live): the model says a filler and ends its turn, and speaks the
    // result later. Neither the next input nor the end of the run comes before that: a call
    // holds both from its arrival until its result was answered SILENT, cancelled, or spoken
    // (a turnComplete after the answer whose interactionStatus is not IN_PROGRESS).
    QSet<QString> m_awaitingResponse; // NON_BLOCKING calls not answered yet, by id
    int m_answeredOwed = 0; // answered (not SILENT); the model has still to speak them
    // Answered before this module saw the call (a refusal is sent from inside the call's
    // signal): id → answered SILENT.
    QHash<QString, bool> m_answeredFirst;
    bool m_moreOutputFollows = false;
    // Model output since the latest answer went out: a turn that ends without any (the filler,
    // over before the answer arrived) is not the one that speaks the result.
    bool m_outputSinceAnswer = false;
};

} // namespace livedesk::app
