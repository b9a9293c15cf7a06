import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Every keyboard shortcut, with what it does (F1).
Popup {
    id: popup

    // [{sequence, text}]
    property var shortcuts: []

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 40)
    padding: Theme.spacing * 3
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside


    contentItem: ColumnLayout {
        spacing: Theme.spacing * 1.5
        Label {
            text: qsTr("Keyboard shortcuts")
            font.pointSize: Theme.titlePointSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing * 3
            rowSpacing: Theme.spacing
            Repeater {
                model: popup.shortcuts
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index
                    Layout.column: 0
                    text: modelData.sequence
                    font.family: "monospace"
                    font.bold: true
                    color: Theme.accent
                    Accessible.name: modelData.sequence + ": " + modelData.text
                }
            }
            Repeater {
                model: popup.shortcuts
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index
                    Layout.column: 1
                    Layout.fillWidth: true
                    text: modelData.text
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            onClicked: popup.close()
        }
    }
}
