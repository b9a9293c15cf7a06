import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Captions of a translation: what was said and its translation side by side, in large text,
// live, each with its language; the newest at the bottom.
ListView {
    id: view

    property real textPointSize: Theme.transcriptPointSize * 1.5

    model: AppController.captions
    clip: true
    spacing: Theme.spacing * 2
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Captions")

    onCountChanged: Qt.callLater(positionViewAtEnd)

    header: RowLayout {
        width: view.width
        spacing: Theme.spacing * 2
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.margins: Theme.spacing
            text: qsTr("Original")
            font.bold: true
            color: Theme.textSecondary
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.margins: Theme.spacing
            text: qsTr("Translation")
            font.bold: true
            color: Theme.textSecondary
        }
    }

    delegate: RowLayout {
        id: pair

        required property string original
        required property string originalLanguageName
        required property string translation
        required property string translationLanguageName
        required property bool complete
        required property bool interrupted

        width: view.width
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.leftMargin: Theme.spacing
            Label {
                text: pair.originalLanguageName
                color: Theme.textSecondary
                font.pointSize: Theme.smallPointSize
            }
            Label {
                Layout.fillWidth: true
                text: pair.original
                wrapMode: Text.Wrap
                color: Theme.text
                font.pointSize: view.textPointSize
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.rightMargin: Theme.spacing
            Label {
                text: pair.translationLanguageName
                color: Theme.textSecondary
                font.pointSize: Theme.smallPointSize
            }
            Label {
                Layout.fillWidth: true
                text: pair.translation + (pair.interrupted ? " …" : "")
                wrapMode: Text.Wrap
                color: pair.complete ? Theme.text : Theme.accent
                font.pointSize: view.textPointSize
                font.bold: true
            }
        }
    }
}
