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

        function test_height_data() {
            const message = "The service closed the connection because the session lasted longer "
                          + "than its limit. Your words so far are kept; start again to go on."
            return [
                { tag: "800 × 600: the page's width", width: 560, details: "", showDetails: false },
                { tag: "a wide window", width: 900, details: "", showDetails: false },
                { tag: "long details shown", width: 560, details: "x".repeat(3000), showDetails: true },
            ].map(row => Object.assign(row, { message: message }))
        }

        // At 800 × 600 the banner took a third of the window: its words and buttons fit in a few
        // lines, and long details scroll within the banner.
        function test_height(data) {
            const banner = createTemporaryObject(bannerComponent, root, {
                width: data.width, message: data.message, details: data.details,
                actionText: "Try again", showDetails: data.showDetails })
            verify(banner.visible)
            tryVerify(() => banner.implicitHeight > 0)
            verify(banner.implicitHeight <= (data.showDetails ? 260 : 160),
                   "the banner is " + banner.implicitHeight + " px high")
            verify(findButton(banner, "Try again"), "the action stays")
        }

        function test_noTitleNoBanner() {
            const banner = createTemporaryObject(bannerComponent, root, { title: "" })
            verify(!banner.visible)
        }
    }
}
