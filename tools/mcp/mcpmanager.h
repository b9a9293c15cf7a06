// The MCP servers of a session: starts them from the configuration, puts their tools in the
// registry under namespaced names ("fs__read_file"), and keeps a status per server for the UI.
// A server that fails is reported and left out; the session goes on.
#pragma once

#include "tools/mcp/mcpclient.h"
#include "tools/toolregistry.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace livedesk::tools {

struct McpServerStatus
{
    QString name;
    McpServerState state = McpServerState::Idle;
    QString text; // McpClient::statusText()
    int toolCount = 0;
};

// Forwards calls of one MCP tool to its server.
class McpToolHandler : public ToolHandler
{
public:
    McpToolHandler(McpClient *client, QString toolName); // client not owned
    void start(ToolInvocation *invocation) override;

private:
    QPointer<McpClient> m_client;
    QString m_toolName;
};

class McpManager : public QObject
{
    Q_OBJECT

public:
    // The most servers started (docs/limits.md): each is a process or a connection, and their
    // tools all go to the model. Servers past it are not started; one warning names them
    // (notStartedText()), and they have no status.
    static constexpr int kMaxServers = 64;
    // "3936 MCP servers were not started (a, b, c, …): LiveDesk starts at most 64."
    static QString notStartedText(const QList<McpServerConfig> &servers);

    // Neither is owned; the registry must outlive the manager. The manager adds each server's
    // credentials to the scrubber.
    McpManager(ToolRegistry *registry, std::shared_ptr<SecretScrubber> scrubber,
               QObject *parent = nullptr);
    ~McpManager() override;

    // Replaces the servers (stopping the old ones) and starts the new ones.
    void start(const QList<McpServerConfig> &servers);
    void stopAll();

    QList<McpServerStatus> statuses() const;
    // One server's status (a default one for an unknown name), without building them all.
    McpServerStatus status(const QString &name) const;
    McpClient *client(const QString &name) const;
    // True when no server is still starting: the app may build the session's setup.
    bool isSettled() const;

    // The function declaration an MCP tool becomes (exposed for tests and the UI).
    static protocol::FunctionDeclaration declarationFor(const McpToolInfo &tool,
                                                        const QString &functionName);

Q_SIGNALS:
    void serverStatusChanged(const QString &name);
    void settled();

private:
    void registerTools(McpClient *client);
    void onClientStatusChanged(McpClient *client);
    void checkSettled();

    ToolRegistry *m_registry; // not owned
    std::shared_ptr<SecretScrubber> m_scrubber;
    QList<McpClient *> m_clients; // children
    QHash<QString, McpClient *> m_byName;
    // Servers still starting, kept as a set: re-checking them all on every change made starting
    // thousands quadratic (4,000 took 12 s).
    QSet<McpClient *> m_unsettled;
    bool m_settledEmitted = false;
};

} // namespace livedesk::tools
