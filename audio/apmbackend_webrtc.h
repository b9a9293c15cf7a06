// What the two library backends (apmbackend_webrtc03.cpp, apmbackend_webrtc1.cpp) share: the
// calls that did not change from webrtc-audio-processing 0.3 to 1.x and 2.x (Initialize,
// ProcessReverseStream and ProcessStream on 10 ms of 16 kHz mono float, the stream delay), on the
// three instances apmbackend.h describes, and the gain control's hold in the echo window. How an instance is made and configured, and what it
// reports, differ by generation and stay in each backend.
//
// Included after the generation's audio_processing.h, whose path differs (webrtc/modules/… in
// 0.3, modules/… in 1.x), so that each backend names its own.
#pragma once

#include "audio/apmbackend.h"
#include "audio/logging.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace livedesk::audio {

// Handle: how the generation holds an instance (std::unique_ptr in 0.3, rtc::scoped_refptr in
// 1.x and 2.x).
template<typename Handle>
class WebrtcApmBackend : public ApmBackend
{
public:
    bool analyzeRender(std::span<const float> frame) final
    {
        return analyzeRenderOn(*m_echo, frame);
    }

    bool analyzeRenderForGain(std::span<const float> frame) final
    {
        float peak = 0;
        for (float s : frame)
            peak = std::max(peak, std::abs(s));
        m_farQuietMs = peak > kFarSilentPeak ? 0 : std::min(m_farQuietMs + 10, kFarQuietCapMs);
        // The gain instance is not fed in the echo window, its near end neither: it resumes
        // with both where they were. Outside it, the far end is silence and says nothing.
        return true;
    }

    bool gainHeld() const final { return m_automaticGain && echoWindowOpen(); }
    float heldGainDb() const final { return m_heldGainDb; }

protected:
    WebrtcApmBackend(Handle echo, Handle voice, Handle gain)
        : m_echo(std::move(echo))
        , m_voice(std::move(voice))
        , m_gain(std::move(gain))
    {
        initialize(*m_echo);
        initialize(*m_voice);
        initialize(*m_gain);
    }

    // The canceller's near end, told how late the far end reached it (the library takes 0-500).
    bool processEchoStream(std::span<const float> in, std::span<float> out, int streamDelayMs)
    {
        m_streamDelayMs = std::clamp(streamDelayMs, 0, 500);
        m_echo->set_stream_delay_ms(m_streamDelayMs);
        return processStream(*m_echo, in, out);
    }

    // The gain control on a frame the voice instance has cleaned: the gain instance outside the
    // echo window, which also learns the gain it gives the user's speech; inside, that gain for
    // a residual echo's frames, the gain instance for louder ones.
    bool applyGain(std::span<const float> in, std::span<float> out)
    {
        if (!m_automaticGain) {
            std::copy(in.begin(), in.end(), out.begin());
            return true;
        }
        double inPower = 0;
        for (float s : in)
            inPower += double(s) * s;
        inPower /= double(in.size());
        if (echoWindowOpen() && inPower < kResidualCeilingPower) {
            for (size_t i = 0; i < in.size(); ++i)
                out[i] = std::clamp(in[i] * m_heldGain, -1.0f, 1.0f);
            return true;
        }
        if (!processStream(*m_gain, in, out))
            return false;
        double outPower = 0;
        for (float s : out)
            outPower += double(s) * s;
        if (inPower > kLearnFromPower) {
            // Only frames loud enough to be someone talking: on the room's noise an adaptive
            // gain can stand far higher, and held over an echo window it would lift the echo.
            const double gainDb
                    = std::clamp(10.0 * std::log10(outPower / double(in.size()) / inPower + 1e-12),
                                 -20.0, 30.0);
            m_heldGainDb += kLearnRate * (float(gainDb) - m_heldGainDb);
            m_heldGain = std::pow(10.0f, std::min(m_heldGainDb, kMaxHeldGainDb) / 20.0f);
        }
        return true;
    }

    void setAutomaticGain(bool on) { m_automaticGain = on; }

    bool processStream(webrtc::AudioProcessing &apm, std::span<const float> in, std::span<float> out)
    {
        const float *src[] = {in.data()};
        float *dst[] = {out.data()};
        const int error = apm.ProcessStream(src, m_stream, m_stream, dst);
        // kBadStreamParameterWarning only says the delay was clamped; the frame is processed.
        return error == 0 || error == webrtc::AudioProcessing::kBadStreamParameterWarning;
    }

    Handle m_echo; // the canceller alone
    Handle m_voice; // high-pass, noise, voice detection
    Handle m_gain; // the gain control alone

private:
    // A far-end frame whose peak is at most this (about −70 dBFS, as VoiceProcessor's) has
    // nothing to echo.
    static constexpr float kFarSilentPeak = 10.0f / 32768.0f;
    // How long the echo of the last far-end sound can still reach the microphone after the
    // stream delay: VoiceProcessor::kEchoTailMs, the way through the air, then the room.
    static constexpr int kEchoTailMs = VoiceProcessor::kEchoTailMs;
    static constexpr int kFarQuietCapMs = 60'000;
    static constexpr double kLearnFromPower = 1e-5; // −50 dBFS
    // In the echo window, a frame quieter than this is what the canceller left of the echo (25
    // dB below a −20 dBFS echo) and gets the held gain; a louder one is the user talking over
    // the model and goes through the gain control as always, or they would be sent 10 dB quieter
    // than they were heard before (AEC3 then missed 2 of 7 double-talk stretches).
    static constexpr double kResidualCeilingPower = 3.2e-5; // −45 dBFS
    static constexpr float kLearnRate = 0.05f; // per frame: about 200 ms of speech
    // The held gain never lifts: whatever the user's speech got, the residual echo in the window
    // would get too (+9 dB for a user at −30 dBFS here, +25 dB for a quiet one), and the
    // canceller's work would be undone by as much. A louder user's attenuation is held.
    static constexpr float kMaxHeldGainDb = 0.0f;

    bool echoWindowOpen() const { return m_farQuietMs <= m_streamDelayMs + kEchoTailMs; }

    void initialize(webrtc::AudioProcessing &apm)
    {
        webrtc::ProcessingConfig processing;
        processing.input_stream() = m_stream;
        processing.output_stream() = m_stream;
        processing.reverse_input_stream() = m_stream;
        processing.reverse_output_stream() = m_stream;
        if (const int error = apm.Initialize(processing); error != 0)
            qCWarning(lcAudio) << "audio processing: Initialize failed with" << error;
    }

    bool analyzeRenderOn(webrtc::AudioProcessing &apm, std::span<const float> frame)
    {
        const float *src[] = {frame.data()};
        float *dst[] = {m_scratch.data()};
        return apm.ProcessReverseStream(src, m_stream, m_stream, dst) == 0;
    }

    webrtc::StreamConfig m_stream {VoiceProcessor::kSampleRate, 1};
    std::array<float, VoiceProcessor::kFrameSamples> m_scratch {};
    bool m_automaticGain = false;
    int m_streamDelayMs = 0;
    int m_farQuietMs = kFarQuietCapMs; // since the far end last sounded, saturating
    float m_heldGainDb = 0.0f; // the gain the user's speech got outside the echo window
    float m_heldGain = 1.0f;
};

} // namespace livedesk::audio
