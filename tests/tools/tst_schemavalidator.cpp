// Arguments are checked against the declared schema before anything runs, in both dialects the
// service accepts: the OpenAPI-style Schema of `parameters` and the JSON Schema of
// `parametersJsonSchema` (the subset MCP servers emit). Each row names what it proves.
#include "tools/schemavalidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace livedesk::tools;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(livedesk::tools::SchemaDialect)

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), text);
    return doc.object();
}

const char *kWeatherOpenApi
        = R"({)"
          R"(  "type": "OBJECT",)"
          R"(  "properties": {)"
          R"(    "city": {"type": "STRING", "minLength": 1},)"
          R"(    "unit": {"type": "STRING", "enum": ["celsius", "fahrenheit"]},)"
          R"(    "days": {"type": "INTEGER", "minimum": 1, "maximum": "7"},)"
          R"(    "note": {"type": "STRING", "nullable": true},)"
          R"(    "where": {"type": "OBJECT", "properties": {)"
          R"(        "lat": {"type": "NUMBER"}, "lon": {"type": "NUMBER"}}, "required": ["lat", "lon"]},)"
          R"(    "tags": {"type": "ARRAY", "items": {"type": "STRING", "pattern": "^[a-z]+$"},)"
          R"(             "minItems": "1", "maxItems": 3},)"
          R"(    "precise": {"type": "BOOLEAN"})"
          R"(  },)"
          R"(  "required": ["city"])"
          R"(})";

const char *kWeatherJsonSchema
        = R"({)"
          R"(  "$schema": "http://json-schema.org/draft-07/schema#",)"
          R"(  "type": "object",)"
          R"(  "properties": {)"
          R"(    "city": {"type": "string", "minLength": 1},)"
          R"(    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},)"
          R"(    "days": {"type": "integer", "minimum": 1, "exclusiveMaximum": 8},)"
          R"(    "note": {"type": ["string", "null"]},)"
          R"(    "where": {"$ref": "#/$defs/point"},)"
          R"(    "tags": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]+$"},)"
          R"(             "minItems": 1, "maxItems": 3, "uniqueItems": true},)"
          R"(    "mode": {"const": "fast"},)"
          R"(    "size": {"anyOf": [{"type": "integer"}, {"type": "string", "enum": ["small", "large"]}]},)"
          R"(    "extra": {"type": "object", "additionalProperties": {"type": "number"}})"
          R"(  },)"
          R"(  "required": ["city"],)"
          R"(  "additionalProperties": false,)"
          R"(  "$defs": {"point": {"type": "object", "properties": {"lat": {"type": "number"},)"
          R"(                      "lon": {"type": "number"}}, "required": ["lat", "lon"]}})"
          R"(})";

} // namespace

// (moc in Qt 6.4 skips files with multi-line raw strings, hence one literal per line.)
class tst_SchemaValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void declarationPicksDialect();
    void schemaCheck_data();
    void schemaCheck();
    void problemCountIsCapped();
    void referenceCycleIsStopped();
};

void tst_SchemaValidator::validation_data()
{
    QTest::addColumn<SchemaDialect>("dialect");
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("expected"); // "" = valid, else a substring of the first problem

    const auto oa = SchemaDialect::OpenApi;
    const auto js = SchemaDialect::JsonSchema;

    // OpenAPI-style Schema
    QTest::newRow("openapi: required argument only is valid") << oa << R"({"city":"Paris"})"
                                                              << "";
    QTest::newRow("openapi: every argument, all valid")
            << oa
            << R"({"city":"Paris","unit":"celsius","days":3,"note":null,"where":{"lat":48.8,"lon":2.3},"tags":["a","b"],"precise":true})"
            << "";
    QTest::newRow("openapi: missing required argument") << oa << R"({"unit":"celsius"})"
                                                        << "argument 'city' is required";
    QTest::newRow("openapi: wrong type, number for a string")
            << oa << R"({"city":12})"
            << "argument 'city' must be a string, got 12";
    QTest::newRow("openapi: integer given as a fraction")
            << oa << R"({"city":"x","days":2.5})"
            << "argument 'days' must be an integer, got 2.5";
    QTest::newRow("openapi: integer given as 3.0 is an integer")
            << oa << R"({"city":"x","days":3.0})"
            << "";
    QTest::newRow("openapi: enum miss")
            << oa << R"({"city":"x","unit":"kelvin"})"
            << R"(argument 'unit' must be one of "celsius", "fahrenheit", got "kelvin")";
    QTest::newRow("openapi: above a maximum written as an int64 string")
            << oa << R"({"city":"x","days":9})"
            << "argument 'days' must be at most 7, got 9";
    QTest::newRow("openapi: below minimum") << oa << R"({"city":"x","days":0})"
                                            << "argument 'days' must be at least 1, got 0";
    QTest::newRow("openapi: null where nullable") << oa << R"({"city":"x","note":null})"
                                                  << "";
    QTest::newRow("openapi: null where not nullable") << oa << R"({"city":null})"
                                                      << "argument 'city' must not be null";
    QTest::newRow("openapi: nested object misses a required field")
            << oa << R"({"city":"x","where":{"lat":1}})"
            << "argument 'where.lon' is required";
    QTest::newRow("openapi: nested object field has the wrong type")
            << oa << R"({"city":"x","where":{"lat":"north","lon":1}})"
            << "argument 'where.lat' must be a number";
    QTest::newRow("openapi: array item breaks the pattern")
            << oa << R"({"city":"x","tags":["ok","NO"]})"
            << "argument 'tags[1]' must match the pattern ^[a-z]+$";
    QTest::newRow("openapi: too few array items") << oa << R"({"city":"x","tags":[]})"
                                                  << "argument 'tags' must have at least 1 item(s)";
    QTest::newRow("openapi: too many array items")
            << oa << R"({"city":"x","tags":["a","b","c","d"]})"
            << "argument 'tags' must have at most 3 item(s)";
    QTest::newRow("openapi: array given where an object is expected")
            << oa << R"({"city":"x","where":[1,2]})"
            << "argument 'where' must be an object, got an array";
    QTest::newRow("openapi: extra property is refused") << oa << R"({"city":"x","colour":"red"})"
                                                        << "unexpected argument 'colour'";
    QTest::newRow("openapi: empty string below minLength")
            << oa << R"({"city":""})"
            << "argument 'city' must be at least 1 characters long";
    QTest::newRow("openapi: boolean given as a string")
            << oa << R"({"city":"x","precise":"yes"})"
            << "argument 'precise' must be true or false";

    // JSON Schema
    QTest::newRow("json schema: required argument only is valid") << js << R"({"city":"Paris"})"
                                                                  << "";
    QTest::newRow("json schema: every argument, all valid")
            << js
            << R"({"city":"Paris","unit":"fahrenheit","days":7,"note":null,"where":{"lat":1,"lon":2},"tags":["a"],"mode":"fast","size":"large","extra":{"a":1}})"
            << "";
    QTest::newRow("json schema: missing required argument") << js << R"({"unit":"celsius"})"
                                                            << "argument 'city' is required";
    QTest::newRow("json schema: wrong type, boolean for a string")
            << js << R"({"city":true})"
            << "argument 'city' must be a string, got true";
    QTest::newRow("json schema: enum miss") << js << R"({"city":"x","unit":"kelvin"})"
                                            << "argument 'unit' must be one of";
    QTest::newRow("json schema: exclusive maximum reached")
            << js << R"({"city":"x","days":8})"
            << "argument 'days' must be less than 8, got 8";
    QTest::newRow("json schema: type list allows null") << js << R"({"city":"x","note":null})"
                                                        << "";
    QTest::newRow("json schema: type list refuses a number")
            << js << R"({"city":"x","note":5})"
            << "argument 'note' must be a string or null, got 5";
    QTest::newRow("json schema: nested object through $ref misses a field")
            << js << R"({"city":"x","where":{"lon":2}})"
            << "argument 'where.lat' is required";
    QTest::newRow("json schema: duplicate items where they must be unique")
            << js << R"({"city":"x","tags":["a","a"]})"
            << "argument 'tags' must not repeat items";
    QTest::newRow("json schema: const miss") << js << R"({"city":"x","mode":"slow"})"
                                             << R"(argument 'mode' must be "fast")";
    QTest::newRow("json schema: anyOf matches the second form")
            << js << R"({"city":"x","size":"small"})"
            << "";
    QTest::newRow("json schema: anyOf matches no form")
            << js << R"({"city":"x","size":"medium"})"
            << "argument 'size' matches none of the allowed forms";
    QTest::newRow("json schema: extra property refused by additionalProperties false")
            << js << R"({"city":"x","colour":"red"})"
            << "unexpected argument 'colour'";
    QTest::newRow("json schema: additionalProperties schema checks the values")
            << js << R"({"city":"x","extra":{"a":"one"}})"
            << "argument 'extra.a' must be a number";
}

void tst_SchemaValidator::validation()
{
    QFETCH(SchemaDialect, dialect);
    QFETCH(QString, arguments);
    QFETCH(QString, expected);
    const QJsonObject schema = json(dialect == SchemaDialect::OpenApi ? kWeatherOpenApi
                                                                      : kWeatherJsonSchema);
    QCOMPARE(checkParameterSchema(schema, dialect), QString());
    const QStringList problems = validateArguments(json(arguments.toUtf8().constData()), schema,
                                                   dialect);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; "_L1)));
    } else {
        QVERIFY2(!problems.isEmpty(), "invalid arguments were accepted");
        QVERIFY2(problems.constFirst().contains(expected),
                 qPrintable(u"got: "_s + problems.join("; "_L1)));
    }
}

void tst_SchemaValidator::declarationPicksDialect()
{
    livedesk::protocol::FunctionDeclaration d;
    d.name = u"f"_s;
    QVERIFY(validateArguments(QJsonObject(), d).isEmpty());
    QVERIFY(validateArguments(json(R"({"a":1})"), d).constFirst().contains("takes no arguments"_L1));

    // Lower-case "string" is a JSON Schema type; in the OpenAPI dialect types are upper-case,
    // but the service also accepts lower-case there, so both spellings work.
    d.parameters = json(R"({"type":"object","properties":{"a":{"type":"string"}}})");
    QVERIFY(validateArguments(json(R"({"a":"x"})"), d).isEmpty());
    QVERIFY(!validateArguments(json(R"({"b":"x"})"), d).isEmpty()); // closed in OpenAPI

    d.parameters = {};
    d.parametersJsonSchema = json(R"({"type":"object","properties":{"a":{"type":"string"}}})");
    QVERIFY(validateArguments(json(R"({"b":"x"})"), d).isEmpty()); // open in JSON Schema
    QVERIFY(!validateArguments(json(R"({"a":1})"), d).isEmpty());
}

void tst_SchemaValidator::schemaCheck_data()
{
    QTest::addColumn<SchemaDialect>("dialect");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("expected");

    const auto oa = SchemaDialect::OpenApi;
    const auto js = SchemaDialect::JsonSchema;
    QTest::newRow("openapi object with properties is fine")
            << oa << R"({"type":"OBJECT","properties":{"a":{"type":"STRING"}}})"
            << "";
    QTest::newRow("openapi top level must be an object") << oa << R"({"type":"STRING"})"
                                                         << "must be a schema of type OBJECT";
    QTest::newRow("openapi misspelled type is named with its path")
            << oa << R"({"type":"OBJECT","properties":{"city":{"type":"STRNG"}}})"
            << "properties.city.type: unknown type 'STRNG'";
    QTest::newRow("json schema without a type is an object schema")
            << js << R"({"properties":{"a":{"type":"string"}}})"
            << "";
    QTest::newRow("json schema with a dangling $ref")
            << js << R"({"type":"object","properties":{"a":{"$ref":"#/$defs/missing"}}})"
            << "properties.a: $ref '#/$defs/missing' cannot be resolved";
    QTest::newRow("json schema required must be names")
            << js << R"({"type":"object","required":[1]})"
            << "required must be a list of names";
    QTest::newRow("broken pattern is reported")
            << js << R"({"type":"object","properties":{"a":{"type":"string","pattern":"(["}}})"
            << "pattern is not a valid regular expression";
}

void tst_SchemaValidator::schemaCheck()
{
    QFETCH(SchemaDialect, dialect);
    QFETCH(QString, schema);
    QFETCH(QString, expected);
    const QString problem = checkParameterSchema(json(schema.toUtf8().constData()), dialect);
    if (expected.isEmpty())
        QCOMPARE(problem, QString());
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void tst_SchemaValidator::problemCountIsCapped()
{
    const QJsonObject schema = json(
            R"({"type":"OBJECT","properties":{"a":{"type":"STRING"},"b":{"type":"STRING"},"c":{"type":"STRING"}},"required":["a","b","c"]})");
    QCOMPARE(validateArguments(QJsonObject(), schema, SchemaDialect::OpenApi).size(), 3);
    QCOMPARE(validateArguments(QJsonObject(), schema, SchemaDialect::OpenApi, 2).size(), 2);
}

void tst_SchemaValidator::referenceCycleIsStopped()
{
    // A schema that refers to itself forever must end with a problem, not a stack overflow.
    const QJsonObject schema = json(
            R"({"type":"object","properties":{"a":{"$ref":"#/properties/a"}}})");
    const QStringList problems = validateArguments(json(R"({"a":1})"), schema,
                                                   SchemaDialect::JsonSchema);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.constFirst().contains("nests too deeply"_L1), qPrintable(problems.join(';')));
}

QTEST_GUILESS_MAIN(tst_SchemaValidator)
#include "tst_schemavalidator.moc"
