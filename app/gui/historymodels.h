// The History page over app/history's HistoryStore: the list of past sessions (or, with search
// text, the sessions whose words match, FTS5), one past session's transcript, export, delete and
// the retention setting. The store keeps the logic; these only present it.
#pragma once

#include "app/history/historystore.h"

#include <QAbstractListModel>
#include <QUrl>

namespace livedesk::app {

// Past sessions, newest first; with search text, the matching sessions (best first) with the
// passage that matched.
class HistoryListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TitleRole,
        StartedRole, // QDateTime
        WhenTextRole, // "24 Nov 2026 14:03" in the user's locale
        DurationTextRole, // "12:04", empty when the end is not known
        ModeRole,
        ModelRole,
        ItemCountRole,
        SnippetRole, // search: the matching passage, plain text
        SnippetHtmlRole, // the same with the matched words in bold, escaped for Text.StyledText
        RecordedRole, // a recording exists
    };

    explicit HistoryListModel(QObject *parent = nullptr);
    ~HistoryListModel() override;

    // Not owned; null detaches.
    void setStore(HistoryStore *store);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

    Q_INVOKABLE qint64 sessionIdAt(int row) const;
    // Reads the store again (after a session was saved or deleted elsewhere).
    Q_INVOKABLE void refresh();
    // Empty on success, else the store's error.
    Q_INVOKABLE QString deleteSession(qint64 sessionId);

Q_SIGNALS:
    void countChanged();
    void searchTextChanged();

private:
    struct Row
    {
        HistorySessionInfo info;
        QString snippet; // with HistoryStore::kMatchOpen/kMatchClose
    };
    QList<Row> readRows() const;

    HistoryStore *m_store = nullptr; // not owned
    QString m_search;
    QList<Row> m_rows;
};

// One past session's transcript, read-only, for the History page's detail view.
class HistorySessionModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 sessionId READ sessionId NOTIFY sessionChanged)
    Q_PROPERTY(QString title READ title NOTIFY sessionChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY sessionChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // TranscriptModel::Kind as int
        TextRole,
        TimeRole,
        ToolNameRole,
        InterruptedRole,
    };

    explicit HistorySessionModel(QObject *parent = nullptr);
    ~HistorySessionModel() override;

    void setStore(HistoryStore *store); // not owned

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 sessionId() const { return m_info.id; }
    QString title() const { return m_info.title; }
    QString summary() const; // when, mode, model, cost
    int count() const { return int(m_items.size()); }

    // False when the store has no such session (the model is then empty).
    Q_INVOKABLE bool open(qint64 sessionId);
    Q_INVOKABLE void close();
    // Writes the open session to `file` as "markdown" or "json". Empty on success, else why not.
    Q_INVOKABLE QString exportTo(const QUrl &file, const QString &format) const;
    // A file name to offer: "livedesk-2026-11-24-1403.md".
    Q_INVOKABLE QString suggestedFileName(const QString &format) const;

Q_SIGNALS:
    void sessionChanged();

private:
    HistoryStore *m_store = nullptr; // not owned
    HistorySessionInfo m_info;
    QList<TranscriptItem> m_items;
};

} // namespace livedesk::app
