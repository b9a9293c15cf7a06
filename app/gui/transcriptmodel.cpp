#include "app/gui/transcriptmodel.h"

#include "app/gui/clocktime.h"
#include "app/transcript.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

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

// The heard part ends at a word boundary: a cut mid-word reads as a typo.
qsizetype heardLength(const TranscriptItem &item)
{
    if (!item.interrupted || item.heardChars < 0 || item.heardChars >= item.text.size())
        return item.text.size();
    qsizetype n = item.heardChars;
    while (n > 0 && !item.text.at(n - 1).isSpace() && !item.text.at(n).isSpace())
        --n;
    return n;
}

QVariantList sourcesOf(const TranscriptItem &item)
{
    QVariantList list;
    for (const auto &source : item.sources) {
        const QUrl url(source.uri);
        list.append(QVariantMap {
                {u"title"_s, source.title.isEmpty() ? url.host() : source.title},
                {u"uri"_s, source.uri},
                {u"domain"_s, url.host()},
        });
    }
    return list;
}

} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

TranscriptModel::~TranscriptModel() = default;

void TranscriptModel::setTranscript(Transcript *transcript)
{
    if (transcript == m_transcript)
        return;
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_transcript = transcript;
    m_items = transcript ? transcript->items() : QList<TranscriptItem>();
    if (transcript) {
        m_connections << connect(transcript, &Transcript::itemInserted, this,
                                 &TranscriptModel::onInserted)
                      << connect(transcript, &Transcript::itemChanged, this,
                                 &TranscriptModel::onChanged)
                      << connect(transcript, &Transcript::cleared, this, &TranscriptModel::onCleared)
                      << connect(transcript, &QObject::destroyed, this,
                                 [this] { setTranscript(nullptr); });
    }
    endResetModel();
    Q_EMIT countChanged();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return rowText(index.row());
    case KindRole:
        return int(kindOf(item.kind));
    case ItemIdRole:
        return item.id;
    case TextRole:
        return item.text;
    case HeardTextRole:
        return item.text.left(heardLength(item));
    case UnheardTextRole:
        return item.text.mid(heardLength(item));
    case CompleteRole:
        return item.complete;
    case InterruptedRole:
        return item.interrupted;
    case TimeRole:
        return QLocale().toString(item.started.time(), clockTimeFormat());
    case StartedRole:
        return item.started;
    case SourcesRole:
        return sourcesOf(item);
    case SearchQueriesRole:
        return item.searchQueries;
    case ToolNameRole:
        return item.toolName;
    case ToolStateRole:
        return int(item.toolState);
    case ToolResultRole:
        return item.toolResult;
    case ToolArgumentsRole:
        return item.arguments.isEmpty()
                       ? QString()
                       : QString::fromUtf8(
                                 QJsonDocument(item.arguments).toJson(QJsonDocument::Indented))
                                 .trimmed();
    case DurationMsRole:
        return item.durationMs;
    case NoticeKindRole:
        return int(item.notice);
    case LanguageRole:
        return item.languageCode;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    return {
            {Qt::DisplayRole, "display"},
            {KindRole, "kind"},
            {ItemIdRole, "itemId"},
            {TextRole, "text"},
            {HeardTextRole, "heardText"},
            {UnheardTextRole, "unheardText"},
            {CompleteRole, "complete"},
            {InterruptedRole, "interrupted"},
            {TimeRole, "time"},
            {StartedRole, "started"},
            {SourcesRole, "sources"},
            {SearchQueriesRole, "searchQueries"},
            {ToolNameRole, "toolName"},
            {ToolStateRole, "toolState"},
            {ToolResultRole, "toolResult"},
            {ToolArgumentsRole, "toolArguments"},
            {DurationMsRole, "durationMs"},
            {NoticeKindRole, "noticeKind"},
            {LanguageRole, "language"},
    };
}

QString TranscriptModel::plainText() const
{
    return m_transcript ? m_transcript->toPlainText() : QString();
}

QString TranscriptModel::rowText(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    const TranscriptItem &item = m_items.at(row);
    if (item.kind == TranscriptItemKind::ToolCall)
        return item.toolName;
    return item.text;
}

void TranscriptModel::onInserted(int index)
{
    if (!m_transcript || index < 0 || index > m_items.size()
        || index >= m_transcript->items().size())
        return;
    beginInsertRows({}, index, index);
    m_items.insert(index, m_transcript->items().at(index));
    endInsertRows();
    Q_EMIT countChanged();
}

void TranscriptModel::onChanged(int index)
{
    if (!m_transcript || index < 0 || index >= m_items.size()
        || index >= m_transcript->items().size())
        return;
    m_items[index] = m_transcript->items().at(index);
    const QModelIndex i = this->index(index);
    Q_EMIT dataChanged(i, i);
}

void TranscriptModel::onCleared()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace livedesk::app
