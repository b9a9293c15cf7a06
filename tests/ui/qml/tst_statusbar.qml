import QtQuick
import QtTest
import LiveDesk.Ui

// The status line says what the session is doing: a start that failed (no API key) reads
// "Failed", not "Reconnecting…" (the voice states reuse some session-state names with other
// numbers), and shows no running clock; screen sharing shows in it for as long as it lasts. The
// failure's error reaches the banner through AppController.messages, the figures through
// AppController.conversation.statistics.
Item {
    id: root
    width: 900
    height: 100

    TestCase {
        name: "StatusBar"
        when: windowShown

        Component {
            id: barComponent
            StatusBar { width: 900 }
        }

        Component {
            id: bannerComponent
            ErrorBanner { width: 900 }
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

        function cleanup() {
            AppController.messages.dismissError()
            AppController.settings.reset("backend")
        }

        // One function: the state before the first conversation is only there once.
        function test_beforeTheFirstConversationThenAFailedStart() {
            const bar = createTemporaryObject(barComponent, root)
            compare(AppController.conversation.state, ConversationView.State.Idle)
            compare(bar.stateText, "Not connected")
            verify(!findNamed(bar, "sessionTime").visible)
            verify(!findNamed(bar, "sharingIndicator").visible)
            compare(AppController.conversation.statistics.elapsedSeconds, 0)
            compare(AppController.conversation.statistics.totalTokens, 0)

            compare(AppController.settings.setValue("backend", "gemini"), "")
            verify(AppController.needsCredentials)
            AppController.start()
            compare(AppController.conversation.state, ConversationView.State.Failed)
            verify(AppController.messages.hasError)
            const banner = createTemporaryObject(bannerComponent, root)
            compare(banner.title, "No API key")
            compare(banner.severity, UserFacingError.Error)
            compare(banner.actionText, "Enter key")
            verify(banner.visible)
            compare(bar.stateText, "Failed")
            compare(bar.stateColor, Theme.danger)
            verify(!findNamed(bar, "sessionTime").visible)
            verify(!findNamed(bar, "sharingIndicator").visible)
        }
    }
}
