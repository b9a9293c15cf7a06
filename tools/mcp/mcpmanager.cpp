#include "tools/mcp/mcpmanager.h"

#include "tools/logging.h"
#include "tools/schemavalidator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

McpToolHandler::McpToolHandler(McpClient *client, QString toolName)
    : m_client(client)
    , m_toolName(std::move(toolName))
{ }

void McpToolHandler::start(ToolInvocation *invocation)
{
    if (!m_client) {
        invocation->fail(u"the MCP server of '"_s + m_toolName + u"' is gone"_s);
        return;
    }
    QPointer<ToolInvocation> call(invocation);
    const qint64 id = m_client->callTool(m_toolName, invocation->arguments(),
                                         [call](const ToolOutcome &outcome) {
                                             if (call)
                                                 call->finish(outcome);
                                         });
    if (id < 0)
        return;
    QPointer<McpClient> client = m_client;
    QObject::connect(invocation, &ToolInvocation::cancelled, m_client, [client, id] {
        if (client)
            client->cancelCall(id, u"cancelled by LiveDesk (the call was withdrawn or did not "
                                   u"finish in time)"_s);
    });
}

McpManager::McpManager(ToolRegistry *registry, std::shared_ptr<SecretScrubber> scrubber,
                       QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_scrubber(scrubber ? std::move(scrubber) : std::make_shared<SecretScrubber>())
{ }

McpManager::~McpManager()
{
    stopAll();
}

void McpManager::start(const QList<McpServerConfig> &servers)
{
    stopAll();
    m_settledEmitted = false;
    if (servers.size() > kMaxServers)
        qCWarning(lcTools).noquote() << notStartedText(servers.mid(kMaxServers));
    for (const McpServerConfig &config :
         servers.first(std::min<qsizetype>(servers.size(), kMaxServers))) {
        for (const QString &secret : config.secretValues)
            m_scrubber->add(secret);
        auto *client = new McpClient(config, m_scrubber, this);
        m_clients.append(client);
        if (!m_byName.contains(config.name))
            m_byName.insert(config.name, client);
        m_unsettled.insert(client);
        connect(client, &McpClient::toolsChanged, this, [this, client] { registerTools(client); });
        connect(client, &McpClient::statusChanged, this,
                [this, client] { onClientStatusChanged(client); });
    }
    for (McpClient *client : std::as_const(m_clients))
        client->start();
    // With no servers, or only ones that failed at once, nothing else would say so.
    QMetaObject::invokeMethod(this, &McpManager::checkSettled, Qt::QueuedConnection);
}

QString McpManager::notStartedText(const QList<McpServerConfig> &servers)
{
    QStringList names;
    for (const McpServerConfig &config : servers.first(std::min<qsizetype>(servers.size(), 5)))
        names.append(config.name);
    if (servers.size() > names.size())
        names.append(u"…"_s);
    return QString::number(servers.size()) + u" MCP servers were not started ("_s
           + names.join(u", "_s) + u"): LiveDesk starts at most "_s + QString::number(kMaxServers)
           + u'.';
}

void McpManager::onClientStatusChanged(McpClient *client)
{
    if (client->state() == McpServerState::Starting || client->state() == McpServerState::Idle)
        m_unsettled.insert(client);
    else
        m_unsettled.remove(client);
    Q_EMIT serverStatusChanged(client->name());
    checkSettled();
}

void McpManager::checkSettled()
{
    if (!isSettled()) {
        m_settledEmitted = false; // a server is (re)starting
        return;
    }
    if (m_settledEmitted)
        return;
    m_settledEmitted = true;
    Q_EMIT settled();
}

void McpManager::stopAll()
{
    for (McpClient *client : std::as_const(m_clients)) {
        m_registry->removeAll(ToolSource::Mcp, client->name());
        client->disconnect(this);
    }
    McpClient::stopTogether(m_clients);
    for (McpClient *client : std::as_const(m_clients))
        client->deleteLater();
    m_clients.clear();
    m_byName.clear();
    m_unsettled.clear();
}

QList<McpServerStatus> McpManager::statuses() const
{
    QList<McpServerStatus> out;
    for (const McpClient *client : m_clients)
        out.append({client->name(), client->state(), client->statusText(),
                    int(client->tools().size())});
    return out;
}

McpServerStatus McpManager::status(const QString &name) const
{
    const McpClient *client = m_byName.value(name);
    if (!client)
        return {name};
    return {client->name(), client->state(), client->statusText(), int(client->tools().size())};
}

McpClient *McpManager::client(const QString &name) const
{
    return m_byName.value(name);
}

bool McpManager::isSettled() const
{
    return m_unsettled.isEmpty();
}

protocol::FunctionDeclaration McpManager::declarationFor(const McpToolInfo &tool,
                                                         const QString &functionName)
{
    protocol::FunctionDeclaration d;
    d.name = functionName;
    d.description = tool.description.isEmpty() ? tool.title : tool.description;
    QJsonObject schema = tool.inputSchema;
    // "$schema" names a draft; it carries nothing for validation, and the service need not see
    // it.
    schema.remove(u"$schema"_s);
    if (!schema.contains(u"type"_s))
        schema.insert(u"type"_s, u"object"_s);
    d.parametersJsonSchema = schema;
    return d;
}

void McpManager::registerTools(McpClient *client)
{
    m_registry->removeAll(ToolSource::Mcp, client->name());
    const McpServerConfig &config = client->config();
    for (const McpToolInfo &tool : client->tools()) {
        ToolSpec spec;
        const QString functionName = ToolRegistry::makeFunctionName(client->name(), tool.name,
                                                                    m_registry->names());
        spec.declaration = declarationFor(tool, functionName);
        spec.handler = std::make_shared<McpToolHandler>(client, tool.name);
        spec.source = ToolSource::Mcp;
        spec.origin = client->name();
        spec.safety = ToolSafety::SideEffects;
        spec.timeoutMs = config.callTimeoutMs;
        QString error;
        if (!m_registry->add(spec, &error))
            qCWarning(lcTools).noquote() << "MCP server" << client->name() << "tool" << tool.name
                                         << "left out:" << error;
    }
}

} // namespace livedesk::tools
