#include "app/translationcaptions.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

CaptionSide sideOf(const QString &language, const TranslationSettings &t)
{
    if (t.mode != TranslationMode::Interpret || language.isEmpty())
        return CaptionSide::None;
    if (sameLanguage(language, t.sourceLanguage))
        return CaptionSide::SideA;
    if (sameLanguage(language, t.targetLanguage))
        return CaptionSide::SideB;
    return CaptionSide::None;
}

// What the translation should be in when the service does not say.
QString expectedTranslationLanguage(const CaptionPair &pair, const TranslationSettings &t)
{
    if (t.mode == TranslationMode::Interpret) {
        if (pair.side == CaptionSide::SideA)
            return t.targetLanguage;
        if (pair.side == CaptionSide::SideB)
            return t.sourceLanguage;
        return {};
    }
    return t.targetLanguage;
}

} // namespace

QList<CaptionPair> buildCaptions(const QList<TranscriptItem> &items, const TranslationSettings &t,
                                 const QDateTime &origin)
{
    QDateTime zero = origin;
    if (!zero.isValid()) {
        for (const TranscriptItem &item : items) {
            if (item.isTurn() && item.started.isValid()) {
                zero = item.started;
                break;
            }
        }
    }
    auto ms = [&zero](const QDateTime &time) { return time.isValid() ? zero.msecsTo(time) : -1; };

    QList<CaptionPair> pairs;
    bool open = false; // the last pair still takes a model turn
    auto finishPair = [&](CaptionPair &p, const TranscriptItem *user, const TranscriptItem *model) {
        p.complete = model && model->complete && (!user || user->complete);
        qint64 end = -1;
        for (const TranscriptItem *item : {user, model}) {
            if (item && item->ended.isValid())
                end = std::max(end, ms(item->ended));
        }
        p.endMs = p.complete ? end : -1;
    };

    const TranscriptItem *currentUser = nullptr;
    for (const TranscriptItem &item : items) {
        if (item.kind == TranscriptItemKind::UserTurn) {
            if (item.text.trimmed().isEmpty() && item.complete)
                continue; // speech the service did not transcribe: nothing to caption
            CaptionPair p;
            p.userItemId = item.id;
            p.original = item.text;
            // One-way from a named language: that is what was spoken. An interpreter's two sides
            // cannot be told apart without the service's detection.
            p.originalLanguage = !item.languageCode.isEmpty() ? item.languageCode
                                 : t.mode == TranslationMode::Translate && !t.automaticSource()
                                         ? t.sourceLanguage
                                         : QString();
            p.side = sideOf(p.originalLanguage, t);
            p.startMs = std::max<qint64>(0, ms(item.started));
            finishPair(p, &item, nullptr);
            pairs.append(p);
            currentUser = &item;
            open = true;
        } else if (item.kind == TranscriptItemKind::ModelTurn) {
            if (!open) {
                CaptionPair p;
                p.startMs = std::max<qint64>(0, ms(item.started));
                pairs.append(p);
                currentUser = nullptr;
            }
            CaptionPair &p = pairs.last();
            p.modelItemId = item.id;
            p.translation = item.text;
            p.interrupted = item.interrupted;
            p.translationLanguage = !item.languageCode.isEmpty()
                                            ? item.languageCode
                                            : expectedTranslationLanguage(p, t);
            if (p.side == CaptionSide::None && t.mode == TranslationMode::Interpret
                && p.originalLanguage.isEmpty()) {
                // No detected source language: the translation's language tells the side.
                const CaptionSide into = sideOf(p.translationLanguage, t);
                p.side = into == CaptionSide::SideA   ? CaptionSide::SideB
                         : into == CaptionSide::SideB ? CaptionSide::SideA
                                                      : CaptionSide::None;
            }
            finishPair(p, currentUser, &item);
            open = false;
        }
    }
    return pairs;
}

CaptionsModel::CaptionsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void CaptionsModel::setTranscript(Transcript *transcript)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_transcript = transcript;
    if (transcript) {
        m_connections << connect(transcript, &Transcript::itemInserted, this,
                                 &CaptionsModel::rebuild)
                      << connect(transcript, &Transcript::itemChanged, this, &CaptionsModel::rebuild)
                      << connect(transcript, &Transcript::cleared, this, &CaptionsModel::rebuild);
    }
    rebuild();
}

void CaptionsModel::setTranslation(const TranslationSettings &translation)
{
    m_translation = translation;
    rebuild();
}

void CaptionsModel::setOrigin(const QDateTime &origin)
{
    m_origin = origin;
    rebuild();
}

void CaptionsModel::rebuild()
{
    const QList<CaptionPair> next = m_transcript ? buildCaptions(m_transcript->items(),
                                                                 m_translation, m_origin)
                                                 : QList<CaptionPair>();
    // Captions change at the end as words stream in: update rows in place and append, so a view
    // keeps its place; anything else resets.
    const qsizetype common = std::min(next.size(), m_pairs.size());
    bool prefixKept = next.size() >= m_pairs.size();
    for (qsizetype i = 0; prefixKept && i < common; ++i) {
        if (next[i].userItemId != m_pairs[i].userItemId
            || (m_pairs[i].modelItemId && next[i].modelItemId != m_pairs[i].modelItemId))
            prefixKept = false;
    }
    if (!prefixKept) {
        beginResetModel();
        m_pairs = next;
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (qsizetype i = 0; i < common; ++i) {
        if (next[i] != m_pairs[i]) {
            m_pairs[i] = next[i];
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }
    if (next.size() > m_pairs.size()) {
        beginInsertRows({}, int(m_pairs.size()), int(next.size() - 1));
        for (qsizetype i = m_pairs.size(); i < next.size(); ++i)
            m_pairs.append(next[i]);
        endInsertRows();
        Q_EMIT countChanged();
    }
}

int CaptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

QVariant CaptionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pairs.size())
        return {};
    const CaptionPair &p = m_pairs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case OriginalRole:
        return p.original;
    case OriginalLanguageRole:
        return p.originalLanguage;
    case OriginalLanguageNameRole:
        return p.originalLanguage.isEmpty() ? QString() : languageName(p.originalLanguage);
    case TranslationRole:
        return p.translation;
    case TranslationLanguageRole:
        return p.translationLanguage;
    case TranslationLanguageNameRole:
        return p.translationLanguage.isEmpty() ? QString() : languageName(p.translationLanguage);
    case StartMsRole:
        return p.startMs;
    case EndMsRole:
        return p.endMs;
    case SideRole:
        return int(p.side);
    case CompleteRole:
        return p.complete;
    case InterruptedRole:
        return p.interrupted;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaptionsModel::roleNames() const
{
    return {{OriginalRole, "original"},
            {OriginalLanguageRole, "originalLanguage"},
            {OriginalLanguageNameRole, "originalLanguageName"},
            {TranslationRole, "translation"},
            {TranslationLanguageRole, "translationLanguage"},
            {TranslationLanguageNameRole, "translationLanguageName"},
            {StartMsRole, "startMs"},
            {EndMsRole, "endMs"},
            {SideRole, "side"},
            {CompleteRole, "complete"},
            {InterruptedRole, "interrupted"}};
}

} // namespace livedesk::app
