#include "app/cli/clirun.h"

#include "app/cli/mediafeeders.h"
#include "app/logging.h"
#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"
#include "session/protocol/codec.h"
#include "simulator/simulator.h"
#include "tools/tooldispatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace livedesk::app {

using session::LiveSession;
using State = LiveSession::State;

namespace {

QString stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
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

} // namespace

CliRun::CliRun(CliOptions options, CliModules modules, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_modules(std::move(modules))
    , m_conversation(new Conversation(this))
    , m_session(&m_conversation->session())
    , m_events(&m_clock)
    , m_bridge(&m_conversation->bridge())
{
    m_clock.start();
    m_timeout.setSingleShot(true);
    m_closeWait.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(ExitCode::Timeout, tr("timed out after %1 s: %2 of %3 model turns completed")
                                          .arg(m_options.timeoutS)
                                          .arg(m_turns)
                                          .arg(m_options.targetTurns()));
    });
    connect(&m_closeWait, &QTimer::timeout, this, &CliRun::finalize);
}

CliRun::~CliRun() = default;

void CliRun::start()
{
    QString error;
    ExitCode code = ExitCode::Usage;
    if (!prepare(&error, &code)) {
        // From the event loop, so a caller can connect to finished() after start().
        QMetaObject::invokeMethod(
                this, [this, code, error] { finish(code, error); }, Qt::QueuedConnection);
        return;
    }
    m_prepared = true;
    if (m_options.timeoutS > 0)
        m_timeout.start(m_options.timeoutS * 1000);
    if (m_startHolds == 0)
        openSession();
}

void CliRun::releaseStart()
{
    if (m_startHolds > 0 && --m_startHolds == 0 && m_prepared && !m_finishing)
        openSession();
}

void CliRun::releaseStep()
{
    if (m_stepHolds > 0 && --m_stepHolds == 0)
        maybeAdvance();
}

void CliRun::releaseFinish()
{
    if (m_finishHolds > 0 && --m_finishHolds == 0)
        checkDone();
}

void CliRun::interrupt()
{
    if (m_options.liveInput && m_options.turns < 0)
        finish(ExitCode::Success);
    else
        finish(ExitCode::Interrupted, tr("interrupted after %1 of %2 model turns")
                                              .arg(m_turns)
                                              .arg(m_options.targetTurns()));
}

void CliRun::openSession()
{
    if (m_opened)
        return;
    m_opened = true;
    m_connectStartMs = m_clock.elapsed();
    m_conversation->open();
}

bool CliRun::prepare(QString *error, ExitCode *code)
{
    *code = ExitCode::Usage;
    if (!ensureModelCatalog(m_options, error))
        return false;
    if (m_options.useSimulator && !startSimulator(error)) {
        *code = ExitCode::Failure;
        return false;
    }
    auto built = buildSessionConfig(m_options.session, *m_options.catalog, error);
    if (!built)
        return false;
    m_conversation->setConfig(std::move(*built));
    for (const auto &w : std::as_const(config().warnings))
        warn(w.reason);
    for (const QString &w : std::as_const(m_options.inputWarnings))
        warn(w);
    if (config().textRoute == session::TextInputRoute::None && !m_options.texts.isEmpty()) {
        // Audio-only models close the connection on typed text: it is never sent.
        m_options.texts.clear();
        if (m_options.inputSteps() == 0) {
            *code = ExitCode::Usage;
            *error = tr("%1 takes spoken audio only: give --input FILE.wav instead of --text")
                             .arg(config().modelId);
            return false;
        }
    }

    if (!m_events.open(m_options.eventsPath, error))
        return false;
    if (!m_options.outputWav.isEmpty()
        && !m_reply.open(m_options.outputWav, dsp::kOutputSampleRate, 1)) {
        *error = m_options.outputWav + u": "_s + m_reply.errorString();
        return false;
    }

    RecoveryOptions recovery = m_conversation->recovery();
    recovery.audioChunkMs = m_options.chunkMs;
    m_conversation->setRecovery(recovery);

    // The run's own handlers first, so events are recorded before modules react to them.
    connectSession();
    for (const auto &module : m_modules) {
        if (!module->attach(*this, error)) {
            *code = m_attachFailureCode;
            return false;
        }
    }
    return true;
}

bool CliRun::startSimulator(QString *error)
{
    m_simulator = new sim::Simulator(sim::SimulatorOptions {}, this);
    QString why;
    if (!m_simulator->start(&why)) {
        *error = tr("the simulator did not start: %1").arg(why);
        return false;
    }
    m_options.session.endpoint = m_simulator->url().toString();
    qCInfo(lcApp, "simulator listening on %s", qPrintable(m_options.session.endpoint));
    return true;
}

void CliRun::connectSession()
{
    LiveSession *s = m_session;
    connect(s, &LiveSession::stateChanged, this, &CliRun::onStateChanged);
    connect(s, &LiveSession::setupCompleted, this, &CliRun::onSetupCompleted);
    connect(s, &LiveSession::audioReceived, this, &CliRun::onAudio);
    connect(s, &LiveSession::turnCompleted, this, &CliRun::onTurnCompleted);
    connect(s, &LiveSession::errorOccurred, this, &CliRun::onError);
    connect(s, &LiveSession::inputTranscriptionReceived, this,
            [this](const protocol::Transcription &t) {
                m_userLine += t.text;
                m_events.write(u"input_transcript"_s, transcriptJson(t));
            });
    connect(s, &LiveSession::outputTranscriptionReceived, this,
            [this](const protocol::Transcription &t) {
                m_modelLine += t.text;
                QJsonObject o = transcriptJson(t);
                o.insert(u"source"_s, u"transcription"_s);
                m_events.write(u"output_transcript"_s, o);
            });
    connect(s, &LiveSession::textReceived, this, [this](const QString &text, session::TextKind kind) {
        if (kind == session::TextKind::Thought)
            return;
        m_modelLine += text;
        if (m_speechEndMs >= 0) {
            m_latenciesMs.append(m_clock.elapsed() - m_speechEndMs);
            m_speechEndMs = -1;
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
    });
    connect(s, &LiveSession::resumptionUpdated, this, [this](const QString &handle, bool resumable) {
        // The handle resumes this conversation: record that one exists, not its value.
        m_events.write(u"resumption"_s,
                       {{u"resumable"_s, resumable}, {u"has_handle"_s, !handle.isEmpty()}});
    });
    connect(s, &LiveSession::usageUpdated, this, [this](const protocol::UsageMetadata &report) {
        const session::TokenCounts totals = m_session->usageTotals();
        m_events.write(u"usage"_s, {{u"report"_s, session::TokenCounts::fromUsage(report).toJson()},
                                    {u"totals"_s, totals.toJson()},
                                    {u"estimated_cost_usd"_s,
                                     session::estimateCostUsd(totals, config().prices)}});
    });
}

void CliRun::onStateChanged(State state)
{
    QJsonObject o {{u"state"_s, stateName(state)}};
    if (state == State::Connecting)
        o.insert(u"url"_s, m_session->redactedUrl());
    m_events.write(u"state"_s, o);
    if ((state == State::Closed || state == State::Failed) && m_finishing)
        finalize();
    else if (state == State::Closed && !m_finishing)
        finish(ExitCode::Server, tr("the server closed the session after %1 of %2 model turns")
                                         .arg(m_turns)
                                         .arg(m_options.targetTurns()));
}

void CliRun::onSetupCompleted(const QString &sessionId)
{
    if (m_setupMs >= 0) {
        // A later connection (goAway handover, reconnect): the conversation just goes on.
        QJsonObject o {{u"connection"_s, m_session->connectionCount()}};
        if (!sessionId.isEmpty())
            o.insert(u"session_id"_s, sessionId);
        m_events.write(u"setup_complete"_s, o);
        // The last turn may have completed just before the old connection closed (the service
        // closes 1008/1011 after a turn at random): the run ends on the new one.
        checkDone();
        return;
    }
    m_setupMs = m_clock.elapsed() - m_connectStartMs;
    QJsonObject o {{u"setup_ms"_s, m_setupMs}, {u"model"_s, config().setup.model}};
    if (!sessionId.isEmpty())
        o.insert(u"session_id"_s, sessionId);
    if (!m_warnings.isEmpty())
        o.insert(u"warnings"_s, QJsonArray::fromStringList(m_warnings));
    m_events.write(u"setup_complete"_s, o);
    startNextStep();
    checkDone();
}

void CliRun::startNextStep()
{
    ++m_step;
    m_turnsAtStepStart = m_turns;
    m_stepInputDone = false;
    const bool hasAudio = !m_options.inputPcm.isEmpty();
    const int textIndex = m_step - (hasAudio ? 1 : 0);
    if (hasAudio && m_step == 0) {
        m_audioFeeder = new AudioFeeder(m_session, m_options.inputPcm,
                                        m_options.fast ? Pacing::Fast : Pacing::RealTime,
                                        m_options.trailingSilenceMs, this);
        connect(m_audioFeeder, &AudioFeeder::speechEnded, this,
                [this] { m_speechEndMs = m_clock.elapsed(); });
        connect(m_audioFeeder, &AudioFeeder::finished, this, [this] {
            m_stepInputDone = true;
            maybeAdvance();
        });
        m_audioFeeder->start();
        return;
    }
    if (textIndex >= 0 && textIndex < m_options.texts.size()) {
        const QString text = m_options.texts.at(textIndex);
        if (config().textRoute == session::TextInputRoute::RealtimeInput)
            m_session->sendRealtimeText(text);
        else
            m_session->sendClientText(text);
        m_speechEndMs = m_clock.elapsed();
        Q_EMIT textSent(text);
        if (!m_options.quiet)
            out() << "you (text): " << text << Qt::endl;
        m_stepInputDone = true;
        maybeAdvance();
        return;
    }
    m_allInputSent = true;
}

void CliRun::maybeAdvance()
{
    if (m_finishing || !m_stepInputDone || m_turns <= m_turnsAtStepStart || m_stepHolds > 0)
        return;
    startNextStep();
    checkDone();
}

void CliRun::checkDone()
{
    if (m_finishing || !m_session->isLive() || m_finishHolds > 0)
        return;
    if (m_options.liveInput && m_options.turns < 0)
        return;
    const int target = m_options.targetTurns();
    if (m_turns >= target && (m_options.turns >= 0 || m_allInputSent))
        finish(ExitCode::Success);
}

void CliRun::onAudio(const QByteArray &pcm, int sampleRate)
{
    const qint64 ms = pcm.size() * 1000 / (2 * qint64(sampleRate));
    m_audioReceivedMs += ms;
    if (m_speechEndMs >= 0) {
        m_latenciesMs.append(m_clock.elapsed() - m_speechEndMs);
        m_speechEndMs = -1;
    }
    m_events.write(u"audio_out"_s,
                   {{u"bytes"_s, pcm.size()}, {u"ms"_s, ms}, {u"sample_rate"_s, sampleRate}});
    if (!m_reply.isOpen())
        return;
    bool ok = true;
    if (sampleRate == dsp::kOutputSampleRate) {
        ok = m_reply.write(pcm);
    } else {
        const auto converted = dsp::resample(dsp::s16BytesToFloat(pcm), sampleRate,
                                             dsp::kOutputSampleRate, 1);
        ok = m_reply.write(dsp::floatToS16Bytes(converted));
    }
    if (!ok)
        finish(ExitCode::Failure, m_options.outputWav + u": "_s + m_reply.errorString());
}

void CliRun::onTurnCompleted(const QString &reason)
{
    ++m_turns;
    QJsonObject o {{u"turn"_s, m_turns}};
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    m_events.write(u"turn_complete"_s, o);
    printLine(u"you"_s, m_userLine);
    printLine(u"model"_s, m_modelLine);
    // Once every other listener has seen this turn end (the transcript, the history): the run
    // may close the session now.
    QMetaObject::invokeMethod(
            this,
            [this] {
                maybeAdvance();
                checkDone();
            },
            Qt::QueuedConnection);
}

void CliRun::onError(const session::SessionError &error)
{
    // The session scrubbed the server's words already; this run's own credentials once more,
    // because these lines end up in files and in the history (secretscrubber.h).
    const session::SecretScrubber &scrubber = m_session->scrubber();
    QJsonObject o {{u"category"_s, session::categoryName(error.category)},
                   {u"message"_s, scrubber.scrub(error.message)},
                   {u"fatal"_s, m_session->state() == State::Failed}};
    if (error.closeCode)
        o.insert(u"close_code"_s, error.closeCode);
    if (error.httpStatus)
        o.insert(u"http_status"_s, error.httpStatus);
    if (!error.reason.isEmpty())
        o.insert(u"reason"_s, scrubber.scrub(error.reason));
    m_events.write(u"error"_s, o);
    if (m_session->state() == State::Failed)
        finish(exitCodeFor(error.category), error.message);
}

void CliRun::sendToolResponse(const protocol::ToolResponse &response)
{
    m_session->sendToolResponse(response);
    for (const auto &r : response.functionResponses)
        m_events.write(u"tool_response"_s,
                       {{u"id"_s, r.id}, {u"name"_s, r.name}, {u"response"_s, r.response}});
}

void CliRun::warn(const QString &message)
{
    m_warnings.append(message);
    QTextStream(stderr) << "livedesk-cli: warning: " << message << Qt::endl;
}

void CliRun::setMetric(const QString &key, const QJsonValue &value)
{
    m_extraMetrics.insert(key, value);
}

void CliRun::printLine(const QString &who, QString &buffer)
{
    const QString line = buffer.simplified();
    buffer.clear();
    if (!line.isEmpty() && !m_options.quiet)
        out() << who << ": " << line << Qt::endl;
}

void CliRun::finish(ExitCode code, const QString &message)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = code;
    m_exitMessage = m_session->scrubber().scrub(message); // printed and stored in metrics
    m_timeout.stop();
    if (m_audioFeeder)
        m_audioFeeder->stop();
    Q_EMIT finishing(int(code));
    const State state = m_session->state();
    if (state == State::Idle || state == State::Closed || state == State::Failed) {
        finalize();
        return;
    }
    // Close politely and wait for the server's answer, briefly.
    m_closeWait.start(3000);
    m_session->close();
}

void CliRun::failOutput(const QString &message)
{
    if (!m_finishing) {
        finish(ExitCode::Failure, message);
        return;
    }
    if (m_exitCode == ExitCode::Success && !m_finalized) {
        m_exitCode = ExitCode::Failure;
        m_exitMessage = message;
    }
}

void CliRun::finalize()
{
    if (!m_finishing || m_finalized)
        return;
    m_finalized = true;
    m_closeWait.stop();
    printLine(u"you"_s, m_userLine);
    printLine(u"model"_s, m_modelLine);
    m_reply.close();
    if (!m_events.close() && m_exitCode == ExitCode::Success) {
        m_exitCode = ExitCode::Failure;
        m_exitMessage = m_events.errorString();
    }
    if (!m_options.metricsPath.isEmpty()) {
        QSaveFile file(m_options.metricsPath);
        const QByteArray json = QJsonDocument(metrics()).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            qCWarning(lcApp, "%s: %s", qPrintable(m_options.metricsPath),
                      qPrintable(file.errorString()));
            if (m_exitCode == ExitCode::Success) {
                m_exitCode = ExitCode::Failure;
                m_exitMessage = m_options.metricsPath + u": "_s + file.errorString();
            }
        }
    }
    m_events.close();
    if (m_simulator)
        m_simulator->stop();
    disconnect(m_session, nullptr, this, nullptr);
    Q_EMIT finished(int(m_exitCode));
}

QJsonObject CliRun::metrics() const
{
    const session::SessionStats &st = m_session->stats();
    const session::TokenCounts tokens = m_session->usageTotals();
    QJsonObject m;
    m.insert(u"exit_code"_s, int(m_exitCode));
    if (!m_exitMessage.isEmpty())
        m.insert(u"error"_s, m_exitMessage);
    m.insert(u"model"_s, config().modelId);
    m.insert(u"endpoint"_s, m_session->redactedUrl());
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
    const auto reporting = m_session->usage().effectiveReporting();
    m.insert(u"usage_reporting"_s,
             reporting == session::UsageReporting::PerTurn ? u"per_turn"_s : u"cumulative"_s);
    m.insert(u"estimated_cost_usd"_s, session::estimateCostUsd(tokens, config().prices));
    m.insert(u"warnings"_s, QJsonArray::fromStringList(m_warnings));
    for (auto it = m_extraMetrics.begin(); it != m_extraMetrics.end(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

} // namespace livedesk::app
