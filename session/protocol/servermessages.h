// Server → client messages (live-protocol.md §3). The server omits proto-default fields, so every
// field here defaults to "absent": false, 0, empty. A message may carry several top-level parts at
// once (serverContent with usageMetadata is common), hence one optional member per kind.
#pragma once

#include "session/protocol/types.h"

namespace livedesk::protocol {

struct WordTiming
{
    QString word;
    std::optional<Milliseconds> startOffset;
    std::optional<Milliseconds> endOffset;

    friend bool operator==(const WordTiming &, const WordTiming &) = default;
};

struct Transcription
{
    QString text; // an incremental chunk; chunks carry their own leading spaces
    bool finished = false;
    QString languageCode;
    QString speakerLabel;
    QList<WordTiming> words;
    std::optional<Milliseconds> startOffset;
    std::optional<Milliseconds> endOffset;

    friend bool operator==(const Transcription &, const Transcription &) = default;
};

struct GroundingSource
{
    QString uri;
    QString title;
    QString domain;

    friend bool operator==(const GroundingSource &, const GroundingSource &) = default;
};

struct GroundingSupport
{
    QString text; // the part of the answer the sources support
    int startIndex = 0;
    int endIndex = 0;
    QList<int> sourceIndices; // into GroundingMetadata::sources

    friend bool operator==(const GroundingSupport &, const GroundingSupport &) = default;
};

struct GroundingMetadata
{
    QList<GroundingSource> sources; // groundingChunks[].web
    QStringList webSearchQueries;
    QList<GroundingSupport> supports;
    QString searchEntryPointHtml;

    friend bool operator==(const GroundingMetadata &, const GroundingMetadata &) = default;
};

struct ServerContent
{
    std::optional<Content> modelTurn;
    bool turnComplete = false;
    bool generationComplete = false;
    bool interrupted = false;
    bool waitingForInput = false;
    std::optional<Transcription> inputTranscription;
    std::optional<Transcription> outputTranscription;
    std::optional<Transcription> interimInputTranscription;
    std::optional<GroundingMetadata> groundingMetadata;
    QJsonObject urlContextMetadata;
    QString turnCompleteReason; // MALFORMED_FUNCTION_CALL, RESPONSE_REJECTED, *_SAFETY, …
    QString interactionStatus; // IN_PROGRESS | IDLE

    friend bool operator==(const ServerContent &, const ServerContent &) = default;
};

struct SetupComplete
{
    QString sessionId;

    friend bool operator==(const SetupComplete &, const SetupComplete &) = default;
};

// A function call the decoder could not read (no name, a name or args of the wrong type). It is
// kept apart so the valid calls beside it still run, and so it can be answered with an error.
struct RejectedFunctionCall
{
    QString id; // as far as it could be read; empty if not
    QString name;
    QString error;

    friend bool operator==(const RejectedFunctionCall &, const RejectedFunctionCall &) = default;
};

struct ToolCall
{
    QList<FunctionCall> functionCalls;
    QList<RejectedFunctionCall> rejectedCalls; // decoded only; never encoded

    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};

struct ToolCallCancellation
{
    QStringList ids;

    friend bool operator==(const ToolCallCancellation &, const ToolCallCancellation &) = default;
};

struct ModalityTokenCount
{
    Modality modality = Modality::Unspecified;
    qint64 tokenCount = 0;

    friend bool operator==(const ModalityTokenCount &, const ModalityTokenCount &) = default;
};

// Vertex's candidatesTokenCount / candidatesTokensDetails are decoded into the response fields.
struct UsageMetadata
{
    qint64 promptTokenCount = 0;
    qint64 responseTokenCount = 0;
    qint64 totalTokenCount = 0;
    qint64 cachedContentTokenCount = 0;
    qint64 toolUsePromptTokenCount = 0;
    qint64 thoughtsTokenCount = 0;
    QList<ModalityTokenCount> promptTokensDetails;
    QList<ModalityTokenCount> responseTokensDetails;
    QList<ModalityTokenCount> cacheTokensDetails;
    QList<ModalityTokenCount> toolUsePromptTokensDetails;
    QString serviceTier;
    QString trafficType; // Vertex

    friend bool operator==(const UsageMetadata &, const UsageMetadata &) = default;
};

struct GoAway
{
    Milliseconds timeLeft {0};

    friend bool operator==(const GoAway &, const GoAway &) = default;
};

struct SessionResumptionUpdate
{
    QString newHandle; // empty while not resumable
    bool resumable = false;
    std::optional<qint64> lastConsumedClientMessageIndex; // transparent mode (Vertex)

    friend bool operator==(const SessionResumptionUpdate &, const SessionResumptionUpdate &)
            = default;
};

struct VoiceActivity
{
    VoiceActivityType type = VoiceActivityType::Unspecified;
    std::optional<Milliseconds> audioOffset;

    friend bool operator==(const VoiceActivity &, const VoiceActivity &) = default;
};

struct VoiceActivityDetectionSignal
{
    VadSignalType vadSignalType = VadSignalType::Unspecified;

    friend bool operator==(const VoiceActivityDetectionSignal &,
                           const VoiceActivityDetectionSignal &)
            = default;
};

// Vertex AI's speechState. Neither SDK describes it (googleapis/js-genai src/types.ts and
// python-genai google/genai/types.py as of 2026-08 have no such field) and no public page shows
// its shape, so it is read leniently: a string, or an object whose "state" is a string, gives
// `state`; any other shape gives an empty state and no error. LiveDesk does not act on it:
// voiceActivity says when the user speaks in a documented form.
struct SpeechState
{
    QString state; // e.g. "USER_SPEAKING" (the simulator's names; the service's are unknown)

    friend bool operator==(const SpeechState &, const SpeechState &) = default;
};

struct ServerMessage
{
    std::optional<SetupComplete> setupComplete;
    std::optional<ServerContent> serverContent;
    std::optional<ToolCall> toolCall;
    std::optional<ToolCallCancellation> toolCallCancellation;
    std::optional<UsageMetadata> usageMetadata;
    std::optional<GoAway> goAway;
    std::optional<SessionResumptionUpdate> sessionResumptionUpdate;
    std::optional<VoiceActivity> voiceActivity;
    std::optional<VoiceActivityDetectionSignal> voiceActivityDetectionSignal;
    std::optional<SpeechState> speechState; // Vertex; shape undocumented (see SpeechState)

    friend bool operator==(const ServerMessage &, const ServerMessage &) = default;
};

} // namespace livedesk::protocol
