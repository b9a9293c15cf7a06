// AudioEngine: LiveDesk's voice, as one object the composition root (app/) wires to the session.
//
//   microphone ─▶ 16 kHz chunks (echo-cancelled, denoised, gain-controlled) ─▶ chunkCaptured
//   enqueueModelAudio(24 kHz) ─▶ jitter buffer ─▶ speech rate ─▶ speaker
//   local speech ─▶ barge-in (duck / stop) and, for client-driven turns, activityStarted/Ended
//
// Contract
// - Create, configure and call it on one thread with an event loop (the main thread). Every
//   signal is delivered on that thread. It never blocks for long: start(), stop() and device
//   switches wait for the device threads to open or close a device (milliseconds).
// - Threads (see docs/architecture.md): one capture and one playback device thread, which only
//   copy to or from pre-allocated single-producer/single-consumer rings ("ld-audio-in",
//   "ld-audio-out"), and one processing thread ("ld-audio-proc") for resampling, echo
//   cancellation, voice activity, barge-in, chunking and the jitter buffer.
// - Audio in: chunkCaptured() carries each chunkMs of 16 kHz mono s16le with the index of its
//   first sample and its capture time (steady clock). While muted, or in client-driven mode
//   outside an activity, no chunks are emitted. In client-driven mode the chunks of an activity
//   come after activityStarted() (the first ones are the pre-roll) and before activityEnded().
// - Audio out: enqueueModelAudio() takes the model's 24 kHz s16le mono bytes as they arrive
//   (bursts faster than real time are expected). Call turnComplete() on generationComplete or
//   turnComplete (either, or both), serverInterrupted() on serverContent.interrupted, and
//   stopPlayback() when the user presses talk: playback stops within one device period and a
//   short fade, and the rest of that model turn is dropped until the server's next turn boundary
//   or confirmWindowMs.
// - Levels and counters are polled (levels(), playback()); nothing is pushed per buffer.
// - Devices: empty ids follow the system default; a chosen device that disappears falls back to
//   the default without stopping (warning InputDeviceLost/OutputDeviceLost) and comes back when
//   it reappears. inputDevices()/outputDevices() list what is there.
// - Optional libraries: capabilities() says whether echo cancellation (WebRTC) and speech rate
//   (sonic) are available and, if not, why, in words for people; start() also emits the
//   corresponding warning once.
#pragma once

#include "audio/audiotypes.h"
#include "audio/pulsecapture.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QThread;

namespace livedesk::audio {

class AudioProcessor;
class CaptureDevice;
class RecordingTap;
class PlaybackDevice;
struct CaptureStream;
struct EngineMeters;
struct PlaybackStream;

class AudioEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Idle,
        Running,
        Failed, // start() could open neither device; errorOccurred() said why
    };
    Q_ENUM(State)

    explicit AudioEngine(QObject *parent = nullptr);
    ~AudioEngine() override;

    // --- configuration ---------------------------------------------------------------------
    // Empty when the settings are usable, else what is wrong (for people).
    static QString validate(const AudioEngineSettings &settings);
    // While running, processing switches, turn detection, barge-in, detector settings, chunk
    // length, pre-roll and speech rate apply at once, and changed device ids switch devices;
    // direction, device buffer sizes, fade and jitter-buffer sizes apply at the next start().
    bool setSettings(const AudioEngineSettings &settings);
    AudioEngineSettings settings() const { return m_settings; }

    static AudioCapabilities capabilities();

    // --- devices -----------------------------------------------------------------------------
    static QList<AudioDeviceInfo> inputDevices();
    static QList<AudioDeviceInfo> outputDevices();
    // Finds a device by exact id, else by case-insensitive description substring (for a
    // command line: --mic "USB"). Empty when none or more than one match.
    static std::optional<AudioDeviceInfo> findInputDevice(const QString &idOrName);
    static std::optional<AudioDeviceInfo> findOutputDevice(const QString &idOrName);
    // The device in use (empty id when none).
    AudioDeviceInfo currentInputDevice() const;
    AudioDeviceInfo currentOutputDevice() const;

    // --- lifecycle ---------------------------------------------------------------------------
    // Succeeds when at least one wanted device opened (a chosen device that cannot open falls
    // back to the default); a device that could not open is reported with warning(). Fails
    // (errorOccurred, state Failed) on invalid settings or when no device opened.
    bool start();
    void stop();
    State state() const { return m_state; }

    // --- recording ---------------------------------------------------------------------------
    // Feeds a recording (AudioRecorder::tap()) from the processing thread: the microphone after
    // echo cancellation and what the speaker played, aligned as heard. Takes effect at once when
    // running, else at start(); nullptr stops feeding. The engine keeps a reference only.
    void setRecordingTap(std::shared_ptr<RecordingTap> tap);

    // --- polled state ------------------------------------------------------------------------
    AudioLevels levels() const;
    PlaybackProgress playback() const;
    PlaybackTimings playbackTimings() const;
    // The echo canceller's line-up since the last reset (for benchmarks).
    EchoLineUp echoLineUp() const;
    void resetEchoLineUp();
    bool isMuted() const { return m_muted; }
    // 16 kHz samples the capture pipeline has processed (is the microphone delivering?).
    qint64 capturedSamples() const;
    // The capture time (steady µs) of the frame at which the detector last decided that speech
    // had started; 0 before any. For latency measurements.
    qint64 lastSpeechStartUs() const;
    // When (steady µs) the processing thread last ducked or stopped the model's voice for a
    // barge-in: the bargeIn() signal reaches other threads later, by however busy they are.
    qint64 lastBargeInActionUs() const;

public Q_SLOTS:
    // These act on a running engine; before start() and after stop() they do nothing.
    void enqueueModelAudio(const QByteArray &pcm24k);
    void turnComplete();
    void serverInterrupted();
    void stopPlayback();

    void setMuted(bool muted);
    void setSpeechRate(double rate); // clamped to 0.5…2.0
    void setBargeInMode(livedesk::audio::BargeInMode mode);
    void setTurnDetection(livedesk::audio::TurnDetection detection);
    void setVoiceProcessing(const livedesk::audio::VoiceProcessingOptions &options);
    // Empty id: follow the system default.
    void setInputDevice(const QByteArray &id);
    void setOutputDevice(const QByteArray &id);

Q_SIGNALS:
    void stateChanged(livedesk::audio::AudioEngine::State state);
    void chunkCaptured(const livedesk::audio::AudioChunk &chunk);
    void activityStarted();
    void activityEnded();
    void bargeIn(livedesk::audio::BargeInEvent event);
    // After a flush: how much of the interrupted turn the user heard, and how much had arrived
    // (24 kHz samples), e.g. to cut the transcript where the user stopped listening.
    void playbackInterrupted(qint64 heardSamples, qint64 receivedSamples);
    // A completed turn has played to its end.
    void playbackFinished(qint64 playedSamples);
    void devicesChanged();
    void inputDeviceChanged(const livedesk::audio::AudioDeviceInfo &device);
    void outputDeviceChanged(const livedesk::audio::AudioDeviceInfo &device);
    void warning(livedesk::audio::AudioWarning code, const QString &text);
    void errorOccurred(const QString &text);

private:
    void setState(State state);
    bool wantsCapture() const;
    bool wantsPlayback() const;
    QAudioDevice resolveInput() const;
    QAudioDevice resolveOutput() const;
    bool openInput(const QAudioDevice &device);
    // Real-time scheduling for one audio thread (realtime.h), as the settings ask; says once
    // when it is refused.
    void raiseThread(pid_t tid, const char *role);
    void closeInput();
    bool openOutput(const QAudioDevice &device);
    void closeOutput();
    void checkDevices();
    void onInputsChanged();
    void onOutputsChanged();
    void onInputFailed(const QString &reason);
    void onChunkReady(const livedesk::audio::AudioChunk &chunk);
    void onOutputFailed(const QString &reason);
    template<typename Function>
    void onProcessor(Function &&function);
    void wakePlayback();

    AudioEngineSettings m_settings;
    State m_state = State::Idle;
    bool m_muted = false;
    QMediaDevices m_mediaDevices;
    // Qt 6.4's PulseAudio back end keeps its device lists current but does not emit
    // QMediaDevices' change signals, so while running the engine also compares snapshots on a
    // timer (cheap: the lists are cached by Qt).
    QTimer *m_devicePoll = nullptr; // child
    QByteArrayList m_inputSnapshot;
    QByteArrayList m_outputSnapshot;

    std::unique_ptr<EngineMeters> m_meters;
    QThread *m_processingThread = nullptr; // owned; deleted in stop()
    QThread *m_captureThread = nullptr;
    QThread *m_playbackThread = nullptr;
    AudioProcessor *m_processor = nullptr; // lives on m_processingThread; deleted there
    CaptureDevice *m_captureDevice = nullptr; // lives on m_captureThread
    PlaybackDevice *m_playbackDevice = nullptr; // lives on m_playbackThread
    std::shared_ptr<CaptureStream> m_captureStream;
    // What the microphone's reader was last asked for (onChunkReady).
    PulseCapture::Fragments m_captureFragments = PulseCapture::Fragments::Short;
    std::shared_ptr<PlaybackStream> m_playbackStream;
    QAudioDevice m_input;
    QAudioDevice m_output;
    std::shared_ptr<RecordingTap> m_recordingTap;
};

} // namespace livedesk::audio
