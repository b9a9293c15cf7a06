// AudioRecorder: records a conversation to an Ogg Opus file (libopusenc, LIVEDESK_HAVE_OPUSENC):
// stereo at 16 kHz, the user on the left after echo cancellation, the model on the right as it
// was played, time-aligned as heard (see recordingtap.h). Recording is opt-in; state() is what a
// recording indicator shows.
//
// Usage:
//   AudioRecorder recorder;
//   if (!recorder.start(path, options)) … recorder.errorString();
//   engine.setRecordingTap(recorder.tap());   // or feed recorder.tap() yourself (file input)
//   …
//   engine.setRecordingTap(nullptr);
//   recorder.stop();                          // the file is complete when stop() returns
//
// Threads: create and call it on one thread with an event loop. Encoding and file writes run on
// the recorder's own thread ("ld-rec-enc"), which drains the tap every kDrainIntervalMs; the
// audio threads only copy into the tap's ring. A write error (disk full, file removed) stops the
// recording with state Failed and errorOccurred(); what was written until then stays playable.
// A killed process leaves a file that plays up to the last Ogg page written (about a second).
//
// Without libopusenc, isAvailable() is false, unavailableReason() says so in words for people,
// and start() fails with that reason.
#pragma once

#include "audio/recordingtap.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace livedesk::audio {

class RecordingWriter;

struct RecordingOptions
{
    int bitrateBps = 64000; // stereo; high enough that the two channels stay apart
    int bufferSeconds = 4; // audio that may wait for the encoder
    QString title; // TITLE comment
    QString date; // DATE comment (ISO 8601); empty: now
    QList<QPair<QString, QString>> comments; // further Vorbis comments
};

struct RecordingStats
{
    qint64 framesEncoded = 0; // per channel, at 16 kHz
    qint64 bytesWritten = 0;
    qint64 droppedFrames = 0; // the encoder fell behind
    qint64 farSkippedSamples = 0; // device clock drift
    qint64 encodeNs = 0; // time spent in the encoder (its thread, wall clock)
};

class AudioRecorder : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString path READ path NOTIFY stateChanged)

public:
    enum class State {
        Idle,
        Recording,
        Failed, // could not start, or a write failed; errorString() says why
    };
    Q_ENUM(State)

    static constexpr int kSampleRate = RecordingTap::kSampleRate;
    static constexpr int kDrainIntervalMs = 40;

    explicit AudioRecorder(QObject *parent = nullptr);
    ~AudioRecorder() override; // stops a running recording

    static bool isAvailable();
    static QString unavailableReason(); // empty when available

    // Creates (truncates) `path` and starts the encoder thread. False with errorString() set
    // when recording is unavailable or the file cannot be created.
    bool start(const QString &path, const RecordingOptions &options = {});
    // Encodes what is left in the tap, finishes the stream and closes the file. Blocks until
    // then (milliseconds). Returns false if the file could not be completed.
    bool stop();

    State state() const { return m_state; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // The producer side for AudioEngine::setRecordingTap() or a file-input feeder; null when
    // not recording.
    std::shared_ptr<RecordingTap> tap() const { return m_tap; }
    // Polled (the indicator's clock): audio encoded so far.
    qint64 durationMs() const;
    RecordingStats stats() const;

Q_SIGNALS:
    void stateChanged(livedesk::audio::AudioRecorder::State state);
    void errorOccurred(const QString &message);

private:
    void setState(State state);
    void onWriteFailed(const QString &message);

    State m_state = State::Idle;
    QString m_path;
    QString m_error;
    std::shared_ptr<RecordingTap> m_tap;
    QThread *m_thread = nullptr; // owned
    RecordingWriter *m_writer = nullptr; // lives on m_thread; deleted there
    RecordingStats m_finalStats; // of the last recording, once stopped
};

} // namespace livedesk::audio
