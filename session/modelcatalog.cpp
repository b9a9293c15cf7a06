#include "session/modelcatalog.h"

#include "session/logging.h"
#include "session/protocol/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace livedesk::session {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::session::ModelCatalog", text);
}

std::optional<Support> readSupport(const QJsonObject &o, QLatin1StringView key, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return Support::Unspecified;
    const QString s = v.toString();
    if (s == "supported"_L1)
        return Support::Supported;
    if (s == "unsupported"_L1)
        return Support::Unsupported;
    if (s == "always"_L1)
        return Support::Always;
    *error = key + u": expected supported, unsupported or always"_s;
    return std::nullopt;
}

std::optional<ModelCapabilities> readModel(const QJsonObject &o, QString *error)
{
    ModelCapabilities m;
    m.id = o.value("id"_L1).toString();
    if (m.id.isEmpty() || m.id.contains(u'/')) {
        *error = u"id: a bare model id is required"_s;
        return std::nullopt;
    }
    m.displayName = o.value("displayName"_L1).toString(m.id);
    for (const QJsonValue &b : o.value("backends"_L1).toArray()) {
        if (b.toString() == "gemini"_L1)
            m.backends.append(Backend::GeminiApi);
        else if (b.toString() == "vertex"_L1)
            m.backends.append(Backend::VertexAi);
        else {
            *error = m.id + u": backends: expected gemini or vertex"_s;
            return std::nullopt;
        }
    }
    for (const QJsonValue &v : o.value("responseModalities"_L1).toArray()) {
        const auto modality = protocol::enumFromWire<protocol::Modality>(v.toString());
        if (!modality || *modality == protocol::Modality::Unspecified) {
            *error = m.id + u": responseModalities: unknown modality "_s + v.toString();
            return std::nullopt;
        }
        m.responseModalities.append(*modality);
    }
    const std::pair<QLatin1StringView, Support ModelCapabilities::*> supports[] = {
            {"affectiveDialog"_L1, &ModelCapabilities::affectiveDialog},
            {"proactiveAudio"_L1, &ModelCapabilities::proactiveAudio},
            {"functionCalling"_L1, &ModelCapabilities::functionCalling},
            {"nonBlockingFunctions"_L1, &ModelCapabilities::nonBlockingFunctions},
            {"googleSearch"_L1, &ModelCapabilities::googleSearch},
            {"codeExecution"_L1, &ModelCapabilities::codeExecution},
            {"urlContext"_L1, &ModelCapabilities::urlContext},
            {"googleMaps"_L1, &ModelCapabilities::googleMaps},
            {"inputTranscription"_L1, &ModelCapabilities::inputTranscription},
            {"outputTranscription"_L1, &ModelCapabilities::outputTranscription},
            {"translation"_L1, &ModelCapabilities::translation},
            {"systemInstruction"_L1, &ModelCapabilities::systemInstruction},
            {"videoInput"_L1, &ModelCapabilities::videoInput},
            {"initialHistoryInClientContent"_L1, &ModelCapabilities::initialHistoryInClientContent},
            {"scheduling"_L1, &ModelCapabilities::responseScheduling},
            {"mediaChunks"_L1, &ModelCapabilities::mediaChunks},
            {"silenceDuration"_L1, &ModelCapabilities::silenceDuration},
            {"nullResumptionHandle"_L1, &ModelCapabilities::nullResumptionHandle},
            {"politeBargeIn"_L1, &ModelCapabilities::politeBargeIn},
    };
    for (const auto &[key, member] : supports) {
        QString why;
        const auto s = readSupport(o, key, &why);
        if (!s) {
            *error = m.id + u": "_s + why;
            return std::nullopt;
        }
        m.*member = *s;
    }
    const QString thinking = o.value("thinking"_L1).toString();
    if (thinking == "budget"_L1)
        m.thinking = ThinkingControl::Budget;
    else if (thinking == "level"_L1)
        m.thinking = ThinkingControl::Level;
    else if (thinking == "none"_L1)
        m.thinking = ThinkingControl::None;
    else if (!thinking.isEmpty()) {
        *error = m.id + u": thinking: expected budget, level or none"_s;
        return std::nullopt;
    }
    const QString text = o.value("textInput"_L1).toString();
    if (text == "clientContent"_L1)
        m.textInput = TextInputRoute::ClientContent;
    else if (text == "realtimeInput"_L1)
        m.textInput = TextInputRoute::RealtimeInput;
    else if (text == "none"_L1)
        m.textInput = TextInputRoute::None;
    else if (!text.isEmpty()) {
        *error = m.id + u": textInput: expected clientContent, realtimeInput or none"_s;
        return std::nullopt;
    }
    const QString behavior = o.value("functionBehavior"_L1).toString();
    if (behavior == "blocking"_L1)
        m.defaultFunctionBehavior = protocol::Behavior::Blocking;
    else if (behavior == "nonBlocking"_L1)
        m.defaultFunctionBehavior = protocol::Behavior::NonBlocking;
    else if (!behavior.isEmpty()) {
        *error = m.id + u": functionBehavior: expected blocking or nonBlocking"_s;
        return std::nullopt;
    }
    const QString unsupported = o.value("unsupportedSetup"_L1).toString();
    if (unsupported == "error"_L1)
        m.unsupportedSetup = UnsupportedSetup::Error;
    else if (unsupported == "hang"_L1)
        m.unsupportedSetup = UnsupportedSetup::Hang;
    else if (!unsupported.isEmpty()) {
        *error = m.id + u": unsupportedSetup: expected error or hang"_s;
        return std::nullopt;
    }
    const QString status = o.value("status"_L1).toString();
    if (!status.isEmpty()) {
        const ModelStatus statuses[] = {ModelStatus::Ga, ModelStatus::Preview, ModelStatus::Legacy,
                                        ModelStatus::Deprecated};
        for (ModelStatus candidate : statuses) {
            if (status == modelStatusName(candidate))
                m.status = candidate;
        }
        if (m.status == ModelStatus::Unspecified) {
            *error = m.id + u": status: expected ga, preview, legacy or deprecated"_s;
            return std::nullopt;
        }
    }
    m.statusSince = o.value("statusSince"_L1).toString();
    if (!m.statusSince.isEmpty() && !QDate::fromString(m.statusSince, Qt::ISODate).isValid()) {
        *error = m.id + u": statusSince: expected a date as YYYY-MM-DD"_s;
        return std::nullopt;
    }
    m.replacement = o.value("replacement"_L1).toString();
    const QJsonObject versions = o.value("apiVersions"_L1).toObject();
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        if (it.key() != "affectiveDialog"_L1 && it.key() != "proactiveAudio"_L1) {
            *error = m.id + u": apiVersions: no feature called "_s + it.key();
            return std::nullopt;
        }
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            *error = m.id + u": apiVersions."_s + it.key()
                     + u": expected a version such as v1alpha"_s;
            return std::nullopt;
        }
        m.apiVersions.insert(it.key(), it.value().toString());
    }
    if (o.value("prices"_L1).isObject()) {
        Prices p;
        p.readJson(o.value("prices"_L1).toObject());
        m.prices = p;
    }
    return m;
}

QString unsupportedReason(const QString &model, const QString &feature)
{
    return tr("%1 does not support %2; the field was not sent.").arg(model, feature);
}

} // namespace

ModelCatalog ModelCatalog::builtIn()
{
    QString error;
    auto catalog = fromFile(QString::fromLatin1(kBuiltInPath), &error);
    if (!catalog) {
        qCCritical(lcSession, "built-in model table unusable: %s", qPrintable(error));
        return ModelCatalog();
    }
    return *catalog;
}

std::optional<ModelCatalog> ModelCatalog::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + u": "_s + file.errorString();
        return std::nullopt;
    }
    QString why;
    auto catalog = fromJson(file.readAll(), &why);
    if (!catalog && error)
        *error = path + u": "_s + why;
    return catalog;
}

std::optional<ModelCatalog> ModelCatalog::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<ModelCatalog> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(parseError.error != QJsonParseError::NoError
                            ? parseError.errorString() + u" at offset "_s
                                      + QString::number(parseError.offset)
                            : u"the table must be a JSON object"_s);
    const QJsonObject root = doc.object();
    ModelCatalog catalog;
    const QJsonArray models = root.value("models"_L1).toArray();
    if (models.isEmpty())
        return fail(u"models: at least one model is required"_s);
    for (qsizetype i = 0; i < models.size(); ++i) {
        QString why;
        const QJsonObject entry = models.at(i).toObject();
        auto model = readModel(entry, &why);
        if (!model)
            return fail(u"models["_s + QString::number(i) + u"]: "_s + why);
        if (catalog.find(model->id))
            return fail(u"models: "_s + model->id + u" is listed twice"_s);
        catalog.m_models.append(*model);
        const QJsonValue vertex = entry.value("vertex"_L1);
        if (vertex.isUndefined())
            continue;
        // What differs on Vertex AI, over the entry itself.
        if (!vertex.isObject())
            return fail(model->id + u": vertex: expected an object"_s);
        QJsonObject merged = entry;
        merged.remove("vertex"_L1);
        const QJsonObject overrides = vertex.toObject();
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            if (it.key() == "id"_L1 || it.key() == "backends"_L1 || it.key() == "vertex"_L1)
                return fail(model->id + u": vertex: "_s + it.key() + u" cannot differ"_s);
            merged.insert(it.key(), it.value());
        }
        auto variant = readModel(merged, &why);
        if (!variant)
            return fail(u"models["_s + QString::number(i) + u"]: vertex: "_s + why);
        catalog.m_vertexVariants.append(*variant);
    }
    for (const ModelCapabilities &m : std::as_const(catalog.m_models)) {
        if (!m.replacement.isEmpty() && !catalog.find(m.replacement))
            return fail(m.id + u": replacement: "_s + m.replacement + u" is not in models"_s);
    }
    for (const QJsonValue &r : root.value("retired"_L1).toArray()) {
        const QJsonObject o = r.toObject();
        catalog.m_retired.append(
                {o.value("id"_L1).toString(), o.value("replacement"_L1).toString()});
    }
    const QJsonObject defaults = root.value("defaultModel"_L1).toObject();
    catalog.m_defaultGemini = defaults.value("gemini"_L1).toString();
    catalog.m_defaultVertex = defaults.value("vertex"_L1).toString();
    for (const QString &d : {catalog.m_defaultGemini, catalog.m_defaultVertex}) {
        if (!d.isEmpty() && !catalog.find(d))
            return fail(u"defaultModel: "_s + d + u" is not in models"_s);
    }
    catalog.m_prices.readJson(root.value("prices"_L1).toObject());
    return catalog;
}

const ModelCapabilities *ModelCatalog::find(const QString &idOrName) const
{
    const QString id = modelIdFromName(idOrName);
    for (const ModelCapabilities &m : m_models) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const ModelCapabilities *ModelCatalog::find(const QString &idOrName, Backend backend) const
{
    if (backend == Backend::VertexAi) {
        const QString id = modelIdFromName(idOrName);
        for (const ModelCapabilities &m : m_vertexVariants) {
            if (m.id == id)
                return &m;
        }
    }
    return find(idOrName);
}

bool ModelCatalog::isRetired(const QString &idOrName, QString *replacement) const
{
    const QString id = modelIdFromName(idOrName);
    for (const auto &[retired, next] : m_retired) {
        if (retired == id) {
            if (replacement)
                *replacement = next;
            return true;
        }
    }
    return false;
}

QString ModelCatalog::defaultModel(Backend backend) const
{
    const QString preferred = backend == Backend::VertexAi ? m_defaultVertex : m_defaultGemini;
    if (!preferred.isEmpty())
        return preferred;
    return m_models.isEmpty() ? QString() : m_models.first().id;
}

Prices ModelCatalog::prices(const ModelCapabilities *model) const
{
    return model && model->prices ? *model->prices : m_prices;
}

QString modelStatusName(ModelStatus status)
{
    switch (status) {
    case ModelStatus::Ga:
        return u"ga"_s;
    case ModelStatus::Preview:
        return u"preview"_s;
    case ModelStatus::Legacy:
        return u"legacy"_s;
    case ModelStatus::Deprecated:
        return u"deprecated"_s;
    case ModelStatus::Unspecified:
        break;
    }
    return {};
}

QString modelStatusNotice(const ModelCapabilities &model)
{
    QString notice;
    if (model.status == ModelStatus::Deprecated) {
        notice = model.statusSince.isEmpty()
                         ? tr("%1 is deprecated and will be shut down.").arg(model.id)
                         : tr("%1 is deprecated since %2 and will be shut down.")
                                   .arg(model.id, model.statusSince);
    } else if (model.status == ModelStatus::Legacy) {
        notice = model.statusSince.isEmpty()
                         ? tr("%1 is a legacy model.").arg(model.id)
                         : tr("%1 is a legacy model since %2.").arg(model.id, model.statusSince);
    } else {
        return {};
    }
    if (!model.replacement.isEmpty())
        notice += u' ' + tr("Use %1 instead.").arg(model.replacement);
    return notice;
}

QList<CapabilityWarning> applyApiVersions(protocol::Setup &setup, const ModelCapabilities *model,
                                          EndpointConfig &endpoint)
{
    QList<CapabilityWarning> warnings;
    if (!model || endpoint.backend == Backend::VertexAi || model->apiVersions.isEmpty())
        return warnings;
    struct Feature
    {
        QLatin1StringView key;
        QString field;
        QString name;
        bool present;
    };
    const Feature features[] = {
            {"affectiveDialog"_L1, u"generationConfig.enableAffectiveDialog"_s,
             tr("affective dialog"),
             setup.generationConfig && setup.generationConfig->enableAffectiveDialog.has_value()},
            {"proactiveAudio"_L1, u"proactivity"_s, tr("proactive audio"),
             setup.proactivity.has_value()},
    };
    for (const Feature &f : features) {
        const QString current = effectiveApiVersion(endpoint);
        const QString needed = model->apiVersions.value(f.key);
        if (!f.present || needed.isEmpty() || needed == current)
            continue;
        if (endpoint.apiVersion.isEmpty() || endpoint.apiVersion == needed) {
            // The default version was going to be used: take the one the feature needs.
            endpoint.apiVersion = needed;
            warnings.append({u"apiVersion"_s,
                             tr("%1 has %2 only on the %3 API; LiveDesk connects to %3 instead "
                                "of %4.")
                                     .arg(model->id, f.name, needed, current)});
            continue;
        }
        if (f.key == "affectiveDialog"_L1)
            setup.generationConfig->enableAffectiveDialog.reset();
        else
            setup.proactivity.reset();
        warnings.append(
                {f.field, tr("%1 has %2 only on the %3 API, and %4 was chosen; the field was not "
                             "sent.")
                                  .arg(model->id, f.name, needed, endpoint.apiVersion)});
    }
    return warnings;
}

QList<CapabilityWarning> applyCapabilities(protocol::Setup &setup, const ModelCapabilities *model,
                                           Backend backend, const QString &modelId)
{
    QList<CapabilityWarning> warnings;
    auto warn = [&](const QString &field, const QString &reason) {
        warnings.append(CapabilityWarning {field, reason});
    };
    const bool vertex = backend == Backend::VertexAi;

    // Backend-only fields are checked for every model, listed or not.
    if (!vertex) {
        if (setup.sessionResumption && setup.sessionResumption->transparent) {
            setup.sessionResumption->transparent.reset();
            warn(u"sessionResumption.transparent"_s,
                 tr("Transparent resumption exists only on Vertex AI; the field was not sent."));
        }
        if (setup.explicitVadSignal) {
            setup.explicitVadSignal.reset();
            warn(u"explicitVadSignal"_s,
                 tr("Explicit VAD signals exist only on Vertex AI; the field was not sent."));
        }
    }

    const QString name = model ? model->id : modelIdFromName(modelId);
    if (!model) {
        warn(u"model"_s,
             tr("%1 is not in the model table: the setup is sent unchecked. If the session never "
                "starts, remove optional features.")
                     .arg(name));
        return warnings;
    }
    const Backend wanted = vertex ? Backend::VertexAi : Backend::GeminiApi;
    if (!model->backends.isEmpty() && !model->backends.contains(wanted)) {
        warn(u"model"_s, tr("%1 is listed for %2 only; the service may not know it.")
                                 .arg(name, vertex ? tr("the Gemini API") : tr("Vertex AI")));
    }

    if (setup.generationConfig) {
        protocol::GenerationConfig &g = *setup.generationConfig;
        if (!model->responseModalities.isEmpty() && !g.responseModalities.isEmpty()) {
            QList<protocol::Modality> kept;
            for (protocol::Modality m : std::as_const(g.responseModalities)) {
                if (model->responseModalities.contains(m))
                    kept.append(m);
                else
                    warn(u"generationConfig.responseModalities"_s,
                         tr("%1 cannot answer with %2; the modality was not requested.")
                                 .arg(name, protocol::enumToWire(m)));
            }
            if (kept.isEmpty())
                kept.append(model->responseModalities.first());
            g.responseModalities = kept;
        }
        if (g.enableAffectiveDialog && !model->accepts(model->affectiveDialog)) {
            g.enableAffectiveDialog.reset();
            warn(u"generationConfig.enableAffectiveDialog"_s,
                 unsupportedReason(name, tr("affective dialog")));
        } else if (g.enableAffectiveDialog && model->affectiveDialog == Support::Always) {
            g.enableAffectiveDialog.reset();
            warn(u"generationConfig.enableAffectiveDialog"_s,
                 tr("%1 always uses affective dialog; the field was not sent.").arg(name));
        }
        if (g.thinkingConfig) {
            protocol::ThinkingConfig &t = *g.thinkingConfig;
            if (model->thinking == ThinkingControl::None) {
                g.thinkingConfig.reset();
                warn(u"generationConfig.thinkingConfig"_s,
                     unsupportedReason(name, tr("a thinking configuration")));
            } else if (model->thinking == ThinkingControl::Budget
                       && t.thinkingLevel != protocol::ThinkingLevel::Unspecified) {
                t.thinkingLevel = protocol::ThinkingLevel::Unspecified;
                warn(u"generationConfig.thinkingConfig.thinkingLevel"_s,
                     tr("%1 takes a thinking budget, not a thinking level; the level was not "
                        "sent.")
                             .arg(name));
            } else if (model->thinking == ThinkingControl::Level && t.thinkingBudget) {
                t.thinkingBudget.reset();
                warn(u"generationConfig.thinkingConfig.thinkingBudget"_s,
                     tr("%1 takes a thinking level, not a thinking budget; the budget was not "
                        "sent.")
                             .arg(name));
            }
            if (g.thinkingConfig && !g.thinkingConfig->thinkingBudget
                && g.thinkingConfig->thinkingLevel == protocol::ThinkingLevel::Unspecified
                && !g.thinkingConfig->includeThoughts)
                g.thinkingConfig.reset();
        }
        if (g.translationConfig && !model->accepts(model->translation)) {
            g.translationConfig.reset();
            warn(u"generationConfig.translationConfig"_s,
                 unsupportedReason(name, tr("speech translation")));
        }
    }

    if (setup.proactivity) {
        if (!model->accepts(model->proactiveAudio)) {
            setup.proactivity.reset();
            warn(u"proactivity"_s, unsupportedReason(name, tr("proactive audio")));
        } else if (model->proactiveAudio == Support::Always) {
            setup.proactivity.reset();
            warn(u"proactivity"_s,
                 tr("%1 always uses proactive audio and rejects the setting; the field was not "
                    "sent.")
                         .arg(name));
        }
    }
    if (setup.inputAudioTranscription && !model->accepts(model->inputTranscription)) {
        setup.inputAudioTranscription.reset();
        warn(u"inputAudioTranscription"_s, unsupportedReason(name, tr("input transcription")));
    }
    if (setup.outputAudioTranscription && !model->accepts(model->outputTranscription)) {
        setup.outputAudioTranscription.reset();
        warn(u"outputAudioTranscription"_s, unsupportedReason(name, tr("output transcription")));
    }
    if (setup.historyConfig && !model->accepts(model->initialHistoryInClientContent)) {
        setup.historyConfig.reset();
        warn(u"historyConfig"_s, unsupportedReason(name, tr("initial history in clientContent")));
    }
    if (setup.systemInstruction && !model->accepts(model->systemInstruction)) {
        setup.systemInstruction.reset();
        warn(u"systemInstruction"_s, unsupportedReason(name, tr("system instructions")));
    }

    if (auto &ric = setup.realtimeInputConfig; ric && ric->automaticActivityDetection
                                               && ric->automaticActivityDetection->silenceDurationMs
                                               && !model->accepts(model->silenceDuration)) {
        // Taken and ignored by the service (python-genai#2580): saying so beats a setting that
        // silently does nothing. LiveDesk's own detector is the way to time turns there.
        ric->automaticActivityDetection->silenceDurationMs.reset();
        warn(u"realtimeInputConfig.automaticActivityDetection.silenceDurationMs"_s,
             tr("%1 ignores the silence duration and ends turns by its own timing; the field was "
                "not sent. For your own timing, let LiveDesk detect the turns (local-voice talk "
                "mode).")
                     .arg(name));
    }

    QList<protocol::Tool> tools;
    for (protocol::Tool tool : std::as_const(setup.tools)) {
        if (!tool.functionDeclarations.isEmpty() && !model->accepts(model->functionCalling)) {
            warn(u"tools.functionDeclarations"_s, unsupportedReason(name, tr("function calling")));
            tool.functionDeclarations.clear();
        }
        for (protocol::FunctionDeclaration &f : tool.functionDeclarations) {
            // Said out loud where a bare declaration does not block (3.8), so everything that
            // reads the setup (the reply watchdog, the simulator, the event log) agrees with the
            // service about which calls owe a reply.
            if (f.behavior == protocol::Behavior::Unspecified && model->nonBlockingByDefault())
                f.behavior = protocol::Behavior::NonBlocking;
            // BLOCKING is what a bare declaration means elsewhere; models without asynchronous
            // functions know no behavior field at all.
            if (f.behavior == protocol::Behavior::Blocking && !model->nonBlockingByDefault()
                && !model->isOn(model->nonBlockingFunctions))
                f.behavior = protocol::Behavior::Unspecified;
            if (f.behavior == protocol::Behavior::NonBlocking
                && !model->accepts(model->nonBlockingFunctions)) {
                f.behavior = protocol::Behavior::Unspecified;
                warn(u"tools.functionDeclarations."_s + f.name + u".behavior"_s,
                     tr("%1 has no asynchronous (NON_BLOCKING) functions; %2 runs as a blocking "
                        "call.")
                             .arg(name, f.name));
            }
        }
        const std::tuple<bool protocol::Tool::*, Support ModelCapabilities::*, QString, QString>
                builtins[] = {
                        {&protocol::Tool::googleSearch, &ModelCapabilities::googleSearch,
                         u"tools.googleSearch"_s, tr("Google Search")},
                        {&protocol::Tool::codeExecution, &ModelCapabilities::codeExecution,
                         u"tools.codeExecution"_s, tr("code execution")},
                        {&protocol::Tool::urlContext, &ModelCapabilities::urlContext,
                         u"tools.urlContext"_s, tr("URL context")},
                        {&protocol::Tool::googleMaps, &ModelCapabilities::googleMaps,
                         u"tools.googleMaps"_s, tr("Google Maps grounding")},
                };
        for (const auto &[flag, support, field, feature] : builtins) {
            if (tool.*flag && !model->accepts(model->*support)) {
                tool.*flag = false;
                warn(field, unsupportedReason(name, feature));
            }
        }
        const bool empty = tool.functionDeclarations.isEmpty() && !tool.googleSearch
                           && !tool.codeExecution && !tool.urlContext && !tool.googleMaps;
        if (!empty)
            tools.append(tool);
    }
    setup.tools = tools;
    return warnings;
}

} // namespace livedesk::session
