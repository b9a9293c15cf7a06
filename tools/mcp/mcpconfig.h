// MCP server configuration in the widely used "mcpServers" format (Claude Desktop, Cursor,
// VS Code, Cline):
//   {"mcpServers": {"fs":  {"command": "npx", "args": ["-y", "…"], "env": {"K": "v"}},
//                   "web": {"url": "https://…/mcp", "headers": {"Authorization": "…"}}}}
// ${env:NAME} in args, env, cwd, url and headers is replaced by the variable's value.
#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace livedesk::tools {

enum class McpTransportKind { Unspecified, Stdio, StreamableHttp };

struct McpServerConfig
{
    QString name; // the key in mcpServers; also the prefix of its function names
    McpTransportKind transport = McpTransportKind::Unspecified;
    // stdio
    QString command;
    QStringList args;
    QMap<QString, QString> env; // set on top of the scrubbed environment
    QString workingDirectory;
    // streamable HTTP
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;

    bool disabled = false;
    int startupTimeoutMs = 60000; // start, initialize and list tools (npx may download first)
    int callTimeoutMs = 60000; // per tools/call
    qsizetype maxOutputBytes = 32 * 1024;
    // Credentials taken from the configuration (header values, ${env:…} values, variables
    // named like KEY/TOKEN): scrubbed from everything the model or a log sees.
    QStringList secretValues;
    // A problem with this server's entry alone ("the legacy SSE transport is not supported"):
    // the server is reported as failed with it, the others still start.
    QString configError;
};

struct McpConfig
{
    QList<McpServerConfig> servers;
    QStringList warnings; // fields LiveDesk ignores ("fs.autoApprove is ignored: …")
};

// Parses the file's contents; nullopt with a message only when the file as a whole is unusable.
std::optional<McpConfig> parseMcpConfig(const QByteArray &json,
                                        const QProcessEnvironment &environment,
                                        QString *error = nullptr);
std::optional<McpConfig> loadMcpConfigFile(const QString &path,
                                           const QProcessEnvironment &environment,
                                           QString *error = nullptr);

} // namespace livedesk::tools
