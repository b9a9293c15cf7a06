import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// While the camera or the screen is shared: a red dot, what is shared and a way to stop, in the
// status line and the mini mode, so sharing is visible at every window size.
RowLayout {
    id: root

    // The mini mode: the dot and a short word.
    property bool compact: false
    readonly property var video: AppController.video
    readonly property string stateText: video.paused
                                        ? (video.source === VideoControl.Camera ? qsTr("Camera paused")
                                                                                : qsTr("Screen sharing paused"))
                                        : (video.source === VideoControl.Camera ? qsTr("Sharing the camera")
                                                                                : qsTr("Sharing the screen"))

    objectName: "sharingIndicator"
    visible: video.sharing
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.StaticText
    Accessible.name: stateText

    Rectangle {
        Layout.preferredWidth: 10
        Layout.preferredHeight: 10
        radius: 5
        color: root.video.paused ? Theme.textSecondary : Theme.sharing
        Accessible.ignored: true
    }
    Label {
        text: root.compact ? (root.video.source === VideoControl.Camera ? qsTr("Camera") : qsTr("Screen"))
                           : root.stateText
        color: root.video.paused ? Theme.textSecondary : Theme.sharing
        font.pointSize: Theme.smallPointSize
        font.bold: true
        Accessible.ignored: true
    }
    ToolButton {
        Accessible.onPressAction: if (enabled) clicked()
        objectName: "stopSharing"
        text: qsTr("Stop")
        font.pointSize: Theme.smallPointSize
        implicitHeight: 28
        onClicked: root.video.stop()
        Accessible.name: root.video.source === VideoControl.Camera ? qsTr("Stop sharing the camera")
                                                                   : qsTr("Stop sharing the screen")
    }
}
