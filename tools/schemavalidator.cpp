#include "tools/schemavalidator.h"

#include "tools/schemavalidator_p.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace livedesk::tools {
namespace {

using detail::Kind;
using detail::kindFromName;
using detail::kMaxSchemaDepth;
using detail::resolveReference;

QString kindPhrase(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return u"null"_s;
    case Kind::Boolean:
        return u"true or false"_s;
    case Kind::Integer:
        return u"an integer"_s;
    case Kind::Number:
        return u"a number"_s;
    case Kind::String:
        return u"a string"_s;
    case Kind::Array:
        return u"an array"_s;
    case Kind::Object:
        return u"an object"_s;
    case Kind::Any:
    case Kind::Unknown:
        break;
    }
    return u"a value"_s;
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0;
}

bool matchesKind(const QJsonValue &value, Kind kind)
{
    switch (kind) {
    case Kind::Any:
        return true;
    case Kind::Null:
        return value.isNull();
    case Kind::Boolean:
        return value.isBool();
    case Kind::Integer:
        return value.isDouble() && isIntegral(value.toDouble());
    case Kind::Number:
        return value.isDouble();
    case Kind::String:
        return value.isString();
    case Kind::Array:
        return value.isArray();
    case Kind::Object:
        return value.isObject();
    case Kind::Unknown:
        break;
    }
    return false;
}

QString formatNumber(double d)
{
    return isIntegral(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
}

// A short rendering of a value for messages: `"Paris"`, `12`, `an object`.
QString shortValue(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        return u"an object"_s;
    if (value.isArray())
        return u"an array"_s;
    if (value.isNull() || value.isUndefined())
        return u"null"_s;
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return formatNumber(value.toDouble());
    text = value.toString();
    if (text.size() > 40)
        text = text.left(37) + u"..."_s;
    return u'"' + text + u'"';
}

bool jsonEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEquals(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!y.contains(it.key()) || !jsonEquals(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

// Integer keywords are int64 in the service's Schema, so proto3 JSON may carry them as strings.
std::optional<double> numberKeyword(const QJsonObject &schema, QLatin1StringView key)
{
    const QJsonValue v = schema.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QString where(const QString &path)
{
    return path.isEmpty() ? u"the arguments"_s : u"argument '"_s + path + u'\'';
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return (path.isEmpty() ? u"arguments"_s : path) + u'[' + QString::number(index) + u']';
}

// Resolves "#", "#/$defs/Name", "#/definitions/Name" and other local JSON pointers.

class Validator
{
public:
    Validator(SchemaDialect dialect, const QJsonObject &root, int maxProblems)
        : m_dialect(dialect)
        , m_root(root)
        , m_maxProblems(maxProblems)
    { }

    QStringList problems;

    void validate(const QJsonValue &value, const QJsonObject &schema, const QString &path, int depth)
    {
        if (full())
            return;
        if (depth > kMaxSchemaDepth) {
            add(where(path) + u": the schema nests too deeply to check"_s);
            return;
        }
        if (m_dialect == SchemaDialect::JsonSchema && schema.contains("$ref"_L1)) {
            const QString reference = schema.value("$ref"_L1).toString();
            const auto target = resolveReference(m_root, reference);
            if (!target) {
                add(where(path) + u": the schema reference '"_s + reference
                    + u"' cannot be resolved"_s);
                return;
            }
            validate(value, *target, path, depth + 1);
        }

        if (!checkType(value, schema, path))
            return; // further checks would only repeat the type problem
        if (value.isNull() && schema.value("nullable"_L1).toBool())
            return;

        checkEnumAndConst(value, schema, path);
        if (value.isDouble())
            checkNumber(value.toDouble(), schema, path);
        else if (value.isString())
            checkString(value.toString(), schema, path);
        else if (value.isArray())
            checkArray(value.toArray(), schema, path, depth);
        else if (value.isObject())
            checkObject(value.toObject(), schema, path, depth);
        checkCombinators(value, schema, path, depth);
    }

private:
    bool full() const { return problems.size() >= m_maxProblems; }

    void add(const QString &problem)
    {
        if (!full())
            problems.append(problem);
    }

    // Returns false when the value's type is wrong (the problem is recorded).
    bool checkType(const QJsonValue &value, const QJsonObject &schema, const QString &path)
    {
        QList<Kind> kinds;
        const QJsonValue type = schema.value("type"_L1);
        if (type.isString()) {
            kinds.append(kindFromName(type.toString(), m_dialect));
        } else if (type.isArray() && m_dialect == SchemaDialect::JsonSchema) {
            for (const QJsonValue &t : type.toArray())
                kinds.append(kindFromName(t.toString(), m_dialect));
        }
        const bool nullable = schema.value("nullable"_L1).toBool();
        if (value.isNull()) {
            if (nullable || kinds.contains(Kind::Null)
                || (kinds.isEmpty() && m_dialect == SchemaDialect::JsonSchema))
                return true;
            if (kinds.isEmpty() || kinds.contains(Kind::Any))
                return true;
            add(where(path) + u" must not be null"_s);
            return false;
        }
        if (kinds.isEmpty())
            return true;
        for (Kind k : kinds) {
            if (k == Kind::Unknown || matchesKind(value, k))
                return true;
        }
        QStringList expected;
        for (Kind k : kinds)
            expected.append(kindPhrase(k));
        add(where(path) + u" must be "_s + expected.join(" or "_L1) + u", got "_s
            + shortValue(value));
        return false;
    }

    void checkEnumAndConst(const QJsonValue &value, const QJsonObject &schema, const QString &path)
    {
        if (schema.value("enum"_L1).isArray()) {
            const QJsonArray options = schema.value("enum"_L1).toArray();
            bool found = false;
            QStringList shown;
            for (const QJsonValue &option : options) {
                found = found || jsonEquals(value, option);
                if (shown.size() < 12)
                    shown.append(shortValue(option));
            }
            if (options.size() > shown.size())
                shown.append(u"…"_s);
            if (!found) {
                add(where(path) + u" must be one of "_s + shown.join(", "_L1) + u", got "_s
                    + shortValue(value));
            }
        }
        if (m_dialect == SchemaDialect::JsonSchema && schema.contains("const"_L1)
            && !jsonEquals(value, schema.value("const"_L1))) {
            add(where(path) + u" must be "_s + shortValue(schema.value("const"_L1)) + u", got "_s
                + shortValue(value));
        }
    }

    void checkNumber(double number, const QJsonObject &schema, const QString &path)
    {
        const auto minimum = numberKeyword(schema, "minimum"_L1);
        const auto maximum = numberKeyword(schema, "maximum"_L1);
        // Draft 4 spells exclusive bounds as booleans beside minimum/maximum; later drafts as
        // numbers of their own.
        const QJsonValue exMin = schema.value("exclusiveMinimum"_L1);
        const QJsonValue exMax = schema.value("exclusiveMaximum"_L1);
        if (minimum) {
            if (exMin.isBool() && exMin.toBool()) {
                if (!(number > *minimum))
                    add(where(path) + u" must be greater than "_s + formatNumber(*minimum)
                        + u", got "_s + formatNumber(number));
            } else if (number < *minimum) {
                add(where(path) + u" must be at least "_s + formatNumber(*minimum) + u", got "_s
                    + formatNumber(number));
            }
        }
        if (maximum) {
            if (exMax.isBool() && exMax.toBool()) {
                if (!(number < *maximum))
                    add(where(path) + u" must be less than "_s + formatNumber(*maximum)
                        + u", got "_s + formatNumber(number));
            } else if (number > *maximum) {
                add(where(path) + u" must be at most "_s + formatNumber(*maximum) + u", got "_s
                    + formatNumber(number));
            }
        }
        if (m_dialect == SchemaDialect::JsonSchema) {
            if (exMin.isDouble() && !(number > exMin.toDouble()))
                add(where(path) + u" must be greater than "_s + formatNumber(exMin.toDouble())
                    + u", got "_s + formatNumber(number));
            if (exMax.isDouble() && !(number < exMax.toDouble()))
                add(where(path) + u" must be less than "_s + formatNumber(exMax.toDouble())
                    + u", got "_s + formatNumber(number));
            const auto multipleOf = numberKeyword(schema, "multipleOf"_L1);
            if (multipleOf && *multipleOf > 0) {
                const double q = number / *multipleOf;
                if (std::fabs(q - std::round(q)) > 1e-9)
                    add(where(path) + u" must be a multiple of "_s + formatNumber(*multipleOf)
                        + u", got "_s + formatNumber(number));
            }
        }
    }

    void checkString(const QString &text, const QJsonObject &schema, const QString &path)
    {
        // JSON Schema counts characters (code points), not UTF-16 units.
        const qsizetype length = text.toUcs4().size();
        if (const auto minLength = numberKeyword(schema, "minLength"_L1);
            minLength && double(length) < *minLength) {
            add(where(path) + u" must be at least "_s + formatNumber(*minLength)
                + u" characters long, got "_s + QString::number(length));
        }
        if (const auto maxLength = numberKeyword(schema, "maxLength"_L1);
            maxLength && double(length) > *maxLength) {
            add(where(path) + u" must be at most "_s + formatNumber(*maxLength)
                + u" characters long, got "_s + QString::number(length));
        }
        const QString pattern = schema.value("pattern"_L1).toString();
        if (!pattern.isEmpty()) {
            const QRegularExpression re(pattern);
            if (re.isValid() && !re.match(text).hasMatch())
                add(where(path) + u" must match the pattern "_s + pattern + u", got "_s
                    + shortValue(text));
        }
    }

    void checkArray(const QJsonArray &array, const QJsonObject &schema, const QString &path,
                    int depth)
    {
        const auto count = double(array.size());
        if (const auto minItems = numberKeyword(schema, "minItems"_L1);
            minItems && count < *minItems) {
            add(where(path) + u" must have at least "_s + formatNumber(*minItems)
                + u" item(s), got "_s + QString::number(array.size()));
        }
        if (const auto maxItems = numberKeyword(schema, "maxItems"_L1);
            maxItems && count > *maxItems) {
            add(where(path) + u" must have at most "_s + formatNumber(*maxItems)
                + u" item(s), got "_s + QString::number(array.size()));
        }
        const QJsonValue items = schema.value("items"_L1);
        if (items.isObject()) {
            for (qsizetype i = 0; i < array.size() && !full(); ++i)
                validate(array.at(i), items.toObject(), indexPath(path, i), depth + 1);
        } else if (items.isArray() && m_dialect == SchemaDialect::JsonSchema) {
            const QJsonArray tuple = items.toArray();
            for (qsizetype i = 0; i < array.size() && i < tuple.size() && !full(); ++i)
                validate(array.at(i), tuple.at(i).toObject(), indexPath(path, i), depth + 1);
        }
        if (m_dialect == SchemaDialect::JsonSchema && schema.value("uniqueItems"_L1).toBool()) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                for (qsizetype j = i + 1; j < array.size(); ++j) {
                    if (jsonEquals(array.at(i), array.at(j))) {
                        add(where(path) + u" must not repeat items (items "_s + QString::number(i)
                            + u" and "_s + QString::number(j) + u" are equal)"_s);
                        return;
                    }
                }
            }
        }
    }

    void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path,
                     int depth)
    {
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (const QJsonValue &name : schema.value("required"_L1).toArray()) {
            const QString key = name.toString();
            if (!key.isEmpty() && !object.contains(key))
                add(u"argument '"_s + childPath(path, key) + u"' is required"_s);
        }

        QList<QPair<QRegularExpression, QJsonObject>> patternProperties;
        if (m_dialect == SchemaDialect::JsonSchema) {
            const QJsonObject pp = schema.value("patternProperties"_L1).toObject();
            for (auto it = pp.begin(); it != pp.end(); ++it)
                patternProperties.append({QRegularExpression(it.key()), it.value().toObject()});
        }
        const QJsonValue additional = schema.value("additionalProperties"_L1);
        // The service's Schema has no additionalProperties: when it lists properties, those are
        // all the function takes, and a stray one is more likely a model slip than a wish.
        const bool closed = m_dialect == SchemaDialect::OpenApi
                                    ? !properties.isEmpty()
                                    : (additional.isBool() && !additional.toBool());

        QStringList unexpected;
        for (auto it = object.begin(); it != object.end() && !full(); ++it) {
            const QString childAt = childPath(path, it.key());
            bool described = false;
            if (properties.contains(it.key())) {
                described = true;
                validate(it.value(), properties.value(it.key()).toObject(), childAt, depth + 1);
            }
            for (const auto &[re, sub] : std::as_const(patternProperties)) {
                if (re.isValid() && re.match(it.key()).hasMatch()) {
                    described = true;
                    validate(it.value(), sub, childAt, depth + 1);
                }
            }
            if (described)
                continue;
            if (closed)
                unexpected.append(it.key());
            else if (m_dialect == SchemaDialect::JsonSchema && additional.isObject())
                validate(it.value(), additional.toObject(), childAt, depth + 1);
        }
        for (const QString &key : std::as_const(unexpected)) {
            QStringList known = properties.keys();
            add(u"unexpected argument '"_s + childPath(path, key) + u"'"_s
                + (known.isEmpty() ? QString() : u" (expected: "_s + known.join(", "_L1) + u')'));
        }

        const auto count = double(object.size());
        if (const auto minProperties = numberKeyword(schema, "minProperties"_L1);
            minProperties && count < *minProperties) {
            add(where(path) + u" must have at least "_s + formatNumber(*minProperties)
                + u" properties, got "_s + QString::number(object.size()));
        }
        if (const auto maxProperties = numberKeyword(schema, "maxProperties"_L1);
            maxProperties && count > *maxProperties) {
            add(where(path) + u" must have at most "_s + formatNumber(*maxProperties)
                + u" properties, got "_s + QString::number(object.size()));
        }
    }

    // The first problem `value` has against `schema`, or an empty string.
    QString firstProblem(const QJsonValue &value, const QJsonObject &schema, const QString &path,
                         int depth) const
    {
        Validator branch(m_dialect, m_root, 1);
        branch.validate(value, schema, path, depth + 1);
        return branch.problems.value(0);
    }

    void checkCombinators(const QJsonValue &value, const QJsonObject &schema, const QString &path,
                          int depth)
    {
        if (schema.value("anyOf"_L1).isArray()) {
            QString first;
            bool matched = false;
            for (const QJsonValue &branch : schema.value("anyOf"_L1).toArray()) {
                const QString problem = firstProblem(value, branch.toObject(), path, depth);
                if (problem.isEmpty()) {
                    matched = true;
                    break;
                }
                if (first.isEmpty())
                    first = problem;
            }
            if (!matched)
                add(where(path) + u" matches none of the allowed forms (first: "_s + first + u')');
        }
        if (m_dialect != SchemaDialect::JsonSchema)
            return;
        if (schema.value("oneOf"_L1).isArray()) {
            int matches = 0;
            QString first;
            for (const QJsonValue &branch : schema.value("oneOf"_L1).toArray()) {
                const QString problem = firstProblem(value, branch.toObject(), path, depth);
                if (problem.isEmpty())
                    ++matches;
                else if (first.isEmpty())
                    first = problem;
            }
            if (matches == 0)
                add(where(path) + u" matches none of the allowed forms (first: "_s + first + u')');
            else if (matches > 1)
                add(where(path) + u" matches more than one of the allowed forms"_s);
        }
        for (const QJsonValue &branch : schema.value("allOf"_L1).toArray())
            validate(value, branch.toObject(), path, depth + 1);
    }

    SchemaDialect m_dialect;
    QJsonObject m_root;
    int m_maxProblems;
};

} // namespace

QStringList validateArguments(const QJsonObject &arguments, const QJsonObject &schema,
                              SchemaDialect dialect, int maxProblems)
{
    if (schema.isEmpty() || dialect == SchemaDialect::Unspecified)
        return {};
    Validator validator(dialect, schema, qMax(1, maxProblems));
    validator.validate(arguments, schema, QString(), 0);
    return validator.problems;
}

QStringList validateArguments(const QJsonObject &arguments,
                              const protocol::FunctionDeclaration &declaration, int maxProblems)
{
    if (!declaration.parametersJsonSchema.isEmpty())
        return validateArguments(arguments, declaration.parametersJsonSchema,
                                 SchemaDialect::JsonSchema, maxProblems);
    if (!declaration.parameters.isEmpty())
        return validateArguments(arguments, declaration.parameters, SchemaDialect::OpenApi,
                                 maxProblems);
    // A function that declares no parameters takes none.
    if (!arguments.isEmpty())
        return {u"unexpected argument '"_s + arguments.keys().constFirst()
                + u"' (this function takes no arguments)"_s};
    return {};
}

} // namespace livedesk::tools
