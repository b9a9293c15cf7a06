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
        Layout.fillWidth: true
        enabled: AppController.sessionActive
        placeholderText: AppController.sessionActive ? qsTr("Type a message…")
                                                     : qsTr("Start a conversation to type")
        Accessible.name: qsTr("Message")
        onAccepted: root.send()
    }
    IconButton {
        iconName: "send"
        tip: qsTr("Send")
        enabled: AppController.sessionActive && input.text.trim().length > 0
        onClicked: root.send()
    }
}
