import QtQuick
import QtTest
import LiveDesk.Ui

// A tool call's card: each status has its colour and words; the duration reads in ms or s; only
// running or waiting calls are drawn as active.
Item {
    id: root
    width: 400
    height: 300

    TestCase {
        id: testCase
        name: "ToolCallCard"
        when: windowShown
        width: 400
        height: 300

        Component {
            id: cardComponent
            ToolCallCard {
                name: "get_current_time"
                arguments: "{\n    \"timezone\": \"Europe/Berlin\"\n}"
                stateText: "state"
            }
        }

        function test_status_data() {
            return [
                { tag: "awaiting confirmation is active, in the warning colour", state: ToolCallModel.AwaitingConfirmation, active: true, color: Theme.warning },
                { tag: "running is active, in the accent colour", state: ToolCallModel.Running, active: true, color: Theme.accent },
                { tag: "done is finished, in the success colour", state: ToolCallModel.Done, active: false, color: Theme.success },
                { tag: "failed is finished, in the danger colour", state: ToolCallModel.Failed, active: false, color: Theme.danger },
                { tag: "cancelled is finished and grey", state: ToolCallModel.Cancelled, active: false, color: Theme.textSecondary },
            ]
        }

        function test_status(data) {
            const card = createTemporaryObject(cardComponent, root, { callState: data.state })
            verify(card)
            compare(card.active, data.active)
            compare(card.stateColor, data.color)
            compare(card.border.width, data.active ? 2 : 1)
            verify(card.Accessible.name.indexOf("get_current_time") >= 0)
        }

        function test_duration_data() {
            return [
                { tag: "still running: no duration", ms: -1, text: "" },
                { tag: "a quick call in milliseconds", ms: 12, text: "12 ms" },
                { tag: "a slow call in seconds", ms: 2500, text: "2.5 s" },
            ]
        }

        function test_duration(data) {
            const card = createTemporaryObject(cardComponent, root, { callState: ToolCallModel.Done, durationMs: data.ms })
            compare(card.durationText, data.text)
        }
    }
}
