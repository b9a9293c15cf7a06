#include "app/cli/clirun.h"

#include "app/cli/mediafeeders.h"
#include "app/logging.h"
#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"
#include "session/protocol/codec.h"
#include "simulator/simulator.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace livedesk::app {

using session::LiveSession;
using State = LiveSession::State;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

CliRun::CliRun(CliOptions options, CliModules modules, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_modules(std::move(modules))
    , m_conversation(new Conversation(this))
    , m_session(&m_conversation->session())
    , m_bridge(&m_conversation->bridge())
{
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
    for (const auto &w : std::as_const(config().warnings)) {
        // "Typed text is not sent" is said only to a run that has typed text: a spoken-only
        // run loses nothing.
        if (w.field != u"textInput"_s || !m_options.texts.isEmpty())
            warn(w.reason);
    }
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

    if (!log().open(m_options.eventsPath, m_options.metricsPath, error))
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
    // The conversation's, as the app's offline demo.
    QString why;
    if (!m_conversation->startSimulator(sim::SimulatorOptions {}, &why)) {
        *error = tr("the simulator did not start: %1").arg(why);
        return false;
    }
    m_conversation->pointAtSimulator(m_options.session);
    qCInfo(lcApp, "simulator listening on %s", qPrintable(m_options.session.endpoint));
    return true;
}

void CliRun::connectSession()
{
    // The conversation's log writes the events; the run follows the conversation and prints.
    LiveSession *s = m_session;
    connect(s, &LiveSession::stateChanged, this, &CliRun::onStateChanged);
    connect(s, &LiveSession::setupCompleted, this, &CliRun::onSetupCompleted);
    connect(s, &LiveSession::audioReceived, this, &CliRun::onAudio);
    connect(s, &LiveSession::turnCompleted, this, &CliRun::onTurnCompleted);
    connect(s, &LiveSession::errorOccurred, this, &CliRun::onError);
    connect(s, &LiveSession::inputTranscriptionReceived, this,
            [this](const protocol::Transcription &t) { m_userLine += t.text; });
    connect(s, &LiveSession::outputTranscriptionReceived, this,
            [this](const protocol::Transcription &t) { m_modelLine += t.text; });
    connect(s, &LiveSession::textReceived, this,
            [this](const QString &text, session::TextKind kind) {
                if (kind != session::TextKind::Thought)
                    m_modelLine += text;
            });
}

void CliRun::onStateChanged(State state)
{
    if ((state == State::Closed || state == State::Failed) && m_finishing)
        finalize();
    else if (state == State::Closed && !m_finishing)
        finish(ExitCode::Server, tr("the server closed the session after %1 of %2 model turns")
                                         .arg(m_turns)
                                         .arg(m_options.targetTurns()));
}

void CliRun::onSetupCompleted()
{
    if (m_setUp) {
        // A later connection (goAway handover, reconnect): the conversation just goes on.
        // The last turn may have completed just before the old connection closed (the service
        // closes 1008/1011 after a turn at random): the run ends on the new one.
        checkDone();
        return;
    }
    m_setUp = true;
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
        connect(m_audioFeeder, &AudioFeeder::speechEnded, this, [this] { log().markInputEnded(); });
        connect(m_audioFeeder, &AudioFeeder::finished, this, [this] {
            m_stepInputDone = true;
            maybeAdvance();
        });
        m_audioFeeder->start();
        return;
    }
    if (textIndex >= 0 && textIndex < m_options.texts.size()) {
        const QString text = m_options.texts.at(textIndex);
        m_conversation->sendText(text); // into the transcript too, when it was sent
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
    Q_UNUSED(reason)
    ++m_turns;
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
    if (m_session->state() == State::Failed)
        finish(exitCodeFor(error.category), error.message);
}

void CliRun::sendToolResponse(const protocol::ToolResponse &response)
{
    m_session->sendToolResponse(response);
    log().recordToolResponse(response);
}

void CliRun::warn(const QString &message)
{
    log().addWarning(message);
    QTextStream(stderr) << "livedesk-cli: warning: " << message << Qt::endl;
}

void CliRun::setMetric(const QString &key, const QJsonValue &value)
{
    log().setMetric(key, value);
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
    if (!log().closeEvents() && m_exitCode == ExitCode::Success) {
        m_exitCode = ExitCode::Failure;
        m_exitMessage = log().eventsError();
    }
    QString error;
    if (!log().writeMetrics(int(m_exitCode), m_exitMessage, &error)
        && m_exitCode == ExitCode::Success) {
        m_exitCode = ExitCode::Failure;
        m_exitMessage = error;
    }
    if (sim::Simulator *simulator = m_conversation->simulator())
        simulator->stop();
    disconnect(m_session, nullptr, this, nullptr);
    Q_EMIT finished(int(m_exitCode));
}

} // namespace livedesk::app
