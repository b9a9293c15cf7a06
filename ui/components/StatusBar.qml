import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Connection state, session time, reconnects, tokens and the estimated cost, live.
RowLayout {
    id: root

    spacing: Theme.spacing * 1.5

    // Scoped names: the voice states share some of the conversation states' names with other
    // values (VoiceState.Reconnecting is ConversationView.State.Failed's number).
    readonly property int sessionState: AppController.conversation.state
    readonly property string stateText: {
        switch (sessionState) {
        case ConversationView.State.Preparing:
            return qsTr("Preparing…")
        case ConversationView.State.Connecting:
            return qsTr("Connecting…")
        case ConversationView.State.Live:
            return AppController.conversation.demo ? qsTr("Live (offline demo)") : qsTr("Live")
        case ConversationView.State.Reconnecting:
            return qsTr("Reconnecting…")
        case ConversationView.State.Closing:
            return qsTr("Ending…")
        case ConversationView.State.Ended:
            return qsTr("Ended")
        case ConversationView.State.Failed:
            return qsTr("Failed")
        default:
            return qsTr("Not connected")
        }
    }
    readonly property color stateColor: {
        switch (sessionState) {
        case ConversationView.State.Live:
            return Theme.live
        case ConversationView.State.Failed:
            return Theme.danger
        case ConversationView.State.Connecting:
        case ConversationView.State.Preparing:
        case ConversationView.State.Reconnecting:
            return Theme.warning
        default:
            return Theme.textSecondary
        }
    }

    function formatDuration(seconds) {
        const h = Math.floor(seconds / 3600)
        const m = Math.floor(seconds % 3600 / 60)
        const s = seconds % 60
        const mm = (h > 0 && m < 10 ? "0" : "") + m
        const ss = (s < 10 ? "0" : "") + s
        return h > 0 ? h + ":" + mm + ":" + ss : mm + ":" + ss
    }

    Accessible.role: Accessible.StatusBar
    Accessible.name: qsTr("Status: %1").arg(stateText)

    Rectangle {
        Layout.preferredWidth: 10
        Layout.preferredHeight: 10
        radius: 5
        color: root.stateColor
        Accessible.ignored: true
    }
    Label {
        text: root.stateText
        color: Theme.text
        font.pointSize: Theme.smallPointSize
    }
    // Whole minutes: a clock ticking every second would re-render the window every second of a
    // conversation in which nothing else happens (the seconds are in the accessible name).
    Label {
        objectName: "sessionTime"
        // A conversation that never went live has no time to show.
        visible: AppController.conversation.active || AppController.conversation.statistics.elapsedSeconds > 0
        text: qsTr("%1 min").arg(Number(Math.floor(AppController.conversation.statistics.elapsedSeconds / 60)).toLocaleString(Qt.locale(), "f", 0))
        color: Theme.textSecondary
        font.pointSize: Theme.smallPointSize
        font.family: "monospace"
        Accessible.name: qsTr("Session time %1").arg(root.formatDuration(AppController.conversation.statistics.elapsedSeconds))
    }
    RecordingIndicator {
        objectName: "recordingIndicator"
    }
    SharingIndicator {}
    Label {
        visible: AppController.conversation.statistics.reconnects > 0
        text: qsTr("%Ln reconnect(s)", "", AppController.conversation.statistics.reconnects)
        color: Theme.warning
        font.pointSize: Theme.smallPointSize
    }
    Item { Layout.fillWidth: true }
    Label {
        visible: AppController.conversation.statistics.totalTokens > 0
        text: qsTr("%1 tokens").arg(Number(AppController.conversation.statistics.totalTokens).toLocaleString(Qt.locale(), "f", 0))
        color: Theme.textSecondary
        font.pointSize: Theme.smallPointSize
        ToolTip.visible: tokensArea.containsMouse
        ToolTip.text: qsTr("In: %1 · Out: %2")
                      .arg(Number(AppController.conversation.statistics.inputTokens).toLocaleString(Qt.locale(), "f", 0))
                      .arg(Number(AppController.conversation.statistics.outputTokens).toLocaleString(Qt.locale(), "f", 0))
        MouseArea { id: tokensArea; anchors.fill: parent; hoverEnabled: true }
    }
    Label {
        visible: AppController.conversation.statistics.totalTokens > 0 && !AppController.conversation.demo
        text: qsTr("≈ US$%1").arg(Number(AppController.conversation.statistics.costUsd).toLocaleString(
                                         Qt.locale(), "f", AppController.conversation.statistics.costUsd < 1 ? 3 : 2))
        color: Theme.textSecondary
        font.pointSize: Theme.smallPointSize
        Accessible.name: qsTr("Estimated cost %1 US dollars").arg(AppController.conversation.statistics.costUsd.toFixed(4))
    }
    Label {
        visible: AppController.conversation.modelName.length > 0 && AppController.conversation.active
        text: AppController.conversation.modelName
        color: Theme.textSecondary
        font.pointSize: Theme.smallPointSize
        elide: Text.ElideRight
        // The name gives way (elided) on narrow windows instead of widening the page.
        Layout.fillWidth: true
        Layout.minimumWidth: 0
        Layout.maximumWidth: implicitWidth
        horizontalAlignment: Text.AlignRight
    }
}
