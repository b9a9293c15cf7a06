import QtQuick
import QtTest
import LiveDesk.Ui

// The talk control says what a click will do in every state, and a click does it.
Item {
    id: root
    width: 400
    height: 200

    TestCase {
        id: testCase
        name: "TalkButton"
        when: windowShown
        width: 400
        height: 200

        Component {
            id: buttonComponent
            TalkButton {}
        }
        SignalSpy { id: toggled; signalName: "talkToggled" }

        function test_actionText_data() {
            return [
                { tag: "without a conversation it starts one", session: false, ptt: true, talking: false, speaking: false, text: "Start" },
                { tag: "push-to-talk, not talking: talk", session: true, ptt: true, talking: false, speaking: false, text: "Talk" },
                { tag: "push-to-talk while talking: done", session: true, ptt: true, talking: true, speaking: false, text: "Done" },
                { tag: "hands-free while the model speaks: interrupt", session: true, ptt: false, talking: false, speaking: true, text: "Interrupt" },
                { tag: "hands-free while the user may speak: listening", session: true, ptt: false, talking: false, speaking: false, text: "Listening" },
            ]
        }

        function test_actionText(data) {
            const button = createTemporaryObject(buttonComponent, root, {
                sessionActive: data.session, pushToTalk: data.ptt, talking: data.talking,
                modelSpeaking: data.speaking })
            verify(button)
            compare(button.actionText, data.text)
            compare(button.text, data.text)
            compare(button.Accessible.name, data.text)
        }

        function test_compactKeepsTheActionInTheTooltip() {
            const button = createTemporaryObject(buttonComponent, root, { compact: true, sessionActive: true, pushToTalk: true, talking: false })
            compare(button.display, 0 /* IconOnly */)
            compare(button.actionText, "Talk")
            verify(button.width <= 48)
        }

        function test_clickTogglesTheTurn() {
            const button = createTemporaryObject(buttonComponent, root, { sessionActive: true, pushToTalk: true, talking: false })
            toggled.target = button
            toggled.clear()
            mouseClick(button)
            compare(toggled.count, 1)
        }
    }
}
