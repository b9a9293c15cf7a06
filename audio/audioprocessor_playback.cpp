// AudioProcessor's playback half: the model's audio from the session into the jitter buffer and
// on to the speaker's ring, flushes on barge-in, and the books of what was played.
#include "audio/audioprocessor.h"

#include "audio/enginemeters.h"
#include "audio/playbackpipeline.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace livedesk::audio {

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

} // namespace

void AudioProcessor::enqueueModelAudio(const QByteArray &pcm24k)
{
    const qint64 samples = pcm24k.size() / 2;
    m_meters.samplesReceived.fetch_add(samples, std::memory_order_relaxed);
    if (m_bargeIn.isDiscarding() || !m_playback) {
        // The rest of a turn the user talked over, or nowhere to play it.
        m_meters.samplesDiscarded.fetch_add(samples, std::memory_order_relaxed);
        return;
    }
    m_modelTurnOpen = true;
    m_awaitingFinish = false;
    setTickMs(TickPace::Normal);
    m_enqueueScratch.resize(size_t(samples));
    std::memcpy(m_enqueueScratch.data(), pcm24k.constData(), size_t(samples) * 2);
    m_playbackPipeline->enqueue(m_enqueueScratch);
    // Play it at once rather than at the next tick: this is the receive → device latency.
    topUpPlayback();
}

void AudioProcessor::serverInterrupted()
{
    flushPlayback();
    m_modelTurnOpen = false;
    apply(m_bargeIn.serverInterrupted(steadyMs()));
}

void AudioProcessor::turnComplete()
{
    m_playbackPipeline->endOfTurn();
    if (m_modelTurnOpen)
        m_awaitingFinish = true;
    m_modelTurnOpen = false;
    apply(m_bargeIn.turnComplete(steadyMs()));
    topUpPlayback();
}

void AudioProcessor::stopPlayback()
{
    apply(m_bargeIn.stopRequested(steadyMs(), m_modelTurnOpen));
}

void AudioProcessor::setSpeechRate(double rate)
{
    m_settings.speechRate = rate;
    m_playbackPipeline->setSpeechRate(rate);
}

void AudioProcessor::flushPlayback()
{
    const bool hadAudio = modelSpeaking();
    const qint64 received = m_playbackPipeline->jitter().turnSamplesReceived();
    const qint64 dropped = m_playbackPipeline->flush();
    m_meters.samplesDiscarded.fetch_add(dropped, std::memory_order_relaxed);
    m_awaitingFinish = false;
    if (!m_playback)
        return;
    PlaybackControl &control = m_playback->control;
    control.flushUpTo.store(m_playback->ring.totalWritten(), std::memory_order_release);
    const uint32_t done = control.flushesDone.load(std::memory_order_acquire);
    control.flushSequence.fetch_add(1, std::memory_order_acq_rel);
    if (hadAudio) {
        // Tell how much was heard once the device has faded out (one pump later).
        m_interruptPending = true;
        m_interruptFlushes = done + 1;
        m_interruptReceived = received;
    }
}

bool AudioProcessor::modelSpeaking() const
{
    if (m_playbackPipeline->hasPendingAudio())
        return true;
    return m_playback && m_playback->ring.size() > 0;
}

// --- the speaker's ring -----------------------------------------------------------------------------

void AudioProcessor::topUpPlayback()
{
    if (!m_playback)
        return;
    SpscRing<float> &ring = m_playback->ring;
    const size_t target = size_t(m_playback->format.sampleRate()) * kPlaybackRingTargetMs / 1000;
    size_t fill = ring.size();
    while (fill < target) {
        const size_t want = std::min(target - fill, m_renderScratch.size());
        const size_t n = m_playbackPipeline->render(std::span<float>(m_renderScratch.data(), want),
                                                    fill);
        if (n == 0)
            break;
        const size_t written = ring.write(std::span<const float>(m_renderScratch.data(), n));
        m_playbackPipeline->noteWritten(ring.totalWritten());
        fill += written;
        if (written < n)
            break; // cannot happen while target < capacity; never spin
    }
}

void AudioProcessor::updatePlaybackBooks()
{
    const JitterBuffer &jitter = m_playbackPipeline->jitter();
    m_meters.turnSamplesReceived.store(jitter.turnSamplesReceived(), std::memory_order_relaxed);
    m_meters.bufferedMs.store(jitter.bufferedMs(), std::memory_order_relaxed);
    m_meters.jitterTargetMs.store(jitter.targetMs(), std::memory_order_relaxed);
    m_meters.underruns.store(jitter.underruns(), std::memory_order_relaxed);
    const bool speaking = modelSpeaking();
    m_meters.speaking.store(speaking, std::memory_order_relaxed);
    if (!m_playback)
        return;

    const PlaybackControl &control = m_playback->control;
    const uint64_t played = control.playedRingIndex.load(std::memory_order_acquire);
    const qint64 position = m_playbackPipeline->positionAt(played);
    const qint64 turnPlayed = std::clamp<qint64>(position - jitter.turnStartPosition(), 0,
                                                 jitter.turnSamplesReceived());

    if (m_interruptPending
        && control.flushesDone.load(std::memory_order_acquire) >= m_interruptFlushes) {
        m_interruptPending = false;
        m_meters.turnSamplesPlayed.store(turnPlayed, std::memory_order_relaxed);
        Q_EMIT playbackInterrupted(turnPlayed, m_interruptReceived);
        return;
    }
    if (m_interruptPending)
        return;
    m_meters.turnSamplesPlayed.store(turnPlayed, std::memory_order_relaxed);
    if (m_awaitingFinish && !speaking) {
        m_awaitingFinish = false;
        m_meters.turnSamplesPlayed.store(jitter.turnSamplesReceived(), std::memory_order_relaxed);
        Q_EMIT playbackFinished(jitter.turnSamplesReceived());
    }
}

} // namespace livedesk::audio
