import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// The compact, always-on-top mini mode: the voice visual, the talk control, mute, the state and
// the way back to the full window.
Rectangle {
    id: root

    signal expandRequested

    color: Theme.surface
    implicitHeight: 88
    implicitWidth: row.implicitWidth + row.anchors.margins * 2

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("LiveDesk mini mode")

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        VoiceVisual {
            id: visual
            compact: true
            diameter: 44
            voiceState: AppController.conversation.voiceState
            inputLevel: AppController.meter.inputLevel
            outputLevel: AppController.meter.outputLevel
            muted: AppController.conversation.microphoneMuted
        }
        ColumnLayout {
            Layout.fillWidth: true
            // The state in full, whatever the language ("Hört zu" lost its end to the sharing
            // indicator); the last reply takes what room is left.
            Layout.minimumWidth: Math.max(stateLabel.implicitWidth, 120)
            Layout.preferredWidth: Layout.minimumWidth
            spacing: 0
            Label {
                id: stateLabel
                objectName: "miniState"
                Layout.fillWidth: true
                text: visual.stateText
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                id: lastLine
                Layout.fillWidth: true
                text: lastModelLine()
                color: Theme.textSecondary
                font.pointSize: Theme.smallPointSize
                elide: Text.ElideRight
                function lastModelLine() {
                    const model = AppController.transcript
                    for (let i = model.count - 1; i >= 0; --i) {
                        const text = model.rowText(i)
                        if (text.length > 0)
                            return text
                    }
                    return ""
                }
                Connections {
                    target: AppController.transcript
                    function onDataChanged() { lastLine.text = lastLine.lastModelLine() }
                    function onCountChanged() { lastLine.text = lastLine.lastModelLine() }
                }
            }
        }
        SharingIndicator {
            compact: true
        }
        TalkButton {
            compact: true
        }
        IconButton {
            iconName: AppController.conversation.microphoneMuted ? "mic-off" : "mic"
            tip: AppController.conversation.microphoneMuted ? qsTr("Unmute microphone") : qsTr("Mute microphone")
            checkable: true
            checked: AppController.conversation.microphoneMuted
            onClicked: AppController.toggleMicrophoneMuted()
        }
        IconButton {
            objectName: "miniEnd"
            visible: AppController.conversation.active
            iconName: "phone-off"
            tip: qsTr("End the conversation")
            onClicked: AppController.stop()
        }
        IconButton {
            objectName: "miniExpand"
            iconName: "expand"
            tip: qsTr("Leave mini mode")
            onClicked: root.expandRequested()
        }
    }
}
