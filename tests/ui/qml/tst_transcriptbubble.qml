import QtQuick
import QtTest
import LiveDesk.Ui

// An interrupted answer marks the words the user did not hear (struck out) and says so.
Item {
    id: root
    width: 600
    height: 300

    TestCase {
        id: testCase
        name: "TranscriptBubble"
        when: windowShown
        width: 600
        height: 300

        Component {
            id: bubbleComponent
            TranscriptBubble { width: 560 }
        }

        function findText(item, needle) {
            if (item.text !== undefined && String(item.text).indexOf(needle) >= 0 && item.visible)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findText(item.children[i], needle)
                if (found)
                    return found
            }
            return null
        }

        function test_interrupted_data() {
            return [
                { tag: "a complete answer has no mark", interrupted: false, heard: "It is noon.", unheard: "", note: false, struck: false },
                { tag: "an answer cut off after the user heard it all", interrupted: true, heard: "It is noon.", unheard: "", note: true, struck: false },
                { tag: "an answer cut off midway strikes out the rest", interrupted: true, heard: "Let me tell you ", unheard: "a long story", note: true, struck: true },
            ]
        }

        function test_interrupted(data) {
            const bubble = createTemporaryObject(bubbleComponent, root, {
                heardText: data.heard, unheardText: data.unheard, interrupted: data.interrupted, time: "14:03" })
            verify(bubble)
            compare(bubble.fullText, data.heard + data.unheard)
            compare(findText(bubble, "Interrupted") !== null, data.note)
            compare(bubble.Accessible.description, data.interrupted ? "Interrupted" : "")
            const body = findText(bubble, data.heard.trim())
            verify(body, "the heard words are shown")
            compare(String(body.text).indexOf("line-through") >= 0, data.struck)
            if (data.struck)
                verify(findText(bubble, "struck-out words were not heard"))
        }

        function test_wrapping_data() {
            return [
                { tag: "a short message stays on one line", text: "Hello there", lines: 1 },
                { tag: "a long word breaks inside the bubble", text: "a".repeat(300), lines: 0 },
                { tag: "a long address breaks inside the bubble",
                  text: "See https://example.com/" + "path/segment-".repeat(20) + "end?query=1&x=2", lines: 0 },
                { tag: "a German compound in a sentence",
                  text: "Die Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung zahlt.", lines: 0 },
            ]
        }

        // Long words and addresses wrap within the bubble, which never outgrows its share of the
        // transcript; short messages do not wrap at all.
        function test_wrapping(data) {
            const bubble = createTemporaryObject(bubbleComponent, root, { heardText: data.text, complete: true })
            verify(bubble)
            const body = findText(bubble, data.text.substring(0, 8))
            verify(body)
            tryVerify(() => body.width > 0)
            const frame = body.parent.parent
            verify(frame.width <= bubble.width * 0.82 + 1, "bubble " + frame.width + " of " + bubble.width)
            verify(body.contentWidth <= body.width + 1,
                   "the words run past the bubble: " + body.contentWidth + " > " + body.width)
            if (data.lines > 0)
                compare(body.lineCount, data.lines)
            else
                verify(body.lineCount > 1)
        }

        function test_userBubbleTakesTheUserColour() {
            const bubble = createTemporaryObject(bubbleComponent, root, { fromUser: true, heardText: "Hello" })
            compare(bubble.bubbleColor, Theme.userBubble)
            verify(bubble.Accessible.name.indexOf("You said") === 0)
        }
    }
}
