import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Quiet notes (echo cancellation unavailable, a timer that fired): small, dismissible.
Flow {
    id: root

    // The last recording saved in this run: its note offers to play it and to show its folder.
    property string savedRecording

    function fileUrl(path) {
        return "file://" + path.split("/").map(encodeURIComponent).join("/")
    }

    spacing: Theme.spacing
    visible: AppController.messages.notes.length > 0

    Connections {
        target: AppController.recording
        function onFinished(path) { root.savedRecording = path }
    }

    Repeater {
        model: AppController.messages.notes
        delegate: Rectangle {
            required property string modelData
            required property int index
            radius: height / 2
            color: Theme.surfaceRaised
            border.color: Theme.border
            implicitHeight: noteRow.implicitHeight + 4
            implicitWidth: Math.min(root.width, noteRow.implicitWidth + 16)
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData
            RowLayout {
                id: noteRow
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 2
                spacing: 4
                Label {
                    text: modelData
                    color: Theme.textSecondary
                    font.pointSize: Theme.smallPointSize
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                // The default player and the file manager, through QDesktopServices.
                IconButton {
                    objectName: "openRecording"
                    readonly property bool forRecording: root.savedRecording.length > 0
                                                         && modelData.indexOf(root.savedRecording) >= 0
                    visible: forRecording
                    iconName: "play"
                    tip: qsTr("Play the recording")
                    implicitWidth: 26
                    implicitHeight: 26
                    icon.width: 12
                    icon.height: 12
                    onClicked: Qt.openUrlExternally(root.fileUrl(root.savedRecording))
                }
                IconButton {
                    objectName: "showRecording"
                    visible: root.savedRecording.length > 0
                             && modelData.indexOf(root.savedRecording) >= 0
                    iconName: "history"
                    tip: qsTr("Show the recording's folder")
                    implicitWidth: 26
                    implicitHeight: 26
                    icon.width: 12
                    icon.height: 12
                    onClicked: Qt.openUrlExternally(root.fileUrl(
                        root.savedRecording.substring(0, root.savedRecording.lastIndexOf("/")) || "/"))
                }
                IconButton {
                    iconName: "close"
                    tip: qsTr("Dismiss note")
                    implicitWidth: 26
                    implicitHeight: 26
                    icon.width: 12
                    icon.height: 12
                    onClicked: AppController.messages.dismissNote(index)
                }
            }
        }
    }
}
