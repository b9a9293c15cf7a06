import QtQuick
import LiveDesk.Ui

// The microphone's level as a thin bar that rises with the voice, so people see that the app
// hears them (or that it does not). It moves only when the meter's level does (VoiceMeter: at
// most 20 times a second and only on a change), so a quiet room draws nothing.
Item {
    id: root

    // 0…1, as VoiceMeter.inputLevel.
    property real level: 0
    readonly property real shownLevel: Math.max(0, Math.min(1, level))

    implicitWidth: 4
    implicitHeight: 24
    // Decoration: the mute button says whether the microphone is on; a level that changes many
    // times a second would keep interrupting a screen reader.
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: Theme.border
    }
    Rectangle {
        objectName: "micLevelFill"
        anchors.bottom: parent.bottom
        width: parent.width
        height: Math.round(parent.height * root.shownLevel)
        radius: width / 2
        color: Theme.live
        visible: height > 0
    }
}
