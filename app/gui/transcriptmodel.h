// The conversation (app/transcript.h) as a list model for QML: one row per user turn, model
// turn, tool-call marker or notice, in display order, updated in place while turns stream.
#pragma once

#include "app/transcript.h"

#include <QAbstractListModel>
#include <QPointer>

namespace livedesk::app {

class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum class Kind { None, User, Model, ToolCall, Notice };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1,
        ItemIdRole,
        TextRole,
        // Interrupted model turns: the part the user heard, and the rest (empty when all heard).
        HeardTextRole,
        UnheardTextRole,
        CompleteRole,
        InterruptedRole,
        TimeRole, // "14:03:27" in the user's locale
        StartedRole, // QDateTime
        SourcesRole, // [{title, uri, domain}]
        SearchQueriesRole,
        ToolNameRole,
        ToolStateRole, // ToolCallModel::State as int
        ToolResultRole,
        ToolArgumentsRole, // pretty-printed JSON
        DurationMsRole,
        NoticeKindRole,
        LanguageRole,
    };

    explicit TranscriptModel(QObject *parent = nullptr);
    ~TranscriptModel() override;

    // Not owned; null detaches.
    void setTranscript(Transcript *transcript);
    Transcript *transcript() const { return m_transcript; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    // The whole conversation as text ("[14:03:27] You: …"), for copying.
    Q_INVOKABLE QString plainText() const;
    // One row as text, for copying a single bubble.
    Q_INVOKABLE QString rowText(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    void onInserted(int index);
    void onChanged(int index);
    void onCleared();

    QPointer<Transcript> m_transcript;
    QList<QMetaObject::Connection> m_connections;
    // The rows as views know them. The transcript changes first and then signals; a copy lets
    // the model announce each change with the rows as they were before it.
    QList<TranscriptItem> m_items;
};

} // namespace livedesk::app
