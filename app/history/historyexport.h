// A conversation as a document: Markdown for people, JSON for programs (both from the history or
// from a live Transcript), and the transcript written beside a recording. Formats:
// docs/history.md.
#pragma once

#include "app/history/historystore.h"

#include <QJsonObject>

namespace livedesk::app {

QString exportMarkdown(const HistorySessionInfo &session, const QList<TranscriptItem> &items);
QJsonObject exportJson(const HistorySessionInfo &session, const QList<TranscriptItem> &items);

// The JSON beside a recording: the session, and every item with start_ms/end_ms relative to
// `recordingStarted` (the recording's first sample), so a player can show them in step.
QJsonObject recordingTranscriptJson(const QString &recordingPath, const QDateTime &recordingStarted,
                                    const HistorySessionInfo &session,
                                    const QList<TranscriptItem> &items);
// Writes it atomically (QSaveFile) to recordingTranscriptPath(recordingPath).
bool writeRecordingTranscript(const QString &recordingPath, const QDateTime &recordingStarted,
                              const HistorySessionInfo &session, const QList<TranscriptItem> &items,
                              QString *error);

// Markdown-escapes text so that it shows as typed.
QString markdownEscaped(const QString &text);

} // namespace livedesk::app
