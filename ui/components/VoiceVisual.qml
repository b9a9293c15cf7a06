import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import LiveDesk.Ui

// The voice visual: a disc whose rings follow the user's level (inner ring) and the model's
// (outer ring), coloured by the conversation's state, with the state in words beneath.
Item {
    id: root

    // Scoped names: ConversationView.State has an Idle, a Connecting and a Reconnecting too, with
    // other numbers (its Connecting is 2, VoiceState's Listening: the disc once pulsed in the
    // "connecting" colour through every silence).
    property int voiceState: AppController.VoiceState.Idle
    property real inputLevel: 0
    property real outputLevel: 0
    property bool muted: false
    // Without the caption, for the mini mode and the control bar.
    property bool compact: false
    property real diameter: compact ? 40 : 120

    readonly property color stateColor: {
        switch (voiceState) {
        case AppController.VoiceState.Speaking:
            return Theme.speaking
        case AppController.VoiceState.Thinking:
            return Theme.thinking
        case AppController.VoiceState.Interrupted:
            return Theme.danger
        case AppController.VoiceState.Reconnecting:
        case AppController.VoiceState.Connecting:
            return Theme.warning
        case AppController.VoiceState.Idle:
            return Theme.textSecondary
        default:
            return Theme.listening
        }
    }
    readonly property string stateText: {
        if (muted && voiceState !== AppController.VoiceState.Idle)
            return qsTr("Microphone off")
        switch (voiceState) {
        case AppController.VoiceState.Connecting:
            return qsTr("Connecting…")
        case AppController.VoiceState.Listening:
            return qsTr("Listening")
        case AppController.VoiceState.UserSpeaking:
            return qsTr("Hearing you")
        case AppController.VoiceState.Thinking:
            return qsTr("Thinking…")
        case AppController.VoiceState.Speaking:
            return qsTr("Speaking")
        case AppController.VoiceState.Interrupted:
            return qsTr("Interrupted")
        case AppController.VoiceState.Reconnecting:
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
            objectName: "disc"
            anchors.centerIn: parent
            width: root.diameter * 0.78
            height: width
            radius: width / 2
            readonly property bool pulsing: root.voiceState === AppController.VoiceState.Thinking
                                            || root.voiceState === AppController.VoiceState.Connecting
                                            || root.voiceState === AppController.VoiceState.Reconnecting
            property int pulseStep: 0
            color: root.stateColor
            // Waiting states breathe in six steps a 1.4 s cycle (about 4 frames a second) rather
            // than a smooth animation, which re-renders at the display's rate (on the CPU where
            // there is no GPU). The others are steady whatever the pulse was doing.
            opacity: pulsing ? [1, 0.8, 0.6, 0.45, 0.6, 0.8][pulseStep] : 1

            Timer {
                interval: 233
                repeat: true
                running: disc.pulsing && root.visible && root.Window.visibility !== Window.Hidden
                         && root.Window.visibility !== Window.Minimized
                onTriggered: disc.pulseStep = (disc.pulseStep + 1) % 6
                onRunningChanged: disc.pulseStep = 0
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
