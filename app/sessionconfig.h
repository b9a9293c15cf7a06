// Turns what a person chose (settings in the GUI, flags in the CLI) into what a LiveSession
// needs: the endpoint and the setup, with the model's capability checks applied. One place, so
// the CLI and the GUI send the same setup for the same choices.
#pragma once

#include "session/endpoint.h"
#include "session/livesession.h"
#include "session/modelcatalog.h"
#include "session/protocol/clientmessages.h"
#include "session/usage.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedesk::app {

struct SessionSettings
{
    // Connection.
    session::Backend backend = session::Backend::GeminiApi;
    QString endpoint; // custom base URL (the simulator's ws://127.0.0.1:PORT); empty: the service
    QString apiVersion; // empty: the backend's default (v1beta on the Gemini API)
    QString apiKey; // a Gemini API key, a Vertex express key or an ephemeral "auth_tokens/…"
    QString accessToken; // Vertex OAuth2 bearer
    QString vertexProject;
    QString vertexLocation;

    // Conversation.
    QString model; // bare id; empty: the table's default for the backend
    QString voice; // a prebuilt voice name; empty: the service's default (Puck)
    QString languageCode;
    QString systemInstruction;
    protocol::Modality responseModality = protocol::Modality::Audio;
    bool inputTranscription = true;
    bool outputTranscription = true;
    bool sessionResumption = true; // ask for handles, so a later reconnect can resume
    bool contextCompression = true; // sliding window, so sessions are not capped at 15 min
    // Compression trigger and sliding-window target in tokens; unset: the service's defaults.
    std::optional<qint64> compressionTriggerTokens;
    std::optional<qint64> compressionTargetTokens;
    // Vertex AI locations tried in order after vertexLocation when one is unavailable.
    QStringList failoverLocations;
    QList<protocol::FunctionDeclaration> functions;
    bool googleSearch = false;
    std::optional<int> thinkingBudget;
    protocol::ThinkingLevel thinkingLevel = protocol::ThinkingLevel::Unspecified;
    std::optional<bool> affectiveDialog;
    std::optional<bool> proactiveAudio;
    QString translateTo; // BCP-47 target of speech translation; empty: no translation
};

struct SessionConfig
{
    session::EndpointConfig endpoint;
    // The failover list, endpoint first (one entry unless failoverLocations were given).
    QList<session::EndpointConfig> endpoints;
    protocol::Setup setup;
    QString modelId;
    std::optional<session::ModelCapabilities> capabilities; // empty: not in the table
    session::Prices prices;
    session::TextInputRoute textRoute = session::TextInputRoute::ClientContent;
    // How a fresh session after a lost context receives the transcript (LiveSessionOptions).
    session::HistorySeeding historySeeding = session::HistorySeeding::ClientContent;
    QList<session::CapabilityWarning> warnings; // what was changed, and why; show them
};

// The 30 prebuilt voices (live-protocol.md §5); an unknown name gives a warning, not an error,
// since the service adds voices.
const QStringList &prebuiltVoices();

// The Gemini API key from the environment when none was given, as the official SDKs read it
// (@google/genai's getApiKeyFromEnv): GOOGLE_API_KEY wins over GEMINI_API_KEY when both are set.
// Both front ends use it; neither ever writes the value anywhere (settings, keychain, logs).
struct EnvironmentApiKey
{
    QString key; // empty: neither variable is set
    QString variable; // the variable it came from, for messages (never the value)
    bool bothSet = false; // the other one was set too and is ignored
};
EnvironmentApiKey apiKeyFromEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Fails (with `error` set) only for choices that cannot work at all: an endpoint that is not a
// URL, a backend without the credential it needs, an empty model table.
std::optional<SessionConfig> buildSessionConfig(const SessionSettings &settings,
                                                const session::ModelCatalog &catalog,
                                                QString *error);

} // namespace livedesk::app
