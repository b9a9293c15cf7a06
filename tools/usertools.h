// User-defined tools from a JSON file (format: docs/tools.md): each entry is a function
// declaration plus either a program to run or a URL to POST to.
#pragma once

#include "tools/commandtool.h"
#include "tools/httptool.h"
#include "tools/toolregistry.h"

#include <QProcessEnvironment>

#include <optional>

namespace livedesk::tools {

enum class UserToolKind { Unspecified, Command, Http };

struct UserToolDefinition
{
    protocol::FunctionDeclaration declaration;
    UserToolKind kind = UserToolKind::Unspecified;
    CommandToolConfig command;
    HttpToolConfig http;
    protocol::Scheduling scheduling = protocol::Scheduling::Unspecified;
    int timeoutMs = 30000;
    // Values taken from ${env:NAME} references and credential-looking headers or variables:
    // they are scrubbed from everything the model or a log sees.
    QStringList secretValues;
};

// Parses a tools file. `environment` resolves ${env:NAME} references in headers and variables.
// On error returns nullopt and a message with the JSON path: "tools[1].command.args[2]: unknown
// placeholder '{cty}' (the function's arguments: city, units)".
std::optional<QList<UserToolDefinition>> parseUserTools(const QByteArray &json,
                                                        const QProcessEnvironment &environment,
                                                        QString *error = nullptr);

// Reads and parses a file; errors start with the file's path.
std::optional<QList<UserToolDefinition>> loadUserToolsFile(const QString &path,
                                                           const QProcessEnvironment &environment,
                                                           QString *error = nullptr);

// The registry entry for one definition: consent required, its timeout and scheduling, and a
// handler that runs the program or posts to the URL.
ToolSpec makeUserToolSpec(const UserToolDefinition &definition, const QString &origin,
                          std::shared_ptr<const SecretScrubber> scrubber);

// Adds every definition to `registry` and their secret values to `scrubber`. Stops at the first
// tool the registry refuses (a name clash), with the reason.
bool addUserTools(ToolRegistry *registry, const QList<UserToolDefinition> &definitions,
                  const QString &origin, const std::shared_ptr<SecretScrubber> &scrubber,
                  QString *error = nullptr);

// Replaces ${env:NAME} with the variable's value; a reference to an unset variable is an error.
// The values it inserted are appended to `inserted` (they are usually credentials).
std::optional<QString> expandEnvironmentReferences(const QString &text,
                                                   const QProcessEnvironment &environment,
                                                   QStringList *inserted, QString *error);

} // namespace livedesk::tools
