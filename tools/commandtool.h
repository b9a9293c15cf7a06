// A user-defined tool that runs a program: QProcess with an argument list built from a template,
// never a shell, so an argument can never become a command.
#pragma once

#include "tools/secrets.h"
#include "tools/toolhandler.h"

#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

namespace livedesk::tools {

enum class OutputFormat { Unspecified, Text, Json }; // Unspecified reads as Text

struct CommandToolConfig
{
    QString program; // absolute, or looked up in PATH; never templated
    // Each element may hold {name} placeholders for arguments ({{ and }} are literal braces).
    // An element that is exactly "{name}" is left out when the argument is absent.
    QStringList argumentTemplates;
    QString workingDirectory; // empty: the user's home directory
    QMap<QString, QString> environment; // added to the scrubbed environment
    OutputFormat outputFormat = OutputFormat::Unspecified;
    qsizetype maxOutputBytes = 16 * 1024;
};

// The placeholder names used in `templates`, or nullopt with a message for a malformed template
// ("unclosed '{' in '--city={city'").
std::optional<QStringList> placeholdersIn(const QStringList &templates, QString *error = nullptr);

// The argument list for one call: strings as they are, numbers and booleans as JSON text,
// objects and arrays as compact JSON, null and absent arguments as nothing.
QStringList substituteArguments(const QStringList &templates, const QJsonObject &arguments);

class CommandToolHandler : public ToolHandler
{
public:
    CommandToolHandler(QString toolName, CommandToolConfig config,
                       std::shared_ptr<const SecretScrubber> scrubber);
    void start(ToolInvocation *invocation) override;

private:
    QString m_toolName;
    CommandToolConfig m_config;
    std::shared_ptr<const SecretScrubber> m_scrubber;
};

} // namespace livedesk::tools
