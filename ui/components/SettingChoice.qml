import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// A setting chosen from a list: a C++ list model (ChoiceModel, DeviceModel, ModelListModel)
// or a JavaScript array of {value, text}.
SettingRow {
    id: row

    property var model
    property string textRole: "text"
    property string valueRole: "value"
    readonly property var current: (AppController.settings.revision, AppController.settings.value(row.key))
    property alias comboBox: combo
    property int revisionOfModel: 0
    Connections {
        target: row.model && row.model.dataChanged !== undefined ? row.model : null
        ignoreUnknownSignals: true
        function onModelReset() { row.revisionOfModel++ }
        function onDataChanged() { row.revisionOfModel++ }
    }
    // A new language gives JavaScript lists new objects (a new model): the combo box then falls
    // back to its first row, unless the configured value is looked up again.
    Connections {
        target: AppController.language
        function onLanguageChanged() { Qt.callLater(row.bumpRevision) }
    }
    function bumpRevision() { revisionOfModel++ }

    ChoiceBox {
        id: combo
        Layout.fillWidth: true
        Layout.maximumWidth: 460
        model: row.model
        textRole: row.textRole
        valueRole: row.valueRole
        // Also re-evaluated when the rows arrive or change (device lists, the language).
        currentIndex: (count, row.revisionOfModel, indexOfValue(row.current))
        displayText: currentIndex < 0 && String(row.current).length > 0
                     ? qsTr("%1 (not available)").arg(row.current) : currentText
        onActivated: row.error = AppController.settings.setValue(row.key, currentValue)
        onModelChanged: Qt.callLater(row.bumpRevision)
        // The style's read-only text inside is a nameless focusable text for a screen reader;
        // the combo box itself carries the name and the value.
        Component.onCompleted: contentItem.Accessible.ignored = true
        Accessible.name: row.label
        Accessible.description: row.description
    }
}
