import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Asks before a tool with side effects runs (tools::ConfirmationPrompt, through the
// AppController's ToolConfirmation queue): allow once, for this session, always, or deny.
// Escape and closing the dialog deny.
Dialog {
    id: dialog

    readonly property var confirmation: AppController.confirmation

    modal: true
    visible: confirmation.pending
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 40)
    title: qsTr("Allow “%1”?").arg(confirmation.toolName)

    // A closed dialog (Escape) is a "no"; an answer already taken leaves nothing pending.
    onRejected: if (confirmation.pending) confirmation.answer(ToolConfirmation.Deny)
    onOpened: allowOnce.forceActiveFocus()


    contentItem: ColumnLayout {
        spacing: Theme.spacing * 1.5
        Label {
            Layout.fillWidth: true
            text: qsTr("The model wants to run a tool that can change something or share your data.")
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.confirmation.description.length > 0
            text: dialog.confirmation.description
            wrapMode: Text.Wrap
            color: Theme.textSecondary
            font.italic: true
        }
        Label {
            visible: dialog.confirmation.origin.length > 0
            text: dialog.confirmation.origin
            color: Theme.textSecondary
            font.pointSize: Theme.smallPointSize
        }
        Label {
            visible: dialog.confirmation.argumentsText.length > 0
            text: qsTr("Arguments")
            font.bold: true
            color: Theme.text
        }
        ScrollView {
            visible: dialog.confirmation.argumentsText.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(200, args.implicitHeight + 8)
            TextArea {
                id: args
                readOnly: true
                selectByMouse: true
                text: dialog.confirmation.argumentsText
                font.family: "monospace"
                wrapMode: TextEdit.WrapAnywhere
                Accessible.name: qsTr("Arguments")
            }
        }
        Label {
            visible: dialog.confirmation.queued > 1
            text: qsTr("%Ln more waiting", "", dialog.confirmation.queued - 1)
            color: Theme.textSecondary
            font.pointSize: Theme.smallPointSize
        }
    }

    footer: Flow {
        spacing: Theme.spacing
        padding: Theme.spacing * 2
        layoutDirection: AppController.language.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight
        Button {
            id: allowOnce
            Accessible.onPressAction: if (enabled) clicked()
            text: qsTr("Allow once")
            highlighted: true
            onClicked: dialog.confirmation.answer(ToolConfirmation.AllowOnce)
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            text: qsTr("Allow for this session")
            onClicked: dialog.confirmation.answer(ToolConfirmation.AllowForSession)
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            text: qsTr("Always allow")
            onClicked: dialog.confirmation.answer(ToolConfirmation.AllowAlways)
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            text: qsTr("Deny")
            onClicked: dialog.confirmation.answer(ToolConfirmation.Deny)
        }
    }
}
