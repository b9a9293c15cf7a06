#include "audio/audioprocessor.h"

#include "audio/capturepipeline.h"
#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"
#include "audio/enginemeters.h"
#include "audio/logging.h"
#include "audio/playbackpipeline.h"
#include "audio/recordingtap.h"
#include "audio/sampleconvert.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace livedesk::audio {

namespace {

constexpr int kRate16k = 16000;
constexpr int kFrame = 160;
constexpr int kTickMs = 10;
// While the quiet gate is closed and nothing plays or records, nothing here is in a hurry: the
// microphone is not processed and the stream is paused, so a tick four times as long only
// makes the first frame that opens the gate up to 30 ms later (its pre-roll covers it), and
// the timer's wakeups were most of this thread's idle cost.
constexpr int kQuietTickMs = 40;
constexpr size_t kCaptureReadFrames = 4096; // device frames per read from the capture ring
// How long a microphone frame waits for the far end the canceller must see before it (its
// speaker's thread stalled): past this, silence stands in, which shifts the line-up once.
constexpr int kMaxFarEndWaitMs = 300;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

qint64 steadyMs()
{
    return steadyNs() / 1000000;
}

VadSettings vadSettings(const AudioEngineSettings &s)
{
    VadSettings vad;
    vad.sensitivity = s.sensitivity;
    vad.minSpeechMs = s.minSpeechMs;
    vad.hangoverMs = s.endSilenceMs;
    return vad;
}

BargeInSettings bargeInSettings(const AudioEngineSettings &s)
{
    BargeInSettings b;
    b.mode = s.bargeIn;
    b.turnDetection = s.turnDetection;
    b.confirmWindowMs = s.confirmWindowMs;
    b.duckGainDb = s.duckGainDb;
    return b;
}

JitterBufferSettings jitterSettings(const AudioEngineSettings &s)
{
    JitterBufferSettings j;
    j.sampleRate = PlaybackPipeline::kModelSampleRate;
    j.prebufferMs = s.prebufferMs;
    j.maxTargetMs = std::max(s.maxJitterBufferMs, s.prebufferMs);
    return j;
}

} // namespace

AudioProcessor::AudioProcessor(const AudioEngineSettings &settings, EngineMeters &meters,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_meters(meters)
    , m_timer(this)
    , m_capturePipeline(
              std::make_unique<CapturePipeline>(settings.processing, vadSettings(settings)))
    , m_bargeIn(bargeInSettings(settings))
    , m_playbackPipeline(std::make_unique<PlaybackPipeline>(jitterSettings(settings),
                                                            PlaybackPipeline::kModelSampleRate,
                                                            settings.speechRate))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AudioProcessor::tick);
    m_pending16k.reserve(kFrame * 8);
    m_pendingReference16k.reserve(kFrame * 8);
    m_chunk.reserve(kRate16k * 2);
    m_capturePipeline->quietGate().setMode(settings.quietGate);
    m_capturePipeline->setResidualEchoSuppression(settings.residualEchoSuppression);
}

AudioProcessor::~AudioProcessor() = default;

void AudioProcessor::start()
{
    m_lastNonZeroNs = steadyNs();
    m_noSignalWarned = false;
    m_timer.start(kTickMs);
}

void AudioProcessor::stop()
{
    m_timer.stop();
    if (m_bargeIn.isActivityOpen())
        endActivity();
    flushPlayback();
    m_chunk.clear();
    m_preroll.clear();
}

// --- attaching devices -----------------------------------------------------------------------

void AudioProcessor::attachCapture(std::shared_ptr<CaptureStream> stream)
{
    m_capture = std::move(stream);
    const QAudioFormat &format = m_capture->format;
    m_captureResampler.reset();
    if (format.sampleRate() != kRate16k) {
        m_captureResampler = std::make_unique<dsp::Resampler>(format.sampleRate(), kRate16k, 1,
                                                              dsp::ResamplerQuality::High,
                                                              dsp::ResamplerLatency::Streaming);
    }
    m_captureBytes.assign(kCaptureReadFrames * size_t(format.bytesPerFrame()), 0);
    m_captureMono.assign(kCaptureReadFrames, 0.0f);
    m_capture16k.assign(m_captureResampler ? m_captureResampler->maxOutputFrames(kCaptureReadFrames)
                                           : kCaptureReadFrames,
                        0.0f);
    m_pending16k.clear();
    m_captureFramesIn = 0;
    m_captureClock.restart(format.sampleRate());
    m_stampedBytes = 0;
    m_captureStartSample16k = m_samples16k;
    m_farEnd.reset();
    // Another device, maybe another path: the echo's lag is found again.
    m_farEnd.setLeadUs(int64_t(FarEndResync::kLeadMs) * 1000);
    m_capturePipeline->echoPathChanged();
    m_droppedReported = 0;
    m_lastNonZeroNs = steadyNs();
    m_noSignalWarned = false;
    m_meters.noSignal.store(false);
}

void AudioProcessor::detachCapture()
{
    m_capture.reset();
    m_captureResampler.reset();
    m_meters.inputRmsDbfs.store(-120.0f, std::memory_order_relaxed);
    m_meters.inputPeakDbfs.store(-120.0f, std::memory_order_relaxed);
}

void AudioProcessor::attachPlayback(std::shared_ptr<PlaybackStream> stream)
{
    m_playback = std::move(stream);
    const int rate = m_playback->format.sampleRate();
    m_playbackPipeline->setDeviceRate(rate);
    m_playback->control.gainTarget.store(m_gainTarget);
    m_playback->control.holdOpen.store(m_recording != nullptr);
    m_referenceResampler.reset();
    if (rate != kRate16k) {
        // The same filter as the microphone's, so both reach the canceller equally late.
        m_referenceResampler = std::make_unique<dsp::Resampler>(rate, kRate16k, 1,
                                                                dsp::ResamplerQuality::High,
                                                                dsp::ResamplerLatency::Streaming);
    }
    const size_t chunk = size_t(rate) / 10;
    m_referenceMono.assign(chunk, 0.0f);
    m_reference16k.assign(m_referenceResampler ? m_referenceResampler->maxOutputFrames(chunk)
                                               : chunk,
                          0.0f);
    m_pendingReference16k.clear();
    m_playbackClock.restart(rate);
    m_farEndTimed = false;
    m_referenceStampedEnd = 0;
    m_referenceFramesIn = 0;
    m_reference16kOut = 0;
    m_farEnd.reset();
    m_farEnd.setLeadUs(int64_t(FarEndResync::kLeadMs) * 1000);
    m_capturePipeline->echoPathChanged();
    m_renderScratch.assign(size_t(rate) * kPlaybackRingTargetMs / 1000 + 64, 0.0f);
    m_interruptPending = false;
}

void AudioProcessor::detachPlayback()
{
    m_playback.reset();
    m_referenceResampler.reset();
    m_farEndTimed = false;
    m_meters.outputRmsDbfs.store(-120.0f, std::memory_order_relaxed);
    m_meters.outputPeakDbfs.store(-120.0f, std::memory_order_relaxed);
}

// --- control ---------------------------------------------------------------------------------

void AudioProcessor::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    if (muted) {
        if (m_bargeIn.isActivityOpen())
            endActivity();
        m_chunk.clear();
        m_preroll.clear();
    }
}

void AudioProcessor::applySettings(const AudioEngineSettings &settings)
{
    const bool chunkChanged = settings.chunkMs != m_settings.chunkMs;
    m_settings.processing = settings.processing;
    m_settings.turnDetection = settings.turnDetection;
    m_settings.bargeIn = settings.bargeIn;
    m_settings.sensitivity = settings.sensitivity;
    m_settings.minSpeechMs = settings.minSpeechMs;
    m_settings.endSilenceMs = settings.endSilenceMs;
    m_settings.preRollMs = settings.preRollMs;
    m_settings.confirmWindowMs = settings.confirmWindowMs;
    m_settings.duckGainDb = settings.duckGainDb;
    m_settings.chunkMs = settings.chunkMs;
    m_settings.noSignalWarningMs = settings.noSignalWarningMs;
    m_capturePipeline->processor().setOptions(settings.processing);
    m_settings.quietGate = settings.quietGate;
    m_capturePipeline->quietGate().setMode(settings.quietGate);
    m_settings.residualEchoSuppression = settings.residualEchoSuppression;
    m_capturePipeline->setResidualEchoSuppression(settings.residualEchoSuppression);
    m_capturePipeline->vad().setSettings(vadSettings(settings));
    if (settings.turnDetection != TurnDetection::Client && m_bargeIn.isActivityOpen())
        endActivity();
    m_bargeIn.setSettings(bargeInSettings(settings));
    setSpeechRate(settings.speechRate);
    if (chunkChanged && !m_chunk.isEmpty())
        emitChunk();
}

void AudioProcessor::setRecordingTap(std::shared_ptr<RecordingTap> tap)
{
    m_recording = std::move(tap);
    if (m_playback)
        m_playback->control.holdOpen.store(m_recording != nullptr, std::memory_order_relaxed);
    if (m_recording)
        m_recording->begin(echoDelayMs());
}

void AudioProcessor::apply(const BargeInActions &actions)
{
    if (actions.stopPlayback) {
        const bool speaking = modelSpeaking();
        flushPlayback();
        if (speaking) {
            m_meters.lastBargeInActionUs.store(steadyNs() / 1000, std::memory_order_relaxed);
            Q_EMIT bargeIn(BargeInEvent::Stopped);
        }
    }
    if (actions.duck || actions.restoreVolume) {
        m_gainTarget = actions.duck ? std::pow(10.0f, m_settings.duckGainDb / 20.0f) : 1.0f;
        if (m_playback)
            m_playback->control.gainTarget.store(m_gainTarget, std::memory_order_release);
        m_capturePipeline->setBargeIn(actions.duck ? ResidualEchoSuppressor::BargeIn::InEffect
                                                   : ResidualEchoSuppressor::BargeIn::Absent);
    }
    if (actions.discardTurn)
        m_modelTurnOpen = false;
    if (actions.activityStart)
        startActivity();
    if (actions.activityEnd)
        endActivity();
    if (actions.duck) {
        m_meters.lastBargeInActionUs.store(steadyNs() / 1000, std::memory_order_relaxed);
        Q_EMIT bargeIn(BargeInEvent::Ducked);
    } else if (actions.restoreVolume && !actions.stopPlayback)
        Q_EMIT bargeIn(BargeInEvent::Restored);
}

// --- the processing step ---------------------------------------------------------------------

void AudioProcessor::tick()
{
    const qint64 nowNs = steadyNs();
    if (m_lastTickNs != 0)
        m_maxTickGapMs = std::max(m_maxTickGapMs, int((nowNs - m_lastTickNs) / 1000000));
    m_lastTickNs = nowNs;
    processReference();
    processCapture();
    if (m_recording && !m_capture)
        m_recording->advanceFarOnly();
    topUpPlayback();
    updatePlaybackBooks();
    apply(m_bargeIn.tick(steadyMs()));
    updateMeters();
    publishLineUp();
    const bool quiet = m_capturePipeline->quietGate().state() == QuietGate::State::Closed
                       && !modelSpeaking() && !m_recording;
    setTickMs(quiet ? TickPace::Quiet : TickPace::Normal);
}

void AudioProcessor::setTickMs(TickPace pace)
{
    const int ms = pace == TickPace::Quiet ? kQuietTickMs : kTickMs;
    if (m_timer.isActive() && m_timer.interval() != ms)
        m_timer.setInterval(ms);
}

void AudioProcessor::processReference()
{
    if (!m_playback)
        return;
    PlaybackStream &stream = *m_playback;
    PlaybackStamp stamp;
    while (stream.stamps.read(std::span<PlaybackStamp>(&stamp, 1)) == 1) {
        m_playbackClock.observe(stamp.firstFrame, stamp.playNs, stamp.suspensions);
        m_referenceStampedEnd = stamp.endFrame;
        m_stampedSuspensions = stamp.suspensions;
    }
    const int rate = stream.format.sampleRate();
    SpscRing<float> &reference = stream.reference;
    for (;;) {
        // Only frames whose write has been stamped, so that each has a play time. (A reference
        // frame lost to a full ring, when this thread stalled for seconds, shifts the times of
        // the ones after it; the canceller's own delay estimate absorbs that.)
        const size_t stamped = size_t(m_referenceStampedEnd - m_referenceFramesIn);
        const size_t n = reference.read(
                std::span<float>(m_referenceMono.data(), std::min(stamped, m_referenceMono.size())));
        if (n == 0)
            break;
        m_referenceFramesIn += n;
        if (!m_capture && !m_recording) {
            // Nothing to cancel it from, nothing to record; the 16 kHz count follows along.
            m_reference16kOut = qint64(m_referenceFramesIn) * kRate16k / rate;
            continue;
        }
        const std::span<const float> mono(m_referenceMono.data(), n);
        if (m_referenceResampler) {
            const size_t out = m_referenceResampler->process(mono, std::span<float>(m_reference16k));
            m_pendingReference16k.insert(m_pendingReference16k.end(), m_reference16k.begin(),
                                         m_reference16k.begin() + qsizetype(out));
        } else {
            m_pendingReference16k.insert(m_pendingReference16k.end(), mono.begin(), mono.end());
        }
        size_t offset = 0;
        std::array<int16_t, kFrame> frame;
        for (; offset + kFrame <= m_pendingReference16k.size(); offset += kFrame) {
            const std::span<const float> f(m_pendingReference16k.data() + offset, kFrame);
            dsp::floatToS16(f, frame);
            // The resampler keeps its output aligned with its input (see captureTimeUs()).
            const int64_t playUs = m_playbackClock.isAnchored() ? m_playbackClock.timeUs(
                                           double(m_reference16kOut) * rate / kRate16k)
                                                                : FarEndResync::kUnknownTime;
            m_reference16kOut += kFrame;
            if (m_capture)
                m_farEnd.pushFar(frame, playUs);
            if (m_recording)
                m_recording->pushFar(frame);
            float peak = 0;
            for (float s : f)
                peak = std::max(peak, std::abs(s));
            m_meters.outputRmsDbfs.store(dsp::toDbfs(dsp::rms(f)), std::memory_order_relaxed);
            m_meters.outputPeakDbfs.store(dsp::toDbfs(peak), std::memory_order_relaxed);
        }
        m_pendingReference16k.erase(m_pendingReference16k.begin(),
                                    m_pendingReference16k.begin() + qsizetype(offset));
    }
}

void AudioProcessor::processCapture()
{
    if (!m_capture)
        return;
    CaptureStream &stream = *m_capture;
    const size_t bytesPerFrame = size_t(stream.format.bytesPerFrame());
    CaptureStamp stamp;
    while (stream.stamps.read(std::span<CaptureStamp>(&stamp, 1)) == 1) {
        m_captureClock.observe(stamp.endByte / bytesPerFrame, stamp.steadyNs);
        m_stampedBytes = stamp.endByte;
    }
    for (;;) {
        // Only bytes whose delivery has been stamped: the device writes the bytes before the
        // stamp, and a frame read ahead of its stamp would have no anchor to be timed by.
        const size_t stamped = size_t(m_stampedBytes - stream.bytes.totalRead());
        const size_t available = std::min(stream.bytes.readAvailable(), stamped) / bytesPerFrame
                                 * bytesPerFrame;
        const size_t take = std::min(available, m_captureBytes.size());
        if (take == 0)
            break;
        stream.bytes.read(std::span<char>(m_captureBytes.data(), take));
        const size_t frames = take / bytesPerFrame;
        if (hasNonZeroSample(m_captureBytes.data(), frames, stream.format)) {
            m_lastNonZeroNs = steadyNs();
            if (m_noSignalWarned) {
                m_noSignalWarned = false;
                m_meters.noSignal.store(false, std::memory_order_relaxed);
            }
        }
        deviceToMono(m_captureBytes.data(), frames, stream.format, m_captureMono.data());
        m_captureFramesIn += frames;
        const std::span<const float> mono(m_captureMono.data(), frames);
        if (m_captureResampler) {
            const size_t out = m_captureResampler->process(mono, std::span<float>(m_capture16k));
            m_pending16k.insert(m_pending16k.end(), m_capture16k.begin(),
                                m_capture16k.begin() + qsizetype(out));
        } else {
            m_pending16k.insert(m_pending16k.end(), mono.begin(), mono.end());
        }
        size_t offset = 0;
        bool waiting = false;
        for (; offset + kFrame <= m_pending16k.size(); offset += kFrame) {
            if (farEndLate(captureTimeUs(m_samples16k))) {
                waiting = true;
                break;
            }
            processCaptureFrame(std::span<const float>(m_pending16k.data() + offset, kFrame));
        }
        m_pending16k.erase(m_pending16k.begin(), m_pending16k.begin() + qsizetype(offset));
        if (waiting)
            break; // the rest stays in the ring until the far end has caught up
    }

    const uint64_t dropped = stream.droppedBytes.load(std::memory_order_relaxed);
    if (dropped > m_droppedReported) {
        const qint64 lostMs = stream.format.durationForBytes(qint32(dropped - m_droppedReported))
                              / 1000;
        m_droppedReported = dropped;
        Q_EMIT warning(AudioWarning::CaptureOverflow,
                       tr("The computer is too busy: %1 ms of microphone audio were lost.")
                               .arg(lostMs));
    }

    if (!m_noSignalWarned && m_settings.noSignalWarningMs > 0
        && (steadyNs() - m_lastNonZeroNs) / 1000000 >= m_settings.noSignalWarningMs) {
        m_noSignalWarned = true;
        m_meters.noSignal.store(true, std::memory_order_relaxed);
        Q_EMIT warning(AudioWarning::NoMicrophoneSignal,
                       tr("No sound from the microphone: it delivers only silence. Check that "
                          "it is not muted in the system settings and that the right input is "
                          "selected."));
    }
}

qint64 AudioProcessor::captureTimeUs(qint64 sample16k)
{
    // Frames are read only once stamped (processCapture), so the clock is anchored here. The
    // resampler keeps its output aligned with its input (16 kHz sample k is the device's signal
    // at k / 16000 s): its delay is how much input has not come out yet, not an offset of what
    // has, and adding it would date samples after their own delivery.
    const int rate = m_capture->format.sampleRate();
    const double deviceFrame = double(sample16k - m_captureStartSample16k) * rate / kRate16k;
    return m_captureClock.timeUs(deviceFrame);
}

bool AudioProcessor::farEndLate(qint64 nearUs) const
{
    // The speaker's thread hands its frames (and their play times) over after writing them, tens
    // of milliseconds before they play; a tick can still find a microphone frame whose far end
    // has not come yet when that thread ran late. Fed without it, the canceller would get
    // silence in its place and the far end one frame later than the near end from then on: a
    // shifted echo path, converged again at the next reply's start. So the microphone frame
    // waits, unless the speaker is corked (no frames will come until it plays again) or the
    // wait has become long enough to be a stall.
    return steadyNs() / 1000 - nearUs <= qint64(kMaxFarEndWaitMs) * 1000 && farEndBehind(nearUs);
}

bool AudioProcessor::farEndBehind(qint64 nearUs) const
{
    if (!m_playback || !m_capture)
        return false;
    if (m_playback->control.suspensions.load(std::memory_order_relaxed) != m_stampedSuspensions)
        return false;
    return m_farEnd.isBehind(nearUs);
}

int AudioProcessor::echoDelayMs() const
{
    // From the moment the device took a far-end sample to the moment its echo reaches us: the
    // sink's buffer, then the source's, plus half our own tick on average.
    const int out = m_playback ? m_playback->latencyMs.load(std::memory_order_relaxed) : 0;
    const int in = m_capture ? m_capture->latencyMs.load(std::memory_order_relaxed) : 0;
    return out + in + kTickMs / 2;
}

int AudioProcessor::cancellerDelayMs() const
{
    // Lined up by the devices' clocks, a far-end frame goes in kLeadMs before the microphone
    // frame taken when it plays: that is the delay, whatever the buffers hold; the echo's path
    // through the air (or a loopback) the canceller finds itself. Without play times yet, the
    // frames go in as they come, and the buffers are the delay.
    return m_farEndTimed ? FarEndResync::kLeadMs : echoDelayMs();
}

void AudioProcessor::processCaptureFrame(std::span<const float> frame16k)
{
    const qint64 firstSample = m_samples16k;
    m_samples16k += kFrame;
    m_meters.capturedSamples.store(m_samples16k, std::memory_order_relaxed);

    float peak = 0;
    for (float s : frame16k)
        peak = std::max(peak, std::abs(s));
    m_meters.inputRmsDbfs.store(dsp::toDbfs(dsp::rms(frame16k)), std::memory_order_relaxed);
    m_meters.inputPeakDbfs.store(dsp::toDbfs(peak), std::memory_order_relaxed);

    dsp::floatToS16(frame16k, m_frame);
    const qint64 timeUs = captureTimeUs(firstSample);
    const int shiftsBefore = m_farEnd.shifts();
    m_farEnd.beforeNear(timeUs, [this, timeUs](std::span<const int16_t> far, int64_t playUs) {
        int leadUs = CapturePipeline::kLeadUnknown;
        if (playUs != FarEndResync::kUnknownTime) {
            m_farEndTimed = true;
            leadUs = int(std::clamp<int64_t>(playUs - timeUs, -1'000'000, 1'000'000));
            m_farLeadMinUs = std::min(m_farLeadMinUs, leadUs);
            m_farLeadMaxUs = std::max(m_farLeadMaxUs, leadUs);
        }
        m_capturePipeline->processRender(far, leadUs);
    });
    if (m_farEnd.shifts() != shiftsBefore)
        m_capturePipeline->farEndMoved();
    // Only a frame farEndLate() stopped waiting for gets here with the far end still behind.
    if (farEndBehind(timeUs))
        m_capturePipeline->farEndMissing();
    const CaptureFrameResult result = m_capturePipeline->processCapture(m_frame, cancellerDelayMs());
    if (result.echoLagMs)
        onEchoLag(*result.echoLagMs);
    m_frameQuiet = result.quiet;
    m_meters.voiceActive.store(result.vad.active && !m_muted, std::memory_order_relaxed);
    if (m_recording) {
        static constexpr std::array<int16_t, kFrame> kSilence {};
        m_recording->pushNear(m_muted ? std::span<const int16_t>(kSilence) : m_frame);
    }
    if (m_muted)
        return;

    const bool client = m_settings.turnDetection == TurnDetection::Client;
    m_frameTaken = false;
    if (client && !m_bargeIn.isActivityOpen()) {
        PrerollFrame f;
        std::copy(m_frame.begin(), m_frame.end(), f.samples.begin());
        f.firstSample = firstSample;
        f.captureTimeUs = timeUs;
        f.speech = result.vad.speechFrame;
        m_preroll.push_back(f);
        const size_t keep = size_t(std::max(1, m_settings.preRollMs / 10));
        while (m_preroll.size() > keep)
            m_preroll.pop_front();
    }

    bool endAfterFrame = false;
    if (result.vad.event == VadEvent::SpeechStarted) {
        m_meters.lastSpeechStartUs.store(timeUs, std::memory_order_relaxed);
        qCDebug(lcAudio,
                "voice onset at %.2f s: %.1f dBFS (noise floor %.1f, echo %.1f), voicing %.2f, "
                "model speaking: %d",
                double(firstSample) / kRate16k, double(result.vad.energyDbfs),
                double(result.vad.noiseFloorDbfs), double(result.echoDbfs),
                double(result.vad.voicing), int(modelSpeaking()));
        apply(m_bargeIn.speechStarted(steadyMs(), modelSpeaking()));
    } else if (result.bargeInOnset && m_settings.turnDetection == TurnDetection::Server) {
        // The user over the model, seen before the canceller lets them through: duck or stop
        // the model now (the detector's own onset, which follows, finds it done already).
        m_meters.lastSpeechStartUs.store(timeUs, std::memory_order_relaxed);
        apply(m_bargeIn.speechStarted(steadyMs(), modelSpeaking()));
    } else if (result.vad.event == VadEvent::SpeechEnded) {
        qCDebug(lcAudio, "voice ended at %.2f s", double(firstSample) / kRate16k);
        const BargeInActions actions = m_bargeIn.speechEnded(steadyMs());
        endAfterFrame = actions.activityEnd;
        BargeInActions rest = actions;
        rest.activityEnd = false;
        apply(rest);
    }

    const bool streaming = !client || m_bargeIn.isActivityOpen() || endAfterFrame;
    if (streaming && !m_frameTaken)
        appendToChunk(m_frame, firstSample, timeUs, result.vad.speechFrame);
    if (endAfterFrame)
        endActivity();
}

void AudioProcessor::onEchoLag(float lagMs)
{
    const int lag16k = int(std::lround(lagMs * 16.0f));
    m_echoLagMin = m_echoLagMin < 0 ? lag16k : std::min(m_echoLagMin, lag16k);
    m_echoLagMax = std::max(m_echoLagMax, lag16k);
    if (lagMs >= float(kEchoLagLowMs) && lagMs <= float(VoiceProcessor::echoReachMs()))
        return;
    // Hold the far end back (or let it catch up) by what the echo is off its place: one step
    // the canceller converges to, where the 0.3 canceller would make that step itself only
    // after 15 s, and again at each reply's start were the lag left to the clocks.
    const int64_t leadUs = std::clamp<int64_t>(m_farEnd.leadUs()
                                                       - int64_t(std::lround(
                                                               (lagMs - kTargetEchoLagMs)
                                                               * 1000.0f)),
                                               int64_t(kMinLeadMs) * 1000,
                                               int64_t(FarEndResync::kLeadMs) * 1000);
    if (leadUs == m_farEnd.leadUs())
        return;
    m_farEnd.setLeadUs(leadUs);
    m_capturePipeline->farEndMoved();
    ++m_leadMoves;
}

void AudioProcessor::startActivity()
{
    Q_EMIT activityStarted();
    // The pre-roll goes out first, so the first syllable before the detector was sure is sent
    // too. It includes the frame being processed.
    for (const PrerollFrame &f : m_preroll)
        appendToChunk(f.samples, f.firstSample, f.captureTimeUs, f.speech);
    m_frameTaken = !m_preroll.empty();
    m_preroll.clear();
}

void AudioProcessor::endActivity()
{
    if (!m_chunk.isEmpty())
        emitChunk();
    Q_EMIT activityEnded();
}

void AudioProcessor::appendToChunk(std::span<const int16_t> frame, qint64 firstSample,
                                   qint64 captureTimeUs, bool speech)
{
    if (m_chunk.isEmpty()) {
        m_chunkFirstSample = firstSample;
        m_chunkTimeUs = captureTimeUs;
        m_chunkSpeech = false;
        m_chunkQuiet = true;
    }
    m_chunkQuiet = m_chunkQuiet && m_frameQuiet;
    m_chunk.append(reinterpret_cast<const char *>(frame.data()), qsizetype(frame.size() * 2));
    m_chunkSpeech = m_chunkSpeech || speech;
    const qsizetype chunkBytes = qsizetype(std::max(1, m_settings.chunkMs / 10)) * kFrame * 2;
    if (m_chunk.size() >= chunkBytes)
        emitChunk();
}

void AudioProcessor::emitChunk()
{
    AudioChunk chunk;
    chunk.pcm = m_chunk; // a copy sized exactly; m_chunk keeps its capacity
    chunk.firstSample = m_chunkFirstSample;
    chunk.captureTimeUs = m_chunkTimeUs;
    chunk.speech = m_chunkSpeech;
    chunk.quiet = m_chunkQuiet;
    m_chunk.resize(0);
    Q_EMIT chunkReady(chunk);
}

void AudioProcessor::publishLineUp()
{
    // Once a tick, not per frame: what bench_echo_path logs per reply.
    const uint32_t resets = m_meters.lineUpResets.load(std::memory_order_relaxed);
    if (resets != m_lineUpResets) {
        m_lineUpResets = resets;
        m_farLeadMinUs = std::numeric_limits<int>::max();
        m_farLeadMaxUs = std::numeric_limits<int>::min();
        m_maxTickGapMs = 0;
        m_echoLagMin = m_echoLagMax = -1;
    }
    m_meters.echoLagMinSamples.store(m_echoLagMin, std::memory_order_relaxed);
    m_meters.echoLagMaxSamples.store(m_echoLagMax, std::memory_order_relaxed);
    m_meters.farLeadSetUs.store(int(m_farEnd.leadUs()), std::memory_order_relaxed);
    m_meters.farLeadMoves.store(m_leadMoves, std::memory_order_relaxed);
    m_meters.farLeadMinUs.store(m_farLeadMinUs, std::memory_order_relaxed);
    m_meters.farLeadMaxUs.store(m_farLeadMaxUs, std::memory_order_relaxed);
    m_meters.maxTickGapMs.store(m_maxTickGapMs, std::memory_order_relaxed);
    m_meters.farHeldFrames.store(m_farEnd.heldFrames(), std::memory_order_relaxed);
    m_meters.farCatchUps.store(m_farEnd.catchUps(), std::memory_order_relaxed);
    m_meters.farShifts.store(m_farEnd.shifts(), std::memory_order_relaxed);
    m_meters.lagUnknownFrames.store(m_capturePipeline->lagUnknownFrames(),
                                    std::memory_order_relaxed);
    m_meters.farMissingFrames.store(m_capturePipeline->farEndMissingFrames(),
                                    std::memory_order_relaxed);
    m_meters.playbackSlips.store(m_playbackClock.slips(), std::memory_order_relaxed);
    m_meters.cancellerStreamDelayMs.store(cancellerDelayMs(), std::memory_order_relaxed);
    // The library's own figure is not free to read (AEC3 copies its statistics): ten a second.
    if (--m_ticksToDelayReading <= 0) {
        m_ticksToDelayReading = 10;
        m_meters.cancellerMeasuredDelayMs.store(m_capturePipeline->processor().measuredDelayMs(),
                                                std::memory_order_relaxed);
    }
}

void AudioProcessor::updateMeters()
{
    if (!m_capture)
        m_meters.voiceActive.store(false, std::memory_order_relaxed);
}

} // namespace livedesk::audio
