import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// The live transcript: streaming bubbles for both sides, turn by turn, tool-call markers and
// notices in between. Follows the newest turn unless the user scrolled up to read.
ListView {
    id: view

    property real pointSize: Theme.transcriptPointSize
    // Stay at the end while new words arrive, unless the user scrolled away from it.
    property bool followEnd: true

    signal copyRequested(string text)

    model: AppController.transcript
    spacing: 10
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    topMargin: 12
    bottomMargin: 12
    leftMargin: 12
    rightMargin: 12
    keyNavigationEnabled: true
    activeFocusOnTab: true
    highlightFollowsCurrentItem: true
    highlight: Rectangle { color: "transparent"; border.color: Theme.accent; border.width: view.activeFocus ? 2 : 0; radius: Theme.radius }

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Conversation transcript")

    // The list is one Tab stop (its Copy buttons are not): the arrows go from turn to turn.
    onActiveFocusChanged: if (activeFocus && (currentIndex < 0 || currentIndex >= count) && count > 0)
                              currentIndex = count - 1
    Keys.onPressed: event => {
        if (event.matches(StandardKey.Copy) && currentIndex >= 0) {
            view.copyRequested(AppController.transcript.rowText(currentIndex))
            event.accepted = true
        }
    }

    ScrollBar.vertical: ScrollBar { id: scrollBar }

    onMovementEnded: followEnd = atYEnd
    onCountChanged: if (followEnd) Qt.callLater(positionViewAtEnd)
    onContentHeightChanged: if (followEnd && !moving) Qt.callLater(positionViewAtEnd)
    // A banner or note above takes room: the newest turn stays in view (it was cut off).
    onHeightChanged: if (followEnd && !moving) Qt.callLater(positionViewAtEnd)

    delegate: Loader {
        id: row
        required property int index
        required property int kind
        required property string text
        required property string heardText
        required property string unheardText
        required property bool complete
        required property bool interrupted
        required property string time
        required property var sources
        required property string toolName
        required property int toolState
        required property string toolResult
        required property string toolArguments
        required property real durationMs

        width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
        sourceComponent: kind === TranscriptModel.ToolCall ? toolComponent
                       : kind === TranscriptModel.Notice ? noticeComponent
                       : bubbleComponent

        Component {
            id: bubbleComponent
            TranscriptBubble {
                focus: true
                number: row.index + 1
                fromUser: row.kind === TranscriptModel.User
                heardText: row.heardText
                unheardText: row.unheardText
                interrupted: row.interrupted
                complete: row.complete
                time: row.time
                sources: row.sources
                pointSize: view.pointSize
                onCopyRequested: text => view.copyRequested(text)
            }
        }
        Component {
            id: toolComponent
            ToolCallCard {
                focus: true
                compact: true
                name: row.toolName
                callState: row.toolState
                stateText: view.toolStateText(row.toolState)
                durationMs: row.durationMs
                result: row.toolResult
                arguments: row.toolArguments
            }
        }
        Component {
            id: noticeComponent
            Label {
                focus: true
                Accessible.focusable: true
                text: "— " + row.text + " —"
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textSecondary
                font.pointSize: Theme.smallPointSize
                wrapMode: Text.Wrap
            }
        }
    }

    function toolStateText(state) {
        switch (state) {
        case ToolCallModel.AwaitingConfirmation:
            return qsTr("Awaiting confirmation")
        case ToolCallModel.Running:
            return qsTr("Running")
        case ToolCallModel.Done:
            return qsTr("Done")
        case ToolCallModel.Failed:
            return qsTr("Failed")
        case ToolCallModel.Cancelled:
            return qsTr("Cancelled")
        default:
            return qsTr("Received")
        }
    }

    RoundButton {
        Accessible.onPressAction: if (enabled) clicked()
        visible: !view.followEnd && view.count > 0
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: 12
        text: qsTr("Latest")
        icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/expand.svg"
        onClicked: {
            view.followEnd = true
            view.positionViewAtEnd()
        }
    }
}
