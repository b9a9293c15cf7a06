import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import LiveDesk.Ui

// A combo box whose open list takes its colours from the Theme: the Material style draws the
// chosen row in its accent on its own highlight, 1.5:1 in the dark theme; here every row's
// words keep 4.5:1 (tst_theme measures it).
ComboBox {
    id: control

    delegate: MenuItem {
        width: ListView.view.width
        // Rows of a JavaScript list of objects (modelData is the object) or of a C++ model (its
        // roles are on `model`). Not Array.isArray(control.model): Qt 6.8 hands the list back as
        // a sequence that is not an Array.
        text: control.textRole
              ? (modelData !== null && typeof modelData === "object" ? modelData[control.textRole]
                                                                      : model[control.textRole])
              : modelData
        highlighted: control.highlightedIndex === index
        hoverEnabled: control.hoverEnabled
        Accessible.onPressAction: if (enabled) clicked()
        Material.foreground: control.currentIndex === index ? Theme.selectedText : Theme.text
        font.bold: control.currentIndex === index
        background: Rectangle {
            color: parent.highlighted ? Theme.listHighlight : Theme.popup
        }
    }
    popup.background: Rectangle {
        color: Theme.popup
        border.color: Theme.border
        radius: 4
    }
}
