#include "session/protocol/jsonreader_p.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace livedesk::protocol::detail {

namespace {

// proto3 JSON parsers accept the original snake_case field names too.
QString snakeCase(QLatin1StringView camel)
{
    QString out;
    out.reserve(camel.size() + 4);
    for (char c : camel) {
        if (c >= 'A' && c <= 'Z') {
            out += QLatin1Char('_');
            out += QLatin1Char(char(c - 'A' + 'a'));
        } else {
            out += QLatin1Char(c);
        }
    }
    return out;
}

// JSON numbers are doubles; only integral values inside the int64 range are accepted.
std::optional<qint64> toInt64(double d)
{
    if (!std::isfinite(d) || std::floor(d) != d)
        return std::nullopt;
    // 2^63 is exactly representable; anything at or above it does not fit.
    if (d >= 9223372036854775808.0 || d < -9223372036854775808.0)
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path, ErrorSink *errors,
                       Strictness strictness)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
    , m_strictness(strictness)
{ }

QString JsonReader::pathOf(QLatin1StringView key) const
{
    if (m_path.isEmpty())
        return QString(key);
    return m_path + QLatin1Char('.') + key;
}

bool JsonReader::has(QLatin1StringView key) const
{
    return m_object.contains(key) || m_object.contains(snakeCase(key));
}

QJsonValue JsonReader::value(QLatin1StringView key)
{
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    auto it = m_object.constFind(key);
    if (it != m_object.constEnd()) {
        m_read.insert(QString(key));
        return *it;
    }
    const QString snake = snakeCase(key);
    it = m_object.constFind(snake);
    if (it != m_object.constEnd()) {
        m_read.insert(snake);
        return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString JsonReader::string(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("expected a string"));
        return {};
    }
    return v.toString();
}

bool JsonReader::requireString(QLatin1StringView key, QString *out)
{
    if (failed())
        return false;
    if (!has(key)) {
        fail(key, QStringLiteral("required field missing"));
        return false;
    }
    *out = string(key);
    if (!failed() && out->isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    return !failed();
}

std::optional<bool> JsonReader::optionalBool(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        fail(key, QStringLiteral("expected true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<qint64> JsonReader::optionalInt64(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isString()) { // proto3 JSON writes int64 as a string
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            fail(key, QStringLiteral("expected an integer, got \"%1\"").arg(v.toString().left(40)));
            return std::nullopt;
        }
        return n;
    }
    if (!v.isDouble()) {
        fail(key, QStringLiteral("expected an integer"));
        return std::nullopt;
    }
    // QJsonValue keeps integer literals exactly when they fit in 64 bits.
    const qint64 exact = v.toInteger(std::numeric_limits<qint64>::min());
    if (exact != std::numeric_limits<qint64>::min())
        return exact;
    if (auto n = toInt64(v.toDouble()))
        return n;
    fail(key, QStringLiteral("integer out of range or not whole"));
    return std::nullopt;
}

std::optional<int> JsonReader::optionalInt(QLatin1StringView key)
{
    const auto n = optionalInt64(key);
    if (!n)
        return std::nullopt;
    if (*n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max()) {
        fail(key, QStringLiteral("integer out of range"));
        return std::nullopt;
    }
    return int(*n);
}

std::optional<double> JsonReader::optionalNumber(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key, QStringLiteral("expected a finite number"));
        return std::nullopt;
    }
    return v.toDouble();
}

QByteArray JsonReader::base64(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("expected a base64 string"));
        return {};
    }
    const QByteArray text = v.toString().toLatin1();
    // Standard alphabet first (what the service sends), then the URL-safe one proto3 also allows.
    for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto result
                = QByteArray::fromBase64Encoding(text,
                                                 options | QByteArray::AbortOnBase64DecodingErrors);
        if (result)
            return std::move(result.decoded);
    }
    fail(key, QStringLiteral("invalid base64"));
    return {};
}

std::optional<Milliseconds> JsonReader::duration(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(key, QStringLiteral("expected a duration string such as \"50s\""));
        return std::nullopt;
    }
    auto d = parseDuration(v.toString());
    if (!d)
        fail(key, QStringLiteral("invalid duration \"%1\"").arg(v.toString().left(40)));
    return d;
}

QJsonObject JsonReader::rawObject(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::rawArray(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected an array"));
        return {};
    }
    return v.toArray();
}

QStringList JsonReader::stringList(QLatin1StringView key)
{
    QStringList out;
    const QJsonArray items = rawArray(key);
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            m_errors->fail(pathOf(key) + QStringLiteral("[%1]").arg(i),
                           QStringLiteral("expected a string"));
            return {};
        }
        out.append(items.at(i).toString());
    }
    return out;
}

std::optional<JsonReader> JsonReader::child(QLatin1StringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    return JsonReader(v.toObject(), pathOf(key), m_errors, m_strictness);
}

void JsonReader::finish()
{
    if (m_strictness != Strictness::Strict || failed())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            // The service's own wording for an unknown field (a 1007 close reason).
            m_errors->fail(m_path.isEmpty() ? QString() : m_path,
                           QStringLiteral("Unknown name \"%1\": Cannot find field.").arg(it.key()));
            return;
        }
    }
}

std::optional<QJsonObject> parseObject(QByteArrayView json, ErrorSink *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->fail({}, QStringLiteral("invalid JSON at offset %1: %2")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors->fail({}, QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace livedesk::protocol::detail
