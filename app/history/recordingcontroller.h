// RecordingController: conversation recording as the app offers it — opt-in, with a state and a
// running clock for the recording indicator, the Ogg Opus file fed from the audio engine (the
// cleaned microphone and the played speaker, aligned as heard) or from any other feeder
// (livedesk-cli's file input), and the transcript written beside it as JSON after every turn and
// when the recording stops. Formats: docs/recording.md.
//
// Ownership: the engine and the transcript are not owned; detach them (nullptr) before they go.
#pragma once

#include "app/history/historystore.h"
#include "audio/recording.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace livedesk::audio {
class AudioEngine;
}

namespace livedesk::app {

class RecordingController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
    Q_PROPERTY(QString unavailableReason READ unavailableReason CONSTANT)
    Q_PROPERTY(bool recording READ isRecording NOTIFY recordingChanged)
    Q_PROPERTY(qint64 durationMs READ durationMs NOTIFY durationChanged)
    Q_PROPERTY(QString path READ path NOTIFY recordingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorOccurred)

public:
    static constexpr int kClockIntervalMs = 250; // how often durationChanged ticks while recording

    explicit RecordingController(QObject *parent = nullptr);
    ~RecordingController() override; // stops a running recording

    // <Music>/LiveDesk/conversation-YYYYMMDD-HHMMSS.opus (Music, else the home folder).
    static QString defaultPath(const QDateTime &when = QDateTime::currentDateTime());

    // The engine feeds the recording while one runs; may be null (then use tap()).
    void setAudioEngine(audio::AudioEngine *engine);
    // Its items go into the transcript JSON; may be null.
    void setTranscript(Transcript *transcript);
    // What the transcript JSON says about the session (mode, model, languages).
    void setSessionInfo(const HistorySessionInfo &info) { m_info = info; }

    bool isAvailable() const { return audio::AudioRecorder::isAvailable(); }
    QString unavailableReason() const { return audio::AudioRecorder::unavailableReason(); }
    bool isRecording() const
    {
        return m_recorder.state() == audio::AudioRecorder::State::Recording;
    }
    qint64 durationMs() const { return m_recorder.durationMs(); }
    QString path() const { return m_recorder.path(); }
    QString errorString() const { return m_error; }
    QDateTime startedAt() const { return m_started; }
    // While recording: the producer side, for a feeder other than the engine.
    std::shared_ptr<audio::RecordingTap> tap() const { return m_recorder.tap(); }
    audio::RecordingStats stats() const { return m_recorder.stats(); }

public Q_SLOTS:
    // Empty path: defaultPath(). False (errorOccurred) when unavailable or not writable.
    bool start(const QString &path = {});
    // Completes the file and the transcript beside it. False if either failed.
    bool stop();
    // Rewrites the transcript JSON now (also done after every finished turn).
    void writeTranscript();

Q_SIGNALS:
    void recordingChanged(bool recording);
    void durationChanged(qint64 durationMs);
    void errorOccurred(const QString &message);
    // The recording file and its transcript are complete.
    void finished(const QString &path);

private:
    void fail(const QString &message);

    audio::AudioRecorder m_recorder;
    QPointer<audio::AudioEngine> m_engine;
    QPointer<Transcript> m_transcript;
    QList<QMetaObject::Connection> m_transcriptConnections;
    HistorySessionInfo m_info;
    QDateTime m_started;
    QString m_error;
    QTimer m_clock;
    QTimer m_transcriptWrite; // coalesces the writes of one turn's changes
};

} // namespace livedesk::app
