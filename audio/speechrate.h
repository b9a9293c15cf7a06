// Changes how fast the model speaks, 0.5× to 2.0×, without changing its pitch, with libsonic
// (pitch-synchronous overlap-add tuned for speech). The rate can change at any moment, including
// mid-sentence; sonic applies it from the next pitch period.
//
// Built without sonic (LIVEDESK_HAVE_SONIC unset) the changer passes audio through unchanged,
// isAvailable() is false and unavailableReason() says why, so the UI can grey out the control.
//
// Single-threaded. Works on mono float samples at one fixed rate.
#pragma once

#include <QString>

#include <span>
#include <vector>

struct sonicStreamStruct;

namespace livedesk::audio {

class SpeechRateChanger
{
public:
    static constexpr double kMinRate = 0.5;
    static constexpr double kMaxRate = 2.0;

    explicit SpeechRateChanger(int sampleRate);
    ~SpeechRateChanger();
    SpeechRateChanger(const SpeechRateChanger &) = delete;
    SpeechRateChanger &operator=(const SpeechRateChanger &) = delete;

    static bool isAvailable();
    static QString unavailableReason();

    // Clamped to [kMinRate, kMaxRate]; ignored (stays 1.0) when sonic is unavailable.
    void setRate(double rate);
    double rate() const { return m_rate; }

    // Feeds input; the changed audio is then available from read().
    void write(std::span<const float> samples);
    // Takes up to out.size() changed samples; returns how many.
    size_t read(std::span<float> out);
    size_t available() const;
    // Pushes the tail through (end of a turn) so read() returns everything.
    void drain();
    // Forgets everything (a flush).
    void clear();

private:
    int m_sampleRate;
    double m_rate = 1.0;
    sonicStreamStruct *m_stream = nullptr; // owned
    std::vector<float> m_passthrough; // used when sonic is unavailable
    size_t m_passthroughHead = 0;
};

} // namespace livedesk::audio
