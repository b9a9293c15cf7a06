// Energy-based voice activity detection on 16 kHz s16 mono, configured by the client's
// realtimeInputConfig.automaticActivityDetection (live-protocol.md §2.1, §4.2). The real service
// uses a neural detector; energy with hysteresis is enough to make turn-taking behave the same
// way for speech and silence, which is what clients are tested against.
#pragma once

#include "session/protocol/clientmessages.h"

#include <QList>

#include <cstdint>
#include <optional>
#include <span>

namespace livedesk::sim {

struct VadConfig
{
    bool disabled = false;
    double startThresholdDbfs = -45; // a 10 ms frame this loud counts as speech
    double endThresholdDbfs = -50; // while speaking, frames quieter than this count as silence
    int prefixPaddingMs = 20; // speech needed before start-of-speech is committed
    int silenceDurationMs = 600; // silence needed before end-of-speech is committed

    // The service's defaults on the Gemini API are HIGH sensitivity at both ends (SDK comments);
    // LOW start sensitivity needs louder and longer speech, LOW end sensitivity waits longer.
    static VadConfig fromSetup(const std::optional<protocol::AutomaticActivityDetection> &aad);
};

struct VadEvent
{
    enum class Type { None, SpeechStarted, SpeechEnded };
    Type type = Type::None;
    qint64 atMs = 0; // position in the audio fed so far
    qint64 speechMs = 0; // SpeechEnded: length of the speech, without the trailing silence
};

class EnergyVad
{
public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kFrameSamples = kSampleRate / 100; // 10 ms

    explicit EnergyVad(VadConfig config = {});

    const VadConfig &config() const { return m_config; }
    bool inSpeech() const { return m_state == State::Speech; }
    qint64 positionMs() const { return m_frames * 10; }

    // Feeds samples; returns the events they complete, in order.
    QList<VadEvent> process(std::span<const int16_t> samples);
    // The stream paused (audioStreamEnd): ends speech now, as if enough silence had followed.
    std::optional<VadEvent> flush();

private:
    enum class State { Silence, Speech };
    void processFrame(std::span<const int16_t> frame, QList<VadEvent> *events);

    VadConfig m_config;
    State m_state = State::Silence;
    qint64 m_frames = 0;
    int m_loudMs = 0; // consecutive loud time while silent
    int m_silentMs = 0; // consecutive quiet time while speaking
    qint64 m_speechStartMs = 0;
    int16_t m_partial[kFrameSamples] = {};
    int m_partialCount = 0;
};

} // namespace livedesk::sim
