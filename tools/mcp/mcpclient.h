// A client for one MCP server (JSON-RPC 2.0 over stdio or streamable HTTP): initialize with
// protocol version negotiation, tools/list with pagination, tools/call with cancellation. A
// server that crashes, hangs or answers garbage ends up with a clear status, never a stuck
// session.
#pragma once

#include "tools/mcp/mcpconfig.h"
#include "tools/secrets.h"
#include "tools/toolhandler.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

class QTimer;

namespace livedesk::tools {

class McpTransport;

enum class McpServerState { Idle, Starting, Ready, Failed, Stopped };

struct McpToolInfo
{
    QString name; // as the server names it
    QString title;
    QString description;
    QJsonObject inputSchema;
    QJsonObject annotations; // hints only (readOnlyHint…): untrusted, not used for consent
};

class McpClient : public QObject
{
    Q_OBJECT

public:
    using CallCallback = std::function<void(const ToolOutcome &outcome)>;

    McpClient(McpServerConfig config, std::shared_ptr<const SecretScrubber> scrubber,
              QObject *parent = nullptr);
    ~McpClient() override;

    // Lines that are not JSON-RPC are counted; a warning goes to the log for the first and then
    // at most one per interval (a server printing millions of them made 278 MB of stderr).
    static constexpr int kGarbageWarningIntervalMs = 5000;

    void start();
    void stop();
    // stop() for many at once: their processes are stopped in parallel (docs/limits.md).
    static void stopTogether(const QList<McpClient *> &clients);

    const McpServerConfig &config() const { return m_config; }
    const QString &name() const { return m_config.name; }
    McpServerState state() const { return m_state; }
    // One line for the UI: "ready: 14 tools (protocol 2025-06-18, secure-filesystem-server
    // 0.2.0)", "failed: the server process exited with code 1 during start-up: …".
    QString statusText() const;
    QString protocolVersion() const { return m_protocolVersion; }
    QList<McpToolInfo> tools() const { return m_tools; }
    // The server's recent error output (stdio), scrubbed.
    QString diagnostics() const;

    // Forwards one call. `done` runs once on this object's thread, unless cancelCall() came
    // first. Returns the request id (for cancelCall), or -1 when the server is not ready (then
    // `done` has already run with the reason).
    qint64 callTool(const QString &toolName, const QJsonObject &arguments, CallCallback done);
    // Drops the call and tells the server (notifications/cancelled).
    void cancelCall(qint64 requestId, const QString &reason);

    // Newest first; the first is what LiveDesk asks for.
    static QStringList supportedProtocolVersions();

Q_SIGNALS:
    void stateChanged(livedesk::tools::McpServerState state);
    void toolsChanged();
    void statusChanged();

private:
    struct Pending
    {
        QString method;
        QString toolName; // tools/call
        std::function<void(const QJsonObject &result, const QString &error)> reply;
        QTimer *timer = nullptr; // child; start-up requests only
    };

    qint64 request(const QString &method, const QJsonObject &params,
                   std::function<void(const QJsonObject &, const QString &)> reply, int timeoutMs);
    void notify(const QString &method, const QJsonObject &params = {});
    void onOpened();
    void onMessage(const QJsonObject &message);
    void onGarbage(const QString &excerpt);
    void onRequestFailed(const QJsonValue &id, const QString &reason);
    void onClosed(const QString &reason);
    void onInitialized(const QJsonObject &result, const QString &error);
    void listTools(const QString &cursor, QList<McpToolInfo> collected, int page);
    void fail(const QString &reason);
    void setState(McpServerState state);
    void failAllPending(const QString &reason);
    QString withDiagnostics(const QString &reason) const;

    McpServerConfig m_config;
    std::shared_ptr<const SecretScrubber> m_scrubber;
    McpTransport *m_transport = nullptr; // child
    McpServerState m_state = McpServerState::Idle;
    QString m_failure;
    QString m_protocolVersion;
    QString m_serverName;
    QString m_serverVersion;
    QJsonObject m_serverCapabilities;
    QList<McpToolInfo> m_tools;
    QStringList m_skippedTools;
    int m_garbageCount = 0;
    int m_garbageUnreported = 0; // since the last warning
    QElapsedTimer m_garbageWarned;
    QString m_lastGarbage;
    QString m_lastCallProblem;
    qint64 m_nextId = 1;
    std::map<qint64, Pending> m_pending;
};

// Turns a tools/call result into what the model gets: the text content joined (images, audio and
// binary resources become a short note), structuredContent when there is no text, isError as an
// error, and everything capped at `maxOutputBytes` with a note. A malformed result is an error
// that says what was wrong.
ToolOutcome mcpResultToOutcome(const QJsonObject &result, qsizetype maxOutputBytes);

QString mcpServerStateName(McpServerState state); // "starting", "ready", …

} // namespace livedesk::tools
