// Small shared types of the tools module: where a tool comes from, whether it needs consent, and
// the state of one call as the UI and the event log see it.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace livedesk::tools {

enum class ToolSource { Unspecified, BuiltIn, UserDefined, Mcp, Application };

// Whether a call changes or reveals something outside the conversation and so asks the user
// first. Unspecified counts as SideEffects: the safe default for a tool nobody classified.
enum class ToolSafety { Unspecified, ReadOnly, SideEffects };

// The lifecycle of one call. Idle is "not seen yet"; the last three are final.
enum class ToolCallState { Idle, AwaitingConfirmation, Running, Done, Failed, Cancelled };

// What the UI shows and the event log records for one call. Arguments, output and error text are
// already scrubbed of secrets.
struct ToolCallRecord
{
    quint64 serial = 0; // unique per dispatcher, for the UI (the model's ids may repeat)
    QString callId; // the model's id, echoed in the response
    QString name;
    QJsonObject arguments;
    ToolSource source = ToolSource::Unspecified;
    QString origin; // "built-in", the tools file, or the MCP server's name
    ToolCallState state = ToolCallState::Idle;
    QDateTime receivedAt;
    qint64 durationMs = 0; // from arrival to the final state, confirmation included
    QString error; // Failed: what the model was told
    QString outputPreview; // Done: the first ~200 characters of the output
};

QString stateName(ToolCallState state); // "awaiting_confirmation", "running", …
QString sourceName(ToolSource source); // "built-in", "user-defined", "mcp", "application"

// One line for the CLI's events.jsonl and the app log:
// {"event":"tool_call_finished","serial":3,"id":"fc-1","name":"fs__read_file","source":"mcp",
//  "origin":"fs","state":"done","arguments":{…},"durationMs":12,"outputPreview":"…"}
QJsonObject toolCallEvent(const ToolCallRecord &record);

} // namespace livedesk::tools

Q_DECLARE_METATYPE(livedesk::tools::ToolCallRecord)
