// The quiet gate: a cheap energy detector ahead of the microphone's audio processing, so that an
// open microphone in a quiet room costs (almost) nothing while nobody speaks and the model is
// silent.
//
// Noise suppression, gain control and voice detection (the WebRTC module, then our detector)
// cost the processing thread ~2 CPU-s per minute on room noise, every 10 ms frame, although in
// a pause there is nothing in that noise for them to find. The gate measures each raw frame's
// level against an adaptive noise floor (the lowest frame level over the last ~2 s: minimum
// statistics, which follow the noise under speech because speech has gaps). It closes when, for
// `holdMs`, every frame stayed within `marginDb` of the floor, the far end was silent and the
// voice detector was outside a speech segment; while closed, the processing is skipped and the
// frames pass through raw. The first frame above floor + margin (or a far end that plays) opens
// it at once; the raw frames it held while closed (the last `kPrerollFrames`, 300 ms) are then
// handed out for the processing to run through first, so the noise suppressor and the gain meet
// the onset with the room's current state and nothing of a quiet voice's start is clipped.
// Whoever sends the audio (app/conversationbridge) keeps its own pre-roll of the chunks it held.
//
// Single-threaded (the audio processing thread); no allocation, no lock, no log: the pre-roll
// is a fixed ring.
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace livedesk::audio {

struct QuietGateSettings
{
    float marginDb = 6.0f; // above the floor: a frame this much louder opens the gate
    int holdMs = 600; // quiet needed before it closes
};

class QuietGate
{
public:
    static constexpr int kFrameSamples = 160; // 10 ms at 16 kHz
    static constexpr int kPrerollFrames = 30; // 300 ms

    enum class Mode { On, Off }; // Off: always open (the processing sees every frame)
    enum class State { Open, Closed };
    enum class FarEnd { Silent, Playing };
    enum class Voice { Inactive, Active }; // the voice detector's speech segment

    using Settings = QuietGateSettings;

    explicit QuietGate(Mode mode = Mode::On, const Settings &settings = {});

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    const Settings &settings() const { return m_settings; }

    // Decides for one raw 10 ms frame (before any processing) whose level is `rawDbfs`.
    // Returns the state for this frame. When it opens, opened() is true for this frame and
    // preroll() holds the raw frames from before it, oldest first.
    State process(std::span<const int16_t> raw, float rawDbfs, FarEnd farEnd, Voice voice);

    State state() const { return m_state; }
    bool opened() const { return m_opened; }
    // The raw frames held while closed, oldest first (at most kPrerollFrames). Valid until the
    // next process().
    int prerollFrames() const { return m_opened ? m_heldCount : 0; }
    std::span<const int16_t> prerollFrame(int index) const;
    float noiseFloorDbfs() const { return m_floorDbfs; }
    // Figures: frames the processing skipped, and how often the gate opened.
    int64_t closedFrames() const { return m_closedFrames; }
    int64_t openings() const { return m_openings; }

    void reset();

private:
    static constexpr int kBlockFrames = 25; // 250 ms per minimum block
    static constexpr int kBlocks = 8; // the floor is the minimum over the last 2 s
    static constexpr float kLowestFloorDbfs = -100.0f;

    void trackFloor(float rawDbfs);

    Mode m_mode;
    Settings m_settings;
    State m_state = State::Open;
    bool m_opened = false;
    int m_quietFrames = 0;

    // Minimum statistics: the lowest level of each 250 ms block, the last kBlocks of them.
    std::array<float, kBlocks> m_blockMin {};
    int m_blockPos = 0;
    int m_blocksFilled = 0;
    float m_currentMin = 0.0f;
    int m_currentFrames = 0;
    float m_floorDbfs = kLowestFloorDbfs;

    // The pre-roll: a ring of raw frames held while closed.
    std::array<std::array<int16_t, kFrameSamples>, kPrerollFrames> m_held {};
    int m_heldStart = 0;
    int m_heldCount = 0;

    int64_t m_closedFrames = 0;
    int64_t m_openings = 0;
};

} // namespace livedesk::audio
