import QtQuick
import QtQuick.Controls
import LiveDesk.Ui

// A tool button with an icon from the module's icon set, a tooltip and an accessible name.
ToolButton {
    id: control

    property string iconName
    // What the button does, in words: tooltip and screen-reader name.
    property string tip

    icon.source: iconName.length > 0 ? "qrc:/qt/qml/LiveDesk/Ui/icons/" + iconName + ".svg" : ""
    icon.width: 20
    icon.height: 20
    display: AbstractButton.IconOnly
    text: tip
    focusPolicy: Qt.StrongFocus
    ToolTip.visible: (hovered || visualFocus) && tip.length > 0
    ToolTip.text: tip
    ToolTip.delay: 600
    Accessible.name: tip
    Accessible.role: Accessible.Button
    // Qt 6.4 acts on a screen reader's press only where the QML says how (every button of
    // the interface does so).
    Accessible.onPressAction: if (enabled) clicked()

    // A clear ring for keyboard focus (the style's own is a faint tint).
    Rectangle {
        objectName: "focusRing"
        anchors.fill: parent
        anchors.margins: 1
        radius: 6
        color: "transparent"
        border.color: Theme.accent
        border.width: 2
        visible: control.visualFocus
    }
}
