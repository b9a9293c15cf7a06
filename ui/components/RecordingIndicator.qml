import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// While the conversation is being recorded: a red dot that pulses and the recording's length,
// so nobody is recorded without seeing it.
RowLayout {
    id: root

    readonly property bool recording: AppController.recording.recording
    readonly property int seconds: Math.floor(AppController.recording.durationMs / 1000)

    visible: recording
    spacing: Theme.spacing / 2
    // Static text whose name does not tick with the clock: a change event every second would
    // keep interrupting a screen reader.
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Recording")

    Rectangle {
        Layout.preferredWidth: 10
        Layout.preferredHeight: 10
        radius: 5
        color: Theme.sharing
        SequentialAnimation on opacity {
            running: root.recording
            loops: Animation.Infinite
            NumberAnimation { to: 0.35; duration: 700 }
            NumberAnimation { to: 1; duration: 700 }
        }
    }
    Label {
        text: qsTr("Recording")
        color: Theme.sharing
        font.pointSize: Theme.smallPointSize
        font.bold: true
    }
    Label {
        id: time
        text: Math.floor(root.seconds / 60) + ":" + (root.seconds % 60 < 10 ? "0" : "") + root.seconds % 60
        color: Theme.sharing
        font.pointSize: Theme.smallPointSize
        font.family: "monospace"
    }
}
