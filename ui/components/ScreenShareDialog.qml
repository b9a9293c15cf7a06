import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Screen sharing is chosen knowingly: which screen or window, then "Share". Nothing of the screen
// is captured before that; the status line and the mini mode show it for as long as it lasts.
Dialog {
    id: dialog

    property var targets: []
    property string chosenKey: ""

    objectName: "screenShareDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (parent ? parent.width : 520) - 40)
    // A Dialog's title is its accessible name.
    title: qsTr("Share your screen")

    onAboutToShow: {
        targets = AppController.video.shareTargets()
        chosenKey = targets.length > 0 ? targets[0].key : ""
    }
    onOpened: targetList.forceActiveFocus()
    onAccepted: AppController.video.shareTarget(chosenKey)

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Choose what the model sees. It receives a picture of it about once a second until you stop sharing.")
            wrapMode: Text.Wrap
            color: Theme.text
        }
        ListView {
            id: targetList
            objectName: "shareTargets"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 300)
            clip: true
            model: dialog.targets
            keyNavigationEnabled: true
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Screens and windows")
            onCurrentIndexChanged: if (currentIndex >= 0 && currentIndex < count)
                                       dialog.chosenKey = dialog.targets[currentIndex].key
            delegate: RadioDelegate {
                required property var modelData
                required property int index
                width: ListView.view.width
                text: modelData.name + " · " + modelData.detail
                checked: modelData.key === dialog.chosenKey
                focusPolicy: Qt.NoFocus
                onClicked: targetList.currentIndex = index
                Accessible.name: modelData.name + ", " + modelData.detail
            }
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.targets.length === 0
            text: AppController.video.screenUnavailableReason.length > 0
                  ? AppController.video.screenUnavailableReason
                  : qsTr("No screen or window can be shared.")
            wrapMode: Text.Wrap
            color: Theme.danger
        }
    }
    footer: DialogButtonBox {
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            objectName: "shareButton"
            text: qsTr("Share")
            highlighted: true
            enabled: dialog.chosenKey.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
