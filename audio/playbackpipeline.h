// The processing thread's half of the output path: model audio (24 kHz s16 mono) → jitter buffer
// → speech-rate change (sonic) → resampling to the device rate (soxr) → mono float frames for
// the playback ring. The device thread's half is PlaybackRenderer.
//
// It also keeps the books that map what the device played back to the model's samples, so the
// UI can tell how much of a turn the user actually heard.
//
// Single-threaded (the audio processing thread).
#pragma once

#include "audio/dsp/resampler.h"
#include "audio/jitterbuffer.h"
#include "audio/speechrate.h"

#include <deque>
#include <memory>
#include <span>
#include <vector>

namespace livedesk::audio {

class PlaybackPipeline
{
public:
    static constexpr int kModelSampleRate = 24000;

    PlaybackPipeline(const JitterBufferSettings &jitter, int deviceRate, double speechRate);

    // A new output device (rate) — what is in flight after the jitter buffer is dropped.
    void setDeviceRate(int deviceRate);
    int deviceRate() const { return m_deviceRate; }
    void setSpeechRate(double rate);
    double speechRate() const { return m_rate.rate(); }

    void enqueue(std::span<const int16_t> model24k);
    void endOfTurn();
    // Drops everything not yet handed to the ring; returns the model samples dropped from the
    // jitter buffer.
    qint64 flush();

    // Produces up to out.size() device-rate frames; fewer (maybe none) while buffering or idle.
    // `queuedDeviceFrames`: what is still queued after this pipeline (the playback ring), so a
    // momentarily empty jitter buffer is not taken for an underrun while audio still plays.
    size_t render(std::span<float> out, size_t queuedDeviceFrames = 0);

    // Model audio is buffered or in flight inside this pipeline.
    bool hasPendingAudio() const;

    // Books for played-sample counting: call after writing `frames` rendered frames at ring
    // index `ringIndexAfter`; then ask where the device has got to.
    void noteWritten(uint64_t ringIndexAfter);
    // Model-stream position (24 kHz samples since the start) of the audio the device has played
    // up to ring index `playedRingIndex`.
    qint64 positionAt(uint64_t playedRingIndex);

    const JitterBuffer &jitter() const { return m_jitter; }

private:
    size_t takeStaged(std::span<float> out);
    void resetConverters();

    JitterBuffer m_jitter;
    SpeechRateChanger m_rate;
    std::unique_ptr<dsp::Resampler> m_resampler; // null when the device runs at 24 kHz
    int m_deviceRate;
    std::vector<int16_t> m_pull;
    std::vector<float> m_model;
    std::vector<float> m_rated;
    std::vector<float> m_stage; // resampled frames not yet rendered
    size_t m_stageHead = 0;
    bool m_tailPending = false; // audio went in since the last drain of sonic/soxr

    // Model-sample equivalent of everything rendered so far, and checkpoints that tie ring
    // indices to it.
    double m_renderedPosition = 0;
    struct Checkpoint
    {
        uint64_t ringIndex;
        double position;
    };
    std::deque<Checkpoint> m_checkpoints;
    uint64_t m_lastRingIndex = 0;
    double m_lastPosition = 0;
};

} // namespace livedesk::audio
