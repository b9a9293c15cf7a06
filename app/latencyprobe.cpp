#include "app/latencyprobe.h"

#include "audio/audioengine.h"
#include "session/livesession.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <chrono>
#include <cmath>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

constexpr double kUsPerByte16k = 1e6 / 32000.0; // 16 kHz mono s16
constexpr int kFrameSamples = 160; // 10 ms at 16 kHz
constexpr qint64 kFrameUs = 10000;
constexpr qint64 kLevelHistoryUs = 3'000'000;
constexpr qint64 kPlaybackWaitNs = 5'000'000'000; // give up on a start the device never shows
constexpr qint64 kBargeWaitUs = 12'000'000; // longer than any confirmation window
constexpr qint64 kMaxOnsetWalkUs = 600'000;

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

double percentile(const QList<double> &sorted, double p)
{
    // Nearest rank: the smallest value with at least p of the values at or below it.
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double rmsDbfs(const int16_t *samples, int count)
{
    double sum = 0;
    for (int i = 0; i < count; ++i) {
        const double s = samples[i] / 32768.0;
        sum += s * s;
    }
    return 10.0 * std::log10(sum / std::max(1, count) + 1e-12);
}

QJsonValue round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

// --- summaries ---------------------------------------------------------------------------------

QJsonObject LatencySummary::toJson() const
{
    if (count == 0) {
        return {{u"count"_s, 0},
                {u"median"_s, QJsonValue()},
                {u"p95"_s, QJsonValue()},
                {u"min"_s, QJsonValue()},
                {u"max"_s, QJsonValue()}};
    }
    QJsonObject json {{u"count"_s, count},
                      {u"median"_s, round2(medianMs)},
                      {u"p95"_s, round2(p95Ms)},
                      {u"min"_s, round2(minMs)},
                      {u"max"_s, round2(maxMs)}};
    if (!valuesMs.isEmpty()) {
        QJsonArray values;
        for (double v : valuesMs)
            values.append(round2(v));
        json.insert(u"values"_s, values);
    }
    return json;
}

LatencySummary summarizeLatencies(QList<double> valuesMs)
{
    LatencySummary s;
    if (valuesMs.isEmpty())
        return s;
    if (valuesMs.size() <= LatencySummary::kMaxListedValues)
        s.valuesMs = valuesMs;
    std::sort(valuesMs.begin(), valuesMs.end());
    s.count = int(valuesMs.size());
    const qsizetype n = valuesMs.size();
    s.medianMs = n % 2 ? valuesMs.at(n / 2) : (valuesMs.at(n / 2 - 1) + valuesMs.at(n / 2)) / 2.0;
    s.p95Ms = percentile(valuesMs, 0.95);
    s.minMs = valuesMs.constFirst();
    s.maxMs = valuesMs.constLast();
    return s;
}

// --- capture → wire matching -------------------------------------------------------------------

void CaptureToWireMatcher::addCaptured(const QByteArray &pcm16k, qint64 captureTimeUs)
{
    if (pcm16k.isEmpty())
        return;
    m_segments.push_back({m_pendingStart + m_pending.size(), captureTimeUs});
    m_pending.append(pcm16k);
    if (m_pending.size() > kMaxPendingBytes) {
        const qsizetype excess = m_pending.size() - kMaxPendingBytes;
        m_skippedBytes += excess;
        dropFront(excess);
    }
}

std::optional<qint64> CaptureToWireMatcher::matchWritten(const QByteArray &pcm16k)
{
    if (pcm16k.isEmpty() || m_pending.size() < pcm16k.size()) {
        ++m_unmatchedWrites;
        return std::nullopt;
    }
    qsizetype at = m_pending.startsWith(pcm16k) ? 0 : m_pending.indexOf(pcm16k);
    while (at > 0 && at % 2 != 0) // a match between two samples is a coincidence
        at = m_pending.indexOf(pcm16k, at + 1);
    if (at < 0) {
        ++m_unmatchedWrites;
        return std::nullopt;
    }
    m_skippedBytes += at;
    const qint64 timeUs = captureTimeAt(m_pendingStart + at);
    dropFront(at + pcm16k.size());
    return timeUs;
}

void CaptureToWireMatcher::clear()
{
    m_pendingStart += m_pending.size();
    m_pending.clear();
    m_segments.clear();
}

qint64 CaptureToWireMatcher::captureTimeAt(qint64 offset) const
{
    // The last segment that starts at or before `offset`.
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), offset,
                               [](qint64 value, const Segment &s) { return value < s.startOffset; });
    if (it == m_segments.begin())
        return 0;
    --it;
    return it->captureTimeUs + qint64(double(offset - it->startOffset) * kUsPerByte16k);
}

void CaptureToWireMatcher::dropFront(qsizetype bytes)
{
    bytes = std::min(bytes, m_pending.size());
    m_pending.remove(0, bytes);
    m_pendingStart += bytes;
    // Keep the segment that covers the new first byte.
    while (m_segments.size() > 1 && m_segments[1].startOffset <= m_pendingStart)
        m_segments.pop_front();
    if (m_pending.isEmpty())
        m_segments.clear();
}

// --- the probe -------------------------------------------------------------------------------

AudioLatencyProbe::AudioLatencyProbe(session::LiveSession *session, audio::AudioEngine *engine,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_engine(engine)
{
    m_poll.setInterval(5);
    m_poll.setTimerType(Qt::PreciseTimer);
    connect(&m_poll, &QTimer::timeout, this, &AudioLatencyProbe::poll);
    connect(engine, &audio::AudioEngine::chunkCaptured, this, &AudioLatencyProbe::onChunk);
    connect(engine, &audio::AudioEngine::bargeIn, this,
            [this](audio::BargeInEvent event) { onBargeIn(int(event)); });
    connect(session, &session::LiveSession::audioWritten, this, &AudioLatencyProbe::onAudioWritten);
    connect(session, &session::LiveSession::audioReceived, this, &AudioLatencyProbe::onModelAudio);
    connect(session, &session::LiveSession::turnCompleted, this, &AudioLatencyProbe::onTurnBoundary);
    connect(session, &session::LiveSession::interrupted, this,
            &AudioLatencyProbe::onServerInterrupted);
    connect(session, &session::LiveSession::stateChanged, this,
            [this](session::LiveSession::State state) {
                // Only the steady state counts: what waited for a connection measures the
                // connection, not the pipeline.
                m_liveSinceUs = state == session::LiveSession::State::Live ? steadyNowNs() / 1000
                                                                           : -1;
            });
}

void AudioLatencyProbe::onChunk(const audio::AudioChunk &chunk)
{
    m_matcher.addCaptured(chunk.pcm, chunk.captureTimeUs);

    // 10 ms levels, for the onset of a barge-in and the end of speech.
    const auto *samples = reinterpret_cast<const int16_t *>(chunk.pcm.constData());
    const int frames = int(chunk.pcm.size() / 2) / kFrameSamples;
    qint64 lastLoudEndUs = -1;
    const double threshold = speechThresholdDbfs(chunk.captureTimeUs);
    for (int f = 0; f < frames; ++f) {
        const FrameLevel level {chunk.captureTimeUs + f * kFrameUs,
                                rmsDbfs(samples + f * kFrameSamples, kFrameSamples)};
        m_levels.push_back(level);
        if (level.dbfs >= threshold)
            lastLoudEndUs = level.startUs + kFrameUs;
    }
    while (!m_levels.empty() && m_levels.back().startUs - m_levels.front().startUs > kLevelHistoryUs)
        m_levels.pop_front();

    if (chunk.speech) {
        const qint64 chunkEndUs = chunk.captureTimeUs + qint64(chunk.pcm.size() * kUsPerByte16k);
        m_speechEndUs = lastLoudEndUs >= 0 ? lastLoudEndUs : chunkEndUs;
    }
}

double AudioLatencyProbe::speechThresholdDbfs(qint64 beforeUs) const
{
    // The noise floor is the 10th percentile of the levels from 2 s to 0.3 s before; speech is
    // well above it. Bounded so that a silent digital input or a loud room still work.
    QList<double> levels;
    for (const FrameLevel &l : m_levels) {
        if (l.startUs >= beforeUs - 2'000'000 && l.startUs < beforeUs - 300'000)
            levels.append(l.dbfs);
    }
    double floor = -70.0;
    if (levels.size() >= 20) {
        std::sort(levels.begin(), levels.end());
        floor = percentile(levels, 0.10);
    }
    return std::clamp(floor + 12.0, -60.0, -30.0);
}

qint64 AudioLatencyProbe::signalOnsetUs(qint64 decisionUs) const
{
    // Walk back from the frame where the detector decided, through the loud frames before it.
    const double threshold = speechThresholdDbfs(decisionUs);
    qint64 onset = decisionUs;
    for (auto it = m_levels.rbegin(); it != m_levels.rend(); ++it) {
        if (it->startUs > decisionUs)
            continue;
        if (it->dbfs < threshold || decisionUs - it->startUs > kMaxOnsetWalkUs)
            break;
        onset = it->startUs;
    }
    return onset;
}

void AudioLatencyProbe::onAudioWritten(const QByteArray &pcm, qint64 steadyTimeUs)
{
    const std::optional<qint64> captured = m_matcher.matchWritten(pcm);
    if (captured && m_liveSinceUs >= 0 && *captured >= m_liveSinceUs) {
        m_captureToWireMs.append(double(steadyTimeUs - *captured) / 1000.0);
        // The message's newest sample: what the pipeline adds beyond filling the chunk (a
        // chunk cannot leave before its last sample exists).
        const double newestUs = double(*captured) + double(pcm.size() / 2 - 1) * 1e6 / 16000.0;
        m_captureToWireNewestMs.append((double(steadyTimeUs) - newestUs) / 1000.0);
    }
}

void AudioLatencyProbe::onModelAudio()
{
    if (m_turnAudio)
        return;
    m_turnAudio = true;
    const qint64 nowNs = steadyNowNs();
    m_firstAudioNs = nowNs;
    m_answeredSpeechEndUs = m_speechEndUs;
    if (m_speechEndUs >= 0)
        m_speechEndToAudioMs.append(double(nowNs / 1000 - m_speechEndUs) / 1000.0);
    m_speechEndUs = -1;
    updatePolling();
}

void AudioLatencyProbe::onTurnBoundary()
{
    m_turnAudio = false;
}

void AudioLatencyProbe::onServerInterrupted()
{
    const bool modelAudioInTurn = m_turnAudio;
    m_turnAudio = false;
    // The service heard the user before the local detector decided (it can: on loopback the
    // round trip is shorter than the detector's minimum speech): a barge-in all the same, if
    // the model was audible and the microphone has speech.
    const audio::PlaybackTimings t = m_engine->playbackTimings();
    if (m_awaitFlush || !modelAudioInTurn || m_levels.empty() || t.modelStartNs <= t.modelStopNs)
        return;
    const qint64 nowNs = steadyNowNs();
    const qint64 recentUs = m_engine->lastSpeechStartUs();
    if (recentUs > 0 && recentUs == m_countedSpeechUs)
        return; // this speech's barge-in is counted already: one interruption, heard twice
    const qint64 decisionUs = recentUs > 0 && nowNs / 1000 - recentUs < 2'000'000
                                      ? recentUs
                                      : m_levels.back().startUs;
    if (!isLoudAt(decisionUs))
        return;
    m_bargeDecisionUs = decisionUs;
    m_bargeEventNs = nowNs;
    m_bargeByServer = true;
    m_awaitFlush = true;
    updatePolling();
}

bool AudioLatencyProbe::isLoudAt(qint64 timeUs) const
{
    const double threshold = speechThresholdDbfs(timeUs);
    for (auto it = m_levels.rbegin(); it != m_levels.rend(); ++it) {
        if (it->startUs <= timeUs)
            return it->dbfs >= threshold;
    }
    return false;
}

void AudioLatencyProbe::onBargeIn(int event)
{
    switch (audio::BargeInEvent(event)) {
    case audio::BargeInEvent::Ducked:
    case audio::BargeInEvent::Stopped: {
        // The engine reports a local stop only while the model still speaks, so the local
        // detector acted first even when the service's interruption reached this thread first:
        // credit it, as the event log does.
        const qint64 speechUs = m_engine->lastSpeechStartUs();
        if (m_awaitFlush && m_bargeByServer) {
            m_bargeDecisionUs = speechUs;
            m_bargeByServer = false;
        } else if (!m_awaitFlush && !m_awaitDuck && m_countedByServer && speechUs > 0
                   && speechUs == m_countedSpeechUs) {
            --m_serverBargeIns;
            ++m_localBargeIns;
            m_countedByServer = false;
            break;
        } else if (!m_awaitFlush && !m_awaitDuck) {
            m_bargeDecisionUs = speechUs;
            m_bargeEventNs = steadyNowNs();
            m_bargeByServer = false;
        }
        // A duck lowers the voice now and silences it when the server's interruption comes;
        // a stop silences it at once.
        m_awaitDuck = audio::BargeInEvent(event) == audio::BargeInEvent::Ducked;
        m_awaitFlush = true;
        break;
    }
    case audio::BargeInEvent::Restored:
        m_awaitFlush = false; // the server did not take it as an interruption
        m_awaitDuck = false;
        break;
    case audio::BargeInEvent::None:
        break;
    }
    updatePolling();
}

void AudioLatencyProbe::poll()
{
    const audio::PlaybackTimings t = m_engine->playbackTimings();
    const qint64 nowNs = steadyNowNs();
    if (m_firstAudioNs > 0) {
        if (t.modelStartNs >= m_firstAudioNs) {
            m_receiveToDeviceMs.append(double(t.modelStartNs - m_firstAudioNs) / 1e6);
            if (m_answeredSpeechEndUs >= 0)
                m_speechEndToPlaybackMs.append(double(t.modelStartNs / 1000 - m_answeredSpeechEndUs)
                                               / 1000.0);
            m_firstAudioNs = 0;
        } else if (nowNs - m_firstAudioNs > kPlaybackWaitNs) {
            m_firstAudioNs = 0; // the turn was dropped before it played (a barge-in)
        }
    }
    if (m_awaitDuck || m_awaitFlush) {
        const qint64 decisionUs = m_bargeDecisionUs > 0 ? m_bargeDecisionUs : m_bargeEventNs / 1000;
        // Anything the renderer did after the detector's decision belongs to this barge-in; the
        // timestamps are compared, not watched for changes, because the action may have been
        // done before this thread hears of the decision.
        if (m_awaitDuck && t.gainChangeNs / 1000 >= decisionUs) {
            m_bargeInDuckMs.append(double(t.gainChangeNs / 1000 - signalOnsetUs(decisionUs))
                                   / 1000.0);
            m_awaitDuck = false;
        }
        if (m_awaitFlush && t.flushDoneNs / 1000 >= decisionUs) {
            const qint64 onsetUs = signalOnsetUs(decisionUs);
            m_bargeInMs.append(double(t.flushDoneNs / 1000 - onsetUs) / 1000.0);
            if (m_bargeByServer) {
                ++m_serverBargeIns;
            } else {
                ++m_localBargeIns;
                m_bargeInDetectionMs.append(double(decisionUs - onsetUs) / 1000.0);
            }
            m_countedSpeechUs = m_engine->lastSpeechStartUs();
            m_countedByServer = m_bargeByServer;
            m_awaitFlush = false;
            m_awaitDuck = false;
        }
        if (nowNs / 1000 - m_bargeEventNs / 1000 > kBargeWaitUs) {
            m_awaitDuck = false;
            m_awaitFlush = false;
        }
    }
    updatePolling();
}

void AudioLatencyProbe::updatePolling()
{
    const bool pending = m_firstAudioNs > 0 || m_awaitDuck || m_awaitFlush;
    if (pending && !m_poll.isActive())
        m_poll.start();
    else if (!pending)
        m_poll.stop();
}

QJsonObject AudioLatencyProbe::toJson() const
{
    return {{u"capture_to_wire_ms"_s, summarizeLatencies(m_captureToWireMs).toJson()},
            {u"capture_to_wire_newest_ms"_s, summarizeLatencies(m_captureToWireNewestMs).toJson()},
            {u"capture_to_wire_unmatched"_s, m_matcher.unmatchedWrites()},
            {u"capture_to_wire_skipped_ms"_s,
             qint64(double(m_matcher.skippedBytes()) * kUsPerByte16k / 1000.0)},
            {u"receive_to_device_ms"_s, summarizeLatencies(m_receiveToDeviceMs).toJson()},
            {u"speech_end_to_first_audio_ms"_s, summarizeLatencies(m_speechEndToAudioMs).toJson()},
            {u"speech_end_to_playback_ms"_s, summarizeLatencies(m_speechEndToPlaybackMs).toJson()},
            {u"barge_in_ms"_s, summarizeLatencies(m_bargeInMs).toJson()},
            {u"barge_ins_local"_s, m_localBargeIns},
            {u"barge_ins_server"_s, m_serverBargeIns},
            {u"barge_in_duck_ms"_s, summarizeLatencies(m_bargeInDuckMs).toJson()},
            {u"barge_in_detection_ms"_s, summarizeLatencies(m_bargeInDetectionMs).toJson()}};
}

} // namespace livedesk::app
