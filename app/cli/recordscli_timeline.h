// The conversation as a listener hears it when livedesk-cli takes its input from a file: the
// speech the CLI sends (16 kHz) and the model's replies played back in real time from the moment
// they arrive (as a speaker would play them, a barge-in dropping the rest), on one wall clock,
// 10 ms at a time. It feeds a recording (user left, model right) and, optionally, a mix with
// the original speech under the translation (--mix).
//
// Near end: what the session has sent (LiveSession::stats().audioBytesSent), taken from the
// input in order at real-time pace — with --fast the speech is sent ahead and recorded as it
// would have been spoken; past the input, silence. Far end: the model's 24 kHz audio, converted
// to 16 kHz and queued; silence while nothing is queued.
#pragma once

#include "audio/dsp/resampler.h"
#include "audio/dsp/wavfile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace livedesk::audio {
class RecordingTap;
}
namespace livedesk::session {
class LiveSession;
}

namespace livedesk::app {

class ListenerTimeline : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kTickMs = 10;
    // The model's audio waiting to be "played" (docs/limits.md): a server that sends faster than
    // real time (704 s of speech in 180 s) must not grow the queue without bound. Two minutes is
    // longer than any answer; beyond it the oldest waiting audio is skipped, as a speaker that
    // cannot keep up would, and counted (farDroppedSamples()).
    static constexpr int kMaxFarBacklogMs = 120'000;
    static constexpr size_t kMaxFarBacklogSamples = size_t(kMaxFarBacklogMs) * kSampleRate / 1000;

    // `session` is not owned and must outlive the timeline; `inputPcm` is the --input speech
    // (16 kHz mono s16le), empty for text-only runs.
    ListenerTimeline(session::LiveSession *session, QByteArray inputPcm, QObject *parent = nullptr);
    ~ListenerTimeline() override;

    void setRecordingTap(std::shared_ptr<audio::RecordingTap> tap);
    // The mix: the model at full level, the original speech `originalGainDb` below (16 kHz).
    bool openMix(const QString &path, double originalGainDb, QString *error);

    void start();
    // Writes what is due up to now and stops; the mix file is completed.
    void stop();
    qint64 elapsedSamples() const { return m_written; }
    // The model's audio queued and not played yet, and held in memory (played audio included
    // until it is compacted away); both stay within kMaxFarBacklogSamples (×2 for the held).
    size_t farQueuedSamples() const { return m_far.size() - m_farRead; }
    size_t farHeldSamples() const { return m_far.size(); }
    qint64 farDroppedSamples() const { return m_farDropped; }
    // Everything the model said so far has been "played" (or the timeline is not running): a
    // recording stopped now holds the whole last reply. The user's side is not waited for: with
    // --fast it may be minutes ahead of the clock, and past the last turn nobody listens to it.
    bool isReplyPlayedOut() const { return !m_timer.isActive() || farQueuedSamples() == 0; }

Q_SIGNALS:
    // The model's queued audio has just been played to its end (see isReplyPlayedOut()).
    void replyPlayedOut();

private:
    void tick();
    void onModelAudio(const QByteArray &pcm, int sampleRate);

    session::LiveSession *m_session; // not owned
    QByteArray m_input;
    std::shared_ptr<audio::RecordingTap> m_tap;
    dsp::WavWriter m_mix;
    float m_originalGain = 0.1f;
    std::unique_ptr<dsp::Resampler> m_downsampler; // 24 kHz → 16 kHz
    int m_downsamplerRate = 0;
    std::vector<int16_t> m_far; // queued model audio, 16 kHz
    size_t m_farRead = 0;
    qint64 m_farDropped = 0;
    qint64 m_nearTaken = 0; // samples of the sent audio already on the timeline
    qint64 m_written = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::vector<int16_t> m_nearBlock;
    std::vector<int16_t> m_farBlock;
    bool m_wasPlayedOut = true;
};

} // namespace livedesk::app
