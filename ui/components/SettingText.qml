import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import LiveDesk.Ui

// A text setting. What is typed is checked as it is typed; it is stored when editing ends, and
// a value the settings refuse is not stored: the message says why, where it was entered.
SettingRow {
    id: row

    property string placeholder
    // A file's path: a Browse… button beside the field picks it (files of these kinds).
    property bool browsable: false
    property var nameFilters: []
    property alias field: input
    readonly property int revision: AppController.settings.revision

    function reload() {
        if (row.key.length === 0)
            return
        input.text = AppController.settings.value(row.key)
        row.error = ""
    }
    function commit() {
        if (row.key.length === 0)
            return
        row.error = AppController.settings.setValue(row.key, input.text.trim())
    }

    onRevisionChanged: if (!input.activeFocus) reload()
    Component.onCompleted: reload()

    // The reason a value was refused follows the interface language: it is asked for again.
    Connections {
        target: AppController.language
        function onLanguageChanged() {
            if (row.error.length > 0)
                row.error = AppController.settings.validate(row.key, input.text.trim())
        }
    }

    TextField {
        id: input
        Layout.fillWidth: true
        Layout.maximumWidth: 560
        // The style's hint colour is 2.6:1 on white; WCAG AA asks 4.5:1.
        placeholderTextColor: Theme.textSecondary
        placeholderText: row.placeholder
        selectByMouse: true
        onTextEdited: row.error = AppController.settings.validate(row.key, text.trim())
        onEditingFinished: row.commit()
        Accessible.name: row.label
        Accessible.description: row.error.length > 0 ? row.error : row.description
    }
    Button {
        visible: row.browsable
        text: qsTr("Browse…")
        onClicked: {
            browser.active = true
            browser.item.open()
        }
        Accessible.name: qsTr("Browse for %1").arg(row.label)
        Accessible.onPressAction: if (enabled) clicked()
    }
    // Built the first time it is asked for (the file dialog is the heaviest thing on the page),
    // then kept: destroying it from its own accepted or rejected handler would pull it from
    // under its caller.
    Loader {
        id: browser
        active: false
        visible: false // not a cell of the row: the dialog is a window of its own
        sourceComponent: FileDialog {
            title: row.label
            nameFilters: row.nameFilters.concat([qsTr("All files (*)")])
            onAccepted: {
                // Settings keep a path, the dialog gives a file: URL.
                input.text = decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, ""))
                row.commit()
            }
        }
    }
}
