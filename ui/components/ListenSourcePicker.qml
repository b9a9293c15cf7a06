import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// For the translation modes: what is translated (the microphone, everything the computer plays,
// or one application playing now; the list follows applications as they start and stop, like
// the microphone list follows devices), whether the translation is also a microphone for a call
// ("LiveDesk translation"), and the captions window over everything. Below the mode picker on
// the conversation page, fixed while a conversation runs.
RowLayout {
    id: root

    readonly property string sourceId: (AppController.settings.revision,
                                        AppController.settings.value("translation/listen"))

    spacing: Theme.spacing

    Label {
        text: qsTr("Listen to")
        color: Theme.textSecondary
    }
    ComboBox {
        id: sources
        objectName: "listenSource"
        model: AppController.listenSources
        textRole: "name"
        valueRole: "sourceId"
        currentIndex: (AppController.listenSources.count,
                       Math.max(0, AppController.listenSources.indexOfId(root.sourceId)))
        Layout.preferredWidth: 220
        onActivated: index => AppController.settings.setValue("translation/listen", valueAt(index))
        Accessible.name: qsTr("Listen to")
        Component.onCompleted: contentItem.Accessible.ignored = true
    }
    CheckBox {
        objectName: "virtualMicrophone"
        text: qsTr("As a microphone")
        checked: (AppController.settings.revision,
                  AppController.settings.value("translation/virtualMicrophone") === true)
        onToggled: AppController.settings.setValue("translation/virtualMicrophone", checked)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Other programs (a call) can pick “LiveDesk translation” as their microphone.")
    }
    CheckBox {
        objectName: "captionsWindowShown"
        text: qsTr("Captions window")
        checked: (AppController.settings.revision,
                  AppController.settings.value("captionsWindow/shown") === true)
        onToggled: AppController.settings.setValue("captionsWindow/shown", checked)
    }
}
