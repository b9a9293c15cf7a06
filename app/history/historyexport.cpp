#include "app/history/historyexport.h"

#include "app/history/transcriptjson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::HistoryExport", text);
}

QString timeOf(const QDateTime &t)
{
    return t.isValid() ? t.toString(u"HH:mm:ss"_s) : u"--:--:--"_s;
}

QString durationText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QJsonObject sessionJson(const HistorySessionInfo &s)
{
    QJsonObject o;
    if (s.id)
        o.insert(u"id"_s, s.id);
    o.insert(u"title"_s, s.title);
    o.insert(u"started"_s, s.started.toString(Qt::ISODateWithMs));
    if (s.ended.isValid())
        o.insert(u"ended"_s, s.ended.toString(Qt::ISODateWithMs));
    if (!s.endReason.isEmpty())
        o.insert(u"end_reason"_s, s.endReason);
    o.insert(u"mode"_s, s.mode);
    o.insert(u"model"_s, s.model);
    if (!s.sourceLanguage.isEmpty())
        o.insert(u"source_language"_s, s.sourceLanguage);
    if (!s.targetLanguage.isEmpty())
        o.insert(u"target_language"_s, s.targetLanguage);
    if (!s.recordingPath.isEmpty())
        o.insert(u"recording"_s, s.recordingPath);
    if (!s.usage.isEmpty())
        o.insert(u"usage"_s, s.usage);
    o.insert(u"estimated_cost_usd"_s, s.costUsd);
    return o;
}

} // namespace

QString markdownEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_{}[]<>#|~").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString exportMarkdown(const HistorySessionInfo &s, const QList<TranscriptItem> &items)
{
    const QLocale locale;
    QString md;
    const QString title = s.title.isEmpty() ? tr("Conversation") : s.title;
    md += u"# "_s + markdownEscaped(title) + u"\n\n"_s;
    md += u"- **%1** %2\n"_s.arg(tr("Started:"), s.started.toString(Qt::ISODate));
    if (s.ended.isValid())
        md += u"- **%1** %2 (%3)\n"_s.arg(tr("Ended:"), s.ended.toString(Qt::ISODate),
                                          durationText(s.started.msecsTo(s.ended)));
    else
        md += u"- **%1** %2\n"_s.arg(tr("Ended:"), tr("not recorded (the app stopped, or the "
                                                      "session is still running)"));
    if (!s.mode.isEmpty()) {
        QString mode = markdownEscaped(s.mode);
        if (!s.targetLanguage.isEmpty())
            mode += u" (%1 → %2)"_s.arg(s.sourceLanguage.isEmpty() ? tr("auto") : s.sourceLanguage,
                                        s.targetLanguage);
        md += u"- **%1** %2\n"_s.arg(tr("Mode:"), mode);
    }
    if (!s.model.isEmpty())
        md += u"- **%1** %2\n"_s.arg(tr("Model:"), markdownEscaped(s.model));
    if (!s.usage.isEmpty())
        md += u"- **%1** %2\n"_s
                      .arg(tr("Usage:"),
                           tr("%1 prompt tokens, %2 response tokens, about %3 USD")
                                   .arg(locale.toString(s.usage.value(u"prompt"_s).toInteger()),
                                        locale.toString(s.usage.value(u"response"_s).toInteger()),
                                        QString::number(s.costUsd, 'f', 4)));
    if (!s.recordingPath.isEmpty())
        md += u"- **%1** %2\n"_s.arg(tr("Recording:"), markdownEscaped(s.recordingPath));
    md += u"\n## "_s + tr("Transcript") + u"\n\n"_s;

    for (const TranscriptItem &item : items) {
        const QString lang = item.languageCode.isEmpty() ? QString()
                                                         : u" [%1]"_s.arg(item.languageCode);
        switch (item.kind) {
        case TranscriptItemKind::UserTurn:
            if (item.text.isEmpty())
                break;
            md += u"**%1**%2 (%3): %4\n\n"_s.arg(tr("You"), lang, timeOf(item.started),
                                                 markdownEscaped(item.text));
            break;
        case TranscriptItemKind::ModelTurn: {
            QString text = markdownEscaped(item.text);
            if (item.interrupted) {
                if (item.heardChars >= 0 && item.heardChars < item.text.size())
                    text = markdownEscaped(item.text.left(item.heardChars)) + u" ~~"_s
                           + markdownEscaped(item.text.mid(item.heardChars)) + u"~~"_s;
                text += u" *"_s + tr("(interrupted)") + u'*';
            }
            md += u"**%1**%2 (%3): %4\n\n"_s.arg(tr("Model"), lang, timeOf(item.started), text);
            for (const auto &source : item.sources)
                md += u"  - [%1](%2)\n"_s.arg(markdownEscaped(source.title.isEmpty() ? source.uri
                                                                                     : source.title),
                                              source.uri);
            if (!item.sources.isEmpty())
                md += u'\n';
            break;
        }
        case TranscriptItemKind::ToolCall: {
            QString line = tr("Tool `%1`: %2").arg(item.toolName, tools::stateName(item.toolState));
            if (item.durationMs >= 0)
                line += u", "_s + tr("%1 ms").arg(item.durationMs);
            md += u"> (%1) %2\n"_s.arg(timeOf(item.started), line);
            if (!item.arguments.isEmpty())
                md += u"> `%1`\n"_s.arg(QString::fromUtf8(
                        QJsonDocument(item.arguments).toJson(QJsonDocument::Compact)));
            if (!item.toolResult.isEmpty())
                md += u"> → %1\n"_s.arg(markdownEscaped(item.toolResult));
            md += u'\n';
            break;
        }
        case TranscriptItemKind::Notice:
            md += u"*(%1) %2*\n\n"_s.arg(timeOf(item.started), markdownEscaped(item.text));
            break;
        case TranscriptItemKind::None:
            break;
        }
    }
    return md;
}

QJsonObject exportJson(const HistorySessionInfo &s, const QList<TranscriptItem> &items)
{
    return {{u"format"_s, u"livedesk-conversation"_s},
            {u"version"_s, 1},
            {u"session"_s, sessionJson(s)},
            {u"items"_s, itemsToJson(items, s.started)}};
}

QJsonObject recordingTranscriptJson(const QString &recordingPath, const QDateTime &recordingStarted,
                                    const HistorySessionInfo &s, const QList<TranscriptItem> &items)
{
    return {{u"format"_s, u"livedesk-recording-transcript"_s},
            {u"version"_s, 1},
            {u"recording"_s, QFileInfo(recordingPath).fileName()},
            {u"recording_started"_s, recordingStarted.toString(Qt::ISODateWithMs)},
            {u"channels"_s, QJsonObject {{u"left"_s, u"user (microphone after echo cancellation)"_s},
                                         {u"right"_s, u"model (as played)"_s}}},
            {u"session"_s, sessionJson(s)},
            {u"items"_s, itemsToJson(items, recordingStarted)}};
}

bool writeRecordingTranscript(const QString &recordingPath, const QDateTime &recordingStarted,
                              const HistorySessionInfo &session, const QList<TranscriptItem> &items,
                              QString *error)
{
    const QString path = recordingTranscriptPath(recordingPath);
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(recordingTranscriptJson(recordingPath, recordingStarted,
                                                                  session, items))
                                    .toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write the transcript %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace livedesk::app
