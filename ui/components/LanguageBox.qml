import QtQuick
import QtQuick.Controls
import LiveDesk.Ui

// A language for translation, stored in a setting; the first row (empty id) is `automaticText`.
ChoiceBox {
    id: box

    property string settingKey
    property string automaticText
    readonly property int revision: AppController.settings.revision

    model: AppController.responseLanguages
    textRole: "name"
    valueRole: "choiceId"
    displayText: currentIndex <= 0 ? automaticText : currentText
    currentIndex: {
        revision
        if (settingKey.length === 0)
            return 0
        return Math.max(0, AppController.responseLanguages.indexOfId(
                            AppController.settings.value(settingKey)))
    }
    implicitWidth: 170
    onActivated: index => AppController.settings.setValue(settingKey, valueAt(index))
    // Its read-only text is no second, nameless control (the combo box has name and value).
    Component.onCompleted: contentItem.Accessible.ignored = true
}
