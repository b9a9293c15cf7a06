import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// A secret (an API key) saved in the system keychain, never in the settings file. The field
// never shows the saved secret, only its last four characters.
ColumnLayout {
    id: root

    // A SecretStore of the AppController.
    property var store
    property string label
    property string placeholder
    property alias field: input
    // The store's state; a field without a store (not yet bound) shows none.
    readonly property bool hasSecret: store ? store.hasSecret : false
    readonly property string maskedSecret: store ? store.maskedSecret : ""
    readonly property string statusText: store ? store.statusText : ""
    readonly property int status: store ? store.status : SecretStore.Unknown
    readonly property bool busy: store ? store.busy : false

    Layout.fillWidth: true
    spacing: 4

    function save() {
        if (input.text.trim().length === 0 || !root.store)
            return
        root.store.store(input.text)
        input.clear()
        reveal.checked = false
    }

    Label {
        text: root.label
        color: Theme.text
        font.bold: true
    }
    // Before the field and its Save button: that no keychain will keep the key is to be known
    // before saving, not found out after.
    Label {
        objectName: "secretStatus"
        Layout.fillWidth: true
        text: root.statusText
        color: root.status === SecretStore.SessionOnly || root.status === SecretStore.Unavailable
               ? Theme.warning : Theme.textSecondary
        font.pointSize: Theme.smallPointSize
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: input
            Layout.fillWidth: true
            Layout.maximumWidth: 460
            echoMode: reveal.checked ? TextInput.Normal : TextInput.Password
            // A key kept for this run only is not "saved": the status says so beside it.
            // The style's hint colour is 2.6:1 on white; WCAG AA asks 4.5:1.
            placeholderTextColor: Theme.textSecondary
            placeholderText: !root.hasSecret ? root.placeholder
                             : root.status === SecretStore.SessionOnly ? qsTr("In use until you quit: %1").arg(root.maskedSecret)
                                                                       : qsTr("Saved: %1").arg(root.maskedSecret)
            selectByMouse: true
            onAccepted: root.save()
            Accessible.name: root.label
            Accessible.description: root.statusText
        }
        IconButton {
            id: reveal
            iconName: "key"
            checkable: true
            tip: checked ? qsTr("Hide what you type") : qsTr("Show what you type")
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            text: qsTr("Save")
            highlighted: true
            enabled: input.text.trim().length > 0 && !root.busy
            onClicked: root.save()
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            visible: root.hasSecret
            text: qsTr("Remove")
            flat: true
            onClicked: if (root.store) root.store.clear()
        }
    }
}
