import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Window
import QtQml.Models
import LiveDesk.Ui

// The main window: a navigation rail built from the AppController's page registry, the pages,
// the welcome page on first run without a key, the mini mode, the dialogs and every shortcut.
ApplicationWindow {
    id: window

    property bool miniMode: false
    property string currentPage: "conversation"
    property bool welcomeDismissed: false
    property bool quitting: false
    property rect normalGeometry: Qt.rect(0, 0, 1180, 760)

    readonly property var settings: AppController.settings
    readonly property string themeSetting: (settings.revision, settings.value("ui/theme"))
    readonly property bool showWelcome: AppController.needsCredentials && !AppController.conversation.active
                                        && !welcomeDismissed && currentPage === "conversation"
                                        && AppController.conversation.state === ConversationView.State.Idle

    width: 1180
    height: 760
    minimumWidth: miniMode ? Math.max(340, miniView.item ? miniView.item.implicitWidth : 0) : 560
    minimumHeight: miniMode ? 80 : 460
    visible: true
    title: "LiveDesk"
    flags: miniMode ? (Qt.Window | Qt.WindowStaysOnTopHint) : Qt.Window
    color: Theme.background

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accentFill
    Material.primary: Theme.accentFill
    Material.background: Theme.surface
    Material.foreground: Theme.text
    // On the window, so the pages and the popups (in the window's overlay) follow Arabic's
    // right-to-left layout.
    LayoutMirroring.enabled: AppController.language.rightToLeft
    LayoutMirroring.childrenInherit: true

    Binding {
        target: Theme
        property: "dark"
        value: window.themeSetting === "dark" || (window.themeSetting === "system" && SystemTheme.dark)
    }
    Binding {
        target: Theme
        property: "transcriptPointSize"
        value: (window.settings.revision, window.settings.value("ui/textSize"))
    }

    // --- navigation ----------------------------------------------------------------------------
    function showPage(pageId, section) {
        if (miniMode)
            setMiniMode(false)
        const row = AppController.pages.indexOf(pageId)
        if (row < 0)
            return
        currentPage = pageId
        const loader = pageRepeater.itemAt(row)
        if (section && section.length > 0 && loader && loader.item && loader.item.section !== undefined)
            loader.item.section = section
        if (window.visibility === Window.Hidden || window.visibility === Window.Minimized)
            window.showNormal()
        window.raise()
        window.requestActivate()
    }
    function conversationPage() {
        const loader = pageRepeater.itemAt(AppController.pages.indexOf("conversation"))
        return loader ? loader.item : null
    }
    function setMiniMode(on) {
        if (on === miniMode)
            return
        if (on) {
            normalGeometry = Qt.rect(x, y, width, height)
            miniMode = true
            width = Math.max(460, miniView.item.implicitWidth)
            height = 96
        } else {
            miniMode = false
            width = normalGeometry.width
            height = normalGeometry.height
        }
    }
    function changeTextSize(delta) {
        const size = settings.value("ui/textSize") + delta
        settings.setValue("ui/textSize", Math.max(settings.minimum("ui/textSize"),
                                                  Math.min(settings.maximum("ui/textSize"), size)))
    }
    function minimizeToBackground() {
        if (AppController.trayAvailable)
            window.hide()
        else
            window.showMinimized()
    }
    function quitApp() {
        quitting = true
        AppController.stop()
        Qt.quit()
    }

    Connections {
        target: AppController
        function onNavigationRequested(pageId, section) { window.showPage(pageId, section) }
    }

    // A control reached by Tab inside a scrolled area (Settings, the welcome page, dialogs) is
    // scrolled into view. List views keep their current item in view themselves.
    function scrollIntoView(item) {
        for (let child = item, p = item ? item.parent : null; p; child = p, p = p.parent) {
            const flickable = p.contentItem === child && p.contentY !== undefined
                    && p.flickableDirection !== undefined ? p : null
            if (!flickable || typeof flickable.positionViewAtIndex === "function")
                continue
            const margin = Theme.spacing * 2
            const top = item.mapToItem(flickable.contentItem, 0, 0).y
            const maxY = Math.max(0, flickable.contentHeight - flickable.height)
            if (top - margin < flickable.contentY)
                flickable.contentY = Math.max(0, top - margin)
            else if (top + item.height + margin > flickable.contentY + flickable.height)
                flickable.contentY = Math.min(maxY, top + item.height + margin - flickable.height)
        }
    }
    onActiveFocusItemChanged: if (activeFocusItem) scrollIntoView(activeFocusItem)

    onClosing: close => {
        if (window.quitting || !AppController.conversation.active)
            return
        const action = window.settings.value("ui/closeAction")
        if (action === "quit") {
            AppController.stop()
            return
        }
        close.accepted = false
        if (action === "minimize")
            window.minimizeToBackground()
        else
            closeDialog.open()
    }

    // --- content -------------------------------------------------------------------------------
    Item {
        id: root
        anchors.fill: parent

        Loader {
            id: miniView
            anchors.fill: parent
            active: window.miniMode
            // As wide as its controls and the state need, in every language ("Hört zu" lost its
            // end beside the sharing indicator); a raised minimum alone does not widen a window.
            sourceComponent: MiniView {
                onImplicitWidthChanged: if (window.width < implicitWidth) window.width = implicitWidth
                onExpandRequested: window.setMiniMode(false)
            }
        }

        RowLayout {
            anchors.fill: parent
            spacing: 0
            visible: !window.miniMode

            NavigationRail {
                id: rail
                Layout.fillHeight: true
                currentPage: window.currentPage
                onPageSelected: pageId => window.showPage(pageId)
                onAboutRequested: aboutDialog.open()
                onShortcutsRequested: shortcutsOverlay.open()
                onMiniModeRequested: window.setMiniMode(true)
            }
            Rectangle {
                Layout.fillHeight: true
                implicitWidth: 1
                color: Theme.border
            }
            StackLayout {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: window.showWelcome ? AppController.pages.count
                                                 : AppController.pages.indexOf(window.currentPage)
                Repeater {
                    id: pageRepeater
                    model: AppController.pages
                    // A page is built the first time it is shown and kept: pages nobody opens
                    // cost no memory and no start-up time.
                    delegate: Loader {
                        required property url source
                        required property string pageId
                        readonly property bool wanted: window.currentPage === pageId
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        active: false
                        onWantedChanged: if (wanted) active = true
                        Component.onCompleted: {
                            setSource(source)
                            active = wanted
                        }
                    }
                }
                Loader {
                    active: window.showWelcome
                    sourceComponent: WelcomePage {
                        onMoreOptionsRequested: {
                            window.welcomeDismissed = true
                            window.showPage("settings", "connection")
                        }
                    }
                }
            }
        }
    }

    TalkKeyFilter {
        window: window
        enabled: AppController.conversation.active && AppController.conversation.talkMode === ConversationView.Talk.PushToTalk
        onPressed: AppController.beginTalk()
        onReleased: AppController.endTalk()
    }

    // --- dialogs -------------------------------------------------------------------------------
    ConfirmationDialog {}
    // Built the first time they open (most runs never show them), then kept.
    Loader {
        id: aboutDialog
        objectName: "aboutDialog"
        anchors.fill: parent // the dialog's size follows its parent's
        active: false
        sourceComponent: AboutDialog {}
        function open() { active = true; item.open() }
    }
    Loader {
        id: shortcutsOverlay
        objectName: "shortcutsOverlay"
        anchors.fill: parent // the dialog's size follows its parent's
        active: false
        sourceComponent: ShortcutsOverlay {
            shortcuts: window.shortcutList
        }
        function open() { active = true; item.open() }
    }
    ScreenShareDialog {
        id: screenShareDialog
    }
    Connections {
        target: AppController.video
        function onScreenChoiceRequested() {
            if (window.miniMode)
                window.setMiniMode(false)
            screenShareDialog.open()
        }
    }
    Loader {
        id: closeDialog
        anchors.fill: parent // the dialog's size follows its parent's
        active: false
        sourceComponent: CloseDialog {
            trayAvailable: AppController.trayAvailable
            onMinimizeRequested: window.minimizeToBackground()
            onQuitRequested: window.quitApp()
        }
        function open() { active = true; item.open() }
    }

    // --- keyboard ------------------------------------------------------------------------------
    readonly property var shortcutList: [
        { sequence: "Space", text: qsTr("Hold to talk (push-to-talk mode)") },
        { sequence: "Ctrl+T", text: qsTr("Talk: start or end your turn, or interrupt the model") },
        { sequence: "Ctrl+Return", text: qsTr("Start or end the conversation") },
        { sequence: "Ctrl+D", text: qsTr("Start the offline demo") },
        { sequence: "Ctrl+M", text: qsTr("Mute or unmute the microphone") },
        { sequence: "Ctrl+Alt+C", text: qsTr("Share the camera, or stop") },
        { sequence: "Ctrl+Alt+S", text: qsTr("Share the screen, or stop") },
        { sequence: "Ctrl+L", text: qsTr("Type a message") },
        { sequence: "Ctrl+Shift+C", text: qsTr("Copy the transcript") },
        { sequence: "Ctrl++  Ctrl+-", text: qsTr("Larger or smaller transcript text") },
        { sequence: "Ctrl+1…9", text: qsTr("Go to a page") },
        { sequence: "Ctrl+,", text: qsTr("Settings") },
        { sequence: "Ctrl+H", text: qsTr("History") },
        { sequence: "Ctrl+R", text: qsTr("Record the conversation, or stop") },
        { sequence: "Ctrl+Shift+M", text: qsTr("Mini mode") },
        { sequence: "F1", text: qsTr("Keyboard shortcuts") },
        { sequence: "Ctrl+Q", text: qsTr("Quit") }
    ]

    Shortcut { sequence: "Ctrl+T"; onActivated: AppController.toggleTalk() }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        onActivated: AppController.conversation.active ? AppController.stop() : AppController.start()
    }
    Shortcut { sequence: "Ctrl+D"; onActivated: if (!AppController.conversation.active) AppController.startDemo() }
    Shortcut { sequence: "Ctrl+M"; onActivated: AppController.toggleMicrophoneMuted() }
    Shortcut { sequence: "Ctrl+Alt+C"; onActivated: AppController.video.toggleCamera() }
    Shortcut { sequence: "Ctrl+Alt+S"; onActivated: AppController.video.toggleScreen() }
    Shortcut {
        sequence: "Ctrl+L"
        onActivated: {
            window.showPage("conversation")
            const page = window.conversationPage()
            if (page)
                page.messageInput.field.forceActiveFocus()
        }
    }
    Shortcut { sequence: "Ctrl+Shift+C"; onActivated: AppController.copyTranscript() }
    Shortcut { sequences: [StandardKey.ZoomIn, "Ctrl+="]; onActivated: window.changeTextSize(1) }
    Shortcut { sequences: [StandardKey.ZoomOut]; onActivated: window.changeTextSize(-1) }
    Shortcut { sequence: "Ctrl+0"; onActivated: window.settings.reset("ui/textSize") }
    Shortcut { sequence: "Ctrl+,"; onActivated: window.showPage("settings") }
    Shortcut { sequence: "Ctrl+H"; onActivated: window.showPage("history") }
    Shortcut { sequence: "Ctrl+R"; onActivated: AppController.toggleRecording() }
    Shortcut { sequence: "Ctrl+Shift+M"; onActivated: window.setMiniMode(!window.miniMode) }
    // The captions window over everything (translation modes): unlocked, it takes the mouse to be
    // moved and resized; locked, clicks go through it.
    Shortcut {
        sequence: "Ctrl+Shift+L"
        onActivated: captionsWindow.locked = !captionsWindow.locked
    }
    CaptionsWindow {
        id: captionsWindow
        shown: AppController.translating
               && (AppController.settings.revision,
                   AppController.settings.value("captionsWindow/shown") === true)
    }
    Shortcut { sequence: "F1"; onActivated: shortcutsOverlay.open() }
    // One sequence: StandardKey.Quit is Ctrl+Q on Linux, and the same key bound twice is an
    // ambiguous shortcut that never fires.
    Shortcut { objectName: "quitShortcut"; sequence: "Ctrl+Q"; onActivated: window.quitApp() }
    Instantiator {
        model: 9
        delegate: Shortcut {
            required property int index
            sequence: "Ctrl+" + (index + 1)
            enabled: index < AppController.pages.count
            onActivated: window.showPage(AppController.pages.idAt(index))
        }
    }
}
