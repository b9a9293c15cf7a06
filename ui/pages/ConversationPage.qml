import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import LiveDesk.Ui

// The conversation: the transcript with streaming bubbles, the camera/screen panel and the tool
// calls beside it (in a drawer on narrow windows), the talk controls and the status line.
Page {
    id: page

    readonly property bool wide: width >= 880
    property alias messageInput: message
    property alias transcriptView: transcript
    // Translation modes: the captions view instead of the transcript (a toggle above them).
    property bool showCaptions: true
    readonly property bool captionsShown: AppController.translating && showCaptions

    background: Rectangle { color: Theme.background }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Conversation")

    // The page's heading for screen readers, which list a page by its headings: the rail already
    // shows the title, so it is not drawn a second time.
    Item {
        width: 1
        height: 1
        Accessible.role: Accessible.Heading
        Accessible.name: qsTr("Conversation")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing

        ErrorBanner {
            Layout.fillWidth: true
            onActionTriggered: AppController.triggerErrorAction()
            onDismissed: AppController.messages.dismissError()
        }
        NotesBar {
            Layout.fillWidth: true
        }
        // A model on its way out: a warning of its own, with the replacement and the date.
        ErrorBanner {
            Layout.fillWidth: true
            severity: UserFacingError.Warning
            title: AppController.modelNotice.title
            message: AppController.modelNotice.text
            details: ""
            actionText: ""
            onDismissed: AppController.modelNotice.dismiss()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ModePicker {
                Layout.fillWidth: true
            }
            Item { Layout.fillWidth: true }
            TabBar {
                id: viewSwitch
                visible: AppController.translating
                currentIndex: page.showCaptions ? 0 : 1
                TabButton {
                    Accessible.onPressAction: if (enabled) clicked()
                    text: qsTr("Captions")
                    width: implicitWidth
                    onClicked: page.showCaptions = true
                }
                TabButton {
                    Accessible.onPressAction: if (enabled) clicked()
                    text: qsTr("Transcript")
                    width: implicitWidth
                    onClicked: page.showCaptions = false
                }
            }
        }
        // Translation modes: what is translated, the virtual microphone, the captions window.
        ListenSourcePicker {
            Layout.fillWidth: true
            enabled: !AppController.conversation.active
            visible: {
                AppController.modes.count
                const kind = AppController.modes.kindOf(AppController.modeId)
                return kind === "translator" || kind === "interpreter"
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 1.5

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                TranscriptView {
                    id: transcript
                    objectName: "transcriptView"
                    anchors.fill: parent
                    anchors.margins: 1
                    visible: count > 0 && !page.captionsShown
                    onCopyRequested: text => AppController.copyText(text)
                }
                CaptionsView {
                    id: captions
                    objectName: "captionsView"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    visible: count > 0 && page.captionsShown
                }

                // Before the first words: what to do.
                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 40, 460)
                    visible: page.captionsShown ? captions.count === 0 : transcript.count === 0
                    spacing: Theme.spacing * 2
                    VoiceVisual {
                        Layout.alignment: Qt.AlignHCenter
                        // The one in the talk controls speaks for both: one name, one event.
                        Accessible.ignored: true
                        voiceState: AppController.conversation.voiceState
                        inputLevel: AppController.meter.inputLevel
                        outputLevel: AppController.meter.outputLevel
                        muted: AppController.conversation.microphoneMuted
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                        text: AppController.conversation.active
                              ? (AppController.conversation.talkMode === ConversationView.Talk.PushToTalk
                                 ? qsTr("Hold Space or the Talk button while you speak, or type below.")
                                 : qsTr("Just start speaking, or type below."))
                              : qsTr("Start a conversation, then speak naturally. Share your camera or screen for help with what you see.")
                    }
                    RowLayout {
                        Layout.alignment: Qt.AlignHCenter
                        visible: !AppController.conversation.active
                        spacing: Theme.spacing
                        Button {
                            Accessible.onPressAction: if (enabled) clicked()
                            text: qsTr("Start conversation")
                            highlighted: true
                            icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/play.svg"
                            onClicked: AppController.start()
                        }
                        Button {
                            Accessible.onPressAction: if (enabled) clicked()
                            text: qsTr("Offline demo")
                            flat: true
                            icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/sparkle.svg"
                            onClicked: AppController.startDemo()
                        }
                    }
                }
            }

            Rectangle {
                objectName: "sidePanel"
                visible: page.wide
                // Fixed: with only a preferred width the row could squeeze the panel to a few
                // pixels whenever it relaid out while narrower for a moment (a page appearing,
                // the way back from mini mode), its texts wrapping one letter per line and the
                // window re-rendering as the layout flipped between the two arrangements.
                Layout.preferredWidth: 340
                Layout.minimumWidth: 340
                Layout.maximumWidth: 340
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                SidePanel {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing * 1.5
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: controls.implicitHeight + Theme.spacing * 2
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            // One row on wide windows; on narrow ones the message field gets a row of its own
            // (squeezed between the buttons it showed two letters at 800 × 600).
            GridLayout {
                id: controls
                anchors.fill: parent
                anchors.margins: Theme.spacing
                columns: 9
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                VoiceVisual {
                    Layout.row: 0
                    Layout.column: 0
                    compact: true
                    diameter: 40
                    voiceState: AppController.conversation.voiceState
                    inputLevel: AppController.meter.inputLevel
                    outputLevel: AppController.meter.outputLevel
                    muted: AppController.conversation.microphoneMuted
                }
                TalkButton {
                    id: talkButton
                    Layout.row: 0
                    Layout.column: 1
                }
                IconButton {
                    Layout.row: 0
                    Layout.column: 2
                    iconName: AppController.conversation.microphoneMuted ? "mic-off" : "mic"
                    tip: AppController.conversation.microphoneMuted ? qsTr("Unmute microphone") : qsTr("Mute microphone")
                    checkable: true
                    checked: AppController.conversation.microphoneMuted
                    onClicked: AppController.toggleMicrophoneMuted()
                    MicLevelMeter {
                        objectName: "micLevel"
                        anchors.right: parent.right
                        anchors.rightMargin: 4
                        anchors.verticalCenter: parent.verticalCenter
                        height: parent.height - 20
                        visible: AppController.conversation.active && !AppController.conversation.microphoneMuted
                        level: AppController.meter.inputLevel
                    }
                }
                IconButton {
                    Layout.row: 0
                    Layout.column: 3
                    iconName: "camera"
                    tip: AppController.video.source === VideoControl.Camera ? qsTr("Stop sharing the camera")
                                                                            : qsTr("Share the camera")
                    checkable: true
                    checked: AppController.video.source === VideoControl.Camera
                    enabled: AppController.video.available
                    onClicked: AppController.video.toggleCamera()
                }
                IconButton {
                    Layout.row: 0
                    Layout.column: 4
                    iconName: "screen"
                    tip: AppController.video.source === VideoControl.Screen ? qsTr("Stop sharing the screen")
                                                                            : qsTr("Share the screen")
                    checkable: true
                    checked: AppController.video.source === VideoControl.Screen
                    enabled: AppController.video.available
                    // A click asks which screen or window to share (nothing is shared yet):
                    // the button shows what is shared, not what was clicked.
                    onClicked: {
                        AppController.video.toggleScreen()
                        checked = Qt.binding(() => AppController.video.source === VideoControl.Screen)
                    }
                }
                IconButton {
                    Layout.row: 0
                    Layout.column: 5
                    objectName: "recordButton"
                    iconName: "record"
                    // Recording is red everywhere (the indicator, the dot), also when checked.
                    Material.accent: Theme.sharing
                    tip: AppController.recording.recording ? qsTr("Stop recording (Ctrl+R)")
                                                           : qsTr("Record the conversation (Ctrl+R)")
                    checkable: true
                    checked: AppController.recording.recording
                    enabled: AppController.conversation.active && AppController.recording.available
                    onClicked: AppController.toggleRecording()
                }
                IconButton {
                    Layout.row: 0
                    Layout.column: 6
                    visible: !page.wide
                    iconName: "tool"
                    tip: qsTr("Camera, screen and tool calls")
                    onClicked: drawer.open()
                }
                Item {
                    Layout.row: 0
                    Layout.column: 7
                    Layout.fillWidth: true
                    visible: !page.wide
                }
                MessageInput {
                    id: message
                    Layout.row: page.wide ? 0 : 1
                    Layout.column: page.wide ? 7 : 0
                    Layout.columnSpan: page.wide ? 1 : 9
                    Layout.fillWidth: true
                }
                Button {
                    Accessible.onPressAction: if (enabled) clicked()
                    Layout.row: 0
                    Layout.column: 8
                    visible: AppController.conversation.active
                    text: qsTr("End")
                    icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/phone-off.svg"
                    Accessible.name: qsTr("End the conversation")
                    onClicked: AppController.stop()
                }
            }
        }

        StatusBar {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
        }
    }

    // A new reply is announced to screen readers: the transcript list is not where the focus is
    // while one talks.
    Announcer {
        id: replyAnnouncer
        objectName: "replyAnnouncer"
        width: 1
        height: 1
        Accessible.role: Accessible.StatusBar
        Accessible.name: text.length > 0 ? qsTr("New reply: %1").arg(text) : qsTr("Replies")
    }
    Connections {
        target: AppController
        function onReplyCompleted(text) { replyAnnouncer.announce(text) }
    }

    Drawer {
        id: drawer
        edge: AppController.language.rightToLeft ? Qt.LeftEdge : Qt.RightEdge
        width: Math.min(360, page.width - 40)
        height: page.height
        // Only on narrow windows: a closed drawer's panel was still laid out (late, and at the
        // width of a page not sized yet), and each late layout cost a frame.
        Loader {
            anchors.fill: parent
            anchors.margins: Theme.spacing * 1.5
            active: !page.wide
            sourceComponent: SidePanel {}
        }
    }
}
