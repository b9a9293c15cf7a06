#include "tools/mcp/mcpconfig.h"

#include "tools/secrets.h"
#include "tools/usertools.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace {

constexpr int kMaxTimeoutMs = 60 * 60 * 1000;

// Fills `server` from its JSON entry; a problem goes to server.configError.
void readServer(const QJsonObject &entry, const QProcessEnvironment &environment,
                McpServerConfig &server, QStringList &warnings)
{
    const auto problem = [&server](const QString &message) {
        if (server.configError.isEmpty())
            server.configError = message;
    };
    const QString at = server.name + u'.';
    QString expandError;
    const auto expand = [&](const QString &text, const QString &field,
                            QStringList *inserted) -> QString {
        const auto value = expandEnvironmentReferences(text, environment, inserted, &expandError);
        if (!value) {
            problem(field + u": "_s + expandError);
            return {};
        }
        return *value;
    };

    static const QStringList known {u"command"_s,
                                    u"args"_s,
                                    u"env"_s,
                                    u"cwd"_s,
                                    u"type"_s,
                                    u"transport"_s,
                                    u"url"_s,
                                    u"headers"_s,
                                    u"disabled"_s,
                                    u"timeout"_s,
                                    u"startupTimeoutMs"_s,
                                    u"callTimeoutMs"_s,
                                    u"maxOutputBytes"_s,
                                    u"description"_s};
    for (const QString &key : entry.keys()) {
        if (key == "autoApprove"_L1 || key == "alwaysAllow"_L1)
            warnings.append(at + key
                            + u" is ignored: LiveDesk asks before running MCP tools unless you "
                              u"allow them in the app or with --approve-tools"_s);
        else if (!known.contains(key))
            warnings.append(at + key + u" is not a setting LiveDesk knows; ignored"_s);
    }

    server.disabled = entry.value("disabled"_L1).toBool(false);
    QString type = entry.value("type"_L1).toString(entry.value("transport"_L1).toString());
    type = type.toLower();
    const bool hasCommand = entry.contains("command"_L1);
    const bool hasUrl = entry.contains("url"_L1);
    if (type == "sse"_L1) {
        problem(u"the legacy HTTP+SSE transport is not supported; use the server's streamable "
                u"HTTP endpoint (type \"http\")"_s);
        return;
    }
    if (!type.isEmpty() && type != "stdio"_L1 && type != "http"_L1 && type != "streamable-http"_L1
        && type != "streamablehttp"_L1) {
        problem(at + u"type: unknown transport '"_s + type + u"' (use \"stdio\" or \"http\")"_s);
        return;
    }
    if (hasCommand == hasUrl) {
        problem(u"give either \"command\" (a program that speaks MCP on stdio) or \"url\" (a "
                u"streamable HTTP endpoint)"_s);
        return;
    }

    const auto timeoutValue = [&](QLatin1StringView key, int fallback, int scale) {
        if (!entry.contains(key))
            return fallback;
        const double d = entry.value(key).toDouble(-1) * scale;
        if (d <= 0 || d > kMaxTimeoutMs) {
            problem(at + key + u": must be a positive number of "_s
                    + (scale == 1000 ? u"seconds"_s : u"milliseconds"_s));
            return fallback;
        }
        return int(d);
    };
    // "timeout" in seconds is Cline's spelling for the per-call limit.
    server.callTimeoutMs = timeoutValue("timeout"_L1, server.callTimeoutMs, 1000);
    server.callTimeoutMs = timeoutValue("callTimeoutMs"_L1, server.callTimeoutMs, 1);
    server.startupTimeoutMs = timeoutValue("startupTimeoutMs"_L1, server.startupTimeoutMs, 1);
    if (entry.contains("maxOutputBytes"_L1)) {
        const double d = entry.value("maxOutputBytes"_L1).toDouble(-1);
        if (d < 1 || d > 4 * 1024 * 1024)
            problem(at + u"maxOutputBytes: must be from 1 to 4194304"_s);
        else
            server.maxOutputBytes = qsizetype(d);
    }

    if (hasCommand) {
        server.transport = McpTransportKind::Stdio;
        if (!entry.value("command"_L1).isString()
            || entry.value("command"_L1).toString().isEmpty()) {
            problem(at + u"command: must be the program to run"_s);
            return;
        }
        server.command = expand(entry.value("command"_L1).toString(), at + u"command"_s, nullptr);
        const QJsonValue args = entry.value("args"_L1);
        if (!args.isUndefined() && !args.isArray()) {
            problem(at + u"args: must be a list of strings"_s);
            return;
        }
        for (const QJsonValue &a : args.toArray()) {
            if (!a.isString()) {
                problem(at + u"args: must be a list of strings"_s);
                return;
            }
            server.args.append(expand(a.toString(), at + u"args"_s, nullptr));
        }
        const QJsonValue env = entry.value("env"_L1);
        if (!env.isUndefined() && !env.isObject()) {
            problem(at + u"env: must be an object of strings"_s);
            return;
        }
        const QJsonObject envObject = env.toObject();
        for (auto it = envObject.begin(); it != envObject.end(); ++it) {
            if (!it.value().isString()) {
                problem(at + u"env."_s + it.key() + u": must be a string"_s);
                return;
            }
            QStringList inserted;
            const QString value = expand(it.value().toString(), at + u"env."_s + it.key(),
                                         &inserted);
            server.env.insert(it.key(), value);
            if (looksLikeCredentialName(it.key()))
                server.secretValues.append(value);
            else if (looksLikeCredentialName(it.value().toString()))
                server.secretValues += inserted; // "${env:SOME_TOKEN}" under a plain name
        }
        server.workingDirectory = expand(entry.value("cwd"_L1).toString(), at + u"cwd"_s, nullptr);
    } else {
        server.transport = McpTransportKind::StreamableHttp;
        QStringList inserted;
        const QString url = expand(entry.value("url"_L1).toString(), at + u"url"_s, &inserted);
        server.secretValues += inserted;
        server.url = QUrl(url, QUrl::StrictMode);
        if (!server.url.isValid()
            || (server.url.scheme() != "http"_L1 && server.url.scheme() != "https"_L1)
            || server.url.host().isEmpty()) {
            problem(at + u"url: must be an http:// or https:// URL"_s);
            return;
        }
        const QJsonValue headers = entry.value("headers"_L1);
        if (!headers.isUndefined() && !headers.isObject()) {
            problem(at + u"headers: must be an object of strings"_s);
            return;
        }
        const QJsonObject headerObject = headers.toObject();
        for (auto it = headerObject.begin(); it != headerObject.end(); ++it) {
            QStringList headerInserted;
            const QString value = expand(it.value().toString(), at + u"headers."_s + it.key(),
                                         &headerInserted);
            server.headers.append({it.key().toUtf8(), value.toUtf8()});
            server.secretValues += headerInserted;
            if (looksLikeCredentialName(it.key())) {
                server.secretValues.append(value);
                const qsizetype space = value.lastIndexOf(u' ');
                if (space > 0)
                    server.secretValues.append(value.mid(space + 1));
            }
        }
    }
}

} // namespace

std::optional<McpConfig> parseMcpConfig(const QByteArray &json,
                                        const QProcessEnvironment &environment, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<McpConfig> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"not valid JSON: "_s + parseError.errorString() + u" at offset "_s
                    + QString::number(parseError.offset));
    // VS Code's mcp.json calls the same map "servers".
    const QJsonObject root = doc.object();
    const QJsonValue servers = root.contains("mcpServers"_L1) ? root.value("mcpServers"_L1)
                                                              : root.value("servers"_L1);
    if (!doc.isObject() || !servers.isObject())
        return fail(u"expected an object with an \"mcpServers\" object"_s);

    McpConfig config;
    const QJsonObject entries = servers.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        McpServerConfig server;
        server.name = it.key();
        if (server.name.trimmed().isEmpty()) {
            server.configError = u"a server needs a non-empty name"_s;
        } else if (!it.value().isObject()) {
            server.configError = u"the entry must be an object"_s;
        } else {
            readServer(it.value().toObject(), environment, server, config.warnings);
        }
        config.servers.append(server);
    }
    return config;
}

std::optional<McpConfig> loadMcpConfigFile(const QString &path,
                                           const QProcessEnvironment &environment, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + u": cannot read the MCP configuration: "_s + file.errorString();
        return std::nullopt;
    }
    QString message;
    auto config = parseMcpConfig(file.readAll(), environment, &message);
    if (!config && error)
        *error = path + u": "_s + message;
    return config;
}

} // namespace livedesk::tools
