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
        // A blink of two steps, not a smooth fade: each step is one frame, where an animation
        // re-renders the window at the display's rate for as long as the recording runs.
        opacity: dim ? 0.35 : 1
        property bool dim: false
        Timer {
            interval: 700
            repeat: true
            running: root.recording && root.visible && root.Window.visibility !== Window.Hidden
                     && root.Window.visibility !== Window.Minimized
            onTriggered: parent.dim = !parent.dim
            onRunningChanged: parent.dim = false
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
        // In the interface language's digits (Arabic-Indic in Arabic).
        text: {
            const locale = Qt.locale()
            const number = n => Number(n).toLocaleString(locale, "f", 0)
            const seconds = root.seconds % 60
            return number(Math.floor(root.seconds / 60)) + ":" + (seconds < 10 ? locale.zeroDigit : "")
                    + number(seconds)
        }
        color: Theme.sharing
        font.pointSize: Theme.smallPointSize
        font.family: "monospace"
    }
}
