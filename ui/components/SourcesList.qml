import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Google Search sources under the answer they support: title and site, each a link.
ColumnLayout {
    id: root

    // [{title, uri, domain}]
    property var sources: []

    visible: sources && sources.length > 0
    spacing: 2

    Label {
        text: qsTr("Sources")
        font.pointSize: Theme.smallPointSize
        font.bold: true
        color: Theme.textSecondary
    }
    Repeater {
        model: root.sources
        delegate: Label {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            text: "%1. <a href=\"%2\">%3</a> <span style=\"color:%4\">%5</span>"
                  .arg(index + 1).arg(htmlEscape(modelData.uri)).arg(htmlEscape(modelData.title))
                  .arg(Theme.textSecondary).arg(htmlEscape(modelData.domain))
            textFormat: Text.StyledText
            linkColor: Theme.accent
            elide: Text.ElideRight
            font.pointSize: Theme.smallPointSize
            onLinkActivated: link => Qt.openUrlExternally(link)
            Accessible.role: Accessible.Link
            Accessible.name: modelData.title
            HoverHandler { cursorShape: Qt.PointingHandCursor }
            function htmlEscape(s) {
                return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
            }
        }
    }
}
