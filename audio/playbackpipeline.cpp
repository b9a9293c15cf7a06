#include "audio/playbackpipeline.h"

#include <algorithm>

namespace livedesk::audio {

namespace {
constexpr size_t kPullSamples = PlaybackPipeline::kModelSampleRate / 100; // 10 ms
constexpr size_t kRatedChunk = 2048;
} // namespace

PlaybackPipeline::PlaybackPipeline(const JitterBufferSettings &jitter, int deviceRate,
                                   double speechRate)
    : m_jitter(jitter)
    , m_rate(kModelSampleRate)
    , m_deviceRate(deviceRate)
    , m_pull(kPullSamples)
    , m_model(kPullSamples)
    , m_rated(kRatedChunk)
{
    m_rate.setRate(speechRate);
    setDeviceRate(deviceRate);
}

void PlaybackPipeline::setDeviceRate(int deviceRate)
{
    m_deviceRate = deviceRate > 0 ? deviceRate : kModelSampleRate;
    if (m_deviceRate == kModelSampleRate)
        m_resampler.reset();
    else
        m_resampler = std::make_unique<dsp::Resampler>(kModelSampleRate, m_deviceRate, 1,
                                                       dsp::ResamplerQuality::High,
                                                       dsp::ResamplerLatency::Streaming);
    m_stage.clear();
    m_stage.reserve(size_t(m_deviceRate) / 5);
    m_stageHead = 0;
    m_rate.clear();
    m_tailPending = false;
    // A new device means a new ring: its indices start again at zero.
    m_checkpoints.clear();
    m_lastRingIndex = 0;
    m_renderedPosition = double(m_jitter.position());
    m_lastPosition = m_renderedPosition;
}

void PlaybackPipeline::setSpeechRate(double rate)
{
    m_rate.setRate(rate);
}

void PlaybackPipeline::enqueue(std::span<const int16_t> model24k)
{
    m_jitter.push(model24k);
}

void PlaybackPipeline::endOfTurn()
{
    m_jitter.markEndOfTurn();
}

qint64 PlaybackPipeline::flush()
{
    const qint64 dropped = m_jitter.flush();
    resetConverters();
    m_renderedPosition = double(m_jitter.position());
    return dropped;
}

void PlaybackPipeline::resetConverters()
{
    m_rate.clear();
    if (m_resampler)
        m_resampler->reset();
    m_stage.clear();
    m_stageHead = 0;
    m_tailPending = false;
}

bool PlaybackPipeline::hasPendingAudio() const
{
    return m_jitter.bufferedSamples() > 0 || m_tailPending || m_stageHead < m_stage.size();
}

size_t PlaybackPipeline::takeStaged(std::span<float> out)
{
    const size_t n = std::min(out.size(), m_stage.size() - m_stageHead);
    std::copy_n(m_stage.begin() + qsizetype(m_stageHead), n, out.begin());
    m_stageHead += n;
    if (m_stageHead == m_stage.size()) {
        m_stage.clear();
        m_stageHead = 0;
    }
    m_renderedPosition += double(n) * kModelSampleRate / m_deviceRate * m_rate.rate();
    m_renderedPosition = std::min(m_renderedPosition, double(m_jitter.position()));
    return n;
}

size_t PlaybackPipeline::render(std::span<float> out, size_t queuedDeviceFrames)
{
    auto stage = [this](std::span<const float> rated) {
        if (m_resampler)
            m_resampler->process(rated, m_stage);
        else
            m_stage.insert(m_stage.end(), rated.begin(), rated.end());
    };

    size_t n = takeStaged(out);
    while (n < out.size()) {
        const size_t rated = m_rate.read(m_rated);
        if (rated > 0) {
            stage(std::span<const float>(m_rated).first(rated));
            n += takeStaged(out.subspan(n));
            continue;
        }
        const size_t queuedFrames = queuedDeviceFrames + n + (m_stage.size() - m_stageHead);
        const auto queuedModel = qint64(double(queuedFrames) * kModelSampleRate / m_deviceRate);
        const size_t pulled = m_jitter.pull(m_pull, queuedModel);
        if (pulled > 0) {
            for (size_t i = 0; i < pulled; ++i)
                m_model[i] = float(m_pull[i]) / 32768.0f;
            m_rate.write(std::span<const float>(m_model).first(pulled));
            m_tailPending = true;
            continue;
        }
        if (m_tailPending && m_jitter.state() == JitterBuffer::State::Idle) {
            // The turn is over: push the last few milliseconds held inside sonic and soxr out.
            m_rate.drain();
            while (const size_t tail = m_rate.read(m_rated))
                stage(std::span<const float>(m_rated).first(tail));
            if (m_resampler) {
                m_resampler->flush(m_stage);
                m_resampler->reset();
            }
            m_tailPending = false;
            n += takeStaged(out.subspan(n));
            continue;
        }
        break;
    }
    if (!hasPendingAudio() && m_jitter.state() == JitterBuffer::State::Idle)
        m_renderedPosition = double(m_jitter.position()); // the turn played out: exact again
    return n;
}

void PlaybackPipeline::noteWritten(uint64_t ringIndexAfter)
{
    if (!m_checkpoints.empty() && m_checkpoints.back().ringIndex == ringIndexAfter)
        m_checkpoints.back().position = m_renderedPosition;
    else
        m_checkpoints.push_back({ringIndexAfter, m_renderedPosition});
}

qint64 PlaybackPipeline::positionAt(uint64_t playedRingIndex)
{
    while (!m_checkpoints.empty() && m_checkpoints.front().ringIndex <= playedRingIndex) {
        m_lastRingIndex = m_checkpoints.front().ringIndex;
        m_lastPosition = m_checkpoints.front().position;
        m_checkpoints.pop_front();
    }
    if (m_checkpoints.empty() || playedRingIndex <= m_lastRingIndex)
        return qint64(m_lastPosition + 0.5);
    const Checkpoint &next = m_checkpoints.front();
    const double fraction = double(playedRingIndex - m_lastRingIndex)
                            / double(next.ringIndex - m_lastRingIndex);
    return qint64(m_lastPosition + (next.position - m_lastPosition) * fraction + 0.5);
}

} // namespace livedesk::audio
