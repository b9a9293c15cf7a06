import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// First run without a key: try the offline demo at once, or enter an API key (saved in the
// system keychain).
Page {
    id: page

    signal moreOptionsRequested

    background: Rectangle { color: Theme.background }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Welcome")

    // A Flickable sized by its column (not a ScrollView whose available width follows its scroll
    // bar): the column's width never depends on its own height, so wrapping text cannot start a
    // polish loop, and a window too low for both cards scrolls to the second one.
    Flickable {
        id: scroll
        objectName: "welcomeScroll"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + column.y * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroll.width - 48, 560)
            x: (scroll.width - width) / 2
            // Centred when the window is taller than the page, from the top when it is not.
            y: Math.max(Theme.spacing * 3, (scroll.height - implicitHeight) / 2)
            spacing: Theme.spacing * 2
            Image {
                Layout.alignment: Qt.AlignHCenter
                source: "qrc:/qt/qml/LiveDesk/Ui/icons/io.github.livedesk.LiveDesk.svg"
                sourceSize.width: 88; sourceSize.height: 88
                Accessible.ignored: true
            }
            Heading {
                level: 1
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Welcome to LiveDesk")
                font.pointSize: Theme.titlePointSize + 6
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Talk with Gemini in real time, and show it your camera or screen.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            // A Pane takes its height from its content; a Rectangle sized from a layout
            // anchored inside it fed the layout's height back into itself.
            Pane {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                padding: Theme.spacing * 2
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                }
                ColumnLayout {
                    id: demoColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("Try it without a key")
                        font.bold: true
                        font.pointSize: Theme.bodyPointSize + 2
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("The offline demo runs a stand-in for the Live API on this computer: no account, no network. It answers with a synthetic voice and shows how tools and transcripts work.")
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                    Button {
                        id: demoButton
                        Accessible.onPressAction: if (enabled) clicked()
                        text: qsTr("Try the offline demo")
                        highlighted: true
                        icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/sparkle.svg"
                        onClicked: AppController.startDemo()
                    }
                }
            }

            // A Pane takes its height from its content; a Rectangle sized from a layout
            // anchored inside it fed the layout's height back into itself.
            Pane {
                Layout.fillWidth: true
                padding: Theme.spacing * 2
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                }
                ColumnLayout {
                    id: keyColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("Enter an API key")
                        font.bold: true
                        font.pointSize: Theme.bodyPointSize + 2
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Create a free key at <a href=\"https://aistudio.google.com/apikey\">aistudio.google.com</a>. LiveDesk keeps it in your system keychain.")
                        textFormat: Text.StyledText
                        linkColor: Theme.accent
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                        onLinkActivated: link => Qt.openUrlExternally(link)
                        HoverHandler { cursorShape: parent.hoveredLink ? Qt.PointingHandCursor : Qt.ArrowCursor }
                        // Read as words, not as the markup of the link.
                        Accessible.name: text.replace(/<[^>]*>/g, "")
                    }
                    SecretField {
                        id: keyField
                        objectName: "welcomeKeyField"
                        store: AppController.apiKey
                        label: qsTr("Gemini API key")
                        placeholder: qsTr("Paste your key here")
                    }
                    Button {
                        Accessible.onPressAction: if (enabled) clicked()
                        flat: true
                        text: qsTr("Vertex AI and other ways to connect…")
                        onClicked: page.moreOptionsRequested()
                    }
                }
            }
        }
    }
}
