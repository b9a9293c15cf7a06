// AudioEngine, devices: listing, choosing, opening and closing them on their threads, and
// following the system default and hot-plugging (see audioengine.h for the contract).
#include "audio/audioengine.h"

#include "audio/audiodevices.h"
#include "audio/audioprocessor.h"
#include "audio/blockingcall.h"
#include "audio/logging.h"
#include "audio/pulsedevicewatch.h"
#include "audio/realtime.h"
#include "audio/sampleconvert.h"

namespace livedesk::audio {

namespace {

AudioDeviceInfo infoFor(const QAudioDevice &device, const QAudioDevice &defaultDevice)
{
    if (device.isNull())
        return {};
    return {device.id(), device.description(), device.id() == defaultDevice.id()};
}

QList<AudioDeviceInfo> describe(const QList<QAudioDevice> &devices,
                                const QAudioDevice &defaultDevice)
{
    QList<AudioDeviceInfo> out;
    out.reserve(devices.size());
    for (const QAudioDevice &d : devices)
        out.append(infoFor(d, defaultDevice));
    return out;
}

std::optional<AudioDeviceInfo> findDevice(const QList<AudioDeviceInfo> &devices,
                                          const QString &idOrName)
{
    for (const AudioDeviceInfo &d : devices) {
        if (QString::fromUtf8(d.id) == idOrName)
            return d;
    }
    std::optional<AudioDeviceInfo> match;
    for (const AudioDeviceInfo &d : devices) {
        if (!d.description.contains(idOrName, Qt::CaseInsensitive))
            continue;
        if (match)
            return std::nullopt; // ambiguous
        match = d;
    }
    return match;
}

QAudioDevice byId(const QList<QAudioDevice> &devices, const QByteArray &id)
{
    for (const QAudioDevice &d : devices) {
        if (d.id() == id)
            return d;
    }
    return {};
}

// The device's own format when the engine can handle it, else the nearest one it can.
// Qt's devices that the server still has: Qt 6.8's PulseAudio backend keeps listing a removed
// one (PulseDeviceWatch says why).
QList<QAudioDevice> present(QList<QAudioDevice> devices, std::optional<QByteArrayList> names)
{
    if (names)
        devices.removeIf([&](const QAudioDevice &d) { return !names->contains(d.id()); });
    return devices;
}

QList<QAudioDevice> presentInputs()
{
    PulseDeviceWatch *watch = PulseDeviceWatch::instance();
    return present(QMediaDevices::audioInputs(), watch ? watch->sources() : std::nullopt);
}

QList<QAudioDevice> presentOutputs()
{
    PulseDeviceWatch *watch = PulseDeviceWatch::instance();
    return present(QMediaDevices::audioOutputs(), watch ? watch->sinks() : std::nullopt);
}

QAudioFormat deviceFormat(const QAudioDevice &device)
{
    QAudioFormat format = device.preferredFormat();
    if (isSupportedDeviceFormat(format))
        return format;
    if (format.sampleRate() <= 0)
        format.setSampleRate(48000);
    if (format.channelCount() <= 0)
        format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

} // namespace

// --- devices ---------------------------------------------------------------------------------

QList<AudioDeviceInfo> AudioEngine::inputDevices()
{
    return describe(presentInputs(), QMediaDevices::defaultAudioInput());
}

QList<AudioDeviceInfo> AudioEngine::outputDevices()
{
    return describe(presentOutputs(), QMediaDevices::defaultAudioOutput());
}

std::optional<AudioDeviceInfo> AudioEngine::findInputDevice(const QString &idOrName)
{
    return findDevice(inputDevices(), idOrName);
}

std::optional<AudioDeviceInfo> AudioEngine::findOutputDevice(const QString &idOrName)
{
    return findDevice(outputDevices(), idOrName);
}

AudioDeviceInfo AudioEngine::currentInputDevice() const
{
    return infoFor(m_input, QMediaDevices::defaultAudioInput());
}

AudioDeviceInfo AudioEngine::currentOutputDevice() const
{
    return infoFor(m_output, QMediaDevices::defaultAudioOutput());
}

bool AudioEngine::wantsCapture() const
{
    return m_settings.direction == AudioDirection::Capture
           || m_settings.direction == AudioDirection::Duplex;
}

bool AudioEngine::wantsPlayback() const
{
    return m_settings.direction == AudioDirection::Playback
           || m_settings.direction == AudioDirection::Duplex;
}

QAudioDevice AudioEngine::resolveInput() const
{
    if (!m_settings.inputDeviceId.isEmpty()) {
        const QAudioDevice chosen = byId(presentInputs(), m_settings.inputDeviceId);
        if (!chosen.isNull())
            return chosen;
    }
    return QMediaDevices::defaultAudioInput();
}

QAudioDevice AudioEngine::resolveOutput() const
{
    if (!m_settings.outputDeviceId.isEmpty()) {
        const QAudioDevice chosen = byId(presentOutputs(), m_settings.outputDeviceId);
        if (!chosen.isNull())
            return chosen;
    }
    return QMediaDevices::defaultAudioOutput();
}

void AudioEngine::raiseThread(pid_t tid, const char *role)
{
    if (m_settings.threadScheduling == AudioThreadScheduling::Normal || tid == 0)
        return;
    const RealtimeOutcome outcome = makeThreadRealtime(tid);
    if (outcome.scheduling != ThreadScheduling::Normal) {
        qCInfo(lcAudio) << role << "thread:" << describe(outcome);
        return;
    }
    // Once per process: every device reopen would say it again.
    static std::atomic<bool> warned {false};
    if (!warned.exchange(true))
        qCWarning(lcAudio).noquote()
                << "the audio threads run at" << describe(outcome)
                << "(no CAP_SYS_NICE, RLIMIT_RTPRIO or RealtimeKit): on a busy machine the echo"
                   " canceller can lose the echo";
}

bool AudioEngine::openInput(const QAudioDevice &device)
{
    if (device.isNull()) {
        Q_EMIT warning(AudioWarning::InputDeviceFailed,
                       tr("There is no microphone. Connect one, or check the system's sound "
                          "settings."));
        return false;
    }
    auto stream = std::make_shared<CaptureStream>(deviceFormat(device), 3);
    invokeBlocking(m_processor, [p = m_processor, stream] { p->attachCapture(stream); });
    QString error;
    CaptureDevice::Backend backend = CaptureDevice::Backend::None;
    pid_t deliveryThread = 0;
    invokeBlocking(m_captureDevice, [&] {
        error = m_captureDevice->start(device, stream, m_settings.inputBufferMs);
        backend = m_captureDevice->backend();
        deliveryThread = m_captureDevice->deliveryThreadId();
    });
    if (!error.isEmpty()) {
        invokeBlocking(m_processor, [p = m_processor] { p->detachCapture(); });
        Q_EMIT warning(AudioWarning::InputDeviceFailed, error);
        return false;
    }
    raiseThread(deliveryThread, "microphone");
    m_captureStream = std::move(stream);
    m_input = device;
    m_captureFragments = PulseCapture::Fragments::Short; // as the device opens
    qCInfo(lcAudio) << "microphone:" << device.description() << m_captureStream->format << "buffer"
                    << m_captureStream->latencyMs.load() << "ms, read with"
                    << (backend == CaptureDevice::Backend::Pulse ? "libpulse" : "Qt")
                    << ", quiet gate"
                    << (m_settings.quietGate == QuietGate::Mode::On ? "on" : "off");
    Q_EMIT inputDeviceChanged(currentInputDevice());
    return true;
}

void AudioEngine::closeInput()
{
    if (m_captureDevice) {
        invokeBlocking(m_captureDevice, [d = m_captureDevice] { d->stop(); });
    }
    if (m_processor) {
        invokeBlocking(m_processor, [p = m_processor] { p->detachCapture(); });
    }
    m_captureStream.reset();
    m_input = QAudioDevice();
}

bool AudioEngine::openOutput(const QAudioDevice &device)
{
    if (device.isNull()) {
        Q_EMIT warning(AudioWarning::OutputDeviceFailed,
                       tr("There is no speaker or headphone output. Connect one, or check the "
                          "system's sound settings."));
        return false;
    }
    // One second of ring: far more than the 40 ms kept queued, so a flush never races a wrap.
    auto stream = std::make_shared<PlaybackStream>(deviceFormat(device), 1);
    invokeBlocking(m_processor, [p = m_processor, stream] { p->attachPlayback(stream); });
    QString error;
    pid_t deviceThread = 0;
    invokeBlocking(m_playbackDevice, [&] {
        error = m_playbackDevice->start(device, stream, m_settings.outputBufferMs,
                                        m_settings.fadeMs);
        deviceThread = currentThreadId();
    });
    if (!error.isEmpty()) {
        invokeBlocking(m_processor, [p = m_processor] { p->detachPlayback(); });
        Q_EMIT warning(AudioWarning::OutputDeviceFailed, error);
        return false;
    }
    raiseThread(deviceThread, "speaker");
    m_playbackStream = std::move(stream);
    m_output = device;
    qCInfo(lcAudio) << "speaker:" << device.description() << m_playbackStream->format << "buffer"
                    << m_playbackStream->latencyMs.load() << "ms";
    Q_EMIT outputDeviceChanged(currentOutputDevice());
    return true;
}

void AudioEngine::closeOutput()
{
    if (m_playbackDevice) {
        invokeBlocking(m_playbackDevice, [d = m_playbackDevice] { d->stop(); });
    }
    if (m_processor) {
        invokeBlocking(m_processor, [p = m_processor] { p->detachPlayback(); });
    }
    m_playbackStream.reset();
    m_output = QAudioDevice();
}

void AudioEngine::setInputDevice(const QByteArray &id)
{
    m_settings.inputDeviceId = id;
    if (m_state != State::Running || !wantsCapture())
        return;
    const QAudioDevice wanted = resolveInput();
    if (wanted.id() == m_input.id() && !m_input.isNull())
        return;
    closeInput();
    if (!openInput(wanted) && wanted != QMediaDevices::defaultAudioInput())
        openInput(QMediaDevices::defaultAudioInput());
}

void AudioEngine::setOutputDevice(const QByteArray &id)
{
    m_settings.outputDeviceId = id;
    if (m_state != State::Running || !wantsPlayback())
        return;
    const QAudioDevice wanted = resolveOutput();
    if (wanted.id() == m_output.id() && !m_output.isNull())
        return;
    closeOutput();
    if (!openOutput(wanted) && wanted != QMediaDevices::defaultAudioOutput())
        openOutput(QMediaDevices::defaultAudioOutput());
}

void AudioEngine::checkDevices()
{
    // The default first, then every id: a change of either is a change.
    auto snapshot = [](const QAudioDevice &defaultDevice, const QList<QAudioDevice> &devices) {
        QByteArrayList ids {defaultDevice.id()};
        for (const QAudioDevice &d : devices)
            ids.append(d.id());
        return ids;
    };
    const QByteArrayList inputs = snapshot(QMediaDevices::defaultAudioInput(), presentInputs());
    const QByteArrayList outputs = snapshot(QMediaDevices::defaultAudioOutput(), presentOutputs());
    const bool first = m_inputSnapshot.isEmpty() && m_outputSnapshot.isEmpty();
    const bool inputsChanged = inputs != m_inputSnapshot;
    const bool outputsChanged = outputs != m_outputSnapshot;
    m_inputSnapshot = inputs;
    m_outputSnapshot = outputs;
    if (first || !(inputsChanged || outputsChanged))
        return;
    Q_EMIT devicesChanged();
    if (inputsChanged)
        onInputsChanged();
    if (outputsChanged)
        onOutputsChanged();
}

void AudioEngine::onInputsChanged()
{
    if (m_state != State::Running || !wantsCapture())
        return;
    const QAudioDevice wanted = resolveInput();
    if (!m_input.isNull() && wanted.id() == m_input.id())
        return;
    const bool lost = !m_input.isNull() && byId(presentInputs(), m_input.id()).isNull();
    if (lost) {
        Q_EMIT warning(AudioWarning::InputDeviceLost,
                       tr("The microphone “%1” was disconnected; using “%2” instead.")
                               .arg(m_input.description(), wanted.description()));
    }
    closeInput();
    openInput(wanted);
}

void AudioEngine::onOutputsChanged()
{
    if (m_state != State::Running || !wantsPlayback())
        return;
    const QAudioDevice wanted = resolveOutput();
    if (!m_output.isNull() && wanted.id() == m_output.id())
        return;
    const bool lost = !m_output.isNull() && byId(presentOutputs(), m_output.id()).isNull();
    if (lost) {
        Q_EMIT warning(AudioWarning::OutputDeviceLost,
                       tr("The speaker “%1” was disconnected; using “%2” instead.")
                               .arg(m_output.description(), wanted.description()));
    }
    closeOutput();
    openOutput(wanted);
}

void AudioEngine::onInputFailed(const QString &reason)
{
    if (m_state != State::Running)
        return;
    Q_EMIT warning(AudioWarning::InputDeviceFailed, reason);
    const QAudioDevice fallback = QMediaDevices::defaultAudioInput();
    const bool tryDefault = fallback.id() != m_input.id();
    closeInput();
    if (tryDefault)
        openInput(fallback);
}

void AudioEngine::onOutputFailed(const QString &reason)
{
    if (m_state != State::Running)
        return;
    Q_EMIT warning(AudioWarning::OutputDeviceFailed, reason);
    const QAudioDevice fallback = QMediaDevices::defaultAudioOutput();
    const bool tryDefault = fallback.id() != m_output.id();
    closeOutput();
    if (tryDefault)
        openOutput(fallback);
}

} // namespace livedesk::audio
