import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// One turn of the conversation. A model turn the user interrupted shows the words they did not
// hear struck through and dimmed (an estimate: transcripts are not aligned to the audio).
Item {
    id: root

    property bool fromUser: false
    property string heardText
    property string unheardText
    property bool interrupted: false
    property bool complete: true
    property string time
    property var sources: []
    property real pointSize: Theme.transcriptPointSize
    // The row's place in the transcript (1 = first), which tells the Copy buttons apart.
    property int number: 0

    signal copyRequested(string text)

    readonly property string fullText: heardText + unheardText
    readonly property color bubbleColor: fromUser ? Theme.userBubble : Theme.modelBubble
    readonly property color textColor: fromUser ? Theme.userBubbleText : Theme.modelBubbleText

    implicitHeight: bubble.implicitHeight + meta.implicitHeight + 4
    implicitWidth: 400

    // A Tab stop of the transcript list: the arrows move between turns, a screen reader reads
    // the one that has focus.
    Accessible.role: Accessible.StaticText
    Accessible.focusable: true
    Accessible.name: (fromUser ? qsTr("You said: %1") : qsTr("The model said: %1")).arg(fullText)
    Accessible.description: interrupted ? qsTr("Interrupted") : ""

    function htmlEscape(s) {
        return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>")
    }

    Rectangle {
        id: bubble
        readonly property real maxWidth: Math.min(root.width * 0.82, 760)
        // Whole pixels up: the layout rounds the text's width down, and "Hello there" at 104 of
        // its 104.4 pixels wrapped after "Hello".
        width: Math.min(maxWidth, Math.ceil(Math.max(body.implicitWidth, sourceList.implicitWidth)) + 28)
        implicitHeight: column.implicitHeight + 20
        anchors.right: root.fromUser ? parent.right : undefined
        anchors.left: root.fromUser ? undefined : parent.left
        radius: Theme.radius + 4
        color: root.bubbleColor
        border.width: root.fromUser ? 0 : 1
        border.color: Theme.border

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 10
            anchors.leftMargin: 14
            anchors.rightMargin: 14
            spacing: 6

            TextEdit {
                id: body
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.RichText
                color: root.textColor
                selectionColor: Theme.accent
                selectedTextColor: Theme.textOnAccent
                font.pointSize: root.pointSize
                text: {
                    if (root.fullText.length === 0)
                        return "<span style=\"color:" + (root.fromUser ? "#d0dcff" : Theme.textSecondary) + "\">"
                                + (root.complete ? qsTr("(no words recognised)") : "…") + "</span>"
                    let html = root.htmlEscape(root.heardText)
                    if (root.unheardText.length > 0)
                        html += "<span style=\"color:" + Theme.unheard + "; text-decoration: line-through\">"
                                + root.htmlEscape(root.unheardText) + "</span>"
                    if (!root.complete)
                        html += " <span style=\"color:" + Theme.textSecondary + "\">…</span>"
                    return html
                }
                Accessible.ignored: true
            }
            SourcesList {
                id: sourceList
                Layout.fillWidth: true
                sources: root.sources
            }
        }
    }

    RowLayout {
        id: meta
        anchors.top: bubble.bottom
        anchors.topMargin: 2
        anchors.right: root.fromUser ? parent.right : undefined
        anchors.left: root.fromUser ? undefined : parent.left
        anchors.leftMargin: 6
        anchors.rightMargin: 6
        spacing: 6
        Label {
            text: root.time
            font.pointSize: Theme.smallPointSize
            color: Theme.textSecondary
        }
        Label {
            visible: root.interrupted
            text: root.unheardText.length > 0 ? qsTr("Interrupted · struck-out words were not heard")
                                              : qsTr("Interrupted")
            font.pointSize: Theme.smallPointSize
            color: Theme.textSecondary
        }
        IconButton {
            objectName: "copyButton"
            iconName: "copy"
            // Each has its own name; by keyboard, Ctrl+C copies the turn that has focus.
            tip: root.fromUser ? qsTr("Copy your message %1").arg(root.number)
                               : qsTr("Copy answer %1").arg(root.number)
            focusPolicy: Qt.NoFocus
            implicitHeight: 28
            implicitWidth: 28
            icon.width: 14
            icon.height: 14
            opacity: hoverArea.hovered || activeFocus ? 1 : 0.35
            onClicked: root.copyRequested(root.fullText)
        }
    }
    HoverHandler { id: hoverArea }
}
