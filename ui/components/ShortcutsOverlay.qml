import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Every keyboard shortcut, with what it does (F1). A Dialog: its title is its accessible name.
Dialog {
    id: popup

    // [{sequence, text}]
    property var shortcuts: []

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 40)
    padding: Theme.spacing * 3
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    title: qsTr("Keyboard shortcuts")

    // The keys as the keyboard of the interface language labels them ("Strg+Leertaste" in
    // German), as the translated tooltips already write them.
    function keysText(sequence) {
        const names = {
            "Ctrl": qsTr("Ctrl", "key"),
            "Shift": qsTr("Shift", "key"),
            "Alt": qsTr("Alt", "key"),
            "Space": qsTr("Space", "key"),
            "Return": qsTr("Return", "key")
        }
        return sequence.replace(/Ctrl|Shift|Alt|Space|Return/g, key => names[key])
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing * 1.5
        // A positioner, not a layout: the rows are made again when the language changes, also
        // while the popup is closed, and Qt 6.4's layouts then keep pointers to deleted rows.
        Column {
            id: list
            Layout.fillWidth: true
            spacing: Theme.spacing
            readonly property real keysWidth: 150
            Repeater {
                model: popup.shortcuts
                delegate: Row {
                    required property var modelData
                    width: list.width
                    spacing: Theme.spacing * 3
                    layoutDirection: AppController.language.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight
                    Accessible.name: popup.keysText(modelData.sequence) + ": " + modelData.text
                    Label {
                        width: list.keysWidth
                        text: popup.keysText(parent.modelData.sequence)
                        font.family: "monospace"
                        font.bold: true
                        color: Theme.accent
                        horizontalAlignment: Text.AlignLeft
                    }
                    Label {
                        width: list.width - list.keysWidth - parent.spacing
                        text: parent.modelData.text
                        color: Theme.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }
                }
            }
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            onClicked: popup.close()
        }
    }
}
