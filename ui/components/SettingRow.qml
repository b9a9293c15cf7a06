import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// One setting: its label and description, the control (the children), and beneath it the
// reason a value was refused or what the chosen model does with the setting.
ColumnLayout {
    id: row

    property string key
    property string label
    property string description
    // Why the last value entered was refused; set by the control, empty when it was stored.
    property string error
    // Label and control side by side (switches), instead of the control beneath.
    property bool inline: false
    readonly property string warning: key.length > 0
                                      ? (AppController.settings.revision, AppController.settings.capabilityWarning(key))
                                      : ""
    default property alias content: holder.data

    Layout.fillWidth: true
    spacing: 4

    GridLayout {
        Layout.fillWidth: true
        columns: row.inline ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: 4
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.label
                color: Theme.text
                font.pointSize: Theme.bodyPointSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: row.description.length > 0
                text: row.description
                color: Theme.textSecondary
                font.pointSize: Theme.smallPointSize
                wrapMode: Text.Wrap
            }
        }
        RowLayout {
            id: holder
            Layout.fillWidth: !row.inline
            spacing: Theme.spacing
        }
    }
    Label {
        Layout.fillWidth: true
        visible: row.error.length > 0
        text: row.error
        color: Theme.danger
        font.pointSize: Theme.smallPointSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
    }
    Label {
        Layout.fillWidth: true
        visible: row.warning.length > 0
        text: row.warning
        color: Theme.warning
        font.pointSize: Theme.smallPointSize
        wrapMode: Text.Wrap
    }
}
