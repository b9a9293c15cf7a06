#include "tools/usertools.h"

#include "session/protocol/codec.h"
#include "session/protocol/enums.h"
#include "tools/schemavalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace {

constexpr int kMaxTimeoutMs = 60 * 60 * 1000;
constexpr qsizetype kMaxOutputLimitBytes = 4 * 1024 * 1024;

class Failure
{
public:
    explicit Failure(QString *error)
        : m_error(error)
    { }
    std::nullopt_t operator()(const QString &path, const QString &message) const
    {
        if (m_error)
            *m_error = path.isEmpty() ? message : path + u": "_s + message;
        return std::nullopt;
    }

private:
    QString *m_error;
};

QStringList declaredArguments(const protocol::FunctionDeclaration &d)
{
    const QJsonObject schema = d.parametersJsonSchema.isEmpty() ? d.parameters
                                                                : d.parametersJsonSchema;
    return schema.value("properties"_L1).toObject().keys();
}

std::optional<QMap<QString, QString>> stringMap(const QJsonValue &value, const QString &path,
                                                const Failure &fail)
{
    if (value.isUndefined())
        return QMap<QString, QString> {};
    if (!value.isObject())
        return fail(path, u"must be an object of strings"_s);
    QMap<QString, QString> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return fail(path + u'.' + it.key(), u"must be a string"_s);
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

std::optional<int> positiveInt(const QJsonObject &o, QLatin1StringView key, int fallback,
                               int maximum, const QString &path, const Failure &fail)
{
    if (!o.contains(key))
        return fallback;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d <= 0 || d > maximum)
        return fail(path + u'.' + key,
                    u"must be a whole number from 1 to "_s + QString::number(maximum));
    return int(d);
}

} // namespace

std::optional<QString> expandEnvironmentReferences(const QString &text,
                                                   const QProcessEnvironment &environment,
                                                   QStringList *inserted, QString *error)
{
    static const QRegularExpression reference(u"\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    QString out;
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(1);
        if (!environment.contains(name)) {
            if (error)
                *error = u"environment variable "_s + name + u" is not set"_s;
            return std::nullopt;
        }
        const QString value = environment.value(name);
        if (inserted)
            inserted->append(value);
        out += text.mid(last, match.capturedStart() - last) + value;
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

std::optional<QList<UserToolDefinition>> parseUserTools(const QByteArray &json,
                                                        const QProcessEnvironment &environment,
                                                        QString *error)
{
    const Failure fail(error);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QString(), u"not valid JSON: "_s + parseError.errorString() + u" at offset "_s
                                       + QString::number(parseError.offset));
    if (!doc.isObject() || !doc.object().value("tools"_L1).isArray())
        return fail(QString(), u"expected an object with a \"tools\" list"_s);
    for (const QString &key : doc.object().keys()) {
        if (key != "tools"_L1 && key != "$schema"_L1 && key != "comment"_L1)
            return fail(key, u"unknown field"_s);
    }

    static const QStringList declarationKeys {u"name"_s,
                                              u"description"_s,
                                              u"behavior"_s,
                                              u"parameters"_s,
                                              u"parametersJsonSchema"_s,
                                              u"response"_s,
                                              u"responseJsonSchema"_s};
    static const QStringList otherKeys {u"command"_s,    u"http"_s,           u"timeoutMs"_s,
                                        u"scheduling"_s, u"maxOutputBytes"_s, u"output"_s,
                                        u"comment"_s};

    QList<UserToolDefinition> out;
    QStringList names;
    const QJsonArray tools = doc.object().value("tools"_L1).toArray();
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QString at = u"tools["_s + QString::number(i) + u']';
        if (!tools.at(i).isObject())
            return fail(at, u"must be an object"_s);
        const QJsonObject entry = tools.at(i).toObject();
        QJsonObject declarationJson;
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            if (declarationKeys.contains(it.key()))
                declarationJson.insert(it.key(), it.value());
            else if (!otherKeys.contains(it.key()))
                return fail(at + u'.' + it.key(), u"unknown field"_s);
        }
        const auto declaration = protocol::functionDeclarationFromJson(declarationJson);
        if (!declaration)
            return fail(at, declaration.error().message);

        UserToolDefinition def;
        def.declaration = declaration.value();
        const QString &name = def.declaration.name;
        if (!ToolRegistry::isValidFunctionName(name))
            return fail(at + u".name"_s,
                        u"'"_s + name
                                + u"' is not a valid function name (a letter or _, then "
                                  u"letters, digits, _ or -, at most 64 characters)"_s);
        if (names.contains(name))
            return fail(at + u".name"_s, u"'"_s + name + u"' is defined twice"_s);
        names.append(name);
        const bool jsonSchema = !def.declaration.parametersJsonSchema.isEmpty();
        const QString schemaProblem
                = jsonSchema ? checkParameterSchema(def.declaration.parametersJsonSchema,
                                                    SchemaDialect::JsonSchema)
                             : checkParameterSchema(def.declaration.parameters,
                                                    SchemaDialect::OpenApi);
        if (!schemaProblem.isEmpty())
            return fail(at + (jsonSchema ? u".parametersJsonSchema"_s : u".parameters"_s),
                        schemaProblem);

        const auto timeout = positiveInt(entry, "timeoutMs"_L1, 30000, kMaxTimeoutMs, at, fail);
        if (!timeout)
            return std::nullopt;
        def.timeoutMs = *timeout;
        const auto maxOutput = positiveInt(entry, "maxOutputBytes"_L1, 16 * 1024,
                                           int(kMaxOutputLimitBytes), at, fail);
        if (!maxOutput)
            return std::nullopt;
        if (entry.contains("scheduling"_L1)) {
            const auto scheduling = protocol::enumFromWire<protocol::Scheduling>(
                    entry.value("scheduling"_L1).toString());
            if (!scheduling || *scheduling == protocol::Scheduling::Unspecified)
                return fail(at + u".scheduling"_s, u"must be SILENT, WHEN_IDLE or INTERRUPT"_s);
            def.scheduling = *scheduling;
        }

        const bool hasCommand = entry.contains("command"_L1);
        const bool hasHttp = entry.contains("http"_L1);
        if (hasCommand == hasHttp)
            return fail(at, u"give exactly one of \"command\" (a program to run) or \"http\" (a "
                            u"URL to POST to)"_s);
        if (entry.contains("output"_L1) && !hasCommand)
            return fail(at + u".output"_s, u"only applies to command tools"_s);

        QString expandError;
        if (hasCommand) {
            const QString cat = at + u".command"_s;
            if (!entry.value("command"_L1).isObject())
                return fail(cat, u"must be an object with \"program\" and \"args\""_s);
            const QJsonObject command = entry.value("command"_L1).toObject();
            for (const QString &key : command.keys()) {
                if (key != "program"_L1 && key != "args"_L1 && key != "workingDirectory"_L1
                    && key != "env"_L1)
                    return fail(cat + u'.' + key, u"unknown field"_s);
            }
            def.kind = UserToolKind::Command;
            def.command.program = command.value("program"_L1).toString();
            if (def.command.program.isEmpty())
                return fail(cat + u".program"_s, u"required: the program to run"_s);
            if (def.command.program.contains(u'{'))
                return fail(cat + u".program"_s,
                            u"cannot contain placeholders: only arguments can"_s);
            const QJsonValue args = command.value("args"_L1);
            if (!args.isUndefined() && !args.isArray())
                return fail(cat + u".args"_s, u"must be a list of strings"_s);
            const QJsonArray argList = args.toArray();
            for (qsizetype a = 0; a < argList.size(); ++a) {
                if (!argList.at(a).isString())
                    return fail(cat + u".args["_s + QString::number(a) + u']',
                                u"must be a string"_s);
                def.command.argumentTemplates.append(argList.at(a).toString());
            }
            QString templateError;
            const auto placeholders = placeholdersIn(def.command.argumentTemplates, &templateError);
            if (!placeholders)
                return fail(cat + u".args"_s, templateError);
            const QStringList declared = declaredArguments(def.declaration);
            for (const QString &p : *placeholders) {
                if (!declared.contains(p))
                    return fail(cat + u".args"_s,
                                u"unknown placeholder '{"_s + p + u"}' ("_s
                                        + (declared.isEmpty()
                                                   ? u"the function declares no arguments"_s
                                                   : u"the function's arguments: "_s
                                                             + declared.join(", "_L1))
                                        + u')');
            }
            def.command.workingDirectory = command.value("workingDirectory"_L1).toString();
            const auto env = stringMap(command.value("env"_L1), cat + u".env"_s, fail);
            if (!env)
                return std::nullopt;
            for (auto it = env->begin(); it != env->end(); ++it) {
                QStringList inserted;
                const auto value = expandEnvironmentReferences(it.value(), environment, &inserted,
                                                               &expandError);
                if (!value)
                    return fail(cat + u".env."_s + it.key(), expandError);
                def.command.environment.insert(it.key(), *value);
                def.secretValues += inserted;
                if (looksLikeCredentialName(it.key()))
                    def.secretValues.append(*value);
            }
            def.command.maxOutputBytes = *maxOutput;
            const QString format = entry.value("output"_L1).toString(u"text"_s);
            if (format == "json"_L1)
                def.command.outputFormat = OutputFormat::Json;
            else if (format == "text"_L1)
                def.command.outputFormat = OutputFormat::Text;
            else
                return fail(at + u".output"_s, u"must be \"text\" or \"json\""_s);
        } else {
            const QString hat = at + u".http"_s;
            if (!entry.value("http"_L1).isObject())
                return fail(hat, u"must be an object with \"url\""_s);
            const QJsonObject http = entry.value("http"_L1).toObject();
            for (const QString &key : http.keys()) {
                if (key != "url"_L1 && key != "headers"_L1)
                    return fail(hat + u'.' + key, u"unknown field"_s);
            }
            def.kind = UserToolKind::Http;
            QStringList inserted;
            const auto url = expandEnvironmentReferences(http.value("url"_L1).toString(),
                                                         environment, &inserted, &expandError);
            if (!url)
                return fail(hat + u".url"_s, expandError);
            def.secretValues += inserted;
            def.http.url = QUrl(*url, QUrl::StrictMode);
            if (!def.http.url.isValid()
                || (def.http.url.scheme() != "http"_L1 && def.http.url.scheme() != "https"_L1)
                || def.http.url.host().isEmpty())
                return fail(hat + u".url"_s, u"must be an http:// or https:// URL"_s);
            const auto headers = stringMap(http.value("headers"_L1), hat + u".headers"_s, fail);
            if (!headers)
                return std::nullopt;
            for (auto it = headers->begin(); it != headers->end(); ++it) {
                QStringList headerInserted;
                const auto value = expandEnvironmentReferences(it.value(), environment,
                                                               &headerInserted, &expandError);
                if (!value)
                    return fail(hat + u".headers."_s + it.key(), expandError);
                def.http.headers.append({it.key().toUtf8(), value->toUtf8()});
                def.secretValues += headerInserted;
                if (looksLikeCredentialName(it.key())) {
                    def.secretValues.append(*value);
                    // "Bearer xyz": the token alone must go too, wherever it turns up.
                    const qsizetype space = value->lastIndexOf(u' ');
                    if (space > 0)
                        def.secretValues.append(value->mid(space + 1));
                }
            }
            def.http.maxOutputBytes = *maxOutput;
        }
        out.append(def);
    }
    return out;
}

std::optional<QList<UserToolDefinition>> loadUserToolsFile(const QString &path,
                                                           const QProcessEnvironment &environment,
                                                           QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + u": cannot read the tools file: "_s + file.errorString();
        return std::nullopt;
    }
    QString message;
    auto tools = parseUserTools(file.readAll(), environment, &message);
    if (!tools && error)
        *error = path + u": "_s + message;
    return tools;
}

ToolSpec makeUserToolSpec(const UserToolDefinition &definition, const QString &origin,
                          std::shared_ptr<const SecretScrubber> scrubber)
{
    ToolSpec spec;
    spec.declaration = definition.declaration;
    spec.source = ToolSource::UserDefined;
    spec.origin = origin;
    spec.safety = ToolSafety::SideEffects;
    spec.scheduling = definition.scheduling;
    spec.timeoutMs = definition.timeoutMs;
    if (definition.kind == UserToolKind::Http)
        spec.handler = std::make_shared<HttpToolHandler>(definition.declaration.name,
                                                         definition.http, std::move(scrubber));
    else
        spec.handler = std::make_shared<CommandToolHandler>(definition.declaration.name,
                                                            definition.command,
                                                            std::move(scrubber));
    return spec;
}

bool addUserTools(ToolRegistry *registry, const QList<UserToolDefinition> &definitions,
                  const QString &origin, const std::shared_ptr<SecretScrubber> &scrubber,
                  QString *error)
{
    for (const UserToolDefinition &definition : definitions) {
        for (const QString &secret : definition.secretValues)
            scrubber->add(secret);
        if (!registry->add(makeUserToolSpec(definition, origin, scrubber), error))
            return false;
    }
    return true;
}

} // namespace livedesk::tools
