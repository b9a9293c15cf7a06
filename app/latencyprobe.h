// Latency figures livedesk-cli measures for the benchmarks (docs/benchmarks.md "CLI latency"),
// all on std::chrono::steady_clock:
//   capture → wire      each audio message's first sample (AudioChunk::captureTimeUs) to the
//                       moment LiveSession hands the message to the socket (audioWritten)
//   receive → device    a model turn's first audio byte from the socket to its first sample
//                       handed to the output device (AudioEngine::playbackTimings)
//   speech end → audio  the end of the last microphone chunk with speech to the model's first
//                       audio byte of the next turn (received) and its first sample played
//   barge-in            the speech onset in the microphone signal (walked back from the
//                       detector's decision, AudioEngine::lastSpeechStartUs, through the frames
//                       above the noise floor) to the model's voice silenced (flush faded out)
//                       or lowered (duck applied). Counted whoever silenced it: the local
//                       detector, or the service's `interrupted` when it came first (on
//                       loopback it can)
// Figures only: nothing here decides anything, and nothing runs on an audio thread.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <optional>

namespace livedesk::session {
class LiveSession;
}
namespace livedesk::audio {
class AudioEngine;
struct AudioChunk;
} // namespace livedesk::audio

namespace livedesk::app {

struct LatencySummary
{
    static constexpr int kMaxListedValues = 20;

    int count = 0;
    double medianMs = 0;
    double p95Ms = 0; // nearest rank
    double minMs = 0;
    double maxMs = 0;
    QList<double> valuesMs; // in the order measured, when there are at most kMaxListedValues

    // {"count", "median", "p95", "min", "max"} and "values" for short lists; null figures when
    // count is 0.
    QJsonObject toJson() const;
};

LatencySummary summarizeLatencies(QList<double> valuesMs);

// Pairs the microphone audio the engine captured with the audio messages the session wrote, by
// content: LiveSession re-chunks what it is given (and may queue it while connecting, or send it
// again after a reconnect), so neither sizes nor counts line up, but the bytes do. A written
// message that starts further on than expected means captured audio was never sent (muted, not
// accepted, dropped): it is skipped. A message that matches nothing still waiting (a replay, or
// audio that did not come from the microphone) gives no figure.
class CaptureToWireMatcher
{
public:
    // Captured audio waiting to be written beyond this is forgotten, oldest first.
    static constexpr qsizetype kMaxPendingBytes = 30 * 32000; // 30 s of 16 kHz s16

    void addCaptured(const QByteArray &pcm16k, qint64 captureTimeUs);
    // The capture time of the message's first sample, when the message is captured audio.
    std::optional<qint64> matchWritten(const QByteArray &pcm16k);
    void clear();

    qint64 skippedBytes() const { return m_skippedBytes; }
    int unmatchedWrites() const { return m_unmatchedWrites; }
    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    struct Segment
    {
        qint64 startOffset = 0; // in the captured stream
        qint64 captureTimeUs = 0;
    };
    qint64 captureTimeAt(qint64 offset) const;
    void dropFront(qsizetype bytes);

    QByteArray m_pending; // captured, not yet written
    qint64 m_pendingStart = 0; // stream offset of m_pending's first byte
    std::deque<Segment> m_segments;
    qint64 m_skippedBytes = 0;
    int m_unmatchedWrites = 0;
};

// Watches a session and an audio engine and collects the four figures. Construct it before the
// ConversationBridge attaches the engine: the matcher must see each chunk before the bridge
// sends it (the session writes synchronously while Live).
class AudioLatencyProbe : public QObject
{
    Q_OBJECT

public:
    AudioLatencyProbe(session::LiveSession *session, audio::AudioEngine *engine,
                      QObject *parent = nullptr); // neither is owned

    // {"capture_to_wire_ms" (from each message's oldest sample), "capture_to_wire_newest_ms"
    //  (from its newest), "receive_to_device_ms", "speech_end_to_first_audio_ms",
    //  "speech_end_to_playback_ms", "barge_in_ms", "barge_in_duck_ms",
    //  "barge_in_detection_ms"}: summaries, plus "capture_to_wire_unmatched",
    //  "capture_to_wire_skipped_ms", "barge_ins_local" and "barge_ins_server".
    QJsonObject toJson() const;

    const QList<double> &captureToWireMs() const { return m_captureToWireMs; }
    const QList<double> &bargeInMs() const { return m_bargeInMs; }

private:
    void onChunk(const audio::AudioChunk &chunk);
    void onAudioWritten(const QByteArray &pcm, qint64 steadyTimeUs);
    void onModelAudio();
    void onTurnBoundary();
    void onServerInterrupted();
    void onBargeIn(int event);
    void poll();
    void updatePolling();
    // Speech is this far above the recent noise floor of the microphone (after processing).
    double speechThresholdDbfs(qint64 beforeUs) const;
    // Where the speech the detector recognised at decisionUs began in the signal.
    qint64 signalOnsetUs(qint64 decisionUs) const;
    bool isLoudAt(qint64 timeUs) const;

    struct FrameLevel
    {
        qint64 startUs = 0;
        double dbfs = 0;
    };

    session::LiveSession *m_session; // not owned
    audio::AudioEngine *m_engine; // not owned
    CaptureToWireMatcher m_matcher;
    qint64 m_liveSinceUs = -1; // chunks captured before the session went live are not counted
    QTimer m_poll;

    // receive → device, speech end → first audio
    bool m_turnAudio = false; // model audio arrived in the current turn
    qint64 m_firstAudioNs = 0; // awaiting its first sample on the device
    qint64 m_speechEndUs = -1; // the user's latest speech end, not yet answered
    qint64 m_answeredSpeechEndUs = -1; // the speech end the awaited playback answers

    std::deque<FrameLevel> m_levels; // the last few seconds of microphone levels, 10 ms each

    // barge-in
    qint64 m_bargeDecisionUs = 0; // the detector's onset decision (capture time)
    qint64 m_bargeEventNs = 0;
    bool m_awaitFlush = false;
    bool m_awaitDuck = false;
    bool m_bargeByServer = false; // the service's interruption came before a local decision
    int m_localBargeIns = 0;
    int m_serverBargeIns = 0;
    // The speech (its onset, lastSpeechStartUs) of the last barge-in counted, and who was
    // credited: the service's interruption and the local detector's event for the same speech
    // reach this thread in either order, and are one barge-in.
    qint64 m_countedSpeechUs = -1;
    bool m_countedByServer = false;

    QList<double> m_captureToWireMs;
    QList<double> m_captureToWireNewestMs;
    QList<double> m_receiveToDeviceMs;
    QList<double> m_speechEndToAudioMs;
    QList<double> m_speechEndToPlaybackMs;
    QList<double> m_bargeInMs;
    QList<double> m_bargeInDuckMs;
    QList<double> m_bargeInDetectionMs;
};

} // namespace livedesk::app
