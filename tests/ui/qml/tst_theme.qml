import QtQuick
import QtTest
import LiveDesk.Ui

// Contrast, computed from the Theme's colours as WCAG 2 defines it, in the light and the dark
// theme: text 4.5:1 on every surface it is drawn on, controls' shapes 3:1; and an open drop-down
// list draws its rows in those colours (its chosen row under the highlight was 1.5:1 in the dark
// theme).
Item {
    id: root
    width: 500
    height: 400

    TestCase {
        id: testCase
        name: "Theme"
        when: windowShown
        width: 500
        height: 400

        property bool wasDark: false
        function initTestCase() { wasDark = Theme.dark }
        function cleanupTestCase() { Theme.dark = wasDark }

        function channel(c) {
            return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
        }
        function luminance(color) {
            return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
        }
        function contrast(a, b) {
            const la = luminance(a)
            const lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }

        // [what, foreground, background, minimum ratio]
        function pairs() {
            const text = 4.5
            const shape = 3
            return [
                ["text on the window", Theme.text, Theme.background, text],
                ["text on a card", Theme.text, Theme.surface, text],
                ["text on a raised card", Theme.text, Theme.surfaceRaised, text],
                ["secondary text on the window", Theme.textSecondary, Theme.background, text],
                ["secondary text on a card", Theme.textSecondary, Theme.surface, text],
                ["secondary text on a drop-down list", Theme.textSecondary, Theme.popup, text],
                ["a list row on the open list", Theme.text, Theme.popup, text],
                ["a list row under the highlight", Theme.text, Theme.listHighlight, text],
                ["the chosen row on the open list", Theme.selectedText, Theme.popup, text],
                ["the chosen row under the highlight", Theme.selectedText, Theme.listHighlight, text],
                ["your words in your bubble", Theme.userBubbleText, Theme.userBubble, text],
                ["the model's words in its bubble", Theme.modelBubbleText, Theme.modelBubble, text],
                ["unheard words in the model's bubble", Theme.unheard, Theme.modelBubble, text],
                ["an error on its banner", Theme.danger, Theme.dangerSurface, text],
                ["an error under a field", Theme.danger, Theme.surface, text],
                ["a warning on its banner", Theme.warning, Theme.warningSurface, text],
                ["white words on a filled button", "#ffffff", Theme.accentFill, text],
                ["words on the accent", Theme.textOnAccent, Theme.accent, text],
                ["a link or focus ring on a card", Theme.accent, Theme.surface, shape],
                ["the live dot on a card", Theme.live, Theme.surface, shape],
                ["the sharing dot on a card", Theme.sharing, Theme.surface, shape],
                ["a filled switch on a card", Theme.accentFill, Theme.surface, shape],
            ]
        }

        function test_contrast_data() {
            return [{ tag: "light", dark: false }, { tag: "dark", dark: true }]
        }

        function test_contrast(data) {
            Theme.dark = data.dark
            const failures = []
            for (const [what, fg, bg, minimum] of pairs()) {
                const ratio = contrast(Qt.color(fg), Qt.color(bg))
                if (ratio < minimum)
                    failures.push(what + ": " + ratio.toFixed(2) + ":1 < " + minimum + ":1")
            }
            verify(failures.length === 0, failures.join("; "))
        }

        Component {
            id: choiceComponent
            ChoiceBox {
                width: 300
                textRole: "text"
                valueRole: "value"
                model: [{ value: "a", text: "Hands-free" },
                        { value: "b", text: "Local voice detection" },
                        { value: "c", text: "Push to talk" }]
                currentIndex: 1
            }
        }

        function test_openList_data() {
            return [{ tag: "light", dark: false }, { tag: "dark", dark: true }]
        }

        // The rows as drawn: the chosen one, highlighted by the keyboard, and another.
        function test_openList(data) {
            Theme.dark = data.dark
            const box = createTemporaryObject(choiceComponent, testCase)
            verify(box)
            box.popup.open()
            tryVerify(() => box.popup.opened, 5000, "the list opens")
            const list = box.popup.contentItem
            tryVerify(() => list.itemAtIndex(2) !== null, 5000, "the rows are made")
            // Opening highlights the chosen row.
            const chosen = list.itemAtIndex(1)
            const other = list.itemAtIndex(2)
            compare(chosen.text, "Local voice detection")
            verify(chosen.highlighted)
            const chosenRatio = contrast(chosen.contentItem.color, chosen.background.color)
            verify(chosenRatio >= 4.5, "the chosen, highlighted row: " + chosenRatio.toFixed(2) + ":1")
            const otherRatio = contrast(other.contentItem.color, other.background.color)
            verify(otherRatio >= 4.5, "another row: " + otherRatio.toFixed(2) + ":1")
            // The list's own background is the rows' background when none is highlighted.
            compare(Qt.color(other.background.color), Qt.color(box.popup.background.color))
            box.popup.close()
        }
    }
}
