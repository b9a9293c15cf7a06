import QtQuick
import QtTest
import LiveDesk.Ui

// Issue 8's controls: the mode picker offers the languages only for the translation modes; the
// recording indicator shows only while recording; the History page searches as one types.
Item {
    id: root
    width: 1000
    height: 700

    TestCase {
        id: testCase
        name: "Records"
        when: windowShown

        Component {
            id: pickerComponent
            ModePicker {}
        }
        Component {
            id: indicatorComponent
            RecordingIndicator {}
        }
        Component {
            id: historyComponent
            HistoryPage { width: 1000; height: 700 }
        }

        function findNamed(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findNamed(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function test_modes_data() {
            return [
                { tag: "the assistant needs no languages", mode: "assistant", languages: false },
                { tag: "visual help needs no languages", mode: "visual-help", languages: false },
                { tag: "the translator asks from and into", mode: "translator", languages: true },
                { tag: "the interpreter asks for both sides", mode: "interpreter", languages: true },
            ]
        }

        function test_modes(data) {
            const picker = createTemporaryObject(pickerComponent, root)
            AppController.modeId = data.mode
            compare(AppController.modeId, data.mode)
            compare(picker.modeKind, data.mode)
            const combo = findNamed(picker, "modePicker")
            compare(combo.currentValue, data.mode)
            compare(findNamed(picker, "sourceLanguage").visible, data.languages)
            compare(findNamed(picker, "targetLanguage").visible, data.languages)
            AppController.modeId = "assistant"
        }

        function test_pickingTheLanguageStoresIt() {
            AppController.modeId = "translator"
            const picker = createTemporaryObject(pickerComponent, root)
            const target = findNamed(picker, "targetLanguage")
            const row = AppController.responseLanguages.indexOfId("de-DE")
            verify(row > 0)
            target.currentIndex = row
            target.activated(row)
            compare(AppController.settings.value("translation/target"), "de-DE")
            AppController.settings.reset("translation/target")
            AppController.modeId = "assistant"
        }

        function test_recordingIndicatorHiddenWhenNotRecording() {
            const indicator = createTemporaryObject(indicatorComponent, root)
            compare(AppController.recording.recording, false)
            verify(!indicator.visible)
        }

        function test_historySearchAsYouType() {
            const page = createTemporaryObject(historyComponent, root)
            verify(AppController.historyAvailable, AppController.historyStatus)
            page.searchField.text = "giraffe"
            tryCompare(AppController.history, "searchText", "giraffe")
            compare(page.sessionList.count, 0)
            page.searchField.text = ""
            tryCompare(AppController.history, "searchText", "")
        }

        function test_retentionTypedOutOfRangeIsRefusedWithAMessage_data() {
            return [
                { tag: "a negative number of days", text: "-5" },
                { tag: "more than ten years", text: "99999" },
                { tag: "not a number", text: "soon" },
            ]
        }

        function test_retentionTypedOutOfRangeIsRefusedWithAMessage(data) {
            compare(AppController.setHistoryRetentionDays(30), "")
            const page = createTemporaryObject(historyComponent, root)
            const spin = findNamed(page, "historyRetention")
            verify(spin)
            compare(page.message, "")
            spin.forceActiveFocus()
            spin.contentItem.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < data.text.length; ++i)
                keyClick(data.text[i])
            compare(spin.contentItem.text, data.text)
            keyClick(Qt.Key_Return)
            // Refused with the range, not silently put back: the days kept do not change.
            verify(page.message.indexOf("3650") >= 0, page.message)
            compare(AppController.historyRetentionDays, 30)
            compare(spin.value, 30)
            compare(AppController.setHistoryRetentionDays(0), "")
        }

        function test_retentionIsValidated() {
            verify(AppController.setHistoryRetentionDays(-3).length > 0)
            compare(AppController.setHistoryRetentionDays(30), "")
            compare(AppController.historyRetentionDays, 30)
            compare(AppController.setHistoryRetentionDays(0), "")
        }
    }
}
