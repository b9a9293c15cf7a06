#include "app/subtitles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Subtitles", text);
}

constexpr qint64 kMsPerChar = 60; // reading time for a turn without an end

// Splits text into pieces of at most `maxChars` at word boundaries.
QStringList splitWords(const QString &text, int maxChars)
{
    QStringList pieces;
    QString current;
    QStringList words;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        // A "word" longer than a line (a URL, JSON) is cut into lines.
        for (qsizetype at = 0; at < word.size(); at += maxChars)
            words.append(word.mid(at, maxChars));
    }
    for (const QString &word : std::as_const(words)) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > maxChars) {
            pieces.append(current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!current.isEmpty())
        pieces.append(current);
    return pieces;
}

QString timestamp(qint64 ms, QChar separator)
{
    ms = std::max<qint64>(0, ms);
    return u"%1:%2:%3%4%5"_s.arg(ms / 3600000, 2, 10, QLatin1Char('0'))
            .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
            .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
            .arg(separator)
            .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// "hh:mm:ss.ttt" or "mm:ss.ttt" (WebVTT; SRT uses a comma).
std::optional<qint64> parseTimestamp(QStringView text, QChar separator)
{
    static const QRegularExpression pattern(uR"(^(?:(\d+):)?(\d{2}):(\d{2})[.,](\d{3})$)"_s);
    const auto m = pattern.match(text.trimmed().toString());
    if (!m.hasMatch() || !text.contains(separator))
        return std::nullopt;
    const qint64 h = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
    const qint64 min = m.captured(2).toLongLong();
    const qint64 s = m.captured(3).toLongLong();
    if (min > 59 || s > 59)
        return std::nullopt;
    return ((h * 60 + min) * 60 + s) * 1000 + m.captured(4).toLongLong();
}

QString vttEscaped(const QString &text)
{
    QString out = text;
    out.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
    return out;
}

QString vttUnescaped(const QString &text)
{
    QString out = text;
    static const QRegularExpression tags(u"<[^>]*>"_s);
    out.remove(tags);
    out.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&nbsp;"_s, u" "_s);
    out.replace(u"&amp;"_s, u"&"_s);
    return out;
}

// Blocks separated by blank lines.
QList<QStringList> blocks(const QString &text)
{
    QList<QStringList> out;
    QStringList current;
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    for (const QString &line : normalised.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else {
            current.append(line);
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

std::optional<SubtitleCue> parseCue(const QStringList &lines, int timingLine, QChar separator,
                                    int blockNumber, QString *error)
{
    const QString &timing = lines.at(timingLine);
    const qsizetype arrow = timing.indexOf(u"-->"_s);
    // WebVTT allows cue settings after the end time ("line:90% align:center").
    const QString endPart = timing.mid(arrow + 3).trimmed().section(u' ', 0, 0);
    const auto start = parseTimestamp(QStringView(timing).left(arrow), separator);
    const auto end = parseTimestamp(endPart, separator);
    if (!start || !end) {
        *error = tr("cue %1: \"%2\" is not a valid timing").arg(blockNumber).arg(timing);
        return std::nullopt;
    }
    if (*end < *start) {
        *error = tr("cue %1: it ends before it starts").arg(blockNumber);
        return std::nullopt;
    }
    return SubtitleCue {*start, *end, lines.mid(timingLine + 1).join(u'\n')};
}

} // namespace

SubtitleFormat subtitleFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"vtt")
        return SubtitleFormat::WebVtt;
    if (suffix == u"srt")
        return SubtitleFormat::Srt;
    return SubtitleFormat::None;
}

QList<SubtitleCue> subtitleCues(const QList<TranscriptItem> &items, const QDateTime &origin,
                                const SubtitleOptions &options)
{
    struct Turn
    {
        qint64 startMs;
        qint64 endMs;
        QString text;
    };
    QList<Turn> turns;
    // The answer a user turn prompted, when it started before the user's words arrived.
    auto answerStart = [&items](qsizetype userIndex) -> QDateTime {
        for (qsizetype j = userIndex + 1; j < items.size(); ++j) {
            if (items[j].kind == TranscriptItemKind::UserTurn)
                break;
            if (items[j].kind == TranscriptItemKind::ModelTurn)
                return items[j].started;
        }
        return {};
    };
    for (qsizetype index = 0; index < items.size(); ++index) {
        const TranscriptItem &item = items[index];
        const bool user = item.kind == TranscriptItemKind::UserTurn;
        const bool model = item.kind == TranscriptItemKind::ModelTurn;
        if ((!user && !model) || !item.started.isValid())
            continue;
        if ((user && options.content == SubtitleContent::Translation)
            || (model && options.content == SubtitleContent::Original))
            continue;
        QString text = item.text.simplified();
        if (model && item.interrupted && item.heardChars >= 0 && item.heardChars < item.text.size())
            text = item.text.left(item.heardChars).simplified() + u'…';
        if (text.isEmpty() || text == u"…")
            continue;
        QString label;
        if (options.labels == SubtitleLabels::Speaker)
            label = user ? tr("You") : tr("Model");
        else if (options.labels == SubtitleLabels::Language && !item.languageCode.isEmpty())
            label = item.languageCode;
        if (!label.isEmpty())
            text = (options.labels == SubtitleLabels::Language ? u"[%1] "_s : u"%1: "_s).arg(label)
                   + text;
        qint64 start = std::max<qint64>(0, origin.msecsTo(item.started));
        qint64 end = item.ended.isValid() ? origin.msecsTo(item.ended) : -1;
        const qint64 readingMs = std::max<qint64>(kMinCueMs, text.size() * kMsPerChar);
        if (end <= start)
            end = start + readingMs;
        if (user) {
            // The user's transcript often arrives after the answer has begun, but the words
            // were said before it: show them then, for as long as they take to read.
            const QDateTime answer = answerStart(index);
            if (answer.isValid() && answer < item.started) {
                end = origin.msecsTo(answer);
                start = std::max<qint64>(0, end - readingMs);
                end = std::max(end, start + kMinCueMs);
            }
        }
        turns.append({start, end, text});
    }
    std::stable_sort(turns.begin(), turns.end(),
                     [](const Turn &a, const Turn &b) { return a.startMs < b.startMs; });

    QList<SubtitleCue> cues;
    for (const Turn &turn : std::as_const(turns)) {
        // Lines first, then cues of maxLines lines each, so no cue wraps to more.
        const QStringList lines = splitWords(turn.text, options.maxLineChars);
        QStringList pieces;
        for (qsizetype i = 0; i < lines.size(); i += options.maxLines)
            pieces.append(lines.mid(i, options.maxLines).join(u'\n'));
        qsizetype total = 0;
        for (const QString &p : std::as_const(pieces))
            total += p.size();
        qint64 at = turn.startMs;
        qsizetype done = 0;
        for (const QString &piece : std::as_const(pieces)) {
            done += piece.size();
            // Time shared by characters, so a long piece stays up longer.
            const qint64 until = turn.startMs + (turn.endMs - turn.startMs) * done / total;
            SubtitleCue cue;
            cue.startMs = at;
            cue.text = piece;
            if (!cues.isEmpty() && cue.startMs < cues.last().startMs)
                cue.startMs = cues.last().startMs;
            cue.endMs = std::max(until, cue.startMs + kMinCueMs);
            cues.append(cue);
            at = until;
        }
    }
    return cues;
}

QString toWebVtt(const QList<SubtitleCue> &cues)
{
    QString out = u"WEBVTT\n"_s;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const SubtitleCue &c = cues.at(i);
        out += u"\n%1\n%2 --> %3\n%4\n"_s.arg(i + 1).arg(timestamp(c.startMs, u'.'),
                                                         timestamp(c.endMs, u'.'),
                                                         vttEscaped(c.text));
    }
    return out;
}

QString toSrt(const QList<SubtitleCue> &cues)
{
    QString out;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const SubtitleCue &c = cues.at(i);
        out += u"%1\n%2 --> %3\n%4\n\n"_s.arg(i + 1).arg(timestamp(c.startMs, u','),
                                                         timestamp(c.endMs, u','), c.text);
    }
    return out;
}

std::optional<QList<SubtitleCue>> parseWebVtt(const QString &text, QString *error)
{
    const QList<QStringList> all = blocks(text);
    if (all.isEmpty() || !all.first().first().startsWith(u"WEBVTT"_s)) {
        *error = tr("not a WebVTT file: it must start with WEBVTT");
        return std::nullopt;
    }
    QList<SubtitleCue> cues;
    for (qsizetype b = 1; b < all.size(); ++b) {
        const QStringList &lines = all.at(b);
        if (lines.first().startsWith(u"NOTE"_s) || lines.first().startsWith(u"STYLE"_s)
            || lines.first().startsWith(u"REGION"_s))
            continue;
        int timing = lines.first().contains(u"-->"_s) ? 0 : 1; // an optional cue id first
        if (timing >= lines.size() || !lines.at(timing).contains(u"-->"_s)) {
            *error = tr("cue %1: no timing line (start --> end)").arg(cues.size() + 1);
            return std::nullopt;
        }
        auto cue = parseCue(lines, timing, u'.', int(cues.size() + 1), error);
        if (!cue)
            return std::nullopt;
        cue->text = vttUnescaped(cue->text);
        cues.append(*cue);
    }
    return cues;
}

std::optional<QList<SubtitleCue>> parseSrt(const QString &text, QString *error)
{
    QList<SubtitleCue> cues;
    const QList<QStringList> all = blocks(text);
    for (const QStringList &lines : all) {
        bool numbered = false;
        lines.first().trimmed().toInt(&numbered);
        if (!numbered || lines.size() < 2 || !lines.at(1).contains(u"-->"_s)) {
            *error = tr("cue %1: expected a number, then a timing line").arg(cues.size() + 1);
            return std::nullopt;
        }
        auto cue = parseCue(lines, 1, u',', int(cues.size() + 1), error);
        if (!cue)
            return std::nullopt;
        cues.append(*cue);
    }
    return cues;
}

bool writeSubtitles(const QString &path, const QList<SubtitleCue> &cues, QString *error)
{
    QString text;
    switch (subtitleFormatForPath(path)) {
    case SubtitleFormat::WebVtt:
        text = toWebVtt(cues);
        break;
    case SubtitleFormat::Srt:
        text = toSrt(cues);
        break;
    case SubtitleFormat::None:
        *error = tr("%1: subtitles must be .vtt (WebVTT) or .srt").arg(path);
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write the subtitles %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace livedesk::app
