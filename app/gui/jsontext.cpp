#include "app/gui/jsontext.h"

#include "tools/mcp/mcpconfig.h"
#include "tools/usertools.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

// Settings' context: the file messages were translated there before they moved here.
struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(livedesk::app::SettingsText)
};

// Larger than any hand-written tools or MCP file; Settings reads the file on every keystroke.
constexpr qint64 maxConfigFileBytes = 4 * 1024 * 1024;

enum class ConfigKind { Tools, Mcp };

QString checkConfigFile(const QString &path, ConfigKind kind)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return JsonText::tr("The file “%1” does not exist.").arg(path);
    if (!info.isFile() || !info.isReadable())
        return JsonText::tr("The file “%1” cannot be read.").arg(path);
    if (info.size() > maxConfigFileBytes)
        return JsonText::tr("The file “%1” is too large (more than %2 MB).")
                .arg(path)
                .arg(maxConfigFileBytes / (1024 * 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return JsonText::tr("The file “%1” cannot be read.").arg(path);
    const QByteArray json = file.readAll();

    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return JsonText::tr("“%1” is not valid JSON: %2 at %3.")
                .arg(info.fileName(), parseError.errorString(), jsonErrorPosition(json, parseError));

    // The parsers' own messages name the JSON path of what is wrong ("tools[1].command: …").
    QString error;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (kind == ConfigKind::Tools) {
        if (!tools::parseUserTools(json, environment, &error))
            return JsonText::tr("“%1”: %2").arg(info.fileName(), error);
        return {};
    }
    const auto config = tools::parseMcpConfig(json, environment, &error);
    if (!config)
        return JsonText::tr("“%1”: %2").arg(info.fileName(), error);
    for (const tools::McpServerConfig &server : config->servers) {
        if (!server.configError.isEmpty())
            return JsonText::tr("“%1”, server “%2”: %3")
                    .arg(info.fileName(), server.name, server.configError);
    }
    return {};
}

// Indentation that follows the brackets of text that may be cut off anywhere, strings included.
QString indentJsonTokens(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&out, &depth] {
        out += u'\n';
        out += QString(qMax(0, depth) * 4, u' ');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            out += c;
            // An empty object or list stays on its line.
            qsizetype next = i + 1;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const QChar close = c == u'{' ? u'}' : u']';
            if (next < text.size() && text.at(next) == close) {
                out += close;
                i = next;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            if (!c.isSpace())
                out += c;
            break;
        }
    }
    return out;
}

} // namespace

QString jsonErrorPosition(const QByteArray &json, const QJsonParseError &error)
{
    const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), json.size());
    const QByteArrayView before(json.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    // Characters, not bytes: "ü" is one column.
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return JsonText::tr("line %1, column %2").arg(line).arg(column);
}

QString checkToolsFile(const QString &path)
{
    return checkConfigFile(path, ConfigKind::Tools);
}

QString checkMcpConfigFile(const QString &path)
{
    return checkConfigFile(path, ConfigKind::Mcp);
}

QString formatJsonText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'{') && !trimmed.startsWith(u'['))
        return text;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return indentJsonTokens(trimmed);
}

} // namespace livedesk::app
