import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import LiveDesk.Ui

// Every setting, in sections. Values are checked where they are entered; the API key goes to the
// system keychain. Changes to audio apply at once; connection and model changes apply to the
// next conversation.
Page {
    id: page

    property string section: "connection"
    readonly property var settings: AppController.settings
    readonly property string backend: (settings.revision, settings.value("backend"))

    readonly property var sections: [
        { id: "connection", title: qsTr("Connection") },
        { id: "model", title: qsTr("Model and voice") },
        { id: "talking", title: qsTr("Talking") },
        { id: "audio", title: qsTr("Audio") },
        { id: "video", title: qsTr("Camera and screen") },
        { id: "tools", title: qsTr("Tools") },
        { id: "costs", title: qsTr("Costs") },
        { id: "appearance", title: qsTr("Appearance") }
    ]
    function indexOfSection(id) {
        for (let i = 0; i < sections.length; ++i)
            if (sections[i].id === id)
                return i
        return 0
    }

    background: Rectangle { color: Theme.background }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Settings")

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 1.5
        spacing: Theme.spacing * 1.5

        ListView {
            id: sectionList
            Layout.preferredWidth: 210
            Layout.fillHeight: true
            model: page.sections
            currentIndex: page.indexOfSection(page.section)
            keyNavigationEnabled: true
            activeFocusOnTab: true
            spacing: 2
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Settings sections")
            delegate: ItemDelegate {
                Accessible.onPressAction: if (enabled) clicked()
                required property var modelData
                required property int index
                width: ListView.view.width
                text: modelData.title
                highlighted: ListView.isCurrentItem
                onClicked: page.section = modelData.id
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.title
            }
            onCurrentIndexChanged: if (currentIndex >= 0) page.section = page.sections[currentIndex].id
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ScrollView {
                id: scroll
                anchors.fill: parent
                anchors.margins: 1
                contentWidth: availableWidth
                clip: true

                StackLayout {
                    width: scroll.availableWidth
                    currentIndex: page.indexOfSection(page.section)

                    // --- Connection ---------------------------------------------------------
                    SettingsSection {
                        title: qsTr("Connection")
                        SettingChoice {
                            key: "backend"
                            label: qsTr("Service")
                            description: qsTr("Where the conversation runs. The offline demo needs no key and no network.")
                            model: [
                                { value: "gemini", text: qsTr("Gemini API") },
                                { value: "vertex", text: qsTr("Vertex AI") },
                                { value: "token-server", text: qsTr("Ephemeral-token server") },
                                { value: "custom", text: qsTr("Custom URL") },
                                { value: "demo", text: qsTr("Offline demo") }
                            ]
                        }
                        SecretField {
                            visible: page.backend === "gemini" || page.backend === "custom"
                            store: AppController.apiKey
                            label: qsTr("Gemini API key")
                            placeholder: qsTr("Paste your key from Google AI Studio")
                        }
                        SettingText {
                            visible: page.backend === "vertex"
                            key: "vertex/project"
                            label: qsTr("Google Cloud project")
                            placeholder: "my-project-123"
                        }
                        SettingText {
                            visible: page.backend === "vertex"
                            key: "vertex/location"
                            label: qsTr("Location")
                            description: qsTr("A region such as us-central1, or global.")
                        }
                        SettingChoice {
                            visible: page.backend === "vertex"
                            key: "vertex/credential"
                            label: qsTr("Credential")
                            model: [
                                { value: "access-token", text: qsTr("OAuth access token") },
                                { value: "api-key", text: qsTr("Express-mode API key") }
                            ]
                        }
                        SecretField {
                            visible: page.backend === "vertex"
                            store: AppController.vertexCredential
                            label: qsTr("Vertex AI credential")
                            placeholder: qsTr("Access token or API key")
                        }
                        SettingText {
                            visible: page.backend === "token-server"
                            key: "tokenServer/url"
                            label: qsTr("Token server")
                            description: qsTr("Your server that creates short-lived tokens, so the API key never leaves it.")
                            placeholder: "https://example.com/live-token"
                        }
                        SettingText {
                            visible: page.backend === "custom"
                            key: "custom/url"
                            label: qsTr("Server URL")
                            description: qsTr("A Live API compatible WebSocket server.")
                            placeholder: "wss://example.com"
                        }
                    }

                    // --- Model and voice ----------------------------------------------------
                    SettingsSection {
                        title: qsTr("Model and voice")
                        SettingChoice {
                            id: modelChoice
                            key: "model"
                            label: qsTr("Model")
                            model: AppController.models
                            textRole: "name"
                            valueRole: "modelId"
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            TextField {
                                id: newModel
                                Layout.fillWidth: true
                                Layout.maximumWidth: 360
                                // The style's hint colour is 2.6:1 on white; WCAG AA asks 4.5:1.
                                placeholderTextColor: Theme.textSecondary
                                placeholderText: qsTr("Add a model by name")
                                Accessible.name: qsTr("Model name to add")
                                onAccepted: addModel.clicked()
                            }
                            Button {
                                id: addModel
                                Accessible.onPressAction: if (enabled) clicked()
                                text: qsTr("Add")
                                enabled: newModel.text.trim().length > 0
                                onClicked: {
                                    addModelError.text = AppController.models.addCustom(newModel.text)
                                    if (addModelError.text.length === 0) {
                                        page.settings.setValue("model", newModel.text.trim())
                                        newModel.clear()
                                    }
                                }
                            }
                            Button {
                                Accessible.onPressAction: if (enabled) clicked()
                                flat: true
                                visible: AppController.models.indexOfId(modelChoice.current) >= 0
                                         && (page.settings.revision, page.settings.value("models/custom").indexOf(modelChoice.current) >= 0)
                                text: qsTr("Remove")
                                onClicked: {
                                    const id = modelChoice.current
                                    page.settings.reset("model")
                                    AppController.models.removeCustom(id)
                                }
                            }
                        }
                        Label {
                            id: addModelError
                            visible: text.length > 0
                            color: Theme.danger
                            font.pointSize: Theme.smallPointSize
                        }
                        SettingChoice {
                            key: "voice"
                            label: qsTr("Voice")
                            model: AppController.voices
                            textRole: "name"
                            valueRole: "choiceId"
                            comboBox.delegate: ItemDelegate {
                                Accessible.onPressAction: if (enabled) clicked()
                                required property string name
                                required property string detail
                                required property int index
                                width: ListView.view ? ListView.view.width : 200
                                text: detail.length > 0 ? name + " — " + detail : name
                            }
                        }
                        SettingChoice {
                            key: "language"
                            label: qsTr("Response language")
                            model: AppController.responseLanguages
                            textRole: "name"
                            valueRole: "choiceId"
                        }
                        SettingRow {
                            id: instructionRow
                            key: "systemInstruction"
                            label: qsTr("System instruction")
                            description: qsTr("How the model should behave, in your words.")
                            ScrollView {
                                Layout.fillWidth: true
                                Layout.preferredHeight: 110
                                TextArea {
                                    id: instruction
                                    wrapMode: TextEdit.Wrap
                                    selectByMouse: true
                                    // The style's hint colour is 2.6:1 on white; WCAG AA asks 4.5:1.
                                    placeholderTextColor: Theme.textSecondary
                                    placeholderText: qsTr("You are a friendly assistant who answers briefly.")
                                    Accessible.name: instructionRow.label
                                    Component.onCompleted: text = page.settings.value("systemInstruction")
                                    onEditingFinished: instructionRow.error = page.settings.setValue("systemInstruction", text)
                                }
                            }
                        }
                        SettingSwitch {
                            key: "affectiveDialog"
                            label: qsTr("Affective dialog")
                            description: qsTr("The model adapts its tone to how you sound.")
                        }
                        SettingSwitch {
                            key: "proactiveAudio"
                            label: qsTr("Proactive audio")
                            description: qsTr("The model may stay silent when a reply is not needed.")
                        }
                        SettingSwitch {
                            key: "transcription/input"
                            label: qsTr("Transcribe what you say")
                        }
                        SettingSwitch {
                            key: "transcription/output"
                            label: qsTr("Transcribe what the model says")
                        }
                        SettingSwitch {
                            key: "contextCompression"
                            label: qsTr("Context compression")
                            description: qsTr("Lets conversations run longer than 15 minutes (2 with video).")
                        }
                    }

                    // --- Talking ------------------------------------------------------------
                    SettingsSection {
                        title: qsTr("Talking")
                        SettingChoice {
                            key: "talkMode"
                            label: qsTr("Talk mode")
                            description: qsTr("Applies to the next conversation.")
                            model: [
                                { value: "hands-free", text: qsTr("Hands-free (the service detects speech)") },
                                { value: "local-voice", text: qsTr("Hands-free (LiveDesk detects speech)") },
                                { value: "push-to-talk", text: qsTr("Push to talk (click, or hold Space)") }
                            ]
                        }
                        SettingChoice {
                            key: "activityHandling"
                            label: qsTr("When you speak over the model")
                            model: [
                                { value: "interrupt", text: qsTr("Interrupt it") },
                                { value: "no-interruption", text: qsTr("Let it finish") }
                            ]
                        }
                        SettingChoice {
                            key: "vad/startSensitivity"
                            label: qsTr("Start-of-speech sensitivity")
                            model: [
                                { value: "default", text: qsTr("Service default") },
                                { value: "high", text: qsTr("High") },
                                { value: "low", text: qsTr("Low") }
                            ]
                        }
                        SettingChoice {
                            key: "vad/endSensitivity"
                            label: qsTr("End-of-speech sensitivity")
                            model: [
                                { value: "default", text: qsTr("Service default") },
                                { value: "high", text: qsTr("High") },
                                { value: "low", text: qsTr("Low") }
                            ]
                        }
                        SettingNumber {
                            key: "vad/silenceDurationMs"
                            label: qsTr("Silence that ends your turn")
                            description: qsTr("0 uses the service's default.")
                            unit: qsTr("ms")
                        }
                        SettingNumber {
                            key: "vad/prefixPaddingMs"
                            label: qsTr("Speech needed to start a turn")
                            description: qsTr("0 uses the service's default.")
                            unit: qsTr("ms")
                        }
                        SettingChoice {
                            key: "bargeIn/mode"
                            label: qsTr("Local barge-in")
                            description: qsTr("What LiveDesk does at once when you start talking while the model speaks.")
                            model: [
                                { value: "duck", text: qsTr("Lower the model's voice") },
                                { value: "stop", text: qsTr("Stop the model") },
                                { value: "off", text: qsTr("Nothing (wait for the service)") }
                            ]
                        }
                        SettingChoice {
                            key: "bargeIn/sensitivity"
                            label: qsTr("Barge-in sensitivity")
                            model: [
                                { value: "low", text: qsTr("Low") },
                                { value: "medium", text: qsTr("Medium") },
                                { value: "high", text: qsTr("High") }
                            ]
                        }
                    }

                    // --- Audio --------------------------------------------------------------
                    SettingsSection {
                        title: qsTr("Audio")
                        SettingChoice {
                            key: "audio/inputDevice"
                            label: qsTr("Microphone")
                            model: AppController.microphones
                            textRole: "name"
                            valueRole: "deviceId"
                        }
                        SettingChoice {
                            key: "audio/outputDevice"
                            label: qsTr("Speaker")
                            model: AppController.speakers
                            textRole: "name"
                            valueRole: "deviceId"
                        }
                        SettingSwitch {
                            key: "audio/echoCancellation"
                            label: qsTr("Echo cancellation")
                            description: qsTr("Keeps the model from hearing itself through your speakers.")
                        }
                        SettingSwitch {
                            key: "audio/noiseSuppression"
                            label: qsTr("Noise suppression")
                        }
                        SettingNumber {
                            key: "audio/speechRate"
                            label: qsTr("Speech rate")
                            description: qsTr("From 0.5 (slower) to 2 (faster); the pitch stays the same.")
                            unit: "×"
                            decimals: 2
                        }
                        // Translating the computer's sound or an application (docs/translation.md).
                        SettingSwitch {
                            objectName: "hearOriginal"
                            key: "translation/hearOriginal"
                            label: qsTr("Hear the original quietly")
                            description: qsTr("When translating the computer or an application: the original plays under the translation.")
                        }
                        SettingNumber {
                            objectName: "originalDb"
                            key: "translation/originalDb"
                            label: qsTr("Level of the original")
                            description: qsTr("Below its full level, from -60 to 0 dB (-22 dB is 8 %).")
                            unit: qsTr("dB")
                            decimals: 0
                            enabled: (AppController.settings.revision,
                                      AppController.settings.value("translation/hearOriginal") === true)
                        }
                        SettingSwitch {
                            objectName: "sendOriginal"
                            key: "translation/sendOriginal"
                            label: qsTr("Send the original when there is no translation")
                            description: qsTr("With “As a microphone”: the call hears the original until the translation speaks.")
                        }
                    }

                    // --- Camera and screen --------------------------------------------------
                    SettingsSection {
                        title: qsTr("Camera and screen")
                        SettingChoice {
                            key: "video/camera"
                            label: qsTr("Camera")
                            model: AppController.cameras
                            textRole: "name"
                            valueRole: "deviceId"
                        }
                        SettingNumber {
                            key: "video/maxFps"
                            label: qsTr("Frame rate")
                            description: qsTr("At most one frame per second; fewer costs less.")
                            unit: qsTr("frames/s")
                            decimals: 2
                        }
                        SettingChoice {
                            key: "video/resolution"
                            label: qsTr("Resolution")
                            description: qsTr("Higher shows more detail and costs more tokens per frame.")
                            model: [
                                { value: "low", text: qsTr("Low (512 px)") },
                                { value: "medium", text: qsTr("Medium (1024 px)") },
                                { value: "high", text: qsTr("High (1536 px)") }
                            ]
                        }
                        SettingNumber {
                            key: "video/jpegQuality"
                            label: qsTr("JPEG quality")
                            unit: "%"
                        }
                    }

                    // --- Tools --------------------------------------------------------------
                    SettingsSection {
                        title: qsTr("Tools")
                        SettingSwitch {
                            key: "tools/googleSearch"
                            label: qsTr("Google Search")
                            description: qsTr("The model may search the web; its sources show under the answer.")
                        }
                        SettingText {
                            key: "tools/file"
                            browsable: true
                            nameFilters: [qsTr("JSON files (*.json)")]
                            label: qsTr("Tools file")
                            description: qsTr("A JSON file of your own tools (commands or web requests).")
                            placeholder: "/home/me/livedesk-tools.json"
                        }
                        SettingText {
                            key: "tools/mcpConfig"
                            browsable: true
                            nameFilters: [qsTr("JSON files (*.json)")]
                            label: qsTr("MCP servers")
                            description: qsTr("A JSON file in the common “mcpServers” format.")
                            placeholder: "/home/me/mcp.json"
                        }
                        SettingRow {
                            key: "tools/alwaysAllowed"
                            label: qsTr("Always allowed")
                            description: qsTr("Tools you allowed for good. Remove one to be asked again.")
                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                Label {
                                    visible: allowed.count === 0
                                    text: qsTr("None")
                                    color: Theme.textSecondary
                                }
                                Repeater {
                                    id: allowed
                                    model: (page.settings.revision, page.settings.value("tools/alwaysAllowed"))
                                    delegate: Button {
                                        Accessible.onPressAction: if (enabled) clicked()
                                        required property string modelData
                                        text: modelData + "  ✕"
                                        flat: true
                                        Accessible.name: qsTr("Stop always allowing %1").arg(modelData)
                                        onClicked: {
                                            const list = page.settings.value("tools/alwaysAllowed").filter(n => n !== modelData)
                                            page.settings.setValue("tools/alwaysAllowed", list)
                                        }
                                    }
                                }
                            }
                        }
                    }

                    // --- Costs --------------------------------------------------------------
                    SettingsSection {
                        title: qsTr("Costs")
                        SettingSwitch {
                            id: customPrices
                            key: "prices/custom"
                            label: qsTr("Use my own prices")
                            description: qsTr("Otherwise the published prices of the chosen model are used. The cost shown is an estimate.")
                        }
                        SettingNumber {
                            enabled: customPrices.enabled && (page.settings.revision, page.settings.value("prices/custom"))
                            key: "prices/textIn"
                            label: qsTr("Text input")
                            unit: qsTr("US$ per million tokens")
                            decimals: 2
                        }
                        SettingNumber {
                            enabled: (page.settings.revision, page.settings.value("prices/custom"))
                            key: "prices/audioIn"
                            label: qsTr("Audio input")
                            unit: qsTr("US$ per million tokens")
                            decimals: 2
                        }
                        SettingNumber {
                            enabled: (page.settings.revision, page.settings.value("prices/custom"))
                            key: "prices/imageIn"
                            label: qsTr("Image and video input")
                            unit: qsTr("US$ per million tokens")
                            decimals: 2
                        }
                        SettingNumber {
                            enabled: (page.settings.revision, page.settings.value("prices/custom"))
                            key: "prices/textOut"
                            label: qsTr("Text output")
                            unit: qsTr("US$ per million tokens")
                            decimals: 2
                        }
                        SettingNumber {
                            enabled: (page.settings.revision, page.settings.value("prices/custom"))
                            key: "prices/audioOut"
                            label: qsTr("Audio output")
                            unit: qsTr("US$ per million tokens")
                            decimals: 2
                        }
                    }

                    // --- Appearance ---------------------------------------------------------
                    SettingsSection {
                        title: qsTr("Appearance")
                        SettingChoice {
                            key: "ui/language"
                            label: qsTr("Language")
                            model: AppController.uiLanguages
                            textRole: "name"
                            valueRole: "choiceId"
                        }
                        SettingChoice {
                            key: "ui/theme"
                            label: qsTr("Theme")
                            model: [
                                { value: "system", text: qsTr("Follow the system") },
                                { value: "light", text: qsTr("Light") },
                                { value: "dark", text: qsTr("Dark") }
                            ]
                        }
                        SettingNumber {
                            key: "ui/textSize"
                            label: qsTr("Transcript text size")
                            description: qsTr("Ctrl+Plus and Ctrl+Minus change it too.")
                            unit: qsTr("pt")
                        }
                        SettingChoice {
                            key: "ui/closeAction"
                            label: qsTr("Closing the window during a conversation")
                            model: [
                                { value: "ask", text: qsTr("Ask") },
                                { value: "minimize", text: qsTr("Keep running in the background") },
                                { value: "quit", text: qsTr("End the conversation and quit") }
                            ]
                        }
                        SettingChoice {
                            key: "ui/renderer"
                            label: qsTr("Drawing")
                            description: qsTr("Software drawing repaints only what changes and uses less power where there is no graphics driver. Applies when LiveDesk starts again.")
                            model: [
                                { value: "auto", text: qsTr("Automatic") },
                                { value: "opengl", text: qsTr("Graphics card (OpenGL)") },
                                { value: "software", text: qsTr("Software") }
                            ]
                        }
                    }
                }
            }
        }
    }
}
