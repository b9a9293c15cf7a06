import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// What the next conversation is for: a mode preset (Assistant, Visual help, Translator,
// Interpreter, or one the user saved) and, for the translation modes, the two languages. Fixed
// while a conversation runs.
RowLayout {
    id: root

    readonly property int modeRow: {
        AppController.modes.count
        return AppController.modes.indexOfId(AppController.modeId)
    }
    readonly property string modeKind: {
        AppController.modes.count
        return AppController.modes.kindOf(AppController.modeId)
    }

    spacing: Theme.spacing
    enabled: !AppController.conversation.active

    Label {
        text: qsTr("Mode")
        color: Theme.textSecondary
    }
    ChoiceBox {
        id: modes
        objectName: "modePicker"
        model: AppController.modes
        textRole: "name"
        valueRole: "modeId"
        currentIndex: root.modeRow
        Layout.preferredWidth: 190
        onActivated: index => AppController.modeId = valueAt(index)
        Accessible.name: qsTr("Mode")
        // Its read-only text is no second, nameless control (the combo box has name and value).
        Component.onCompleted: contentItem.Accessible.ignored = true
    }
    Label {
        visible: root.modeKind === "translator" || root.modeKind === "interpreter"
        text: root.modeKind === "interpreter" ? qsTr("Between") : qsTr("From")
        color: Theme.textSecondary
    }
    LanguageBox {
        id: source
        objectName: "sourceLanguage"
        visible: root.modeKind === "translator" || root.modeKind === "interpreter"
        settingKey: "translation/source"
        automaticText: root.modeKind === "interpreter" ? qsTr("Mode's default") : qsTr("Detect")
        Accessible.name: qsTr("Language spoken")
    }
    Label {
        visible: source.visible
        text: root.modeKind === "interpreter" ? qsTr("and") : qsTr("into")
        color: Theme.textSecondary
    }
    LanguageBox {
        objectName: "targetLanguage"
        visible: source.visible
        settingKey: "translation/target"
        automaticText: qsTr("Mode's default")
        Accessible.name: qsTr("Language to translate into")
    }
}
