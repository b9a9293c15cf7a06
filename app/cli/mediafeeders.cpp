#include "app/cli/mediafeeders.h"

#include "session/livesession.h"

#include <QFile>

namespace livedesk::app {

namespace {
constexpr qint64 kBytesPerMs = 32; // 16 kHz × 2 bytes
constexpr qint64 kFastBlockBytes = 32000; // 1 s per event-loop turn keeps the loop responsive
} // namespace

AudioFeeder::AudioFeeder(session::LiveSession *session, QByteArray pcm, Pacing pacing,
                         int trailingSilenceMs, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_speech(std::move(pcm))
    , m_silence(qsizetype(trailingSilenceMs) * kBytesPerMs, '\0')
    , m_pacing(pacing)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(pacing == Pacing::Fast ? 0 : kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &AudioFeeder::tick);
}

void AudioFeeder::start()
{
    m_speechSent = m_silenceSent = 0;
    m_clock.start();
    m_timer.start();
    tick();
}

void AudioFeeder::stop()
{
    m_timer.stop();
}

void AudioFeeder::tick()
{
    const qint64 total = m_speech.size() + m_silence.size();
    qint64 due = m_pacing == Pacing::Fast
                         ? m_speechSent + m_silenceSent + kFastBlockBytes
                         // Real time, measured from the start, so timer jitter never accumulates.
                         : m_clock.elapsed() * kBytesPerMs;
    due = std::min(due, total) & ~qint64(1);

    if (m_speechSent < m_speech.size() && due > m_speechSent) {
        const qint64 end = std::min<qint64>(due, m_speech.size());
        m_session->sendAudio(QByteArrayView(m_speech).sliced(m_speechSent, end - m_speechSent));
        m_speechSent = end;
        if (m_speechSent == m_speech.size())
            Q_EMIT speechEnded();
    }
    const qint64 silenceDue = due - m_speech.size();
    if (m_speechSent == m_speech.size() && silenceDue > m_silenceSent) {
        m_session->sendAudio(
                QByteArrayView(m_silence).sliced(m_silenceSent, silenceDue - m_silenceSent));
        m_silenceSent = silenceDue;
    }
    if (m_speechSent + m_silenceSent >= total && m_timer.isActive()) {
        m_timer.stop();
        m_session->sendAudioStreamEnd();
        Q_EMIT finished();
    }
}

} // namespace livedesk::app
