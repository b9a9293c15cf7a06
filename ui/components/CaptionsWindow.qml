import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import LiveDesk.Ui

// Captions over everything: a frameless, always-on-top window that clicks go through, with the
// live translation (and, if chosen, the original) in large text, for a video or a call in
// another program. Unlocked (Ctrl+Shift+L in the main window), it takes the mouse: drag to move,
// drag the corner to resize; its place and size are kept in the settings (captionsWindow/*).
// A window of its own, so it stays when the main window is in mini mode or minimised.
Window {
    id: win

    property bool shown: false
    property bool locked: true
    readonly property bool showOriginal: (AppController.settings.revision,
                                          AppController.settings.value("captionsWindow/original") === true)

    objectName: "captionsWindow"
    title: qsTr("LiveDesk captions")
    visible: shown
    color: "transparent"
    flags: Qt.Tool | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint
           | (locked ? Qt.WindowTransparentForInput : 0)
    width: AppController.settings.value("captionsWindow/width")
    height: AppController.settings.value("captionsWindow/height")
    minimumWidth: 240
    minimumHeight: 60

    Component.onCompleted: {
        const x = AppController.settings.value("captionsWindow/x")
        const y = AppController.settings.value("captionsWindow/y")
        // First time: centred near the bottom of the screen, where subtitles are.
        win.x = x >= 0 ? x : Math.max(0, (Screen.width - width) / 2)
        win.y = y >= 0 ? y : Math.max(0, Screen.height - height - Screen.height / 10)
        placeKeeper.armed = true
    }
    onXChanged: placeKeeper.restart()
    onYChanged: placeKeeper.restart()
    onWidthChanged: placeKeeper.restart()
    onHeightChanged: placeKeeper.restart()

    // Saves the place once a move or resize has settled, not for every pixel of it.
    Timer {
        id: placeKeeper
        property bool armed: false
        interval: 400
        onTriggered: {
            if (!armed)
                return
            AppController.settings.setValue("captionsWindow/x", Math.max(0, Math.round(win.x)))
            AppController.settings.setValue("captionsWindow/y", Math.max(0, Math.round(win.y)))
            AppController.settings.setValue("captionsWindow/width", Math.round(win.width))
            AppController.settings.setValue("captionsWindow/height", Math.round(win.height))
        }
    }

    Rectangle {
        anchors.fill: parent
        radius: 12
        color: Qt.rgba(0, 0, 0, 0.72)
        border.width: win.locked ? 0 : 2
        border.color: Theme.accent

        ListView {
            id: lines
            objectName: "captionsLines"
            anchors.fill: parent
            anchors.margins: 16
            model: AppController.captions
            interactive: false
            clip: true
            spacing: 8
            // The newest caption sits on the bottom line; older ones scroll off the top.
            onCountChanged: Qt.callLater(positionViewAtEnd)
            onContentHeightChanged: Qt.callLater(positionViewAtEnd)
            delegate: ColumnLayout {
                required property int index
                required property string original
                required property string translation

                width: lines.width
                spacing: 2
                Label {
                    objectName: "captionsOriginal"
                    Layout.fillWidth: true
                    visible: win.showOriginal && text.length > 0
                    text: original
                    wrapMode: Text.Wrap
                    color: "#c8c8c8"
                    font.pointSize: Theme.transcriptPointSize * 1.3
                }
                Label {
                    objectName: index === lines.count - 1 ? "captionsTranslation" : ""
                    Layout.fillWidth: true
                    text: translation
                    wrapMode: Text.Wrap
                    color: "white"
                    font.pointSize: Theme.transcriptPointSize * 2
                    font.bold: true
                    style: Text.Outline
                    styleColor: "black"
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: lines.count === 0
            text: qsTr("Captions appear here")
            color: "#c8c8c8"
            font.pointSize: Theme.transcriptPointSize * 1.5
        }

        MouseArea {
            anchors.fill: parent
            enabled: !win.locked
            cursorShape: Qt.SizeAllCursor
            onPressed: win.startSystemMove()
        }
        Rectangle {
            visible: !win.locked
            width: 22
            height: 22
            radius: 4
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            color: Theme.accent
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.SizeFDiagCursor
                onPressed: win.startSystemResize(Qt.RightEdge | Qt.BottomEdge)
            }
        }
    }
}
