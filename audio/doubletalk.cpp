#include "audio/doubletalk.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace livedesk::audio {

namespace {

constexpr float kSampleRate = 16000.0f;
// Sixth-octave bands from 250 Hz to 4 kHz.
float centreHz(int band)
{
    return 250.0f * std::pow(2.0f, float(band) / 6.0f);
}
constexpr float kBandQ = 8.65f; // a sixth of an octave wide
constexpr float kFloorDbfs = -100.0f;
// A band the far end leaves this quiet at the microphone is noise, not a user above the echo.
constexpr float kBandAudibleDbfs = -65.0f;
// Reverberation: older far-end frames may still echo, well below the direct sound (a speaker an
// arm's length away) and less the further back (a living room's ~0.4 s to −60 dB).
constexpr int kTailFrames = 20;
constexpr float kTailBelowDirectDb = 10.0f;
constexpr float kTailDecayDbPerFrame = 1.5f;
// The path: a peak that decays slowly (a room changes slowly) and, after the first second,
// rises only a little per frame above what it was (a user held for echo must not raise it).
constexpr float kPathDecayDbPerFrame = 0.02f;
constexpr float kPathRiseDbPerFrame = 0.05f;
constexpr float kPathMinDb = -60.0f;
constexpr float kPathMaxDb = 20.0f;
constexpr float kUnlearntPathDb = 0.0f;
// Until echo alone has shown how little it strays above the expectation: a 6 dB margin, which
// comes down to the least only as the echo keeps within it (a dry path: in ~10 s).
constexpr float kUnlearntMarginDb = 6.0f;
constexpr float kUnlearntExcessDb = kUnlearntMarginDb - DoubleTalkDetector::kExcessSlackDb;
constexpr float kExcessDecayDbPerFrame = 0.002f; // 0.2 dB/s: a room's reverberation stays
// EchoDelayEstimator's lag is right to the sample and follows module-loopback's drift (well
// under a millisecond a second) within seconds: the frames around it hold the echo.
constexpr int kLagSlackFrames = 1;

float toDb(double energy)
{
    return std::max(kFloorDbfs, float(10.0 * std::log10(energy + 1e-12)));
}

} // namespace

DoubleTalkDetector::DoubleTalkDetector()
{
    // Band-passes with 0 dB peak gain (the audio EQ cookbook).
    for (int b = 0; b < kBands; ++b) {
        const float w0 = 2.0f * std::numbers::pi_v<float> * centreHz(b) / kSampleRate;
        const float alpha = std::sin(w0) / (2.0f * kBandQ);
        const float a0 = 1.0f + alpha;
        Biquad &f = m_filters[size_t(b)];
        f.b0 = alpha / a0;
        f.b1 = 0.0f;
        f.b2 = -alpha / a0;
        f.a1 = -2.0f * std::cos(w0) / a0;
        f.a2 = (1.0f - alpha) / a0;
    }
    for (Bands &frame : m_far)
        frame.fill(kFloorDbfs);
    m_pathDb.fill(kUnlearntPathDb);
    m_excessDb.fill(kUnlearntExcessDb);
}

float DoubleTalkDetector::marginDb(int band) const
{
    return std::clamp(m_excessDb[size_t(band)] + kExcessSlackDb, kMinMarginDb, kMaxMarginDb);
}

void DoubleTalkDetector::analyse(std::span<const int16_t> frame, std::array<State, kBands> &states,
                                 Bands &out) const
{
    for (int b = 0; b < kBands; ++b) {
        const Biquad &f = m_filters[size_t(b)];
        State &s = states[size_t(b)];
        double energy = 0;
        for (int16_t sample : frame) {
            const float x = float(sample) / 32768.0f;
            const float y = f.b0 * x + f.b1 * s.x1 + f.b2 * s.x2 - f.a1 * s.y1 - f.a2 * s.y2;
            s.x2 = s.x1;
            s.x1 = x;
            s.y2 = s.y1;
            s.y1 = y;
            energy += double(y) * y;
        }
        // Denormals in the filter state would cost more than the filter.
        if (std::abs(s.y1) < 1e-20f)
            s.y1 = 0;
        if (std::abs(s.y2) < 1e-20f)
            s.y2 = 0;
        out[size_t(b)] = toDb(energy / double(std::max<size_t>(frame.size(), 1)));
    }
}

void DoubleTalkDetector::pushFar(std::span<const int16_t> frame)
{
    // Digital silence into filters at rest (their state flushed to zero) leaves them at rest:
    // nothing to filter, 100 times a second while nobody speaks.
    const bool atRest = std::all_of(m_farState.begin(), m_farState.end(), [](const State &s) {
        return s.x1 == 0 && s.x2 == 0 && s.y1 == 0 && s.y2 == 0;
    });
    if (atRest && std::all_of(frame.begin(), frame.end(), [](int16_t v) { return v == 0; })) {
        m_far[size_t(m_farPos)].fill(kFloorDbfs);
        m_farPos = (m_farPos + 1) % kHistoryFrames;
        return;
    }
    analyse(frame, m_farState, m_far[size_t(m_farPos)]);
    m_farPos = (m_farPos + 1) % kHistoryFrames;
}

void DoubleTalkDetector::expectedFar(int lagSamples, int echoDelayMs, Bands &out) const
{
    // Age 0 is the newest far frame; the frame that echoes in this microphone frame is about
    // lag / frame old.
    int from = 0;
    int to = std::clamp(echoDelayMs / 10 + 25, 0, kHistoryFrames - 1);
    if (lagSamples >= 0) {
        // The frames the microphone frame's echo comes from (one or two), and kLagSlackFrames
        // either side.
        from = std::max(0, lagSamples / kFrameSamples - kLagSlackFrames);
        to = std::min(kHistoryFrames - 1,
                      (lagSamples + kFrameSamples - 1) / kFrameSamples + kLagSlackFrames);
    }
    out.fill(kFloorDbfs);
    const int last = std::min(kHistoryFrames - 1, to + kTailFrames);
    for (int age = from; age <= last; ++age) {
        const Bands &far = m_far[size_t((m_farPos - 1 - age + 2 * kHistoryFrames) % kHistoryFrames)];
        const float tail = age > to ? kTailBelowDirectDb + kTailDecayDbPerFrame * float(age - to)
                                    : 0.0f;
        for (int b = 0; b < kBands; ++b)
            out[size_t(b)] = std::max(out[size_t(b)], far[size_t(b)] - tail);
    }
}

bool DoubleTalkDetector::measure(std::span<const int16_t> microphone, int lagSamples,
                                 int echoDelayMs)
{
    analyse(microphone, m_micState, m_mic);
    expectedFar(lagSamples, echoDelayMs, m_expectedFar);
    m_lagKnown = lagSamples >= 0;

    double total = 0;
    for (int16_t s : microphone)
        total += double(s) * s;
    const float micDbfs = toDb(
            total / (double(std::max<size_t>(microphone.size(), 1)) * 32768.0 * 32768.0));

    m_bandsAbove = 0;
    for (int b = 0; b < kBands; ++b) {
        const float expected = m_expectedFar[size_t(b)] + m_pathDb[size_t(b)];
        if (m_mic[size_t(b)] > kBandAudibleDbfs && m_mic[size_t(b)] > expected + marginDb(b))
            ++m_bandsAbove;
    }
    m_candidate = learnt() && micDbfs > kLoudEnoughDbfs && m_bandsAbove >= kBandsNeeded;
    return m_candidate;
}

bool DoubleTalkDetector::decide(Frame frame, Waveform waveform)
{
    const bool above = m_candidate && waveform != Waveform::FarEnd;
    const bool wasDoubleTalk = doubleTalk();
    m_run = above ? m_run + 1 : 0;

    // The path is learnt only against the window it is used with: learnt over the whole
    // window (lag unknown, the loudest of 30 far frames) it came out several dB low, and once
    // the lag was known every louder stretch of echo stood out of it (bench_selfinterrupt: up
    // to 3 local false barge-ins a turn in a run's first dozen turns).
    if (frame == Frame::EchoAlone && !m_candidate && m_lagKnown) {
        const bool learning = !learnt();
        bool measured = false;
        for (int b = 0; b < kBands; ++b) {
            const float far = m_expectedFar[size_t(b)];
            const float mic = m_mic[size_t(b)];
            // Only where the far end puts enough into the band to be heard over the noise.
            if (far <= kBandAudibleDbfs + 10.0f || mic <= kBandAudibleDbfs)
                continue;
            measured = true;
            const float path = std::clamp(mic - far, kPathMinDb, kPathMaxDb);
            float &p = m_pathDb[size_t(b)];
            // Against the path as it stood when the frame was measured.
            if (!learning) {
                float &e = m_excessDb[size_t(b)];
                e = std::max(std::min(mic - (far + p), kMaxMarginDb), e - kExcessDecayDbPerFrame);
            }
            const float rise = learning ? path : std::min(path, p + kPathRiseDbPerFrame);
            // The band's first measurement replaces the unlearnt guess rather than a peak over it.
            p = m_bandFrames[size_t(b)]++ == 0 ? path : std::max(rise, p - kPathDecayDbPerFrame);
        }
        m_learningFrames += measured && learning ? 1 : 0;
    }
    return !wasDoubleTalk && doubleTalk();
}

bool DoubleTalkDetector::process(std::span<const int16_t> microphone, int lagSamples,
                                 int echoDelayMs, Frame frame)
{
    measure(microphone, lagSamples, echoDelayMs);
    return decide(frame, Waveform::Unknown);
}

} // namespace livedesk::audio
