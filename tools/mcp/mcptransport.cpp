#include "tools/mcp/mcptransport.h"

#include "tools/logging.h"
#include "tools/processgroup.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace {

constexpr qsizetype kStderrTailBytes = 4096;
constexpr qsizetype kExcerptLength = 120;

QString excerpt(const QByteArray &data, const SecretScrubber &scrubber)
{
    QString text = scrubber.scrub(QString::fromUtf8(data.left(4 * kExcerptLength))).simplified();
    if (text.size() > kExcerptLength)
        text = text.left(kExcerptLength - 1) + u'…';
    return text;
}

bool sameId(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

} // namespace

// --- stdio ------------------------------------------------------------------------------------

StdioTransport::StdioTransport(const McpServerConfig &config,
                               std::shared_ptr<const SecretScrubber> scrubber, QObject *parent)
    : McpTransport(parent)
    , m_config(config)
    , m_scrubber(std::move(scrubber))
{ }

StdioTransport::~StdioTransport()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    stopTogether({this});
}

void StdioTransport::stopTogether(const QList<StdioTransport *> &transports)
{
    QList<QProcess *> processes;
    for (StdioTransport *transport : transports) {
        if (transport && transport->m_process) {
            transport->m_closing = true;
            processes.append(transport->m_process);
        }
    }
    // A well-behaved server exits when its stdin closes; the rest are stopped.
    stopProcessGroups(processes, kStopGraceMs, kStopTerminateMs);
}

void StdioTransport::open()
{
    QString program = m_config.command;
    if (!QDir::isAbsolutePath(program)) {
        const QString found = QStandardPaths::findExecutable(program);
        if (found.isEmpty()) {
            const QString reason = u"command '"_s + program + u"' was not found in PATH"_s;
            QMetaObject::invokeMethod(
                    this, [this, reason] { Q_EMIT closed(reason); }, Qt::QueuedConnection);
            return;
        }
        program = found;
    }
    m_process = new QProcess(this);
    startInOwnProcessGroup(m_process, Leftovers::Stop);
    m_process->setProgram(program);
    m_process->setArguments(m_config.args);
    m_process->setProcessEnvironment(
            childProcessEnvironment(QProcessEnvironment::systemEnvironment(), *m_scrubber,
                                    m_config.env));
    m_process->setWorkingDirectory(m_config.workingDirectory.isEmpty() ? QDir::homePath()
                                                                       : m_config.workingDirectory);
    connect(m_process, &QProcess::started, this, &McpTransport::opened);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &StdioTransport::readStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &StdioTransport::readStderr);
    connect(m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !m_closing)
            Q_EMIT closed(u"could not start '"_s + program + u"': "_s + m_process->errorString());
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readStdout();
        readStderr();
        if (m_closing)
            return;
        Q_EMIT closed(status == QProcess::CrashExit ? u"the server process crashed"_s
                                                    : u"the server process exited with code "_s
                                                              + QString::number(exitCode));
    });
    qCInfo(lcTools).noquote() << "MCP server" << m_config.name << "starting:" << program
                              << m_scrubber->scrub(m_config.args.join(u' '));
    m_process->start();
}

void StdioTransport::send(const QJsonObject &message)
{
    if (!m_process || m_process->state() != QProcess::Running || m_closing)
        return;
    m_process->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void StdioTransport::close()
{
    if (!m_process || m_closing)
        return;
    m_closing = true;
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->closeWriteChannel();
    QPointer<QProcess> process(m_process);
    QTimer::singleShot(1500, m_process, [process] {
        if (process && process->state() != QProcess::NotRunning)
            signalProcessGroup(process, StopSignal::Terminate);
    });
    QTimer::singleShot(3000, m_process, [process] {
        if (process && process->state() != QProcess::NotRunning)
            signalProcessGroup(process, StopSignal::Kill);
    });
}

QString StdioTransport::diagnostics() const
{
    QString text = m_scrubber->scrub(QString::fromUtf8(m_stderrTail)).trimmed();
    if (text.size() > 600)
        text = u'…' + text.right(599);
    return text;
}

void StdioTransport::readStdout()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            break;
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (m_discardingLongLine) {
            m_discardingLongLine = false;
            continue;
        }
        handleLine(std::move(line));
    }
    if (m_buffer.size() > kMaxLineBytes) {
        m_buffer.clear();
        m_discardingLongLine = true;
        Q_EMIT garbageReceived(u"a message longer than "_s
                               + QString::number(kMaxLineBytes / (1024 * 1024))
                               + u" MiB (dropped)"_s);
    }
}

void StdioTransport::handleLine(QByteArray line)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        Q_EMIT messageReceived(doc.object());
        return;
    }
    if (error.error == QJsonParseError::NoError && doc.isArray()) {
        for (const QJsonValue &item : doc.array()) {
            if (item.isObject())
                Q_EMIT messageReceived(item.toObject());
            else
                Q_EMIT garbageReceived(excerpt(line, *m_scrubber));
        }
        return;
    }
    Q_EMIT garbageReceived(excerpt(line, *m_scrubber));
}

void StdioTransport::readStderr()
{
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAllStandardError();
    if (chunk.isEmpty())
        return;
    m_stderrTail += chunk;
    if (m_stderrTail.size() > kStderrTailBytes)
        m_stderrTail = m_stderrTail.right(kStderrTailBytes);
    if (lcTools().isDebugEnabled()) {
        for (const QByteArray &line : chunk.split('\n')) {
            if (!line.trimmed().isEmpty())
                qCDebug(lcTools).noquote()
                        << "MCP" << m_config.name
                        << "stderr:" << m_scrubber->scrub(QString::fromUtf8(line));
        }
    }
}

// --- streamable HTTP --------------------------------------------------------------------------

struct StreamableHttpTransport::Stream
{
    QJsonValue requestId; // undefined for notifications and responses
    QByteArray buffer;
    qsizetype totalBytes = 0;
    bool typeKnown = false;
    bool sse = false;
    bool answered = false;
    QByteArray eventData;
};

StreamableHttpTransport::StreamableHttpTransport(const McpServerConfig &config,
                                                 std::shared_ptr<const SecretScrubber> scrubber,
                                                 QObject *parent)
    : McpTransport(parent)
    , m_config(config)
    , m_scrubber(std::move(scrubber))
    , m_network(std::make_unique<QNetworkAccessManager>())
{ }

StreamableHttpTransport::~StreamableHttpTransport()
{
    m_closing = true;
    for (QNetworkReply *reply : m_streams.keys())
        reply->disconnect(this);
    m_streams.clear();
}

QString StreamableHttpTransport::shownUrl() const
{
    return m_scrubber->scrub(m_config.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

void StreamableHttpTransport::open()
{
    qCInfo(lcTools).noquote() << "MCP server" << m_config.name << "at" << shownUrl();
    QMetaObject::invokeMethod(this, &McpTransport::opened, Qt::QueuedConnection);
}

void StreamableHttpTransport::send(const QJsonObject &message)
{
    if (m_closing)
        return;
    QNetworkRequest request(m_config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json, text/event-stream");
    for (const auto &[name, value] : m_config.headers)
        request.setRawHeader(name, value);
    if (!m_sessionId.isEmpty())
        request.setRawHeader("Mcp-Session-Id", m_sessionId);
    if (!m_protocolVersion.isEmpty())
        request.setRawHeader("MCP-Protocol-Version", m_protocolVersion.toUtf8());
    QNetworkReply *reply = m_network->post(request,
                                           QJsonDocument(message).toJson(QJsonDocument::Compact));
    auto stream = std::make_shared<Stream>();
    if (message.contains("method"_L1) && message.contains("id"_L1))
        stream->requestId = message.value("id"_L1);
    m_streams.insert(reply, stream);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void StreamableHttpTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    const auto replies = m_streams.keys();
    m_streams.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (!m_sessionId.isEmpty()) {
        // Tell the server the session is over; nobody waits for the answer.
        QNetworkRequest request(m_config.url);
        request.setRawHeader("Mcp-Session-Id", m_sessionId);
        for (const auto &[name, value] : m_config.headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network->deleteResource(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
}

void StreamableHttpTransport::onReadyRead(QNetworkReply *reply)
{
    const auto it = m_streams.constFind(reply);
    if (it == m_streams.cend())
        return;
    Stream &stream = **it;
    const QByteArray session = reply->rawHeader("Mcp-Session-Id");
    if (!session.isEmpty())
        m_sessionId = session;
    if (!stream.typeKnown) {
        stream.typeKnown = true;
        stream.sse = reply->header(QNetworkRequest::ContentTypeHeader)
                             .toString()
                             .startsWith("text/event-stream"_L1, Qt::CaseInsensitive);
    }
    const QByteArray chunk = reply->readAll();
    stream.totalBytes += chunk.size();
    if (stream.totalBytes > kMaxResponseBytes) {
        reply->abort();
        return;
    }
    stream.buffer += chunk;
    if (stream.sse)
        parseSse(stream, reply);
}

void StreamableHttpTransport::parseSse(Stream &stream, QNetworkReply *reply)
{
    Q_UNUSED(reply)
    for (;;) {
        const qsizetype newline = stream.buffer.indexOf('\n');
        if (newline < 0)
            return;
        QByteArray line = stream.buffer.left(newline);
        stream.buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            // A blank line ends the event.
            if (!stream.eventData.isEmpty()) {
                const QByteArray data = stream.eventData;
                stream.eventData.clear();
                if (data.trimmed().startsWith('{') || data.trimmed().startsWith('[')) {
                    const QJsonDocument doc = QJsonDocument::fromJson(data);
                    if (doc.isObject() && sameId(doc.object().value("id"_L1), stream.requestId))
                        stream.answered = true;
                }
                deliver(data, stream.requestId);
            }
            continue;
        }
        if (line.startsWith(':'))
            continue; // comment / keep-alive
        if (line.startsWith("data:")) {
            QByteArray value = line.mid(5);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (!stream.eventData.isEmpty())
                stream.eventData += '\n';
            stream.eventData += value;
        }
        // "event:", "id:" and "retry:" carry nothing LiveDesk needs.
    }
}

void StreamableHttpTransport::deliver(const QByteArray &json, const QJsonValue &requestId)
{
    Q_UNUSED(requestId)
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        Q_EMIT messageReceived(doc.object());
        return;
    }
    if (error.error == QJsonParseError::NoError && doc.isArray()) {
        for (const QJsonValue &item : doc.array()) {
            if (item.isObject())
                Q_EMIT messageReceived(item.toObject());
        }
        return;
    }
    Q_EMIT garbageReceived(excerpt(json, *m_scrubber));
}

void StreamableHttpTransport::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const std::shared_ptr<Stream> stream = m_streams.take(reply);
    if (!stream || m_closing)
        return;
    const QByteArray session = reply->rawHeader("Mcp-Session-Id");
    if (!session.isEmpty())
        m_sessionId = session;
    if (!stream->typeKnown) {
        stream->typeKnown = true;
        stream->sse = reply->header(QNetworkRequest::ContentTypeHeader)
                              .toString()
                              .startsWith("text/event-stream"_L1, Qt::CaseInsensitive);
    }
    const QByteArray rest = reply->readAll();
    stream->totalBytes += rest.size();
    stream->buffer += rest;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool isRequest = !stream->requestId.isUndefined();

    if (stream->totalBytes > kMaxResponseBytes) {
        if (isRequest)
            Q_EMIT requestFailed(stream->requestId,
                                 u"the answer was larger than 16 MiB and was dropped"_s);
        return;
    }
    if (status == 0) {
        if (isRequest && !stream->answered)
            Q_EMIT requestFailed(stream->requestId, u"could not reach "_s + shownUrl() + u": "_s
                                                            + reply->errorString());
        return;
    }
    if (status == 404 && !m_sessionId.isEmpty()) {
        Q_EMIT closed(u"the server ended the MCP session (HTTP 404)"_s);
        return;
    }
    if (status >= 400) {
        // Servers often put a JSON-RPC error in the body; its message says the most.
        QString detail;
        const QJsonObject body = QJsonDocument::fromJson(stream->buffer).object();
        if (body.value("error"_L1).isObject())
            detail = body.value("error"_L1).toObject().value("message"_L1).toString();
        if (detail.isEmpty())
            detail = excerpt(stream->buffer, *m_scrubber);
        const QString reason = u"HTTP "_s + QString::number(status)
                               + (detail.isEmpty() ? QString() : u": "_s + detail);
        if (isRequest)
            Q_EMIT requestFailed(stream->requestId, reason);
        else
            qCWarning(lcTools).noquote() << "MCP server" << m_config.name << reason;
        return;
    }
    if (stream->sse) {
        stream->buffer += "\n\n"; // the last event may lack its blank line
        parseSse(*stream, reply);
    } else if (!stream->buffer.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(stream->buffer);
        if (doc.isObject() && sameId(doc.object().value("id"_L1), stream->requestId))
            stream->answered = true;
        if (doc.isArray())
            stream->answered = true; // batches: the client matches ids itself
        deliver(stream->buffer, stream->requestId);
    }
    if (isRequest && !stream->answered)
        Q_EMIT requestFailed(stream->requestId, u"the server ended the response without an "
                                                u"answer (HTTP "_s
                                                        + QString::number(status) + u')');
}

} // namespace livedesk::tools
