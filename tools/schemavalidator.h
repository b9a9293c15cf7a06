// Validation of a function call's arguments against the declared schema, before anything runs.
//
// Two dialects, as the service has them (live-protocol.md §2.1):
//  - OpenApi: the service's `Schema` (type OBJECT/STRING/INTEGER/NUMBER/BOOLEAN/ARRAY, enum,
//    required, items, properties, nullable, minimum/maximum, minItems/maxItems,
//    minLength/maxLength, pattern, anyOf, minProperties/maxProperties) used by `parameters`.
//    It has no additionalProperties, so an object that lists its properties takes no others.
//  - JsonSchema: the subset MCP servers emit for `parametersJsonSchema` (type or type lists,
//    enum, const, required, properties, additionalProperties, items, the numeric and length
//    bounds, pattern, anyOf/oneOf/allOf, $ref into #/$defs or #/definitions). Unknown keywords
//    are ignored, as JSON Schema asks.
//
// Problems are sentences a model can act on: "argument 'city' is required".
#pragma once

#include "session/protocol/types.h"

#include <QJsonObject>
#include <QStringList>

namespace livedesk::tools {

enum class SchemaDialect { Unspecified, OpenApi, JsonSchema };

// The problems with `arguments`, at most `maxProblems` of them; empty when they are valid. An
// empty schema accepts any arguments.
QStringList validateArguments(const QJsonObject &arguments, const QJsonObject &schema,
                              SchemaDialect dialect, int maxProblems = 5);

// The same against a declaration's `parameters` or `parametersJsonSchema`.
QStringList validateArguments(const QJsonObject &arguments,
                              const protocol::FunctionDeclaration &declaration,
                              int maxProblems = 5);

// Whether a schema can describe a function's arguments: an object at the top, known type names,
// well-formed keywords. Returns the first problem with its path ("properties.city.type: unknown
// type 'STRNG'"), or an empty string.
QString checkParameterSchema(const QJsonObject &schema, SchemaDialect dialect);

} // namespace livedesk::tools
