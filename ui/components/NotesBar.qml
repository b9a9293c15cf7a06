import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Quiet notes (echo cancellation unavailable, a timer that fired): small, dismissible.
Flow {
    id: root
    spacing: Theme.spacing
    visible: AppController.notes.length > 0

    Repeater {
        model: AppController.notes
        delegate: Rectangle {
            required property string modelData
            required property int index
            radius: height / 2
            color: Theme.surfaceRaised
            border.color: Theme.border
            implicitHeight: noteRow.implicitHeight + 4
            implicitWidth: Math.min(root.width, noteRow.implicitWidth + 16)
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData
            RowLayout {
                id: noteRow
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 2
                spacing: 4
                Label {
                    text: modelData
                    color: Theme.textSecondary
                    font.pointSize: Theme.smallPointSize
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                IconButton {
                    iconName: "close"
                    tip: qsTr("Dismiss note")
                    implicitWidth: 26
                    implicitHeight: 26
                    icon.width: 12
                    icon.height: 12
                    onClicked: AppController.dismissNote(index)
                }
            }
        }
    }
}
