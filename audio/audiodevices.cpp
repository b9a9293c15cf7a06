#include "audio/audiodevices.h"

#include "audio/playbackrenderer.h"
#include "audio/realtime.h"
#include "audio/sampleconvert.h"

#include <QAudioSink>
#include <QAudioSource>
#include <QCoreApplication>
#include <QTimer>

#include <chrono>

namespace livedesk::audio {

namespace {

int64_t steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

QString errorText(QAudio::Error error)
{
    switch (error) {
    case QAudio::NoError:
        return {};
    case QAudio::OpenError:
        return QCoreApplication::translate("livedesk::audio",
                                           "the device could not be opened (in use, or gone)");
    case QAudio::IOError:
        return QCoreApplication::translate("livedesk::audio", "reading or writing failed");
    case QAudio::UnderrunError:
        return QCoreApplication::translate("livedesk::audio", "audio arrived too late");
    case QAudio::FatalError:
        return QCoreApplication::translate("livedesk::audio",
                                           "the audio system failed (is the sound server "
                                           "running?)");
    }
    return QCoreApplication::translate("livedesk::audio", "unknown error %1").arg(int(error));
}

} // namespace

// --- CaptureDevice ---------------------------------------------------------------------------

CaptureDevice::CaptureDevice(QObject *parent)
    : QObject(parent)
{ }

CaptureDevice::~CaptureDevice()
{
    stop();
}

namespace {
// A source that goes away kills our stream at once, and the engine's device poll (500 ms) then
// reports it as lost and moves to the default; only a stream killed for another reason is
// reported by us as failed, after the poll had its chance.
constexpr int kKilledStreamGraceMs = 1000;

bool qtCaptureWanted()
{
    return qEnvironmentVariable("LIVEDESK_AUDIO_CAPTURE") == QLatin1String("qt");
}
} // namespace

QString CaptureDevice::start(const QAudioDevice &device, std::shared_ptr<CaptureStream> stream,
                             int bufferMs)
{
    stop();
    m_description = device.description();
    m_threadId = currentThreadId();
    const QAudioFormat &format = stream->format;
    if (PulseCapture::isBuilt() && !qtCaptureWanted()) {
        const uint64_t generation = m_pulseGeneration;
        const auto result = m_pulse.start(device.id(), stream, bufferMs,
                                          [this, generation](PulseCapture::Failure failure) {
                                              QMetaObject::invokeMethod(
                                                      this,
                                                      [this, failure, generation] {
                                                          onPulseFailed(failure, generation);
                                                      },
                                                      Qt::QueuedConnection);
                                          });
        if (result == PulseCapture::StartResult::Started) {
            m_backend = Backend::Pulse;
            m_stream = std::move(stream);
            const qint64 grantedUs = format.durationForBytes(qint32(m_pulse.grantedFragmentBytes()));
            m_stream->latencyMs.store(int(grantedUs > 0 ? grantedUs / 1000 : bufferMs));
            return {};
        }
        if (result == PulseCapture::StartResult::DeviceFailed) {
            return QCoreApplication::translate("livedesk::audio",
                                               "Could not open the microphone “%1”: %2")
                    .arg(m_description, errorText(QAudio::OpenError));
        }
        // No PulseAudio server: Qt's own back end (ALSA, or another system's).
    }
    m_backend = Backend::Qt;
    m_source = std::make_unique<QAudioSource>(device, format);
    m_source->setBufferSize(format.bytesForDuration(qint64(bufferMs) * 1000));
    connect(m_source.get(), &QAudioSource::stateChanged, this, &CaptureDevice::onStateChanged);
    m_stream = std::move(stream);
    m_overflow.assign(size_t(format.bytesForDuration(100000)), 0);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        const QString reason = QCoreApplication::translate("livedesk::audio",
                                                           "Could not open the microphone "
                                                           "“%1”: %2")
                                       .arg(m_description, errorText(m_source->error()));
        stop();
        return reason;
    }
    connect(m_io, &QIODevice::readyRead, this, &CaptureDevice::readAvailable);
    m_stream->latencyMs.store(int(format.durationForBytes(m_source->bufferSize()) / 1000));
    return {};
}

void CaptureDevice::stop()
{
    ++m_pulseGeneration;
    m_pulse.stop();
    m_backend = Backend::None;
    if (m_source) {
        m_source->disconnect(this);
        if (m_io)
            m_io->disconnect(this);
        m_source->stop();
    }
    m_io = nullptr;
    m_source.reset();
    m_stream.reset();
}

void CaptureDevice::readAvailable()
{
    if (!m_io || !m_stream)
        return;
    CaptureStream &stream = *m_stream;
    const qint64 bytesPerFrame = stream.format.bytesPerFrame();
    bool drained = false;
    // Bounded: a device that keeps delivering while we read cannot hold this thread forever.
    for (int round = 0; round < 64 && !drained; ++round) {
        const size_t wrote = stream.bytes.produce(
                stream.bytes.capacity(), [&](std::span<char> region) -> size_t {
                    const qint64 want = qint64(region.size()) / bytesPerFrame * bytesPerFrame;
                    const qint64 got = want > 0 ? m_io->read(region.data(), want) : 0;
                    if (got < want)
                        drained = true;
                    return got > 0 ? size_t(got) : 0;
                });
        if (wrote == 0 && !drained) {
            // The ring is full: the processing thread is behind. Keep the device flowing and
            // count what is lost; the processing thread reports it.
            const qint64 got = m_io->read(m_overflow.data(), qint64(m_overflow.size()));
            if (got <= 0)
                break;
            stream.droppedBytes.fetch_add(uint64_t(got), std::memory_order_relaxed);
        }
    }
    const CaptureStamp stamp {stream.bytes.totalWritten(), steadyNowNs()};
    stream.stamps.write(std::span<const CaptureStamp>(&stamp, 1));
}

pid_t CaptureDevice::deliveryThreadId() const
{
    return m_backend == Backend::Pulse ? m_pulse.threadId() : m_threadId;
}

void CaptureDevice::setFragments(PulseCapture::Fragments fragments)
{
    if (m_backend == Backend::Pulse)
        m_pulse.setFragments(fragments);
}

void CaptureDevice::onPulseFailed(PulseCapture::Failure failure, uint64_t generation)
{
    if (generation != m_pulseGeneration)
        return;
    const auto report = [this, failure, generation] {
        if (generation != m_pulseGeneration)
            return; // closed meanwhile: the engine saw the device go
        const QAudio::Error error = failure == PulseCapture::Failure::ServerGone
                                            ? QAudio::FatalError
                                            : QAudio::IOError;
        Q_EMIT failed(
                QCoreApplication::translate("livedesk::audio", "The microphone “%1” stopped: %2")
                        .arg(m_description, errorText(error)));
    };
    if (failure == PulseCapture::Failure::DeviceGone)
        QTimer::singleShot(kKilledStreamGraceMs, this, report);
    else
        report();
}

void CaptureDevice::onStateChanged()
{
    if (!m_source)
        return;
    const QAudio::Error error = m_source->error();
    if (m_source->state() == QAudio::StoppedState && error != QAudio::NoError) {
        Q_EMIT failed(
                QCoreApplication::translate("livedesk::audio", "The microphone “%1” stopped: %2")
                        .arg(m_description, errorText(error)));
    }
}

// --- PlaybackDevice --------------------------------------------------------------------------

namespace {
// Longer than the echo tail (VoiceProcessor::kEchoTailMs), so the canceller rests by then.
constexpr int kSuspendAfterSilenceMs = 2000;
constexpr int kPumpIntervalMs = 10;
// While corked the pump is woken by wake() when audio is queued; this slow look is only a safety
// net should the queued audio reach the ring after the runway wake() gives (2 s).
constexpr int kRestingPollMs = 250;
} // namespace

PlaybackDevice::PlaybackDevice(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    // Push mode on our own precise timer rather than Qt's pull mode: Qt 6.4's PulseAudio sink
    // only pulls whole 20 ms periods, which can leave a small buffer short of its prebuffer and
    // never start; pushing whatever is free keeps the device buffer full and the latency known.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackDevice::pump);
}

PlaybackDevice::~PlaybackDevice()
{
    stop();
}

QString PlaybackDevice::start(const QAudioDevice &device, std::shared_ptr<PlaybackStream> stream,
                              int bufferMs, int fadeMs)
{
    stop();
    m_description = device.description();
    const QAudioFormat &format = stream->format;
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(format.bytesForDuration(qint64(bufferMs) * 1000));
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &PlaybackDevice::onStateChanged);
    m_io = m_sink->start();
    if (!m_io || m_sink->error() != QAudio::NoError) {
        const QString reason = QCoreApplication::translate("livedesk::audio",
                                                           "Could not open the speaker “%1”: %2")
                                       .arg(m_description, errorText(m_sink->error()));
        stop();
        return reason;
    }
    m_stream = std::move(stream);
    const qsizetype bufferBytes = std::max<qsizetype>(m_sink->bufferSize(), format.bytesPerFrame());
    const size_t maxFrames = size_t(
            std::max<qint64>(bufferBytes / format.bytesPerFrame(), format.sampleRate() / 5));
    m_mono.assign(maxFrames, 0.0f);
    m_bytes.assign(maxFrames * size_t(format.bytesPerFrame()), 0);
    m_renderer = std::make_unique<PlaybackRenderer>(m_stream->ring, m_stream->reference,
                                                    m_stream->control, format.sampleRate(), fadeMs);
    m_minFrames = std::max(1, format.sampleRate() / 400); // 2.5 ms
    m_suspendAfterFrames = int64_t(format.sampleRate()) * kSuspendAfterSilenceMs / 1000;
    m_silentFrames = 0;
    m_suspended = false;
    m_stream->latencyMs.store(int(format.durationForBytes(bufferBytes) / 1000));
    pump();
    m_timer.start(kPumpIntervalMs);
    return {};
}

void PlaybackDevice::wake()
{
    if (!m_io || !m_renderer)
        return;
    // The audio announced here reaches the ring a processing tick later: playing silence until
    // then, and a full silence's length before corking again, so it cannot be missed.
    if (m_suspended) {
        m_sink->resume();
        m_suspended = false;
    }
    m_silentFrames = 0;
    if (m_timer.interval() != kPumpIntervalMs)
        m_timer.start(kPumpIntervalMs);
}

void PlaybackDevice::stop()
{
    m_timer.stop();
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
    }
    m_io = nullptr;
    m_sink.reset();
    m_renderer.reset();
    m_stream.reset();
}

void PlaybackDevice::pump()
{
    if (!m_io || !m_renderer)
        return;
    const bool holdOpen = m_stream->control.holdOpen.load(std::memory_order_relaxed);
    if (m_suspended) {
        if (!m_renderer->hasWork() && !holdOpen)
            return;
        // Corked with its buffer as it was (silence): playing on adds no latency to the reply.
        m_sink->resume();
        m_suspended = false;
        m_silentFrames = 0;
        m_timer.start(kPumpIntervalMs);
    }
    const QAudioFormat &format = m_stream->format;
    const qsizetype bytesPerFrame = format.bytesPerFrame();
    const qsizetype freeBytes = m_sink->bytesFree();
    const size_t frames = std::min(size_t(freeBytes / bytesPerFrame), m_mono.size());
    if (frames < size_t(m_minFrames))
        return;
    PlaybackControl &control = m_stream->control;
    const uint64_t firstFrame = control.framesRendered.load(std::memory_order_relaxed);
    const std::span<float> mono(m_mono.data(), frames);
    const size_t modelFrames = m_renderer->render(mono);
    monoToDevice(mono, format, m_bytes.data());
    m_io->write(m_bytes.data(), qint64(frames) * bytesPerFrame);
    // When these frames play: after what the sink still held. The echo canceller's far end is
    // lined up with the microphone by it (FarEndResync).
    const qint64 queuedFrames = std::max<qint64>(0, m_sink->bufferSize() - freeBytes)
                                / bytesPerFrame;
    const PlaybackStamp stamp {firstFrame, control.framesRendered.load(std::memory_order_relaxed),
                               steadyNowNs() + queuedFrames * 1'000'000'000 / format.sampleRate(),
                               control.suspensions.load(std::memory_order_relaxed)};
    m_stream->stamps.write(std::span<const PlaybackStamp>(&stamp, 1));

    // Pushing silence 100 times a second kept this thread and PulseAudio's busy through every
    // pause of a conversation. After a while of it the stream is corked; the echo canceller
    // rests by then (VoiceProcessor::kEchoTailMs) and the processing thread feeds it silence in
    // place of the missing reference, so nothing changes for it.
    m_silentFrames = modelFrames > 0 ? 0 : m_silentFrames + int64_t(frames);
    if (m_silentFrames >= m_suspendAfterFrames && !holdOpen && !m_renderer->hasWork()) {
        m_sink->suspend();
        m_suspended = true;
        control.suspensions.fetch_add(1, std::memory_order_relaxed);
        // A pump that returns at once 100 times a second was most of this thread's idle cost
        // (~0.1 CPU-s per minute): wake() brings the 10 ms pump back with the next answer.
        m_timer.start(kRestingPollMs);
    }
}

void PlaybackDevice::onStateChanged()
{
    if (!m_sink)
        return;
    const QAudio::Error error = m_sink->error();
    if (m_sink->state() == QAudio::IdleState && error == QAudio::UnderrunError) {
        if (m_stream)
            m_stream->deviceUnderruns.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    if (m_sink->state() == QAudio::StoppedState && error != QAudio::NoError) {
        Q_EMIT failed(QCoreApplication::translate("livedesk::audio", "The speaker “%1” stopped: %2")
                              .arg(m_description, errorText(error)));
    }
}

} // namespace livedesk::audio
