import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// The conversation's function calls as cards, newest last.
ColumnLayout {
    id: root
    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        Heading {
            level: 2
            text: qsTr("Tool calls")
            Layout.fillWidth: true
        }
        Label {
            visible: AppController.toolCalls.activeCount > 0
            text: qsTr("%Ln running", "", AppController.toolCalls.activeCount)
            color: Theme.accent
            font.pointSize: Theme.smallPointSize
        }
    }
    Label {
        visible: calls.count === 0
        Layout.fillWidth: true
        text: qsTr("When the model uses a tool, it shows here.")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
        font.pointSize: Theme.smallPointSize
    }
    ListView {
        id: calls
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacing
        model: AppController.toolCalls
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Tool calls")
        onCountChanged: Qt.callLater(positionViewAtEnd)
        ScrollBar.vertical: ScrollBar {}
        delegate: Item {
            id: call
            required property var serial
            required property string name
            required property string arguments
            required property int callState
            required property string stateText
            required property real durationMs
            required property string result
            required property string time
            required property string origin
            width: ListView.view.width - 4
            implicitHeight: card.implicitHeight
            ToolCallCard {
                id: card
                anchors.fill: parent
                name: call.name
                arguments: call.arguments
                callState: call.callState
                stateText: call.stateText
                durationMs: call.durationMs
                result: call.result
                time: call.time
                origin: call.origin
                onCancelRequested: AppController.cancelToolCall(call.serial)
            }
        }
    }
}
