// Value types shared by client and server messages of the Gemini Live API (BidiGenerateContent).
// Plain data with no behaviour: the codec (codec.h) maps them to and from the wire JSON.
// Field names follow docs/live-protocol.md so that a reader can match them one to one.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace livedesk::protocol {

using Milliseconds = std::chrono::milliseconds;

// Every enum's zero value is "not set": the codec omits it when encoding and maps unknown wire
// strings from the server to it, so newer services do not break older clients.
enum class Modality { Unspecified, Text, Image, Audio, Video, Document };
enum class MediaResolution { Unspecified, Low, Medium, High };
enum class StartSensitivity { Unspecified, High, Low };
enum class EndSensitivity { Unspecified, High, Low };
enum class ActivityHandling { Unspecified, StartOfActivityInterrupts, NoInterruption };
enum class TurnCoverage {
    Unspecified,
    IncludesOnlyActivity,
    IncludesAllInput,
    IncludesAudioActivityAndAllVideo
};
enum class Behavior { Unspecified, Blocking, NonBlocking };
enum class Scheduling { Unspecified, Silent, WhenIdle, Interrupt };
enum class ThinkingLevel { Unspecified, Minimal, Low, Medium, High };
enum class VoiceActivityType { Unspecified, ActivityStart, ActivityEnd };
enum class VadSignalType { Unspecified, StartOfSpeech, EndOfSpeech };

// Raw bytes with their MIME type; base64 exists only on the wire.
struct Blob
{
    QString mimeType;
    QByteArray data;

    friend bool operator==(const Blob &, const Blob &) = default;
};

struct FunctionCall
{
    QString id; // opaque; echoed back in the FunctionResponse
    QString name;
    QJsonObject args;

    friend bool operator==(const FunctionCall &, const FunctionCall &) = default;
};

struct FunctionResponse
{
    QString id;
    QString name;
    // {"output": …} for a result, {"error": …} for a failure (live-protocol.md §2.4).
    QJsonObject response;
    Scheduling scheduling = Scheduling::Unspecified; // NON_BLOCKING functions only
    std::optional<bool> willContinue; // Gemini API only

    friend bool operator==(const FunctionResponse &, const FunctionResponse &) = default;
};

struct Part
{
    QString text;
    bool thought = false;
    QByteArray thoughtSignature;
    std::optional<Blob> inlineData;
    std::optional<FunctionCall> functionCall;
    std::optional<FunctionResponse> functionResponse;
    QJsonObject executableCode; // {language, code}: server-side code execution
    QJsonObject codeExecutionResult; // {outcome, output}

    friend bool operator==(const Part &, const Part &) = default;
};

struct Content
{
    QString role; // "user" or "model"; empty for the server's modelTurn
    QList<Part> parts;

    friend bool operator==(const Content &, const Content &) = default;
};

struct FunctionDeclaration
{
    QString name;
    QString description;
    Behavior behavior = Behavior::Unspecified;
    // Exactly one of these two describes the arguments: an OpenAPI-style Schema, or plain JSON
    // Schema. Empty objects are omitted.
    QJsonObject parameters;
    QJsonObject parametersJsonSchema;
    QJsonObject response;
    QJsonObject responseJsonSchema;

    friend bool operator==(const FunctionDeclaration &, const FunctionDeclaration &) = default;
};

// One entry of setup.tools. The service expects one kind per entry; the codec writes whatever is
// set, so a client keeps them apart by building one Tool per kind.
struct Tool
{
    QList<FunctionDeclaration> functionDeclarations;
    bool googleSearch = false;
    bool codeExecution = false;
    bool urlContext = false;
    bool googleMaps = false;

    friend bool operator==(const Tool &, const Tool &) = default;
};

} // namespace livedesk::protocol
