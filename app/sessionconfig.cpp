#include "app/sessionconfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace livedesk::app {

using namespace livedesk::protocol;
using namespace livedesk::session;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::SessionConfig", text);
}

} // namespace

const QStringList &prebuiltVoices()
{
    static const QStringList voices {u"Zephyr"_s,    u"Puck"_s,          u"Charon"_s,
                                     u"Kore"_s,      u"Fenrir"_s,        u"Leda"_s,
                                     u"Orus"_s,      u"Aoede"_s,         u"Callirrhoe"_s,
                                     u"Autonoe"_s,   u"Enceladus"_s,     u"Iapetus"_s,
                                     u"Umbriel"_s,   u"Algieba"_s,       u"Despina"_s,
                                     u"Erinome"_s,   u"Algenib"_s,       u"Rasalgethi"_s,
                                     u"Laomedeia"_s, u"Achernar"_s,      u"Alnilam"_s,
                                     u"Schedar"_s,   u"Gacrux"_s,        u"Pulcherrima"_s,
                                     u"Achird"_s,    u"Zubenelgenubi"_s, u"Vindemiatrix"_s,
                                     u"Sadachbia"_s, u"Sadaltager"_s,    u"Sulafat"_s};
    return voices;
}

EnvironmentApiKey apiKeyFromEnvironment(const QProcessEnvironment &environment)
{
    const QString google = environment.value(u"GOOGLE_API_KEY"_s).trimmed();
    const QString gemini = environment.value(u"GEMINI_API_KEY"_s).trimmed();
    if (!google.isEmpty())
        return {google, u"GOOGLE_API_KEY"_s, !gemini.isEmpty()};
    if (!gemini.isEmpty())
        return {gemini, u"GEMINI_API_KEY"_s, false};
    return {};
}

std::optional<SessionConfig> buildSessionConfig(const SessionSettings &settings,
                                                const ModelCatalog &catalog, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<SessionConfig> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    SessionConfig config;
    EndpointConfig &e = config.endpoint;
    e.backend = settings.backend == Backend::Unspecified ? Backend::GeminiApi : settings.backend;
    if (!settings.endpoint.isEmpty()) {
        e.baseUrl = QUrl(settings.endpoint, QUrl::StrictMode);
        if (!e.baseUrl.isValid() || e.baseUrl.host().isEmpty())
            return fail(tr("The endpoint \"%1\" is not a URL (expected e.g. ws://127.0.0.1:8765).")
                                .arg(settings.endpoint));
    }
    e.apiVersion = settings.apiVersion;
    e.apiKey = settings.apiKey;
    e.accessToken = settings.accessToken;
    e.vertexProject = settings.vertexProject;
    e.vertexLocation = settings.vertexLocation;
    const ConnectionTarget target = buildConnectionTarget(e);
    if (!target.isValid())
        return fail(target.error);
    config.endpoints = {e};
    if (e.backend == Backend::VertexAi && !settings.failoverLocations.isEmpty()) {
        config.endpoints = vertexFailoverEndpoints(e, QStringList {e.vertexLocation}
                                                              + settings.failoverLocations);
    }

    config.modelId = settings.model.isEmpty() ? catalog.defaultModel(e.backend)
                                              : modelIdFromName(settings.model);
    if (config.modelId.isEmpty())
        return fail(tr("No model given and the model table has no default."));
    const ModelCapabilities *caps = catalog.find(config.modelId, e.backend);
    if (caps)
        config.capabilities = *caps;
    config.prices = catalog.prices(caps);
    if (caps
        && (caps->textInput == TextInputRoute::RealtimeInput
            || caps->textInput == TextInputRoute::None))
        config.textRoute = caps->textInput;
    if (caps
        && (caps->initialHistoryInClientContent == Support::Supported
            || caps->initialHistoryInClientContent == Support::Always))
        config.historySeeding = HistorySeeding::HistoryConfig;
    // A model without a text route (translate models) refuses clientContent, history included:
    // sending the transcript would close the fresh session with 1007.
    if (config.textRoute == TextInputRoute::None)
        config.historySeeding = HistorySeeding::None;

    Setup &s = config.setup;
    // A full resource name given by the user is kept as it is.
    s.model = settings.model.contains(u'/') ? settings.model : modelResourceName(e, config.modelId);
    GenerationConfig g;
    g.responseModalities = {settings.responseModality};
    if (!settings.voice.isEmpty() || !settings.languageCode.isEmpty())
        g.speechConfig = SpeechConfig {settings.voice, settings.languageCode};
    if (settings.thinkingBudget || settings.thinkingLevel != ThinkingLevel::Unspecified)
        g.thinkingConfig = ThinkingConfig {settings.thinkingBudget, settings.thinkingLevel, {}};
    g.enableAffectiveDialog = settings.affectiveDialog;
    if (!settings.translateTo.isEmpty())
        g.translationConfig = TranslationConfig {settings.translateTo, {}};
    s.generationConfig = g;
    if (!settings.systemInstruction.isEmpty())
        s.systemInstruction = Content {u"user"_s, {Part {.text = settings.systemInstruction}}};
    if (!settings.functions.isEmpty())
        s.tools.append(Tool {.functionDeclarations = settings.functions});
    if (settings.googleSearch)
        s.tools.append(Tool {.googleSearch = true});
    if (settings.inputTranscription)
        s.inputAudioTranscription = AudioTranscriptionConfig {};
    if (settings.outputTranscription)
        s.outputAudioTranscription = AudioTranscriptionConfig {};
    if (settings.sessionResumption) {
        s.sessionResumption = SessionResumptionConfig {};
        // Vertex tells which messages a handle covers, so nothing is lost or repeated.
        if (e.backend == Backend::VertexAi)
            s.sessionResumption->transparent = true;
    }
    if (settings.contextCompression) {
        s.contextWindowCompression
                = ContextWindowCompression {settings.compressionTriggerTokens,
                                            SlidingWindow {settings.compressionTargetTokens}};
    }
    if (settings.proactiveAudio)
        s.proactivity = ProactivityConfig {settings.proactiveAudio, {}};

    if (!settings.voice.isEmpty() && !prebuiltVoices().contains(settings.voice)) {
        config.warnings.append(
                {u"generationConfig.speechConfig.voiceConfig"_s,
                 tr("\"%1\" is not one of the 30 prebuilt voices; the service may reject it.")
                         .arg(settings.voice)});
    }
    QString replacement;
    if (catalog.isRetired(config.modelId, &replacement)) {
        config.warnings.append(
                {u"model"_s,
                 tr("%1 has been retired by the service (it answers 1008 \"not found\"); "
                    "use %2.")
                         .arg(config.modelId, replacement)});
    }
    if (caps) {
        const QString notice = modelStatusNotice(*caps);
        if (!notice.isEmpty())
            config.warnings.append({u"model"_s, notice});
        if (caps->textInput == TextInputRoute::None)
            config.warnings.append(
                    {u"textInput"_s,
                     tr("%1 takes spoken audio only; typed text is not sent.").arg(caps->id)});
    }
    config.warnings += applyCapabilities(s, caps, e.backend, config.modelId);
    // After the capability checks, so a field that was left out does not switch the version.
    config.warnings += applyApiVersions(s, caps, e);
    for (EndpointConfig &failover : config.endpoints)
        failover.apiVersion = e.apiVersion;
    return config;
}

} // namespace livedesk::app
