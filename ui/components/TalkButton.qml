import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import LiveDesk.Ui

// The talk control. Without a conversation it starts one. In push-to-talk a click toggles the
// turn (click-to-talk) and a long press holds it (hold-to-talk: the turn ends on release). In
// hands-free and local-voice modes the microphone is always open and the button interrupts
// the model.
RoundButton {
    id: control

    property bool sessionActive: AppController.conversation.active
    property bool pushToTalk: AppController.conversation.talkMode === ConversationView.Talk.PushToTalk
    property bool talking: AppController.conversation.talking
    property bool modelSpeaking: AppController.conversation.voiceState === AppController.VoiceState.Speaking
    // A press longer than this is hold-to-talk.
    property int holdThresholdMs: 350
    // Icon only (mini mode); the action stays in the tooltip and the accessible name.
    property bool compact: false

    readonly property string actionText: {
        if (!sessionActive)
            return qsTr("Start")
        if (pushToTalk)
            return talking ? qsTr("Done") : qsTr("Talk")
        return modelSpeaking ? qsTr("Interrupt") : qsTr("Listening")
    }

    signal startRequested
    signal talkToggled
    signal holdStarted
    signal holdEnded

    implicitWidth: compact ? 48 : Math.max(120, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: compact ? 48 : 56
    radius: height / 2
    display: compact ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
    highlighted: true
    Material.accent: talking ? Theme.danger : Theme.accentFill
    ToolTip.visible: compact && hovered
    ToolTip.text: actionText
    // Not the microphone: that icon is the mute button's, beside it.
    icon.source: !sessionActive ? "qrc:/qt/qml/LiveDesk/Ui/icons/play.svg"
                                : "qrc:/qt/qml/LiveDesk/Ui/icons/talk.svg"
    icon.width: 22
    icon.height: 22
    text: actionText
    font.pointSize: Theme.bodyPointSize + 1
    font.bold: true

    Accessible.role: Accessible.Button
    Accessible.onPressAction: if (enabled) clicked()
    Accessible.name: actionText
    Accessible.description: !sessionActive
                            ? qsTr("Starts a conversation.")
                            : pushToTalk
                              ? qsTr("Click to start or end your turn, or hold to talk. Space also holds.")
                              : qsTr("The microphone is open. Click to interrupt the model.")

    // The style's focus ripple is too faint to find the button by keyboard.
    Rectangle {
        objectName: "focusRing"
        anchors.fill: parent
        anchors.margins: -4
        radius: height / 2
        color: "transparent"
        border.color: Theme.accent
        border.width: 3
        visible: control.visualFocus
    }

    Timer {
        id: holdTimer
        interval: control.holdThresholdMs
        onTriggered: {
            if (control.sessionActive && control.pushToTalk && !control.talking) {
                control.holding = true
                control.holdStarted()
                AppController.beginTalk()
            }
        }
    }
    property bool holding: false

    onPressed: holdTimer.restart()
    onReleased: {
        holdTimer.stop()
        if (holding) {
            holding = false
            holdEnded()
            AppController.endTalk()
        }
    }
    onCanceled: {
        holdTimer.stop()
        if (holding) {
            holding = false
            AppController.endTalk()
        }
    }
    onClicked: {
        if (holding)
            return
        if (!sessionActive) {
            startRequested()
            AppController.start()
            return
        }
        talkToggled()
        AppController.toggleTalk()
    }
}
