// Helpers the argument validator and the schema checker share. Not part of the module's API.
#pragma once

#include "tools/schemavalidator.h"

#include <optional>

namespace livedesk::tools::detail {

// Deeper than any honest schema; stops $ref cycles and hostile nesting.
constexpr int kMaxSchemaDepth = 48;

enum class Kind { Any, Null, Boolean, Integer, Number, String, Array, Object, Unknown };

Kind kindFromName(const QString &name, SchemaDialect dialect);

// Resolves "#", "#/$defs/Name", "#/definitions/Name" and other local JSON pointers.
std::optional<QJsonObject> resolveReference(const QJsonObject &root, const QString &reference);

} // namespace livedesk::tools::detail
