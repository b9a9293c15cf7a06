#include "app/history/transcriptjson.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

QString kindName(TranscriptItemKind kind)
{
    switch (kind) {
    case TranscriptItemKind::UserTurn:
        return u"user"_s;
    case TranscriptItemKind::ModelTurn:
        return u"model"_s;
    case TranscriptItemKind::ToolCall:
        return u"tool"_s;
    case TranscriptItemKind::Notice:
        return u"notice"_s;
    case TranscriptItemKind::None:
        break;
    }
    return {};
}

std::optional<TranscriptItemKind> kindFromName(QStringView name)
{
    for (auto kind : {TranscriptItemKind::UserTurn, TranscriptItemKind::ModelTurn,
                      TranscriptItemKind::ToolCall, TranscriptItemKind::Notice}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString noticeName(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Reconnected:
        return u"reconnected"_s;
    case NoticeKind::ContextRestored:
        return u"context_restored"_s;
    case NoticeKind::Error:
        return u"error"_s;
    case NoticeKind::None:
        break;
    }
    return {};
}

NoticeKind noticeFromName(QStringView name)
{
    for (auto kind : {NoticeKind::Reconnected, NoticeKind::ContextRestored, NoticeKind::Error}) {
        if (name == noticeName(kind))
            return kind;
    }
    return NoticeKind::None;
}

std::optional<tools::ToolCallState> toolStateFromName(QStringView name)
{
    using S = tools::ToolCallState;
    for (S state :
         {S::Idle, S::AwaitingConfirmation, S::Running, S::Done, S::Failed, S::Cancelled}) {
        if (name == tools::stateName(state))
            return state;
    }
    return std::nullopt;
}

QJsonObject groundingToJson(const TranscriptItem &item)
{
    QJsonObject o;
    if (!item.sources.isEmpty()) {
        QJsonArray sources;
        for (const auto &s : item.sources)
            sources.append(
                    QJsonObject {{u"uri"_s, s.uri}, {u"title"_s, s.title}, {u"domain"_s, s.domain}});
        o.insert(u"sources"_s, sources);
    }
    if (!item.searchQueries.isEmpty())
        o.insert(u"search_queries"_s, QJsonArray::fromStringList(item.searchQueries));
    return o;
}

void groundingFromJson(const QJsonObject &json, TranscriptItem &item)
{
    for (const QJsonValue &v : json.value(u"sources"_s).toArray()) {
        const QJsonObject s = v.toObject();
        item.sources.append({s.value(u"uri"_s).toString(), s.value(u"title"_s).toString(),
                             s.value(u"domain"_s).toString()});
    }
    for (const QJsonValue &v : json.value(u"search_queries"_s).toArray())
        item.searchQueries.append(v.toString());
}

QJsonObject itemToJson(const TranscriptItem &item, const QDateTime &origin)
{
    QJsonObject o;
    o.insert(u"id"_s, item.id);
    o.insert(u"kind"_s, kindName(item.kind));
    if (item.started.isValid())
        o.insert(u"started"_s, item.started.toString(Qt::ISODateWithMs));
    if (item.ended.isValid())
        o.insert(u"ended"_s, item.ended.toString(Qt::ISODateWithMs));
    if (origin.isValid() && item.started.isValid()) {
        o.insert(u"start_ms"_s, origin.msecsTo(item.started));
        if (item.ended.isValid())
            o.insert(u"end_ms"_s, origin.msecsTo(item.ended));
    }
    o.insert(u"complete"_s, item.complete);
    switch (item.kind) {
    case TranscriptItemKind::UserTurn:
    case TranscriptItemKind::ModelTurn: {
        o.insert(u"text"_s, item.text);
        if (!item.languageCode.isEmpty())
            o.insert(u"language"_s, item.languageCode);
        if (item.interrupted) {
            o.insert(u"interrupted"_s, true);
            if (item.heardChars >= 0)
                o.insert(u"heard_chars"_s, item.heardChars);
        }
        if (item.fromLocalSpeech)
            o.insert(u"from_local_speech"_s, true);
        const QJsonObject grounding = groundingToJson(item);
        for (auto it = grounding.constBegin(); it != grounding.constEnd(); ++it)
            o.insert(it.key(), it.value());
        break;
    }
    case TranscriptItemKind::ToolCall:
        o.insert(u"name"_s, item.toolName);
        o.insert(u"call_id"_s, item.callId);
        o.insert(u"arguments"_s, item.arguments);
        o.insert(u"state"_s, tools::stateName(item.toolState));
        if (!item.toolResult.isEmpty())
            o.insert(u"result"_s, item.toolResult);
        if (item.durationMs >= 0)
            o.insert(u"duration_ms"_s, item.durationMs);
        break;
    case TranscriptItemKind::Notice:
        o.insert(u"notice"_s, noticeName(item.notice));
        o.insert(u"text"_s, item.text);
        break;
    case TranscriptItemKind::None:
        break;
    }
    return o;
}

std::optional<TranscriptItem> itemFromJson(const QJsonObject &o, QString *error)
{
    const auto kind = kindFromName(o.value(u"kind"_s).toString());
    if (!kind) {
        if (error)
            *error = u"unknown item kind \"%1\""_s.arg(o.value(u"kind"_s).toString());
        return std::nullopt;
    }
    TranscriptItem item;
    item.kind = *kind;
    item.id = o.value(u"id"_s).toInteger();
    item.started = QDateTime::fromString(o.value(u"started"_s).toString(), Qt::ISODateWithMs);
    item.ended = QDateTime::fromString(o.value(u"ended"_s).toString(), Qt::ISODateWithMs);
    item.complete = o.value(u"complete"_s).toBool();
    item.text = o.value(u"text"_s).toString();
    item.languageCode = o.value(u"language"_s).toString();
    item.interrupted = o.value(u"interrupted"_s).toBool();
    item.heardChars = o.value(u"heard_chars"_s).toInt(-1);
    item.fromLocalSpeech = o.value(u"from_local_speech"_s).toBool();
    groundingFromJson(o, item);
    item.toolName = o.value(u"name"_s).toString();
    item.callId = o.value(u"call_id"_s).toString();
    item.arguments = o.value(u"arguments"_s).toObject();
    item.toolState = toolStateFromName(o.value(u"state"_s).toString())
                             .value_or(tools::ToolCallState::Idle);
    item.toolResult = o.value(u"result"_s).toString();
    item.durationMs = o.value(u"duration_ms"_s).toInteger(-1);
    item.notice = noticeFromName(o.value(u"notice"_s).toString());
    return item;
}

QJsonArray itemsToJson(const QList<TranscriptItem> &items, const QDateTime &origin)
{
    QJsonArray out;
    for (const TranscriptItem &item : items)
        out.append(itemToJson(item, origin));
    return out;
}

} // namespace livedesk::app
