// Captions of a translation: the original and its translation side by side, live, each labelled
// with its language and timed from the start of the session. Built from the Transcript (one pair
// per exchange: what the user said, and what the model said back), so the captions, the history
// and the subtitles all show the same words.
//
// Languages: the original is labelled with the language the service detected
// (inputTranscription.languageCode), else the configured source language; the translation with
// the language it was spoken in (outputTranscription.languageCode), else the language it should
// be in (the target, or for an interpreter the other side's language). For an interpreter each
// pair also says which side spoke: A (the source language) or B (the target language).
#pragma once

#include "app/transcript.h"
#include "app/translation.h"

#include <QAbstractListModel>
#include <QPointer>

namespace livedesk::app {

enum class CaptionSide {
    None, // one-way translation, or a language that is neither side's
    SideA, // speaks the source language
    SideB, // speaks the target language
};

struct CaptionPair
{
    qint64 userItemId = 0; // 0: no user turn (the model spoke first)
    qint64 modelItemId = 0; // 0: no translation yet
    QString original;
    QString originalLanguage;
    QString translation;
    QString translationLanguage;
    qint64 startMs = 0; // from the origin
    qint64 endMs = -1; // -1 while it streams
    CaptionSide side = CaptionSide::None;
    bool complete = false;
    bool interrupted = false; // the translation was cut off

    friend bool operator==(const CaptionPair &, const CaptionPair &) = default;
};

// The pairs for `items`. `origin` is time zero (invalid: the first item's start).
QList<CaptionPair> buildCaptions(const QList<TranscriptItem> &items,
                                 const TranslationSettings &translation,
                                 const QDateTime &origin = {});

class CaptionsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        OriginalRole = Qt::UserRole + 1,
        OriginalLanguageRole, // "en-US"
        OriginalLanguageNameRole, // "English"
        TranslationRole,
        TranslationLanguageRole,
        TranslationLanguageNameRole,
        StartMsRole,
        EndMsRole,
        SideRole, // CaptionSide as int
        CompleteRole,
        InterruptedRole,
    };

    explicit CaptionsModel(QObject *parent = nullptr);

    // Follows `transcript` (not owned; may be null to detach).
    void setTranscript(Transcript *transcript);
    void setTranslation(const TranslationSettings &translation);
    void setOrigin(const QDateTime &origin);

    const QList<CaptionPair> &pairs() const { return m_pairs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void rebuild();

    QPointer<Transcript> m_transcript;
    QList<QMetaObject::Connection> m_connections;
    TranslationSettings m_translation;
    QDateTime m_origin;
    QList<CaptionPair> m_pairs;
};

} // namespace livedesk::app
