import QtQuick
import QtTest
import LiveDesk.Ui

// The voice visual names each voice state and pulses only while waiting (connecting, thinking,
// reconnecting). Listening once read as SessionState's "Connecting" (the same number): the disc
// pulsed in the warning colour through every silence and kept the window rendering.
Item {
    id: root
    width: 300
    height: 300

    TestCase {
        name: "VoiceVisual"
        when: windowShown

        Component {
            id: visualComponent
            VoiceVisual {}
        }

        function test_states_data() {
            return [
                { tag: "connecting pulses", state: AppController.VoiceState.Connecting, text: "Connecting…", pulsing: true },
                { tag: "listening is still", state: AppController.VoiceState.Listening, text: "Listening", pulsing: false },
                { tag: "hearing the user is still", state: AppController.VoiceState.UserSpeaking, text: "Hearing you", pulsing: false },
                { tag: "thinking pulses", state: AppController.VoiceState.Thinking, text: "Thinking…", pulsing: true },
                { tag: "speaking is still", state: AppController.VoiceState.Speaking, text: "Speaking", pulsing: false },
                { tag: "reconnecting pulses", state: AppController.VoiceState.Reconnecting, text: "Reconnecting…", pulsing: true },
            ]
        }

        function test_states(data) {
            const visual = createTemporaryObject(visualComponent, root, { voiceState: data.state })
            verify(visual)
            compare(visual.stateText, data.text)
            const disc = findChild(visual, "disc")
            verify(disc)
            compare(disc.pulsing, data.pulsing)
            if (data.pulsing)
                tryVerify(() => disc.opacity < 1, 2000, "a waiting state pulses")
            else
                compare(disc.opacity, 1)
        }
    }
}
