#include "app/gui/voicemeter.h"

#include "audio/audioengine.h"
#include "audio/audiotypes.h"

namespace livedesk::app {

VoiceMeter::VoiceMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &VoiceMeter::poll);
}

VoiceMeter::~VoiceMeter() = default;

double VoiceMeter::levelFromDbfs(float dbfs)
{
    if (!(dbfs > kFloorDbfs)) // also NaN
        return 0;
    if (dbfs >= 0)
        return 1;
    return double(dbfs - kFloorDbfs) / double(-kFloorDbfs);
}

double VoiceMeter::smooth(double previous, double target, double releasePerTick)
{
    if (target >= previous)
        return target;
    return std::max(target, previous - releasePerTick);
}

void VoiceMeter::setEngine(audio::AudioEngine *engine)
{
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    if (engine) {
        connect(engine, &audio::AudioEngine::stateChanged, this, &VoiceMeter::updateRunning);
        connect(engine, &QObject::destroyed, this, &VoiceMeter::updateRunning);
        connect(engine, &audio::AudioEngine::activityStarted, this, &VoiceMeter::wake);
        connect(engine, &audio::AudioEngine::chunkCaptured, this,
                [this](const audio::AudioChunk &chunk) {
                    if (!chunk.quiet)
                        wake();
                });
    }
    updateRunning();
}

void VoiceMeter::setLevelsShown(Levels shown)
{
    if (m_levelsShown == shown)
        return;
    m_levelsShown = shown;
    if (shown == Levels::Hidden && (m_input > 0 || m_output > 0)) {
        m_input = m_output = 0;
        Q_EMIT levelsChanged();
    }
}

void VoiceMeter::wake()
{
    m_restingPolls = 0;
    if (m_timer.isActive() && m_timer.interval() != kIntervalMs) {
        m_timer.setInterval(kIntervalMs);
        poll();
    }
}

void VoiceMeter::updateRunning()
{
    const bool run = m_engine && m_engine->state() == audio::AudioEngine::State::Running;
    if (run && !m_timer.isActive()) {
        m_restingPolls = 0;
        m_timer.start(kIntervalMs);
        return;
    }
    if (!run) {
        m_timer.stop();
        const bool changed = m_input > 0 || m_output > 0;
        m_input = m_output = 0;
        if (changed)
            Q_EMIT levelsChanged();
        if (m_modelSpeaking || m_voiceActive || m_noSignal) {
            m_modelSpeaking = m_voiceActive = m_noSignal = false;
            Q_EMIT activityChanged();
        }
    }
}

void VoiceMeter::poll()
{
    if (!m_engine)
        return;
    const audio::AudioLevels levels = m_engine->levels();
    const audio::PlaybackProgress playback = m_engine->playback();
    // Peak for the attack (speech is spiky), RMS for the body: the average reads naturally.
    const double input = smooth(m_input, 0.5 * levelFromDbfs(levels.inputRmsDbfs)
                                                 + 0.5 * levelFromDbfs(levels.inputPeakDbfs));
    const double output = smooth(m_output, 0.5 * levelFromDbfs(levels.outputRmsDbfs)
                                                   + 0.5 * levelFromDbfs(levels.outputPeakDbfs));
    // Small steps are not drawn, but coming to rest is: a release that ends below kMinChange
    // (a quiet tail landing at 0.008, then silence) would otherwise leave the meter at that level
    // for good, never showing silence.
    const auto moved = [](double now, double before) {
        return std::abs(now - before) > kMinChange || (now == 0 && before != 0);
    };
    if (m_levelsShown == Levels::Shown && (moved(input, m_input) || moved(output, m_output))) {
        m_input = input;
        m_output = output;
        Q_EMIT levelsChanged();
    }
    if (playback.speaking != m_modelSpeaking || levels.voiceActive != m_voiceActive
        || levels.noSignal != m_noSignal) {
        m_modelSpeaking = playback.speaking;
        m_voiceActive = levels.voiceActive;
        m_noSignal = levels.noSignal;
        Q_EMIT activityChanged();
    }
    const bool atRest = input == 0 && output == 0 && !m_modelSpeaking && !m_voiceActive;
    m_restingPolls = atRest ? m_restingPolls + 1 : 0;
    const int intervalMs = m_restingPolls >= kRestAfterPolls ? kRestingIntervalMs : kIntervalMs;
    if (m_timer.interval() != intervalMs)
        m_timer.setInterval(intervalMs);
}

} // namespace livedesk::app
