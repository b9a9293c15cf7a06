#include "audio/voiceactivity.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace livedesk::audio {

namespace {

struct Biquad
{
    float b0, b1, b2, a1, a2;
};

// RBJ high-pass, 150 Hz, Q = 1/sqrt(2): removes hum and the low-frequency weight of pink noise,
// which would otherwise look periodic to the autocorrelation.
Biquad highPass150()
{
    const double w0 = 2.0 * std::numbers::pi * 150.0 / 16000.0;
    const double alpha = std::sin(w0) / (2.0 * std::numbers::sqrt2 / 2.0);
    const double c = std::cos(w0);
    const double a0 = 1.0 + alpha;
    return {float((1.0 + c) / 2.0 / a0), float(-(1.0 + c) / a0), float((1.0 + c) / 2.0 / a0),
            float(-2.0 * c / a0), float((1.0 - alpha) / a0)};
}

const Biquad kHighPass = highPass150();

constexpr int kMinLag = 20; // 400 Hz at 8 kHz
constexpr int kMaxLag = 160; // 50 Hz
constexpr float kFloorRiseDbPerFrame = 0.03f; // 3 dB/s: follows a fan, not a sentence

} // namespace

VoiceActivityDetector::VoiceActivityDetector(const VadSettings &settings)
    : m_settings(settings)
{ }

void VoiceActivityDetector::setSettings(const VadSettings &settings)
{
    m_settings = settings;
}

void VoiceActivityDetector::reset()
{
    m_x1 = m_x2 = m_y1 = m_y2 = 0;
    m_window.fill(0);
    m_floorInitialised = false;
    m_recent.fill(false);
    m_recentPos = 0;
    m_active = false;
    m_framesSinceSpeech = 0;
}

VoiceActivityDetector::Thresholds VoiceActivityDetector::thresholds() const
{
    switch (m_settings.sensitivity) {
    case VadSensitivity::Low:
        return {12.0f, -45.0f, 0.65f};
    case VadSensitivity::High:
        return {6.0f, -55.0f, 0.50f};
    case VadSensitivity::Unspecified:
    case VadSensitivity::Medium:
        break;
    }
    return {9.0f, -50.0f, 0.55f};
}

float VoiceActivityDetector::voicing() const
{
    // Peak normalised cross-correlation of the window with itself over voice pitch lags.
    float best = 0.0f;
    for (int lag = kMinLag; lag <= kMaxLag; ++lag) {
        double xy = 0, xx = 0, yy = 0;
        for (int i = 0; i + lag < kWindow; ++i) {
            const double a = m_window[size_t(i)];
            const double b = m_window[size_t(i + lag)];
            xy += a * b;
            xx += a * a;
            yy += b * b;
        }
        if (xx <= 0 || yy <= 0)
            continue;
        best = std::max(best, float(xy / std::sqrt(xx * yy)));
    }
    return best;
}

VadResult VoiceActivityDetector::process(std::span<const int16_t> frame,
                                         std::optional<bool> webrtcVoice, EchoGate echoGate)
{
    VadResult result;
    if (frame.size() != size_t(kFrameSamples))
        return result;

    // High-pass, measure energy, and decimate 2:1 into the analysis window (pitch lives well
    // below 4 kHz; the pair average is a sufficient anti-alias filter for a periodicity test).
    std::copy(m_window.begin() + kFrameSamples / 2, m_window.end(), m_window.begin());
    double energy = 0;
    for (int i = 0; i < kFrameSamples; i += 2) {
        float pair = 0;
        for (int k = 0; k < 2; ++k) {
            const float x = float(frame[size_t(i + k)]) / 32768.0f;
            const float y = kHighPass.b0 * x + kHighPass.b1 * m_x1 + kHighPass.b2 * m_x2
                            - kHighPass.a1 * m_y1 - kHighPass.a2 * m_y2;
            m_x2 = m_x1;
            m_x1 = x;
            m_y2 = m_y1;
            m_y1 = y;
            energy += double(y) * y;
            pair += y;
        }
        m_window[size_t(kWindow - kFrameSamples / 2 + i / 2)] = pair * 0.5f;
    }
    // Denormals in the filter state would cost more than the whole detector.
    if (std::abs(m_y1) < 1e-20f)
        m_y1 = 0;
    if (std::abs(m_y2) < 1e-20f)
        m_y2 = 0;

    const float energyDb = float(10.0 * std::log10(energy / kFrameSamples + 1e-12));
    if (!m_floorInitialised) {
        m_noiseFloorDb = energyDb;
        m_floorInitialised = true;
    } else if (energyDb < m_noiseFloorDb) {
        m_noiseFloorDb = 0.5f * (m_noiseFloorDb + energyDb);
    } else {
        m_noiseFloorDb += kFloorRiseDbPerFrame;
    }
    m_noiseFloorDb = std::max(m_noiseFloorDb, -100.0f);

    const Thresholds t = thresholds();
    result.energyDbfs = energyDb;
    result.noiseFloorDbfs = m_noiseFloorDb;
    const bool loudEnough = energyDb > t.absoluteDbfs && energyDb > m_noiseFloorDb + t.marginDb
                            && echoGate == EchoGate::Open;
    if (loudEnough) {
        result.voicing = voicing();
        const float needed = (webrtcVoice.has_value() && !*webrtcVoice) ? t.voicing + 0.2f
                                                                        : t.voicing;
        result.speechFrame = result.voicing >= needed;
    }

    // Onset: minSpeechMs worth of speech frames within a window half again as long, so the
    // unvoiced consonants inside a word do not reset the count.
    const int needFrames = std::clamp(m_settings.minSpeechMs / 10, 1, kHistoryFrames * 2 / 3);
    const int windowFrames = std::min(kHistoryFrames, needFrames + (needFrames + 1) / 2);
    m_recent[size_t(m_recentPos)] = result.speechFrame;
    m_recentPos = (m_recentPos + 1) % kHistoryFrames;
    int count = 0;
    for (int k = 1; k <= windowFrames; ++k)
        count += m_recent[size_t((m_recentPos - k + kHistoryFrames) % kHistoryFrames)] ? 1 : 0;

    if (result.speechFrame)
        m_framesSinceSpeech = 0;
    else
        ++m_framesSinceSpeech;

    if (!m_active && count >= needFrames) {
        m_active = true;
        result.event = VadEvent::SpeechStarted;
    } else if (m_active && m_framesSinceSpeech * 10 >= m_settings.hangoverMs) {
        m_active = false;
        result.event = VadEvent::SpeechEnded;
    }
    result.active = m_active;
    return result;
}

} // namespace livedesk::audio
