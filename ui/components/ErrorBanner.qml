import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import LiveDesk.Ui

// The current error in plain language, with the action that fixes it and the service's own
// words under "Details".
Rectangle {
    id: root

    property int severity: AppController.messages.errorSeverity
    property string title: AppController.messages.errorTitle
    property string message: AppController.messages.errorText
    property string details: AppController.messages.errorDetails
    property string actionText: AppController.messages.errorActionText
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
        // The buttons go beneath the words in a narrow window: beside them they squeezed the
        // words into a column that made the banner a third of an 800 × 600 window.
        GridLayout {
            Layout.fillWidth: true
            columns: root.width >= 720 ? 2 : 1
            columnSpacing: Theme.spacing * 1.5
            rowSpacing: Theme.spacing / 2
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
                // The service's own words can be long: they scroll within a few lines.
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(detailsText.implicitHeight, 96)
                    visible: root.showDetails && root.details.length > 0
                    contentWidth: availableWidth
                    clip: true
                    Label {
                        id: detailsText
                        width: parent.width
                        text: root.details
                        color: Theme.textSecondary
                        font.family: "monospace"
                        font.pointSize: Theme.smallPointSize
                        wrapMode: Text.WrapAnywhere
                        textFormat: Text.PlainText
                    }
                }
            }
            RowLayout {
                Layout.alignment: Qt.AlignTop | Qt.AlignLeft
                visible: detailsButton.visible || actionButton.visible
                spacing: Theme.spacing
                Button {
                    id: detailsButton
                    Accessible.onPressAction: if (enabled) clicked()
                    visible: root.details.length > 0
                    flat: true
                    text: root.showDetails ? qsTr("Hide details") : qsTr("Details")
                    onClicked: root.showDetails = !root.showDetails
                }
                Button {
                    id: actionButton
                    Accessible.onPressAction: if (enabled) clicked()
                    visible: root.actionText.length > 0
                    highlighted: true
                    text: root.actionText
                    onClicked: root.actionTriggered()
                }
            }
        }
        IconButton {
            iconName: "close"
            tip: qsTr("Dismiss")
            onClicked: root.dismissed()
        }
    }
}
