import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import LiveDesk.Ui

// The pages (from the AppController's page registry) and, at the bottom, mini mode, shortcuts
// and About.
Rectangle {
    id: rail

    property string currentPage

    signal pageSelected(string pageId)
    signal aboutRequested
    signal shortcutsRequested
    signal miniModeRequested

    implicitWidth: 96
    color: Theme.surface
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Pages")

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing * 1.5
        anchors.bottomMargin: Theme.spacing
        spacing: 4

        Image {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.spacing
            source: "qrc:/qt/qml/LiveDesk/Ui/icons/io.github.livedesk.LiveDesk.svg"
            sourceSize.width: 36; sourceSize.height: 36
            Accessible.ignored: true
        }
        Repeater {
            model: AppController.pages
            delegate: ItemDelegate {
                id: entry
                objectName: "page-" + pageId
                required property string pageId
                required property string title
                required property url iconSource
                required property int index
                readonly property bool current: rail.currentPage === pageId
                Layout.fillWidth: true
                Layout.leftMargin: 6
                Layout.rightMargin: 6
                implicitHeight: 66
                leftPadding: 2
                rightPadding: 2
                // A light tint of the accent: the accent-coloured icon and title stay readable
                // on it (the style's own highlight is the accent itself).
                background: Rectangle {
                    radius: Theme.radius
                    color: entry.current ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.14)
                                         : entry.hovered || entry.visualFocus ? Theme.surfaceRaised
                                                                              : "transparent"
                    border.width: entry.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
                // Tab reaches the pages (ItemDelegate takes no focus by default); Return and
                // Space open one.
                focusPolicy: Qt.StrongFocus
                Keys.onReturnPressed: rail.pageSelected(pageId)
                Keys.onEnterPressed: rail.pageSelected(pageId)
                onClicked: rail.pageSelected(pageId)
                Accessible.role: Accessible.PageTab
                Accessible.name: title
                // A screen reader's "press" opens the page (the role alone offers no action).
                Accessible.onPressAction: rail.pageSelected(pageId)
                Accessible.selected: current
                ToolTip.visible: hovered && label.truncated
                ToolTip.text: title
                contentItem: ColumnLayout {
                    spacing: 2
                    IconImage {
                        Layout.alignment: Qt.AlignHCenter
                        source: entry.iconSource
                        sourceSize.width: 22; sourceSize.height: 22
                        color: entry.current ? Theme.accent : Theme.textSecondary
                    }
                    Label {
                        id: label
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: entry.title
                        // Long titles ("Conversation", "Unterhaltung") shrink rather than break.
                        fontSizeMode: Text.HorizontalFit
                        minimumPointSize: 7
                        font.pointSize: Theme.smallPointSize
                        color: entry.current ? Theme.accent : Theme.textSecondary
                        font.bold: entry.current
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
        IconButton {
            Layout.alignment: Qt.AlignHCenter
            iconName: "mini"
            tip: qsTr("Mini mode (Ctrl+Shift+M)")
            onClicked: rail.miniModeRequested()
        }
        IconButton {
            Layout.alignment: Qt.AlignHCenter
            iconName: "keyboard"
            tip: qsTr("Keyboard shortcuts (F1)")
            onClicked: rail.shortcutsRequested()
        }
        IconButton {
            Layout.alignment: Qt.AlignHCenter
            iconName: "info"
            tip: qsTr("About LiveDesk")
            onClicked: rail.aboutRequested()
        }
    }
}
