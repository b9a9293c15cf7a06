// The audio processing thread's object. Every 5 ms it
//  1. takes what the speaker played (reference ring) → 16 kHz → the echo canceller's far end;
//  2. takes what the microphone delivered (capture ring) → mono → 16 kHz (soxr) → 10 ms frames →
//     echo cancellation / noise suppression / gain → voice activity → barge-in → chunks;
//  3. tops up the playback ring from the jitter buffer (speech rate, resampling to the device);
//  4. runs out barge-in windows and updates the meters.
// It owns no device: the engine attaches and detaches the device streams around device changes.
//
// Lives on the processing thread; every public method runs there (the engine calls them through
// queued or blocking-queued invocations) and its signals are emitted there (the engine forwards
// them to the main thread).
#pragma once

#include "audio/audiotypes.h"
#include "audio/bargein.h"
#include "audio/captureclock.h"
#include "audio/devicestreams.h"
#include "audio/farendresync.h"
#include "audio/playbackclock.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <deque>
#include <limits>
#include <memory>
#include <vector>

namespace livedesk::dsp {
class Resampler;
}

namespace livedesk::audio {

class CapturePipeline;
class PlaybackPipeline;
class RecordingTap;
struct EngineMeters;

class AudioProcessor : public QObject
{
    Q_OBJECT

public:
    // `meters` is not owned and outlives the processor.
    AudioProcessor(const AudioEngineSettings &settings, EngineMeters &meters,
                   QObject *parent = nullptr);
    ~AudioProcessor() override;

    void start();
    void stop();

    void attachCapture(std::shared_ptr<CaptureStream> stream);
    void detachCapture();
    void attachPlayback(std::shared_ptr<PlaybackStream> stream);
    void detachPlayback();

    void enqueueModelAudio(const QByteArray &pcm24k);
    void serverInterrupted();
    void turnComplete();
    void stopPlayback();
    void setSpeechRate(double rate);
    void setMuted(bool muted);
    // Applies what can change while running: processing switches, detector and barge-in
    // settings, chunk length, pre-roll, speech rate. Jitter-buffer settings apply at start.
    void applySettings(const AudioEngineSettings &settings);
    // Starts (tap) or stops (nullptr) feeding a recording: the cleaned microphone and what the
    // speaker played, aligned by the echo delay (recordingtap.h).
    void setRecordingTap(std::shared_ptr<RecordingTap> tap);

    // One processing step (the timer calls it; public for tests that drive time themselves).
    void tick();

Q_SIGNALS:
    void chunkReady(const livedesk::audio::AudioChunk &chunk);
    void activityStarted();
    void activityEnded();
    void bargeIn(livedesk::audio::BargeInEvent event);
    void playbackInterrupted(qint64 heardSamples, qint64 receivedSamples);
    void playbackFinished(qint64 playedSamples);
    void warning(livedesk::audio::AudioWarning code, const QString &text);

private:
    static constexpr int kPlaybackRingTargetMs = 40; // model audio queued ahead of the device
    // Where the echo is put in the canceller's far end once its lag is known (echodelay.h):
    // inside both cancellers' comfortable range (0.3 handles 20–60 ms without moving it; its
    // own correction starts beyond 96 ms). Lags from kEchoLagLowMs to the canceller's reach
    // (VoiceProcessor::echoReachMs(): 90 ms for 0.3, AEC3 finds its own) are left: every move
    // makes the canceller converge again, and two devices' clocks drift the lag by ~0.2 ms a
    // second (module-loopback's), so the band is wide and the target in it.
    static constexpr int kTargetEchoLagMs = 40;
    static constexpr int kEchoLagLowMs = 5;
    static constexpr int kMinLeadMs = -600; // the far-end queue holds a second

    struct PrerollFrame
    {
        std::array<int16_t, 160> samples;
        qint64 firstSample;
        qint64 captureTimeUs;
        bool speech;
    };

    void processReference();
    void processCapture();
    void processCaptureFrame(std::span<const float> frame16k);
    void onEchoLag(float lagMs);
    void topUpPlayback();
    void updatePlaybackBooks();
    void apply(const BargeInActions &actions);
    void flushPlayback();
    void appendToChunk(std::span<const int16_t> frame, qint64 firstSample, qint64 captureTimeUs,
                       bool speech);
    void emitChunk();
    void startActivity();
    void endActivity();
    bool modelSpeaking() const;
    int echoDelayMs() const;
    int cancellerDelayMs() const;
    qint64 captureTimeUs(qint64 sample16k);
    bool farEndLate(qint64 nearUs) const;
    // The far-end frame due before that microphone frame has not come, and one will (the
    // speaker is open, not corked): late, or after the wait, missing.
    bool farEndBehind(qint64 nearUs) const;
    void updateMeters();
    void publishLineUp();
    enum class TickPace { Normal, Quiet };
    void setTickMs(TickPace pace);

    AudioEngineSettings m_settings;
    EngineMeters &m_meters;
    QTimer m_timer;
    bool m_muted = false;

    std::unique_ptr<CapturePipeline> m_capturePipeline;
    BargeInController m_bargeIn;

    // capture
    std::shared_ptr<CaptureStream> m_capture;
    std::unique_ptr<dsp::Resampler> m_captureResampler;
    std::vector<char> m_captureBytes;
    std::vector<float> m_captureMono;
    std::vector<float> m_capture16k;
    std::vector<float> m_pending16k;
    std::array<int16_t, 160> m_frame {};
    uint64_t m_captureFramesIn = 0;
    qint64 m_samples16k = 0;
    CaptureClock m_captureClock;
    uint64_t m_stampedBytes = 0; // the capture ring's bytes that a stamp has timed
    qint64 m_captureStartSample16k = 0; // m_samples16k when this capture device opened
    qint64 m_lastNonZeroNs = 0;
    bool m_noSignalWarned = false;
    uint64_t m_droppedReported = 0;

    // reference
    std::unique_ptr<dsp::Resampler> m_referenceResampler;
    std::vector<float> m_referenceMono;
    std::vector<float> m_reference16k;
    std::vector<float> m_pendingReference16k;
    PlaybackClock m_playbackClock;
    uint64_t m_referenceStampedEnd = 0; // the speaker's frames that a stamp has timed
    uint64_t m_referenceFramesIn = 0; // device frames read from the reference ring
    qint64 m_reference16kOut = 0; // 16 kHz far-end samples made since the speaker opened
    FarEndResync m_farEnd; // the canceller's far end, lined up with the microphone
    int m_leadMoves = 0; // the far end's lead moved to put the echo at kTargetEchoLagMs
    bool m_farEndTimed = false; // the last far-end frame fed had a play time
    uint32_t m_stampedSuspensions = 0; // the speaker's suspension count at its latest stamp
    // The line-up's figures (EngineMeters), kept here and published once a tick.
    int m_farLeadMinUs = std::numeric_limits<int>::max();
    int m_farLeadMaxUs = std::numeric_limits<int>::min();
    int m_maxTickGapMs = 0;
    int m_echoLagMin = -1;
    int m_echoLagMax = -1;
    qint64 m_lastTickNs = 0;
    uint32_t m_lineUpResets = 0;
    int m_ticksToDelayReading = 0;

    // playback
    std::shared_ptr<PlaybackStream> m_playback;
    std::unique_ptr<PlaybackPipeline> m_playbackPipeline;
    std::vector<float> m_renderScratch;
    std::vector<int16_t> m_enqueueScratch;
    bool m_modelTurnOpen = false;
    bool m_awaitingFinish = false;
    bool m_interruptPending = false;
    uint32_t m_interruptFlushes = 0; // flushesDone value that completes the pending flush
    qint64 m_interruptReceived = 0;
    float m_gainTarget = 1.0f;

    // chunks
    QByteArray m_chunk;
    qint64 m_chunkFirstSample = 0;
    qint64 m_chunkTimeUs = 0;
    bool m_chunkSpeech = false;
    bool m_chunkQuiet = false; // every frame in it passed the quiet gate closed
    bool m_frameQuiet = false; // …the frame being processed
    std::deque<PrerollFrame> m_preroll;
    bool m_frameTaken = false; // the current frame already went out with the pre-roll

    std::shared_ptr<RecordingTap> m_recording; // null unless recording
};

} // namespace livedesk::audio
