import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import LiveDesk.Ui

// The current error in plain language, with the action that fixes it and the service's own
// words under "Details".
Rectangle {
    id: root

    property int severity: AppController.errorSeverity
    property string title: AppController.errorTitle
    property string message: AppController.errorText
    property string details: AppController.errorDetails
    property string actionText: AppController.errorActionText
    property bool showDetails: false

    signal actionTriggered
    signal dismissed

    readonly property bool isError: severity === UserFacingError.Error
    readonly property color tone: isError ? Theme.danger : Theme.warning

    visible: title.length > 0
    implicitHeight: content.implicitHeight + 2 * Theme.spacing * 1.5
    radius: Theme.radius
    color: isError ? Theme.dangerSurface : Theme.warningSurface
    border.color: tone
    border.width: 1

    Accessible.role: Accessible.AlertMessage
    Accessible.name: title
    Accessible.description: message

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing * 1.5

        IconLabel {
            Layout.alignment: Qt.AlignTop
            icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/warning.svg"
            icon.color: root.tone
            icon.width: 22
            icon.height: 22
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.title
                font.bold: true
                font.pointSize: Theme.bodyPointSize + 1
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: root.message
                visible: text.length > 0
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.showDetails && root.details.length > 0
                text: root.details
                color: Theme.textSecondary
                font.family: "monospace"
                font.pointSize: Theme.smallPointSize
                wrapMode: Text.WrapAnywhere
                textFormat: Text.PlainText
            }
        }
        Button {
            visible: root.details.length > 0
            flat: true
            text: root.showDetails ? qsTr("Hide details") : qsTr("Details")
            onClicked: root.showDetails = !root.showDetails
        }
        Button {
            visible: root.actionText.length > 0
            highlighted: true
            text: root.actionText
            onClicked: root.actionTriggered()
        }
        IconButton {
            iconName: "close"
            tip: qsTr("Dismiss")
            onClicked: root.dismissed()
        }
    }
}
