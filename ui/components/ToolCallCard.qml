import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import LiveDesk.Ui

// One function call: its name, where the tool comes from, the state (awaiting confirmation,
// running, done, failed, cancelled), how long it took, its arguments and its result.
Rectangle {
    id: root

    property string name
    property string arguments
    property int callState: ToolCallModel.Running
    property string stateText
    property real durationMs: -1
    property string result
    property string time
    property string origin
    property bool expanded: true
    // The transcript's marker: one line, no arguments.
    property bool compact: false

    signal cancelRequested

    // The result as the compact card in the transcript shows it: an object's fields as
    // "name: value" pairs rather than its JSON; anything else (a list, text, a preview cut short
    // that is no JSON) as it is.
    readonly property string resultSummary: {
        let parsed
        try {
            parsed = JSON.parse(result)
        } catch (e) {
            return result
        }
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
            return result
        return Object.keys(parsed).map(key => {
            const value = parsed[key]
            return key + ": " + (typeof value === "object" && value !== null ? JSON.stringify(value)
                                                                             : String(value))
        }).join(" · ")
    }
    readonly property bool active: callState === ToolCallModel.Running
                                   || callState === ToolCallModel.AwaitingConfirmation
                                   || callState === ToolCallModel.Idle
    readonly property color stateColor: {
        switch (callState) {
        case ToolCallModel.Done:
            return Theme.success
        case ToolCallModel.Failed:
            return Theme.danger
        case ToolCallModel.Cancelled:
            return Theme.textSecondary
        case ToolCallModel.AwaitingConfirmation:
            return Theme.warning
        default:
            return Theme.accent
        }
    }
    readonly property string durationText: durationMs < 0 ? ""
        // Digits of the interface language (Arabic-Indic in Arabic), like the times beside it.
        : durationMs < 1000 ? qsTr("%1 ms").arg(Number(Math.round(durationMs)).toLocaleString(Qt.locale(), "f", 0))
        : qsTr("%1 s").arg(Number(durationMs / 1000).toLocaleString(Qt.locale(), "f", 1))

    implicitWidth: 320
    implicitHeight: layout.implicitHeight + 2 * (compact ? 6 : 10)
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: active ? stateColor : Theme.border
    border.width: active ? 2 : 1

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Tool call %1: %2").arg(name).arg(stateText)

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: root.compact ? 6 : 10
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TapHandler {
                enabled: !root.compact
                onTapped: root.expanded = !root.expanded
            }
            IconImage {
                source: "qrc:/qt/qml/LiveDesk/Ui/icons/tool.svg"
                color: root.stateColor
                sourceSize.width: 18; sourceSize.height: 18
            }
            Label {
                text: root.name
                font.family: "monospace"
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            // Running: a dot that pulses in steps (a BusyIndicator spins at the display's rate).
            Rectangle {
                id: busyDot
                visible: root.callState === ToolCallModel.Running
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: root.stateColor
                opacity: dim ? 0.3 : 1
                property bool dim: false
                Timer {
                    interval: 350
                    repeat: true
                    running: busyDot.visible && busyDot.Window.visibility !== Window.Hidden
                             && busyDot.Window.visibility !== Window.Minimized
                    onTriggered: busyDot.dim = !busyDot.dim
                    onRunningChanged: busyDot.dim = false
                }
            }
            Rectangle {
                radius: height / 2
                color: Qt.rgba(root.stateColor.r, root.stateColor.g, root.stateColor.b, 0.16)
                implicitHeight: stateLabel.implicitHeight + 4
                implicitWidth: stateLabel.implicitWidth + 16
                Label {
                    id: stateLabel
                    anchors.centerIn: parent
                    text: root.stateText
                    color: root.stateColor
                    font.pointSize: Theme.smallPointSize
                    font.bold: true
                }
            }
            Label {
                visible: root.compact && root.durationText.length > 0
                text: root.durationText
                color: Theme.textSecondary
                font.pointSize: Theme.smallPointSize
            }
        }
        Label {
            visible: !root.compact
            Layout.fillWidth: true
            text: [root.time, root.origin, root.durationText].filter(s => s.length > 0).join(" · ")
            color: Theme.textSecondary
            font.pointSize: Theme.smallPointSize
            elide: Text.ElideRight
        }
        Label {
            visible: !root.compact && root.expanded
            text: qsTr("Arguments")
            font.pointSize: Theme.smallPointSize
            font.bold: true
            color: Theme.textSecondary
        }
        TextArea {
            visible: !root.compact && root.expanded
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            text: root.arguments
            font.family: "monospace"
            font.pointSize: Theme.smallPointSize
            wrapMode: TextEdit.WrapAnywhere
            color: Theme.text
            background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.border }
            // Read-only: text to read, not a field to edit (a TextArea says "editable" unless told).
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Arguments: %1").arg(root.arguments)
            Accessible.editable: false
            Accessible.readOnly: true
        }
        Label {
            visible: !root.compact && root.expanded && root.result.length > 0
            text: root.callState === ToolCallModel.Done ? qsTr("Result") : qsTr("Error")
            font.pointSize: Theme.smallPointSize
            font.bold: true
            color: root.callState === ToolCallModel.Done ? Theme.textSecondary : Theme.danger
        }
        Label {
            visible: (!root.compact && root.expanded || root.compact) && root.result.length > 0
            Layout.fillWidth: true
            text: root.compact ? root.resultSummary : root.result
            font.family: "monospace"
            font.pointSize: Theme.smallPointSize
            wrapMode: Text.WrapAnywhere
            maximumLineCount: root.compact ? 2 : 12
            elide: Text.ElideRight
            color: Theme.text
            textFormat: Text.PlainText
        }
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            visible: !root.compact && root.active
            text: qsTr("Stop")
            flat: true
            onClicked: root.cancelRequested()
        }
    }
}
