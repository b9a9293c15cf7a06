import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
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

        // Material's own indicator draws the handle's shadow in a layer (ElevationEffect), which
        // Qt Quick's software backend cannot render: the handle vanished there and the switch
        // showed only its track. The same track and handle, with an outline instead of the
        // shadow, look alike under both backends.
        indicator: Item {
            implicitWidth: 38
            implicitHeight: 32
            x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
            y: control.topPadding + (control.availableHeight - height) / 2

            Rectangle {
                width: parent.width
                height: 14
                radius: height / 2
                y: (parent.height - height) / 2
                color: control.enabled ? (control.checked ? control.Material.switchCheckedTrackColor
                                                          : control.Material.switchUncheckedTrackColor)
                                       : control.Material.switchDisabledTrackColor
            }

            Rectangle {
                objectName: "switchHandle"
                x: Math.max(0, Math.min(parent.width - width,
                                        control.visualPosition * parent.width - width / 2))
                y: (parent.height - height) / 2
                width: 20
                height: 20
                radius: width / 2
                color: control.enabled ? (control.checked ? control.Material.switchCheckedHandleColor
                                                          : control.Material.switchUncheckedHandleColor)
                                       : control.Material.switchDisabledHandleColor
                border.width: 1
                border.color: Theme.dark ? Qt.rgba(0, 0, 0, 0.5) : Qt.rgba(0, 0, 0, 0.22)

                Behavior on x {
                    enabled: !control.pressed
                    SmoothedAnimation { duration: 300 }
                }
            }
        }
    }
}
