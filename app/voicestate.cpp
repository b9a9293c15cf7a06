#include "app/voicestate.h"

namespace livedesk::app {

VoiceState deriveVoiceState(const VoiceCues &cues)
{
    switch (cues.phase) {
    case ConversationPhase::Inactive:
        return VoiceState::Idle;
    case ConversationPhase::Connecting:
        return VoiceState::Connecting;
    case ConversationPhase::Reconnecting:
        return VoiceState::Reconnecting;
    case ConversationPhase::Live:
        break;
    }
    if (cues.interrupted)
        return VoiceState::Interrupted;
    if (cues.modelSpeaking)
        return VoiceState::Speaking;
    if (cues.userSpeaking && !cues.microphoneMuted)
        return VoiceState::UserSpeaking;
    if (cues.awaitingReply || cues.toolsRunning)
        return VoiceState::Thinking;
    return VoiceState::Listening;
}

} // namespace livedesk::app
