// The model capability table (resources/models.json, compiled in as :/livedesk/models.json; a
// user file can replace it). Model ids change often, so they live in configuration, not code.
//
// applyCapabilities() removes from a setup every field the chosen model does not accept and says
// why. Sending such a field gets a 1007 close at best, and at worst a setup that never completes
// (3.1 Flash Live with affectiveDialog or proactivity: peers' pain point 12).
#pragma once

#include "session/endpoint.h"
#include "session/protocol/clientmessages.h"
#include "session/usage.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace livedesk::session {

enum class Support {
    Unspecified, // not in the table: treated as Supported (the field is sent unchecked)
    Unsupported,
    Supported,
    Always, // on and cannot be switched off: the field is not sent
};

enum class ThinkingControl {
    Unspecified,
    None, // no thinkingConfig at all
    Budget, // thinkingConfig.thinkingBudget
    Level, // thinkingConfig.thinkingLevel
};

// How typed text reaches the model: 2.5 and 3.8 models take clientContent turns; 3.1 Flash Live
// takes clientContent only for initial history and wants realtimeInput.text during the
// conversation; the Live Translate model takes audio only (None: typed text is refused).
enum class TextInputRoute { Unspecified, ClientContent, RealtimeInput, None };

// Where a model is in its life (service-2026.md): legacy and deprecated models get a notice.
enum class ModelStatus { Unspecified, Ga, Preview, Legacy, Deprecated };

// What the service does with a setup that carries a field the model lacks: a 1007 close, or
// nothing at all (3.1 Flash Live never answers such a setup: no setupComplete and no close).
enum class UnsupportedSetup { Unspecified, Error, Hang }; // Unspecified = Error

struct ModelCapabilities
{
    QString id;
    QString displayName;
    QList<Backend> backends;
    QList<protocol::Modality> responseModalities;
    Support affectiveDialog = Support::Unspecified;
    Support proactiveAudio = Support::Unspecified;
    Support functionCalling = Support::Unspecified;
    Support nonBlockingFunctions = Support::Unspecified;
    Support googleSearch = Support::Unspecified;
    Support codeExecution = Support::Unspecified;
    Support urlContext = Support::Unspecified;
    Support googleMaps = Support::Unspecified;
    ThinkingControl thinking = ThinkingControl::Unspecified;
    Support inputTranscription = Support::Unspecified;
    Support outputTranscription = Support::Unspecified;
    Support translation = Support::Unspecified;
    Support systemInstruction = Support::Unspecified;
    Support videoInput = Support::Unspecified;
    TextInputRoute textInput = TextInputRoute::Unspecified;
    // setup.historyConfig.initialHistoryInClientContent: how a fresh session is seeded with the
    // transcript after a lost context (LiveSession, HistorySeeding).
    Support initialHistoryInClientContent = Support::Unspecified;
    // How a function declared without a behavior runs: Blocking (2.5, 3.1) or NonBlocking (3.8,
    // where only a BLOCKING declaration blocks). Unspecified reads as Blocking.
    protocol::Behavior defaultFunctionBehavior = protocol::Behavior::Unspecified;
    Support responseScheduling = Support::Unspecified; // FunctionResponse.scheduling
    Support mediaChunks = Support::Unspecified; // the legacy realtimeInput.mediaChunks form
    // automaticActivityDetection.silenceDurationMs: Unsupported means taken and ignored, the
    // service's own end-of-speech timing applies (3.1 models, python-genai#2580).
    Support silenceDuration = Support::Unspecified;
    // sessionResumption {"handle": null}: Unsupported means refused with 1007 (3.1 Flash Live).
    // LiveDesk never sends a null handle; the simulator refuses it where the service does.
    Support nullResumptionHandle = Support::Unspecified;
    // Polite barge-in (Vertex 3.8): the model holds a reply back while the user is speaking and
    // starts it when the speech ends.
    Support politeBargeIn = Support::Unspecified;
    UnsupportedSetup unsupportedSetup = UnsupportedSetup::Unspecified;
    ModelStatus status = ModelStatus::Unspecified;
    QString statusSince; // YYYY-MM-DD
    QString replacement; // the model to suggest instead of a legacy or deprecated one
    // Gemini API version a feature needs, by its table key ("affectiveDialog" → "v1alpha").
    QHash<QString, QString> apiVersions;
    std::optional<Prices> prices; // overrides the table's default prices

    bool accepts(Support s) const { return s != Support::Unsupported; }
    bool isOn(Support s) const { return s == Support::Supported || s == Support::Always; }
    bool nonBlockingByDefault() const
    {
        return defaultFunctionBehavior == protocol::Behavior::NonBlocking;
    }
};

struct CapabilityWarning
{
    QString field; // "generationConfig.enableAffectiveDialog"
    QString reason; // one line for people

    friend bool operator==(const CapabilityWarning &, const CapabilityWarning &) = default;
};

class ModelCatalog
{
public:
    static constexpr auto kBuiltInPath = ":/livedesk/models.json";

    // The table compiled into the library. Never empty: a broken built-in table is a build bug
    // and is caught by the tests.
    static ModelCatalog builtIn();
    static std::optional<ModelCatalog> fromJson(const QByteArray &json, QString *error = nullptr);
    static std::optional<ModelCatalog> fromFile(const QString &path, QString *error = nullptr);

    const QList<ModelCapabilities> &models() const { return m_models; }
    // Accepts a bare id or a resource name ("models/<id>", "…/publishers/google/models/<id>").
    const ModelCapabilities *find(const QString &idOrName) const;
    // The same, as `backend` serves it: a model whose table entry has a "vertex" object (what
    // differs there, service-2026.md: Vertex 3.8 keeps affective dialog) is that variant on
    // Vertex AI.
    const ModelCapabilities *find(const QString &idOrName, Backend backend) const;
    // A model that the service has retired (1008 "not found"), with its suggested replacement.
    bool isRetired(const QString &idOrName, QString *replacement = nullptr) const;
    QString defaultModel(Backend backend) const;
    Prices prices(const ModelCapabilities *model) const;

private:
    QList<ModelCapabilities> m_models;
    QList<ModelCapabilities> m_vertexVariants; // same ids as their m_models entries
    QList<QPair<QString, QString>> m_retired; // id, replacement
    QString m_defaultGemini;
    QString m_defaultVertex;
    Prices m_prices;
};

QString modelStatusName(ModelStatus status); // "ga", "preview", "legacy", "deprecated"

// One line for people about a legacy or deprecated model ("… is deprecated since …; use …"),
// empty for any other.
QString modelStatusNotice(const ModelCapabilities &model);

// Features of `setup` that need another Gemini API version than `endpoint`'s (service-2026.md:
// affective dialog and proactive audio exist only on v1alpha for 2.5 native audio). With the
// default version the endpoint is switched, with a warning that says so; a version the user
// chose is kept and the fields are left out, with a warning. Vertex AI is not changed.
QList<CapabilityWarning> applyApiVersions(protocol::Setup &setup, const ModelCapabilities *model,
                                          EndpointConfig &endpoint);

// Removes the fields `model` does not accept (and backend-only fields of the other backend) from
// `setup`, returning one warning per change. A null `model` (not in the table) changes nothing
// and returns a single warning that the setup goes out unchecked.
QList<CapabilityWarning> applyCapabilities(protocol::Setup &setup, const ModelCapabilities *model,
                                           Backend backend, const QString &modelId = {});

} // namespace livedesk::session
