// buildSessionConfig(): the shared options → (endpoint, setup) step the CLI and the GUI use.
#include "app/sessionconfig.h"

#include <QTest>

using namespace livedesk::app;
using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

class tst_SessionConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void vertexResourcePath();
    void capabilityWarnings();
    void textRoute();
    void optionalParts();
    void recoveryParts();
    void errors_data();
    void errors();
    void perModelSetup_data();
    void perModelSetup();
    void vertexProfile();
};

namespace {

SessionSettings withKey()
{
    SessionSettings s;
    s.apiKey = u"k"_s;
    return s;
}

QStringList fields(const SessionConfig &c)
{
    QStringList out;
    for (const auto &w : c.warnings)
        out.append(w.field);
    return out;
}

} // namespace

void tst_SessionConfig::defaults()
{
    const ModelCatalog catalog = ModelCatalog::builtIn();
    QString error;
    const auto c = buildSessionConfig(withKey(), catalog, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->modelId, catalog.defaultModel(Backend::GeminiApi));
    QCOMPARE(c->setup.model, u"models/"_s + c->modelId);
    QCOMPARE(c->setup.generationConfig->responseModalities, QList<Modality> {Modality::Audio});
    QVERIFY(c->setup.inputAudioTranscription);
    QVERIFY(c->setup.outputAudioTranscription);
    QVERIFY(c->setup.sessionResumption);
    QVERIFY(c->setup.contextWindowCompression);
    QVERIFY(c->warnings.isEmpty());
    QCOMPARE(c->prices, Prices {});
    QVERIFY(c->capabilities);
    QVERIFY(buildConnectionTarget(c->endpoint).isValid());
}

void tst_SessionConfig::vertexResourcePath()
{
    SessionSettings s;
    s.backend = Backend::VertexAi;
    s.accessToken = u"ya29.x"_s;
    s.vertexProject = u"proj"_s;
    s.vertexLocation = u"europe-west4"_s;
    QString error;
    const auto c = buildSessionConfig(s, ModelCatalog::builtIn(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->modelId, ModelCatalog::builtIn().defaultModel(Backend::VertexAi));
    QCOMPARE(c->setup.model,
             u"projects/proj/locations/europe-west4/publishers/google/models/"_s + c->modelId);
}

void tst_SessionConfig::capabilityWarnings()
{
    SessionSettings s = withKey();
    s.model = u"gemini-3.1-flash-live-preview"_s;
    s.affectiveDialog = true;
    s.proactiveAudio = true;
    s.voice = u"Nobody"_s;
    QString error;
    const auto c = buildSessionConfig(s, ModelCatalog::builtIn(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(fields(*c),
             (QStringList {u"generationConfig.speechConfig.voiceConfig"_s, u"model"_s,
                           u"generationConfig.enableAffectiveDialog"_s, u"proactivity"_s}));
    // 3.1 is legacy: the notice names the model to use instead.
    QVERIFY(c->warnings.at(1).reason.contains(u"gemini-3.8-live"_s));
    QVERIFY(!c->setup.generationConfig->enableAffectiveDialog);
    QVERIFY(!c->setup.proactivity);

    s.model = u"gemini-2.0-flash-live-001"_s; // retired and not in the table
    const auto retired = buildSessionConfig(s, ModelCatalog::builtIn(), &error);
    QVERIFY(retired);
    QVERIFY(fields(*retired).contains(u"model"_s));
    QVERIFY(retired->warnings.at(1).reason.contains(u"retired"_s));
}

void tst_SessionConfig::textRoute()
{
    SessionSettings s = withKey();
    QString error;
    s.model = u"gemini-3.1-flash-live-preview"_s;
    QCOMPARE(buildSessionConfig(s, ModelCatalog::builtIn(), &error)->textRoute,
             TextInputRoute::RealtimeInput);
    s.model = u"gemini-2.5-flash-native-audio-preview-12-2025"_s;
    QCOMPARE(buildSessionConfig(s, ModelCatalog::builtIn(), &error)->textRoute,
             TextInputRoute::ClientContent);
    s.model = u"gemini-unlisted"_s;
    QCOMPARE(buildSessionConfig(s, ModelCatalog::builtIn(), &error)->textRoute,
             TextInputRoute::ClientContent);
}

void tst_SessionConfig::optionalParts()
{
    SessionSettings s = withKey();
    s.inputTranscription = s.outputTranscription = false;
    s.systemInstruction = u"Be brief."_s;
    s.voice = u"Kore"_s;
    s.languageCode = u"de-DE"_s;
    s.responseModality = Modality::Text;
    FunctionDeclaration f;
    f.name = u"f"_s;
    s.functions = {f};
    s.googleSearch = true;
    QString error;
    const auto c = buildSessionConfig(s, ModelCatalog::builtIn(), &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(!c->setup.inputAudioTranscription);
    QCOMPARE(c->setup.systemInstruction->parts.first().text, u"Be brief."_s);
    QCOMPARE(c->setup.generationConfig->speechConfig->voiceName, u"Kore"_s);
    QCOMPARE(c->setup.tools.size(), 2);
    // The default model speaks only: TEXT is not requested, and the user is told.
    QCOMPARE(fields(*c), QStringList {u"generationConfig.responseModalities"_s});
}

void tst_SessionConfig::recoveryParts()
{
    QString error;
    SessionSettings s = withKey();
    s.compressionTriggerTokens = 25600;
    s.compressionTargetTokens = 12800;
    auto c = buildSessionConfig(s, ModelCatalog::builtIn(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->setup.contextWindowCompression->triggerTokens, 25600);
    QCOMPARE(c->setup.contextWindowCompression->slidingWindow->targetTokens, 12800);
    QVERIFY(!c->setup.sessionResumption->transparent); // Gemini API: not a field there
    QCOMPARE(c->endpoints.size(), 1);
    QCOMPARE(c->historySeeding, HistorySeeding::ClientContent);
    s.model = u"gemini-3.1-flash-live-preview"_s; // clientContent only as initial history
    QCOMPARE(buildSessionConfig(s, ModelCatalog::builtIn(), &error)->historySeeding,
             HistorySeeding::HistoryConfig);

    SessionSettings v;
    v.backend = Backend::VertexAi;
    v.accessToken = u"ya29.x"_s;
    v.vertexProject = u"proj"_s;
    v.vertexLocation = u"us-central1"_s;
    v.failoverLocations = {u"europe-west4"_s, u"us"_s};
    c = buildSessionConfig(v, ModelCatalog::builtIn(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->setup.sessionResumption->transparent, std::optional<bool>(true));
    QCOMPARE(c->endpoints.size(), 3);
    QCOMPARE(c->endpoints.at(1).vertexLocation, u"europe-west4"_s);
    QCOMPARE(buildConnectionTarget(c->endpoints.at(2)).request.url().host(),
             u"aiplatform.us.rep.googleapis.com"_s);
    QCOMPARE(modelForEndpoint(c->setup.model, c->endpoints.at(1)),
             u"projects/proj/locations/europe-west4/publishers/google/models/"_s + c->modelId);
}

void tst_SessionConfig::errors_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("an endpoint that is not a URL") << u"::nope"_s << u"k"_s << u"not a URL"_s;
    QTest::newRow("no credential") << QString() << QString() << u"API key"_s;
}

void tst_SessionConfig::errors()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, key);
    QFETCH(QString, mentions);
    SessionSettings s;
    s.endpoint = endpoint;
    s.apiKey = key;
    QString error;
    QVERIFY(!buildSessionConfig(s, ModelCatalog::builtIn(), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

Q_DECLARE_METATYPE(livedesk::session::TextInputRoute)
Q_DECLARE_METATYPE(livedesk::session::HistorySeeding)

void tst_SessionConfig::perModelSetup_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("affectiveDialog");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<bool>("affectiveSent");
    QTest::addColumn<TextInputRoute>("text");
    // How a fresh session after an expired handle gets the conversation so far.
    QTest::addColumn<HistorySeeding>("seeding");

    QTest::newRow("3.8 Live, the default: nothing to say")
            << u"gemini-3.8-live"_s << false << QStringList {} << QString() << false
            << TextInputRoute::ClientContent << HistorySeeding::ClientContent;
    QTest::newRow("3.8 Live with affective dialog: told it is not available")
            << u"gemini-3.8-live"_s << true
            << QStringList {u"generationConfig.enableAffectiveDialog"_s} << QString() << false
            << TextInputRoute::ClientContent << HistorySeeding::ClientContent;
    QTest::newRow("2.5 with affective dialog: deprecated, and on v1alpha")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << true
            << QStringList {u"model"_s, u"apiVersion"_s} << u"v1alpha"_s << true
            << TextInputRoute::ClientContent << HistorySeeding::ClientContent;
    QTest::newRow("2.5 without it: deprecated, on the default version")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << false
            << QStringList {u"model"_s} << QString() << false << TextInputRoute::ClientContent
            << HistorySeeding::ClientContent;
    QTest::newRow("3.1 Flash Live: legacy, history through historyConfig")
            << u"gemini-3.1-flash-live-preview"_s << false << QStringList {u"model"_s} << QString()
            << false << TextInputRoute::RealtimeInput << HistorySeeding::HistoryConfig;
    QTest::newRow("the translate model: audio only")
            << u"gemini-3.5-live-translate-preview"_s << false << QStringList {u"textInput"_s}
            << QString() << false << TextInputRoute::None << HistorySeeding::None;
}

void tst_SessionConfig::perModelSetup()
{
    QFETCH(QString, model);
    QFETCH(bool, affectiveDialog);
    QFETCH(QStringList, warnings);
    QFETCH(QString, apiVersion);
    QFETCH(bool, affectiveSent);
    QFETCH(TextInputRoute, text);
    QFETCH(HistorySeeding, seeding);

    SessionSettings s = withKey();
    s.model = model;
    if (affectiveDialog)
        s.affectiveDialog = true;
    FunctionDeclaration f;
    f.name = u"get_time"_s;
    if (model != u"gemini-3.5-live-translate-preview")
        s.functions = {f};
    QString error;
    const auto c = buildSessionConfig(s, ModelCatalog::builtIn(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(fields(*c), warnings);
    for (const auto &w : c->warnings)
        QVERIFY2(!w.reason.isEmpty(), qPrintable(w.field));
    QCOMPARE(c->endpoint.apiVersion, apiVersion);
    QCOMPARE(c->endpoints.first().apiVersion, apiVersion);
    if (!apiVersion.isEmpty()) {
        QVERIFY(buildConnectionTarget(c->endpoint).request.url().path().contains(apiVersion));
    }
    QCOMPARE(c->setup.generationConfig->enableAffectiveDialog.has_value(), affectiveSent);
    QCOMPARE(c->textRoute, text);
    QCOMPARE(c->historySeeding, seeding);
    // What a bare declaration means on this model is in the setup.
    if (!c->setup.tools.isEmpty()) {
        QCOMPARE(c->setup.tools.first().functionDeclarations.first().behavior,
                 c->capabilities->nonBlockingByDefault() ? Behavior::NonBlocking
                                                         : Behavior::Unspecified);
    }
}

// service-2026.md: Vertex AI's 3.8 keeps affective dialog and proactive audio (on by default
// there), which the Gemini API's 3.8 has removed or always on.
void tst_SessionConfig::vertexProfile()
{
    SessionSettings v;
    v.backend = Backend::VertexAi;
    v.accessToken = u"ya29.x"_s;
    v.vertexProject = u"proj"_s;
    v.vertexLocation = u"us-central1"_s;
    v.model = u"gemini-3.8-live"_s;
    v.affectiveDialog = true;
    v.proactiveAudio = false;
    QString error;
    const auto c = buildSessionConfig(v, ModelCatalog::builtIn(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->setup.generationConfig->enableAffectiveDialog, std::optional<bool>(true));
    QVERIFY(c->setup.proactivity);
    QCOMPARE(c->setup.proactivity->proactiveAudio, std::optional<bool>(false));
    QCOMPARE(fields(*c), QStringList {});

    SessionSettings g = withKey();
    g.model = v.model;
    g.affectiveDialog = true;
    g.proactiveAudio = false;
    const auto onGemini = buildSessionConfig(g, ModelCatalog::builtIn(), &error);
    QVERIFY2(onGemini, qPrintable(error));
    QVERIFY(!onGemini->setup.generationConfig->enableAffectiveDialog);
    QVERIFY(fields(*onGemini).contains(u"generationConfig.enableAffectiveDialog"_s));
}

QTEST_GUILESS_MAIN(tst_SessionConfig)
#include "tst_sessionconfig.moc"
