import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Camera and screen sharing: the toggles, a clear "sharing" indicator, the frame last sent
// (exactly what the model saw), the frames-sent counter and pause.
ColumnLayout {
    id: root

    readonly property var video: AppController.video
    readonly property bool sharing: video.sharing
    readonly property bool paused: video.paused

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        Heading {
            level: 2
            text: qsTr("Camera and screen")
            // Wraps rather than elides: beside the sharing badge, German's "Kamera und
            // Bildschirm" was cut to "Kamera und Bildsch…".
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.minimumWidth: 0
        }
        Rectangle {
            id: sharingBadge
            visible: root.sharing
            radius: height / 2
            color: root.paused ? Theme.textSecondary : Theme.sharing
            implicitHeight: badgeText.implicitHeight + 6
            implicitWidth: badgeText.implicitWidth + 22
            Accessible.role: Accessible.StaticText
            Accessible.name: badgeText.text
            Rectangle {
                width: 8
                height: 8
                radius: 4
                color: "white"
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.leftMargin: 7
                // Two steps, not a fade: one frame per step (see RecordingIndicator).
                opacity: dim ? 0.2 : 1
                property bool dim: false
                Timer {
                    interval: 600
                    repeat: true
                    running: root.sharing && !root.paused && root.visible
                             && root.Window.visibility !== Window.Hidden
                             && root.Window.visibility !== Window.Minimized
                    onTriggered: parent.dim = !parent.dim
                    onRunningChanged: parent.dim = false
                }
            }
            Label {
                id: badgeText
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.leftMargin: 18
                text: root.paused ? qsTr("Paused") : qsTr("Sharing")
                color: "white"
                font.bold: true
                font.pointSize: Theme.smallPointSize
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            Layout.fillWidth: true
            checkable: true
            checked: root.video.source === VideoControl.Camera
            enabled: root.video.available
            text: qsTr("Camera")
            icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/camera.svg"
            onClicked: root.video.toggleCamera()
            // Named by its words: the talk controls' camera button is "Share the camera".
            Accessible.name: text
            Accessible.description: checked ? qsTr("Stop sharing the camera") : qsTr("Share the camera")
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            Layout.fillWidth: true
            checkable: true
            checked: root.video.source === VideoControl.Screen
            enabled: root.video.available && root.video.screenUnavailableReason.length === 0
            text: qsTr("Screen")
            icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/screen.svg"
            // A click asks which screen or window to share: the button shows what is shared.
            onClicked: {
                root.video.toggleScreen()
                checked = Qt.binding(() => root.video.source === VideoControl.Screen)
            }
            Accessible.name: text
            Accessible.description: checked ? qsTr("Stop sharing the screen") : qsTr("Share the screen")
            ToolTip.visible: hovered && root.video.screenUnavailableReason.length > 0
            ToolTip.text: root.video.screenUnavailableReason
        }
        IconButton {
            visible: root.sharing
            iconName: root.paused ? "play" : "pause"
            tip: root.paused ? qsTr("Resume sharing") : qsTr("Pause sharing")
            onClicked: root.video.setPaused(!root.paused)
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: width * 9 / 16
        visible: root.sharing
        radius: Theme.radius
        color: Theme.dark ? "#000000" : "#20232a"
        border.color: root.paused ? Theme.border : Theme.sharing
        border.width: 2
        clip: true

        FrameImage {
            id: preview
            anchors.fill: parent
            anchors.margins: 2
            image: root.video.preview
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("The frame last sent to the model")
        }
        Label {
            anchors.centerIn: parent
            visible: !preview.hasImage
            text: qsTr("Waiting for the first frame…")
            color: "#e8eaf0"
        }
    }
    Label {
        visible: root.sharing
        Layout.fillWidth: true
        text: qsTr("%1 · %Ln frame(s) sent", "", root.video.framesSent).arg(root.video.description)
        color: Theme.textSecondary
        font.pointSize: Theme.smallPointSize
        elide: Text.ElideRight
    }
    Label {
        visible: !root.video.available
        Layout.fillWidth: true
        text: qsTr("Start a conversation to share your camera or screen.")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
        font.pointSize: Theme.smallPointSize
    }
}
