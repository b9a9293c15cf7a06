// Helpers shared by the argument validator and the schema checker.
#include "tools/schemavalidator_p.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace livedesk::tools::detail {

Kind kindFromName(const QString &name, SchemaDialect dialect)
{
    const QString n = dialect == SchemaDialect::OpenApi ? name.toUpper() : name;
    if (dialect == SchemaDialect::OpenApi) {
        if (n == "STRING"_L1)
            return Kind::String;
        if (n == "INTEGER"_L1)
            return Kind::Integer;
        if (n == "NUMBER"_L1)
            return Kind::Number;
        if (n == "BOOLEAN"_L1)
            return Kind::Boolean;
        if (n == "ARRAY"_L1)
            return Kind::Array;
        if (n == "OBJECT"_L1)
            return Kind::Object;
        if (n == "NULL"_L1)
            return Kind::Null;
        if (n == "TYPE_UNSPECIFIED"_L1)
            return Kind::Any;
        return Kind::Unknown;
    }
    if (n == "string"_L1)
        return Kind::String;
    if (n == "integer"_L1)
        return Kind::Integer;
    if (n == "number"_L1)
        return Kind::Number;
    if (n == "boolean"_L1)
        return Kind::Boolean;
    if (n == "array"_L1)
        return Kind::Array;
    if (n == "object"_L1)
        return Kind::Object;
    if (n == "null"_L1)
        return Kind::Null;
    return Kind::Unknown;
}

std::optional<QJsonObject> resolveReference(const QJsonObject &root, const QString &reference)
{
    if (reference == "#"_L1)
        return root;
    if (!reference.startsWith("#/"_L1))
        return std::nullopt;
    QJsonValue node = root;
    const QStringList tokens = reference.mid(2).split(u'/');
    for (QString token : tokens) {
        token.replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1);
        if (node.isObject()) {
            const QJsonObject o = node.toObject();
            if (!o.contains(token))
                return std::nullopt;
            node = o.value(token);
        } else if (node.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= node.toArray().size())
                return std::nullopt;
            node = node.toArray().at(index);
        } else {
            return std::nullopt;
        }
    }
    if (!node.isObject())
        return std::nullopt;
    return node.toObject();
}

} // namespace livedesk::tools::detail
