// Keeping secrets away from the model and from tools.
//
// Two measures: spawned tools and MCP servers get an environment without the API key variables
// (unless a configuration names one explicitly), and everything that goes to the model or a log
// (tool output, arguments, error text, server stderr) is scrubbed of the known secret values.
#pragma once

#include "session/protocol/secretscrubber.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>

namespace livedesk::tools {

// The session's scrubber: one list of secrets and one way of replacing them (the class lives in
// the protocol module, which both the session and the tools may use).
using protocol::SecretScrubber;

// The environment for a spawned tool or MCP server: `base` without the credential variables and
// without any variable whose value contains a known secret, then `explicitVariables` on top (a
// configuration that names GEMINI_API_KEY explicitly gets it).
QProcessEnvironment childProcessEnvironment(const QProcessEnvironment &base,
                                            const SecretScrubber &scrubber,
                                            const QMap<QString, QString> &explicitVariables = {});

// Whether a variable or header name suggests its value is a credential (KEY, TOKEN, SECRET,
// PASSWORD, AUTHORIZATION…): such configured values are scrubbed too.
bool looksLikeCredentialName(QStringView name);

} // namespace livedesk::tools
