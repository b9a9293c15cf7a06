// Wire names of the protocol enums ("START_SENSITIVITY_LOW", …). Each enum's Unspecified value
// maps to its *_UNSPECIFIED name, which the codec never writes.
#pragma once

#include "session/protocol/types.h"

#include <QStringView>

#include <optional>
#include <span>

namespace livedesk::protocol {

template<typename E>
struct EnumName
{
    E value;
    const char *name;
};

template<typename E>
struct EnumTraits;

#define LIVEDESK_ENUM_TRAITS(Type, ...) \
    template<> \
    struct EnumTraits<Type> \
    { \
        static constexpr EnumName<Type> names[] = {__VA_ARGS__}; \
    };

LIVEDESK_ENUM_TRAITS(Modality, {Modality::Unspecified, "MODALITY_UNSPECIFIED"},
                     {Modality::Text, "TEXT"}, {Modality::Image, "IMAGE"},
                     {Modality::Audio, "AUDIO"}, {Modality::Video, "VIDEO"},
                     {Modality::Document, "DOCUMENT"})
LIVEDESK_ENUM_TRAITS(MediaResolution,
                     {MediaResolution::Unspecified, "MEDIA_RESOLUTION_UNSPECIFIED"},
                     {MediaResolution::Low, "MEDIA_RESOLUTION_LOW"},
                     {MediaResolution::Medium, "MEDIA_RESOLUTION_MEDIUM"},
                     {MediaResolution::High, "MEDIA_RESOLUTION_HIGH"})
LIVEDESK_ENUM_TRAITS(StartSensitivity,
                     {StartSensitivity::Unspecified, "START_SENSITIVITY_UNSPECIFIED"},
                     {StartSensitivity::High, "START_SENSITIVITY_HIGH"},
                     {StartSensitivity::Low, "START_SENSITIVITY_LOW"})
LIVEDESK_ENUM_TRAITS(EndSensitivity, {EndSensitivity::Unspecified, "END_SENSITIVITY_UNSPECIFIED"},
                     {EndSensitivity::High, "END_SENSITIVITY_HIGH"},
                     {EndSensitivity::Low, "END_SENSITIVITY_LOW"})
LIVEDESK_ENUM_TRAITS(ActivityHandling,
                     {ActivityHandling::Unspecified, "ACTIVITY_HANDLING_UNSPECIFIED"},
                     {ActivityHandling::StartOfActivityInterrupts, "START_OF_ACTIVITY_INTERRUPTS"},
                     {ActivityHandling::NoInterruption, "NO_INTERRUPTION"})
LIVEDESK_ENUM_TRAITS(TurnCoverage, {TurnCoverage::Unspecified, "TURN_COVERAGE_UNSPECIFIED"},
                     {TurnCoverage::IncludesOnlyActivity, "TURN_INCLUDES_ONLY_ACTIVITY"},
                     {TurnCoverage::IncludesAllInput, "TURN_INCLUDES_ALL_INPUT"},
                     {TurnCoverage::IncludesAudioActivityAndAllVideo,
                      "TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO"})
LIVEDESK_ENUM_TRAITS(Behavior, {Behavior::Unspecified, "UNSPECIFIED"},
                     {Behavior::Blocking, "BLOCKING"}, {Behavior::NonBlocking, "NON_BLOCKING"})
LIVEDESK_ENUM_TRAITS(Scheduling, {Scheduling::Unspecified, "SCHEDULING_UNSPECIFIED"},
                     {Scheduling::Silent, "SILENT"}, {Scheduling::WhenIdle, "WHEN_IDLE"},
                     {Scheduling::Interrupt, "INTERRUPT"})
LIVEDESK_ENUM_TRAITS(ThinkingLevel, {ThinkingLevel::Unspecified, "THINKING_LEVEL_UNSPECIFIED"},
                     {ThinkingLevel::Minimal, "MINIMAL"}, {ThinkingLevel::Low, "LOW"},
                     {ThinkingLevel::Medium, "MEDIUM"}, {ThinkingLevel::High, "HIGH"})
LIVEDESK_ENUM_TRAITS(VoiceActivityType, {VoiceActivityType::Unspecified, "TYPE_UNSPECIFIED"},
                     {VoiceActivityType::ActivityStart, "ACTIVITY_START"},
                     {VoiceActivityType::ActivityEnd, "ACTIVITY_END"})
LIVEDESK_ENUM_TRAITS(VadSignalType, {VadSignalType::Unspecified, "VAD_SIGNAL_TYPE_UNSPECIFIED"},
                     {VadSignalType::StartOfSpeech, "VAD_SIGNAL_TYPE_SOS"},
                     {VadSignalType::EndOfSpeech, "VAD_SIGNAL_TYPE_EOS"})

#undef LIVEDESK_ENUM_TRAITS

template<typename E>
QString enumToWire(E value)
{
    for (const auto &entry : EnumTraits<E>::names) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template<typename E>
std::optional<E> enumFromWire(QStringView name)
{
    for (const auto &entry : EnumTraits<E>::names) {
        if (name == QLatin1StringView(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace livedesk::protocol
