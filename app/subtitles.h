// Subtitles of a conversation, WebVTT or SRT, from its transcript: one cue per turn (long turns
// split into cues of at most two short lines), timed from an origin — the session's start, or a
// recording's first sample so they play in step with it. Format: docs/translation.md.
//
// Times come from when each turn's words arrived (transcripts are not aligned to the audio,
// live-protocol.md §4.5): a cue starts when its turn's first words came and ends when the turn
// ended. The user's words often arrive after the answer has begun; they were said before it, so
// such a cue ends where the answer starts and lasts as long as it takes to read. Cues never
// start before the previous one; each lasts at least kMinCueMs. An interrupted answer keeps
// only the words the user heard.
#pragma once

#include "app/transcript.h"

#include <QList>
#include <QString>

#include <optional>

namespace livedesk::app {

enum class SubtitleFormat { None, WebVtt, Srt };

// By extension: .vtt → WebVtt, .srt → Srt; None otherwise.
SubtitleFormat subtitleFormatForPath(const QString &path);

enum class SubtitleContent {
    Both, // what the user said and what the model said
    Original, // only the user
    Translation, // only the model
};

enum class SubtitleLabels {
    None,
    Speaker, // "You: …" / "Model: …"
    Language, // "[en-US] …" (translation)
};

struct SubtitleCue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text; // may have several lines

    friend bool operator==(const SubtitleCue &, const SubtitleCue &) = default;
};

struct SubtitleOptions
{
    SubtitleContent content = SubtitleContent::Both;
    SubtitleLabels labels = SubtitleLabels::Speaker;
    int maxLineChars = 42;
    int maxLines = 2;
};

inline constexpr qint64 kMinCueMs = 1000;

QList<SubtitleCue> subtitleCues(const QList<TranscriptItem> &items, const QDateTime &origin,
                                const SubtitleOptions &options = {});

QString toWebVtt(const QList<SubtitleCue> &cues);
QString toSrt(const QList<SubtitleCue> &cues);

// Parsers, for reading back what was written (and files people edited): cues in file order.
std::optional<QList<SubtitleCue>> parseWebVtt(const QString &text, QString *error);
std::optional<QList<SubtitleCue>> parseSrt(const QString &text, QString *error);

// Writes atomically in the format the extension names. False with `error` otherwise.
bool writeSubtitles(const QString &path, const QList<SubtitleCue> &cues, QString *error);

} // namespace livedesk::app
