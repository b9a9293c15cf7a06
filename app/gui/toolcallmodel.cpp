#include "app/gui/toolcallmodel.h"

#include "app/gui/clocktime.h"
#include "app/gui/jsontext.h"

#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace livedesk::app {

ToolCallModel::ToolCallModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

ToolCallModel::~ToolCallModel() = default;

int ToolCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

bool ToolCallModel::isFinal(tools::ToolCallState state)
{
    return state == tools::ToolCallState::Done || state == tools::ToolCallState::Failed
           || state == tools::ToolCallState::Cancelled;
}

QString ToolCallModel::stateText(tools::ToolCallState state)
{
    switch (state) {
    case tools::ToolCallState::Idle:
        return tr("Received");
    case tools::ToolCallState::AwaitingConfirmation:
        return tr("Awaiting confirmation");
    case tools::ToolCallState::Running:
        return tr("Running");
    case tools::ToolCallState::Done:
        return tr("Done");
    case tools::ToolCallState::Failed:
        return tr("Failed");
    case tools::ToolCallState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant ToolCallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const tools::ToolCallRecord &call = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return call.name;
    case SerialRole:
        return call.serial;
    case CallIdRole:
        return call.callId;
    case ArgumentsRole:
        return call.arguments.isEmpty()
                       ? u"{}"_s
                       : QString::fromUtf8(
                                 QJsonDocument(call.arguments).toJson(QJsonDocument::Indented))
                                 .trimmed();
    case StateRole:
        return int(call.state);
    case StateTextRole:
        return stateText(call.state);
    case SourceRole:
        return tools::sourceName(call.source);
    case OriginRole:
        // Built-in tools' origin is an internal word ("built-in"); files and servers are names.
        return call.source == tools::ToolSource::BuiltIn ? tr("Built into LiveDesk") : call.origin;
    case DurationMsRole:
        return isFinal(call.state) ? call.durationMs : qint64(-1);
    case ResultRole:
        return call.state == tools::ToolCallState::Done ? formatJsonText(call.outputPreview)
                                                        : call.error;
    case TimeRole:
        return QLocale().toString(call.receivedAt.toLocalTime().time(), clockTimeFormat());
    case FinishedRole:
        return isFinal(call.state);
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ToolCallModel::roleNames() const
{
    return {
            {SerialRole, "serial"},       {CallIdRole, "callId"},   {NameRole, "name"},
            {ArgumentsRole, "arguments"}, {StateRole, "callState"}, {StateTextRole, "stateText"},
            {SourceRole, "source"},       {OriginRole, "origin"},   {DurationMsRole, "durationMs"},
            {ResultRole, "result"},       {TimeRole, "time"},       {FinishedRole, "finished"},
    };
}

int ToolCallModel::activeCount() const
{
    return int(std::count_if(m_calls.cbegin(), m_calls.cend(),
                             [](const auto &call) { return !isFinal(call.state); }));
}

int ToolCallModel::rowOfSerial(quint64 serial) const
{
    for (int i = int(m_calls.size()) - 1; i >= 0; --i) {
        if (m_calls[i].serial == serial)
            return i;
    }
    return -1;
}

void ToolCallModel::clear()
{
    if (m_calls.isEmpty())
        return;
    beginResetModel();
    m_calls.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void ToolCallModel::retranslate()
{
    if (!m_calls.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_calls.size()) - 1),
                           {StateTextRole, OriginRole, TimeRole});
}

void ToolCallModel::update(const tools::ToolCallRecord &record)
{
    const int row = rowOfSerial(record.serial);
    if (row < 0) {
        const int at = int(m_calls.size());
        beginInsertRows({}, at, at);
        m_calls.append(record);
        if (!m_calls.last().receivedAt.isValid())
            m_calls.last().receivedAt = QDateTime::currentDateTime();
        endInsertRows();
        Q_EMIT countChanged();
        return;
    }
    const QDateTime receivedAt = m_calls[row].receivedAt;
    const bool wasActive = !isFinal(m_calls[row].state);
    m_calls[row] = record;
    if (!record.receivedAt.isValid())
        m_calls[row].receivedAt = receivedAt;
    Q_EMIT dataChanged(index(row), index(row));
    if (wasActive != !isFinal(record.state))
        Q_EMIT countChanged();
}

} // namespace livedesk::app
