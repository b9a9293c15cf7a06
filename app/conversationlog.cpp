#include "app/conversationlog.h"

#include "app/conversation.h"
#include "app/latencyprobe.h"
#include "app/logging.h"
#include "audio/audioengine.h"
#include "audio/dsp/pcm.h"
#include "session/livesession.h"
#include "tools/tooldispatcher.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace livedesk::app {

using session::LiveSession;
using State = LiveSession::State;

namespace {

QString stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

QJsonObject transcriptJson(const protocol::Transcription &t)
{
    QJsonObject o {{u"text"_s, t.text}};
    if (t.finished)
        o.insert(u"finished"_s, true);
    if (!t.languageCode.isEmpty())
        o.insert(u"language"_s, t.languageCode);
    return o;
}

QJsonValue deviceJson(const audio::AudioDeviceInfo &device)
{
    if (device.id.isEmpty())
        return QJsonValue();
    return QJsonObject {{u"id"_s, QString::fromUtf8(device.id)},
                        {u"description"_s, device.description}};
}

QString bargeInName(audio::BargeInEvent event)
{
    switch (event) {
    case audio::BargeInEvent::Ducked:
        return u"ducked"_s;
    case audio::BargeInEvent::Restored:
        return u"restored"_s;
    case audio::BargeInEvent::Stopped:
        return u"stopped"_s;
    case audio::BargeInEvent::None:
        break;
    }
    return u"none"_s;
}

qint64 samples24kToMs(qint64 samples)
{
    return samples * 1000 / dsp::kOutputSampleRate;
}

} // namespace

ConversationLog::ConversationLog(Conversation *conversation, QObject *parent)
    : QObject(parent)
    , m_conversation(conversation)
    , m_events(&m_clock)
{
    m_clock.start();
    connectSession();
    updateRecoveryMetrics();
}

ConversationLog::~ConversationLog() = default;

bool ConversationLog::open(const QString &eventsPath, const QString &metricsPath, QString *error)
{
    m_metricsPath = metricsPath;
    return m_events.open(eventsPath, error);
}

void ConversationLog::markConnectStart()
{
    if (m_connectStartMs < 0)
        m_connectStartMs = m_clock.elapsed();
}

void ConversationLog::markInputEnded()
{
    m_inputEndMs = m_clock.elapsed();
}

void ConversationLog::setMetric(const QString &key, const QJsonValue &value)
{
    m_extraMetrics.insert(key, value);
}

void ConversationLog::recordToolResponse(const protocol::ToolResponse &response)
{
    for (const auto &r : response.functionResponses)
        m_events.write(u"tool_response"_s,
                       {{u"id"_s, r.id}, {u"name"_s, r.name}, {u"response"_s, r.response}});
}

void ConversationLog::connectSession()
{
    LiveSession *s = &m_conversation->session();
    connect(s, &LiveSession::stateChanged, this, [this, s](State state) {
        QJsonObject o {{u"state"_s, stateName(state)}};
        if (state == State::Connecting)
            o.insert(u"url"_s, s->redactedUrl());
        m_events.write(u"state"_s, o);
    });
    connect(s, &LiveSession::setupCompleted, this, [this, s](const QString &sessionId) {
        QJsonObject o;
        if (m_setupMs >= 0) {
            // A later connection (goAway handover, reconnect): the conversation just goes on.
            o.insert(u"connection"_s, s->connectionCount());
        } else {
            m_setupMs = m_clock.elapsed() - qMax<qint64>(m_connectStartMs, 0);
            o.insert(u"setup_ms"_s, m_setupMs);
            o.insert(u"model"_s, m_conversation->config().setup.model);
            if (!m_warnings.isEmpty())
                o.insert(u"warnings"_s, QJsonArray::fromStringList(m_warnings));
        }
        if (!sessionId.isEmpty())
            o.insert(u"session_id"_s, sessionId);
        m_events.write(u"setup_complete"_s, o);
    });
    connect(s, &LiveSession::audioReceived, this, [this](const QByteArray &pcm, int sampleRate) {
        const qint64 ms = pcm.size() * 1000 / (2 * qint64(sampleRate));
        m_audioReceivedMs += ms;
        if (m_inputEndMs >= 0) {
            m_latenciesMs.append(m_clock.elapsed() - m_inputEndMs);
            m_inputEndMs = -1;
        }
        m_events.write(u"audio_out"_s,
                       {{u"bytes"_s, pcm.size()}, {u"ms"_s, ms}, {u"sample_rate"_s, sampleRate}});
    });
    connect(s, &LiveSession::turnCompleted, this, [this](const QString &reason) {
        ++m_turns;
        QJsonObject o {{u"turn"_s, m_turns}};
        if (!reason.isEmpty())
            o.insert(u"reason"_s, reason);
        m_events.write(u"turn_complete"_s, o);
    });
    connect(s, &LiveSession::errorOccurred, this, [this, s](const session::SessionError &error) {
        // The session scrubbed the server's words already; this conversation's own credentials
        // once more, because these lines end up in files (secretscrubber.h).
        const session::SecretScrubber &scrubber = s->scrubber();
        QJsonObject o {{u"category"_s, session::categoryName(error.category)},
                       {u"message"_s, scrubber.scrub(error.message)},
                       {u"fatal"_s, s->state() == State::Failed}};
        if (error.closeCode)
            o.insert(u"close_code"_s, error.closeCode);
        if (error.httpStatus)
            o.insert(u"http_status"_s, error.httpStatus);
        if (!error.reason.isEmpty())
            o.insert(u"reason"_s, scrubber.scrub(error.reason));
        m_events.write(u"error"_s, o);
    });
    connect(s, &LiveSession::inputTranscriptionReceived, this,
            [this](const protocol::Transcription &t) {
                m_events.write(u"input_transcript"_s, transcriptJson(t));
            });
    connect(s, &LiveSession::outputTranscriptionReceived, this,
            [this](const protocol::Transcription &t) {
                QJsonObject o = transcriptJson(t);
                o.insert(u"source"_s, u"transcription"_s);
                m_events.write(u"output_transcript"_s, o);
            });
    connect(s, &LiveSession::textReceived, this, [this](const QString &text, session::TextKind kind) {
        if (kind == session::TextKind::Thought)
            return;
        if (m_inputEndMs >= 0) {
            m_latenciesMs.append(m_clock.elapsed() - m_inputEndMs);
            m_inputEndMs = -1;
        }
        m_events.write(u"output_transcript"_s, {{u"text"_s, text}, {u"source"_s, u"text"_s}});
    });
    connect(s, &LiveSession::interrupted, this, [this] { m_events.write(u"interrupted"_s); });
    connect(s, &LiveSession::toolCallReceived, this, [this](const protocol::ToolCall &call) {
        for (const auto &f : call.functionCalls) {
            ++m_toolCalls;
            // Arguments the dispatcher refuses unread are not written either: the reason is.
            const QString problem = tools::ToolDispatcher::argumentLimitProblem(f.args);
            m_events.write(u"tool_call"_s,
                           {{u"id"_s, f.id},
                            {u"name"_s, f.name},
                            problem.isEmpty() ? qMakePair(u"args"_s, QJsonValue(f.args))
                                              : qMakePair(u"args_refused"_s, QJsonValue(problem))});
        }
    });
    connect(s, &LiveSession::toolCallCancelled, this, [this](const QStringList &ids) {
        m_events.write(u"tool_call"_s, {{u"cancelled"_s, QJsonArray::fromStringList(ids)}});
    });
    connect(s, &LiveSession::goAwayReceived, this, [this](qint64 timeLeftMs) {
        m_events.write(u"go_away"_s, {{u"time_left_ms"_s, timeLeftMs}});
        updateRecoveryMetrics();
    });
    connect(s, &LiveSession::resumptionUpdated, this, [this](const QString &handle, bool resumable) {
        // The handle resumes this conversation: record that one exists, not its value.
        m_events.write(u"resumption"_s,
                       {{u"resumable"_s, resumable}, {u"has_handle"_s, !handle.isEmpty()}});
    });
    connect(s, &LiveSession::usageUpdated, this, [this, s](const protocol::UsageMetadata &report) {
        const session::TokenCounts totals = s->usageTotals();
        m_events.write(u"usage"_s,
                       {{u"report"_s, session::TokenCounts::fromUsage(report).toJson()},
                        {u"totals"_s, totals.toJson()},
                        {u"estimated_cost_usd"_s, m_conversation->statistics().costUsd}});
    });

    // Recovery (docs/cli.md "Connection recovery").
    connect(s, &LiveSession::reconnecting, this, [this](const session::ReconnectInfo &info) {
        QJsonObject o {{u"phase"_s, u"start"_s},
                       {u"attempt"_s, info.attempt},
                       {u"reason"_s, session::reconnectReasonName(info.reason)},
                       {u"delay_ms"_s, info.delayMs},
                       {u"endpoint"_s, info.endpointIndex}};
        if (info.closeCode)
            o.insert(u"close_code"_s, info.closeCode);
        m_events.write(u"reconnect"_s, o);
        updateRecoveryMetrics();
    });
    connect(s, &LiveSession::reconnected, this, [this, s](const session::ReconnectInfo &info) {
        QJsonObject o {{u"phase"_s, u"live"_s},
                       {u"attempt"_s, info.attempt},
                       {u"reason"_s, session::reconnectReasonName(info.reason)},
                       {u"mode"_s, session::resumeModeName(info.mode)},
                       {u"gap_ms"_s, info.gapMs},
                       {u"replayed"_s, info.replayedMessages},
                       {u"buffered_audio_ms"_s, info.bufferedAudioMs},
                       {u"endpoint"_s, info.endpointIndex},
                       {u"connections"_s, s->connectionCount()}};
        if (info.handleAgeMs >= 0)
            o.insert(u"handle_age_ms"_s, info.handleAgeMs);
        m_events.write(u"reconnect"_s, o);
        if (m_gapsMs.size() < 1000) // bounded for endless conversations
            m_gapsMs.append(info.gapMs);
        updateRecoveryMetrics();
    });
    connect(s, &LiveSession::contextRestored, this, [this](int turns) {
        m_events.write(u"context_restored"_s, {{u"turns"_s, turns}});
    });
    connect(s, &LiveSession::inputDropped, this, [this](qint64 audioMs, int frames) {
        m_events.write(u"input_dropped"_s, {{u"audio_ms"_s, audioMs}, {u"video_frames"_s, frames}});
        updateRecoveryMetrics();
    });
    connect(s, &LiveSession::replyStalled, this, [this](session::StallCause cause, qint64 silentMs) {
        m_events.write(u"stall"_s,
                       {{u"cause"_s, cause == session::StallCause::ToolResponse ? u"tool_response"_s
                                                                                : u"user_turn"_s},
                        {u"silent_ms"_s, silentMs},
                        {u"retry"_s, m_stallRetry}});
        updateRecoveryMetrics();
    });
    connect(s, &LiveSession::connectionCountChanged, this, [this] { updateRecoveryMetrics(); });
}

// The recovery figures, refreshed whenever they change; metrics.json takes the last values.
void ConversationLog::updateRecoveryMetrics()
{
    const session::SessionStats &s = m_conversation->session().stats();
    setMetric(u"connections"_s, s.connections);
    setMetric(u"go_aways"_s, s.goAways);
    setMetric(u"handovers"_s, s.handovers);
    setMetric(u"forced_handovers"_s, s.forcedHandovers);
    setMetric(u"resumptions"_s, s.resumptions);
    setMetric(u"fresh_sessions"_s, s.freshSessions);
    setMetric(u"failed_attempts"_s, s.failedAttempts);
    setMetric(u"longest_gap_ms"_s, s.longestGapMs >= 0 ? QJsonValue(s.longestGapMs) : QJsonValue());
    setMetric(u"gaps_ms"_s, m_gapsMs);
    setMetric(u"buffered_audio_ms"_s, s.bufferedAudioMs);
    setMetric(u"dropped_audio_ms"_s, s.droppedAudioMs);
    setMetric(u"replayed_messages"_s, s.replayedMessages);
    setMetric(u"stalls"_s, s.stalls);
}

void ConversationLog::watchAudio(audio::AudioEngine *engine, std::optional<TalkMode> talkMode)
{
    detachAudio();
    m_engine = engine;
    m_talkMode = talkMode;
    if (!engine)
        return;
    // An engine that goes before the conversation ends takes its figures with it; the probe
    // must not poll it a moment longer.
    connect(engine, &QObject::destroyed, this, [this] {
        m_probe.reset();
        m_engine = nullptr;
    });
    // The probe sees each chunk before the bridge sends it.
    m_probe = std::make_unique<AudioLatencyProbe>(&m_conversation->session(), engine);
    connect(engine, &audio::AudioEngine::inputDeviceChanged, this,
            [this](const audio::AudioDeviceInfo &d) { recordAudioDevice(u"input"_s, d); });
    connect(engine, &audio::AudioEngine::outputDeviceChanged, this,
            [this](const audio::AudioDeviceInfo &d) { recordAudioDevice(u"output"_s, d); });
    connect(engine, &audio::AudioEngine::bargeIn, this, [this, engine](audio::BargeInEvent event) {
        QJsonObject fields {{u"action"_s, bargeInName(event)}};
        if (event == audio::BargeInEvent::Ducked || event == audio::BargeInEvent::Stopped) {
            ++m_bargeIns;
            // On this log's clock (both are the monotonic clock): when the microphone took the
            // frame that decided, and when the processing thread ducked or stopped the voice.
            // This event's own t_ms adds the hand-over to this thread, which a busy machine
            // delays while the voice is already ducked.
            const qint64 originMs = m_clock.msecsSinceReference();
            if (const qint64 speechUs = engine->lastSpeechStartUs(); speechUs > 0)
                fields.insert(u"speech_t_ms"_s, speechUs / 1000 - originMs);
            if (const qint64 actedUs = engine->lastBargeInActionUs(); actedUs > 0)
                fields.insert(u"acted_t_ms"_s, actedUs / 1000 - originMs);
        }
        m_events.write(u"barge_in"_s, fields);
    });
    connect(engine, &audio::AudioEngine::playbackInterrupted, this,
            [this](qint64 heard, qint64 received) {
                m_events.write(u"playback"_s, {{u"state"_s, u"interrupted"_s},
                                               {u"heard_ms"_s, samples24kToMs(heard)},
                                               {u"received_ms"_s, samples24kToMs(received)}});
            });
    connect(engine, &audio::AudioEngine::playbackFinished, this, [this](qint64 played) {
        m_events.write(u"playback"_s,
                       {{u"state"_s, u"finished"_s}, {u"played_ms"_s, samples24kToMs(played)}});
    });
    connect(&m_conversation->bridge(), &ConversationBridge::userSpeakingChanged, this,
            [this](bool speaking) {
                m_events.write(u"user_speech"_s, {{u"speaking"_s, speaking}});
            });
}

void ConversationLog::detachAudio()
{
    if (!m_engine)
        return;
    setMetric(u"audio"_s, audioMetrics());
    setMetric(u"latency"_s, m_probe->toJson());
    m_engine->disconnect(this);
    disconnect(&m_conversation->bridge(), &ConversationBridge::userSpeakingChanged, this, nullptr);
    m_probe.reset();
    m_engine = nullptr;
}

void ConversationLog::recordAudioDevice(const QString &direction,
                                        const audio::AudioDeviceInfo &device)
{
    m_events.write(u"audio_device"_s, {{u"direction"_s, direction},
                                       {u"id"_s, QString::fromUtf8(device.id)},
                                       {u"description"_s, device.description}});
}

void ConversationLog::recordAudioWarning(const QString &message)
{
    m_events.write(u"audio_warning"_s, {{u"message"_s, message}});
}

namespace {

// How the canceller's far end met its near end over the run: where the echo was found, how
// often the far end moved against the microphone, and how long the double-talk detector was
// without the echo's lag (it decides nothing then).
QJsonObject echoLineUpMetrics(const audio::EchoLineUp &l)
{
    const auto lagMs = [](int samples16k) {
        return samples16k < 0 ? QJsonValue() : samples16k / 16.0;
    };
    return {{u"lead_ms"_s, l.leadUs / 1000.0},
            {u"lead_moves"_s, l.leadMoves},
            {u"held_frames"_s, l.heldFrames},
            {u"catch_ups"_s, l.catchUps},
            {u"shifts"_s, l.shifts},
            {u"echo_lag_min_ms"_s, lagMs(l.echoLagMinSamples)},
            {u"echo_lag_max_ms"_s, lagMs(l.echoLagMaxSamples)},
            {u"lag_unknown_ms"_s, l.lagUnknownFrames * 10},
            {u"far_end_missing_ms"_s, l.farMissingFrames * 10},
            {u"max_tick_gap_ms"_s, l.maxTickGapMs}};
}

} // namespace

QJsonObject ConversationLog::audioMetrics() const
{
    const audio::PlaybackProgress p = m_engine->playback();
    const audio::AudioEngineSettings settings = m_engine->settings();
    const bool mic = m_talkMode.has_value();
    return {
            {u"input_device"_s, deviceJson(m_engine->currentInputDevice())},
            {u"output_device"_s, deviceJson(m_engine->currentOutputDevice())},
            {u"talk_mode"_s, mic ? toString(*m_talkMode) : QString()},
            {u"barge_in"_s, audio::toString(settings.bargeIn)},
            {u"echo_cancellation"_s, mic && settings.processing.echoCancellation
                                             && audio::AudioEngine::capabilities().echoCancellation},
            {u"speech_rate"_s, settings.speechRate},
            {u"quiet_gate"_s, mic && settings.quietGate == audio::QuietGate::Mode::On},
            {u"captured_ms"_s, m_engine->capturedSamples() / 16},
            {u"played_received_ms"_s, samples24kToMs(p.samplesReceived)},
            {u"discarded_ms"_s, samples24kToMs(p.samplesDiscarded)},
            {u"underruns"_s, p.underruns},
            {u"barge_ins"_s, m_bargeIns},
            {u"echo_line_up"_s, echoLineUpMetrics(m_engine->echoLineUp())},
    };
}

QJsonObject ConversationLog::metrics(int exitCode, const QString &message) const
{
    const LiveSession &session = m_conversation->session();
    const SessionConfig &config = m_conversation->config();
    const session::SessionStats &st = session.stats();
    const session::TokenCounts tokens = session.usageTotals();
    QJsonObject m;
    m.insert(u"exit_code"_s, exitCode);
    if (!message.isEmpty())
        m.insert(u"error"_s, session.scrubber().scrub(message));
    m.insert(u"model"_s, config.modelId);
    m.insert(u"endpoint"_s, session.redactedUrl());
    m.insert(u"duration_ms"_s, m_clock.elapsed());
    m.insert(u"setup_ms"_s, m_setupMs >= 0 ? QJsonValue(m_setupMs) : QJsonValue());
    m.insert(u"audio_sent_ms"_s, st.audioBytesSent / 32);
    m.insert(u"audio_chunks_sent"_s, st.audioChunksSent);
    m.insert(u"audio_received_ms"_s, m_audioReceivedMs);
    m.insert(u"frames_sent"_s, st.videoFramesSent);
    m.insert(u"turns"_s, m_turns);
    m.insert(u"tool_calls"_s, m_toolCalls);
    m.insert(u"reconnects"_s, st.reconnects);
    m.insert(u"first_audio_latency_ms"_s,
             m_latenciesMs.isEmpty() ? QJsonValue() : QJsonValue(m_latenciesMs.first()));
    QJsonArray latencies;
    for (qint64 l : m_latenciesMs)
        latencies.append(l);
    m.insert(u"turn_latencies_ms"_s, latencies);
    m.insert(u"bytes_sent"_s, st.bytesSent);
    m.insert(u"bytes_received"_s, st.bytesReceived);
    m.insert(u"messages_sent"_s, st.messagesSent);
    m.insert(u"messages_received"_s, st.messagesReceived);
    m.insert(u"decode_errors"_s, st.decodeErrors);
    m.insert(u"tokens"_s, tokens.toJson());
    const auto reporting = session.usage().effectiveReporting();
    m.insert(u"usage_reporting"_s,
             reporting == session::UsageReporting::PerTurn ? u"per_turn"_s : u"cumulative"_s);
    m.insert(u"estimated_cost_usd"_s, m_conversation->statistics().costUsd);
    m.insert(u"warnings"_s, QJsonArray::fromStringList(m_warnings));
    if (m_engine) {
        m.insert(u"audio"_s, audioMetrics());
        m.insert(u"latency"_s, m_probe->toJson());
    }
    if (m_toolbox)
        m.insert(u"tools"_s, toolsMetrics());
    for (auto it = m_extraMetrics.begin(); it != m_extraMetrics.end(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

bool ConversationLog::closeEvents()
{
    return m_events.close();
}

bool ConversationLog::writeMetrics(int exitCode, const QString &message, QString *error) const
{
    if (m_metricsPath.isEmpty())
        return true;
    QSaveFile file(m_metricsPath);
    const QByteArray json = QJsonDocument(metrics(exitCode, message)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        qCWarning(lcApp, "%s: %s", qPrintable(m_metricsPath), qPrintable(file.errorString()));
        *error = m_metricsPath + u": "_s + file.errorString();
        return false;
    }
    return true;
}

} // namespace livedesk::app
