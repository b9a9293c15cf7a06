import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Beside the transcript: camera and screen sharing, then the tool calls.
ColumnLayout {
    spacing: Theme.spacing * 2
    VideoPanel {
        Layout.fillWidth: true
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Theme.border
    }
    ToolCallsPanel {
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
