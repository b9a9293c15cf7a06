#include "simulator/setupcheck.h"

#include "simulator/servicewords.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

using namespace protocol;
using namespace words;
using session::ModelCapabilities;
using session::Support;
using session::ThinkingControl;
using session::UnsupportedSetup;

namespace {

SetupVerdict refuse(const QString &field, const QString &reason = kInvalidArgument)
{
    return {SetupVerdictKind::Refuse, 1007, reason, field};
}

// A feature the model lacks: 3.1 Flash Live swallows the setup, the others refuse it.
SetupVerdict lacking(const ModelCapabilities &model, const QString &field)
{
    if (model.unsupportedSetup == UnsupportedSetup::Hang)
        return {SetupVerdictKind::Hang, 0, {}, field};
    return refuse(field);
}

} // namespace

bool hasNullResumptionHandle(QByteArrayView setupMessage)
{
    const QJsonObject message = QJsonDocument::fromJson(setupMessage.toByteArray()).object();
    const auto either = [](const QJsonObject &o, QLatin1StringView camel, QLatin1StringView snake) {
        return o.contains(camel) ? o.value(camel) : o.value(snake);
    };
    const QJsonObject resumption = either(message.value("setup"_L1).toObject(),
                                          "sessionResumption"_L1, "session_resumption"_L1)
                                           .toObject();
    return resumption.contains("handle"_L1) && resumption.value("handle"_L1).isNull();
}

QString unknownFieldReason(const QString &name, const QString &at)
{
    return u"Invalid JSON payload received. Unknown name \"%1\" at '%2': Cannot find field."_s
            .arg(name, at);
}

SetupVerdict checkSetup(const Setup &setup, const ModelCapabilities &model,
                        const QString &apiVersion, bool vertex)
{
    const GenerationConfig *g = setup.generationConfig ? &*setup.generationConfig : nullptr;
    // Fields that exist only at another API version fail in the proto parser, before anything
    // looks at their value: even `false` is refused.
    if (!vertex) {
        const QString affectiveVersion = model.apiVersions.value(u"affectiveDialog"_s);
        if (g && g->enableAffectiveDialog && !affectiveVersion.isEmpty()
            && affectiveVersion != apiVersion) {
            return refuse(u"generationConfig.enableAffectiveDialog"_s,
                          unknownFieldReason(u"enableAffectiveDialog"_s,
                                             u"setup.generation_config"_s));
        }
        const QString proactiveVersion = model.apiVersions.value(u"proactiveAudio"_s);
        if (setup.proactivity && !proactiveVersion.isEmpty() && proactiveVersion != apiVersion)
            return refuse(u"proactivity"_s, unknownFieldReason(u"proactivity"_s, u"setup"_s));
    }
    if (g && g->enableAffectiveDialog && !model.accepts(model.affectiveDialog))
        return lacking(model, u"generationConfig.enableAffectiveDialog"_s);
    if (setup.proactivity) {
        if (!model.accepts(model.proactiveAudio))
            return lacking(model, u"proactivity"_s);
        // Always on: switching it off is an error.
        if (model.proactiveAudio == Support::Always
            && !setup.proactivity->proactiveAudio.value_or(true))
            return refuse(u"proactivity.proactiveAudio"_s);
        if (setup.proactivity->proactiveVideo.value_or(false)
            && !setup.proactivity->proactiveAudio.value_or(model.proactiveAudio == Support::Always))
            return refuse(u"proactivity.proactiveVideo"_s);
    }
    if (g && g->thinkingConfig) {
        const ThinkingConfig &t = *g->thinkingConfig;
        if (model.thinking == ThinkingControl::None)
            return refuse(u"generationConfig.thinkingConfig"_s);
        if (model.thinking == ThinkingControl::Budget
            && t.thinkingLevel != ThinkingLevel::Unspecified)
            return refuse(u"generationConfig.thinkingConfig.thinkingLevel"_s);
        if (model.thinking == ThinkingControl::Level && t.thinkingBudget)
            return refuse(u"generationConfig.thinkingConfig.thinkingBudget"_s);
    }
    if (g && g->translationConfig && !model.accepts(model.translation))
        return refuse(u"generationConfig.translationConfig"_s);
    if (setup.systemInstruction && !model.accepts(model.systemInstruction))
        return refuse(u"systemInstruction"_s);
    if (setup.historyConfig && !model.accepts(model.initialHistoryInClientContent))
        return refuse(u"historyConfig"_s);
    if (setup.inputAudioTranscription && !model.accepts(model.inputTranscription))
        return refuse(u"inputAudioTranscription"_s);
    if (setup.outputAudioTranscription && !model.accepts(model.outputTranscription))
        return refuse(u"outputAudioTranscription"_s);
    if (g && !model.responseModalities.isEmpty()) {
        for (Modality m : g->responseModalities) {
            if (!model.responseModalities.contains(m))
                return refuse(u"generationConfig.responseModalities"_s);
        }
    }
    const bool asynchronous = model.isOn(model.nonBlockingFunctions)
                              || model.nonBlockingByDefault();
    for (const Tool &tool : setup.tools) {
        if (!tool.functionDeclarations.isEmpty() && !model.accepts(model.functionCalling))
            return refuse(u"tools.functionDeclarations"_s);
        for (const FunctionDeclaration &f : tool.functionDeclarations) {
            // Models without asynchronous functions have no behavior field at all.
            if (f.behavior != Behavior::Unspecified && !asynchronous)
                return refuse(u"tools.functionDeclarations.behavior"_s);
        }
        const std::pair<bool, Support> builtins[] = {
                {tool.googleSearch, model.googleSearch},
                {tool.codeExecution, model.codeExecution},
                {tool.urlContext, model.urlContext},
                {tool.googleMaps, model.googleMaps},
        };
        for (const auto &[used, support] : builtins) {
            if (used && !model.accepts(support))
                return refuse(u"tools"_s);
        }
    }
    return {};
}

} // namespace livedesk::sim
