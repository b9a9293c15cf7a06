import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// A settings section: a heading and its rows.
ColumnLayout {
    id: section

    property string title
    default property alias rows: content.data

    spacing: Theme.spacing * 2

    Heading {
        level: 2
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        Layout.leftMargin: Theme.spacing * 3
        Layout.rightMargin: Theme.spacing * 3
        text: section.title
        font.pointSize: Theme.titlePointSize
    }
    ColumnLayout {
        id: content
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing * 3
        Layout.rightMargin: Theme.spacing * 3
        Layout.bottomMargin: Theme.spacing * 3
        spacing: Theme.spacing * 2.5
    }
}
