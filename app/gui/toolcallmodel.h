// The model's function calls of this conversation as cards: name, pretty-printed arguments,
// state, duration and result, newest last. Fed by ToolDispatcher::callUpdated.
#pragma once

#include "tools/tooltypes.h"

#include <QAbstractListModel>

namespace livedesk::app {

class ToolCallModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countChanged)

public:
    // tools::ToolCallState, for QML.
    enum class State { Idle, AwaitingConfirmation, Running, Done, Failed, Cancelled };
    Q_ENUM(State)

    enum Role {
        SerialRole = Qt::UserRole + 1,
        CallIdRole,
        NameRole,
        ArgumentsRole, // pretty-printed JSON
        StateRole, // State as int
        StateTextRole, // translated
        SourceRole, // "built-in", "mcp", …
        OriginRole,
        DurationMsRole, // -1 while it runs
        ResultRole, // output preview (Done; JSON laid out on lines) or error (Failed, Cancelled)
        TimeRole,
        FinishedRole,
    };

    explicit ToolCallModel(QObject *parent = nullptr);
    ~ToolCallModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_calls.size()); }
    int activeCount() const;
    Q_INVOKABLE int rowOfSerial(quint64 serial) const;
    Q_INVOKABLE void clear();
    // The state texts are translated: call after a language change.
    void retranslate();

    static QString stateText(tools::ToolCallState state);
    static bool isFinal(tools::ToolCallState state);

public Q_SLOTS:
    void update(const livedesk::tools::ToolCallRecord &record);

Q_SIGNALS:
    void countChanged();

private:
    QList<tools::ToolCallRecord> m_calls;
};

} // namespace livedesk::app
