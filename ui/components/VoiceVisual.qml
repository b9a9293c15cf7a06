import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import LiveDesk.Ui

// The voice visual: a disc whose rings follow the user's level (inner ring) and the model's
// (outer ring), coloured by the conversation's state, with the state in words beneath.
Item {
    id: root

    property int voiceState: AppController.Idle
    property real inputLevel: 0
    property real outputLevel: 0
    property bool muted: false
    // Without the caption, for the mini mode and the control bar.
    property bool compact: false
    property real diameter: compact ? 40 : 120

    readonly property color stateColor: {
        switch (voiceState) {
        case AppController.Speaking:
            return Theme.speaking
        case AppController.Thinking:
            return Theme.thinking
        case AppController.Interrupted:
            return Theme.danger
        case AppController.Reconnecting:
        case AppController.Connecting:
            return Theme.warning
        case AppController.Idle:
            return Theme.textSecondary
        default:
            return Theme.listening
        }
    }
    readonly property string stateText: {
        if (muted && voiceState !== AppController.Idle)
            return qsTr("Microphone off")
        switch (voiceState) {
        case AppController.Connecting:
            return qsTr("Connecting…")
        case AppController.Listening:
            return qsTr("Listening")
        case AppController.UserSpeaking:
            return qsTr("Hearing you")
        case AppController.Thinking:
            return qsTr("Thinking…")
        case AppController.Speaking:
            return qsTr("Speaking")
        case AppController.Interrupted:
            return qsTr("Interrupted")
        case AppController.Reconnecting:
            return qsTr("Reconnecting…")
        default:
            return qsTr("Not connected")
        }
    }

    implicitWidth: compact ? diameter : Math.max(diameter * 1.7, caption.implicitWidth)
    implicitHeight: compact ? diameter : diameter * 1.7 + caption.implicitHeight + Theme.spacing

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Voice: %1").arg(stateText)

    Item {
        id: stage
        width: root.compact ? root.diameter : root.diameter * 1.7
        height: width
        anchors.horizontalCenter: parent.horizontalCenter

        // The model's voice.
        Rectangle {
            anchors.centerIn: parent
            width: root.diameter
            height: width
            radius: width / 2
            color: "transparent"
            border.width: root.compact ? 2 : 3
            border.color: Theme.speaking
            opacity: root.outputLevel > 0.02 ? 0.35 + 0.5 * root.outputLevel : 0
            scale: 1 + 0.65 * root.outputLevel
        }
        // The user's voice.
        Rectangle {
            anchors.centerIn: parent
            width: root.diameter
            height: width
            radius: width / 2
            color: Qt.rgba(Theme.listening.r, Theme.listening.g, Theme.listening.b, 0.18)
            opacity: root.muted ? 0 : Math.min(1, root.inputLevel * 1.6)
            scale: 1 + 0.45 * root.inputLevel
        }
        Rectangle {
            id: disc
            anchors.centerIn: parent
            width: root.diameter * 0.78
            height: width
            radius: width / 2
            readonly property bool pulsing: root.voiceState === AppController.Thinking
                                            || root.voiceState === AppController.Connecting
                                            || root.voiceState === AppController.Reconnecting
            property real pulse: 1
            color: root.stateColor
            // Waiting states breathe; the others are steady whatever the animation was doing.
            opacity: pulsing ? pulse : 1

            SequentialAnimation on pulse {
                running: disc.pulsing
                loops: Animation.Infinite
                NumberAnimation { from: 1; to: 0.45; duration: 700; easing.type: Easing.InOutQuad }
                NumberAnimation { from: 0.45; to: 1; duration: 700; easing.type: Easing.InOutQuad }
            }

            // The glyph in the surface colour (the SVG is drawn in black).
            IconImage {
                anchors.centerIn: parent
                width: parent.width * 0.45
                height: width
                sourceSize: Qt.size(width, height)
                source: root.muted ? "qrc:/qt/qml/LiveDesk/Ui/icons/mic-off.svg"
                                   : "qrc:/qt/qml/LiveDesk/Ui/icons/mic.svg"
                color: Theme.surface
            }
        }
    }

    Label {
        id: caption
        visible: !root.compact
        anchors.top: stage.bottom
        anchors.topMargin: Theme.spacing
        anchors.horizontalCenter: parent.horizontalCenter
        text: root.stateText
        font.pointSize: Theme.bodyPointSize + 1
        color: Theme.text
    }
}
