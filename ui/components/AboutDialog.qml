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
    standardButtons: Dialog.Close

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
            Label {
                text: qsTr("Libraries")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: AppController.buildInfo.libraries
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: "%1 %2 — %3%4".arg(modelData.name).arg(modelData.version)
                              .arg(modelData.licence)
                              .arg(modelData.linked ? "" : " — " + qsTr("not in this build"))
                        color: modelData.linked ? Theme.text : Theme.textSecondary
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.purpose
                        color: Theme.textSecondary
                        font.pointSize: Theme.smallPointSize
                        wrapMode: Text.Wrap
                    }
                }
            }
            Label {
                text: qsTr("Features of this build")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: AppController.buildInfo.features
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: (modelData.available ? "✓ " : "✗ ") + modelData.description
                          + (modelData.available ? "" : " — " + qsTr("not available"))
                    color: modelData.available ? Theme.text : Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }
            Button {
                text: qsTr("Copy version information")
                icon.source: "qrc:/qt/qml/LiveDesk/Ui/icons/copy.svg"
                onClicked: AppController.copyText(AppController.buildInfo.report())
            }
        }
    }
}
