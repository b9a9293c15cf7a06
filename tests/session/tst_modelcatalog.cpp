// The model capability table: the built-in resources/models.json is valid, lookups accept
// resource names, broken tables are rejected with the offending field, and applyCapabilities()
// drops exactly the fields a model does not take, with a reason for each.
#include "session/modelcatalog.h"
#include "session/protocol/codec.h"

#include <QJsonDocument>
#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(livedesk::session::Backend)
Q_DECLARE_METATYPE(livedesk::session::ModelStatus)
Q_DECLARE_METATYPE(livedesk::session::Support)
Q_DECLARE_METATYPE(livedesk::session::TextInputRoute)
Q_DECLARE_METATYPE(livedesk::protocol::Behavior)

namespace {

// Every optional feature a user can ask for, so each row shows what one model keeps.
Setup everything()
{
    Setup s;
    s.model = u"models/x"_s;
    GenerationConfig g;
    g.responseModalities = {Modality::Audio};
    g.enableAffectiveDialog = true;
    g.thinkingConfig = ThinkingConfig {1024, ThinkingLevel::Unspecified, {}};
    g.translationConfig = TranslationConfig {u"de-DE"_s, true};
    s.generationConfig = g;
    s.systemInstruction = Content {u"user"_s, {Part {.text = u"be brief"_s}}};
    FunctionDeclaration time;
    time.name = u"get_current_time"_s;
    time.behavior = Behavior::NonBlocking;
    s.tools = {Tool {.functionDeclarations = {time}}, Tool {.googleSearch = true},
               Tool {.codeExecution = true}};
    s.proactivity = ProactivityConfig {true, {}};
    s.inputAudioTranscription = AudioTranscriptionConfig {};
    s.outputAudioTranscription = AudioTranscriptionConfig {};
    s.sessionResumption = SessionResumptionConfig {{}, true};
    s.explicitVadSignal = true;
    return s;
}

QStringList fields(const QList<CapabilityWarning> &warnings)
{
    QStringList out;
    for (const auto &w : warnings)
        out.append(w.field);
    return out;
}

} // namespace

class tst_ModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTable();
    void brokenTables_data();
    void brokenTables();
    void unsupportedFieldsDropped_data();
    void unsupportedFieldsDropped();
    void thinkingLevelOnBudgetModel();
    void textModalityOnAudioOnlyModel();
    void unknownModelSentUnchecked();
    void silenceDurationPerModel_data();
    void silenceDurationPerModel();
    void profiles_data();
    void profiles();
    void apiVersionForFeature_data();
    void apiVersionForFeature();
    void functionBehaviorFollowsProfile_data();
    void functionBehaviorFollowsProfile();
    void vertexVariant_data();
    void vertexVariant();
};

void tst_ModelCatalog::builtInTable()
{
    const ModelCatalog catalog = ModelCatalog::builtIn();
    QVERIFY(catalog.models().size() >= 5);
    const QString gemini = catalog.defaultModel(Backend::GeminiApi);
    const QString vertex = catalog.defaultModel(Backend::VertexAi);
    QVERIFY(catalog.find(gemini));
    QVERIFY(catalog.find(vertex));
    QVERIFY(catalog.find(gemini)->backends.contains(Backend::GeminiApi));
    QVERIFY(catalog.find(vertex)->backends.contains(Backend::VertexAi));
    // Lookups accept what goes on the wire as well as bare ids.
    QCOMPARE(catalog.find(u"models/"_s + gemini), catalog.find(gemini));
    QCOMPARE(catalog.find(u"projects/p/locations/l/publishers/google/models/"_s + vertex),
             catalog.find(vertex));
    QString replacement;
    QVERIFY(catalog.isRetired(u"models/gemini-2.0-flash-live-001"_s, &replacement));
    QVERIFY(catalog.find(replacement));
    QVERIFY(!catalog.isRetired(gemini));
    // Google's default live model since 2026-09 (service-2026.md).
    QCOMPARE(gemini, u"gemini-3.8-live"_s);
    // Prices default to the published rates.
    QCOMPARE(catalog.prices(catalog.find(gemini)), Prices {});
    // Every model states every capability the code checks (none left to the default).
    for (const ModelCapabilities &m : catalog.models()) {
        for (Support s :
             {m.affectiveDialog, m.proactiveAudio, m.functionCalling, m.nonBlockingFunctions,
              m.googleSearch, m.codeExecution, m.urlContext, m.googleMaps, m.inputTranscription,
              m.outputTranscription, m.translation, m.systemInstruction, m.videoInput})
            QVERIFY2(s != Support::Unspecified, qPrintable(m.id));
        QVERIFY2(m.thinking != ThinkingControl::Unspecified, qPrintable(m.id));
        QVERIFY2(m.textInput != TextInputRoute::Unspecified, qPrintable(m.id));
        QVERIFY2(!m.responseModalities.isEmpty(), qPrintable(m.id));
        QVERIFY2(m.status != ModelStatus::Unspecified, qPrintable(m.id));
        QVERIFY2(m.defaultFunctionBehavior != Behavior::Unspecified, qPrintable(m.id));
        QVERIFY2(m.responseScheduling != Support::Unspecified, qPrintable(m.id));
    }
}

void tst_ModelCatalog::brokenTables_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not JSON") << "{\"models\": ["_ba << u"offset"_s;
    QTest::newRow("no models") << "{\"models\": []}"_ba << u"models"_s;
    QTest::newRow("a support value that is not one of the three")
            << "{\"models\":[{\"id\":\"m\",\"affectiveDialog\":\"maybe\"}]}"_ba
            << u"affectiveDialog"_s;
    QTest::newRow("a model listed twice")
            << "{\"models\":[{\"id\":\"m\"},{\"id\":\"m\"}]}"_ba << u"twice"_s;
    QTest::newRow("a default that is not listed")
            << "{\"defaultModel\":{\"gemini\":\"other\"},\"models\":[{\"id\":\"m\"}]}"_ba
            << u"other"_s;
    QTest::newRow("a resource name where an id belongs")
            << "{\"models\":[{\"id\":\"models/m\"}]}"_ba << u"id"_s;
    QTest::newRow("an unknown thinking control")
            << "{\"models\":[{\"id\":\"m\",\"thinking\":\"deep\"}]}"_ba << u"thinking"_s;
    QTest::newRow("an unknown status")
            << "{\"models\":[{\"id\":\"m\",\"status\":\"beta\"}]}"_ba << u"status"_s;
    QTest::newRow("a status date that is not a date")
            << "{\"models\":[{\"id\":\"m\",\"statusSince\":\"September\"}]}"_ba << u"statusSince"_s;
    QTest::newRow("a replacement that is not listed")
            << "{\"models\":[{\"id\":\"m\",\"replacement\":\"n\"}]}"_ba << u"replacement"_s;
    QTest::newRow("an API version for an unknown feature")
            << "{\"models\":[{\"id\":\"m\",\"apiVersions\":{\"telepathy\":\"v1alpha\"}}]}"_ba
            << u"telepathy"_s;
    QTest::newRow("an unknown function behavior")
            << "{\"models\":[{\"id\":\"m\",\"functionBehavior\":\"async\"}]}"_ba
            << u"functionBehavior"_s;
    QTest::newRow("an unknown reaction to unsupported fields")
            << "{\"models\":[{\"id\":\"m\",\"unsupportedSetup\":\"explode\"}]}"_ba
            << u"unsupportedSetup"_s;
    QTest::newRow("a Vertex variant that is not an object")
            << "{\"models\":[{\"id\":\"m\",\"vertex\":true}]}"_ba << u"vertex"_s;
    QTest::newRow("a Vertex variant with another id")
            << "{\"models\":[{\"id\":\"m\",\"vertex\":{\"id\":\"n\"}}]}"_ba << u"id"_s;
    QTest::newRow("a bad value in a Vertex variant")
            << "{\"models\":[{\"id\":\"m\",\"vertex\":{\"affectiveDialog\":\"maybe\"}}]}"_ba
            << u"vertex: m: affectiveDialog"_s;
}

void tst_ModelCatalog::brokenTables()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!ModelCatalog::fromJson(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void tst_ModelCatalog::unsupportedFieldsDropped_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QStringList>("dropped");

    QTest::newRow("2.5 native audio keeps everything but code execution and Vertex-only fields")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << Backend::GeminiApi
            << QStringList {u"sessionResumption.transparent"_s, u"explicitVadSignal"_s,
                            u"generationConfig.translationConfig"_s, u"tools.codeExecution"_s};
    QTest::newRow("3.1 Flash Live: no affective dialog, proactivity, async calls or budget")
            << u"gemini-3.1-flash-live-preview"_s << Backend::GeminiApi
            << QStringList {u"sessionResumption.transparent"_s,
                            u"explicitVadSignal"_s,
                            u"generationConfig.enableAffectiveDialog"_s,
                            u"generationConfig.thinkingConfig.thinkingBudget"_s,
                            u"generationConfig.translationConfig"_s,
                            u"proactivity"_s,
                            u"tools.functionDeclarations.get_current_time.behavior"_s,
                            u"tools.codeExecution"_s};
    QTest::newRow("3.8 Live: no thinking config, proactive audio always on")
            << u"gemini-3.8-live"_s << Backend::GeminiApi
            << QStringList {u"sessionResumption.transparent"_s,
                            u"explicitVadSignal"_s,
                            u"generationConfig.enableAffectiveDialog"_s,
                            u"generationConfig.thinkingConfig"_s,
                            u"generationConfig.translationConfig"_s,
                            u"proactivity"_s,
                            u"tools.codeExecution"_s};
    QTest::newRow("translate model: translation only, no tools or instructions")
            << u"gemini-3.5-live-translate-preview"_s << Backend::GeminiApi
            << QStringList {u"sessionResumption.transparent"_s,
                            u"explicitVadSignal"_s,
                            u"generationConfig.enableAffectiveDialog"_s,
                            u"generationConfig.thinkingConfig"_s,
                            u"proactivity"_s,
                            u"systemInstruction"_s,
                            u"tools.functionDeclarations"_s,
                            u"tools.googleSearch"_s,
                            u"tools.codeExecution"_s};
    QTest::newRow("Vertex keeps its own transparent resumption and VAD signal")
            << u"gemini-live-2.5-flash-native-audio"_s << Backend::VertexAi
            << QStringList {u"generationConfig.translationConfig"_s, u"tools.codeExecution"_s};
}

void tst_ModelCatalog::unsupportedFieldsDropped()
{
    QFETCH(QString, model);
    QFETCH(Backend, backend);
    QFETCH(QStringList, dropped);

    const ModelCatalog catalog = ModelCatalog::builtIn();
    const ModelCapabilities *caps = catalog.find(model);
    QVERIFY(caps);
    Setup setup = everything();
    const auto warnings = applyCapabilities(setup, caps, backend);
    QCOMPARE(fields(warnings), dropped);
    for (const auto &w : warnings)
        QVERIFY2(!w.reason.isEmpty(), qPrintable(w.field));

    // The fields are really gone (or kept) in what goes on the wire.
    const QJsonObject wire = setupToJson(setup);
    const QJsonObject gen = wire.value(u"generationConfig"_s).toObject();
    QCOMPARE(gen.contains(u"enableAffectiveDialog"_s),
             !dropped.contains(u"generationConfig.enableAffectiveDialog"_s));
    QCOMPARE(wire.contains(u"proactivity"_s), !dropped.contains(u"proactivity"_s));
    QCOMPARE(wire.contains(u"systemInstruction"_s), !dropped.contains(u"systemInstruction"_s));
    QCOMPARE(wire.contains(u"explicitVadSignal"_s), !dropped.contains(u"explicitVadSignal"_s));
    QVERIFY(!QJsonDocument(wire).toJson().contains("codeExecution"));
    const bool asyncKept = QJsonDocument(wire).toJson().contains("NON_BLOCKING");
    QCOMPARE(asyncKept,
             caps->accepts(caps->nonBlockingFunctions) && caps->accepts(caps->functionCalling));
}

void tst_ModelCatalog::thinkingLevelOnBudgetModel()
{
    const ModelCatalog catalog = ModelCatalog::builtIn();
    Setup setup;
    setup.model = u"models/x"_s;
    GenerationConfig g;
    g.thinkingConfig = ThinkingConfig {{}, ThinkingLevel::Low, {}};
    setup.generationConfig = g;
    const auto warnings
            = applyCapabilities(setup,
                                catalog.find(u"gemini-2.5-flash-native-audio-preview-12-2025"_s),
                                Backend::GeminiApi);
    QCOMPARE(fields(warnings), QStringList {u"generationConfig.thinkingConfig.thinkingLevel"_s});
    // Nothing is left in the thinking config, so it is not sent at all.
    QVERIFY(!setup.generationConfig->thinkingConfig);
}

void tst_ModelCatalog::textModalityOnAudioOnlyModel()
{
    // Adding TEXT to the modalities of a native-audio model gets a 1007 close (js-genai#1212).
    const ModelCatalog catalog = ModelCatalog::builtIn();
    Setup setup;
    setup.model = u"models/x"_s;
    GenerationConfig g;
    g.responseModalities = {Modality::Text};
    setup.generationConfig = g;
    const auto warnings = applyCapabilities(setup, catalog.find(u"gemini-3.1-flash-live-preview"_s),
                                            Backend::GeminiApi);
    QCOMPARE(fields(warnings), QStringList {u"generationConfig.responseModalities"_s});
    QVERIFY(warnings.first().reason.contains(u"TEXT"_s));
    QCOMPARE(setup.generationConfig->responseModalities, QList<Modality> {Modality::Audio});
}

void tst_ModelCatalog::unknownModelSentUnchecked()
{
    Setup setup = everything();
    const Setup before = setup;
    const auto warnings = applyCapabilities(setup, nullptr, Backend::VertexAi,
                                            u"models/gemini-next"_s);
    QCOMPARE(fields(warnings), QStringList {u"model"_s});
    QVERIFY(warnings.first().reason.contains(u"gemini-next"_s));
    QCOMPARE(setup, before);
}

// The service-2026.md row "silenceDurationMs is ignored by 3.1": LiveDesk does not send what would
// silently do nothing, and says what to use instead.
void tst_ModelCatalog::silenceDurationPerModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("kept");
    QTest::newRow("3.1 Flash Live ignores it: left out, with a warning")
            << u"gemini-3.1-flash-live-preview"_s << false;
    QTest::newRow("3.8 Live honours it: kept") << u"gemini-3.8-live"_s << true;
    QTest::newRow("2.5 native audio honours it: kept")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << true;
}

void tst_ModelCatalog::silenceDurationPerModel()
{
    QFETCH(QString, model);
    QFETCH(bool, kept);
    const ModelCatalog catalog = ModelCatalog::builtIn();
    Setup setup;
    setup.model = u"models/"_s + model;
    setup.realtimeInputConfig = RealtimeInputConfig {};
    setup.realtimeInputConfig->automaticActivityDetection = AutomaticActivityDetection {};
    setup.realtimeInputConfig->automaticActivityDetection->silenceDurationMs = 2000;
    setup.realtimeInputConfig->automaticActivityDetection->prefixPaddingMs = 40;
    const auto warnings = applyCapabilities(setup, catalog.find(model), Backend::GeminiApi);
    const auto &detection = setup.realtimeInputConfig->automaticActivityDetection;
    QCOMPARE(detection->silenceDurationMs.has_value(), kept);
    QCOMPARE(detection->prefixPaddingMs, std::optional<int>(40));
    if (kept) {
        QVERIFY(warnings.isEmpty());
    } else {
        QCOMPARE(fields(warnings),
                 QStringList {
                         u"realtimeInputConfig.automaticActivityDetection.silenceDurationMs"_s});
        QVERIFY(warnings.first().reason.contains(u"local-voice"_s));
    }
}

void tst_ModelCatalog::profiles_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<ModelStatus>("status");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<Behavior>("functions");
    QTest::addColumn<TextInputRoute>("text");

    // One row per model of service-2026.md's table.
    QTest::newRow("3.8 Live: GA, non-blocking functions")
            << u"gemini-3.8-live"_s << ModelStatus::Ga << QString() << Behavior::NonBlocking
            << TextInputRoute::ClientContent;
    QTest::newRow("3.8 Live extended thinking: GA, takes a thinking level")
            << u"gemini-3.8-live-extended-thinking"_s << ModelStatus::Ga << QString()
            << Behavior::NonBlocking << TextInputRoute::ClientContent;
    QTest::newRow("3.5 Live Translate: preview, audio only")
            << u"gemini-3.5-live-translate-preview"_s << ModelStatus::Preview << QString()
            << Behavior::Blocking << TextInputRoute::None;
    QTest::newRow("3.1 Flash Live: legacy")
            << u"gemini-3.1-flash-live-preview"_s << ModelStatus::Legacy << u"gemini-3.8-live"_s
            << Behavior::Blocking << TextInputRoute::RealtimeInput;
    QTest::newRow("2.5 native audio 12-2025: deprecated")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << ModelStatus::Deprecated
            << u"gemini-3.8-live"_s << Behavior::Blocking << TextInputRoute::ClientContent;
    QTest::newRow("2.5 native audio 09-2025: deprecated")
            << u"gemini-2.5-flash-native-audio-preview-09-2025"_s << ModelStatus::Deprecated
            << u"gemini-3.8-live"_s << Behavior::Blocking << TextInputRoute::ClientContent;
    QTest::newRow("Vertex 2.5 native audio: GA")
            << u"gemini-live-2.5-flash-native-audio"_s << ModelStatus::Ga << QString()
            << Behavior::Blocking << TextInputRoute::ClientContent;
}

void tst_ModelCatalog::profiles()
{
    QFETCH(QString, model);
    QFETCH(ModelStatus, status);
    QFETCH(QString, replacement);
    QFETCH(Behavior, functions);
    QFETCH(TextInputRoute, text);

    const ModelCatalog catalog = ModelCatalog::builtIn();
    const ModelCapabilities *m = catalog.find(model);
    QVERIFY(m);
    QCOMPARE(m->status, status);
    QCOMPARE(m->replacement, replacement);
    QCOMPARE(m->defaultFunctionBehavior, functions);
    QCOMPARE(m->textInput, text);
    const QString notice = modelStatusNotice(*m);
    const bool outdated = status == ModelStatus::Legacy || status == ModelStatus::Deprecated;
    QCOMPARE(notice.isEmpty(), !outdated);
    if (outdated) {
        QVERIFY2(notice.contains(model) && notice.contains(replacement)
                         && notice.contains(m->statusSince),
                 qPrintable(notice));
    }
}

void tst_ModelCatalog::apiVersionForFeature_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("chosenVersion");
    QTest::addColumn<QString>("expectedVersion");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<bool>("featuresSent");

    QTest::newRow("2.5 with the default version switches to v1alpha")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << Backend::GeminiApi << QString()
            << u"v1alpha"_s << QStringList {u"apiVersion"_s} << true;
    QTest::newRow("2.5 with v1alpha chosen: nothing to say")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << Backend::GeminiApi
            << u"v1alpha"_s << u"v1alpha"_s << QStringList {} << true;
    QTest::newRow("2.5 with v1beta chosen: the fields are left out")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << Backend::GeminiApi
            << u"v1beta"_s << u"v1beta"_s
            << QStringList {u"generationConfig.enableAffectiveDialog"_s, u"proactivity"_s} << false;
    QTest::newRow("Vertex has them on its own version")
            << u"gemini-live-2.5-flash-native-audio"_s << Backend::VertexAi << QString()
            << QString() << QStringList {} << true;
}

void tst_ModelCatalog::apiVersionForFeature()
{
    QFETCH(QString, model);
    QFETCH(Backend, backend);
    QFETCH(QString, chosenVersion);
    QFETCH(QString, expectedVersion);
    QFETCH(QStringList, warnings);
    QFETCH(bool, featuresSent);

    const ModelCatalog catalog = ModelCatalog::builtIn();
    Setup setup;
    setup.model = u"models/"_s + model;
    GenerationConfig g;
    g.enableAffectiveDialog = true;
    setup.generationConfig = g;
    setup.proactivity = ProactivityConfig {true, {}};
    EndpointConfig endpoint;
    endpoint.backend = backend;
    endpoint.apiVersion = chosenVersion;
    const auto said = applyApiVersions(setup, catalog.find(model), endpoint);
    QCOMPARE(fields(said), warnings);
    QCOMPARE(endpoint.apiVersion, expectedVersion);
    QCOMPARE(setup.generationConfig->enableAffectiveDialog.has_value(), featuresSent);
    QCOMPARE(setup.proactivity.has_value(), featuresSent);
    for (const auto &w : said)
        QVERIFY2(w.reason.contains(u"v1alpha"_s), qPrintable(w.reason));
}

void tst_ModelCatalog::functionBehaviorFollowsProfile_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Behavior>("declared");
    QTest::addColumn<Behavior>("sent");

    QTest::newRow("3.8: a bare declaration does not block")
            << u"gemini-3.8-live"_s << Behavior::Unspecified << Behavior::NonBlocking;
    QTest::newRow("3.8: BLOCKING is said out loud")
            << u"gemini-3.8-live"_s << Behavior::Blocking << Behavior::Blocking;
    QTest::newRow("2.5: a bare declaration blocks")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << Behavior::Unspecified
            << Behavior::Unspecified;
    QTest::newRow("2.5: NON_BLOCKING when asked")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << Behavior::NonBlocking
            << Behavior::NonBlocking;
    QTest::newRow("3.1: no behavior field at all")
            << u"gemini-3.1-flash-live-preview"_s << Behavior::Blocking << Behavior::Unspecified;
}

void tst_ModelCatalog::functionBehaviorFollowsProfile()
{
    QFETCH(QString, model);
    QFETCH(Behavior, declared);
    QFETCH(Behavior, sent);

    const ModelCatalog catalog = ModelCatalog::builtIn();
    Setup setup;
    setup.model = u"models/"_s + model;
    FunctionDeclaration f;
    f.name = u"get_current_time"_s;
    f.behavior = declared;
    setup.tools = {Tool {.functionDeclarations = {f}}};
    applyCapabilities(setup, catalog.find(model), Backend::GeminiApi);
    QCOMPARE(setup.tools.value(0).functionDeclarations.value(0).behavior, sent);
}

// service-2026.md: on Vertex AI, 3.8 keeps affective dialog and proactive audio (on by default
// there); on the Gemini API the first is removed and the second cannot be switched off.
void tst_ModelCatalog::vertexVariant_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<Support>("affective");
    QTest::addColumn<Support>("proactive");
    QTest::addColumn<bool>("affectiveKept");

    QTest::newRow("Gemini API: affective dialog removed, proactive audio always on")
            << Backend::GeminiApi << Support::Unsupported << Support::Always << false;
    QTest::newRow("Vertex AI: both there, on by default")
            << Backend::VertexAi << Support::Supported << Support::Supported << true;
}

void tst_ModelCatalog::vertexVariant()
{
    QFETCH(Backend, backend);
    QFETCH(Support, affective);
    QFETCH(Support, proactive);
    QFETCH(bool, affectiveKept);

    const ModelCatalog catalog = ModelCatalog::builtIn();
    const ModelCapabilities *m = catalog.find(u"models/gemini-3.8-live"_s, backend);
    QVERIFY(m);
    QCOMPARE(m->id, u"gemini-3.8-live"_s);
    QCOMPARE(m->affectiveDialog, affective);
    QCOMPARE(m->proactiveAudio, proactive);
    // Everything else is the entry's own.
    QCOMPARE(m->defaultFunctionBehavior, Behavior::NonBlocking);
    QCOMPARE(m->status, ModelStatus::Ga);
    // A model without a Vertex variant is the same on both.
    QCOMPARE(catalog.find(u"gemini-3.1-flash-live-preview"_s, backend),
             catalog.find(u"gemini-3.1-flash-live-preview"_s));

    Setup s;
    s.model = u"models/gemini-3.8-live"_s;
    s.generationConfig = GenerationConfig {};
    s.generationConfig->enableAffectiveDialog = true;
    const auto warnings = applyCapabilities(s, m, backend, m->id);
    QCOMPARE(s.generationConfig->enableAffectiveDialog.has_value(), affectiveKept);
    QCOMPARE(warnings.isEmpty(), affectiveKept);
}

QTEST_GUILESS_MAIN(tst_ModelCatalog)
#include "tst_modelcatalog.moc"
