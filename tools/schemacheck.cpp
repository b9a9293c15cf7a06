// Whether a declared parameter schema is one LiveDesk can check arguments against.
#include "tools/schemavalidator.h"

#include "tools/schemavalidator_p.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace livedesk::tools {
namespace {

using detail::Kind;
using detail::kindFromName;
using detail::kMaxSchemaDepth;
using detail::resolveReference;

class SchemaChecker
{
public:
    SchemaChecker(SchemaDialect dialect, const QJsonObject &root)
        : m_dialect(dialect)
        , m_root(root)
    { }

    QString check(const QJsonObject &schema, const QString &path, int depth) const
    {
        if (depth > kMaxSchemaDepth)
            return at(path) + u"nests too deeply"_s;
        const QJsonValue type = schema.value("type"_L1);
        QJsonArray typeNames;
        if (type.isString())
            typeNames.append(type);
        else if (type.isArray() && m_dialect == SchemaDialect::JsonSchema)
            typeNames = type.toArray();
        else if (!type.isUndefined())
            return at(join(path, u"type"_s)) + u"must be a type name"_s;
        for (const QJsonValue &t : std::as_const(typeNames)) {
            if (kindFromName(t.toString(), m_dialect) == Kind::Unknown)
                return at(join(path, u"type"_s)) + u"unknown type '"_s + t.toString() + u'\'';
        }
        if (schema.contains("properties"_L1)) {
            if (!schema.value("properties"_L1).isObject())
                return at(path) + u"properties must be an object"_s;
            const QJsonObject properties = schema.value("properties"_L1).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (!it.value().isObject())
                    return at(path) + u"properties."_s + it.key() + u" must be a schema object"_s;
                const QString problem = check(it.value().toObject(),
                                              join(path, u"properties."_s + it.key()), depth + 1);
                if (!problem.isEmpty())
                    return problem;
            }
        }
        if (schema.contains("required"_L1)) {
            if (!schema.value("required"_L1).isArray())
                return at(path) + u"required must be a list of names"_s;
            for (const QJsonValue &name : schema.value("required"_L1).toArray()) {
                if (!name.isString())
                    return at(path) + u"required must be a list of names"_s;
            }
        }
        if (schema.contains("enum"_L1) && !schema.value("enum"_L1).isArray())
            return at(path) + u"enum must be a list"_s;
        if (schema.contains("pattern"_L1)) {
            const QRegularExpression re(schema.value("pattern"_L1).toString());
            if (!re.isValid())
                return at(path) + u"pattern is not a valid regular expression: "_s
                       + re.errorString();
        }
        if (schema.contains("items"_L1)) {
            const QJsonValue items = schema.value("items"_L1);
            if (items.isObject()) {
                const QString problem = check(items.toObject(), join(path, u"items"_s), depth + 1);
                if (!problem.isEmpty())
                    return problem;
            } else if (!(items.isArray() && m_dialect == SchemaDialect::JsonSchema)
                       && !(items.isBool() && m_dialect == SchemaDialect::JsonSchema)) {
                return at(path) + u"items must be a schema object"_s;
            }
        }
        for (QLatin1StringView combinator : {"anyOf"_L1, "oneOf"_L1, "allOf"_L1}) {
            if (!schema.contains(combinator))
                continue;
            if (!schema.value(combinator).isArray())
                return at(path) + combinator + u" must be a list of schemas"_s;
            const QJsonArray branches = schema.value(combinator).toArray();
            for (qsizetype i = 0; i < branches.size(); ++i) {
                const QString problem = check(branches.at(i).toObject(),
                                              join(path,
                                                   combinator + u'[' + QString::number(i) + u']'),
                                              depth + 1);
                if (!problem.isEmpty())
                    return problem;
            }
        }
        if (m_dialect == SchemaDialect::JsonSchema && schema.contains("$ref"_L1)) {
            const QString reference = schema.value("$ref"_L1).toString();
            if (!resolveReference(m_root, reference))
                return at(path) + u"$ref '"_s + reference + u"' cannot be resolved"_s;
        }
        return {};
    }

private:
    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString at(const QString &path) { return path.isEmpty() ? QString() : path + u": "_s; }

    SchemaDialect m_dialect;
    QJsonObject m_root;
};

} // namespace

QString checkParameterSchema(const QJsonObject &schema, SchemaDialect dialect)
{
    if (schema.isEmpty())
        return {};
    const QJsonValue type = schema.value("type"_L1);
    const bool isObject = dialect == SchemaDialect::OpenApi
                                  ? type.toString().toUpper() == "OBJECT"_L1
                                  : (type.isUndefined() || type.toString() == "object"_L1);
    if (!isObject)
        return dialect == SchemaDialect::OpenApi
                       ? u"type: the parameters must be a schema of type OBJECT"_s
                       : u"type: the parameters must be a schema of type object"_s;
    return SchemaChecker(dialect, schema).check(schema, QString(), 0);
}

} // namespace livedesk::tools
