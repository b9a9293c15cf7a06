// Internal to the codec: a reader over one JSON object that checks types, tracks the field path
// for error messages, accepts snake_case aliases and, when strict, reports fields it never read.
// The first error wins; later reads return defaults, so decoders stay linear and never branch on
// every field.
#pragma once

#include "session/protocol/codec.h"
#include "session/protocol/enums.h"

#include <QJsonValue>
#include <QSet>

#include <memory>

namespace livedesk::protocol::detail {

class ErrorSink
{
public:
    bool failed() const { return !m_message.isEmpty(); }
    const QString &message() const { return m_message; }
    void fail(const QString &path, const QString &what)
    {
        if (m_message.isEmpty())
            m_message = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
    }

private:
    QString m_message;
};

class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, ErrorSink *errors, Strictness strictness);
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;
    JsonReader(JsonReader &&) = default;

    Strictness strictness() const { return m_strictness; }
    bool failed() const { return m_errors->failed(); }
    ErrorSink *errors() const { return m_errors; }
    QString pathOf(QLatin1StringView key) const;
    void fail(QLatin1StringView key, const QString &what) { m_errors->fail(pathOf(key), what); }

    bool has(QLatin1StringView key) const;
    QJsonValue value(QLatin1StringView key);

    QString string(QLatin1StringView key);
    bool requireString(QLatin1StringView key, QString *out); // missing or empty is an error
    bool boolean(QLatin1StringView key) { return optionalBool(key).value_or(false); }
    std::optional<bool> optionalBool(QLatin1StringView key);
    std::optional<qint64> optionalInt64(QLatin1StringView key);
    qint64 int64(QLatin1StringView key) { return optionalInt64(key).value_or(0); }
    std::optional<int> optionalInt(QLatin1StringView key);
    std::optional<double> optionalNumber(QLatin1StringView key);
    QByteArray base64(QLatin1StringView key);
    std::optional<Milliseconds> duration(QLatin1StringView key);
    QJsonObject rawObject(QLatin1StringView key);
    QJsonArray rawArray(QLatin1StringView key);
    QStringList stringList(QLatin1StringView key);

    // A nested object, read with the same rules; nullopt when absent or on a type error.
    std::optional<JsonReader> child(QLatin1StringView key);

    // Calls read(JsonReader&, int index) for every object in an array field.
    template<typename F>
    void forEachObject(QLatin1StringView key, F &&read)
    {
        const QJsonArray items = rawArray(key);
        for (int i = 0; i < items.size() && !failed(); ++i) {
            const QString itemPath = pathOf(key) + QLatin1Char('[') + QString::number(i)
                                     + QLatin1Char(']');
            if (!items.at(i).isObject()) {
                m_errors->fail(itemPath, QStringLiteral("expected an object"));
                return;
            }
            JsonReader item(items.at(i).toObject(), itemPath, m_errors, m_strictness);
            read(item, i);
            item.finish();
        }
    }

    template<typename E>
    E enumeration(QLatin1StringView key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return E {};
        if (!v.isString()) {
            fail(key, QStringLiteral("expected an enum name string"));
            return E {};
        }
        if (auto e = enumFromWire<E>(v.toString()))
            return *e;
        if (m_strictness == Strictness::Strict)
            fail(key, QStringLiteral("invalid value \"%1\"").arg(v.toString()));
        return E {};
    }

    // Strict mode: every field must have been read. Called by the code that created the reader.
    void finish();

private:
    QJsonObject m_object;
    QString m_path;
    ErrorSink *m_errors; // not owned; outlives every reader of one decode call
    Strictness m_strictness;
    QSet<QString> m_read;
};

// Writer helpers: proto3 JSON leaves unset and default values out.
inline void putString(QJsonObject &o, QLatin1StringView key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(key, v);
}
inline void putTrue(QJsonObject &o, QLatin1StringView key, bool v)
{
    if (v)
        o.insert(key, true);
}
template<typename T>
void putOptional(QJsonObject &o, QLatin1StringView key, const std::optional<T> &v)
{
    if (v)
        o.insert(key, *v);
}
inline void putInt64String(QJsonObject &o, QLatin1StringView key, const std::optional<qint64> &v)
{
    if (v)
        o.insert(key, QString::number(*v));
}
inline void putNonZero(QJsonObject &o, QLatin1StringView key, qint64 v)
{
    if (v != 0)
        o.insert(key, v);
}
template<typename E>
void putEnum(QJsonObject &o, QLatin1StringView key, E v)
{
    if (v != E {})
        o.insert(key, enumToWire(v));
}
inline void putObject(QJsonObject &o, QLatin1StringView key, const QJsonObject &v)
{
    if (!v.isEmpty())
        o.insert(key, v);
}
inline void putBase64(QJsonObject &o, QLatin1StringView key, const QByteArray &v)
{
    if (!v.isEmpty())
        o.insert(key, QString::fromLatin1(v.toBase64()));
}

// Shared pieces used by both directions (commoncodec.cpp).
QJsonObject toJson(const Blob &blob);
Blob readBlob(JsonReader &r);
QJsonObject toJson(const FunctionCall &call);
FunctionCall readFunctionCall(JsonReader &r);
QJsonObject toJson(const FunctionResponse &response);
FunctionResponse readFunctionResponse(JsonReader &r);
QJsonObject toJson(const Part &part);
Part readPart(JsonReader &r);
QJsonObject toJson(const Content &content);
Content readContent(JsonReader &r);
QJsonObject toJson(const FunctionDeclaration &declaration);
FunctionDeclaration readFunctionDeclaration(JsonReader &r);
QJsonObject toJson(const Tool &tool);
Tool readTool(JsonReader &r);
QJsonArray toJson(const QList<Tool> &tools);
QList<Tool> readTools(JsonReader &r, QLatin1StringView key);

// Parses a whole document into its top-level object, or reports why it cannot.
std::optional<QJsonObject> parseObject(QByteArrayView json, ErrorSink *errors);

} // namespace livedesk::protocol::detail
