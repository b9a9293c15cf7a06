#include "tools/mcp/mcpclient.h"

#include "tools/logging.h"
#include "tools/mcp/mcptransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace {

constexpr int kMaxToolPages = 100;

// JSON-RPC error codes the client answers server requests with.
constexpr int kMethodNotFound = -32601;

qint64 idOf(const QJsonValue &id)
{
    if (id.isDouble())
        return qint64(id.toDouble());
    if (id.isString()) {
        bool ok = false;
        const qint64 n = id.toString().toLongLong(&ok);
        return ok ? n : -1;
    }
    return -1;
}

QString errorText(const QJsonObject &error)
{
    QString text = error.value("message"_L1).toString();
    if (text.isEmpty())
        text = u"error"_s;
    if (error.contains("code"_L1))
        text += u" (code "_s + QString::number(error.value("code"_L1).toInteger()) + u')';
    return text;
}

// The decoded size of base64 data, without decoding it (it may be megabytes).
QString describeBytes(const QString &base64)
{
    qsizetype padding = 0;
    for (qsizetype i = base64.size() - 1; i >= 0 && base64.at(i) == u'='; --i)
        ++padding;
    return QString::number(qMax<qsizetype>(0, base64.size() * 3 / 4 - padding)) + u" bytes"_s;
}

} // namespace

QString mcpServerStateName(McpServerState state)
{
    switch (state) {
    case McpServerState::Idle:
        return u"idle"_s;
    case McpServerState::Starting:
        return u"starting"_s;
    case McpServerState::Ready:
        return u"ready"_s;
    case McpServerState::Failed:
        return u"failed"_s;
    case McpServerState::Stopped:
        return u"stopped"_s;
    }
    return {};
}

QStringList McpClient::supportedProtocolVersions()
{
    // The parts LiveDesk uses (initialize, tools/list, tools/call, cancellation, ping) are the
    // same in all of these.
    return {u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
}

McpClient::McpClient(McpServerConfig config, std::shared_ptr<const SecretScrubber> scrubber,
                     QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_scrubber(scrubber ? std::move(scrubber) : std::make_shared<SecretScrubber>())
{ }

McpClient::~McpClient()
{
    // Callbacks are dropped: whoever waits on them is going away with us.
    m_pending.clear();
}

void McpClient::start()
{
    if (m_state == McpServerState::Starting || m_state == McpServerState::Ready)
        return;
    if (!m_config.configError.isEmpty()) {
        fail(m_config.configError);
        return;
    }
    if (m_config.disabled) {
        m_failure = u"disabled in the configuration"_s;
        setState(McpServerState::Stopped);
        return;
    }
    m_failure.clear();
    m_garbageCount = 0;
    m_garbageUnreported = 0;
    m_garbageWarned.invalidate();
    m_lastGarbage.clear();
    m_lastCallProblem.clear();
    m_tools.clear();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->deleteLater();
    }
    if (m_config.transport == McpTransportKind::StreamableHttp)
        m_transport = new StreamableHttpTransport(m_config, m_scrubber, this);
    else
        m_transport = new StdioTransport(m_config, m_scrubber, this);
    connect(m_transport, &McpTransport::opened, this, &McpClient::onOpened);
    connect(m_transport, &McpTransport::messageReceived, this, &McpClient::onMessage);
    connect(m_transport, &McpTransport::garbageReceived, this, &McpClient::onGarbage);
    connect(m_transport, &McpTransport::requestFailed, this, &McpClient::onRequestFailed);
    connect(m_transport, &McpTransport::closed, this, &McpClient::onClosed);
    setState(McpServerState::Starting);

    // One deadline for the whole start-up, process launch included.
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, deadline] {
        deadline->deleteLater();
        if (m_state == McpServerState::Starting)
            fail(u"did not finish starting within "_s
                 + QString::number(m_config.startupTimeoutMs / 1000.0) + u" s"_s);
    });
    connect(this, &McpClient::stateChanged, deadline, [deadline](McpServerState s) {
        if (s != McpServerState::Starting)
            deadline->deleteLater();
    });
    deadline->start(m_config.startupTimeoutMs);
    m_transport->open();
}

void McpClient::stopTogether(const QList<McpClient *> &clients)
{
    QList<StdioTransport *> stdio;
    for (McpClient *client : clients) {
        if (auto *transport = qobject_cast<StdioTransport *>(client->m_transport))
            stdio.append(transport);
        client->stop();
    }
    StdioTransport::stopTogether(stdio);
}

void McpClient::stop()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
    // Stopped first: a request cut short by our own stop (an "initialize" still unanswered) is
    // not the server's failure, and was warned about as one depending on how far it had got.
    if (m_state != McpServerState::Failed)
        setState(McpServerState::Stopped);
    failAllPending(u"MCP server '"_s + m_config.name + u"' was stopped"_s);
}

QString McpClient::statusText() const
{
    QString text;
    switch (m_state) {
    case McpServerState::Idle:
        text = u"not started"_s;
        break;
    case McpServerState::Starting:
        text = u"starting"_s;
        break;
    case McpServerState::Ready: {
        text = u"ready: "_s + QString::number(m_tools.size())
               + (m_tools.size() == 1 ? u" tool"_s : u" tools"_s) + u" (protocol "_s
               + m_protocolVersion;
        if (!m_serverName.isEmpty())
            text += u", "_s + m_serverName
                    + (m_serverVersion.isEmpty() ? QString() : u' ' + m_serverVersion);
        text += u')';
        break;
    }
    case McpServerState::Failed:
        text = u"failed: "_s + m_failure;
        break;
    case McpServerState::Stopped:
        text = m_failure.isEmpty() ? u"stopped"_s : u"stopped: "_s + m_failure;
        break;
    }
    if (!m_skippedTools.isEmpty())
        text += u"; skipped "_s + m_skippedTools.join("; "_L1);
    if (m_state == McpServerState::Ready && !m_lastCallProblem.isEmpty())
        text += u"; last problem: "_s + m_lastCallProblem;
    if (m_garbageCount > 0 && m_state != McpServerState::Failed)
        text += u"; ignored "_s + QString::number(m_garbageCount)
                + u" line(s) that are not JSON-RPC, the last: \""_s + m_lastGarbage + u'"';
    return m_scrubber->scrub(text);
}

qint64 McpClient::request(const QString &method, const QJsonObject &params,
                          std::function<void(const QJsonObject &, const QString &)> reply,
                          int timeoutMs)
{
    const qint64 id = m_nextId++;
    Pending &pending = m_pending[id];
    pending.method = method;
    pending.reply = std::move(reply);
    if (timeoutMs > 0) {
        pending.timer = new QTimer(this);
        pending.timer->setSingleShot(true);
        connect(pending.timer, &QTimer::timeout, this, [this, id, method, timeoutMs] {
            onRequestFailed(QJsonValue(id), u"no answer to "_s + method + u" within "_s
                                                    + QString::number(timeoutMs) + u" ms"_s);
        });
        pending.timer->start(timeoutMs);
    }
    QJsonObject message {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}};
    if (!params.isEmpty())
        message.insert(u"params"_s, params);
    m_transport->send(message);
    return id;
}

void McpClient::notify(const QString &method, const QJsonObject &params)
{
    QJsonObject message {{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, method}};
    if (!params.isEmpty())
        message.insert(u"params"_s, params);
    m_transport->send(message);
}

void McpClient::onOpened()
{
    const QJsonObject params {{u"protocolVersion"_s, supportedProtocolVersions().constFirst()},
                              {u"capabilities"_s, QJsonObject()},
                              {u"clientInfo"_s,
                               QJsonObject {{u"name"_s, u"LiveDesk"_s},
                                            {u"version"_s,
                                             QCoreApplication::applicationVersion().isEmpty()
                                                     ? u"0.1.0"_s
                                                     : QCoreApplication::applicationVersion()}}}};
    request(
            u"initialize"_s, params,
            [this](const QJsonObject &result, const QString &error) {
                onInitialized(result, error);
            },
            0);
}

void McpClient::onInitialized(const QJsonObject &result, const QString &error)
{
    if (!error.isEmpty()) {
        fail(u"initialize failed: "_s + error);
        return;
    }
    const QString version = result.value("protocolVersion"_L1).toString();
    if (!supportedProtocolVersions().contains(version)) {
        fail(u"the server speaks MCP protocol version '"_s + version
             + u"', which LiveDesk does not (it speaks "_s
             + supportedProtocolVersions().join(", "_L1) + u')');
        return;
    }
    m_protocolVersion = version;
    const QJsonObject info = result.value("serverInfo"_L1).toObject();
    m_serverName = info.value("name"_L1).toString();
    m_serverVersion = info.value("version"_L1).toString();
    m_serverCapabilities = result.value("capabilities"_L1).toObject();
    m_transport->setProtocolVersion(version);
    notify(u"notifications/initialized"_s);
    if (!m_serverCapabilities.contains("tools"_L1)) {
        setState(McpServerState::Ready); // a server without tools: nothing to offer
        return;
    }
    listTools(QString(), {}, 0);
}

void McpClient::listTools(const QString &cursor, QList<McpToolInfo> collected, int page)
{
    QJsonObject params;
    if (!cursor.isEmpty())
        params.insert(u"cursor"_s, cursor);
    request(
            u"tools/list"_s, params,
            [this, cursor, collected, page](const QJsonObject &result,
                                            const QString &error) mutable {
                if (!error.isEmpty()) {
                    if (m_state == McpServerState::Starting)
                        fail(u"tools/list failed: "_s + error);
                    else
                        m_lastCallProblem = u"tools/list failed: "_s + error;
                    return;
                }
                if (!result.value("tools"_L1).isArray()) {
                    fail(u"tools/list answered without a \"tools\" list"_s);
                    return;
                }
                for (const QJsonValue &item : result.value("tools"_L1).toArray()) {
                    const QJsonObject t = item.toObject();
                    McpToolInfo tool;
                    tool.name = t.value("name"_L1).toString();
                    if (tool.name.isEmpty()) {
                        m_skippedTools.append(u"a tool without a name"_s);
                        continue;
                    }
                    const QJsonValue schema = t.value("inputSchema"_L1);
                    if (!schema.isUndefined() && !schema.isObject()) {
                        m_skippedTools.append(u"tool '"_s + tool.name
                                              + u"': inputSchema is not an object"_s);
                        continue;
                    }
                    tool.title = t.value("title"_L1).toString();
                    tool.description = t.value("description"_L1).toString();
                    tool.inputSchema = schema.toObject();
                    tool.annotations = t.value("annotations"_L1).toObject();
                    collected.append(tool);
                }
                const QString next = result.value("nextCursor"_L1).toString();
                if (!next.isEmpty() && next != cursor && page + 1 < kMaxToolPages) {
                    listTools(next, collected, page + 1);
                    return;
                }
                m_tools = collected;
                // The tools first: whoever waits for the server to be ready (McpManager's
                // settled(), then the app building its setup) reads them at once.
                Q_EMIT toolsChanged();
                if (m_state == McpServerState::Starting)
                    setState(McpServerState::Ready);
                Q_EMIT statusChanged();
            },
            m_state == McpServerState::Starting ? 0 : m_config.startupTimeoutMs);
}

qint64 McpClient::callTool(const QString &toolName, const QJsonObject &arguments, CallCallback done)
{
    if (m_state != McpServerState::Ready) {
        done(ToolOutcome::failure(u"MCP server '"_s + m_config.name + u"' is not available ("_s
                                  + statusText() + u')'));
        return -1;
    }
    const qsizetype maxBytes = m_config.maxOutputBytes;
    const QString server = m_config.name;
    const qint64 id = request(
            u"tools/call"_s, QJsonObject {{u"name"_s, toolName}, {u"arguments"_s, arguments}},
            [this, done, maxBytes, server, toolName](const QJsonObject &result,
                                                     const QString &error) {
                if (!error.isEmpty()) {
                    done(ToolOutcome::failure(error));
                    return;
                }
                const ToolOutcome outcome = mcpResultToOutcome(result, maxBytes);
                if (outcome.kind == ToolOutcome::Kind::Error
                    && outcome.error.startsWith("MCP server returned"_L1)) {
                    m_lastCallProblem = toolName + u": "_s + outcome.error;
                    Q_EMIT statusChanged();
                }
                done(outcome);
            },
            0);
    m_pending[id].toolName = toolName;
    return id;
}

void McpClient::cancelCall(qint64 requestId, const QString &reason)
{
    auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    const QString toolName = it->second.toolName;
    if (it->second.timer)
        it->second.timer->deleteLater();
    m_pending.erase(it);
    notify(u"notifications/cancelled"_s,
           QJsonObject {{u"requestId"_s, requestId}, {u"reason"_s, reason}});
    if (reason.contains("timed out"_L1) || reason.contains("did not finish"_L1)) {
        m_lastCallProblem = toolName + u": "_s + reason;
        Q_EMIT statusChanged();
    }
}

void McpClient::onMessage(const QJsonObject &message)
{
    const bool hasId = message.contains("id"_L1) && !message.value("id"_L1).isNull();
    const bool hasMethod = message.value("method"_L1).isString();
    if (hasId && !hasMethod && (message.contains("result"_L1) || message.contains("error"_L1))) {
        const qint64 id = idOf(message.value("id"_L1));
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return; // cancelled or timed out meanwhile: the answer is dropped
        Pending pending = std::move(it->second);
        m_pending.erase(it);
        if (pending.timer)
            pending.timer->deleteLater();
        if (message.value("error"_L1).isObject()) {
            pending.reply({}, errorText(message.value("error"_L1).toObject()));
        } else if (!message.value("result"_L1).isObject()) {
            pending.reply({}, u"the server answered "_s + pending.method
                                      + u" with a result that is not an object"_s);
        } else {
            pending.reply(message.value("result"_L1).toObject(), QString());
        }
        return;
    }
    if (hasMethod && hasId) {
        // A request from the server. LiveDesk offers no sampling, roots or elicitation.
        const QString method = message.value("method"_L1).toString();
        QJsonObject reply {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, message.value("id"_L1)}};
        if (method == "ping"_L1)
            reply.insert(u"result"_s, QJsonObject());
        else
            reply.insert(u"error"_s,
                         QJsonObject {{u"code"_s, kMethodNotFound},
                                      {u"message"_s,
                                       QString(u"LiveDesk does not offer "_s + method)}});
        m_transport->send(reply);
        return;
    }
    if (hasMethod) {
        const QString method = message.value("method"_L1).toString();
        if (method == "notifications/tools/list_changed"_L1 && m_state == McpServerState::Ready) {
            m_skippedTools.clear();
            listTools(QString(), {}, 0);
        } else if (method == "notifications/message"_L1) {
            const QJsonObject params = message.value("params"_L1).toObject();
            qCDebug(lcTools).noquote()
                    << "MCP" << m_config.name << params.value("level"_L1).toString()
                    << m_scrubber->scrub(QString::fromUtf8(
                               QJsonDocument(params).toJson(QJsonDocument::Compact)));
        }
        return; // progress, cancelled, resource updates: nothing LiveDesk shows
    }
    onGarbage(m_scrubber->scrub(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact).left(120))));
}

void McpClient::onGarbage(const QString &excerpt)
{
    ++m_garbageCount;
    m_lastGarbage = excerpt;
    if (m_garbageWarned.isValid() && m_garbageWarned.elapsed() < kGarbageWarningIntervalMs) {
        ++m_garbageUnreported;
        return;
    }
    m_garbageWarned.start();
    if (m_garbageUnreported > 0)
        qCWarning(lcTools).noquote()
                << "MCP server" << m_config.name << "sent" << m_garbageUnreported
                << "more lines that are not JSON-RPC; the last:" << excerpt;
    else
        qCWarning(lcTools).noquote() << "MCP server" << m_config.name
                                     << "sent something that is not JSON-RPC:" << excerpt;
    m_garbageUnreported = 0;
    // The status text counts every line; it is announced as often as the warning.
    Q_EMIT statusChanged();
}

void McpClient::onRequestFailed(const QJsonValue &id, const QString &reason)
{
    auto it = m_pending.find(idOf(id));
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    if (pending.timer)
        pending.timer->deleteLater();
    pending.reply({}, reason);
}

void McpClient::onClosed(const QString &reason)
{
    const QString when = m_state == McpServerState::Starting ? u" during start-up"_s : QString();
    fail(reason + when);
}

QString McpClient::diagnostics() const
{
    return m_transport ? m_transport->diagnostics() : QString();
}

QString McpClient::withDiagnostics(const QString &reason) const
{
    const QString diagnostics = m_transport ? m_transport->diagnostics() : QString();
    QString text = reason;
    if (m_garbageCount > 0)
        text += u"; it printed "_s + QString::number(m_garbageCount)
                + u" line(s) that are not JSON-RPC, the last: \""_s + m_lastGarbage + u'"';
    if (!diagnostics.isEmpty())
        text += u"; its error output: "_s + diagnostics;
    return text;
}

void McpClient::fail(const QString &reason)
{
    if (m_state == McpServerState::Failed || m_state == McpServerState::Stopped)
        return;
    m_failure = m_scrubber->scrub(withDiagnostics(reason));
    qCWarning(lcTools).noquote() << "MCP server" << m_config.name << "failed:" << m_failure;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
    // Failed before the pending requests hear about it, so their replies cannot fail us again.
    m_state = McpServerState::Failed;
    failAllPending(u"MCP server '"_s + m_config.name + u"' failed: "_s + m_failure);
    Q_EMIT stateChanged(m_state);
    Q_EMIT statusChanged();
}

void McpClient::failAllPending(const QString &reason)
{
    std::map<qint64, Pending> pending;
    pending.swap(m_pending);
    for (auto &[id, p] : pending) {
        if (p.timer)
            p.timer->deleteLater();
        p.reply({}, p.method == "tools/call"_L1
                            ? reason + u" (while running '"_s + p.toolName + u"')"_s
                            : reason);
    }
}

void McpClient::setState(McpServerState state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcTools).noquote() << "MCP server" << m_config.name << statusText();
    Q_EMIT stateChanged(state);
    Q_EMIT statusChanged();
}

ToolOutcome mcpResultToOutcome(const QJsonObject &result, qsizetype maxOutputBytes)
{
    const QJsonValue content = result.value("content"_L1);
    if (!content.isUndefined() && !content.isArray())
        return ToolOutcome::failure(
                u"MCP server returned a malformed tools/call result: \"content\" is not a list"_s);
    QStringList parts;
    for (const QJsonValue &item : content.toArray()) {
        const QJsonObject block = item.toObject();
        const QString type = block.value("type"_L1).toString();
        if (type == "text"_L1) {
            if (!block.value("text"_L1).isString())
                return ToolOutcome::failure(u"MCP server returned a malformed tools/call result: "
                                            u"a text block without text"_s);
            parts.append(block.value("text"_L1).toString());
        } else if (type == "image"_L1 || type == "audio"_L1) {
            parts.append(u"["_s + type + u" ("_s + block.value("mimeType"_L1).toString() + u", "_s
                         + describeBytes(block.value("data"_L1).toString()) + u") not shown]"_s);
        } else if (type == "resource"_L1) {
            const QJsonObject resource = block.value("resource"_L1).toObject();
            const QString uri = resource.value("uri"_L1).toString();
            if (resource.value("text"_L1).isString())
                parts.append(u"[resource "_s + uri + u"]\n"_s
                             + resource.value("text"_L1).toString());
            else
                parts.append(u"[resource "_s + uri + u" ("_s
                             + resource.value("mimeType"_L1).toString(u"binary"_s) + u", "_s
                             + describeBytes(resource.value("blob"_L1).toString())
                             + u") not shown]"_s);
        } else if (type == "resource_link"_L1) {
            const QString title = block.value("name"_L1).toString();
            parts.append(u"[link"_s + (title.isEmpty() ? QString() : u": "_s + title) + u" <"_s
                         + block.value("uri"_L1).toString() + u">]"_s);
        } else {
            parts.append(u"[content of type '"_s + type + u"' not shown]"_s);
        }
    }
    QString text = parts.join(u'\n');
    const bool isError = result.value("isError"_L1).toBool(false);
    if (isError)
        return ToolOutcome::failure(text.isEmpty() ? u"the tool reported an error"_s
                                                   : truncateForModel(text, maxOutputBytes));
    if (text.isEmpty() && result.value("structuredContent"_L1).isObject()) {
        const QJsonObject structured = result.value("structuredContent"_L1).toObject();
        const QByteArray compact = QJsonDocument(structured).toJson(QJsonDocument::Compact);
        if (compact.size() <= maxOutputBytes)
            return ToolOutcome::success(structured);
        return ToolOutcome::success(truncateForModel(compact, maxOutputBytes));
    }
    if (content.isUndefined() && !result.contains("structuredContent"_L1))
        return ToolOutcome::failure(
                u"MCP server returned a malformed tools/call result: no \"content\""_s);
    return ToolOutcome::success(truncateForModel(text, maxOutputBytes));
}

} // namespace livedesk::tools
