// ConversationLog: the toolbox's part of the events and metrics (docs/cli.md "Tools").
#include "app/conversation.h"
#include "app/conversationlog.h"
#include "tools/toolbox.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString mcpStateName(tools::McpServerState state)
{
    switch (state) {
    case tools::McpServerState::Idle:
        return u"idle"_s;
    case tools::McpServerState::Starting:
        return u"starting"_s;
    case tools::McpServerState::Ready:
        return u"ready"_s;
    case tools::McpServerState::Failed:
        return u"failed"_s;
    case tools::McpServerState::Stopped:
        return u"stopped"_s;
    }
    return {};
}

} // namespace

void ConversationLog::watchTools(tools::Toolbox *toolbox)
{
    detachTools();
    m_toolbox = toolbox;
    if (!toolbox)
        return;
    connect(toolbox, &QObject::destroyed, this, [this] { m_toolbox = nullptr; });
    connect(toolbox->dispatcher(), &tools::ToolDispatcher::callUpdated, this,
            &ConversationLog::onToolCallUpdated);
    connect(toolbox->mcp(), &tools::McpManager::serverStatusChanged, this,
            &ConversationLog::onServerStatus);
}

void ConversationLog::recordServerStatuses()
{
    if (!m_toolbox)
        return;
    for (const tools::McpServerStatus &status : m_toolbox->mcp()->statuses())
        onServerStatus(status.name);
}

void ConversationLog::detachTools()
{
    if (!m_toolbox)
        return;
    setMetric(u"tools"_s, toolsMetrics());
    m_toolbox->dispatcher()->disconnect(this);
    m_toolbox->mcp()->disconnect(this);
    m_toolbox->disconnect(this);
    m_toolbox = nullptr;
}

void ConversationLog::onToolCallUpdated(const tools::ToolCallRecord &record)
{
    QJsonObject detail = tools::toolCallEvent(record);
    const QString type = detail.take(u"event"_s).toString();
    m_events.write(type, detail);
    switch (record.state) {
    case tools::ToolCallState::Done:
        ++m_toolTally.calls;
        ++m_toolTally.done;
        return;
    case tools::ToolCallState::Cancelled:
        ++m_toolTally.calls;
        ++m_toolTally.cancelled;
        return;
    case tools::ToolCallState::Failed:
        break;
    case tools::ToolCallState::Idle:
    case tools::ToolCallState::AwaitingConfirmation:
    case tools::ToolCallState::Running:
        return;
    }
    ++m_toolTally.calls;
    ++m_toolTally.failed;
    // A refusal (as opposed to a tool that ran and failed) is counted apart.
    const auto spec = m_toolbox->registry()->find(record.name);
    if (spec && spec->enabled
        && m_toolbox->policy()->decide(record.name, spec->safety) != tools::ApprovalDecision::Allow)
        ++m_toolTally.refused;
}

void ConversationLog::onServerStatus(const QString &name)
{
    // One server's status, not all of them: with thousands of servers, building every status on
    // every change made start-up quadratic.
    const tools::McpServerStatus status = m_toolbox->mcp()->status(name);
    const int previous = m_serverStates.value(name, -1);
    if (previous == int(status.state))
        return;
    m_serverStates.insert(name, int(status.state));
    m_events.write(u"mcp_server"_s, {{u"name"_s, status.name},
                                     {u"state"_s, mcpStateName(status.state)},
                                     {u"status"_s, status.text},
                                     {u"tools"_s, status.toolCount}});
}

QJsonObject ConversationLog::toolsMetrics() const
{
    QJsonArray servers;
    for (const tools::McpServerStatus &status : m_toolbox->mcp()->statuses()) {
        servers.append(QJsonObject {{u"name"_s, status.name},
                                    {u"state"_s, mcpStateName(status.state)},
                                    {u"status"_s, status.text},
                                    {u"tools"_s, status.toolCount}});
    }
    QJsonArray declared;
    for (const protocol::Tool &tool : m_conversation->config().setup.tools) {
        for (const protocol::FunctionDeclaration &f : tool.functionDeclarations)
            declared.append(f.name);
        if (tool.googleSearch)
            declared.append(u"googleSearch"_s);
    }
    return {{u"declared"_s, declared},           {u"calls"_s, m_toolTally.calls},
            {u"done"_s, m_toolTally.done},       {u"failed"_s, m_toolTally.failed},
            {u"refused"_s, m_toolTally.refused}, {u"cancelled"_s, m_toolTally.cancelled},
            {u"mcp_servers"_s, servers}};
}

} // namespace livedesk::app
