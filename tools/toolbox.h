// Everything a session needs for tools, assembled from the user's options: the registry with the
// built-in tools, the tools file and the MCP servers, the consent policy, the secret scrubber and
// the dispatcher. The CLI builds one from --tools, --mcp-config, --approve-tools and
// --google-search; the GUI adds its dialog and desktop integration.
#pragma once

#include "tools/builtintools.h"
#include "tools/mcp/mcpmanager.h"
#include "tools/tooldispatcher.h"

#include <QObject>

#include <memory>

namespace livedesk::tools {

struct ToolboxOptions
{
    QString toolsFile; // --tools: user-defined tools (docs/tools.md)
    QString mcpConfigFile; // --mcp-config: {"mcpServers": …}
    // --approve-tools all|none|NAME,…; empty: ask through the prompt (refused without one).
    QString approveTools;
    bool googleSearch = false; // --google-search
    ToolCapabilities capabilities; // from the app's model capability table
    QSet<BuiltinTool> builtins = BuiltinTools::allTools();
    QStringList secrets; // the configured API key or ephemeral token
};

class Toolbox : public QObject
{
    Q_OBJECT

public:
    explicit Toolbox(QObject *parent = nullptr);
    ~Toolbox() override;

    // Loads the files and starts the MCP servers. Returns false with a message for anything the
    // user must fix first (an unreadable or invalid file, a bad --approve-tools value); problems
    // with single MCP servers are not errors: they show in mcp()->statuses().
    bool configure(const ToolboxOptions &options, QString *error = nullptr);

    // True once every MCP server has started or failed: build the setup then.
    bool isReady() const;
    QList<protocol::Tool> setupTools() const { return m_registry.setupTools(); }
    QStringList warnings() const { return m_warnings; }

    ToolRegistry *registry() { return &m_registry; }
    ToolDispatcher *dispatcher() { return m_dispatcher.get(); }
    BuiltinTools *builtins() { return &m_builtins; }
    McpManager *mcp() { return m_mcp.get(); }
    ConfirmationPolicy *policy() { return &m_policy; }
    std::shared_ptr<SecretScrubber> scrubber() const { return m_scrubber; }

Q_SIGNALS:
    void ready();

private:
    std::shared_ptr<SecretScrubber> m_scrubber;
    ToolRegistry m_registry;
    BuiltinTools m_builtins;
    ConfirmationPolicy m_policy;
    // Declared after the registry: both use it and go first.
    std::unique_ptr<McpManager> m_mcp;
    std::unique_ptr<ToolDispatcher> m_dispatcher;
    QStringList m_warnings;
};

} // namespace livedesk::tools
