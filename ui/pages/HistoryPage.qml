import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import LiveDesk.Ui

// Every past conversation (the history database): a list with full-text search, a past session
// opened beside it, export to Markdown or JSON, delete, and how long conversations are kept.
Page {
    id: page

    property alias searchField: search
    property alias sessionList: list
    readonly property var history: AppController.history
    readonly property var session: AppController.historySession
    property string exportFormat: "markdown"
    property string message

    function openRow(row) {
        list.currentIndex = row
        session.open(history.sessionIdAt(row))
    }

    background: Rectangle { color: Theme.background }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("History")

    Component.onCompleted: history.refresh()
    onVisibleChanged: if (visible) history.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Heading {
                level: 1
                text: qsTr("History")
            }
            TextField {
                id: search
                objectName: "historySearch"
                Layout.fillWidth: true
                Layout.maximumWidth: 420
                // The style's hint colour is 2.6:1 on white; WCAG AA asks 4.5:1.
                placeholderTextColor: Theme.textSecondary
                placeholderText: qsTr("Search what was said")
                selectByMouse: true
                enabled: AppController.historyAvailable
                onTextChanged: searchDelay.restart()
                Accessible.name: qsTr("Search the history")
                Timer {
                    id: searchDelay
                    interval: 150
                    onTriggered: page.history.searchText = search.text
                }
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Keep for")
                color: Theme.textSecondary
            }
            SpinBox {
                id: retention
                objectName: "historyRetention"
                from: 0
                to: 3650
                editable: true
                value: AppController.historyRetentionDays
                enabled: AppController.historyAvailable
                // The interface language's locale, set again when the language changes: a
                // SpinBox asks textFromValue again only when its value or locale changes, and the
                // qsTr inside the function is no binding for QQmlEngine::retranslate() ("ever"
                // stayed English after a switch to Arabic).
                locale: (AppController.language.effectiveLanguage, Qt.locale())
                textFromValue: (value, locale) => value === 0 ? qsTr("ever") : qsTr("%Ln day(s)", "", value)
                // Any text may be typed (the default validator drops a minus sign without a
                // word): what is out of range is refused with a message and changes nothing.
                validator: RegularExpressionValidator { regularExpression: /.*/ }
                valueFromText: (text, locale) => {
                    if (text === textFromValue(value, locale))
                        return value
                    const digits = text.trim().replace(/[^-0-9\u0660-\u0669\u06f0-\u06f9]/g, "")
                    let n = NaN
                    try {
                        n = Number.fromLocaleString(locale, digits)
                    } catch (e) {
                        n = parseInt(digits)
                    }
                    if (isNaN(n) || n < from || n > to || n !== Math.floor(n)) {
                        page.message = qsTr("Keep conversations for 0 (forever) to %1 days.").arg(to)
                        return value
                    }
                    return n
                }
                onValueModified: page.message = AppController.setHistoryRetentionDays(value)
                Accessible.name: qsTr("Days to keep conversations (0 keeps them forever)")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.message.length > 0 ? page.message : AppController.historyStatus
            color: page.message.length > 0 ? Theme.danger : Theme.textSecondary
            wrapMode: Text.Wrap
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            objectName: "historyStartNew"
            visible: AppController.historyDamaged
            text: qsTr("Move the damaged history aside and start a new one")
            onClicked: page.message = AppController.startNewHistory()
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 1.5

            Rectangle {
                Layout.preferredWidth: Math.max(280, page.width * 0.36)
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ListView {
                    id: list
                    objectName: "historyList"
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: page.history
                    currentIndex: -1
                    keyNavigationEnabled: true
                    // One Tab stop: the arrows move between conversations, Return opens one.
                    activeFocusOnTab: true
                    onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0)
                                              currentIndex = 0
                    Keys.onReturnPressed: if (currentIndex >= 0) page.openRow(currentIndex)
                    Keys.onEnterPressed: if (currentIndex >= 0) page.openRow(currentIndex)
                    Keys.onSpacePressed: if (currentIndex >= 0) page.openRow(currentIndex)
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Past conversations")
                    delegate: ItemDelegate {
                        id: entry
                        required property int index
                        required property var sessionId
                        required property string title
                        required property string whenText
                        required property string durationText
                        required property string snippetHtml
                        width: ListView.view.width
                        readonly property bool open: sessionId === page.session.sessionId
                        readonly property bool keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus
                        // A light tint of the accent keeps the title and date readable.
                        background: Rectangle {
                            color: entry.open ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.14)
                                              : entry.hovered || entry.keyboardCurrent ? Theme.surfaceRaised
                                                                                       : "transparent"
                            border.width: entry.keyboardCurrent ? 2 : 0
                            border.color: Theme.accent
                        }
                        onClicked: page.openRow(index)
                        Accessible.role: Accessible.ListItem
                        Accessible.name: title + ", " + whenText
                        Accessible.selected: open
                        Accessible.onPressAction: page.openRow(index)
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: entry.title
                                elide: Text.ElideRight
                                color: Theme.text
                                font.bold: true
                            }
                            Label {
                                Layout.fillWidth: true
                                text: entry.durationText.length > 0 ? entry.whenText + " · " + entry.durationText
                                                                    : entry.whenText
                                color: Theme.textSecondary
                                font.pointSize: Theme.smallPointSize
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: entry.snippetHtml.length > 0
                                text: entry.snippetHtml
                                textFormat: Text.StyledText
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                color: Theme.textSecondary
                            }
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 40
                    visible: list.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                    text: search.text.length > 0 ? qsTr("No conversation mentions “%1”.").arg(search.text)
                                                 : qsTr("Conversations are saved here as you have them.")
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing * 1.5
                    visible: page.session.sessionId > 0
                    spacing: Theme.spacing

                    RowLayout {
                        Layout.fillWidth: true
                        ColumnLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: page.session.title.length > 0 ? page.session.title : qsTr("Untitled conversation")
                                font.pointSize: Theme.bodyPointSize + 2
                                font.bold: true
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: page.session.summary
                                color: Theme.textSecondary
                                font.pointSize: Theme.smallPointSize
                                elide: Text.ElideRight
                            }
                        }
                        Button {
                            Accessible.onPressAction: if (enabled) clicked()
                            text: qsTr("Markdown")
                            Accessible.name: qsTr("Export as Markdown")
                            onClicked: {
                                page.exportFormat = "markdown"
                                exportDialog.selectedFile = page.session.suggestedFileName("markdown")
                                exportDialog.open()
                            }
                        }
                        Button {
                            Accessible.onPressAction: if (enabled) clicked()
                            text: qsTr("JSON")
                            Accessible.name: qsTr("Export as JSON")
                            onClicked: {
                                page.exportFormat = "json"
                                exportDialog.selectedFile = page.session.suggestedFileName("json")
                                exportDialog.open()
                            }
                        }
                        IconButton {
                            iconName: "trash"
                            // Red: it destroys something.
                            icon.color: Theme.danger
                            tip: qsTr("Delete this conversation")
                            onClicked: deleteDialog.open()
                        }
                    }
                    ListView {
                        id: items
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: Theme.spacing
                        model: page.session
                        ScrollBar.vertical: ScrollBar {}
                        delegate: ColumnLayout {
                            id: line
                            required property int kind
                            required property string text
                            required property string time
                            required property string toolName
                            width: ListView.view.width - 12
                            spacing: 2
                            Label {
                                text: (line.kind === TranscriptModel.User ? qsTr("You")
                                       : line.kind === TranscriptModel.Model ? qsTr("Model")
                                       : line.kind === TranscriptModel.ToolCall ? qsTr("Tool %1").arg(line.toolName)
                                       : qsTr("Note")) + " · " + line.time
                                color: Theme.textSecondary
                                font.pointSize: Theme.smallPointSize
                            }
                            Label {
                                readonly property bool tool: line.kind === TranscriptModel.ToolCall
                                Layout.fillWidth: true
                                text: line.text
                                wrapMode: tool ? Text.WrapAnywhere : Text.Wrap
                                maximumLineCount: tool ? 4 : 1000
                                elide: Text.ElideRight
                                color: tool ? Theme.textSecondary : Theme.text
                                font.pointSize: tool ? Theme.smallPointSize : Theme.transcriptPointSize
                                font.family: tool ? "monospace" : Qt.application.font.family
                            }
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: page.session.sessionId === 0
                    text: qsTr("Choose a conversation to read it again.")
                    color: Theme.textSecondary
                }
            }
        }
    }

    FileDialog {
        id: exportDialog
        fileMode: FileDialog.SaveFile
        title: page.exportFormat === "json" ? qsTr("Export as JSON") : qsTr("Export as Markdown")
        nameFilters: page.exportFormat === "json" ? [qsTr("JSON files (*.json)")] : [qsTr("Markdown files (*.md)")]
        onAccepted: page.message = page.session.exportTo(selectedFile, page.exportFormat)
    }

    Dialog {
        id: deleteDialog
        anchors.centerIn: parent
        // A width of its own and its words in a layout, as CloseDialog: sized by its buttons,
        // whose width follows the dialog's, it found a binding loop on its width when a language
        // switch changed their words.
        width: Math.min(460, page.width - 40)
        modal: true
        title: qsTr("Delete this conversation?")
        contentItem: ColumnLayout {
            Label {
                Layout.fillWidth: true
                text: qsTr("It is removed from the history for good. A recording of it stays where it was saved.")
                wrapMode: Text.Wrap
            }
        }
        footer: DialogButtonBox {
            Button {
                Accessible.onPressAction: if (enabled) clicked()
                text: qsTr("Delete")
                // Red words: it destroys something (a red fill would not keep white text legible
                // in the dark theme).
                Material.foreground: Theme.danger
                DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            }
            Button {
                Accessible.onPressAction: if (enabled) clicked()
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            onRejected: deleteDialog.close()
            onClicked: button => {
                if (button.DialogButtonBox.buttonRole === DialogButtonBox.DestructiveRole) {
                    page.message = page.history.deleteSession(page.session.sessionId)
                    page.session.close()
                    list.currentIndex = -1
                    deleteDialog.close()
                }
            }
        }
    }
}
