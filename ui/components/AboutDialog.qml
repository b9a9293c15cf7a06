import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Versions and licences of the libraries LiveDesk uses, and the optional features of this
// build (the same text as `livedesk --version` can be copied).
Dialog {
    id: dialog

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 40)
    height: Math.min(620, (parent ? parent.height : 620) - 40)
    title: qsTr("About LiveDesk")
    // Our own Close, not standardButtons: Qt's word for it comes from Qt's translations, which
    // most systems do not install (it read "Close" in Arabic and German).
    footer: DialogButtonBox {
        Button {
            Accessible.onPressAction: if (enabled) clicked()
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    contentItem: ScrollView {
        id: scroll
        clip: true
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing
            RowLayout {
                spacing: Theme.spacing * 2
                Image {
                    source: "qrc:/qt/qml/LiveDesk/Ui/icons/io.github.livedesk.LiveDesk.svg"
                    sourceSize.width: 56; sourceSize.height: 56
                    Accessible.ignored: true
                }
                ColumnLayout {
                    Label {
                        text: "LiveDesk " + AppController.buildInfo.version
                        font.pointSize: Theme.titlePointSize
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("A desktop voice and video assistant for the Gemini Live API.")
                        wrapMode: Text.Wrap
                        color: Theme.textSecondary
                    }
                }
            }
            Heading {
                level: 3
                text: qsTr("Libraries")
            }
            // Positioners, not layouts, around the Repeaters: their rows are made again when the
            // language changes, also while the dialog is closed (see ShortcutsOverlay.qml).
            Column {
                id: libraries
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Repeater {
                    model: AppController.buildInfo.libraries
                    delegate: Column {
                        required property var modelData
                        width: libraries.width
                        Label {
                            width: parent.width
                            // Starts where the line starts in the interface's direction (a
                            // Latin name alone sat on the left in Arabic, its purpose on the right).
                            horizontalAlignment: Text.AlignLeft
                            text: "%1 %2 — %3%4".arg(parent.modelData.name).arg(parent.modelData.version)
                                  .arg(parent.modelData.licence)
                                  .arg(parent.modelData.linked ? "" : " — " + qsTr("not in this build"))
                            color: parent.modelData.linked ? Theme.text : Theme.textSecondary
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            width: parent.width
                            text: parent.modelData.purpose
                            color: Theme.textSecondary
                            font.pointSize: Theme.smallPointSize
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
            Heading {
                level: 3
                text: qsTr("Features of this build")
            }
            Column {
                id: features
                Layout.fillWidth: true
                Repeater {
                    model: AppController.buildInfo.features
                    delegate: Label {
                        required property var modelData
                        width: features.width
                        text: (modelData.available ? "✓ " : "✗ ") + modelData.description
                              + (modelData.available ? "" : " — " + qsTr("not available"))
                        color: modelData.available ? Theme.text : Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                }
            }
            Button {
                Accessible.onPressAction: if (enabled) clicked()
                text: qsTr("Copy version information")
                icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/copy.svg"
                onClicked: AppController.copyText(AppController.buildInfo.report())
            }
        }
    }
}
