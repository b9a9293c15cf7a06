import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Closing the window while a conversation runs: keep it running in the tray, or end it and quit.
Dialog {
    id: dialog

    property bool trayAvailable: false

    signal minimizeRequested
    signal quitRequested

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, (parent ? parent.width : 480) - 40)
    title: qsTr("A conversation is running")

    contentItem: ColumnLayout {
        spacing: Theme.spacing * 1.5
        Label {
            Layout.fillWidth: true
            text: dialog.trayAvailable
                  ? qsTr("Keep talking with the window hidden (LiveDesk stays in the system tray), or end the conversation and quit?")
                  : qsTr("Keep talking with the window minimised, or end the conversation and quit?")
            wrapMode: Text.Wrap
            color: Theme.text
        }
        CheckBox {
            id: remember
            Accessible.onPressAction: if (enabled) { toggle(); toggled() }
            Accessible.onToggleAction: if (enabled) { toggle(); toggled() }
            text: qsTr("Remember my choice")
        }
    }
    footer: DialogButtonBox {
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            text: dialog.trayAvailable ? qsTr("Keep in tray") : qsTr("Minimise")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: {
                if (remember.checked)
                    AppController.settings.setValue("ui/closeAction", "minimize")
                dialog.close()
                dialog.minimizeRequested()
            }
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            text: qsTr("End and quit")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                if (remember.checked)
                    AppController.settings.setValue("ui/closeAction", "quit")
                dialog.close()
                dialog.quitRequested()
            }
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: dialog.close()
        }
    }
}
