// Levels for the voice visual: polls AudioEngine::levels() and playback() on one 50 ms timer
// (the audio side never pushes a signal per buffer), turns dBFS into 0…1 with a fast attack and
// a slow release, and says whether the model is speaking and whether local speech is heard.
// The timer runs only while an engine is attached and running, and slows to kRestingIntervalMs
// while everything is at rest.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace livedesk::audio {
class AudioEngine;
}

namespace livedesk::app {

class VoiceMeter : public QObject
{
    Q_OBJECT
    Q_PROPERTY(double inputLevel READ inputLevel NOTIFY levelsChanged)
    Q_PROPERTY(double outputLevel READ outputLevel NOTIFY levelsChanged)
    Q_PROPERTY(bool modelSpeaking READ isModelSpeaking NOTIFY activityChanged)
    Q_PROPERTY(bool voiceActive READ isVoiceActive NOTIFY activityChanged)
    Q_PROPERTY(bool noSignal READ hasNoSignal NOTIFY activityChanged)

public:
    // 20 Hz: smooth enough for a level meter, and every change renders a frame (on the CPU where
    // there is no GPU; bench/run measured the GUI at 45 % of a core with 60 Hz under Xvfb). It
    // leaves 10 frames a second for the transcript's words, which arrive between two ticks, so the
    // window stays within 30 frames a second while the model speaks (tst_frames: at 25 Hz a busy
    // machine measured 30.6, the words adding 5.6 a second).
    static constexpr int kIntervalMs = 50;
    // At rest (both levels at zero, the model silent, no voice heard), an idle conversation's
    // main thread woke 20 times a second for nothing. The first sound the engine sends brings
    // the 50 ms poll back at once (a captured chunk that is not quiet, an activity's start);
    // the model's first audio is seen within this, its level rising from zero.
    static constexpr int kRestingIntervalMs = 250;
    // Polls at rest before slowing (500 ms): a wake that finds nothing to show does not flip
    // the pace back and forth with every chunk.
    static constexpr int kRestAfterPolls = 10;
    // Changes smaller than this do not repaint (room noise would otherwise repaint every tick).
    static constexpr double kMinChange = 0.01;
    // Shown as 0. A quiet room (noise at −60 dBFS RMS peaks near −48 dBFS) stays below it: at a
    // −60 dBFS floor its flicker moved the ring and rendered 7 frames a second of silence
    // (bench/run, 2026-12-06).
    static constexpr float kFloorDbfs = -45.0f;

    explicit VoiceMeter(QObject *parent = nullptr);
    ~VoiceMeter() override;

    // Not owned; null stops polling and lets the levels fall to zero.
    void setEngine(audio::AudioEngine *engine);

    // Whether anybody sees the levels (the window is shown, not minimised or in the tray). While
    // nobody does they stay at zero and levelsChanged is not emitted: every change re-renders the
    // voice visual. The activity (model speaking, voice heard) is polled either way.
    enum class Levels { Shown, Hidden };
    void setLevelsShown(Levels shown);
    bool areLevelsShown() const { return m_levelsShown == Levels::Shown; }

    double inputLevel() const { return m_input; }
    double outputLevel() const { return m_output; }
    bool isModelSpeaking() const { return m_modelSpeaking; }
    bool isVoiceActive() const { return m_voiceActive; }
    bool hasNoSignal() const { return m_noSignal; }
    bool isPolling() const { return m_timer.isActive(); }
    int pollIntervalMs() const { return m_timer.interval(); }

    // dBFS → 0…1 on a perceptual (dB-linear) scale from kFloorDbfs to 0 dBFS.
    static double levelFromDbfs(float dbfs);
    // One meter step: rises at once, falls by at most `releasePerTick`.
    static double smooth(double previous, double target, double releasePerTick = 0.12);

Q_SIGNALS:
    void levelsChanged();
    void activityChanged();

private:
    void poll();
    void updateRunning();
    void wake();

    QPointer<audio::AudioEngine> m_engine;
    QTimer m_timer;
    double m_input = 0;
    double m_output = 0;
    bool m_modelSpeaking = false;
    bool m_voiceActive = false;
    bool m_noSignal = false;
    Levels m_levelsShown = Levels::Shown;
    int m_restingPolls = 0;
};

} // namespace livedesk::app
