#include "app/cli/recordscli_timeline.h"

#include "app/logging.h"

#include "audio/dsp/pcm.h"
#include "audio/recordingtap.h"
#include "session/livesession.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace livedesk::app {

ListenerTimeline::ListenerTimeline(session::LiveSession *session, QByteArray inputPcm,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_input(std::move(inputPcm))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ListenerTimeline::tick);
    connect(session, &session::LiveSession::audioReceived, this, &ListenerTimeline::onModelAudio);
    // The user talked over the model: a speaker would drop the rest of the answer.
    connect(session, &session::LiveSession::interrupted, this, [this] {
        m_far.clear();
        m_farRead = 0;
    });
}

ListenerTimeline::~ListenerTimeline() = default;

void ListenerTimeline::setRecordingTap(std::shared_ptr<audio::RecordingTap> tap)
{
    m_tap = std::move(tap);
    if (m_tap)
        m_tap->begin(0); // both sides are on this one clock already
}

bool ListenerTimeline::openMix(const QString &path, double originalGainDb, QString *error)
{
    m_originalGain = float(std::pow(10.0, originalGainDb / 20.0));
    if (m_mix.open(path, kSampleRate, 1))
        return true;
    *error = path + u": "_s + m_mix.errorString();
    return false;
}

void ListenerTimeline::start()
{
    m_clock.start();
    // What was sent before the timeline started (the setup is sent first, so normally nothing)
    // counts from now.
    m_nearTaken = 0;
    m_timer.start(kTickMs);
}

void ListenerTimeline::stop()
{
    if (!m_timer.isActive())
        return;
    tick();
    m_timer.stop();
    m_mix.close();
}

void ListenerTimeline::onModelAudio(const QByteArray &pcm, int sampleRate)
{
    if (pcm.size() < 2)
        return; // no whole sample (a part that decoded to nothing): nothing was said
    if (!m_downsampler || m_downsamplerRate != sampleRate) {
        m_downsampler = std::make_unique<dsp::Resampler>(sampleRate, kSampleRate, 1,
                                                         dsp::ResamplerQuality::High,
                                                         dsp::ResamplerLatency::Streaming);
        m_downsamplerRate = sampleRate;
    }
    std::vector<float> converted;
    m_downsampler->process(dsp::s16BytesToFloat(pcm), converted);
    for (float s : converted)
        m_far.push_back(int16_t(std::clamp(std::lround(s * 32767.0f), -32768L, 32767L)));
    if (farQueuedSamples() > kMaxFarBacklogSamples) {
        const size_t skipped = farQueuedSamples() - kMaxFarBacklogSamples;
        if (m_farDropped == 0)
            qCWarning(lcApp,
                      "the model's audio arrives faster than it plays: more than %d s "
                      "waiting; the oldest is skipped in the recording and the mix",
                      kMaxFarBacklogMs / 1000);
        m_farRead += skipped;
        m_farDropped += qint64(skipped);
    }
    // Unplayed audio again: the tick that plays it out announces it, even when a late tick (a
    // busy machine) plays all of it at once, never having seen it waiting.
    if (farQueuedSamples() > 0)
        m_wasPlayedOut = false;
    // Drop what has been played once it is the larger part: the queue holds at most twice what
    // waits, at an amortised cost of one move per sample.
    if (m_farRead > 0 && m_farRead * 2 >= m_far.size()) {
        m_far.erase(m_far.begin(), m_far.begin() + qsizetype(m_farRead));
        m_farRead = 0;
    }
}

void ListenerTimeline::tick()
{
    const qint64 due = m_clock.elapsed() * kSampleRate / 1000 - m_written;
    if (due <= 0)
        return;
    const size_t n = size_t(due);
    m_nearBlock.assign(n, 0);
    m_farBlock.assign(n, 0);

    // What the user said: the sent audio, in order, as far as it has gone out.
    const qint64 sent = m_session->stats().audioBytesSent / 2;
    const qint64 inputSamples = m_input.size() / 2;
    const auto *input = reinterpret_cast<const int16_t *>(m_input.constData());
    const qint64 take = std::min<qint64>(qint64(n), sent - m_nearTaken);
    for (qint64 i = 0; i < take; ++i) {
        const qint64 at = m_nearTaken + i;
        m_nearBlock[size_t(i)] = at < inputSamples ? input[at] : int16_t(0);
    }
    if (take > 0)
        m_nearTaken += take;

    // What the model said, as a speaker plays it.
    const size_t farTake = std::min(n, m_far.size() - m_farRead);
    std::copy_n(m_far.begin() + qsizetype(m_farRead), farTake, m_farBlock.begin());
    m_farRead += farTake;

    if (m_tap) {
        m_tap->pushFar(m_farBlock);
        m_tap->pushNear(m_nearBlock);
    }
    if (m_mix.isOpen()) {
        QByteArray mixed(qsizetype(n) * 2, Qt::Uninitialized);
        auto *out = reinterpret_cast<int16_t *>(mixed.data());
        for (size_t i = 0; i < n; ++i) {
            const float v = float(m_farBlock[i]) + m_originalGain * float(m_nearBlock[i]);
            out[i] = int16_t(std::clamp(std::lround(v), -32768L, 32767L));
        }
        m_mix.write(mixed);
    }
    m_written += qint64(n);
    const bool playedOut = farQueuedSamples() == 0;
    if (playedOut && !m_wasPlayedOut)
        Q_EMIT replyPlayedOut();
    m_wasPlayedOut = playedOut;
}

} // namespace livedesk::app
