import QtQuick
import QtTest
import LiveDesk.Ui

// The error banner shows the problem in words with the button that fixes it; the button and
// the close button say so to their owner.
Item {
    id: root
    width: 700
    height: 300

    TestCase {
        id: testCase
        name: "ErrorBanner"
        when: windowShown
        width: 700
        height: 300

        Component {
            id: bannerComponent
            ErrorBanner {
                width: 680
                severity: UserFacingError.Error
                title: "The API key was refused"
                message: "Check the key in the settings."
                details: ""
            }
        }
        SignalSpy { id: action; signalName: "actionTriggered" }
        SignalSpy { id: dismissed; signalName: "dismissed" }

        function findButton(item, label) {
            if (item.text === label && item.clicked !== undefined && item.visible)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findButton(item.children[i], label)
                if (found)
                    return found
            }
            return null
        }

        function test_actionButton_data() {
            return [
                { tag: "an invalid key offers to enter one", label: "Enter key" },
                { tag: "a stalled reply offers to ask again", label: "Ask again" },
                { tag: "a failed start offers to try again", label: "Try again" },
            ]
        }

        function test_actionButton(data) {
            const banner = createTemporaryObject(bannerComponent, root, { actionText: data.label })
            verify(banner.visible)
            action.target = banner
            action.clear()
            const button = findButton(banner, data.label)
            verify(button, "the action button is shown")
            mouseClick(button)
            compare(action.count, 1)
        }

        function test_noTitleNoBanner() {
            const banner = createTemporaryObject(bannerComponent, root, { title: "" })
            verify(!banner.visible)
        }
    }
}
