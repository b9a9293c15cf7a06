// What a conversation's voice is doing, derived from its cues: the app's voice visual
// (AppController::voiceState) shows it, and any front end can follow it through
// Conversation::voiceCues(). One rule for every front end, so "thinking" means the same
// everywhere: the user has finished (or typed) and no answer has come yet, or a tool is at work.
//
//   Inactive ─▶ Idle      Connecting ─▶ Connecting      Reconnecting ─▶ Reconnecting
//   Live: Interrupted (just cut off) > Speaking (the model's voice plays) > UserSpeaking
//         (not while muted) > Thinking (awaiting a reply, or tools running) > Listening
#pragma once

#include <QObject>

namespace livedesk::app {

// One enum for C++ and QML: QML reads it as AppController.VoiceState.Speaking (ui/qmltypes.h
// extends the AppController with this namespace). A namespace of its own, as moc gives each
// Q_NAMESPACE a meta-object.
namespace voice {
Q_NAMESPACE

enum class VoiceState {
    Idle, // no conversation, or it is ending
    Connecting,
    Listening, // waiting for the user
    UserSpeaking,
    Thinking, // the user finished; no answer yet
    Speaking, // the model's voice is playing
    Interrupted, // the model was just cut off (shown briefly)
    Reconnecting,
};
Q_ENUM_NS(VoiceState)

} // namespace voice

using voice::VoiceState;

// Where the conversation is, as far as the voice is concerned.
enum class ConversationPhase { Inactive, Connecting, Live, Reconnecting };

struct VoiceCues
{
    ConversationPhase phase = ConversationPhase::Inactive;
    bool interrupted = false; // the model was cut off a moment ago
    bool modelSpeaking = false; // its voice is heard (the playback level, not the data)
    bool userSpeaking = false;
    bool microphoneMuted = false;
    bool awaitingReply = false; // Conversation::isAwaitingReply()
    bool toolsRunning = false; // a call awaits consent or runs
};

VoiceState deriveVoiceState(const VoiceCues &cues);

} // namespace livedesk::app
