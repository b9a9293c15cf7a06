#include "tools/tooltypes.h"

using namespace Qt::StringLiterals;

namespace livedesk::tools {

QString stateName(ToolCallState state)
{
    switch (state) {
    case ToolCallState::Idle:
        return u"idle"_s;
    case ToolCallState::AwaitingConfirmation:
        return u"awaiting_confirmation"_s;
    case ToolCallState::Running:
        return u"running"_s;
    case ToolCallState::Done:
        return u"done"_s;
    case ToolCallState::Failed:
        return u"failed"_s;
    case ToolCallState::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString sourceName(ToolSource source)
{
    switch (source) {
    case ToolSource::Unspecified:
        return u"unspecified"_s;
    case ToolSource::BuiltIn:
        return u"built-in"_s;
    case ToolSource::UserDefined:
        return u"user-defined"_s;
    case ToolSource::Mcp:
        return u"mcp"_s;
    case ToolSource::Application:
        return u"application"_s;
    }
    return {};
}

QJsonObject toolCallEvent(const ToolCallRecord &record)
{
    QString event;
    switch (record.state) {
    case ToolCallState::Idle:
        event = u"tool_call_received"_s;
        break;
    case ToolCallState::AwaitingConfirmation:
        event = u"tool_call_awaiting_confirmation"_s;
        break;
    case ToolCallState::Running:
        event = u"tool_call_started"_s;
        break;
    case ToolCallState::Done:
        event = u"tool_call_finished"_s;
        break;
    case ToolCallState::Failed:
        event = u"tool_call_failed"_s;
        break;
    case ToolCallState::Cancelled:
        event = u"tool_call_cancelled"_s;
        break;
    }
    QJsonObject o {{u"event"_s, event},
                   {u"serial"_s, qint64(record.serial)},
                   {u"id"_s, record.callId},
                   {u"name"_s, record.name},
                   {u"source"_s, sourceName(record.source)},
                   {u"state"_s, stateName(record.state)},
                   {u"arguments"_s, record.arguments}};
    if (!record.origin.isEmpty())
        o.insert(u"origin"_s, record.origin);
    const bool final = record.state == ToolCallState::Done || record.state == ToolCallState::Failed
                       || record.state == ToolCallState::Cancelled;
    if (final)
        o.insert(u"durationMs"_s, record.durationMs);
    if (!record.error.isEmpty())
        o.insert(u"error"_s, record.error);
    if (!record.outputPreview.isEmpty())
        o.insert(u"outputPreview"_s, record.outputPreview);
    return o;
}

} // namespace livedesk::tools
