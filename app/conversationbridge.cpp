#include "app/conversationbridge.h"

#include "app/logging.h"
#include "audio/audioengine.h"
#include "audio/dsp/pcm.h"
#include "audio/dsp/resampler.h"
#include "tools/tooldispatcher.h"
#include "video/videoengine.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

// Hands-free: how long local silence must last before the user counts as no longer speaking
// (for the voice visual and the video policy's "user speaks" state).
constexpr int kSpeechHangoverMs = 600;

audio::TurnDetection turnDetectionFor(TalkMode mode)
{
    switch (mode) {
    case TalkMode::HandsFree:
        return audio::TurnDetection::Server;
    case TalkMode::LocalVoice:
        return audio::TurnDetection::Client;
    case TalkMode::PushToTalk:
        return audio::TurnDetection::None;
    }
    return audio::TurnDetection::Server;
}

} // namespace

bool usesManualActivity(TalkMode mode)
{
    return mode != TalkMode::HandsFree;
}

QString toString(TalkMode mode)
{
    switch (mode) {
    case TalkMode::HandsFree:
        return u"hands-free"_s;
    case TalkMode::LocalVoice:
        return u"local-voice"_s;
    case TalkMode::PushToTalk:
        return u"push-to-talk"_s;
    }
    return {};
}

std::optional<TalkMode> talkModeFromString(QStringView text)
{
    for (TalkMode mode : {TalkMode::HandsFree, TalkMode::LocalVoice, TalkMode::PushToTalk}) {
        if (text.compare(toString(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

ConversationBridge::ConversationBridge(session::LiveSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    Q_ASSERT(session);
    connect(m_session, &session::LiveSession::audioReceived, this,
            &ConversationBridge::onModelAudio);
    connect(m_session, &session::LiveSession::interrupted, this, [this] {
        m_modelTurnOpen = false;
        if (m_audio)
            m_audio->serverInterrupted();
    });
    // Either end of a turn lets the engine play out what it has without waiting for more.
    connect(m_session, &session::LiveSession::generationCompleted, this, [this] {
        if (m_audio)
            m_audio->turnComplete();
    });
    connect(m_session, &session::LiveSession::turnCompleted, this, [this] {
        m_modelTurnOpen = false;
        if (m_audio)
            m_audio->turnComplete();
    });
    connect(m_session, &session::LiveSession::stateChanged, this,
            [this](session::LiveSession::State state) {
                using State = session::LiveSession::State;
                // A session that is over cannot take tool responses: stop what still runs.
                if ((state == State::Closed || state == State::Failed) && m_tools)
                    m_tools->abandonAll();
                if (state == State::Closed || state == State::Failed) {
                    setTalking(false);
                    m_modelTurnOpen = false;
                    resetStream();
                }
            });
}

ConversationBridge::~ConversationBridge() = default;

void ConversationBridge::setTalkMode(TalkMode mode)
{
    m_talkMode = mode;
    resetStream(); // only hands-free pauses, and it starts streaming
    if (m_audio)
        m_audio->setTurnDetection(turnDetectionFor(mode));
    if (mode != TalkMode::PushToTalk)
        setTalking(false);
}

audio::AudioEngine *ConversationBridge::audioEngine() const
{
    return m_audio;
}

void ConversationBridge::attachAudio(audio::AudioEngine *engine)
{
    for (const auto &c : std::as_const(m_audioConnections))
        disconnect(c);
    m_audioConnections.clear();
    m_audio = engine;
    if (!engine)
        return;
    engine->setTurnDetection(turnDetectionFor(m_talkMode));
    engine->setMuted(m_muted);
    m_audioConnections << connect(engine, &audio::AudioEngine::chunkCaptured, this,
                                  &ConversationBridge::onChunk)
                       << connect(engine, &audio::AudioEngine::activityStarted, this,
                                  &ConversationBridge::onActivityStarted)
                       << connect(engine, &audio::AudioEngine::activityEnded, this,
                                  &ConversationBridge::onActivityEnded)
                       << connect(engine, &audio::AudioEngine::playbackInterrupted, this,
                                  &ConversationBridge::modelTurnCut);
}

void ConversationBridge::attachVideo(video::VideoEngine *engine)
{
    for (const auto &c : std::as_const(m_videoConnections))
        disconnect(c);
    m_videoConnections.clear();
    m_video = engine;
    if (engine) {
        m_videoConnections << connect(engine, &video::VideoEngine::frameEncoded, this,
                                      &ConversationBridge::onFrame);
    }
}

void ConversationBridge::attachTools(tools::ToolDispatcher *dispatcher, ToolResponseSender sender)
{
    for (const auto &c : std::as_const(m_toolConnections))
        disconnect(c);
    m_toolConnections.clear();
    m_tools = dispatcher;
    m_toolSender = sender ? std::move(sender) : ToolResponseSender([this](const auto &response) {
        m_session->sendToolResponse(response);
    });
    if (!dispatcher)
        return;
    m_toolConnections
            << connect(m_session, &session::LiveSession::toolCallReceived, dispatcher,
                       &tools::ToolDispatcher::handleToolCall)
            << connect(m_session, &session::LiveSession::toolCallCancelled, dispatcher,
                       [dispatcher](const QStringList &ids) {
                           dispatcher->handleCancellation(protocol::ToolCallCancellation {ids});
                       })
            << connect(dispatcher, &tools::ToolDispatcher::responseReady, this,
                       [this](const protocol::ToolResponse &response) { m_toolSender(response); })
            // take_screenshot: the screen goes to the model as a video frame, before the
            // response that mentions it.
            << connect(dispatcher, &tools::ToolDispatcher::frameReady, this,
                       [this](const QString &, const protocol::Blob &frame) {
                           if (sessionAcceptsInput())
                               m_session->sendVideoFrame(frame.data, frame.mimeType);
                       });
}

bool ConversationBridge::sessionAcceptsInput() const
{
    using State = session::LiveSession::State;
    switch (m_session->state()) {
    case State::Connecting:
    case State::SettingUp:
    case State::Live:
    case State::Reconnecting:
        return true;
    case State::Idle:
    case State::Closing:
    case State::Closed:
    case State::Failed:
        return false;
    }
    return false;
}

void ConversationBridge::beginTalk()
{
    // The user wants the floor: the model stops at once, whatever the service does next.
    if (m_audio)
        m_audio->stopPlayback();
    if (m_talkMode != TalkMode::PushToTalk || m_talking)
        return;
    if (m_muted)
        setMicrophoneMuted(false);
    if (sessionAcceptsInput())
        m_session->sendActivityStart();
    setTalking(true);
    setUserSpeaking(true);
}

void ConversationBridge::endTalk()
{
    if (m_talkMode != TalkMode::PushToTalk || !m_talking)
        return;
    if (sessionAcceptsInput()) {
        m_session->flushAudio();
        m_session->sendActivityEnd();
    }
    setTalking(false);
    setUserSpeaking(false);
}

void ConversationBridge::toggleTalk()
{
    if (m_talking)
        endTalk();
    else
        beginTalk();
}

void ConversationBridge::setMicrophoneMuted(bool muted)
{
    if (m_muted == muted)
        return;
    m_muted = muted;
    if (m_audio)
        m_audio->setMuted(muted);
    if (muted) {
        // A paused stream has told the service already.
        if (m_talkMode == TalkMode::HandsFree && sessionAcceptsInput() && !isStreamPaused())
            m_session->sendAudioStreamEnd();
        setUserSpeaking(false);
    }
    resetStream();
    Q_EMIT microphoneMutedChanged(muted);
}

void ConversationBridge::onChunk(const audio::AudioChunk &chunk)
{
    if (m_muted || !sessionAcceptsInput())
        return;
    // Push-to-talk: the microphone is heard only while the user holds the floor.
    if (m_talkMode == TalkMode::PushToTalk && !m_talking)
        return;
    if (m_talkMode == TalkMode::HandsFree && holdBack(chunk))
        return;
    send(chunk.pcm);

    if (m_talkMode == TalkMode::HandsFree) {
        const int chunkMs = int(dsp::bytesToMs(chunk.pcm.size(), dsp::kInputSampleRate));
        if (chunk.speech) {
            m_silentChunksMs = 0;
            setUserSpeaking(true);
        } else if (m_userSpeaking) {
            m_silentChunksMs += chunkMs;
            if (m_silentChunksMs >= kSpeechHangoverMs)
                setUserSpeaking(false);
        }
    }
}

bool ConversationBridge::modelOrToolBusy() const
{
    // Barge-in needs the audio while the model speaks, and a tool's answer starts a reply.
    return m_modelTurnOpen || (m_audio && m_audio->playback().speaking)
           || (m_tools && !m_tools->activeCalls().isEmpty());
}

bool ConversationBridge::holdBack(const audio::AudioChunk &chunk)
{
    if (!chunk.quiet || modelOrToolBusy()) {
        m_quietMs = 0;
        if (m_stream == StreamState::Paused)
            resumeStream();
        return false;
    }
    if (m_stream == StreamState::Streaming) {
        m_quietMs += int(dsp::bytesToMs(chunk.pcm.size(), dsp::kInputSampleRate));
        if (m_quietMs < kPauseAfterQuietMs)
            return false;
        m_session->sendAudioStreamEnd(session::LiveSession::StreamPause::QuietRoom);
        m_stream = StreamState::Paused;
        qCDebug(lcApp) << "microphone stream paused: the room is quiet";
        Q_EMIT streamPausedChanged(true);
    }
    // The newest quiet audio is the pre-roll of whatever comes next (the gate opens on a frame
    // above the noise; a voice's first sounds can be quieter).
    m_held.append(chunk.pcm);
    m_heldMs += int(dsp::bytesToMs(chunk.pcm.size(), dsp::kInputSampleRate));
    while (m_held.size() > 1
           && m_heldMs - int(dsp::bytesToMs(m_held.constFirst().size(), dsp::kInputSampleRate))
                      >= kPausePrerollMs) {
        m_heldMs -= int(dsp::bytesToMs(m_held.constFirst().size(), dsp::kInputSampleRate));
        m_held.removeFirst();
    }
    return true;
}

void ConversationBridge::resumeStream()
{
    for (const QByteArray &pcm : std::as_const(m_held))
        send(pcm);
    qCDebug(lcApp) << "microphone stream resumed with" << m_heldMs << "ms of pre-roll";
    resetStream();
}

void ConversationBridge::send(const QByteArray &pcm16k)
{
    m_session->sendAudio(pcm16k);
    Q_EMIT audioSent(pcm16k);
}

void ConversationBridge::resetStream()
{
    const bool wasPaused = m_stream == StreamState::Paused;
    m_stream = StreamState::Streaming;
    m_quietMs = 0;
    m_held.clear();
    m_heldMs = 0;
    if (wasPaused)
        Q_EMIT streamPausedChanged(false);
}

void ConversationBridge::onActivityStarted()
{
    if (m_talkMode != TalkMode::LocalVoice)
        return;
    if (sessionAcceptsInput())
        m_session->sendActivityStart();
    setUserSpeaking(true);
}

void ConversationBridge::onActivityEnded()
{
    if (m_talkMode != TalkMode::LocalVoice)
        return;
    if (sessionAcceptsInput()) {
        m_session->flushAudio();
        m_session->sendActivityEnd();
    }
    setUserSpeaking(false);
}

void ConversationBridge::onModelAudio(const QByteArray &pcm, int sampleRate)
{
    // A part that decoded to no whole sample carries nothing to play (and an empty input would
    // end the resampler's stream).
    if (!m_audio || pcm.size() < 2)
        return;
    m_modelTurnOpen = true;
    if (sampleRate == dsp::kOutputSampleRate || sampleRate <= 0) {
        m_audio->enqueueModelAudio(pcm);
        return;
    }
    if (!m_downlinkResampler || m_downlinkResampler->inputRate() != sampleRate) {
        qCWarning(lcApp) << "model audio at" << sampleRate << "Hz; converting to 24 kHz";
        m_downlinkResampler = std::make_unique<dsp::Resampler>(sampleRate, dsp::kOutputSampleRate,
                                                               1);
    }
    std::vector<float> converted;
    m_downlinkResampler->process(dsp::s16BytesToFloat(pcm), converted);
    m_audio->enqueueModelAudio(dsp::floatToS16Bytes(converted));
}

void ConversationBridge::onFrame(const video::EncodedFrame &frame)
{
    if (sessionAcceptsInput())
        m_session->sendVideoFrame(frame.jpeg, video::EncodedFrame::mimeType());
}

void ConversationBridge::setUserSpeaking(bool speaking)
{
    if (m_userSpeaking == speaking)
        return;
    m_userSpeaking = speaking;
    if (m_video) {
        if (speaking)
            m_video->notifySpeechStarted();
        else
            m_video->notifySpeechEnded();
    }
    Q_EMIT userSpeakingChanged(speaking);
}

void ConversationBridge::setTalking(bool talking)
{
    if (m_talking == talking)
        return;
    m_talking = talking;
    Q_EMIT talkingChanged(talking);
}

} // namespace livedesk::app
