// JSON as people read it: where a file's syntax error is (line and column, not a byte offset),
// the checks Settings runs on the tools and MCP files before storing their paths, and tool
// results laid out on lines.
#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

namespace livedesk::app {

// "line 3, column 14" for a parse error's offset into `json` (columns count characters).
QString jsonErrorPosition(const QByteArray &json, const QJsonParseError &error);

// Settings' checks of a tools file and an MCP configuration: empty when the file exists, is
// readable and is one the app can load; else why not, with the syntax error's line and column
// or the parser's message (translated where it is ours).
QString checkToolsFile(const QString &path);
QString checkMcpConfigFile(const QString &path);

// A tool's output for the screen: JSON indented as Qt does (four spaces); an output cut short (the
// preview keeps its first characters) is laid out as far as it goes; other text unchanged.
QString formatJsonText(const QString &text);

} // namespace livedesk::app
