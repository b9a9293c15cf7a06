// The playout buffer for the model's voice. The service delivers 24 kHz audio in bursts, often
// much faster than real time and sometimes late; this buffer turns that into an even stream.
//
// - Playback of a turn starts once `targetMs` of audio is buffered (the prebuffer, default 60 ms),
//   or at once when the turn is known to be complete.
// - The target grows only after an underrun (the buffer ran dry mid-turn), by `growStepMs` up to
//   `maxTargetMs`; a network that is late once is likely to be late again, while a target that
//   grows pre-emptively only adds delay for everyone. Each turn that plays without one gives a
//   step back, down to the prebuffer, so one late burst does not delay every later reply.
// - Every sample is counted: received, pulled for playout, dropped by a flush, and per turn, so
//   "how much of the model's words the user heard" is exact at this level.
//
// Single-threaded (the audio processing thread); allocation happens only when audio is pushed.
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <span>
#include <vector>

namespace livedesk::audio {

struct JitterBufferSettings
{
    int sampleRate = 24000;
    int prebufferMs = 60;
    int growStepMs = 40;
    int maxTargetMs = 400;
};

class JitterBuffer
{
public:
    enum class State {
        Idle, // nothing buffered and no turn in progress
        Buffering, // waiting for the target before (re)starting playout
        Playing,
        Draining, // the turn is complete: play out what is left, then Idle
    };

    explicit JitterBuffer(const JitterBufferSettings &settings = {});

    // Appends model audio. Audio pushed after markEndOfTurn() opens the next turn.
    void push(std::span<const int16_t> samples);
    // No more audio is coming for this turn (generationComplete / turnComplete): stop waiting
    // for the prebuffer and play out the rest.
    void markEndOfTurn();
    // Takes up to out.size() samples for playout; returns how many it wrote (0 while idle or
    // buffering). Running dry mid-turn while less than 10 ms is still queued further down the
    // output path (`queuedDownstream`, in samples at this rate) is an underrun: the listener is
    // about to hear a gap, so the target grows and playout waits for it.
    size_t pull(std::span<int16_t> out, qint64 queuedDownstream = 0);
    // Drops everything buffered and ends the turn; returns the samples dropped.
    qint64 flush();

    State state() const { return m_state; }
    bool isTurnOpen() const { return m_turnOpen; }
    qint64 bufferedSamples() const { return qint64(m_samples.size() - m_head); }
    int bufferedMs() const { return int(bufferedSamples() * 1000 / m_settings.sampleRate); }
    int targetMs() const { return m_targetMs; }
    int underruns() const { return m_underruns; }

    // Totals since construction, in samples at the buffer's rate.
    qint64 samplesReceived() const { return m_received; }
    qint64 samplesPulled() const { return m_pulled; }
    qint64 samplesDropped() const { return m_dropped; }
    // The current (or last) turn.
    qint64 turnSamplesReceived() const { return m_received - m_turnStart; }
    qint64 turnSamplesPulled() const { return m_turnPulled; }
    // Stream position of the next sample to be pulled (pulled + dropped).
    qint64 position() const { return m_pulled + m_dropped; }
    // Stream position where the current turn's audio starts.
    qint64 turnStartPosition() const { return m_turnStart; }

    const JitterBufferSettings &settings() const { return m_settings; }

private:
    qint64 targetSamples() const { return qint64(m_targetMs) * m_settings.sampleRate / 1000; }
    void compact();

    JitterBufferSettings m_settings;
    std::vector<int16_t> m_samples;
    size_t m_head = 0; // first unread sample in m_samples
    State m_state = State::Idle;
    bool m_turnOpen = false;
    bool m_turnUnderrun = false; // the current turn ran dry mid-turn
    int m_targetMs = 0;
    int m_underruns = 0;
    qint64 m_received = 0;
    qint64 m_pulled = 0;
    qint64 m_dropped = 0;
    qint64 m_turnStart = 0;
    qint64 m_turnPulled = 0;
};

} // namespace livedesk::audio
