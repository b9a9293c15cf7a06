// Voice activity on the cleaned 16 kHz microphone signal, 10 ms at a time.
//
// A frame counts as speech when three things agree:
//  - energy: above the tracked noise floor by a margin and above an absolute floor;
//  - voicing: the signal is periodic at a voice pitch (normalised autocorrelation peak over
//    50–400 Hz after a 150 Hz high-pass). This is what keeps white and pink noise, fans and
//    keyboard clicks out: they can be as loud as speech but they have no pitch;
//  - WebRTC's detector (run inside the audio processing module, when present) — a frame it
//    rejects needs clearly stronger voicing.
// Speech starts when `minSpeechMs` of speech frames fall within a short window, and ends after
// `hangoverMs` without one. Sensitivity moves the margins and the voicing threshold together.
//
// Single-threaded; no allocation after construction.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace livedesk::audio {

enum class VadSensitivity { Unspecified, Low, Medium, High };

struct VadSettings
{
    VadSensitivity sensitivity = VadSensitivity::Medium;
    int minSpeechMs = 40;
    int hangoverMs = 300;
};

enum class VadEvent { None, SpeechStarted, SpeechEnded };

struct VadResult
{
    bool speechFrame = false; // this frame looks like speech
    bool active = false; // inside a speech segment (after onset, before the hangover ran out)
    VadEvent event = VadEvent::None;
    float energyDbfs = -120.0f;
    float noiseFloorDbfs = -120.0f;
    float voicing = 0.0f; // 0…1
};

class VoiceActivityDetector
{
public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kFrameSamples = 160;

    explicit VoiceActivityDetector(const VadSettings &settings = {});

    void setSettings(const VadSettings &settings);
    const VadSettings &settings() const { return m_settings; }

    // `webrtcVoice`: the WebRTC detector's verdict on the same frame, when it ran.
    // `echoGate`: Closed when the frame could be nothing but the speaker's echo (the capture
    // pipeline decides); such a frame is never speech.
    enum class EchoGate { Open, Closed };
    VadResult process(std::span<const int16_t> frame, std::optional<bool> webrtcVoice = {},
                      EchoGate echoGate = EchoGate::Open);
    void reset();

    bool isActive() const { return m_active; }

private:
    struct Thresholds
    {
        float marginDb;
        float absoluteDbfs;
        float voicing;
    };
    Thresholds thresholds() const;
    float voicing() const;

    static constexpr int kWindow = 240; // 30 ms at the 8 kHz analysis rate
    static constexpr int kHistoryFrames = 32; // onset window upper bound (320 ms)

    VadSettings m_settings;
    // 150 Hz high-pass biquad state
    float m_x1 = 0, m_x2 = 0, m_y1 = 0, m_y2 = 0;
    std::array<float, kWindow> m_window {}; // decimated, high-passed history
    float m_noiseFloorDb = 0;
    bool m_floorInitialised = false;
    std::array<bool, kHistoryFrames> m_recent {};
    int m_recentPos = 0;
    bool m_active = false;
    int m_framesSinceSpeech = 0;
};

} // namespace livedesk::audio
