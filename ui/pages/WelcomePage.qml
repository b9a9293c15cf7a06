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

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 48, 560)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing * 2

            Item { Layout.preferredHeight: Math.max(24, page.height * 0.08) }
            Image {
                Layout.alignment: Qt.AlignHCenter
                source: "qrc:/qt/qml/LiveDesk/Ui/icons/io.github.livedesk.LiveDesk.svg"
                sourceSize.width: 88; sourceSize.height: 88
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Welcome to LiveDesk")
                font.pointSize: Theme.titlePointSize + 6
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Talk with Gemini in real time, and show it your camera or screen.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                implicitHeight: demoColumn.implicitHeight + Theme.spacing * 4
                ColumnLayout {
                    id: demoColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing * 2
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
                        text: qsTr("Try the offline demo")
                        highlighted: true
                        icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/sparkle.svg"
                        onClicked: AppController.startDemo()
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                implicitHeight: keyColumn.implicitHeight + Theme.spacing * 4
                ColumnLayout {
                    id: keyColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing * 2
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
                        store: AppController.apiKey
                        label: qsTr("Gemini API key")
                        placeholder: qsTr("Paste your key here")
                    }
                    Button {
                        flat: true
                        text: qsTr("Vertex AI and other ways to connect…")
                        onClicked: page.moreOptionsRequested()
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.spacing * 3 }
        }
    }
}
