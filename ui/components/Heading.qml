import QtQuick
import QtQuick.Controls
import LiveDesk.Ui

// A heading as people see it (a bold label) and as a screen reader finds it (role heading).
// Qt 6.4's Text makes itself "static text" when accessibility becomes active, whatever its
// Accessible.role says, so the role lives on an item of its own over the label, and the label
// itself stays out of the tree.
Label {
    id: heading

    // 1 a page's title, 2 a section, 3 a group in a section. AT-SPI reads a heading's level from
    // its attributes, which Qt's bridge fills only from Qt 6.8 on; until then the level shapes
    // the look and reaches screen readers through the heading's place in the tree.
    property int level: 2

    font.bold: true
    font.pointSize: level <= 1 ? Theme.titlePointSize : Theme.bodyPointSize + (level === 2 ? 1 : 0)
    color: Theme.text
    Accessible.ignored: true

    Item {
        objectName: "heading"
        anchors.fill: parent
        Accessible.role: Accessible.Heading
        Accessible.name: heading.text
    }
}
