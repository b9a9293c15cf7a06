// The two device-thread objects. Each lives on its own thread (created and destroyed there by
// the engine) and owns the Qt Multimedia object for one device.
//
// Thread contract: their audio paths (CaptureDevice::readAvailable, PlaybackDevice::pump) only
// copy between the device and pre-allocated rings, convert sample formats and scale — no
// allocation, no locks of ours, no logging, no signals. Qt's PulseAudio/CoreAudio/WASAPI
// back ends take their own internal locks inside read()/write(); that is the platform's business.
// start()/stop() run on the same thread, called by the engine with a blocking queued call, and
// may allocate.
#pragma once

#include "audio/devicestreams.h"
#include "audio/pulsecapture.h"

#include <QAudioDevice>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QAudioSource;
class QAudioSink;
class QIODevice;

namespace livedesk::audio {

class PlaybackRenderer;

class CaptureDevice : public QObject
{
    Q_OBJECT

public:
    explicit CaptureDevice(QObject *parent = nullptr);
    ~CaptureDevice() override;

    // Reads the microphone with libpulse (pulsecapture.h) when the server is PulseAudio or
    // PipeWire's pulse, else (other systems, no libpulse, or LIVEDESK_AUDIO_CAPTURE=qt in the
    // environment) with QAudioSource.
    enum class Backend { None, Pulse, Qt };

    // Opens `device` in its preferred format and starts delivering into `stream`. Returns an
    // empty string, or why it failed (for people).
    QString start(const QAudioDevice &device, std::shared_ptr<CaptureStream> stream, int bufferMs);
    void stop();
    Backend backend() const { return m_backend; }
    // The thread that takes the device's audio (libpulse's, or this object's): for realtime.h.
    pid_t deliveryThreadId() const;
    // Long fragments while the quiet gate is closed (fewer wakeups), short ones otherwise. Only
    // the libpulse path can change them while open; QAudioSource keeps its buffer.
    void setFragments(PulseCapture::Fragments fragments);

Q_SIGNALS:
    // The device stopped with an error while running (queued to the engine).
    void failed(const QString &reason);

private:
    void readAvailable();
    void onStateChanged();
    void onPulseFailed(PulseCapture::Failure failure, uint64_t generation);

    Backend m_backend = Backend::None;
    pid_t m_threadId = 0; // this object's thread, as it started the device
    PulseCapture m_pulse;
    uint64_t m_pulseGeneration = 0; // a failure reported for an earlier start is stale
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr; // owned by m_source
    std::shared_ptr<CaptureStream> m_stream;
    std::vector<char> m_overflow; // where audio goes when the ring is full
    QString m_description;
};

class PlaybackDevice : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackDevice(QObject *parent = nullptr);
    ~PlaybackDevice() override;

    QString start(const QAudioDevice &device, std::shared_ptr<PlaybackStream> stream, int bufferMs,
                  int fadeMs);
    void stop();
    // Audio is on its way (or a recording needs the stream open): a corked, resting device
    // pumps every 10 ms again and stays uncorked for another silence's length.
    void wake();

Q_SIGNALS:
    void failed(const QString &reason);

private:
    void pump();
    void onStateChanged();

    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_io = nullptr; // owned by m_sink
    std::shared_ptr<PlaybackStream> m_stream;
    std::unique_ptr<PlaybackRenderer> m_renderer;
    std::vector<float> m_mono;
    std::vector<char> m_bytes;
    QTimer m_timer;
    int m_minFrames = 0;
    int64_t m_silentFrames = 0; // frames of silence handed over since the model last played
    int64_t m_suspendAfterFrames = 0;
    bool m_suspended = false;
    QString m_description;
};

} // namespace livedesk::audio
