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

        function test_resultSummary_data() {
            return [
                { tag: "an object reads as its fields", result: "{\"time\":\"10:42\",\"dst\":false,\"zone\":{\"name\":\"UTC\"}}",
                  summary: "time: 10:42 · dst: false · zone: {\"name\":\"UTC\"}" },
                { tag: "a list stays as it is", result: "[1,2]", summary: "[1,2]" },
                { tag: "a preview cut short stays as it is", result: "{\"time\":\"10:4", summary: "{\"time\":\"10:4" },
                { tag: "plain text stays as it is", result: "It is 10:42.", summary: "It is 10:42." },
            ]
        }

        function test_resultSummary(data) {
            // The transcript's compact card shows the summary, the side panel the laid-out JSON.
            const card = createTemporaryObject(cardComponent, root, { callState: ToolCallModel.Done, result: data.result, compact: true })
            compare(card.resultSummary, data.summary)
            verify(shows(card, data.summary))
            const full = createTemporaryObject(cardComponent, root, { callState: ToolCallModel.Done, result: data.result })
            verify(shows(full, data.result))
        }

        function shows(item, text) {
            if (item.visible === false)
                return false
            if (item.text === text)
                return true
            for (let i = 0; i < item.children.length; ++i) {
                if (shows(item.children[i], text))
                    return true
            }
            return false
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
