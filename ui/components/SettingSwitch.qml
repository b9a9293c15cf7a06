import QtQuick
import QtQuick.Controls
import LiveDesk.Ui

// An on/off setting.
SettingRow {
    id: row
    inline: true

    Switch {
        id: control
        checked: (AppController.settings.revision, AppController.settings.value(row.key) === true)
        onToggled: row.error = AppController.settings.setValue(row.key, checked)
        Accessible.name: row.label
        Accessible.description: row.description
    }
}
