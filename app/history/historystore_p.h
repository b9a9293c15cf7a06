// Helpers shared by historystore.cpp (opening, schema, writing) and historystore_read.cpp
// (reading, searching, deleting, retention). Not part of the store's interface.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace livedesk::app::historydetail {

// The store's messages are translated in HistoryStore's context, whichever file says them.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::HistoryStore", text);
}

inline QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

inline QString compactJson(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace livedesk::app::historydetail
