#include "app/gui/historymodels.h"

#include "app/gui/transcriptmodel.h"
#include "app/history/historyexport.h"
#include "app/modes.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString durationText(const HistorySessionInfo &info)
{
    if (!info.started.isValid() || !info.ended.isValid())
        return {};
    const qint64 s = std::max<qint64>(0, info.started.secsTo(info.ended));
    return s >= 3600 ? u"%1:%2:%3"_s.arg(s / 3600)
                               .arg(s / 60 % 60, 2, 10, QChar(u'0'))
                               .arg(s % 60, 2, 10, QChar(u'0'))
                     : u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString plainSnippet(QString snippet)
{
    return snippet.remove(HistoryStore::kMatchOpen).remove(HistoryStore::kMatchClose);
}

QString htmlSnippet(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(HistoryStore::kMatchOpen, u"<b>"_s);
    html.replace(HistoryStore::kMatchClose, u"</b>"_s);
    return html;
}

TranscriptModel::Kind kindOf(TranscriptItemKind kind)
{
    switch (kind) {
    case TranscriptItemKind::UserTurn:
        return TranscriptModel::Kind::User;
    case TranscriptItemKind::ModelTurn:
        return TranscriptModel::Kind::Model;
    case TranscriptItemKind::ToolCall:
        return TranscriptModel::Kind::ToolCall;
    case TranscriptItemKind::Notice:
        return TranscriptModel::Kind::Notice;
    case TranscriptItemKind::None:
        break;
    }
    return TranscriptModel::Kind::None;
}

} // namespace

// --- HistoryListModel ---------------------------------------------------------------------------

HistoryListModel::HistoryListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

HistoryListModel::~HistoryListModel() = default;

void HistoryListModel::setStore(HistoryStore *store)
{
    m_store = store;
    refresh();
}

QList<HistoryListModel::Row> HistoryListModel::readRows() const
{
    QList<Row> rows;
    if (!m_store || !m_store->isOpen())
        return rows;
    const QString search = m_search.trimmed();
    if (search.isEmpty()) {
        for (const HistorySessionInfo &info : m_store->sessions())
            rows.append({info, {}});
        return rows;
    }
    // One row per session, with its best passage (hits come best first).
    QList<qint64> seen;
    for (const HistorySearchHit &hit : m_store->search(search, 200)) {
        if (seen.contains(hit.sessionId))
            continue;
        seen.append(hit.sessionId);
        if (std::optional<HistorySessionInfo> info = m_store->session(hit.sessionId))
            rows.append({*info, hit.snippet});
    }
    return rows;
}

void HistoryListModel::refresh()
{
    beginResetModel();
    m_rows = readRows();
    endResetModel();
    Q_EMIT countChanged();
}

void HistoryListModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    Q_EMIT searchTextChanged();
    refresh();
}

qint64 HistoryListModel::sessionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).info.id : 0;
}

QString HistoryListModel::deleteSession(qint64 sessionId)
{
    if (!m_store)
        return tr("The history is not open.");
    QString error;
    if (!m_store->deleteSession(sessionId, RecordingFiles::Keep, &error))
        return error;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.id == sessionId) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
            Q_EMIT countChanged();
            break;
        }
    }
    return {};
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const HistorySessionInfo &info = row.info;
    switch (role) {
    case SessionIdRole:
        return info.id;
    case Qt::DisplayRole:
    case TitleRole:
        return info.title.isEmpty() ? tr("Untitled conversation") : info.title;
    case StartedRole:
        return info.started;
    case WhenTextRole:
        return QLocale().toString(info.started.toLocalTime(), QLocale::ShortFormat);
    case DurationTextRole:
        return durationText(info);
    case ModeRole:
        return info.mode;
    case ModelRole:
        return info.model;
    case ItemCountRole:
        return info.itemCount;
    case SnippetRole:
        return plainSnippet(row.snippet);
    case SnippetHtmlRole:
        return htmlSnippet(row.snippet);
    case RecordedRole:
        return !info.recordingPath.isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryListModel::roleNames() const
{
    return {{SessionIdRole, "sessionId"},
            {TitleRole, "title"},
            {StartedRole, "started"},
            {WhenTextRole, "whenText"},
            {DurationTextRole, "durationText"},
            {ModeRole, "mode"},
            {ModelRole, "model"},
            {ItemCountRole, "itemCount"},
            {SnippetRole, "snippet"},
            {SnippetHtmlRole, "snippetHtml"},
            {RecordedRole, "recorded"}};
}

// --- HistorySessionModel ------------------------------------------------------------------------

HistorySessionModel::HistorySessionModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

HistorySessionModel::~HistorySessionModel() = default;

void HistorySessionModel::setStore(HistoryStore *store)
{
    m_store = store;
    close();
}

bool HistorySessionModel::open(qint64 sessionId)
{
    std::optional<HistorySessionInfo> info = m_store ? m_store->session(sessionId) : std::nullopt;
    beginResetModel();
    m_info = info.value_or(HistorySessionInfo {});
    m_items = info ? m_store->items(sessionId) : QList<TranscriptItem> {};
    endResetModel();
    Q_EMIT sessionChanged();
    return info.has_value();
}

void HistorySessionModel::close()
{
    beginResetModel();
    m_info = {};
    m_items.clear();
    endResetModel();
    Q_EMIT sessionChanged();
}

QString HistorySessionModel::summary() const
{
    if (m_info.id == 0)
        return {};
    QStringList parts {QLocale().toString(m_info.started.toLocalTime(), QLocale::ShortFormat)};
    if (const QString d = durationText(m_info); !d.isEmpty())
        parts << d;
    if (!m_info.mode.isEmpty()) {
        // The mode's name in the interface language (the id is what the history stores).
        QString mode = m_info.mode;
        for (const ModePreset &preset : builtInModes()) {
            if (preset.id == m_info.mode)
                mode = preset.name;
        }
        parts << mode;
    }
    if (!m_info.model.isEmpty())
        parts << m_info.model;
    if (m_info.costUsd > 0)
        parts << tr("≈ US$%1").arg(QLocale().toString(m_info.costUsd, 'f', 4));
    return parts.join(u" · "_s);
}

QString HistorySessionModel::suggestedFileName(const QString &format) const
{
    const QString stamp = m_info.started.toLocalTime().toString(u"yyyy-MM-dd-HHmm"_s);
    return u"livedesk-%1.%2"_s.arg(stamp, format == u"json" ? u"json"_s : u"md"_s);
}

QString HistorySessionModel::exportTo(const QUrl &file, const QString &format) const
{
    if (m_info.id == 0)
        return tr("Open a conversation first.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return tr("Choose a file to export to.");
    QByteArray bytes;
    if (format == u"markdown")
        bytes = exportMarkdown(m_info, m_items).toUtf8();
    else if (format == u"json")
        bytes = QJsonDocument(exportJson(m_info, m_items)).toJson(QJsonDocument::Indented);
    else
        return tr("Unknown export format: %1").arg(format);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return tr("Could not write %1: %2").arg(path, out.errorString());
    return {};
}

int HistorySessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant HistorySessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptItem &item = m_items.at(index.row());
    switch (role) {
    case KindRole:
        return int(kindOf(item.kind));
    case Qt::DisplayRole:
    case TextRole:
        return item.kind == TranscriptItemKind::ToolCall ? item.toolResult : item.text;
    case TimeRole:
        return QLocale().toString(item.started.toLocalTime().time(), QLocale::ShortFormat);
    case ToolNameRole:
        return item.toolName;
    case InterruptedRole:
        return item.interrupted;
    default:
        return {};
    }
}

QHash<int, QByteArray> HistorySessionModel::roleNames() const
{
    return {{KindRole, "kind"},
            {TextRole, "text"},
            {TimeRole, "time"},
            {ToolNameRole, "toolName"},
            {InterruptedRole, "interrupted"}};
}

} // namespace livedesk::app
