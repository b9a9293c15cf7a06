#include "audio/audioengine.h"

#include "audio/audiodevices.h"
#include "audio/audioprocessor.h"
#include "audio/blockingcall.h"
#include "audio/enginemeters.h"
#include "audio/logging.h"
#include "audio/realtime.h"
#include "audio/recordingtap.h"
#include "audio/speechrate.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace livedesk::audio {

namespace {

QThread *startThread(const QString &name, QThread::Priority priority)
{
    auto *thread = new QThread;
    thread->setObjectName(name);
    thread->start(priority);
    return thread;
}

void finishThread(QThread *&thread)
{
    if (!thread)
        return;
    thread->quit();
    thread->wait();
    delete thread;
    thread = nullptr;
}

} // namespace

template<typename Function>
void AudioEngine::onProcessor(Function &&function)
{
    if (!m_processor)
        return;
    QMetaObject::invokeMethod(
            m_processor,
            [p = m_processor, f = std::forward<Function>(function)]() mutable { f(p); },
            Qt::QueuedConnection);
}

AudioEngine::AudioEngine(QObject *parent)
    : QObject(parent)
    , m_meters(std::make_unique<EngineMeters>())
{
    qRegisterMetaType<AudioChunk>();
    qRegisterMetaType<AudioDeviceInfo>();
    qRegisterMetaType<AudioWarning>();
    qRegisterMetaType<BargeInEvent>();
    qRegisterMetaType<BargeInMode>();
    qRegisterMetaType<TurnDetection>();
    qRegisterMetaType<VoiceProcessingOptions>();
    connect(&m_mediaDevices, &QMediaDevices::audioInputsChanged, this, &AudioEngine::checkDevices);
    connect(&m_mediaDevices, &QMediaDevices::audioOutputsChanged, this, &AudioEngine::checkDevices);
    m_devicePoll = new QTimer(this);
    m_devicePoll->setInterval(500);
    connect(m_devicePoll, &QTimer::timeout, this, &AudioEngine::checkDevices);
    checkDevices();
}

AudioEngine::~AudioEngine()
{
    stop();
}

// --- configuration ---------------------------------------------------------------------------

QString AudioEngine::validate(const AudioEngineSettings &s)
{
    auto outOfRange = [](const QString &what, double value, double low, double high) {
        return tr("%1 must be between %2 and %3 (got %4).").arg(what).arg(low).arg(high).arg(value);
    };
    if (s.chunkMs < 10 || s.chunkMs > 1000 || s.chunkMs % 10 != 0)
        return tr("The chunk duration must be a multiple of 10 ms between 10 and 1000 ms (got "
                  "%1 ms).")
                .arg(s.chunkMs);
    if (s.speechRate < SpeechRateChanger::kMinRate || s.speechRate > SpeechRateChanger::kMaxRate)
        return outOfRange(tr("The speech rate"), s.speechRate, SpeechRateChanger::kMinRate,
                          SpeechRateChanger::kMaxRate);
    if (s.prebufferMs < 0 || s.prebufferMs > 400)
        return outOfRange(tr("The playback prebuffer (ms)"), s.prebufferMs, 0, 400);
    if (s.maxJitterBufferMs < s.prebufferMs || s.maxJitterBufferMs > 2000)
        return outOfRange(tr("The largest jitter buffer (ms)"), s.maxJitterBufferMs, s.prebufferMs,
                          2000);
    if (s.fadeMs < 5 || s.fadeMs > 10)
        return outOfRange(tr("The flush fade (ms)"), s.fadeMs, 5, 10);
    if (s.minSpeechMs < 10 || s.minSpeechMs > 500)
        return outOfRange(tr("The minimum speech duration (ms)"), s.minSpeechMs, 10, 500);
    if (s.endSilenceMs < 100 || s.endSilenceMs > 5000)
        return outOfRange(tr("The end-of-speech silence (ms)"), s.endSilenceMs, 100, 5000);
    if (s.preRollMs < 0 || s.preRollMs > 1000)
        return outOfRange(tr("The pre-roll (ms)"), s.preRollMs, 0, 1000);
    if (s.confirmWindowMs < 100 || s.confirmWindowMs > 10000)
        return outOfRange(tr("The barge-in confirmation window (ms)"), s.confirmWindowMs, 100,
                          10000);
    if (s.duckGainDb < -60.0f || s.duckGainDb > 0.0f)
        return outOfRange(tr("The ducking gain (dB)"), s.duckGainDb, -60, 0);
    if (s.inputBufferMs < 5 || s.inputBufferMs > 500)
        return outOfRange(tr("The input buffer (ms)"), s.inputBufferMs, 5, 500);
    if (s.outputBufferMs < 5 || s.outputBufferMs > 500)
        return outOfRange(tr("The output buffer (ms)"), s.outputBufferMs, 5, 500);
    if (s.noSignalWarningMs < 0)
        return outOfRange(tr("The no-signal warning delay (ms)"), s.noSignalWarningMs, 0, 3600000);
    if (s.direction == AudioDirection::None)
        return tr("The audio engine needs a microphone, a speaker, or both.");
    return {};
}

bool AudioEngine::setSettings(const AudioEngineSettings &settings)
{
    if (const QString problem = validate(settings); !problem.isEmpty()) {
        Q_EMIT errorOccurred(problem);
        return false;
    }
    const AudioEngineSettings previous = m_settings;
    m_settings = settings;
    if (m_state != State::Running)
        return true;
    onProcessor([settings](AudioProcessor *p) { p->applySettings(settings); });
    if (settings.inputDeviceId != previous.inputDeviceId)
        setInputDevice(settings.inputDeviceId);
    if (settings.outputDeviceId != previous.outputDeviceId)
        setOutputDevice(settings.outputDeviceId);
    return true;
}

AudioCapabilities AudioEngine::capabilities()
{
    AudioCapabilities c;
    c.echoCancellation = VoiceProcessor::isAvailable();
    c.echoCancellationStatus = VoiceProcessor::unavailableReason();
    c.speechRate = SpeechRateChanger::isAvailable();
    c.speechRateStatus = SpeechRateChanger::unavailableReason();
    return c;
}

// --- lifecycle -------------------------------------------------------------------------------

void AudioEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AudioEngine::onChunkReady(const AudioChunk &chunk)
{
    // The quiet gate's state reaches the microphone's reader with the chunks: long fragments
    // while it is closed, short ones from the first chunk it opened in (pulsecapture.h). The
    // hop through this thread costs the opening a few milliseconds more of the long fragment,
    // which the gate's pre-roll holds anyway. Chunks flow in hands-free; in the other talk modes
    // they stop outside a turn, and the fragments stay short.
    const auto fragments = chunk.quiet ? PulseCapture::Fragments::Long
                                       : PulseCapture::Fragments::Short;
    if (fragments != m_captureFragments && m_captureDevice) {
        m_captureFragments = fragments;
        QMetaObject::invokeMethod(
                m_captureDevice, [d = m_captureDevice, fragments] { d->setFragments(fragments); },
                Qt::QueuedConnection);
    }
    Q_EMIT chunkCaptured(chunk);
}

bool AudioEngine::start()
{
    if (m_state == State::Running)
        return true;
    if (const QString problem = validate(m_settings); !problem.isEmpty()) {
        Q_EMIT errorOccurred(problem);
        setState(State::Failed);
        return false;
    }
    m_meters = std::make_unique<EngineMeters>();

    // Device threads copy only; give them the best priority the platform grants us.
    m_processingThread = startThread(u"ld-audio-proc"_s, QThread::HighestPriority);
    m_captureThread = startThread(u"ld-audio-in"_s, QThread::TimeCriticalPriority);
    m_playbackThread = startThread(u"ld-audio-out"_s, QThread::TimeCriticalPriority);

    m_processor = new AudioProcessor(m_settings, *m_meters);
    m_processor->moveToThread(m_processingThread);
    m_captureDevice = new CaptureDevice;
    m_captureDevice->moveToThread(m_captureThread);
    m_playbackDevice = new PlaybackDevice;
    m_playbackDevice->moveToThread(m_playbackThread);

    connect(m_processor, &AudioProcessor::chunkReady, this, &AudioEngine::onChunkReady);
    connect(m_processor, &AudioProcessor::activityStarted, this, &AudioEngine::activityStarted);
    connect(m_processor, &AudioProcessor::activityEnded, this, &AudioEngine::activityEnded);
    connect(m_processor, &AudioProcessor::bargeIn, this, &AudioEngine::bargeIn);
    connect(m_processor, &AudioProcessor::playbackInterrupted, this,
            &AudioEngine::playbackInterrupted);
    connect(m_processor, &AudioProcessor::playbackFinished, this, &AudioEngine::playbackFinished);
    connect(m_processor, &AudioProcessor::warning, this, &AudioEngine::warning);
    connect(m_captureDevice, &CaptureDevice::failed, this, &AudioEngine::onInputFailed);
    connect(m_playbackDevice, &PlaybackDevice::failed, this, &AudioEngine::onOutputFailed);

    const bool muted = m_muted;
    pid_t processingThread = 0;
    invokeBlocking(m_processor, [p = m_processor, muted, &processingThread] {
        p->setMuted(muted);
        p->start();
        processingThread = currentThreadId();
    });
    raiseThread(processingThread, "processing");

    bool inputOk = !wantsCapture();
    if (wantsCapture()) {
        const QAudioDevice wanted = resolveInput();
        if (!m_settings.inputDeviceId.isEmpty() && wanted.id() != m_settings.inputDeviceId) {
            Q_EMIT warning(AudioWarning::InputDeviceLost,
                           tr("The chosen microphone is not connected; using “%1”.")
                                   .arg(wanted.description()));
        }
        inputOk = openInput(wanted)
                  || (wanted != QMediaDevices::defaultAudioInput()
                      && openInput(QMediaDevices::defaultAudioInput()));
    }
    bool outputOk = !wantsPlayback();
    if (wantsPlayback()) {
        const QAudioDevice wanted = resolveOutput();
        if (!m_settings.outputDeviceId.isEmpty() && wanted.id() != m_settings.outputDeviceId) {
            Q_EMIT warning(AudioWarning::OutputDeviceLost,
                           tr("The chosen speaker is not connected; using “%1”.")
                                   .arg(wanted.description()));
        }
        outputOk = openOutput(wanted)
                   || (wanted != QMediaDevices::defaultAudioOutput()
                       && openOutput(QMediaDevices::defaultAudioOutput()));
    }
    if (m_input.isNull() && m_output.isNull()) {
        stop();
        Q_EMIT errorOccurred(tr("No audio device could be opened."));
        setState(State::Failed);
        return false;
    }
    Q_UNUSED(inputOk);
    Q_UNUSED(outputOk);

    if (m_settings.processing.echoCancellation && !VoiceProcessor::isAvailable())
        Q_EMIT warning(AudioWarning::EchoCancellationUnavailable,
                       VoiceProcessor::unavailableReason());
    if (m_settings.speechRate != 1.0 && !SpeechRateChanger::isAvailable())
        Q_EMIT warning(AudioWarning::SpeechRateUnavailable, SpeechRateChanger::unavailableReason());
    if (m_recordingTap)
        onProcessor([tap = m_recordingTap](AudioProcessor *p) { p->setRecordingTap(tap); });
    checkDevices();
    m_devicePoll->start();
    setState(State::Running);
    return true;
}

void AudioEngine::setRecordingTap(std::shared_ptr<RecordingTap> tap)
{
    m_recordingTap = std::move(tap);
    onProcessor([tap = m_recordingTap](AudioProcessor *p) { p->setRecordingTap(tap); });
    wakePlayback();
}

void AudioEngine::wakePlayback()
{
    // The speaker's device rests in long silences (corked, its pump slowed): what is queued now
    // must not wait for its slow look.
    if (m_playbackDevice)
        QMetaObject::invokeMethod(m_playbackDevice, &PlaybackDevice::wake, Qt::QueuedConnection);
}

void AudioEngine::stop()
{
    m_devicePoll->stop();
    if (!m_processingThread)
        return;
    closeInput();
    closeOutput();
    // Objects die on their own threads: Qt Multimedia's objects own timers there.
    invokeBlocking(m_captureDevice, [d = m_captureDevice] { delete d; });
    invokeBlocking(m_playbackDevice, [d = m_playbackDevice] { delete d; });
    invokeBlocking(m_processor, [p = m_processor] {
        p->stop();
        delete p;
    });
    m_captureDevice = nullptr;
    m_playbackDevice = nullptr;
    m_processor = nullptr;
    finishThread(m_captureThread);
    finishThread(m_playbackThread);
    finishThread(m_processingThread);
    if (m_state == State::Running)
        setState(State::Idle);
}

// --- polled state ----------------------------------------------------------------------------

AudioLevels AudioEngine::levels() const
{
    AudioLevels l;
    l.inputRmsDbfs = m_meters->inputRmsDbfs.load(std::memory_order_relaxed);
    l.inputPeakDbfs = m_meters->inputPeakDbfs.load(std::memory_order_relaxed);
    l.outputRmsDbfs = m_meters->outputRmsDbfs.load(std::memory_order_relaxed);
    l.outputPeakDbfs = m_meters->outputPeakDbfs.load(std::memory_order_relaxed);
    l.voiceActive = m_meters->voiceActive.load(std::memory_order_relaxed);
    l.noSignal = m_meters->noSignal.load(std::memory_order_relaxed);
    return l;
}

PlaybackProgress AudioEngine::playback() const
{
    PlaybackProgress p;
    p.samplesReceived = m_meters->samplesReceived.load(std::memory_order_relaxed);
    p.samplesDiscarded = m_meters->samplesDiscarded.load(std::memory_order_relaxed);
    p.turnSamplesReceived = m_meters->turnSamplesReceived.load(std::memory_order_relaxed);
    p.turnSamplesPlayed = m_meters->turnSamplesPlayed.load(std::memory_order_relaxed);
    p.bufferedMs = m_meters->bufferedMs.load(std::memory_order_relaxed);
    p.jitterTargetMs = m_meters->jitterTargetMs.load(std::memory_order_relaxed);
    p.underruns = m_meters->underruns.load(std::memory_order_relaxed);
    p.speaking = m_meters->speaking.load(std::memory_order_relaxed);
    return p;
}

EchoLineUp AudioEngine::echoLineUp() const
{
    const EngineMeters &m = *m_meters;
    EchoLineUp l;
    l.streamDelayMs = m.cancellerStreamDelayMs.load(std::memory_order_relaxed);
    l.measuredDelayMs = m.cancellerMeasuredDelayMs.load(std::memory_order_relaxed);
    l.leadMinUs = m.farLeadMinUs.load(std::memory_order_relaxed);
    l.leadMaxUs = m.farLeadMaxUs.load(std::memory_order_relaxed);
    l.heldFrames = m.farHeldFrames.load(std::memory_order_relaxed);
    l.catchUps = m.farCatchUps.load(std::memory_order_relaxed);
    l.playbackSlips = m.playbackSlips.load(std::memory_order_relaxed);
    l.maxTickGapMs = m.maxTickGapMs.load(std::memory_order_relaxed);
    l.echoLagMinSamples = m.echoLagMinSamples.load(std::memory_order_relaxed);
    l.echoLagMaxSamples = m.echoLagMaxSamples.load(std::memory_order_relaxed);
    l.leadUs = m.farLeadSetUs.load(std::memory_order_relaxed);
    l.leadMoves = m.farLeadMoves.load(std::memory_order_relaxed);
    l.shifts = m.farShifts.load(std::memory_order_relaxed);
    l.lagUnknownFrames = m.lagUnknownFrames.load(std::memory_order_relaxed);
    l.farMissingFrames = m.farMissingFrames.load(std::memory_order_relaxed);
    return l;
}

void AudioEngine::resetEchoLineUp()
{
    m_meters->lineUpResets.fetch_add(1, std::memory_order_relaxed);
}

PlaybackTimings AudioEngine::playbackTimings() const
{
    PlaybackTimings t;
    if (m_playbackStream) {
        const PlaybackControl &c = m_playbackStream->control;
        t.modelStartNs = c.modelStartNs.load(std::memory_order_relaxed);
        t.modelStopNs = c.modelStopNs.load(std::memory_order_relaxed);
        t.gainChangeNs = c.gainChangeNs.load(std::memory_order_relaxed);
        t.flushDoneNs = c.flushDoneNs.load(std::memory_order_relaxed);
        t.outputLatencyMs = m_playbackStream->latencyMs.load(std::memory_order_relaxed);
    }
    if (m_captureStream)
        t.inputLatencyMs = m_captureStream->latencyMs.load(std::memory_order_relaxed);
    return t;
}

qint64 AudioEngine::capturedSamples() const
{
    return m_meters->capturedSamples.load(std::memory_order_relaxed);
}

qint64 AudioEngine::lastSpeechStartUs() const
{
    return m_meters->lastSpeechStartUs.load(std::memory_order_relaxed);
}

qint64 AudioEngine::lastBargeInActionUs() const
{
    return m_meters->lastBargeInActionUs.load(std::memory_order_relaxed);
}

// --- slots -----------------------------------------------------------------------------------

void AudioEngine::enqueueModelAudio(const QByteArray &pcm24k)
{
    if (pcm24k.size() % 2 != 0)
        qCWarning(lcAudio) << "model audio chunk of odd size" << pcm24k.size()
                           << "bytes: the last byte is ignored";
    onProcessor([pcm24k](AudioProcessor *p) { p->enqueueModelAudio(pcm24k); });
    wakePlayback();
}

void AudioEngine::turnComplete()
{
    onProcessor([](AudioProcessor *p) { p->turnComplete(); });
}

void AudioEngine::serverInterrupted()
{
    onProcessor([](AudioProcessor *p) { p->serverInterrupted(); });
}

void AudioEngine::stopPlayback()
{
    onProcessor([](AudioProcessor *p) { p->stopPlayback(); });
}

void AudioEngine::setMuted(bool muted)
{
    m_muted = muted;
    onProcessor([muted](AudioProcessor *p) { p->setMuted(muted); });
}

void AudioEngine::setSpeechRate(double rate)
{
    m_settings.speechRate = std::clamp(rate, SpeechRateChanger::kMinRate,
                                       SpeechRateChanger::kMaxRate);
    if (m_settings.speechRate != 1.0 && !SpeechRateChanger::isAvailable())
        Q_EMIT warning(AudioWarning::SpeechRateUnavailable, SpeechRateChanger::unavailableReason());
    onProcessor([rate = m_settings.speechRate](AudioProcessor *p) { p->setSpeechRate(rate); });
}

void AudioEngine::setBargeInMode(BargeInMode mode)
{
    AudioEngineSettings s = m_settings;
    s.bargeIn = mode;
    setSettings(s);
}

void AudioEngine::setTurnDetection(TurnDetection detection)
{
    AudioEngineSettings s = m_settings;
    s.turnDetection = detection;
    setSettings(s);
}

void AudioEngine::setVoiceProcessing(const VoiceProcessingOptions &options)
{
    AudioEngineSettings s = m_settings;
    s.processing = options;
    setSettings(s);
}

} // namespace livedesk::audio
