// The transcript as JSON: one shape for history export, the transcript written beside a
// recording, and the extra fields the history database keeps as JSON. Format: docs/history.md.
#pragma once

#include "app/transcript.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace livedesk::app {

QString kindName(TranscriptItemKind kind); // "user", "model", "tool", "notice"
std::optional<TranscriptItemKind> kindFromName(QStringView name);
QString noticeName(NoticeKind kind); // "reconnected", "context_restored", "error"
NoticeKind noticeFromName(QStringView name);
std::optional<tools::ToolCallState> toolStateFromName(QStringView name);

// One item. Times are ISO 8601 with the UTC offset; with a valid `origin`, also "start_ms" and
// "end_ms" relative to it (e.g. the recording's first sample).
QJsonObject itemToJson(const TranscriptItem &item, const QDateTime &origin = {});
// The reverse; items that do not parse give std::nullopt (with `error`).
std::optional<TranscriptItem> itemFromJson(const QJsonObject &json, QString *error = nullptr);

QJsonArray itemsToJson(const QList<TranscriptItem> &items, const QDateTime &origin = {});

// Sources and search queries of a turn (the history database's "extra" column).
QJsonObject groundingToJson(const TranscriptItem &item);
void groundingFromJson(const QJsonObject &json, TranscriptItem &item);

} // namespace livedesk::app
