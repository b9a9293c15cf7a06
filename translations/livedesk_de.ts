<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LiveDesk</source>
        <translation>Über LiveDesk</translation>
    </message>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>Ein Sprach- und Videoassistent für den Desktop, für die Gemini Live API.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>nicht in diesem Build</translation>
    </message>
    <message>
        <source>Features of this build</source>
        <translation>Funktionen dieses Builds</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Versionsinformationen kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CaptionsView</name>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
</context>
<context>
    <name>CaptionsWindow</name>
    <message>
        <source>LiveDesk captions</source>
        <translation>LiveDesk-Untertitel</translation>
    </message>
    <message>
        <source>Captions appear here</source>
        <translation>Hier erscheinen die Untertitel</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>A conversation is running</source>
        <translation>Ein Gespräch läuft</translation>
    </message>
    <message>
        <source>Keep talking with the window hidden (LiveDesk stays in the system tray), or end the conversation and quit?</source>
        <translation>Mit verborgenem Fenster weitersprechen (LiveDesk bleibt im Systembereich der Taskleiste) oder das Gespräch beenden und LiveDesk schließen?</translation>
    </message>
    <message>
        <source>Keep talking with the window minimised, or end the conversation and quit?</source>
        <translation>Mit minimiertem Fenster weitersprechen oder das Gespräch beenden und LiveDesk schließen?</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Meine Wahl merken</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>Im Hintergrund lassen</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>Minimieren</translation>
    </message>
    <message>
        <source>End and quit</source>
        <translation>Beenden und schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Allow “%1”?</source>
        <translation>„%1“ erlauben?</translation>
    </message>
    <message>
        <source>The model wants to run a tool that can change something or share your data.</source>
        <translation>Das Modell möchte ein Werkzeug ausführen, das etwas verändern oder Ihre Daten weitergeben kann.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more waiting</source>
        <translation>
            <numerusform>%Ln weitere Anfrage wartet</numerusform>
            <numerusform>%Ln weitere Anfragen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <source>Allow for this session</source>
        <translation>Für diese Sitzung erlauben</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Immer erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Hold Space or the Talk button while you speak, or type below.</source>
        <translation>Halten Sie beim Sprechen die Leertaste oder die Sprechtaste gedrückt, oder tippen Sie unten.</translation>
    </message>
    <message>
        <source>Just start speaking, or type below.</source>
        <translation>Sprechen Sie einfach los, oder tippen Sie unten.</translation>
    </message>
    <message>
        <source>Start a conversation, then speak naturally. Share your camera or screen for help with what you see.</source>
        <translation>Starten Sie ein Gespräch und sprechen Sie ganz natürlich. Teilen Sie Kamera oder Bildschirm, um Hilfe zu dem zu bekommen, was Sie sehen.</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Gespräch starten</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Mikrofon einschalten</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Kamera nicht mehr teilen</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>Kamera teilen</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Bildschirm nicht mehr teilen</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>Bildschirm teilen</translation>
    </message>
    <message>
        <source>Camera, screen and tool calls</source>
        <translation>Kamera, Bildschirm und Werkzeugaufrufe</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Stop recording (Ctrl+R)</source>
        <translation>Aufnahme beenden (Strg+R)</translation>
    </message>
    <message>
        <source>Record the conversation (Ctrl+R)</source>
        <translation>Gespräch aufnehmen (Strg+R)</translation>
    </message>
    <message>
        <source>New reply: %1</source>
        <translation>Neue Antwort: %1</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Search what was said</source>
        <translation>Gesagtes durchsuchen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Aufbewahren für</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>immer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Days to keep conversations (0 keeps them forever)</source>
        <translation>Tage, die Gespräche aufbewahrt werden (0 = für immer)</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Frühere Gespräche</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Kein Gespräch erwähnt „%1“.</translation>
    </message>
    <message>
        <source>Conversations are saved here as you have them.</source>
        <translation>Gespräche werden hier gespeichert, während Sie sie führen.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Gespräch ohne Titel</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Delete this conversation</source>
        <translation>Dieses Gespräch löschen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Werkzeug %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Choose a conversation to read it again.</source>
        <translation>Wählen Sie ein Gespräch, um es noch einmal zu lesen.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Delete this conversation?</source>
        <translation>Dieses Gespräch löschen?</translation>
    </message>
    <message>
        <source>It is removed from the history for good. A recording of it stays where it was saved.</source>
        <translation>Es wird endgültig aus dem Verlauf entfernt. Eine Aufnahme davon bleibt, wo sie gespeichert wurde.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to %1 days.</source>
        <translation>Unterhaltungen 0 (für immer) bis %1 Tage aufbewahren.</translation>
    </message>
    <message>
        <source>Move the damaged history aside and start a new one</source>
        <translation>Beschädigten Verlauf beiseitelegen und einen neuen beginnen</translation>
    </message>
</context>
<context>
    <name>ListenSourcePicker</name>
    <message>
        <source>Listen to</source>
        <translation>Audioquelle</translation>
    </message>
    <message>
        <source>As a microphone</source>
        <translation>Als Mikrofon</translation>
    </message>
    <message>
        <source>Other programs (a call) can pick “LiveDesk translation” as their microphone.</source>
        <translation>Andere Programme (z. B. für einen Anruf) können „LiveDesk translation“ als Mikrofon wählen.</translation>
    </message>
    <message>
        <source>Captions window</source>
        <translation>Untertitelfenster</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Hold to talk (push-to-talk mode)</source>
        <translation>Gedrückt halten zum Sprechen (Push-to-Talk)</translation>
    </message>
    <message>
        <source>Talk: start or end your turn, or interrupt the model</source>
        <translation>Sprechen: Redebeitrag beginnen oder beenden, oder das Modell unterbrechen</translation>
    </message>
    <message>
        <source>Start or end the conversation</source>
        <translation>Gespräch starten oder beenden</translation>
    </message>
    <message>
        <source>Start the offline demo</source>
        <translation>Offline-Demo starten</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Mikrofon stumm- oder einschalten</translation>
    </message>
    <message>
        <source>Share the camera, or stop</source>
        <translation>Kamera teilen oder beenden</translation>
    </message>
    <message>
        <source>Share the screen, or stop</source>
        <translation>Bildschirm teilen oder beenden</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Nachricht tippen</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Verlauf kopieren</translation>
    </message>
    <message>
        <source>Larger or smaller transcript text</source>
        <translation>Verlaufstext größer oder kleiner</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Zu einer Seite wechseln</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Mini mode</source>
        <translation>Minimodus</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Record the conversation, or stop</source>
        <translation>Gespräch aufnehmen oder Aufnahme beenden</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Type a message…</source>
        <translation>Nachricht eingeben …</translation>
    </message>
    <message>
        <source>Start a conversation to type</source>
        <translation>Zum Tippen ein Gespräch starten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <source>LiveDesk mini mode</source>
        <translation>LiveDesk-Minimodus</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Mikrofon einschalten</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>Leave mini mode</source>
        <translation>Minimodus verlassen</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Unterhaltung beenden</translation>
    </message>
</context>
<context>
    <name>ModePicker</name>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Mode&apos;s default</source>
        <translation>Vorgabe des Modus</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Gesprochene Sprache</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>into</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>Zielsprache</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Mini mode (Ctrl+Shift+M)</source>
        <translation>Minimodus (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Tastenkürzel (F1)</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>Über LiveDesk</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Dismiss note</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Aufnahme abspielen</translation>
    </message>
    <message>
        <source>Show the recording&apos;s folder</source>
        <translation>Ordner der Aufnahme zeigen</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
</context>
<context>
    <name>ScreenShareDialog</name>
    <message>
        <source>Share your screen</source>
        <translation>Bildschirm teilen</translation>
    </message>
    <message>
        <source>Choose what the model sees. It receives a picture of it about once a second until you stop sharing.</source>
        <translation>Wählen Sie, was das Modell sieht. Es erhält etwa einmal pro Sekunde ein Bild davon, bis Sie das Teilen beenden.</translation>
    </message>
    <message>
        <source>Screens and windows</source>
        <translation>Bildschirme und Fenster</translation>
    </message>
    <message>
        <source>No screen or window can be shared.</source>
        <translation>Kein Bildschirm und kein Fenster kann geteilt werden.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Hide what you type</source>
        <translation>Eingabe verbergen</translation>
    </message>
    <message>
        <source>Show what you type</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>In use until you quit: %1</source>
        <translation>In Gebrauch bis zum Beenden: %1</translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>SettingText</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>Modell und Stimme</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Camera and screen</source>
        <translation>Kamera und Bildschirm</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Where the conversation runs. The offline demo needs no key and no network.</source>
        <translation>Wo das Gespräch läuft. Die Offline-Demo braucht weder Schlüssel noch Netzwerk.</translation>
    </message>
    <message>
        <source>Gemini API</source>
        <translation>Gemini API</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Ephemeral-token server</source>
        <translation>Server für kurzlebige Tokens</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your key from Google AI Studio</source>
        <translation>Schlüssel aus Google AI Studio einfügen</translation>
    </message>
    <message>
        <source>Google Cloud project</source>
        <translation>Google-Cloud-Projekt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>A region such as us-central1, or global.</source>
        <translation>Eine Region wie us-central1 oder global.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>Express-mode API key</source>
        <translation>API-Schlüssel (Express-Modus)</translation>
    </message>
    <message>
        <source>Vertex AI credential</source>
        <translation>Vertex-AI-Anmeldedaten</translation>
    </message>
    <message>
        <source>Access token or API key</source>
        <translation>Zugriffstoken oder API-Schlüssel</translation>
    </message>
    <message>
        <source>Token server</source>
        <translation>Token-Server</translation>
    </message>
    <message>
        <source>Your server that creates short-lived tokens, so the API key never leaves it.</source>
        <translation>Ihr Server, der kurzlebige Tokens ausstellt – der API-Schlüssel verlässt ihn nie.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>A Live API compatible WebSocket server.</source>
        <translation>Ein mit der Live API kompatibler WebSocket-Server.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Add a model by name</source>
        <translation>Modell per Name hinzufügen</translation>
    </message>
    <message>
        <source>Model name to add</source>
        <translation>Name des hinzuzufügenden Modells</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Response language</source>
        <translation>Antwortsprache</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>How the model should behave, in your words.</source>
        <translation>Wie sich das Modell verhalten soll, in Ihren Worten.</translation>
    </message>
    <message>
        <source>You are a friendly assistant who answers briefly.</source>
        <translation>Du bist ein freundlicher Assistent, der kurz antwortet.</translation>
    </message>
    <message>
        <source>Affective dialog</source>
        <translation>Emotionaler Dialog</translation>
    </message>
    <message>
        <source>The model adapts its tone to how you sound.</source>
        <translation>Das Modell passt seinen Ton an Ihre Stimmung an.</translation>
    </message>
    <message>
        <source>Proactive audio</source>
        <translation>Proaktives Audio</translation>
    </message>
    <message>
        <source>The model may stay silent when a reply is not needed.</source>
        <translation>Das Modell darf schweigen, wenn keine Antwort nötig ist.</translation>
    </message>
    <message>
        <source>Transcribe what you say</source>
        <translation>Transkribieren, was Sie sagen</translation>
    </message>
    <message>
        <source>Transcribe what the model says</source>
        <translation>Transkribieren, was das Modell sagt</translation>
    </message>
    <message>
        <source>Context compression</source>
        <translation>Kontextkomprimierung</translation>
    </message>
    <message>
        <source>Lets conversations run longer than 15 minutes (2 with video).</source>
        <translation>Ermöglicht Gespräche über 15 Minuten (2 mit Video).</translation>
    </message>
    <message>
        <source>Talk mode</source>
        <translation>Sprechmodus</translation>
    </message>
    <message>
        <source>Applies to the next conversation.</source>
        <translation>Gilt ab dem nächsten Gespräch.</translation>
    </message>
    <message>
        <source>Hands-free (the service detects speech)</source>
        <translation>Freihändig (der Dienst erkennt Sprache)</translation>
    </message>
    <message>
        <source>Hands-free (LiveDesk detects speech)</source>
        <translation>Freihändig (LiveDesk erkennt Sprache)</translation>
    </message>
    <message>
        <source>Push to talk (click, or hold Space)</source>
        <translation>Push-to-Talk (klicken oder Leertaste halten)</translation>
    </message>
    <message>
        <source>When you speak over the model</source>
        <translation>Wenn Sie dem Modell ins Wort fallen</translation>
    </message>
    <message>
        <source>Interrupt it</source>
        <translation>Unterbrechen</translation>
    </message>
    <message>
        <source>Let it finish</source>
        <translation>Ausreden lassen</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>Empfindlichkeit für Sprechbeginn</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>Standard des Dienstes</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>Empfindlichkeit für Sprechende</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>Stille, die Ihren Redebeitrag beendet</translation>
    </message>
    <message>
        <source>0 uses the service&apos;s default.</source>
        <translation>0 verwendet den Standard des Dienstes.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Speech needed to start a turn</source>
        <translation>Nötige Sprechdauer für einen Redebeitrag</translation>
    </message>
    <message>
        <source>Local barge-in</source>
        <translation>Lokales Ins-Wort-Fallen</translation>
    </message>
    <message>
        <source>What LiveDesk does at once when you start talking while the model speaks.</source>
        <translation>Was LiveDesk sofort tut, wenn Sie sprechen, während das Modell redet.</translation>
    </message>
    <message>
        <source>Lower the model&apos;s voice</source>
        <translation>Stimme des Modells leiser</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>Modell anhalten</translation>
    </message>
    <message>
        <source>Nothing (wait for the service)</source>
        <translation>Nichts (auf den Dienst warten)</translation>
    </message>
    <message>
        <source>Barge-in sensitivity</source>
        <translation>Empfindlichkeit beim Ins-Wort-Fallen</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>Echounterdrückung</translation>
    </message>
    <message>
        <source>Keeps the model from hearing itself through your speakers.</source>
        <translation>Verhindert, dass das Modell sich selbst über Ihre Lautsprecher hört.</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Rauschunterdrückung</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>From 0.5 (slower) to 2 (faster); the pitch stays the same.</source>
        <translation>Von 0,5 (langsamer) bis 2 (schneller); die Tonhöhe bleibt gleich.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>At most one frame per second; fewer costs less.</source>
        <translation>Höchstens ein Bild pro Sekunde; weniger kostet weniger.</translation>
    </message>
    <message>
        <source>frames/s</source>
        <translation>Bilder/s</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Higher shows more detail and costs more tokens per frame.</source>
        <translation>Höher zeigt mehr Details und kostet mehr Tokens pro Bild.</translation>
    </message>
    <message>
        <source>Low (512 px)</source>
        <translation>Niedrig (512 px)</translation>
    </message>
    <message>
        <source>Medium (1024 px)</source>
        <translation>Mittel (1024 px)</translation>
    </message>
    <message>
        <source>High (1536 px)</source>
        <translation>Hoch (1536 px)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG-Qualität</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Google-Suche</translation>
    </message>
    <message>
        <source>The model may search the web; its sources show under the answer.</source>
        <translation>Das Modell darf im Web suchen; die Quellen stehen unter der Antwort.</translation>
    </message>
    <message>
        <source>Tools file</source>
        <translation>Werkzeugdatei</translation>
    </message>
    <message>
        <source>A JSON file of your own tools (commands or web requests).</source>
        <translation>Eine JSON-Datei mit eigenen Werkzeugen (Befehle oder Webanfragen).</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>A JSON file in the common “mcpServers” format.</source>
        <translation>Eine JSON-Datei im üblichen „mcpServers“-Format.</translation>
    </message>
    <message>
        <source>Always allowed</source>
        <translation>Immer erlaubt</translation>
    </message>
    <message>
        <source>Tools you allowed for good. Remove one to be asked again.</source>
        <translation>Werkzeuge, die Sie dauerhaft erlaubt haben. Entfernen Sie eines, um wieder gefragt zu werden.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Stop always allowing %1</source>
        <translation>%1 nicht mehr immer erlauben</translation>
    </message>
    <message>
        <source>Use my own prices</source>
        <translation>Eigene Preise verwenden</translation>
    </message>
    <message>
        <source>Otherwise the published prices of the chosen model are used. The cost shown is an estimate.</source>
        <translation>Sonst gelten die veröffentlichten Preise des gewählten Modells. Die angezeigten Kosten sind eine Schätzung.</translation>
    </message>
    <message>
        <source>Text input</source>
        <translation>Texteingabe</translation>
    </message>
    <message>
        <source>US$ per million tokens</source>
        <translation>US$ pro Million Tokens</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Audioeingabe</translation>
    </message>
    <message>
        <source>Image and video input</source>
        <translation>Bild- und Videoeingabe</translation>
    </message>
    <message>
        <source>Text output</source>
        <translation>Textausgabe</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Transcript text size</source>
        <translation>Textgröße im Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus change it too.</source>
        <translation>Auch mit Strg+Plus und Strg+Minus.</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Closing the window during a conversation</source>
        <translation>Fenster schließen während eines Gesprächs</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Keep running in the background</source>
        <translation>Im Hintergrund weiterlaufen</translation>
    </message>
    <message>
        <source>End the conversation and quit</source>
        <translation>Gespräch beenden und schließen</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Software drawing repaints only what changes and uses less power where there is no graphics driver. Applies when LiveDesk starts again.</source>
        <translation>Software-Darstellung zeichnet nur neu, was sich ändert, und braucht weniger Energie, wo kein Grafiktreiber läuft. Gilt ab dem nächsten Start von LiveDesk.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Graphics card (OpenGL)</source>
        <translation>Grafikkarte (OpenGL)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Hear the original quietly</source>
        <translation>Original leise hören</translation>
    </message>
    <message>
        <source>When translating the computer or an application: the original plays under the translation.</source>
        <translation>Beim Übersetzen des Computers oder einer Anwendung: Das Original läuft unter der Übersetzung.</translation>
    </message>
    <message>
        <source>Level of the original</source>
        <translation>Pegel des Originals</translation>
    </message>
    <message>
        <source>Below its full level, from -60 to 0 dB (-22 dB is 8 %).</source>
        <translation>Unter dem vollen Pegel, von -60 bis 0 dB (-22 dB sind 8 %).</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Send the original when there is no translation</source>
        <translation>Original senden, wenn keine Übersetzung läuft</translation>
    </message>
    <message>
        <source>With “As a microphone”: the call hears the original until the translation speaks.</source>
        <translation>Mit „Als Mikrofon“: Der Anruf hört das Original, bis die Übersetzung spricht.</translation>
    </message>
</context>
<context>
    <name>SharingIndicator</name>
    <message>
        <source>Camera paused</source>
        <translation>Kamera pausiert</translation>
    </message>
    <message>
        <source>Screen sharing paused</source>
        <translation>Bildschirmfreigabe pausiert</translation>
    </message>
    <message>
        <source>Sharing the camera</source>
        <translation>Kamera wird geteilt</translation>
    </message>
    <message>
        <source>Sharing the screen</source>
        <translation>Bildschirm wird geteilt</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Kamerafreigabe beenden</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Bildschirmfreigabe beenden</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <comment>key</comment>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Shift</source>
        <comment>key</comment>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Alt</source>
        <comment>key</comment>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>key</comment>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>key</comment>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Live (offline demo)</source>
        <translation>Live (Offline-Demo)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde neu …</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Session time %1</source>
        <translation>Gesprächsdauer %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln Neuverbindung</numerusform>
            <numerusform>%Ln Neuverbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>In: %1 · Out: %2</source>
        <translation>Ein: %1 · Aus: %2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ %1 US$</translation>
    </message>
    <message>
        <source>Estimated cost %1 US dollars</source>
        <translation>Geschätzte Kosten %1 US-Dollar</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Unterbrechen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>Click to start or end your turn, or hold to talk. Space also holds.</source>
        <translation>Klicken, um Ihren Redebeitrag zu beginnen oder zu beenden, oder zum Sprechen gedrückt halten. Auch die Leertaste funktioniert.</translation>
    </message>
    <message>
        <source>The microphone is open. Click to interrupt the model.</source>
        <translation>Das Mikrofon ist offen. Klicken, um das Modell zu unterbrechen.</translation>
    </message>
    <message>
        <source>Starts a conversation.</source>
        <translation>Startet eine Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation>Werkzeugaufruf %1: %2</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>Argumente: %1</translation>
    </message>
</context>
<context>
    <name>ToolCallsPanel</name>
    <message>
        <source>Tool calls</source>
        <translation>Werkzeugaufrufe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln läuft</numerusform>
            <numerusform>%Ln laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>When the model uses a tool, it shows here.</source>
        <translation>Wenn das Modell ein Werkzeug nutzt, erscheint es hier.</translation>
    </message>
</context>
<context>
    <name>TranscriptBubble</name>
    <message>
        <source>You said: %1</source>
        <translation>Sie sagten: %1</translation>
    </message>
    <message>
        <source>The model said: %1</source>
        <translation>Das Modell sagte: %1</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>(keine Worte erkannt)</translation>
    </message>
    <message>
        <source>Interrupted · struck-out words were not heard</source>
        <translation>Unterbrochen · durchgestrichene Worte wurden nicht gehört</translation>
    </message>
    <message>
        <source>Copy your message %1</source>
        <translation>Ihre Nachricht %1 kopieren</translation>
    </message>
    <message>
        <source>Copy answer %1</source>
        <translation>Antwort %1 kopieren</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <source>Camera and screen</source>
        <translation>Kamera und Bildschirm</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Wird geteilt</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Kamera nicht mehr teilen</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>Kamera teilen</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Bildschirm nicht mehr teilen</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>Bildschirm teilen</translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation>Teilen fortsetzen</translation>
    </message>
    <message>
        <source>Pause sharing</source>
        <translation>Teilen pausieren</translation>
    </message>
    <message>
        <source>The frame last sent to the model</source>
        <translation>Das zuletzt an das Modell gesendete Bild</translation>
    </message>
    <message>
        <source>Waiting for the first frame…</source>
        <translation>Warte auf das erste Bild …</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln frame(s) sent</source>
        <translation>
            <numerusform>%1 · %Ln Bild gesendet</numerusform>
            <numerusform>%1 · %Ln Bilder gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a conversation to share your camera or screen.</source>
        <translation>Starten Sie ein Gespräch, um Kamera oder Bildschirm zu teilen.</translation>
    </message>
</context>
<context>
    <name>VoiceVisual</name>
    <message>
        <source>Microphone off</source>
        <translation>Mikrofon aus</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>Höre Sie</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach …</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Spricht</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde neu …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Voice: %1</source>
        <translation>Stimme: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>Willkommen bei LiveDesk</translation>
    </message>
    <message>
        <source>Talk with Gemini in real time, and show it your camera or screen.</source>
        <translation>Sprechen Sie in Echtzeit mit Gemini und zeigen Sie ihm Ihre Kamera oder Ihren Bildschirm.</translation>
    </message>
    <message>
        <source>Try it without a key</source>
        <translation>Ohne Schlüssel ausprobieren</translation>
    </message>
    <message>
        <source>The offline demo runs a stand-in for the Live API on this computer: no account, no network. It answers with a synthetic voice and shows how tools and transcripts work.</source>
        <translation>Die Offline-Demo simuliert die Live API auf diesem Computer: kein Konto, kein Netzwerk. Sie antwortet mit einer synthetischen Stimme und zeigt, wie Werkzeuge und Transkripte funktionieren.</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Offline-Demo ausprobieren</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>API-Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Create a free key at &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. LiveDesk keeps it in your system keychain.</source>
        <translation>Erstellen Sie einen kostenlosen Schlüssel auf &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. LiveDesk bewahrt ihn im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Vertex AI and other ways to connect…</source>
        <translation>Vertex AI und andere Verbindungswege …</translation>
    </message>
</context>
<context>
    <name>livedesk::app</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a URL (expected e.g. ws://127.0.0.1:8765).</source>
        <translation>Der Endpunkt „%1“ ist keine URL (erwartet z. B. ws://127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>No model given and the model table has no default.</source>
        <translation>Kein Modell angegeben, und die Modelltabelle hat keinen Standard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 30 prebuilt voices; the service may reject it.</source>
        <translation>„%1“ ist keine der 30 vordefinierten Stimmen; der Dienst lehnt sie möglicherweise ab.</translation>
    </message>
    <message>
        <source>%1 has been retired by the service (it answers 1008 &quot;not found&quot;); use %2.</source>
        <translation>%1 wurde vom Dienst eingestellt (er antwortet mit 1008 „not found“); verwenden Sie %2.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>not recorded (the app stopped, or the session is still running)</source>
        <translation>nicht erfasst (die App wurde beendet oder die Sitzung läuft noch)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Verbrauch:</translation>
    </message>
    <message>
        <source>%1 prompt tokens, %2 response tokens, about %3 USD</source>
        <translation>%1 Eingabe-Tokens, %2 Antwort-Tokens, etwa %3 USD</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Aufnahme:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(unterbrochen)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Tool `%1`: %2</source>
        <translation>Werkzeug `%1`: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot write the transcript %1: %2</source>
        <translation>Das Transkript %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Visual help</source>
        <translation>Visuelle Hilfe</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>cue %1: &quot;%2&quot; is not a valid timing</source>
        <translation>Untertitel %1: „%2“ ist keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>cue %1: it ends before it starts</source>
        <translation>Untertitel %1: endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>not a WebVTT file: it must start with WEBVTT</source>
        <translation>keine WebVTT-Datei: sie muss mit WEBVTT beginnen</translation>
    </message>
    <message>
        <source>cue %1: no timing line (start --&gt; end)</source>
        <translation>Untertitel %1: keine Zeitzeile (Beginn --&gt; Ende)</translation>
    </message>
    <message>
        <source>cue %1: expected a number, then a timing line</source>
        <translation>Untertitel %1: erwartet wurde eine Zahl, dann eine Zeitzeile</translation>
    </message>
    <message>
        <source>%1: subtitles must be .vtt (WebVTT) or .srt</source>
        <translation>%1: Untertitel müssen .vtt (WebVTT) oder .srt sein</translation>
    </message>
    <message>
        <source>Cannot write the subtitles %1: %2</source>
        <translation>Die Untertitel %1 können nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Translation needs a target language (e.g. de-DE).</source>
        <translation>Eine Übersetzung braucht eine Zielsprache (z. B. de-DE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. de-DE or fr).</source>
        <translation>„%1“ ist kein Sprachcode (erwartet z. B. de-DE oder fr).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. en-US, or auto).</source>
        <translation>„%1“ ist kein Sprachcode (erwartet z. B. en-US oder auto).</translation>
    </message>
    <message>
        <source>Interpreting needs both languages: the source language of one person and the target language of the other.</source>
        <translation>Dolmetschen braucht beide Sprachen: die Sprache der einen Person und die der anderen.</translation>
    </message>
    <message>
        <source>The source and target languages are the same (%1).</source>
        <translation>Ausgangs- und Zielsprache sind gleich (%1).</translation>
    </message>
    <message>
        <source>%1 translates into one language only: everything will be translated into %2, not both ways. Choose a general model to interpret between two people.</source>
        <translation>%1 übersetzt nur in eine Sprache: alles wird nach %2 übersetzt, nicht in beide Richtungen. Wählen Sie ein allgemeines Modell, um zwischen zwei Personen zu dolmetschen.</translation>
    </message>
    <message>
        <source>%1 takes no instructions: the names and terms to keep were not sent.</source>
        <translation>%1 nimmt keine Anweisungen an: die zu erhaltenden Namen und Begriffe wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 takes no system instruction; yours was not sent.</source>
        <translation>%1 nimmt keine Systemanweisung an; Ihre wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 neither translates nor takes instructions: it will answer rather than translate.</source>
        <translation>%1 übersetzt nicht und nimmt keine Anweisungen an: es wird antworten statt zu übersetzen.</translation>
    </message>
    <message>
        <source>%1 takes spoken audio only; typed text is not sent.</source>
        <translation>%1 nimmt nur gesprochene Audioeingaben an; getippter Text wird nicht gesendet.</translation>
    </message>
    <message>
        <source>pactl could not be started (install pulseaudio-utils)</source>
        <translation>pactl konnte nicht gestartet werden (installieren Sie pulseaudio-utils)</translation>
    </message>
    <message>
        <source>pactl %1 did not answer within %2 s</source>
        <translation>pactl %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>--listen app:NAME needs the application&apos;s name, e.g. app:firefox</source>
        <translation>--listen app:NAME braucht den Namen der Anwendung, z. B. app:firefox</translation>
    </message>
    <message>
        <source>--listen expects system, app:NAME or mic, not &quot;%1&quot;</source>
        <translation>--listen erwartet system, app:NAME oder mic, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AboutText</name>
    <message>
        <source>Application framework, audio and camera devices, interface</source>
        <translation>Anwendungsgerüst, Audio- und Kamerageräte, Oberfläche</translation>
    </message>
    <message>
        <source>Resizing and JPEG encoding of camera and screen frames</source>
        <translation>Skalierung und JPEG-Kodierung von Kamera- und Bildschirmbildern</translation>
    </message>
    <message>
        <source>Echo cancellation, noise suppression and gain control</source>
        <translation>Echounterdrückung, Rauschunterdrückung und Pegelregelung</translation>
    </message>
    <message>
        <source>Sample-rate conversion</source>
        <translation>Abtastratenwandlung</translation>
    </message>
    <message>
        <source>Speech rate without a change of pitch</source>
        <translation>Sprechtempo ohne Änderung der Tonhöhe</translation>
    </message>
    <message>
        <source>Opus audio codec for recordings</source>
        <translation>Opus-Audiocodec für Aufnahmen</translation>
    </message>
    <message>
        <source>Ogg Opus files for recordings</source>
        <translation>Ogg-Opus-Dateien für Aufnahmen</translation>
    </message>
    <message>
        <source>Speech for the offline demo</source>
        <translation>Sprache für die Offline-Demo</translation>
    </message>
    <message>
        <source>Keeps the API key in the system keychain</source>
        <translation>Bewahrt den API-Schlüssel im Schlüsselbund des Systems auf</translation>
    </message>
    <message>
        <source>Echo cancellation and noise suppression</source>
        <translation>Echo- und Rauschunterdrückung</translation>
    </message>
    <message>
        <source>Adjustable speech rate</source>
        <translation>Einstellbares Sprechtempo</translation>
    </message>
    <message>
        <source>Recording conversations as Ogg Opus</source>
        <translation>Gespräche als Ogg Opus aufnehmen</translation>
    </message>
    <message>
        <source>Spoken answers in the offline demo</source>
        <translation>Gesprochene Antworten in der Offline-Demo</translation>
    </message>
    <message>
        <source>API key in the system keychain</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Video files as a frame source</source>
        <translation>Videodateien als Bildquelle</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppController</name>
    <message>
        <source>The offline demo could not start</source>
        <translation>Die Offline-Demo konnte nicht starten</translation>
    </message>
    <message>
        <source>No token server</source>
        <translation>Kein Token-Server</translation>
    </message>
    <message>
        <source>Enter the address of your token server in the settings.</source>
        <translation>Geben Sie die Adresse Ihres Token-Servers in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>No token from the token server</source>
        <translation>Kein Token vom Token-Server</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Enter a Vertex AI access token or express-mode API key in the settings.</source>
        <translation>Geben Sie in den Einstellungen ein Vertex-AI-Zugriffstoken oder einen Express-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter your Gemini API key in the settings, or try the offline demo.</source>
        <translation>Geben Sie Ihren Gemini-API-Schlüssel in den Einstellungen ein, oder probieren Sie die Offline-Demo aus.</translation>
    </message>
    <message>
        <source>These settings cannot work</source>
        <translation>Diese Einstellungen können nicht funktionieren</translation>
    </message>
    <message>
        <source>The tools could not be loaded</source>
        <translation>Die Werkzeuge konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Timer: %1</translation>
    </message>
    <message>
        <source>The chosen device could not be opened.</source>
        <translation>Das gewählte Gerät konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Your saved modes could not be read: %1</source>
        <translation>Ihre gespeicherten Modi konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>Aufnahme gespeichert: %1</translation>
    </message>
    <message>
        <source>The history cannot be saved: %1</source>
        <translation>Der Verlauf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to 36500 days.</source>
        <translation>Gespräche 0 (für immer) bis 36500 Tage aufbewahren.</translation>
    </message>
    <message>
        <source>This conversation is not saved in the history: %1</source>
        <translation>Dieses Gespräch wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Start a conversation to record it.</source>
        <translation>Starten Sie ein Gespräch, um es aufzunehmen.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>The model has not answered for %n second(s).</source>
        <translation>
            <numerusform>Das Modell hat seit %n Sekunde nicht geantwortet.</numerusform>
            <numerusform>Das Modell hat seit %n Sekunden nicht geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to ask again.</source>
        <translation>Es gibt nichts, was erneut gefragt werden könnte.</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Offline-Demo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The history is not damaged.</source>
        <translation>Der Verlauf ist nicht beschädigt.</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1, but a new one cannot be started: %2</source>
        <translation>Der beschädigte Verlauf wurde nach %1 verschoben, aber ein neuer kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1; a new one was started.</source>
        <translation>Der beschädigte Verlauf wurde nach %1 verschoben; ein neuer wurde begonnen.</translation>
    </message>
    <message>
        <source>The translation listens to the microphone: %1</source>
        <translation>Die Übersetzung verwendet das Mikrofon: %1</translation>
    </message>
    <message>
        <source>The events or metrics file cannot be written</source>
        <translation>Die Ereignis- oder Messwertdatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppSettings</name>
    <message>
        <source>The settings file %1 could not be read, so LiveDesk uses its defaults. The file was left as it is; fix or remove it to get your settings back.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden, daher verwendet LiveDesk die Standardwerte. Die Datei wurde unverändert gelassen; korrigieren oder entfernen Sie sie, um Ihre Einstellungen zurückzubekommen.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or written; changes will not be kept.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen oder geschrieben werden; Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>These settings in %1 had values LiveDesk cannot use and were ignored (their defaults apply until you change them): %2.</source>
        <translation>Diese Einstellungen in %1 hatten Werte, die LiveDesk nicht verwenden kann, und wurden ignoriert (bis Sie sie ändern, gelten ihre Standardwerte): %2.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ChoiceText</name>
    <message>
        <source>Bright</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Upbeat</source>
        <translation>Beschwingt</translation>
    </message>
    <message>
        <source>Informative</source>
        <translation>Informativ</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Bestimmt</translation>
    </message>
    <message>
        <source>Excitable</source>
        <translation>Lebhaft erregt</translation>
    </message>
    <message>
        <source>Youthful</source>
        <translation>Jugendlich</translation>
    </message>
    <message>
        <source>Breezy</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>Easy-going</source>
        <translation>Gelassen</translation>
    </message>
    <message>
        <source>Breathy</source>
        <translation>Hauchig</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Gravelly</source>
        <translation>Rau</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Leise</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Reif</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Freundlich</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>Lässig</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Behutsam</translation>
    </message>
    <message>
        <source>Lively</source>
        <translation>Lebendig</translation>
    </message>
    <message>
        <source>Knowledgeable</source>
        <translation>Kenntnisreich</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Default (Puck)</source>
        <translation>Standard (Puck)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The model answers in the language you speak</source>
        <translation>Das Modell antwortet in der Sprache, die Sie sprechen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Cli</name>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>Ein Sprach- und Videoassistent für den Desktop, für die Gemini Live API.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Conversation</name>
    <message>
        <source>Reconnected</source>
        <translation>Wieder verbunden</translation>
    </message>
    <message numerus="yes">
        <source>Context restored from the last %n turn(s): the model no longer remembers what it heard or saw before.</source>
        <translation>
            <numerusform>Kontext aus dem letzten Wortwechsel wiederhergestellt: das Modell erinnert sich nicht mehr an das, was es vorher gehört oder gesehen hat.</numerusform>
            <numerusform>Kontext aus den letzten %n Wortwechseln wiederhergestellt: das Modell erinnert sich nicht mehr an das, was es vorher gehört oder gesehen hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::app::DeviceModel</name>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Bildschirm %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Hauptbildschirm</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ErrorText</name>
    <message>
        <source>close code %1</source>
        <translation>Close-Code %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>Check that the key is complete and belongs to a project with the Gemini API enabled, then enter it again.</source>
        <translation>Prüfen Sie, ob der Schlüssel vollständig ist und zu einem Projekt mit aktivierter Gemini API gehört, und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Usage limit reached</source>
        <translation>Nutzungslimit erreicht</translation>
    </message>
    <message>
        <source>Your project has used its quota or has too many conversations open. Try again in a few minutes.</source>
        <translation>Ihr Projekt hat sein Kontingent aufgebraucht oder zu viele Gespräche offen. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>Das Modell ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The service does not offer this model for live conversations. Choose another model.</source>
        <translation>Der Dienst bietet dieses Modell nicht für Live-Gespräche an. Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The service does not offer “%1” for live conversations. Choose another model.</source>
        <translation>Der Dienst bietet „%1“ nicht für Live-Gespräche an. Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The settings were not accepted</source>
        <translation>Die Einstellungen wurden nicht akzeptiert</translation>
    </message>
    <message>
        <source>The service refused this combination of settings. Check the model and its options.</source>
        <translation>Der Dienst hat diese Kombination von Einstellungen abgelehnt. Prüfen Sie das Modell und seine Optionen.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>LiveDesk cannot reach the service. Check your internet connection and try again.</source>
        <translation>LiveDesk erreicht den Dienst nicht. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service had a problem</source>
        <translation>Beim Dienst ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>The conversation ended on the service&apos;s side. Start it again.</source>
        <translation>Der Dienst hat das Gespräch beendet. Starten Sie es erneut.</translation>
    </message>
    <message>
        <source>The service refused the conversation</source>
        <translation>Der Dienst hat das Gespräch abgelehnt</translation>
    </message>
    <message>
        <source>This may be a regional restriction or a content policy. The details below say what the service reported.</source>
        <translation>Das kann an einer regionalen Einschränkung oder einer Inhaltsrichtlinie liegen. Die Details unten zeigen, was der Dienst gemeldet hat.</translation>
    </message>
    <message>
        <source>The service did not answer</source>
        <translation>Der Dienst hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The conversation could not start in time. Try again.</source>
        <translation>Das Gespräch konnte nicht rechtzeitig starten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A message from the service was skipped</source>
        <translation>Eine Nachricht des Dienstes wurde übersprungen</translation>
    </message>
    <message>
        <source>The conversation goes on.</source>
        <translation>Das Gespräch geht weiter.</translation>
    </message>
    <message>
        <source>The microphone is silent</source>
        <translation>Das Mikrofon ist stumm</translation>
    </message>
    <message>
        <source>No sound arrives from the microphone. It may be muted in the system or unplugged; choose another one if needed.</source>
        <translation>Vom Mikrofon kommt kein Ton. Es ist vielleicht im System stummgeschaltet oder nicht angeschlossen; wählen Sie bei Bedarf ein anderes.</translation>
    </message>
    <message>
        <source>Microphone disconnected</source>
        <translation>Mikrofon getrennt</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default microphone.</source>
        <translation>LiveDesk ist auf das Standardmikrofon des Systems umgestiegen.</translation>
    </message>
    <message>
        <source>Speaker disconnected</source>
        <translation>Lautsprecher getrennt</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default speaker.</source>
        <translation>LiveDesk ist auf den Standardlautsprecher des Systems umgestiegen.</translation>
    </message>
    <message>
        <source>The microphone could not be used</source>
        <translation>Das Mikrofon konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>Choose another microphone.</source>
        <translation>Wählen Sie ein anderes Mikrofon.</translation>
    </message>
    <message>
        <source>The speaker could not be used</source>
        <translation>Der Lautsprecher konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>Choose another speaker.</source>
        <translation>Wählen Sie einen anderen Lautsprecher.</translation>
    </message>
    <message>
        <source>Echo cancellation is not available</source>
        <translation>Echounterdrückung ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Use headphones so the model does not hear itself.</source>
        <translation>Verwenden Sie Kopfhörer, damit das Modell sich nicht selbst hört.</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed</source>
        <translation>Das Sprechtempo kann nicht geändert werden</translation>
    </message>
    <message>
        <source>The model speaks at its normal rate.</source>
        <translation>Das Modell spricht in normalem Tempo.</translation>
    </message>
    <message>
        <source>Some microphone audio was lost</source>
        <translation>Etwas Mikrofonaudio ging verloren</translation>
    </message>
    <message>
        <source>The computer was too busy for a moment.</source>
        <translation>Der Computer war kurz überlastet.</translation>
    </message>
    <message>
        <source>No microphone or speaker</source>
        <translation>Kein Mikrofon oder Lautsprecher</translation>
    </message>
    <message>
        <source>LiveDesk could not open any audio device. Connect one or choose another.</source>
        <translation>LiveDesk konnte kein Audiogerät öffnen. Schließen Sie eines an oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The camera could not be shared</source>
        <translation>Die Kamera konnte nicht geteilt werden</translation>
    </message>
    <message>
        <source>The screen could not be shared</source>
        <translation>Der Bildschirm konnte nicht geteilt werden</translation>
    </message>
    <message>
        <source>Enter key</source>
        <translation>Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <source>Choose a microphone</source>
        <translation>Mikrofon wählen</translation>
    </message>
    <message>
        <source>Choose a speaker</source>
        <translation>Lautsprecher wählen</translation>
    </message>
    <message>
        <source>Choose a camera</source>
        <translation>Kamera wählen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryListModel</name>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Gespräch ohne Titel</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistorySessionModel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>Öffnen Sie zuerst ein Gespräch.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation>Unbekanntes Exportformat: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ %1 US$</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryStore</name>
    <message>
        <source>The history needs Qt&apos;s SQLite driver, which is not installed (Debian: libqt6sql6-sqlite).</source>
        <translation>Der Verlauf braucht den SQLite-Treiber von Qt, der nicht installiert ist (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history database %1 is a folder.</source>
        <translation>Die Verlaufsdatenbank %1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>Der Ordner %1 für den Verlauf kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (not SQLite); it was left untouched.</source>
        <translation>%1 ist keine LiveDesk-Verlaufsdatenbank (kein SQLite); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 ist keine brauchbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer LiveDesk (schema %2); this one reads schema %3. It was left untouched.</source>
        <translation>Der Verlauf %1 wurde von einem neueren LiveDesk geschrieben (Schema %2); dieses liest Schema %3. Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a LiveDesk history; it was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein LiveDesk-Verlauf; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging: %2</source>
        <translation>Der Verlauf %1 kann nicht auf Write-Ahead-Logging umgestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot set up the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>The SQLite library in use has no full-text search (FTS5): history search finds exact text only, without ranking.</source>
        <translation>Die verwendete SQLite-Bibliothek hat keine Volltextsuche (FTS5): die Suche im Verlauf findet nur genauen Text, ohne Rangfolge.</translation>
    </message>
    <message>
        <source>Cannot add the session to the history: %1</source>
        <translation>Die Sitzung kann nicht zum Verlauf hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Cannot save to the history: %1</source>
        <translation>Speichern im Verlauf nicht möglich: %1</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>keine Sitzung %1</translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation>Löschen aus dem Verlauf nicht möglich: %1</translation>
    </message>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation>Im Verlauf gibt es keine Sitzung %1.</translation>
    </message>
    <message>
        <source>The retention must be 0 (keep everything) or a number of days.</source>
        <translation>Die Aufbewahrung muss 0 (alles behalten) oder eine Anzahl von Tagen sein.</translation>
    </message>
    <message>
        <source>Cannot apply the retention: %1</source>
        <translation>Die Aufbewahrungsfrist kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (it has no LiveDesk tables); it was left untouched.</source>
        <translation>%1 ist keine LiveDesk-Verlaufsdatenbank (sie enthält keine LiveDesk-Tabellen); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>There is no history at %1 to move aside.</source>
        <translation>Unter %1 gibt es keinen Verlauf, der beiseitegelegt werden könnte.</translation>
    </message>
    <message>
        <source>Cannot move the history %1 aside to %2.</source>
        <translation>Der Verlauf %1 kann nicht nach %2 beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ListenSourceModel</name>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Everything the computer plays</source>
        <translation>Alles, was der Computer abspielt</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeListModel</name>
    <message>
        <source>Give the mode a name.</source>
        <translation>Geben Sie dem Modus einen Namen.</translation>
    </message>
    <message>
        <source>Unknown kind of mode: %1</source>
        <translation>Unbekannte Art von Modus: %1</translation>
    </message>
    <message>
        <source>Choose the language to translate into.</source>
        <translation>Wählen Sie die Zielsprache.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModePreset</name>
    <message>
        <source>A mode needs a name.</source>
        <translation>Ein Modus braucht einen Namen.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; has no kind (assistant, visual-help, translator or interpreter).</source>
        <translation>Der Modus „%1“ hat keine Art (assistant, visual-help, translator oder interpreter).</translation>
    </message>
    <message>
        <source>The level of the original must be between -60 and 0 dB (got %1).</source>
        <translation>Der Pegel des Originals muss zwischen -60 und 0 dB liegen (erhalten: %1).</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeStore</name>
    <message>
        <source>Cannot read the modes file %1: %2</source>
        <translation>Die Modusdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The modes file %1 is not valid: %2</source>
        <translation>Die Modusdatei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the modes file %1: %2</source>
        <translation>Die Modusdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A mode needs a name with letters or digits.</source>
        <translation>Ein Modus braucht einen Namen mit Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in mode; save yours under another name.</source>
        <translation>„%1“ ist ein eingebauter Modus; speichern Sie Ihren unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>version: expected 1</source>
        <translation>version: 1 erwartet</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: unbekannter Schlüssel „%2“</translation>
    </message>
    <message>
        <source>%1.kind: &quot;%2&quot; is not one of assistant, visual-help, translator, interpreter</source>
        <translation>%1.kind: „%2“ ist keiner von assistant, visual-help, translator, interpreter</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelListModel</name>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>emotionaler Dialog</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>proaktives Audio</translation>
    </message>
    <message>
        <source>background tools</source>
        <translation>Hintergrundwerkzeuge</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>abgekündigt</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelNotice</name>
    <message>
        <source>%1 has been retired by the service and no longer answers; use %2.</source>
        <translation>%1 wurde vom Dienst eingestellt und antwortet nicht mehr; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>This model is being shut down</source>
        <translation>Dieses Modell wird abgeschaltet</translation>
    </message>
    <message>
        <source>This model is a legacy model</source>
        <translation>Dieses Modell ist veraltet</translation>
    </message>
    <message>
        <source>This model has been retired</source>
        <translation>Dieses Modell wurde eingestellt</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Pages</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>livedesk::app::PulseRoutes</name>
    <message>
        <source>no PulseAudio server answers (pactl info failed)</source>
        <translation>kein PulseAudio-Server antwortet (pactl info fehlgeschlagen)</translation>
    </message>
    <message>
        <source>no PulseAudio server: %1</source>
        <translation>kein PulseAudio-Server: %1</translation>
    </message>
    <message>
        <source>PulseAudio could not load %1: %2</source>
        <translation>PulseAudio konnte %1 nicht laden: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>another LiveDesk is already listening to the computer (the PulseAudio sink %1 exists)</source>
        <translation>ein anderes LiveDesk hört bereits, was der Computer abspielt (die PulseAudio-Senke %1 existiert)</translation>
    </message>
    <message>
        <source>there is no output device to listen to</source>
        <translation>es gibt kein Ausgabegerät zum Mithören</translation>
    </message>
    <message>
        <source>PulseAudio did not accept %1 as the default sink: %2</source>
        <translation>PulseAudio hat %1 nicht als Standardsenke angenommen: %2</translation>
    </message>
    <message>
        <source>another LiveDesk already has the virtual microphone &quot;%1&quot;</source>
        <translation>ein anderes LiveDesk hat bereits das virtuelle Mikrofon „%1“</translation>
    </message>
    <message>
        <source>PulseAudio loaded the loopback %1 but it has no streams</source>
        <translation>PulseAudio hat die Schleife %1 geladen, aber sie hat keine Datenströme</translation>
    </message>
</context>
<context>
    <name>livedesk::app::RecordingController</name>
    <message>
        <source>Cannot create the folder for the recording %1.</source>
        <translation>Der Ordner für die Aufnahme %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>LiveDesk conversation, %1</source>
        <translation>LiveDesk-Gespräch, %1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SecretStore</name>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>No key saved yet.</source>
        <translation>Noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept until you quit and is not saved.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Schlüssel gilt bis zum Beenden und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available: a key you enter is kept until you quit and is not saved.</source>
        <translation>Kein Schlüsselbund verfügbar: Ein eingegebener Schlüssel gilt bis zum Beenden und wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SettingsText</name>
    <message>
        <source>A project ID has 6 to 30 lower-case letters, digits or hyphens and starts with a letter.</source>
        <translation>Eine Projekt-ID hat 6 bis 30 Kleinbuchstaben, Ziffern oder Bindestriche und beginnt mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Enter a location such as us-central1, europe-west4 or global.</source>
        <translation>Geben Sie einen Standort ein, z. B. us-central1, europe-west4 oder global.</translation>
    </message>
    <message>
        <source>“%1” is not one of the prebuilt voices.</source>
        <translation>„%1“ ist keine der vordefinierten Stimmen.</translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation>Die Anweisung ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>“%1” is not a tool name.</source>
        <translation>„%1“ ist kein Werkzeugname.</translation>
    </message>
    <message>
        <source>This is not a device ID.</source>
        <translation>Das ist keine Geräte-ID.</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>Es gibt keine Einstellung namens „%1“.</translation>
    </message>
    <message>
        <source>Expected on or off.</source>
        <translation>Erwartet: ein oder aus.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>Geben Sie einen Wert von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Text erwartet.</translation>
    </message>
    <message>
        <source>Enter a URL such as wss://example.com or ws://127.0.0.1:8765.</source>
        <translation>Geben Sie eine URL ein, z. B. wss://example.com oder ws://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Enter a URL such as https://example.com/token.</source>
        <translation>Geben Sie eine URL ein, z. B. https://example.com/token.</translation>
    </message>
    <message>
        <source>A model name has letters, digits, dots, dashes or slashes, such as gemini-live-2.5-flash-preview.</source>
        <translation>Ein Modellname besteht aus Buchstaben, Ziffern, Punkten, Bindestrichen oder Schrägstrichen, z. B. gemini-live-2.5-flash-preview.</translation>
    </message>
    <message>
        <source>Enter a language code such as en-US, de-DE or ja-JP.</source>
        <translation>Geben Sie einen Sprachcode ein, z. B. en-US, de-DE oder ja-JP.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a mode.</source>
        <translation>„%1“ ist nicht der Name eines Modus.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file “%1” is too large (more than %2 MB).</source>
        <translation>Die Datei „%1“ ist zu groß (mehr als %2 MB).</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at %3.</source>
        <translation>„%1“ ist kein gültiges JSON: %2 in %3.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1”, server “%2”: %3</source>
        <translation>„%1“, Server „%2“: %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>“%1” is not mic, system or app:NAME.</source>
        <translation>„%1“ ist weder mic noch system noch app:NAME.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TokenServerClient</name>
    <message>
        <source>The token server %1 could not be reached: %2</source>
        <translation>Der Token-Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The token server answered HTTP %1.</source>
        <translation>Der Token-Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>The token server&apos;s answer contains no token.</source>
        <translation>Die Antwort des Token-Servers enthält kein Token.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolCallModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Built into LiveDesk</source>
        <translation>In LiveDesk eingebaut</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolConfirmation</name>
    <message>
        <source>Built into LiveDesk</source>
        <translation>In LiveDesk eingebaut</translation>
    </message>
    <message>
        <source>Your tools file: %1</source>
        <translation>Ihre Werkzeugdatei: %1</translation>
    </message>
    <message>
        <source>MCP server “%1”</source>
        <translation>MCP-Server „%1“</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Transcript</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> (unterbrochen)</translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation>Werkzeug %1: %2</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TrayIcon</name>
    <message>
        <source>Quit LiveDesk</source>
        <translation>LiveDesk beenden</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Fenster ausblenden</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Gespräch starten</translation>
    </message>
    <message>
        <source>End my turn</source>
        <translation>Redebeitrag beenden</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Mikrofon stummschalten</translation>
    </message>
    <message>
        <source>LiveDesk: conversation running</source>
        <translation>LiveDesk: Gespräch läuft</translation>
    </message>
</context>
<context>
    <name>livedesk::app::VideoControl</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Whole screen %1 (primary)</source>
        <translation>Ganzer Bildschirm %1 (Hauptbildschirm)</translation>
    </message>
    <message>
        <source>Whole screen %1</source>
        <translation>Ganzer Bildschirm %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>livedesk::audio</name>
    <message>
        <source>the device could not be opened (in use, or gone)</source>
        <translation>das Gerät konnte nicht geöffnet werden (belegt oder nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>reading or writing failed</source>
        <translation>Lesen oder Schreiben ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>audio arrived too late</source>
        <translation>Audio kam zu spät</translation>
    </message>
    <message>
        <source>the audio system failed (is the sound server running?)</source>
        <translation>das Audiosystem ist ausgefallen (läuft der Soundserver?)</translation>
    </message>
    <message>
        <source>unknown error %1</source>
        <translation>unbekannter Fehler %1</translation>
    </message>
    <message>
        <source>Could not open the microphone “%1”: %2</source>
        <translation>Das Mikrofon „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The microphone “%1” stopped: %2</source>
        <translation>Das Mikrofon „%1“ hat aufgehört: %2</translation>
    </message>
    <message>
        <source>Could not open the speaker “%1”: %2</source>
        <translation>Der Lautsprecher „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The speaker “%1” stopped: %2</source>
        <translation>Der Lautsprecher „%1“ hat aufgehört: %2</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed: LiveDesk was built without the sonic library.</source>
        <translation>Das Sprechtempo kann nicht geändert werden: LiveDesk wurde ohne die Bibliothek sonic gebaut.</translation>
    </message>
    <message>
        <source>Echo cancellation is unavailable: LiveDesk was built without the WebRTC audio processing library. Use headphones so the assistant does not hear itself.</source>
        <translation>Echounterdrückung ist nicht verfügbar: LiveDesk wurde ohne die WebRTC-Audioverarbeitung gebaut. Verwenden Sie Kopfhörer, damit der Assistent sich nicht selbst hört.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioEngine</name>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (erhalten: %4).</translation>
    </message>
    <message>
        <source>The chunk duration must be a multiple of 10 ms between 10 and 1000 ms (got %1 ms).</source>
        <translation>Die Blockdauer muss ein Vielfaches von 10 ms zwischen 10 und 1000 ms sein (erhalten: %1 ms).</translation>
    </message>
    <message>
        <source>The speech rate</source>
        <translation>Das Sprechtempo</translation>
    </message>
    <message>
        <source>The playback prebuffer (ms)</source>
        <translation>Der Wiedergabepuffer (ms)</translation>
    </message>
    <message>
        <source>The largest jitter buffer (ms)</source>
        <translation>Der größte Jitter-Puffer (ms)</translation>
    </message>
    <message>
        <source>The flush fade (ms)</source>
        <translation>Das Ausblenden beim Leeren (ms)</translation>
    </message>
    <message>
        <source>The minimum speech duration (ms)</source>
        <translation>Die Mindestsprechdauer (ms)</translation>
    </message>
    <message>
        <source>The end-of-speech silence (ms)</source>
        <translation>Die Stille am Sprechende (ms)</translation>
    </message>
    <message>
        <source>The pre-roll (ms)</source>
        <translation>Der Vorlauf (ms)</translation>
    </message>
    <message>
        <source>The barge-in confirmation window (ms)</source>
        <translation>Das Bestätigungsfenster beim Ins-Wort-Fallen (ms)</translation>
    </message>
    <message>
        <source>The ducking gain (dB)</source>
        <translation>Die Absenkung (dB)</translation>
    </message>
    <message>
        <source>The input buffer (ms)</source>
        <translation>Der Eingangspuffer (ms)</translation>
    </message>
    <message>
        <source>The output buffer (ms)</source>
        <translation>Der Ausgangspuffer (ms)</translation>
    </message>
    <message>
        <source>The no-signal warning delay (ms)</source>
        <translation>Die Verzögerung der Stummwarnung (ms)</translation>
    </message>
    <message>
        <source>The audio engine needs a microphone, a speaker, or both.</source>
        <translation>Die Audio-Engine braucht ein Mikrofon, einen Lautsprecher oder beides.</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected; using “%1”.</source>
        <translation>Das gewählte Mikrofon ist nicht angeschlossen; verwende „%1“.</translation>
    </message>
    <message>
        <source>The chosen speaker is not connected; using “%1”.</source>
        <translation>Der gewählte Lautsprecher ist nicht angeschlossen; verwende „%1“.</translation>
    </message>
    <message>
        <source>No audio device could be opened.</source>
        <translation>Kein Audiogerät konnte geöffnet werden.</translation>
    </message>
    <message>
        <source>There is no microphone. Connect one, or check the system&apos;s sound settings.</source>
        <translation>Es gibt kein Mikrofon. Schließen Sie eines an oder prüfen Sie die Toneinstellungen des Systems.</translation>
    </message>
    <message>
        <source>There is no speaker or headphone output. Connect one, or check the system&apos;s sound settings.</source>
        <translation>Es gibt keinen Lautsprecher- oder Kopfhörerausgang. Schließen Sie einen an oder prüfen Sie die Toneinstellungen des Systems.</translation>
    </message>
    <message>
        <source>The microphone “%1” was disconnected; using “%2” instead.</source>
        <translation>Das Mikrofon „%1“ wurde getrennt; stattdessen wird „%2“ verwendet.</translation>
    </message>
    <message>
        <source>The speaker “%1” was disconnected; using “%2” instead.</source>
        <translation>Der Lautsprecher „%1“ wurde getrennt; stattdessen wird „%2“ verwendet.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioProcessor</name>
    <message>
        <source>The computer is too busy: %1 ms of microphone audio were lost.</source>
        <translation>Der Computer ist überlastet: %1 ms Mikrofonaudio gingen verloren.</translation>
    </message>
    <message>
        <source>No sound from the microphone: it delivers only silence. Check that it is not muted in the system settings and that the right input is selected.</source>
        <translation>Kein Ton vom Mikrofon: Es liefert nur Stille. Prüfen Sie, ob es in den Systemeinstellungen stummgeschaltet ist und der richtige Eingang gewählt ist.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioRecorder</name>
    <message>
        <source>Recording is unavailable: LiveDesk was built without the libopusenc library.</source>
        <translation>Aufnahme nicht verfügbar: LiveDesk wurde ohne die Bibliothek libopusenc gebaut.</translation>
    </message>
    <message>
        <source>A recording is already running (%1).</source>
        <translation>Es läuft bereits eine Aufnahme (%1).</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::RecordingWriter</name>
    <message>
        <source>Cannot create the recording %1: %2</source>
        <translation>Die Aufnahme %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot start the Opus encoder: %1</source>
        <translation>Der Opus-Encoder kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the recording %1: %2</source>
        <translation>Die Aufnahme %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing the recording %1 failed: %2</source>
        <translation>Schreiben der Aufnahme %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Finishing the recording %1 failed: %2</source>
        <translation>Abschließen der Aufnahme %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>livedesk::session</name>
    <message>
        <source>No credential: Vertex AI needs an access token (or an express-mode API key).</source>
        <translation>Keine Anmeldedaten: Vertex AI braucht ein Zugriffstoken (oder einen Express-API-Schlüssel).</translation>
    </message>
    <message>
        <source>No API key: pass one, or set GEMINI_API_KEY.</source>
        <translation>Kein API-Schlüssel: Geben Sie einen an oder setzen Sie GEMINI_API_KEY.</translation>
    </message>
    <message>
        <source>Vertex AI with an access token needs a project and a location.</source>
        <translation>Vertex AI mit Zugriffstoken braucht ein Projekt und einen Standort.</translation>
    </message>
    <message>
        <source>Ephemeral tokens exist only on the Gemini API, not on Vertex AI.</source>
        <translation>Kurzlebige Tokens gibt es nur bei der Gemini API, nicht bei Vertex AI.</translation>
    </message>
    <message>
        <source>The endpoint is not a valid URL.</source>
        <translation>Der Endpunkt ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The endpoint must be a ws://, wss://, http:// or https:// URL.</source>
        <translation>Der Endpunkt muss eine ws://-, wss://-, http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>%1 does not support %2; the field was not sent.</source>
        <translation>%1 unterstützt %2 nicht; das Feld wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Transparent resumption exists only on Vertex AI; the field was not sent.</source>
        <translation>Transparente Wiederaufnahme gibt es nur bei Vertex AI; das Feld wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Explicit VAD signals exist only on Vertex AI; the field was not sent.</source>
        <translation>Explizite VAD-Signale gibt es nur bei Vertex AI; das Feld wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 is not in the model table: the setup is sent unchecked. If the session never starts, remove optional features.</source>
        <translation>%1 steht nicht in der Modelltabelle: Das Setup wird ungeprüft gesendet. Startet die Sitzung nie, entfernen Sie optionale Funktionen.</translation>
    </message>
    <message>
        <source>%1 is listed for %2 only; the service may not know it.</source>
        <translation>%1 ist nur für %2 gelistet; der Dienst kennt es möglicherweise nicht.</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>die Gemini API</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>%1 cannot answer with %2; the modality was not requested.</source>
        <translation>%1 kann nicht mit %2 antworten; die Modalität wurde nicht angefordert.</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>emotionaler Dialog</translation>
    </message>
    <message>
        <source>%1 always uses affective dialog; the field was not sent.</source>
        <translation>%1 verwendet immer emotionalen Dialog; das Feld wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>a thinking configuration</source>
        <translation>eine Denkkonfiguration</translation>
    </message>
    <message>
        <source>%1 takes a thinking budget, not a thinking level; the level was not sent.</source>
        <translation>%1 nimmt ein Denkbudget, keine Denkstufe; die Stufe wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 takes a thinking level, not a thinking budget; the budget was not sent.</source>
        <translation>%1 nimmt eine Denkstufe, kein Denkbudget; das Budget wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>speech translation</source>
        <translation>Sprachübersetzung</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>proaktives Audio</translation>
    </message>
    <message>
        <source>%1 always uses proactive audio and rejects the setting; the field was not sent.</source>
        <translation>%1 verwendet immer proaktives Audio und lehnt die Einstellung ab; das Feld wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>input transcription</source>
        <translation>Eingabetranskription</translation>
    </message>
    <message>
        <source>output transcription</source>
        <translation>Ausgabetranskription</translation>
    </message>
    <message>
        <source>system instructions</source>
        <translation>Systemanweisungen</translation>
    </message>
    <message>
        <source>function calling</source>
        <translation>Funktionsaufrufe</translation>
    </message>
    <message>
        <source>%1 has no asynchronous (NON_BLOCKING) functions; %2 runs as a blocking call.</source>
        <translation>%1 hat keine asynchronen (NON_BLOCKING) Funktionen; %2 läuft als blockierender Aufruf.</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Google-Suche</translation>
    </message>
    <message>
        <source>code execution</source>
        <translation>Codeausführung</translation>
    </message>
    <message>
        <source>URL context</source>
        <translation>URL-Kontext</translation>
    </message>
    <message>
        <source>Google Maps grounding</source>
        <translation>Fundierung mit Google Maps</translation>
    </message>
    <message>
        <source>Authentication failed: check the API key or token</source>
        <translation>Anmeldung fehlgeschlagen: Prüfen Sie den API-Schlüssel oder das Token</translation>
    </message>
    <message>
        <source>The model or the session configuration was rejected</source>
        <translation>Das Modell oder die Sitzungskonfiguration wurde abgelehnt</translation>
    </message>
    <message>
        <source>Quota or rate limit reached: wait and try again</source>
        <translation>Kontingent oder Ratenlimit erreicht: Warten Sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>Der Server hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>The service refused the request for policy reasons</source>
        <translation>Der Dienst hat die Anfrage aus Richtliniengründen abgelehnt</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server sent a message that could not be read</source>
        <translation>Der Server hat eine unlesbare Nachricht gesendet</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>initial history in clientContent</source>
        <translation>anfänglicher Verlauf in clientContent</translation>
    </message>
    <message>
        <source>%1 (its close frame could not be read: %2)</source>
        <translation>%1 (der Close-Frame des Servers war unlesbar: %2)</translation>
    </message>
    <message>
        <source>%1 is deprecated and will be shut down.</source>
        <translation>%1 ist abgekündigt und wird abgeschaltet.</translation>
    </message>
    <message>
        <source>%1 is deprecated since %2 and will be shut down.</source>
        <translation>%1 ist seit %2 abgekündigt und wird abgeschaltet.</translation>
    </message>
    <message>
        <source>%1 is a legacy model.</source>
        <translation>%1 ist ein veraltetes Modell.</translation>
    </message>
    <message>
        <source>%1 is a legacy model since %2.</source>
        <translation>%1 ist seit %2 ein veraltetes Modell.</translation>
    </message>
    <message>
        <source>Use %1 instead.</source>
        <translation>Verwenden Sie stattdessen %1.</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API; LiveDesk connects to %3 instead of %4.</source>
        <translation>%1 bietet %2 nur in der %3-API; LiveDesk verbindet sich daher mit %3 statt mit %4.</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API, and %4 was chosen; the field was not sent.</source>
        <translation>%1 bietet %2 nur in der %3-API, gewählt ist aber %4; das Feld wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 ignores the silence duration and ends turns by its own timing; the field was not sent. For your own timing, let LiveDesk detect the turns (local-voice talk mode).</source>
        <translation>%1 beachtet die Stilledauer nicht und beendet Redebeiträge nach eigenem Zeitmaß; das Feld wurde nicht gesendet. Für Ihr eigenes Zeitmaß lassen Sie LiveDesk die Redebeiträge erkennen (Sprechmodus „lokale Stimme“).</translation>
    </message>
</context>
<context>
    <name>livedesk::session::EphemeralTokenClient</name>
    <message>
        <source>Creating an ephemeral token needs the long-lived API key.</source>
        <translation>Zum Erstellen eines kurzlebigen Tokens wird der dauerhafte API-Schlüssel gebraucht.</translation>
    </message>
    <message>
        <source>The token service did not answer within %1 s.</source>
        <translation>Der Token-Dienst hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The token service answered without an auth_tokens/… name.</source>
        <translation>Der Token-Dienst hat ohne einen auth_tokens/…-Namen geantwortet.</translation>
    </message>
</context>
<context>
    <name>livedesk::session::LiveSession</name>
    <message>
        <source>Network failure: no connection to the server after %1 s</source>
        <translation>Netzwerkfehler: nach %1 s keine Verbindung zum Server</translation>
    </message>
    <message>
        <source>The server did not confirm the setup within %1 s (no setupComplete)</source>
        <translation>Der Server hat das Setup nicht innerhalb von %1 s bestätigt (kein setupComplete)</translation>
    </message>
    <message>
        <source>The setup names no model.</source>
        <translation>Das Setup nennt kein Modell.</translation>
    </message>
    <message>
        <source>the setup is sent by the session itself, once per connection</source>
        <translation>das Setup sendet die Sitzung selbst, einmal pro Verbindung</translation>
    </message>
    <message>
        <source>%1 messages are already waiting for the session to start</source>
        <translation>%1 Nachrichten warten bereits auf den Start der Sitzung</translation>
    </message>
    <message>
        <source>the session is not open (state %1)</source>
        <translation>die Sitzung ist nicht offen (Zustand %1)</translation>
    </message>
    <message>
        <source>A server message could not be read and was skipped: %1</source>
        <translation>Eine Servernachricht war unlesbar und wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>Network failure: the connection dropped without a close frame (1006)</source>
        <translation>Netzwerkfehler: Die Verbindung brach ohne Close-Frame ab (1006)</translation>
    </message>
    <message>
        <source>Network failure: the connection closed during the upgrade</source>
        <translation>Netzwerkfehler: Die Verbindung wurde während des Upgrades geschlossen</translation>
    </message>
    <message>
        <source>The server closed the connection before confirming the setup (close %1%2)</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er das Setup bestätigt hat (Close %1%2)</translation>
    </message>
    <message>
        <source>Network failure: nothing received from the server for %1 s (no pong, no data)</source>
        <translation>Netzwerkfehler: %1 s lang nichts vom Server empfangen (kein Pong, keine Daten)</translation>
    </message>
    <message>
        <source>No endpoint to connect to.</source>
        <translation>Kein Endpunkt zum Verbinden.</translation>
    </message>
    <message>
        <source>No reply arrived; reconnecting to ask again.</source>
        <translation>Keine Antwort erhalten; neue Verbindung, um erneut zu fragen.</translation>
    </message>
    <message>
        <source>The server asked to move to a new connection (goAway).</source>
        <translation>Der Server bat, zu einer neuen Verbindung zu wechseln (goAway).</translation>
    </message>
    <message>
        <source>Protocol error: the server sent content before setupComplete; the connection was dropped</source>
        <translation>Protokollfehler: Der Server hat vor setupComplete Inhalte gesendet; die Verbindung wurde getrennt</translation>
    </message>
    <message>
        <source>Model audio labelled &quot;%1&quot; was skipped: LiveDesk plays audio at %2–%3 Hz (%4 skipped so far)</source>
        <translation>Modell-Audio mit der Kennzeichnung „%1“ wurde übersprungen: LiveDesk spielt Audio mit %2–%3 Hz ab (bisher %4 übersprungen)</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MiB, more than any Live API message needs; the connection was closed (1009)</source>
        <translation>Der Server hat eine Nachricht gesendet, die größer als %1 MiB ist – mehr, als eine Nachricht der Live API braucht; die Verbindung wurde geschlossen (1009)</translation>
    </message>
</context>
<context>
    <name>livedesk::tools::BuiltinTools</name>
    <message>
        <source>LiveDesk timer</source>
        <translation>LiveDesk-Timer</translation>
    </message>
</context>
<context>
    <name>livedesk::video</name>
    <message>
        <source>No file or folder to share was given.</source>
        <translation>Es wurde keine Datei und kein Ordner zum Teilen angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a screen number (0, 1, …).</source>
        <translation>„%1“ ist keine Bildschirmnummer (0, 1, …).</translation>
    </message>
    <message>
        <source>No window to share was given.</source>
        <translation>Es wurde kein Fenster zum Teilen angegeben.</translation>
    </message>
    <message>
        <source>No window has “%1” in its title.</source>
        <translation>Kein Fenster hat „%1“ im Titel.</translation>
    </message>
    <message>
        <source>%1 windows have “%2” in their title; give its id instead.</source>
        <translation>%1 Fenster haben „%2“ im Titel; geben Sie stattdessen die ID an.</translation>
    </message>
    <message>
        <source>No video source was chosen.</source>
        <translation>Es wurde keine Videoquelle gewählt.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::CameraSource</name>
    <message>
        <source>No camera found.</source>
        <translation>Keine Kamera gefunden.</translation>
    </message>
    <message>
        <source>Camera “%1” not found; available: %2.</source>
        <translation>Kamera „%1“ nicht gefunden; verfügbar: %2.</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera access was denied. Allow it in the system&apos;s privacy settings.</source>
        <translation>Der Kamerazugriff wurde verweigert. Erlauben Sie ihn in den Datenschutzeinstellungen des Systems.</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>Die Kamera ist ausgefallen: %1</translation>
    </message>
    <message>
        <source>The camera stopped unexpectedly.</source>
        <translation>Die Kamera hat unerwartet aufgehört.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::FileSource</name>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>The image “%1” cannot be read: %2.</source>
        <translation>Das Bild „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The image “%1” is too large (%2 MB; the limit is %3 MB).</source>
        <translation>Das Bild „%1“ ist zu groß (%2 MB; das Limit ist %3 MB).</translation>
    </message>
    <message>
        <source>“%1” is not an image that can be read (the file is corrupt or in an unsupported format).</source>
        <translation>„%1“ ist kein lesbares Bild (die Datei ist beschädigt oder hat ein nicht unterstütztes Format).</translation>
    </message>
    <message>
        <source>No file or folder was given.</source>
        <translation>Es wurde keine Datei und kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (permission denied).</source>
        <translation>„%1“ kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>The folder “%1” contains no images (looked for %2).</source>
        <translation>Der Ordner „%1“ enthält keine Bilder (gesucht wurde nach %2).</translation>
    </message>
    <message>
        <source>The video “%1” is empty.</source>
        <translation>Das Video „%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a video (the file is corrupt or in a format this build cannot decode).</source>
        <translation>„%1“ ließ sich nicht als Video öffnen (die Datei ist beschädigt oder in einem Format, das dieser Build nicht dekodieren kann).</translation>
    </message>
    <message>
        <source>“%1” contains no video frames that can be decoded.</source>
        <translation>„%1“ enthält keine dekodierbaren Videobilder.</translation>
    </message>
    <message>
        <source>“%1” looks like a video, but this build cannot read video files (OpenCV&apos;s videoio module is missing).</source>
        <translation>„%1“ sieht wie ein Video aus, aber dieser Build kann keine Videodateien lesen (das OpenCV-Modul videoio fehlt).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) in “%1” can be read.</source>
        <translation>
            <numerusform>Das %n Bild in „%1“ kann nicht gelesen werden.</numerusform>
            <numerusform>Keines der %n Bilder in „%1“ kann gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1 of “%2” cannot be decoded (the file is corrupt).</source>
        <translation>Bild %1 von „%2“ kann nicht dekodiert werden (die Datei ist beschädigt).</translation>
    </message>
    <message>
        <source>Frame %1 of “%2” has a pixel format that cannot be shown.</source>
        <translation>Bild %1 von „%2“ hat ein Pixelformat, das nicht angezeigt werden kann.</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>Lesen von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The image “%1” is too large: %2×%3 pixels (the limit is %4 megapixels).</source>
        <translation>Das Bild „%1“ ist zu groß: %2×%3 Pixel (die Grenze liegt bei %4 Megapixeln).</translation>
    </message>
</context>
<context>
    <name>livedesk::video::ScreenSource</name>
    <message>
        <source>Screen capture needs a graphical application; this process has none.</source>
        <translation>Bildschirmaufnahme braucht eine grafische Anwendung; dieser Prozess hat keine.</translation>
    </message>
    <message>
        <source>Window sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Fenster teilen ist unter Wayland noch nicht möglich: Dafür ist das Desktop-Portal (xdg-desktop-portal) nötig, das LiveDesk nicht nutzt. Teilen Sie eine Kamera oder eine Datei, oder melden Sie sich in einer X11-Sitzung an.</translation>
    </message>
    <message>
        <source>Screen sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Bildschirm teilen ist unter Wayland noch nicht möglich: Dafür ist das Desktop-Portal (xdg-desktop-portal) nötig, das LiveDesk nicht nutzt. Teilen Sie eine Kamera oder eine Datei, oder melden Sie sich in einer X11-Sitzung an.</translation>
    </message>
    <message>
        <source>Window sharing is not available: LiveDesk runs through XWayland in a Wayland session, where other windows can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>Fenster teilen ist nicht möglich: LiveDesk läuft über XWayland in einer Wayland-Sitzung, in der andere Fenster nur über das Desktop-Portal lesbar sind, das LiveDesk noch nicht nutzt.</translation>
    </message>
    <message>
        <source>Screen sharing is not available: LiveDesk runs through XWayland in a Wayland session, where the screen can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>Bildschirm teilen ist nicht möglich: LiveDesk läuft über XWayland in einer Wayland-Sitzung, in der der Bildschirm nur über das Desktop-Portal lesbar ist, das LiveDesk noch nicht nutzt.</translation>
    </message>
    <message>
        <source>Screen capture needs a display; this process runs without one (Qt platform “%1”).</source>
        <translation>Bildschirmaufnahme braucht eine Anzeige; dieser Prozess läuft ohne (Qt-Plattform „%1“).</translation>
    </message>
    <message>
        <source>Sharing a single window is only supported on X11 so far; share the screen or a region of it instead.</source>
        <translation>Ein einzelnes Fenster lässt sich bisher nur unter X11 teilen; teilen Sie den Bildschirm oder einen Ausschnitt davon.</translation>
    </message>
    <message>
        <source>Window 0x%1</source>
        <translation>Fenster 0x%1</translation>
    </message>
    <message>
        <source>Primary screen%1</source>
        <translation>Hauptbildschirm%1</translation>
    </message>
    <message>
        <source>Screen %1%2</source>
        <translation>Bildschirm %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Screen %1 not found; there are %n screen(s).</source>
        <translation>
            <numerusform>Bildschirm %1 nicht gefunden; es gibt %n Bildschirm.</numerusform>
            <numerusform>Bildschirm %1 nicht gefunden; es gibt %n Bildschirme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window 0x%1 not found; it may have been closed.</source>
        <translation>Fenster 0x%1 nicht gefunden; es wurde vielleicht geschlossen.</translation>
    </message>
    <message>
        <source>The region %1,%2 %3×%4 lies outside what is shared (%5×%6).</source>
        <translation>Der Bereich %1,%2 %3×%4 liegt außerhalb des geteilten Bereichs (%5×%6).</translation>
    </message>
    <message>
        <source>The shared screen was disconnected.</source>
        <translation>Der geteilte Bildschirm wurde getrennt.</translation>
    </message>
    <message>
        <source>The shared window was closed.</source>
        <translation>Das geteilte Fenster wurde geschlossen.</translation>
    </message>
    <message>
        <source>The platform returned no picture for %1.</source>
        <translation>Die Plattform hat kein Bild für %1 geliefert.</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11.</source>
        <translation>Fenster lassen sich nur unter X11 auflisten.</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11, and this build has no xcb support.</source>
        <translation>Fenster lassen sich nur unter X11 auflisten, und dieser Build hat keine xcb-Unterstützung.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::VideoSettings</name>
    <message>
        <source>The frame rate must be above 0 and at most 1 frame per second (got %1).</source>
        <translation>Die Bildrate muss über 0 und höchstens 1 Bild pro Sekunde sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The idle frame rate must be above 0 (got %1).</source>
        <translation>Die Bildrate im Leerlauf muss über 0 sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100 (got %1).</source>
        <translation>Die JPEG-Qualität muss zwischen 1 und 100 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The longest side must be between %1 and %2 pixels (got %3).</source>
        <translation>Die längste Seite muss zwischen %1 und %2 Pixeln liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>The keep-alive interval cannot be negative (got %1 ms).</source>
        <translation>Das Keep-alive-Intervall darf nicht negativ sein (erhalten: %1 ms).</translation>
    </message>
</context>
</TS>
