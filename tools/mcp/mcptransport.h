// How JSON-RPC messages travel to and from an MCP server: newline-delimited JSON over a spawned
// process's stdin/stdout, or streamable HTTP (POST, answered with JSON or an SSE stream).
#pragma once

#include "tools/mcp/mcpconfig.h"
#include "tools/secrets.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QProcess;
class QTimer;

namespace livedesk::tools {

class McpTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void open() = 0;
    virtual void send(const QJsonObject &message) = 0;
    // Ends the connection politely (close stdin, or DELETE the HTTP session); no signals after.
    virtual void close() = 0;
    // After initialize: the negotiated version travels with every HTTP request.
    virtual void setProtocolVersion(const QString &version) { Q_UNUSED(version) }
    // Recent diagnostic output (a process's stderr), scrubbed; empty if there is none.
    virtual QString diagnostics() const { return {}; }

Q_SIGNALS:
    void opened();
    void messageReceived(const QJsonObject &message);
    // Something that is not a JSON-RPC message arrived: an excerpt of it.
    void garbageReceived(const QString &excerpt);
    // HTTP: the request with this id got no JSON-RPC answer (network error, HTTP error).
    void requestFailed(const QJsonValue &id, const QString &reason);
    // The connection is gone (process exited or could not start, HTTP session ended).
    void closed(const QString &reason);
};

class StdioTransport : public McpTransport
{
    Q_OBJECT

public:
    // Lines longer than this are dropped and reported.
    static constexpr qsizetype kMaxLineBytes = 16 * 1024 * 1024;
    // Stopping: time to exit after stdin closes, then after SIGTERM (to the process group).
    static constexpr int kStopGraceMs = 500;
    static constexpr int kStopTerminateMs = 1000;

    StdioTransport(const McpServerConfig &config, std::shared_ptr<const SecretScrubber> scrubber,
                   QObject *parent = nullptr);
    ~StdioTransport() override;

    void open() override;
    void send(const QJsonObject &message) override;
    void close() override;
    QString diagnostics() const override;
    // Stops the servers' processes (and what they started) in parallel, blocking for at most
    // kStopGraceMs + kStopTerminateMs + 1 s whatever their number; no signals after.
    static void stopTogether(const QList<StdioTransport *> &transports);

private:
    void readStdout();
    void readStderr();
    void handleLine(QByteArray line);

    McpServerConfig m_config;
    std::shared_ptr<const SecretScrubber> m_scrubber;
    QProcess *m_process = nullptr; // child
    QByteArray m_buffer;
    bool m_discardingLongLine = false;
    QByteArray m_stderrTail;
    bool m_closing = false;
};

class StreamableHttpTransport : public McpTransport
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxResponseBytes = 16 * 1024 * 1024;

    StreamableHttpTransport(const McpServerConfig &config,
                            std::shared_ptr<const SecretScrubber> scrubber,
                            QObject *parent = nullptr);
    ~StreamableHttpTransport() override;

    void open() override;
    void send(const QJsonObject &message) override;
    void close() override;
    void setProtocolVersion(const QString &version) override { m_protocolVersion = version; }

    QByteArray sessionId() const { return m_sessionId; }

private:
    struct Stream;
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void parseSse(Stream &stream, QNetworkReply *reply);
    void deliver(const QByteArray &json, const QJsonValue &requestId);
    QString shownUrl() const;

    McpServerConfig m_config;
    std::shared_ptr<const SecretScrubber> m_scrubber;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QByteArray m_sessionId;
    QString m_protocolVersion;
    QHash<QNetworkReply *, std::shared_ptr<Stream>> m_streams;
    bool m_closing = false;
};

} // namespace livedesk::tools
