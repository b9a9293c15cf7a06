// Encoding and decoding of the pieces both directions share: blobs, parts, content, function
// calls and responses, function declarations and tools.
#include "session/protocol/jsonreader_p.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace livedesk::protocol {
namespace detail {

QJsonObject toJson(const Blob &blob)
{
    QJsonObject o;
    putString(o, "mimeType"_L1, blob.mimeType);
    // Always written: an empty audio chunk is still a chunk.
    o.insert("data"_L1, QString::fromLatin1(blob.data.toBase64()));
    return o;
}

Blob readBlob(JsonReader &r)
{
    Blob blob;
    blob.mimeType = r.string("mimeType"_L1);
    if (!r.has("data"_L1))
        r.fail("data"_L1, u"required field missing"_s);
    blob.data = r.base64("data"_L1);
    return blob;
}

QJsonObject toJson(const FunctionCall &call)
{
    QJsonObject o;
    putString(o, "id"_L1, call.id);
    o.insert("name"_L1, call.name);
    o.insert("args"_L1, call.args);
    return o;
}

FunctionCall readFunctionCall(JsonReader &r)
{
    FunctionCall call;
    call.id = r.string("id"_L1);
    r.requireString("name"_L1, &call.name);
    call.args = r.rawObject("args"_L1);
    // Vertex streams arguments; LiveDesk asks for whole calls, so these are read and dropped.
    r.value("partialArgs"_L1);
    r.value("willContinue"_L1);
    return call;
}

QJsonObject toJson(const FunctionResponse &response)
{
    QJsonObject o;
    putString(o, "id"_L1, response.id);
    o.insert("name"_L1, response.name);
    o.insert("response"_L1, response.response);
    putEnum(o, "scheduling"_L1, response.scheduling);
    putOptional(o, "willContinue"_L1, response.willContinue);
    return o;
}

FunctionResponse readFunctionResponse(JsonReader &r)
{
    FunctionResponse response;
    response.id = r.string("id"_L1);
    r.requireString("name"_L1, &response.name);
    response.response = r.rawObject("response"_L1);
    response.scheduling = r.enumeration<Scheduling>("scheduling"_L1);
    response.willContinue = r.optionalBool("willContinue"_L1);
    r.rawArray("parts"_L1); // media parts of a response: accepted, not modelled
    return response;
}

QJsonObject toJson(const Part &part)
{
    QJsonObject o;
    putString(o, "text"_L1, part.text);
    putTrue(o, "thought"_L1, part.thought);
    putBase64(o, "thoughtSignature"_L1, part.thoughtSignature);
    if (part.inlineData)
        o.insert("inlineData"_L1, toJson(*part.inlineData));
    if (part.functionCall)
        o.insert("functionCall"_L1, toJson(*part.functionCall));
    if (part.functionResponse)
        o.insert("functionResponse"_L1, toJson(*part.functionResponse));
    putObject(o, "executableCode"_L1, part.executableCode);
    putObject(o, "codeExecutionResult"_L1, part.codeExecutionResult);
    return o;
}

Part readPart(JsonReader &r)
{
    Part part;
    part.text = r.string("text"_L1);
    part.thought = r.boolean("thought"_L1);
    part.thoughtSignature = r.base64("thoughtSignature"_L1);
    if (auto c = r.child("inlineData"_L1)) {
        part.inlineData = readBlob(*c);
        c->finish();
    }
    if (auto c = r.child("functionCall"_L1)) {
        part.functionCall = readFunctionCall(*c);
        c->finish();
    }
    if (auto c = r.child("functionResponse"_L1)) {
        part.functionResponse = readFunctionResponse(*c);
        c->finish();
    }
    part.executableCode = r.rawObject("executableCode"_L1);
    part.codeExecutionResult = r.rawObject("codeExecutionResult"_L1);
    return part;
}

QJsonObject toJson(const Content &content)
{
    QJsonObject o;
    putString(o, "role"_L1, content.role);
    QJsonArray parts;
    for (const Part &p : content.parts)
        parts.append(toJson(p));
    o.insert("parts"_L1, parts);
    return o;
}

Content readContent(JsonReader &r)
{
    Content content;
    content.role = r.string("role"_L1);
    r.forEachObject("parts"_L1,
                    [&](JsonReader &item, int) { content.parts.append(readPart(item)); });
    return content;
}

QJsonObject toJson(const FunctionDeclaration &d)
{
    QJsonObject o;
    o.insert("name"_L1, d.name);
    putString(o, "description"_L1, d.description);
    putEnum(o, "behavior"_L1, d.behavior);
    putObject(o, "parameters"_L1, d.parameters);
    putObject(o, "parametersJsonSchema"_L1, d.parametersJsonSchema);
    putObject(o, "response"_L1, d.response);
    putObject(o, "responseJsonSchema"_L1, d.responseJsonSchema);
    return o;
}

FunctionDeclaration readFunctionDeclaration(JsonReader &r)
{
    FunctionDeclaration d;
    r.requireString("name"_L1, &d.name);
    d.description = r.string("description"_L1);
    d.behavior = r.enumeration<Behavior>("behavior"_L1);
    d.parameters = r.rawObject("parameters"_L1);
    d.parametersJsonSchema = r.rawObject("parametersJsonSchema"_L1);
    d.response = r.rawObject("response"_L1);
    d.responseJsonSchema = r.rawObject("responseJsonSchema"_L1);
    if (!d.parameters.isEmpty() && !d.parametersJsonSchema.isEmpty())
        r.fail("parametersJsonSchema"_L1,
               u"give either parameters or parametersJsonSchema, not both"_s);
    return d;
}

QJsonObject toJson(const Tool &tool)
{
    QJsonObject o;
    if (!tool.functionDeclarations.isEmpty()) {
        QJsonArray decls;
        for (const auto &d : tool.functionDeclarations)
            decls.append(toJson(d));
        o.insert("functionDeclarations"_L1, decls);
    }
    if (tool.googleSearch)
        o.insert("googleSearch"_L1, QJsonObject());
    if (tool.codeExecution)
        o.insert("codeExecution"_L1, QJsonObject());
    if (tool.urlContext)
        o.insert("urlContext"_L1, QJsonObject());
    if (tool.googleMaps)
        o.insert("googleMaps"_L1, QJsonObject());
    return o;
}

Tool readTool(JsonReader &r)
{
    Tool tool;
    r.forEachObject("functionDeclarations"_L1, [&](JsonReader &item, int) {
        tool.functionDeclarations.append(readFunctionDeclaration(item));
    });
    // Server-side tools are empty objects whose options LiveDesk does not use.
    tool.googleSearch = r.has("googleSearch"_L1);
    r.rawObject("googleSearch"_L1);
    tool.codeExecution = r.has("codeExecution"_L1);
    r.rawObject("codeExecution"_L1);
    tool.urlContext = r.has("urlContext"_L1);
    r.rawObject("urlContext"_L1);
    tool.googleMaps = r.has("googleMaps"_L1);
    r.rawObject("googleMaps"_L1);
    return tool;
}

QJsonArray toJson(const QList<Tool> &tools)
{
    QJsonArray out;
    for (const Tool &t : tools)
        out.append(toJson(t));
    return out;
}

QList<Tool> readTools(JsonReader &r, QLatin1StringView key)
{
    QList<Tool> tools;
    r.forEachObject(key, [&](JsonReader &item, int) { tools.append(readTool(item)); });
    return tools;
}

} // namespace detail

using namespace detail;

namespace {

template<typename T, typename Read>
Decoded<T> decodeObject(const QJsonObject &json, Strictness strictness, Read read)
{
    ErrorSink errors;
    JsonReader r(json, {}, &errors, strictness);
    T value = read(r);
    r.finish();
    if (errors.failed())
        return DecodeError {errors.message()};
    return value;
}

} // namespace

QJsonObject functionDeclarationToJson(const FunctionDeclaration &declaration)
{
    return toJson(declaration);
}

Decoded<FunctionDeclaration> functionDeclarationFromJson(const QJsonObject &json,
                                                         Strictness strictness)
{
    return decodeObject<FunctionDeclaration>(json, strictness, readFunctionDeclaration);
}

QJsonObject contentToJson(const Content &content)
{
    return toJson(content);
}

Decoded<Content> contentFromJson(const QJsonObject &json, Strictness strictness)
{
    return decodeObject<Content>(json, strictness, readContent);
}

QString formatDuration(Milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + u's';
    const qint64 whole = ms / 1000;
    const qint64 frac = std::abs(ms % 1000);
    return (ms < 0 && whole == 0 ? u"-"_s : QString()) + QString::number(whole) + u'.'
           + QString::number(frac).rightJustified(3, u'0') + u's';
}

std::optional<Milliseconds> parseDuration(QStringView text)
{
    text = text.trimmed();
    if (!text.endsWith(u's') || text.size() < 2)
        return std::nullopt;
    text.chop(1);
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    // Reject absurd values rather than overflow: a day is far beyond any timeLeft.
    if (!ok || !std::isfinite(seconds) || std::abs(seconds) > 86400.0 * 365)
        return std::nullopt;
    return Milliseconds(qRound64(seconds * 1000.0));
}

} // namespace livedesk::protocol
