// Feeds file input into a LiveSession the way a person would: speech at real-time pace (or as
// fast as possible with Pacing::Fast), then trailing silence and audioStreamEnd so the server's
// VAD ends the turn; JPEG frames at one per second. Both only hand bytes to the session, which
// does the chunking and the setup-first ordering.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace livedesk::session {
class LiveSession;
}

namespace livedesk::app {

enum class Pacing { RealTime, Fast };

class AudioFeeder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTickMs = 10;

    // `pcm` is 16 kHz mono s16le. `session` is not owned and must outlive the feeder.
    AudioFeeder(session::LiveSession *session, QByteArray pcm, Pacing pacing, int trailingSilenceMs,
                QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    qint64 speechBytesSent() const { return m_speechSent; }

Q_SIGNALS:
    void speechEnded(); // the last speech byte went to the session
    void finished(); // silence and audioStreamEnd went too

private:
    void tick();

    session::LiveSession *m_session;
    QByteArray m_speech;
    QByteArray m_silence;
    Pacing m_pacing;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_speechSent = 0;
    qint64 m_silenceSent = 0;
};

class VideoFeeder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFrameIntervalMs = 1000; // the Live API takes at most about 1 FPS

    VideoFeeder(session::LiveSession *session, QStringList jpegFiles, QObject *parent = nullptr);

    void start();
    void stop() { m_timer.stop(); }
    int framesSent() const { return m_next; }

Q_SIGNALS:
    void frameSent(const QString &path, qint64 bytes);
    void frameFailed(const QString &path, const QString &error);
    void finished();

private:
    void sendNext();

    session::LiveSession *m_session;
    QStringList m_files;
    int m_next = 0;
    QTimer m_timer;
};

} // namespace livedesk::app
