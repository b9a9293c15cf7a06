import QtQuick
import QtQuick.Controls
import LiveDesk.Ui

// An on/off setting.
SettingRow {
    id: row
    inline: true

    Switch {
        id: control
        Accessible.onPressAction: if (enabled) { toggle(); toggled() }
        Accessible.onToggleAction: if (enabled) { toggle(); toggled() }
        checked: (AppController.settings.revision, AppController.settings.value(row.key) === true)
        onToggled: row.error = AppController.settings.setValue(row.key, checked)
        Accessible.name: row.label
        Accessible.description: row.description
    }
}
