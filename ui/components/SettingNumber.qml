import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// A number setting in the user's locale ("1,5" in German), with its unit. Values out of range
// are refused with the allowed range.
SettingRow {
    id: row

    property string unit
    property int decimals: 0
    readonly property int revision: AppController.settings.revision

    function parse(text) {
        // Without the direction marks a locale puts around its minus sign ("\u200e-22" in
        // Arabic): QLocale cannot read its own negative numbers back with them.
        const trimmed = text.replace(/[\u200e\u200f\u061c]/g, "").trim()
        try {
            return Number.fromLocaleString(Qt.locale(), trimmed)
        } catch (e) {
            const plain = Number(trimmed.replace(",", "."))
            return isNaN(plain) || trimmed.length === 0 ? trimmed : plain
        }
    }
    function format(value) {
        return Number(value).toLocaleString(Qt.locale(), "f", row.decimals)
    }
    function reload() {
        input.text = format(AppController.settings.value(row.key))
        row.error = ""
    }

    onRevisionChanged: if (!input.activeFocus) reload()
    Component.onCompleted: reload()

    // The reason a value was refused follows the interface language: it is asked for again.
    Connections {
        target: AppController.language
        function onLanguageChanged() {
            if (row.error.length > 0)
                row.error = AppController.settings.validate(row.key, row.parse(input.text))
        }
    }

    TextField {
        id: input
        Layout.preferredWidth: 140
        horizontalAlignment: Text.AlignRight
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        selectByMouse: true
        onTextEdited: row.error = AppController.settings.validate(row.key, row.parse(text))
        onEditingFinished: row.error = AppController.settings.setValue(row.key, row.parse(text))
        Accessible.name: row.unit.length > 0 ? row.label + " (" + row.unit + ")" : row.label
        Accessible.description: row.error.length > 0 ? row.error : row.description
    }
    Label {
        visible: row.unit.length > 0
        text: row.unit
        color: Theme.textSecondary
    }
    Item { Layout.fillWidth: true }
}
