#include "app/cli/toolsmodule.h"

#include "app/cli/clirun.h"
#include "tools/mcp/mcpconfig.h"
#include "tools/toolbox.h"
#include "tools/usertools.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>

#include <utility>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Cli", text);
}

bool readableFile(const QString &flag, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("--%1 %2: no such file").arg(flag, path);
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("--%1 %2: not a readable file").arg(flag, path);
        return false;
    }
    return true;
}

} // namespace

ToolsCliModule::ToolsCliModule() = default;
ToolsCliModule::~ToolsCliModule() = default;

QString ToolsCliModule::title() const
{
    return tr("Tools");
}

QList<QCommandLineOption> ToolsCliModule::options() const
{
    return {
            {u"tools"_s, tr("User-defined tools: commands or HTTP endpoints (docs/tools.md)."),
             u"FILE"_s},
            {u"mcp-config"_s, tr("MCP servers to start, in the \"mcpServers\" format."), u"FILE"_s},
            {u"approve-tools"_s,
             tr("Which tools with side effects may run: all, none, or NAME,… (prefix* "
                "patterns). Default: only built-ins without side effects; others are refused."),
             u"LIST"_s},
            {u"google-search"_s, tr("Let the model search the web (where the model can).")},
            {u"no-builtin-tools"_s, tr("Do not declare the built-in get_current_time function.")},
    };
}

bool ToolsCliModule::read(const QCommandLineParser &parser, CliOptions &options, QString *error)
{
    Q_UNUSED(options)
    m_builtins = !parser.isSet(u"no-builtin-tools"_s);
    m_googleSearch = parser.isSet(u"google-search"_s);
    m_toolsFile = parser.value(u"tools"_s);
    m_mcpConfigFile = parser.value(u"mcp-config"_s);
    m_approveTools = parser.value(u"approve-tools"_s);
    if (parser.isSet(u"approve-tools"_s)) {
        QString why;
        if (!tools::ConfirmationPolicy::fromApproveToolsOption(m_approveTools, &why)) {
            *error = why;
            return false;
        }
    }
    // The files are checked now, before anything connects; the toolbox reads them again in
    // attach() (they are small).
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (parser.isSet(u"tools"_s)) {
        if (!readableFile(u"tools"_s, m_toolsFile, error))
            return false;
        QString why;
        if (!tools::loadUserToolsFile(m_toolsFile, environment, &why)) {
            *error = u"--tools "_s + why;
            return false;
        }
    }
    if (parser.isSet(u"mcp-config"_s)) {
        if (!readableFile(u"mcp-config"_s, m_mcpConfigFile, error))
            return false;
        QString why;
        if (!tools::loadMcpConfigFile(m_mcpConfigFile, environment, &why)) {
            *error = u"--mcp-config "_s + why;
            return false;
        }
    }
    return true;
}

bool ToolsCliModule::attach(CliRun &run, QString *error)
{
    const SessionConfig &config = run.config();
    if (config.capabilities && m_googleSearch
        && !config.capabilities->accepts(config.capabilities->googleSearch))
        run.warn(tr("%1 does not support Google Search; --google-search was not sent.")
                         .arg(config.modelId));
    ToolChoices choices;
    choices.toolsFile = m_toolsFile;
    choices.mcpConfigFile = m_mcpConfigFile;
    choices.approveTools = m_approveTools;
    choices.googleSearch = m_googleSearch;
    // Only what works without a desktop: the clipboard, browser and notification tools need
    // the GUI's desktop integration.
    choices.builtins = m_builtins ? QSet<tools::BuiltinTool> {tools::BuiltinTool::CurrentTime}
                                  : QSet<tools::BuiltinTool> {};
    // No one to ask: --approve-tools decides, the conversation refuses the rest.
    Conversation &conversation = run.conversation();
    if (!conversation.setUpTools(choices, nullptr, error)) {
        run.setAttachFailureCode(ExitCode::Usage);
        return false;
    }
    for (const QString &warning : conversation.toolWarnings())
        run.warn(warning);
    m_toolbox = conversation.toolbox();
    tools::Toolbox *toolbox = m_toolbox;
    QObject::connect(&conversation, &Conversation::toolResponseSent, toolbox,
                     [this, &run](const protocol::ToolResponse &response) {
                         onResponseSent(run, response);
                     });
    QObject::connect(&run.session(), &session::LiveSession::toolCallReceived, toolbox,
                     [this, &run](const protocol::ToolCall &call) {
                         for (const protocol::FunctionCall &f : call.functionCalls) {
                             if (!isNonBlocking(run, f.name) || m_awaitingResponse.contains(f.id))
                                 continue;
                             if (m_answeredFirst.contains(f.id)) {
                                 if (m_answeredFirst.take(f.id))
                                     continue; // SILENT: nothing will be said
                                 ++m_answeredOwed;
                                 m_outputSinceAnswer = false;
                             } else {
                                 m_awaitingResponse.insert(f.id);
                             }
                             run.holdStep();
                             run.holdFinish();
                         }
                     });
    QObject::connect(&run.session(), &session::LiveSession::toolCallCancelled, toolbox,
                     [this, &run](const QStringList &ids) {
                         for (const QString &id : ids) {
                             if (m_awaitingResponse.remove(id))
                                 releaseOwed(run, 1);
                         }
                     });
    QObject::connect(&run.session(), &session::LiveSession::interactionStatusReceived, toolbox,
                     [this](const QString &status) {
                         m_moreOutputFollows = status == u"IN_PROGRESS";
                     });
    QObject::connect(&run.session(), &session::LiveSession::audioReceived, toolbox,
                     [this] { m_outputSinceAnswer = true; });
    QObject::connect(&run.session(), &session::LiveSession::textReceived, toolbox,
                     [this] { m_outputSinceAnswer = true; });
    QObject::connect(&run.session(), &session::LiveSession::turnCompleted, toolbox,
                     [this, &run] { onTurnCompleted(run); });
    // A fresh session never made the calls: their results will not be spoken.
    QObject::connect(&run.session(), &session::LiveSession::reconnected, toolbox,
                     [this, &run](const session::ReconnectInfo &info) {
                         if (info.mode == session::ResumeMode::Resumed)
                             return;
                         const int owed = int(m_awaitingResponse.size()) + m_answeredOwed;
                         m_awaitingResponse.clear();
                         m_answeredOwed = 0;
                         releaseOwed(run, owed);
                     });
    QObject::connect(toolbox->dispatcher(), &tools::ToolDispatcher::callUpdated, toolbox,
                     [this, &run](const tools::ToolCallRecord &record) {
                         onCallUpdated(run, record);
                     });
    QObject::connect(toolbox->mcp(), &tools::McpManager::serverStatusChanged, toolbox,
                     [this, &run](const QString &name) { onServerStatus(run, name); });
    QObject::connect(&run, &CliRun::finishing, toolbox, [&run] { run.log().detachTools(); });

    if (toolbox->isReady()) {
        applySetupTools(run);
        return true;
    }
    // MCP servers are starting: the setup must list their tools, so the session waits.
    m_startHeld = true;
    run.holdStart();
    QObject::connect(toolbox, &tools::Toolbox::ready, toolbox, [this, &run] {
        if (!m_startHeld)
            return;
        m_startHeld = false;
        applySetupTools(run);
        run.releaseStart();
    });
    return true;
}

bool ToolsCliModule::isNonBlocking(CliRun &run, const QString &name) const
{
    for (const protocol::Tool &tool : std::as_const(run.config().setup.tools)) {
        for (const protocol::FunctionDeclaration &f : tool.functionDeclarations) {
            if (f.name == name)
                return f.behavior == protocol::Behavior::NonBlocking;
        }
    }
    return false;
}

void ToolsCliModule::onResponseSent(CliRun &run, const protocol::ToolResponse &response)
{
    for (const protocol::FunctionResponse &r : response.functionResponses) {
        if (!m_awaitingResponse.remove(r.id)) {
            if (isNonBlocking(run, r.name))
                m_answeredFirst.insert(r.id, r.scheduling == protocol::Scheduling::Silent);
            continue;
        }
        // A SILENT result only joins the context: no turn will come for it.
        if (r.scheduling == protocol::Scheduling::Silent)
            releaseOwed(run, 1);
        else {
            ++m_answeredOwed;
            m_outputSinceAnswer = false;
        }
    }
}

void ToolsCliModule::onTurnCompleted(CliRun &run)
{
    if (std::exchange(m_moreOutputFollows, false))
        return;
    if (m_answeredOwed > 0 && !m_outputSinceAnswer)
        return;
    releaseOwed(run, std::exchange(m_answeredOwed, 0));
}

void ToolsCliModule::releaseOwed(CliRun &run, int count)
{
    for (int i = 0; i < count; ++i) {
        run.releaseStep();
        run.releaseFinish();
    }
}

void ToolsCliModule::applySetupTools(CliRun &run)
{
    for (const tools::McpServerStatus &status : m_toolbox->mcp()->statuses()) {
        onServerStatus(run, status.name); // a state the signals did not show yet
        if (status.state != tools::McpServerState::Ready)
            run.warn(tr("MCP server %1: %2").arg(status.name, status.text));
    }
    run.log().recordServerStatuses();
    Conversation &conversation = run.conversation();
    const qsizetype warned = conversation.toolWarnings().size();
    conversation.applySetupTools();
    for (const QString &warning : conversation.toolWarnings().mid(warned))
        run.warn(warning);
}

void ToolsCliModule::onCallUpdated(CliRun &run, const tools::ToolCallRecord &record)
{
    // The event and the count are the log's; a refusal (as opposed to a tool that ran and
    // failed) is something the user can change, so the run says how.
    if (record.state != tools::ToolCallState::Failed)
        return;
    const auto spec = m_toolbox->registry()->find(record.name);
    if (spec && spec->enabled
        && m_toolbox->policy()->decide(record.name, spec->safety)
                   != tools::ApprovalDecision::Allow) {
        run.warn(tr("tool %1 was refused (%2); allow it with --approve-tools %1, or all")
                         .arg(record.name, record.error));
    }
}

void ToolsCliModule::onServerStatus(CliRun &run, const QString &name)
{
    // One server's status, not all of them: with thousands of servers, building every status on
    // every change made start-up quadratic.
    const tools::McpServerStatus status = m_toolbox->mcp()->status(name);
    const int previous = m_serverStates.value(name, -1);
    if (previous == int(status.state))
        return;
    m_serverStates.insert(name, int(status.state)); // the log records the event
    // Failures during start-up are reported once the servers have settled.
    if (status.state == tools::McpServerState::Failed
        && previous == int(tools::McpServerState::Ready))
        run.warn(tr("MCP server %1 stopped working: %2; the session goes on without it")
                         .arg(status.name, status.text));
}

} // namespace livedesk::app
