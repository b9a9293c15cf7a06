// ConversationBridge: the one place that connects the engines to a LiveSession, so the CLI and
// the GUI take turns, barge in and answer tools the same way.
//
//   AudioEngine ──chunks, activity──▶ LiveSession ──model audio, interrupted, turn ends──▶ AudioEngine
//   VideoEngine ──JPEG frames──────▶ LiveSession          (fresh frame when the user starts talking)
//   ToolDispatcher ◀──toolCall, cancellation── LiveSession ◀──toolResponse, screenshot frames──
//
// Talk modes map onto the protocol (live-protocol.md §2.2, §4.2–4.3):
//   HandsFree   the service's automatic activity detection; the microphone streams continuously.
//   LocalVoice  LiveDesk's own voice activity detector sends activityStart/activityEnd (with a
//               pre-roll); the setup disables automatic activity detection.
//   PushToTalk  the user's talk control sends activityStart/activityEnd (click-to-talk toggles,
//               hold-to-talk holds); no microphone audio leaves outside a turn.
// Whatever the mode, pressing talk while the model speaks silences it at once, locally.
//
// Paused stream (HandsFree): while the engine's quiet gate is closed (AudioChunk::quiet: nobody
// speaks, the model is silent) for kPauseAfterQuietMs, with no model turn playing or pending and
// no tool call running, the bridge stops sending microphone audio and sends audioStreamEnd once
// (live-protocol.md §2.2: the stream paused for more than about a second). It keeps the last
// kPausePrerollMs of what it held back; the first chunk that is not quiet sends that pre-roll,
// then itself, and the stream runs again. This saves the main thread's encoding and writing, and
// the user's input-audio tokens, for every quiet second.
//
// Ownership: the bridge owns nothing; the session and engines must outlive it or be detached.
#pragma once

#include "session/livesession.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace livedesk::audio {
class AudioEngine;
struct AudioChunk;
} // namespace livedesk::audio
namespace livedesk::video {
class VideoEngine;
struct EncodedFrame;
} // namespace livedesk::video
namespace livedesk::tools {
class ToolDispatcher;
}
namespace livedesk::dsp {
class Resampler;
}

namespace livedesk::app {

enum class TalkMode { HandsFree, LocalVoice, PushToTalk };

// True when the setup must disable automatic activity detection for this mode.
bool usesManualActivity(TalkMode mode);
QString toString(TalkMode mode);
std::optional<TalkMode> talkModeFromString(
        QStringView text); // "hands-free", "local-voice", "push-to-talk"

class ConversationBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool talking READ isTalking NOTIFY talkingChanged)
    Q_PROPERTY(bool userSpeaking READ isUserSpeaking NOTIFY userSpeakingChanged)
    Q_PROPERTY(bool microphoneMuted READ isMicrophoneMuted NOTIFY microphoneMutedChanged)

public:
    using ToolResponseSender = std::function<void(const protocol::ToolResponse &)>;

    explicit ConversationBridge(session::LiveSession *session, QObject *parent = nullptr);
    ~ConversationBridge() override;

    // Set before the session opens: the setup must agree (usesManualActivity()).
    void setTalkMode(TalkMode mode);
    TalkMode talkMode() const { return m_talkMode; }

    // Each may be called once; nullptr detaches. Engines are not owned.
    void attachAudio(audio::AudioEngine *engine);
    audio::AudioEngine *audioEngine() const; // the attached engine, or null
    void attachVideo(video::VideoEngine *engine);
    // Responses go through `sender` when given (the CLI records them), else straight to the
    // session.
    void attachTools(tools::ToolDispatcher *dispatcher, ToolResponseSender sender = {});

    bool isTalking() const { return m_talking; }
    bool isUserSpeaking() const { return m_userSpeaking; }
    bool isMicrophoneMuted() const { return m_muted; }
    // The session is open, being opened or reconnecting: it takes input (and holds it until it
    // can send).
    bool sessionAcceptsInput() const;

public Q_SLOTS:
    // The talk control. In PushToTalk it opens a user turn; in every mode it silences the model.
    void beginTalk();
    // Ends a PushToTalk turn (activityEnd); a no-op in the other modes.
    void endTalk();
    void toggleTalk();
    // Muting stops sending microphone audio; in HandsFree it also tells the service the stream
    // paused (audioStreamEnd) so its activity detection does not wait for more.
    void setMicrophoneMuted(bool muted);

public:
    // HandsFree: the microphone stream is paused while the room is quiet (see above).
    bool isStreamPaused() const { return m_stream == StreamState::Paused; }
    static constexpr int kPauseAfterQuietMs = 1000;
    static constexpr int kPausePrerollMs = 300;

Q_SIGNALS:
    void talkingChanged(bool talking);
    // The user is speaking (local voice activity, or a push-to-talk turn): for the voice visual
    // and for fresh video frames.
    void userSpeakingChanged(bool speaking);
    void microphoneMutedChanged(bool muted);
    // After a barge-in or a server interruption: how much of the model's turn the user heard
    // (24 kHz samples), so the transcript can mark the words they did not hear.
    void modelTurnCut(qint64 heardSamples, qint64 receivedSamples);
    // HandsFree: the microphone stream paused (true) or runs again (false).
    void streamPausedChanged(bool paused);
    // Each piece of microphone audio handed to the session, in order (a pre-roll included).
    void audioSent(const QByteArray &pcm16k);

private:
    enum class StreamState { Streaming, Paused };

    void onChunk(const audio::AudioChunk &chunk);
    bool holdBack(const audio::AudioChunk &chunk);
    bool modelOrToolBusy() const;
    void resumeStream();
    void send(const QByteArray &pcm16k);
    void resetStream();
    void onActivityStarted();
    void onActivityEnded();
    void onModelAudio(const QByteArray &pcm, int sampleRate);
    void onFrame(const video::EncodedFrame &frame);
    void setUserSpeaking(bool speaking);
    void setTalking(bool talking);

    session::LiveSession *m_session; // not owned
    QPointer<audio::AudioEngine> m_audio;
    QPointer<video::VideoEngine> m_video;
    QPointer<tools::ToolDispatcher> m_tools;
    QList<QMetaObject::Connection> m_audioConnections;
    QList<QMetaObject::Connection> m_videoConnections;
    QList<QMetaObject::Connection> m_toolConnections;
    ToolResponseSender m_toolSender;
    TalkMode m_talkMode = TalkMode::HandsFree;
    bool m_talking = false;
    bool m_userSpeaking = false;
    bool m_muted = false;
    int m_silentChunksMs = 0; // hands-free: silence since the last speech chunk
    // Hands-free paused stream.
    StreamState m_stream = StreamState::Streaming;
    int m_quietMs = 0; // quiet chunks in a row while streaming
    QList<QByteArray> m_held; // the newest quiet chunks held back, ≤ kPausePrerollMs
    int m_heldMs = 0;
    bool m_modelTurnOpen = false; // model audio came and the turn has not ended
    // Model audio at a rate other than 24 kHz (never from the service, but a custom endpoint
    // may send it) is converted before playback.
    std::unique_ptr<dsp::Resampler> m_downlinkResampler;
};

} // namespace livedesk::app
