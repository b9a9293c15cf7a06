// Client → server messages (live-protocol.md §2). Optional fields stay unset unless the caller
// sets them, so a setup carries exactly what the caller chose: unsupported fields never leak out.
#pragma once

#include "session/protocol/types.h"

#include <variant>

namespace livedesk::protocol {

struct SpeechConfig
{
    QString voiceName; // one of the 30 prebuilt voices
    QString languageCode; // BCP-47

    friend bool operator==(const SpeechConfig &, const SpeechConfig &) = default;
};

struct ThinkingConfig
{
    std::optional<int> thinkingBudget; // 0 off, -1 automatic
    ThinkingLevel thinkingLevel = ThinkingLevel::Unspecified;
    std::optional<bool> includeThoughts;

    friend bool operator==(const ThinkingConfig &, const ThinkingConfig &) = default;
};

struct TranslationConfig
{
    QString targetLanguageCode;
    std::optional<bool> echoTargetLanguage;

    friend bool operator==(const TranslationConfig &, const TranslationConfig &) = default;
};

struct GenerationConfig
{
    QList<Modality> responseModalities;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> topK;
    std::optional<int> maxOutputTokens;
    std::optional<int> seed;
    std::optional<int> candidateCount;
    std::optional<double> presencePenalty;
    std::optional<double> frequencyPenalty;
    MediaResolution mediaResolution = MediaResolution::Unspecified;
    std::optional<SpeechConfig> speechConfig;
    std::optional<ThinkingConfig> thinkingConfig;
    std::optional<bool> enableAffectiveDialog;
    std::optional<TranslationConfig> translationConfig;

    friend bool operator==(const GenerationConfig &, const GenerationConfig &) = default;
};

struct AutomaticActivityDetection
{
    std::optional<bool> disabled;
    StartSensitivity startOfSpeechSensitivity = StartSensitivity::Unspecified;
    EndSensitivity endOfSpeechSensitivity = EndSensitivity::Unspecified;
    std::optional<int> prefixPaddingMs;
    std::optional<int> silenceDurationMs;

    friend bool operator==(const AutomaticActivityDetection &, const AutomaticActivityDetection &)
            = default;
};

struct RealtimeInputConfig
{
    std::optional<AutomaticActivityDetection> automaticActivityDetection;
    ActivityHandling activityHandling = ActivityHandling::Unspecified;
    TurnCoverage turnCoverage = TurnCoverage::Unspecified;
    std::optional<bool> interimTranscriptTimestampEnabled;

    friend bool operator==(const RealtimeInputConfig &, const RealtimeInputConfig &) = default;
};

struct SessionResumptionConfig
{
    QString handle; // empty: start a new resumable session
    std::optional<bool> transparent; // Vertex only

    friend bool operator==(const SessionResumptionConfig &, const SessionResumptionConfig &)
            = default;
};

struct SlidingWindow
{
    std::optional<qint64> targetTokens;

    friend bool operator==(const SlidingWindow &, const SlidingWindow &) = default;
};

struct ContextWindowCompression
{
    std::optional<qint64> triggerTokens;
    std::optional<SlidingWindow> slidingWindow;

    friend bool operator==(const ContextWindowCompression &, const ContextWindowCompression &)
            = default;
};

struct AudioTranscriptionConfig
{
    QStringList languageCodes;
    QStringList customVocabulary; // words to recognise as written (Vertex documents it for 3.8)

    friend bool operator==(const AudioTranscriptionConfig &, const AudioTranscriptionConfig &)
            = default;
};

struct ProactivityConfig
{
    std::optional<bool> proactiveAudio;
    std::optional<bool> proactiveVideo;

    friend bool operator==(const ProactivityConfig &, const ProactivityConfig &) = default;
};

struct HistoryConfig
{
    std::optional<bool> initialHistoryInClientContent;

    friend bool operator==(const HistoryConfig &, const HistoryConfig &) = default;
};

// BidiGenerateContentSetup: the first and only setup of a connection.
struct Setup
{
    QString model; // "models/<id>" or a Vertex resource path
    std::optional<GenerationConfig> generationConfig;
    std::optional<Content> systemInstruction;
    QList<Tool> tools;
    std::optional<RealtimeInputConfig> realtimeInputConfig;
    std::optional<SessionResumptionConfig> sessionResumption;
    std::optional<ContextWindowCompression> contextWindowCompression;
    std::optional<AudioTranscriptionConfig> inputAudioTranscription;
    std::optional<AudioTranscriptionConfig> outputAudioTranscription;
    std::optional<ProactivityConfig> proactivity;
    std::optional<HistoryConfig> historyConfig;
    std::optional<bool> explicitVadSignal; // Vertex only
    // Rarely used; passed through as given.
    QJsonObject avatarConfig;
    QJsonArray safetySettings;
    QJsonObject labels;

    friend bool operator==(const Setup &, const Setup &) = default;
};

// Streamed user input. Exactly one field per message is what the SDKs send (live-protocol.md Q9);
// the codec writes whatever is set.
struct RealtimeInput
{
    std::optional<Blob> audio; // audio/pcm;rate=16000, s16le mono
    std::optional<Blob> video; // image/jpeg
    std::optional<QString> text;
    bool activityStart = false;
    bool activityEnd = false;
    bool audioStreamEnd = false;
    QList<Blob> mediaChunks; // legacy form; decoded, never sent by LiveDesk

    friend bool operator==(const RealtimeInput &, const RealtimeInput &) = default;
};

struct ClientContent
{
    QList<Content> turns;
    std::optional<bool> turnComplete;

    friend bool operator==(const ClientContent &, const ClientContent &) = default;
};

struct ToolResponse
{
    QList<FunctionResponse> functionResponses;

    friend bool operator==(const ToolResponse &, const ToolResponse &) = default;
};

struct ContextUpdate
{
    std::optional<Content> systemInstruction;
    std::optional<QList<Tool>> tools; // an empty list clears the tools; unset leaves them

    friend bool operator==(const ContextUpdate &, const ContextUpdate &) = default;
};

using ClientMessage = std::variant<Setup, RealtimeInput, ClientContent, ToolResponse, ContextUpdate>;

} // namespace livedesk::protocol
