import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Typing instead of speaking.
RowLayout {
    id: root

    property alias field: input
    spacing: Theme.spacing

    function send() {
        if (AppController.sendText(input.text))
            input.clear()
    }

    TextField {
        id: input
        objectName: "messageField"
        Layout.fillWidth: true
        enabled: AppController.conversation.active
        // The style's hint colour is 2.6:1 on white; WCAG AA asks 4.5:1.
        placeholderTextColor: Theme.textSecondary
        placeholderText: AppController.conversation.active ? qsTr("Type a message…")
                                                     : qsTr("Start a conversation to type")
        Accessible.name: qsTr("Message")
        onAccepted: root.send()
    }
    IconButton {
        iconName: "send"
        tip: qsTr("Send")
        enabled: AppController.conversation.active && input.text.trim().length > 0
        onClicked: root.send()
    }
}
