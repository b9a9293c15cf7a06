// Feeds a speech file into a LiveSession the way a person would: at real-time pace (or as fast
// as possible with Pacing::Fast), then trailing silence and audioStreamEnd so the server's VAD
// ends the turn. It only hands bytes to the session, which does the chunking and the
// setup-first ordering. (Pictures go through the video engine: videomodule.h.)
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
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

} // namespace livedesk::app
