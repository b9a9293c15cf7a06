<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LiveDesk</source>
        <translation>À propos de LiveDesk</translation>
    </message>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>Un assistant vocal et vidéo de bureau pour la Gemini Live API.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>absente de cette version</translation>
    </message>
    <message>
        <source>Features of this build</source>
        <translation>Fonctions de cette version</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Copier les informations de version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CaptionsView</name>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
</context>
<context>
    <name>CaptionsWindow</name>
    <message>
        <source>LiveDesk captions</source>
        <translation>Sous-titres LiveDesk</translation>
    </message>
    <message>
        <source>Captions appear here</source>
        <translation>Les sous-titres s’affichent ici</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>A conversation is running</source>
        <translation>Une conversation est en cours</translation>
    </message>
    <message>
        <source>Keep talking with the window hidden (LiveDesk stays in the system tray), or end the conversation and quit?</source>
        <translation>Continuer à parler avec la fenêtre masquée (LiveDesk reste dans la zone de notification) ou terminer la conversation et quitter ?</translation>
    </message>
    <message>
        <source>Keep talking with the window minimised, or end the conversation and quit?</source>
        <translation>Continuer à parler avec la fenêtre réduite ou terminer la conversation et quitter ?</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Retenir mon choix</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>Garder en arrière-plan</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>End and quit</source>
        <translation>Terminer et quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Allow “%1”?</source>
        <translation>Autoriser « %1 » ?</translation>
    </message>
    <message>
        <source>The model wants to run a tool that can change something or share your data.</source>
        <translation>Le modèle veut utiliser un outil qui peut modifier quelque chose ou partager vos données.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more waiting</source>
        <translation>
            <numerusform>%Ln autre en attente</numerusform>
            <numerusform>%Ln autres en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Allow for this session</source>
        <translation>Autoriser pour cette session</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Toujours autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Hold Space or the Talk button while you speak, or type below.</source>
        <translation>Maintenez la barre d’espace ou le bouton Parler pendant que vous parlez, ou écrivez ci-dessous.</translation>
    </message>
    <message>
        <source>Just start speaking, or type below.</source>
        <translation>Parlez simplement, ou écrivez ci-dessous.</translation>
    </message>
    <message>
        <source>Start a conversation, then speak naturally. Share your camera or screen for help with what you see.</source>
        <translation>Lancez une conversation, puis parlez naturellement. Partagez votre caméra ou votre écran pour obtenir de l’aide sur ce que vous voyez.</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Lancer la conversation</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Démo hors ligne</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Réactiver le micro</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Arrêter de partager la caméra</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>Partager la caméra</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Arrêter de partager l’écran</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>Partager l’écran</translation>
    </message>
    <message>
        <source>Camera, screen and tool calls</source>
        <translation>Caméra, écran et appels d’outils</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminer la conversation</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Stop recording (Ctrl+R)</source>
        <translation>Arrêter l’enregistrement (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record the conversation (Ctrl+R)</source>
        <translation>Enregistrer la conversation (Ctrl+R)</translation>
    </message>
    <message>
        <source>New reply: %1</source>
        <translation>Nouvelle réponse : %1</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Search what was said</source>
        <translation>Rechercher ce qui a été dit</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Conserver pendant</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>toujours</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Days to keep conversations (0 keeps them forever)</source>
        <translation>Jours de conservation des conversations (0 = pour toujours)</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Conversations passées</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Aucune conversation ne mentionne « %1 ».</translation>
    </message>
    <message>
        <source>Conversations are saved here as you have them.</source>
        <translation>Les conversations sont enregistrées ici au fil de l’eau.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Delete this conversation</source>
        <translation>Supprimer cette conversation</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Outil %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose a conversation to read it again.</source>
        <translation>Choisissez une conversation pour la relire.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Delete this conversation?</source>
        <translation>Supprimer cette conversation ?</translation>
    </message>
    <message>
        <source>It is removed from the history for good. A recording of it stays where it was saved.</source>
        <translation>Elle est retirée définitivement de l’historique. Son enregistrement reste là où il a été sauvegardé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to %1 days.</source>
        <translation>Conservez les conversations de 0 (pour toujours) à %1 jours.</translation>
    </message>
    <message>
        <source>Move the damaged history aside and start a new one</source>
        <translation>Mettre de côté l’historique endommagé et en commencer un nouveau</translation>
    </message>
</context>
<context>
    <name>ListenSourcePicker</name>
    <message>
        <source>Listen to</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>As a microphone</source>
        <translation>Comme micro</translation>
    </message>
    <message>
        <source>Other programs (a call) can pick “LiveDesk translation” as their microphone.</source>
        <translation>D’autres programmes (un appel) peuvent choisir « LiveDesk translation » comme micro.</translation>
    </message>
    <message>
        <source>Captions window</source>
        <translation>Fenêtre des sous-titres</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Hold to talk (push-to-talk mode)</source>
        <translation>Maintenir pour parler (mode appuyer pour parler)</translation>
    </message>
    <message>
        <source>Talk: start or end your turn, or interrupt the model</source>
        <translation>Parler : commencer ou finir votre tour, ou interrompre le modèle</translation>
    </message>
    <message>
        <source>Start or end the conversation</source>
        <translation>Lancer ou terminer la conversation</translation>
    </message>
    <message>
        <source>Start the offline demo</source>
        <translation>Lancer la démo hors ligne</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Couper ou réactiver le micro</translation>
    </message>
    <message>
        <source>Share the camera, or stop</source>
        <translation>Partager la caméra, ou arrêter</translation>
    </message>
    <message>
        <source>Share the screen, or stop</source>
        <translation>Partager l’écran, ou arrêter</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copier la transcription</translation>
    </message>
    <message>
        <source>Larger or smaller transcript text</source>
        <translation>Texte de la transcription plus grand ou plus petit</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Aller à une page</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Mini mode</source>
        <translation>Mode mini</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Record the conversation, or stop</source>
        <translation>Enregistrer la conversation, ou arrêter</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Type a message…</source>
        <translation>Écrivez un message…</translation>
    </message>
    <message>
        <source>Start a conversation to type</source>
        <translation>Lancez une conversation pour écrire</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <source>LiveDesk mini mode</source>
        <translation>Mode mini de LiveDesk</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Réactiver le micro</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Leave mini mode</source>
        <translation>Quitter le mode mini</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminer la conversation</translation>
    </message>
</context>
<context>
    <name>ModePicker</name>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Mode&apos;s default</source>
        <translation>Par défaut du mode</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>into</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>Langue cible</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Mini mode (Ctrl+Shift+M)</source>
        <translation>Mode mini (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Raccourcis clavier (F1)</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>À propos de LiveDesk</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Dismiss note</source>
        <translation>Fermer la remarque</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Lire l’enregistrement</translation>
    </message>
    <message>
        <source>Show the recording&apos;s folder</source>
        <translation>Afficher le dossier de l’enregistrement</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>ScreenShareDialog</name>
    <message>
        <source>Share your screen</source>
        <translation>Partager l’écran</translation>
    </message>
    <message>
        <source>Choose what the model sees. It receives a picture of it about once a second until you stop sharing.</source>
        <translation>Choisissez ce que le modèle voit. Il en reçoit une image environ une fois par seconde jusqu’à ce que vous arrêtiez le partage.</translation>
    </message>
    <message>
        <source>Screens and windows</source>
        <translation>Écrans et fenêtres</translation>
    </message>
    <message>
        <source>No screen or window can be shared.</source>
        <translation>Aucun écran ni aucune fenêtre ne peut être partagé.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistrée : %1</translation>
    </message>
    <message>
        <source>Hide what you type</source>
        <translation>Masquer la saisie</translation>
    </message>
    <message>
        <source>Show what you type</source>
        <translation>Afficher la saisie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>In use until you quit: %1</source>
        <translation>Utilisée jusqu’à la fermeture : %1</translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (non disponible)</translation>
    </message>
</context>
<context>
    <name>SettingText</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>Modèle et voix</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Camera and screen</source>
        <translation>Caméra et écran</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Where the conversation runs. The offline demo needs no key and no network.</source>
        <translation>Où la conversation a lieu. La démo hors ligne ne demande ni clé ni réseau.</translation>
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
        <translation>Serveur de jetons éphémères</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Démo hors ligne</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Clé de l’API Gemini</translation>
    </message>
    <message>
        <source>Paste your key from Google AI Studio</source>
        <translation>Collez votre clé de Google AI Studio</translation>
    </message>
    <message>
        <source>Google Cloud project</source>
        <translation>Projet Google Cloud</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>A region such as us-central1, or global.</source>
        <translation>Une région comme us-central1, ou global.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>Jeton d’accès OAuth</translation>
    </message>
    <message>
        <source>Express-mode API key</source>
        <translation>Clé d’API du mode express</translation>
    </message>
    <message>
        <source>Vertex AI credential</source>
        <translation>Identifiant Vertex AI</translation>
    </message>
    <message>
        <source>Access token or API key</source>
        <translation>Jeton d’accès ou clé d’API</translation>
    </message>
    <message>
        <source>Token server</source>
        <translation>Serveur de jetons</translation>
    </message>
    <message>
        <source>Your server that creates short-lived tokens, so the API key never leaves it.</source>
        <translation>Votre serveur qui crée des jetons de courte durée, pour que la clé d’API ne le quitte jamais.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>A Live API compatible WebSocket server.</source>
        <translation>Un serveur WebSocket compatible avec la Live API.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Add a model by name</source>
        <translation>Ajouter un modèle par son nom</translation>
    </message>
    <message>
        <source>Model name to add</source>
        <translation>Nom du modèle à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Response language</source>
        <translation>Langue des réponses</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>Instruction système</translation>
    </message>
    <message>
        <source>How the model should behave, in your words.</source>
        <translation>Comment le modèle doit se comporter, avec vos mots.</translation>
    </message>
    <message>
        <source>You are a friendly assistant who answers briefly.</source>
        <translation>Tu es un assistant aimable qui répond brièvement.</translation>
    </message>
    <message>
        <source>Affective dialog</source>
        <translation>Dialogue affectif</translation>
    </message>
    <message>
        <source>The model adapts its tone to how you sound.</source>
        <translation>Le modèle adapte son ton à votre façon de parler.</translation>
    </message>
    <message>
        <source>Proactive audio</source>
        <translation>Audio proactif</translation>
    </message>
    <message>
        <source>The model may stay silent when a reply is not needed.</source>
        <translation>Le modèle peut se taire quand aucune réponse n’est utile.</translation>
    </message>
    <message>
        <source>Transcribe what you say</source>
        <translation>Transcrire ce que vous dites</translation>
    </message>
    <message>
        <source>Transcribe what the model says</source>
        <translation>Transcrire ce que dit le modèle</translation>
    </message>
    <message>
        <source>Context compression</source>
        <translation>Compression du contexte</translation>
    </message>
    <message>
        <source>Lets conversations run longer than 15 minutes (2 with video).</source>
        <translation>Permet des conversations de plus de 15 minutes (2 avec la vidéo).</translation>
    </message>
    <message>
        <source>Talk mode</source>
        <translation>Mode de parole</translation>
    </message>
    <message>
        <source>Applies to the next conversation.</source>
        <translation>S’applique à la prochaine conversation.</translation>
    </message>
    <message>
        <source>Hands-free (the service detects speech)</source>
        <translation>Mains libres (le service détecte la parole)</translation>
    </message>
    <message>
        <source>Hands-free (LiveDesk detects speech)</source>
        <translation>Mains libres (LiveDesk détecte la parole)</translation>
    </message>
    <message>
        <source>Push to talk (click, or hold Space)</source>
        <translation>Appuyer pour parler (clic, ou barre d’espace maintenue)</translation>
    </message>
    <message>
        <source>When you speak over the model</source>
        <translation>Quand vous parlez pendant que le modèle parle</translation>
    </message>
    <message>
        <source>Interrupt it</source>
        <translation>L’interrompre</translation>
    </message>
    <message>
        <source>Let it finish</source>
        <translation>Le laisser finir</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>Sensibilité au début de la parole</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>Valeur par défaut du service</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>Sensibilité à la fin de la parole</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>Silence qui termine votre tour</translation>
    </message>
    <message>
        <source>0 uses the service&apos;s default.</source>
        <translation>0 utilise la valeur par défaut du service.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Speech needed to start a turn</source>
        <translation>Parole nécessaire pour commencer un tour</translation>
    </message>
    <message>
        <source>Local barge-in</source>
        <translation>Interruption locale</translation>
    </message>
    <message>
        <source>What LiveDesk does at once when you start talking while the model speaks.</source>
        <translation>Ce que LiveDesk fait aussitôt quand vous parlez pendant que le modèle parle.</translation>
    </message>
    <message>
        <source>Lower the model&apos;s voice</source>
        <translation>Baisser la voix du modèle</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>Arrêter le modèle</translation>
    </message>
    <message>
        <source>Nothing (wait for the service)</source>
        <translation>Rien (attendre le service)</translation>
    </message>
    <message>
        <source>Barge-in sensitivity</source>
        <translation>Sensibilité de l’interruption</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>Annulation d’écho</translation>
    </message>
    <message>
        <source>Keeps the model from hearing itself through your speakers.</source>
        <translation>Empêche le modèle de s’entendre lui-même dans vos haut-parleurs.</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Réduction du bruit</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Débit de parole</translation>
    </message>
    <message>
        <source>From 0.5 (slower) to 2 (faster); the pitch stays the same.</source>
        <translation>De 0,5 (plus lent) à 2 (plus rapide) ; la hauteur de la voix ne change pas.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fréquence d’images</translation>
    </message>
    <message>
        <source>At most one frame per second; fewer costs less.</source>
        <translation>Au plus une image par seconde ; moins coûte moins.</translation>
    </message>
    <message>
        <source>frames/s</source>
        <translation>images/s</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Higher shows more detail and costs more tokens per frame.</source>
        <translation>Plus élevée montre plus de détails et coûte plus de jetons par image.</translation>
    </message>
    <message>
        <source>Low (512 px)</source>
        <translation>Faible (512 px)</translation>
    </message>
    <message>
        <source>Medium (1024 px)</source>
        <translation>Moyenne (1024 px)</translation>
    </message>
    <message>
        <source>High (1536 px)</source>
        <translation>Élevée (1536 px)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>Qualité JPEG</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Recherche Google</translation>
    </message>
    <message>
        <source>The model may search the web; its sources show under the answer.</source>
        <translation>Le modèle peut chercher sur le web ; ses sources s’affichent sous la réponse.</translation>
    </message>
    <message>
        <source>Tools file</source>
        <translation>Fichier d’outils</translation>
    </message>
    <message>
        <source>A JSON file of your own tools (commands or web requests).</source>
        <translation>Un fichier JSON avec vos propres outils (commandes ou requêtes web).</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>A JSON file in the common “mcpServers” format.</source>
        <translation>Un fichier JSON au format courant « mcpServers ».</translation>
    </message>
    <message>
        <source>Always allowed</source>
        <translation>Toujours autorisés</translation>
    </message>
    <message>
        <source>Tools you allowed for good. Remove one to be asked again.</source>
        <translation>Les outils que vous avez autorisés définitivement. Retirez-en un pour qu’on vous le redemande.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Stop always allowing %1</source>
        <translation>Ne plus toujours autoriser %1</translation>
    </message>
    <message>
        <source>Use my own prices</source>
        <translation>Utiliser mes propres tarifs</translation>
    </message>
    <message>
        <source>Otherwise the published prices of the chosen model are used. The cost shown is an estimate.</source>
        <translation>Sinon, les tarifs publiés du modèle choisi s’appliquent. Le coût affiché est une estimation.</translation>
    </message>
    <message>
        <source>Text input</source>
        <translation>Entrée texte</translation>
    </message>
    <message>
        <source>US$ per million tokens</source>
        <translation>US$ par million de jetons</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Entrée audio</translation>
    </message>
    <message>
        <source>Image and video input</source>
        <translation>Entrée image et vidéo</translation>
    </message>
    <message>
        <source>Text output</source>
        <translation>Sortie texte</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Sortie audio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Transcript text size</source>
        <translation>Taille du texte de la transcription</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus change it too.</source>
        <translation>Aussi avec Ctrl+Plus et Ctrl+Moins.</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Closing the window during a conversation</source>
        <translation>Fermer la fenêtre pendant une conversation</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Keep running in the background</source>
        <translation>Continuer en arrière-plan</translation>
    </message>
    <message>
        <source>End the conversation and quit</source>
        <translation>Terminer la conversation et quitter</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Software drawing repaints only what changes and uses less power where there is no graphics driver. Applies when LiveDesk starts again.</source>
        <translation>L’affichage logiciel ne redessine que ce qui change et consomme moins là où il n’y a pas de pilote graphique. Prend effet au prochain démarrage de LiveDesk.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Graphics card (OpenGL)</source>
        <translation>Carte graphique (OpenGL)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Hear the original quietly</source>
        <translation>Entendre l’original en sourdine</translation>
    </message>
    <message>
        <source>When translating the computer or an application: the original plays under the translation.</source>
        <translation>En traduisant l’ordinateur ou une application : l’original joue sous la traduction.</translation>
    </message>
    <message>
        <source>Level of the original</source>
        <translation>Niveau de l’original</translation>
    </message>
    <message>
        <source>Below its full level, from -60 to 0 dB (-22 dB is 8 %).</source>
        <translation>Sous son niveau plein, de -60 à 0 dB (-22 dB font 8 %).</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Send the original when there is no translation</source>
        <translation>Envoyer l’original en l’absence de traduction</translation>
    </message>
    <message>
        <source>With “As a microphone”: the call hears the original until the translation speaks.</source>
        <translation>Avec « Comme microphone » : l’appel entend l’original jusqu’à ce que la traduction parle.</translation>
    </message>
</context>
<context>
    <name>SharingIndicator</name>
    <message>
        <source>Camera paused</source>
        <translation>Caméra en pause</translation>
    </message>
    <message>
        <source>Screen sharing paused</source>
        <translation>Partage d’écran en pause</translation>
    </message>
    <message>
        <source>Sharing the camera</source>
        <translation>Caméra partagée</translation>
    </message>
    <message>
        <source>Sharing the screen</source>
        <translation>Écran partagé</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Arrêter de partager la caméra</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Arrêter de partager l’écran</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <comment>key</comment>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <comment>key</comment>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Alt</source>
        <comment>key</comment>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>key</comment>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>key</comment>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Live (offline demo)</source>
        <translation>En direct (démo hors ligne)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Fin en cours…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Session time %1</source>
        <translation>Durée de la session %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln reconnexion</numerusform>
            <numerusform>%Ln reconnexions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>In: %1 · Out: %2</source>
        <translation>Entrée : %1 · Sortie : %2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ %1 US$</translation>
    </message>
    <message>
        <source>Estimated cost %1 US dollars</source>
        <translation>Coût estimé %1 dollars américains</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>TalkButton</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Parler</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l’écoute</translation>
    </message>
    <message>
        <source>Click to start or end your turn, or hold to talk. Space also holds.</source>
        <translation>Cliquez pour commencer ou finir votre tour, ou maintenez pour parler. La barre d’espace fonctionne aussi.</translation>
    </message>
    <message>
        <source>The microphone is open. Click to interrupt the model.</source>
        <translation>Le micro est ouvert. Cliquez pour interrompre le modèle.</translation>
    </message>
    <message>
        <source>Starts a conversation.</source>
        <translation>Démarre une conversation.</translation>
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
        <translation>Appel d’outil %1 : %2</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>Arguments : %1</translation>
    </message>
</context>
<context>
    <name>ToolCallsPanel</name>
    <message>
        <source>Tool calls</source>
        <translation>Appels d’outils</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln en cours</numerusform>
            <numerusform>%Ln en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>When the model uses a tool, it shows here.</source>
        <translation>Quand le modèle utilise un outil, il apparaît ici.</translation>
    </message>
</context>
<context>
    <name>TranscriptBubble</name>
    <message>
        <source>You said: %1</source>
        <translation>Vous avez dit : %1</translation>
    </message>
    <message>
        <source>The model said: %1</source>
        <translation>Le modèle a dit : %1</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>(aucun mot reconnu)</translation>
    </message>
    <message>
        <source>Interrupted · struck-out words were not heard</source>
        <translation>Interrompu · les mots barrés n’ont pas été entendus</translation>
    </message>
    <message>
        <source>Copy your message %1</source>
        <translation>Copier votre message %1</translation>
    </message>
    <message>
        <source>Copy answer %1</source>
        <translation>Copier la réponse %1</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Transcription de la conversation</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Plus récent</translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <source>Camera and screen</source>
        <translation>Caméra et écran</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage actif</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Arrêter de partager la caméra</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>Partager la caméra</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Arrêter de partager l’écran</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>Partager l’écran</translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation>Reprendre le partage</translation>
    </message>
    <message>
        <source>Pause sharing</source>
        <translation>Mettre le partage en pause</translation>
    </message>
    <message>
        <source>The frame last sent to the model</source>
        <translation>La dernière image envoyée au modèle</translation>
    </message>
    <message>
        <source>Waiting for the first frame…</source>
        <translation>En attente de la première image…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln frame(s) sent</source>
        <translation>
            <numerusform>%1 · %Ln image envoyée</numerusform>
            <numerusform>%1 · %Ln images envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a conversation to share your camera or screen.</source>
        <translation>Lancez une conversation pour partager votre caméra ou votre écran.</translation>
    </message>
</context>
<context>
    <name>VoiceVisual</name>
    <message>
        <source>Microphone off</source>
        <translation>Micro coupé</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l’écoute</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>Je vous écoute</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Parle</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Voice: %1</source>
        <translation>Voix : %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>Bienvenue dans LiveDesk</translation>
    </message>
    <message>
        <source>Talk with Gemini in real time, and show it your camera or screen.</source>
        <translation>Parlez avec Gemini en temps réel et montrez-lui votre caméra ou votre écran.</translation>
    </message>
    <message>
        <source>Try it without a key</source>
        <translation>Essayer sans clé</translation>
    </message>
    <message>
        <source>The offline demo runs a stand-in for the Live API on this computer: no account, no network. It answers with a synthetic voice and shows how tools and transcripts work.</source>
        <translation>La démo hors ligne simule la Live API sur cet ordinateur : ni compte ni réseau. Elle répond avec une voix de synthèse et montre comment fonctionnent les outils et les transcriptions.</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Essayer la démo hors ligne</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>Saisir une clé d’API</translation>
    </message>
    <message>
        <source>Create a free key at &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. LiveDesk keeps it in your system keychain.</source>
        <translation>Créez une clé gratuite sur &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. LiveDesk la conserve dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Clé de l’API Gemini</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>Collez votre clé ici</translation>
    </message>
    <message>
        <source>Vertex AI and other ways to connect…</source>
        <translation>Vertex AI et autres façons de se connecter…</translation>
    </message>
</context>
<context>
    <name>livedesk::app</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a URL (expected e.g. ws://127.0.0.1:8765).</source>
        <translation>Le point de terminaison « %1 » n’est pas une URL (par exemple ws://127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>No model given and the model table has no default.</source>
        <translation>Aucun modèle indiqué, et la table des modèles n’en a aucun par défaut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 30 prebuilt voices; the service may reject it.</source>
        <translation>« %1 » ne fait pas partie des 30 voix prédéfinies ; le service risque de la refuser.</translation>
    </message>
    <message>
        <source>%1 has been retired by the service (it answers 1008 &quot;not found&quot;); use %2.</source>
        <translation>%1 a été retiré par le service (il répond 1008 « not found ») ; utilisez %2.</translation>
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
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>not recorded (the app stopped, or the session is still running)</source>
        <translation>non enregistré (l’application s’est arrêtée ou la session est en cours)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Consommation :</translation>
    </message>
    <message>
        <source>%1 prompt tokens, %2 response tokens, about %3 USD</source>
        <translation>%1 jetons d’entrée, %2 jetons de réponse, environ %3 USD</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompu)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Tool `%1`: %2</source>
        <translation>Outil `%1` : %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot write the transcript %1: %2</source>
        <translation>Impossible d’écrire la transcription %1 : %2</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Visual help</source>
        <translation>Aide visuelle</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>cue %1: &quot;%2&quot; is not a valid timing</source>
        <translation>sous-titre %1 : « %2 » n’est pas un minutage valide</translation>
    </message>
    <message>
        <source>cue %1: it ends before it starts</source>
        <translation>sous-titre %1 : il se termine avant de commencer</translation>
    </message>
    <message>
        <source>not a WebVTT file: it must start with WEBVTT</source>
        <translation>pas un fichier WebVTT : il doit commencer par WEBVTT</translation>
    </message>
    <message>
        <source>cue %1: no timing line (start --&gt; end)</source>
        <translation>sous-titre %1 : pas de ligne de minutage (début --&gt; fin)</translation>
    </message>
    <message>
        <source>cue %1: expected a number, then a timing line</source>
        <translation>sous-titre %1 : un numéro puis une ligne de minutage étaient attendus</translation>
    </message>
    <message>
        <source>%1: subtitles must be .vtt (WebVTT) or .srt</source>
        <translation>%1 : les sous-titres doivent être .vtt (WebVTT) ou .srt</translation>
    </message>
    <message>
        <source>Cannot write the subtitles %1: %2</source>
        <translation>Impossible d’écrire les sous-titres %1 : %2</translation>
    </message>
    <message>
        <source>Translation needs a target language (e.g. de-DE).</source>
        <translation>La traduction nécessite une langue cible (par ex. de-DE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. de-DE or fr).</source>
        <translation>« %1 » n’est pas un code de langue (attendu par ex. de-DE ou fr).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. en-US, or auto).</source>
        <translation>« %1 » n’est pas un code de langue (attendu par ex. en-US ou auto).</translation>
    </message>
    <message>
        <source>Interpreting needs both languages: the source language of one person and the target language of the other.</source>
        <translation>L’interprétation nécessite les deux langues : celle d’une personne et celle de l’autre.</translation>
    </message>
    <message>
        <source>The source and target languages are the same (%1).</source>
        <translation>Les langues source et cible sont identiques (%1).</translation>
    </message>
    <message>
        <source>%1 translates into one language only: everything will be translated into %2, not both ways. Choose a general model to interpret between two people.</source>
        <translation>%1 ne traduit que vers une langue : tout sera traduit en %2, pas dans les deux sens. Choisissez un modèle généraliste pour interpréter entre deux personnes.</translation>
    </message>
    <message>
        <source>%1 takes no instructions: the names and terms to keep were not sent.</source>
        <translation>%1 n’accepte pas d’instructions : les noms et termes à conserver n’ont pas été envoyés.</translation>
    </message>
    <message>
        <source>%1 takes no system instruction; yours was not sent.</source>
        <translation>%1 n’accepte pas d’instruction système ; la vôtre n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>%1 neither translates nor takes instructions: it will answer rather than translate.</source>
        <translation>%1 ne traduit pas et n’accepte pas d’instructions : il répondra au lieu de traduire.</translation>
    </message>
    <message>
        <source>%1 takes spoken audio only; typed text is not sent.</source>
        <translation>%1 n’accepte que l’audio parlé ; le texte saisi n’est pas envoyé.</translation>
    </message>
    <message>
        <source>pactl could not be started (install pulseaudio-utils)</source>
        <translation>Impossible de démarrer pactl (installez pulseaudio-utils)</translation>
    </message>
    <message>
        <source>pactl %1 did not answer within %2 s</source>
        <translation>pactl %1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>--listen app:NAME needs the application&apos;s name, e.g. app:firefox</source>
        <translation>--listen app:NAME nécessite le nom de l’application, par ex. app:firefox</translation>
    </message>
    <message>
        <source>--listen expects system, app:NAME or mic, not &quot;%1&quot;</source>
        <translation>--listen attend system, app:NAME ou mic, et non « %1 »</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AboutText</name>
    <message>
        <source>Application framework, audio and camera devices, interface</source>
        <translation>Cadre applicatif, périphériques audio et caméra, interface</translation>
    </message>
    <message>
        <source>Resizing and JPEG encoding of camera and screen frames</source>
        <translation>Redimensionnement et encodage JPEG des images de caméra et d’écran</translation>
    </message>
    <message>
        <source>Echo cancellation, noise suppression and gain control</source>
        <translation>Annulation d’écho, réduction du bruit et contrôle du gain</translation>
    </message>
    <message>
        <source>Sample-rate conversion</source>
        <translation>Conversion de fréquence d’échantillonnage</translation>
    </message>
    <message>
        <source>Speech rate without a change of pitch</source>
        <translation>Débit de parole sans changer la hauteur</translation>
    </message>
    <message>
        <source>Opus audio codec for recordings</source>
        <translation>Codec audio Opus pour les enregistrements</translation>
    </message>
    <message>
        <source>Ogg Opus files for recordings</source>
        <translation>Fichiers Ogg Opus pour les enregistrements</translation>
    </message>
    <message>
        <source>Speech for the offline demo</source>
        <translation>Voix de la démo hors ligne</translation>
    </message>
    <message>
        <source>Keeps the API key in the system keychain</source>
        <translation>Conserve la clé d’API dans le trousseau du système</translation>
    </message>
    <message>
        <source>Echo cancellation and noise suppression</source>
        <translation>Annulation d’écho et réduction du bruit</translation>
    </message>
    <message>
        <source>Adjustable speech rate</source>
        <translation>Débit de parole réglable</translation>
    </message>
    <message>
        <source>Recording conversations as Ogg Opus</source>
        <translation>Enregistrement des conversations en Ogg Opus</translation>
    </message>
    <message>
        <source>Spoken answers in the offline demo</source>
        <translation>Réponses parlées dans la démo hors ligne</translation>
    </message>
    <message>
        <source>API key in the system keychain</source>
        <translation>Clé d’API dans le trousseau du système</translation>
    </message>
    <message>
        <source>Video files as a frame source</source>
        <translation>Fichiers vidéo comme source d’images</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppController</name>
    <message>
        <source>The offline demo could not start</source>
        <translation>La démo hors ligne n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>No token server</source>
        <translation>Aucun serveur de jetons</translation>
    </message>
    <message>
        <source>Enter the address of your token server in the settings.</source>
        <translation>Saisissez l’adresse de votre serveur de jetons dans les paramètres.</translation>
    </message>
    <message>
        <source>No token from the token server</source>
        <translation>Aucun jeton reçu du serveur de jetons</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Aucune clé d’API</translation>
    </message>
    <message>
        <source>Enter a Vertex AI access token or express-mode API key in the settings.</source>
        <translation>Saisissez dans les paramètres un jeton d’accès Vertex AI ou une clé d’API du mode express.</translation>
    </message>
    <message>
        <source>Enter your Gemini API key in the settings, or try the offline demo.</source>
        <translation>Saisissez votre clé de l’API Gemini dans les paramètres, ou essayez la démo hors ligne.</translation>
    </message>
    <message>
        <source>These settings cannot work</source>
        <translation>Ces paramètres ne peuvent pas fonctionner</translation>
    </message>
    <message>
        <source>The tools could not be loaded</source>
        <translation>Les outils n’ont pas pu être chargés</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Minuteur : %1</translation>
    </message>
    <message>
        <source>The chosen device could not be opened.</source>
        <translation>Le périphérique choisi n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Your saved modes could not be read: %1</source>
        <translation>Vos modes enregistrés n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>Enregistrement sauvegardé : %1</translation>
    </message>
    <message>
        <source>The history cannot be saved: %1</source>
        <translation>L’historique ne peut pas être enregistré : %1</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to 36500 days.</source>
        <translation>Conservez les conversations de 0 (pour toujours) à 36500 jours.</translation>
    </message>
    <message>
        <source>This conversation is not saved in the history: %1</source>
        <translation>Cette conversation n’est pas enregistrée dans l’historique : %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique : %1</translation>
    </message>
    <message>
        <source>Start a conversation to record it.</source>
        <translation>Démarrez une conversation pour l’enregistrer.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message numerus="yes">
        <source>The model has not answered for %n second(s).</source>
        <translation>
            <numerusform>Le modèle n’a pas répondu depuis %n seconde.</numerusform>
            <numerusform>Le modèle n’a pas répondu depuis %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to ask again.</source>
        <translation>Il n’y a rien à redemander.</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Démo hors ligne</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The history is not damaged.</source>
        <translation>L’historique n’est pas endommagé.</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1, but a new one cannot be started: %2</source>
        <translation>L’historique endommagé a été déplacé vers %1, mais un nouvel historique ne peut pas être commencé : %2</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1; a new one was started.</source>
        <translation>L’historique endommagé a été déplacé vers %1 ; un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>The translation listens to the microphone: %1</source>
        <translation>La traduction écoute le micro : %1</translation>
    </message>
    <message>
        <source>The events or metrics file cannot be written</source>
        <translation>Le fichier d’événements ou de mesures ne peut pas être écrit</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non écrit : %1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppSettings</name>
    <message>
        <source>The settings file %1 could not be read, so LiveDesk uses its defaults. The file was left as it is; fix or remove it to get your settings back.</source>
        <translation>Le fichier de paramètres %1 n’a pas pu être lu, LiveDesk utilise donc les valeurs par défaut. Le fichier a été laissé tel quel ; corrigez-le ou supprimez-le pour retrouver vos paramètres.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or written; changes will not be kept.</source>
        <translation>Le fichier de paramètres %1 ne peut être ni lu ni écrit ; les modifications ne seront pas conservées.</translation>
    </message>
    <message>
        <source>These settings in %1 had values LiveDesk cannot use and were ignored (their defaults apply until you change them): %2.</source>
        <translation>Ces paramètres de %1 avaient des valeurs que LiveDesk ne peut pas utiliser et ont été ignorés (leurs valeurs par défaut s’appliquent jusqu’à ce que vous les modifiiez) : %2.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ChoiceText</name>
    <message>
        <source>Bright</source>
        <translation>Lumineuse</translation>
    </message>
    <message>
        <source>Upbeat</source>
        <translation>Enjouée</translation>
    </message>
    <message>
        <source>Informative</source>
        <translation>Informative</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>Excitable</source>
        <translation>Exubérante</translation>
    </message>
    <message>
        <source>Youthful</source>
        <translation>Juvénile</translation>
    </message>
    <message>
        <source>Breezy</source>
        <translation>Décontractée</translation>
    </message>
    <message>
        <source>Easy-going</source>
        <translation>Détendue</translation>
    </message>
    <message>
        <source>Breathy</source>
        <translation>Soufflée</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Claire</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Douce</translation>
    </message>
    <message>
        <source>Gravelly</source>
        <translation>Rauque</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Feutrée</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Égale</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Mûre</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Franche</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Amicale</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>Familière</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Tendre</translation>
    </message>
    <message>
        <source>Lively</source>
        <translation>Vive</translation>
    </message>
    <message>
        <source>Knowledgeable</source>
        <translation>Savante</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Chaleureuse</translation>
    </message>
    <message>
        <source>Default (Puck)</source>
        <translation>Par défaut (Puck)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>The model answers in the language you speak</source>
        <translation>Le modèle répond dans la langue que vous parlez</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Cli</name>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>Un assistant vocal et vidéo de bureau pour la Gemini Live API.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Conversation</name>
    <message>
        <source>Reconnected</source>
        <translation>Reconnecté</translation>
    </message>
    <message numerus="yes">
        <source>Context restored from the last %n turn(s): the model no longer remembers what it heard or saw before.</source>
        <translation>
            <numerusform>Contexte restauré à partir du dernier tour : le modèle ne se souvient plus de ce qu’il a entendu ou vu auparavant.</numerusform>
            <numerusform>Contexte restauré à partir des %n derniers tours : le modèle ne se souvient plus de ce qu’il a entendu ou vu auparavant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::app::DeviceModel</name>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Écran %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Écran principal</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ErrorText</name>
    <message>
        <source>close code %1</source>
        <translation>code de fermeture %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>La clé d’API a été refusée</translation>
    </message>
    <message>
        <source>Check that the key is complete and belongs to a project with the Gemini API enabled, then enter it again.</source>
        <translation>Vérifiez que la clé est complète et appartient à un projet où la Gemini API est activée, puis saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>Usage limit reached</source>
        <translation>Limite d’utilisation atteinte</translation>
    </message>
    <message>
        <source>Your project has used its quota or has too many conversations open. Try again in a few minutes.</source>
        <translation>Votre projet a épuisé son quota ou a trop de conversations ouvertes. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>Le modèle n’est pas disponible</translation>
    </message>
    <message>
        <source>The service does not offer this model for live conversations. Choose another model.</source>
        <translation>Le service ne propose pas ce modèle pour les conversations en direct. Choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The service does not offer “%1” for live conversations. Choose another model.</source>
        <translation>Le service ne propose pas « %1 » pour les conversations en direct. Choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The settings were not accepted</source>
        <translation>Les paramètres ont été refusés</translation>
    </message>
    <message>
        <source>The service refused this combination of settings. Check the model and its options.</source>
        <translation>Le service a refusé cette combinaison de paramètres. Vérifiez le modèle et ses options.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Pas de connexion</translation>
    </message>
    <message>
        <source>LiveDesk cannot reach the service. Check your internet connection and try again.</source>
        <translation>LiveDesk n’arrive pas à joindre le service. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The service had a problem</source>
        <translation>Le service a rencontré un problème</translation>
    </message>
    <message>
        <source>The conversation ended on the service&apos;s side. Start it again.</source>
        <translation>Le service a mis fin à la conversation. Relancez-la.</translation>
    </message>
    <message>
        <source>The service refused the conversation</source>
        <translation>Le service a refusé la conversation</translation>
    </message>
    <message>
        <source>This may be a regional restriction or a content policy. The details below say what the service reported.</source>
        <translation>Il peut s’agir d’une restriction régionale ou d’une règle de contenu. Les détails ci-dessous indiquent ce que le service a signalé.</translation>
    </message>
    <message>
        <source>The service did not answer</source>
        <translation>Le service n’a pas répondu</translation>
    </message>
    <message>
        <source>The conversation could not start in time. Try again.</source>
        <translation>La conversation n’a pas pu démarrer à temps. Réessayez.</translation>
    </message>
    <message>
        <source>A message from the service was skipped</source>
        <translation>Un message du service a été ignoré</translation>
    </message>
    <message>
        <source>The conversation goes on.</source>
        <translation>La conversation continue.</translation>
    </message>
    <message>
        <source>The microphone is silent</source>
        <translation>Le micro est muet</translation>
    </message>
    <message>
        <source>No sound arrives from the microphone. It may be muted in the system or unplugged; choose another one if needed.</source>
        <translation>Aucun son ne vient du micro. Il est peut-être coupé dans le système ou débranché ; choisissez-en un autre si besoin.</translation>
    </message>
    <message>
        <source>Microphone disconnected</source>
        <translation>Micro déconnecté</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default microphone.</source>
        <translation>LiveDesk est passé au micro par défaut du système.</translation>
    </message>
    <message>
        <source>Speaker disconnected</source>
        <translation>Haut-parleur déconnecté</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default speaker.</source>
        <translation>LiveDesk est passé au haut-parleur par défaut du système.</translation>
    </message>
    <message>
        <source>The microphone could not be used</source>
        <translation>Le micro n’a pas pu être utilisé</translation>
    </message>
    <message>
        <source>Choose another microphone.</source>
        <translation>Choisissez un autre micro.</translation>
    </message>
    <message>
        <source>The speaker could not be used</source>
        <translation>Le haut-parleur n’a pas pu être utilisé</translation>
    </message>
    <message>
        <source>Choose another speaker.</source>
        <translation>Choisissez un autre haut-parleur.</translation>
    </message>
    <message>
        <source>Echo cancellation is not available</source>
        <translation>L’annulation d’écho n’est pas disponible</translation>
    </message>
    <message>
        <source>Use headphones so the model does not hear itself.</source>
        <translation>Utilisez un casque pour que le modèle ne s’entende pas lui-même.</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed</source>
        <translation>Le débit de parole ne peut pas être modifié</translation>
    </message>
    <message>
        <source>The model speaks at its normal rate.</source>
        <translation>Le modèle parle à son débit normal.</translation>
    </message>
    <message>
        <source>Some microphone audio was lost</source>
        <translation>Un peu d’audio du micro a été perdu</translation>
    </message>
    <message>
        <source>The computer was too busy for a moment.</source>
        <translation>L’ordinateur a été trop occupé un instant.</translation>
    </message>
    <message>
        <source>No microphone or speaker</source>
        <translation>Ni micro ni haut-parleur</translation>
    </message>
    <message>
        <source>LiveDesk could not open any audio device. Connect one or choose another.</source>
        <translation>LiveDesk n’a pu ouvrir aucun périphérique audio. Branchez-en un ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The camera could not be shared</source>
        <translation>La caméra n’a pas pu être partagée</translation>
    </message>
    <message>
        <source>The screen could not be shared</source>
        <translation>L’écran n’a pas pu être partagé</translation>
    </message>
    <message>
        <source>Enter key</source>
        <translation>Saisir la clé</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>Choose a microphone</source>
        <translation>Choisir un micro</translation>
    </message>
    <message>
        <source>Choose a speaker</source>
        <translation>Choisir un haut-parleur</translation>
    </message>
    <message>
        <source>Choose a camera</source>
        <translation>Choisir une caméra</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryListModel</name>
    <message>
        <source>The history is not open.</source>
        <translation>L’historique n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistorySessionModel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>Ouvrez d’abord une conversation.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier de destination.</translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation>Format d’export inconnu : %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
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
        <translation>L’historique nécessite le pilote SQLite de Qt, qui n’est pas installé (Debian : libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history database %1 is a folder.</source>
        <translation>La base de l’historique %1 est un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>Impossible de créer le dossier %1 pour l’historique.</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (not SQLite); it was left untouched.</source>
        <translation>%1 n’est pas une base d’historique LiveDesk (pas SQLite) ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Impossible d’ouvrir la base de l’historique %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 n’est pas une base SQLite utilisable : %2</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer LiveDesk (schema %2); this one reads schema %3. It was left untouched.</source>
        <translation>L’historique %1 a été écrit par un LiveDesk plus récent (schéma %2) ; celui-ci lit le schéma %3. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a LiveDesk history; it was left untouched.</source>
        <translation>%1 est une base SQLite mais pas un historique LiveDesk ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging: %2</source>
        <translation>Impossible de passer l’historique %1 en journalisation anticipée : %2</translation>
    </message>
    <message>
        <source>Cannot set up the history database %1: %2</source>
        <translation>Impossible de préparer la base de l’historique %1 : %2</translation>
    </message>
    <message>
        <source>The SQLite library in use has no full-text search (FTS5): history search finds exact text only, without ranking.</source>
        <translation>La bibliothèque SQLite utilisée n’a pas de recherche plein texte (FTS5) : la recherche dans l’historique ne trouve que le texte exact, sans classement.</translation>
    </message>
    <message>
        <source>Cannot add the session to the history: %1</source>
        <translation>Impossible d’ajouter la session à l’historique : %1</translation>
    </message>
    <message>
        <source>Cannot save to the history: %1</source>
        <translation>Impossible d’enregistrer dans l’historique : %1</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>pas de session %1</translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation>Impossible de supprimer de l’historique : %1</translation>
    </message>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation>Il n’y a pas de session %1 dans l’historique.</translation>
    </message>
    <message>
        <source>The retention must be 0 (keep everything) or a number of days.</source>
        <translation>La durée de conservation doit être 0 (tout garder) ou un nombre de jours.</translation>
    </message>
    <message>
        <source>Cannot apply the retention: %1</source>
        <translation>Impossible d’appliquer la durée de conservation : %1</translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation>Impossible de lire la base de données de l’historique %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (it has no LiveDesk tables); it was left untouched.</source>
        <translation>%1 n’est pas une base de données d’historique LiveDesk (elle ne contient aucune table LiveDesk) ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>There is no history at %1 to move aside.</source>
        <translation>Il n’y a aucun historique à mettre de côté dans %1.</translation>
    </message>
    <message>
        <source>Cannot move the history %1 aside to %2.</source>
        <translation>Impossible de mettre de côté l’historique %1 vers %2.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ListenSourceModel</name>
    <message>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Everything the computer plays</source>
        <translation>Tout ce que l’ordinateur diffuse</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeListModel</name>
    <message>
        <source>Give the mode a name.</source>
        <translation>Donnez un nom au mode.</translation>
    </message>
    <message>
        <source>Unknown kind of mode: %1</source>
        <translation>Type de mode inconnu : %1</translation>
    </message>
    <message>
        <source>Choose the language to translate into.</source>
        <translation>Choisissez la langue cible.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModePreset</name>
    <message>
        <source>A mode needs a name.</source>
        <translation>Un mode a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; has no kind (assistant, visual-help, translator or interpreter).</source>
        <translation>Le mode « %1 » n’a pas de type (assistant, visual-help, translator ou interpreter).</translation>
    </message>
    <message>
        <source>The level of the original must be between -60 and 0 dB (got %1).</source>
        <translation>Le niveau de l’original doit être compris entre -60 et 0 dB (reçu : %1).</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeStore</name>
    <message>
        <source>Cannot read the modes file %1: %2</source>
        <translation>Impossible de lire le fichier de modes %1 : %2</translation>
    </message>
    <message>
        <source>The modes file %1 is not valid: %2</source>
        <translation>Le fichier de modes %1 n’est pas valide : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier pour %1.</translation>
    </message>
    <message>
        <source>Cannot write the modes file %1: %2</source>
        <translation>Impossible d’écrire le fichier de modes %1 : %2</translation>
    </message>
    <message>
        <source>A mode needs a name with letters or digits.</source>
        <translation>Un mode a besoin d’un nom contenant des lettres ou des chiffres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in mode; save yours under another name.</source>
        <translation>« %1 » est un mode intégré ; enregistrez le vôtre sous un autre nom.</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>version: expected 1</source>
        <translation>version : 1 attendu</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1 : clé inconnue « %2 »</translation>
    </message>
    <message>
        <source>%1.kind: &quot;%2&quot; is not one of assistant, visual-help, translator, interpreter</source>
        <translation>%1.kind : « %2 » n’est pas assistant, visual-help, translator ou interpreter</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelListModel</name>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>dialogue affectif</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>audio proactif</translation>
    </message>
    <message>
        <source>background tools</source>
        <translation>outils en arrière-plan</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Ajouté par vous</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>hérité</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>préversion</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelNotice</name>
    <message>
        <source>%1 has been retired by the service and no longer answers; use %2.</source>
        <translation>%1 a été retiré par le service et ne répond plus ; utilisez %2.</translation>
    </message>
    <message>
        <source>This model is being shut down</source>
        <translation>Ce modèle va être arrêté</translation>
    </message>
    <message>
        <source>This model is a legacy model</source>
        <translation>Ce modèle est un modèle hérité</translation>
    </message>
    <message>
        <source>This model has been retired</source>
        <translation>Ce modèle a été retiré</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Pages</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>livedesk::app::PulseRoutes</name>
    <message>
        <source>no PulseAudio server answers (pactl info failed)</source>
        <translation>aucun serveur PulseAudio ne répond (échec de pactl info)</translation>
    </message>
    <message>
        <source>no PulseAudio server: %1</source>
        <translation>aucun serveur PulseAudio : %1</translation>
    </message>
    <message>
        <source>PulseAudio could not load %1: %2</source>
        <translation>PulseAudio n’a pas pu charger %1 : %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>another LiveDesk is already listening to the computer (the PulseAudio sink %1 exists)</source>
        <translation>un autre LiveDesk écoute déjà ce que l’ordinateur diffuse (la sortie PulseAudio %1 existe)</translation>
    </message>
    <message>
        <source>there is no output device to listen to</source>
        <translation>il n’y a aucun périphérique de sortie à écouter</translation>
    </message>
    <message>
        <source>PulseAudio did not accept %1 as the default sink: %2</source>
        <translation>PulseAudio n’a pas accepté %1 comme sortie par défaut : %2</translation>
    </message>
    <message>
        <source>another LiveDesk already has the virtual microphone &quot;%1&quot;</source>
        <translation>un autre LiveDesk a déjà le micro virtuel « %1 »</translation>
    </message>
    <message>
        <source>PulseAudio loaded the loopback %1 but it has no streams</source>
        <translation>PulseAudio a chargé la boucle %1, mais elle n’a aucun flux</translation>
    </message>
</context>
<context>
    <name>livedesk::app::RecordingController</name>
    <message>
        <source>Cannot create the folder for the recording %1.</source>
        <translation>Impossible de créer le dossier de l’enregistrement %1.</translation>
    </message>
    <message>
        <source>LiveDesk conversation, %1</source>
        <translation>Conversation LiveDesk, %1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SecretStore</name>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>No key saved yet.</source>
        <translation>Aucune clé enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept until you quit and is not saved.</source>
        <translation>Aucun trousseau disponible : la clé est gardée jusqu’à ce que vous quittiez, sans être enregistrée.</translation>
    </message>
    <message>
        <source>No keychain is available: a key you enter is kept until you quit and is not saved.</source>
        <translation>Aucun trousseau disponible : une clé saisie est gardée jusqu’à ce que vous quittiez, sans être enregistrée.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SettingsText</name>
    <message>
        <source>A project ID has 6 to 30 lower-case letters, digits or hyphens and starts with a letter.</source>
        <translation>Un ID de projet compte 6 à 30 minuscules, chiffres ou tirets et commence par une lettre.</translation>
    </message>
    <message>
        <source>Enter a location such as us-central1, europe-west4 or global.</source>
        <translation>Saisissez un emplacement comme us-central1, europe-west4 ou global.</translation>
    </message>
    <message>
        <source>“%1” is not one of the prebuilt voices.</source>
        <translation>« %1 » ne fait pas partie des voix prédéfinies.</translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation>L’instruction est trop longue (%1 caractères ; au plus %2).</translation>
    </message>
    <message>
        <source>“%1” is not a tool name.</source>
        <translation>« %1 » n’est pas un nom d’outil.</translation>
    </message>
    <message>
        <source>This is not a device ID.</source>
        <translation>Ce n’est pas un ID de périphérique.</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>Aucun paramètre ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Expected on or off.</source>
        <translation>Activé ou désactivé attendu.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>Saisissez une valeur de %1 à %2.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>« %1 » ne fait pas partie des choix.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Texte attendu.</translation>
    </message>
    <message>
        <source>Enter a URL such as wss://example.com or ws://127.0.0.1:8765.</source>
        <translation>Saisissez une URL comme wss://example.com ou ws://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Enter a URL such as https://example.com/token.</source>
        <translation>Saisissez une URL comme https://example.com/token.</translation>
    </message>
    <message>
        <source>A model name has letters, digits, dots, dashes or slashes, such as gemini-live-2.5-flash-preview.</source>
        <translation>Un nom de modèle contient des lettres, chiffres, points, tirets ou barres obliques, comme gemini-live-2.5-flash-preview.</translation>
    </message>
    <message>
        <source>Enter a language code such as en-US, de-DE or ja-JP.</source>
        <translation>Saisissez un code de langue comme en-US, de-DE ou ja-JP.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a mode.</source>
        <translation>« %1 » n’est pas le nom d’un mode.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>Le fichier « %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file “%1” is too large (more than %2 MB).</source>
        <translation>Le fichier « %1 » est trop volumineux (plus de %2 Mo).</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at %3.</source>
        <translation>« %1 » n’est pas du JSON valide : %2 à la %3.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>“%1”, server “%2”: %3</source>
        <translation>« %1 », serveur « %2 » : %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>“%1” is not mic, system or app:NAME.</source>
        <translation>« %1 » n’est ni mic, ni system, ni app:NAME.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TokenServerClient</name>
    <message>
        <source>The token server %1 could not be reached: %2</source>
        <translation>Le serveur de jetons %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>The token server answered HTTP %1.</source>
        <translation>Le serveur de jetons a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The token server&apos;s answer contains no token.</source>
        <translation>La réponse du serveur de jetons ne contient aucun jeton.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolCallModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Built into LiveDesk</source>
        <translation>Intégré à LiveDesk</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolConfirmation</name>
    <message>
        <source>Built into LiveDesk</source>
        <translation>Intégré à LiveDesk</translation>
    </message>
    <message>
        <source>Your tools file: %1</source>
        <translation>Votre fichier d’outils : %1</translation>
    </message>
    <message>
        <source>MCP server “%1”</source>
        <translation>Serveur MCP « %1 »</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Transcript</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> (interrompu)</translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation>Outil %1 : %2</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TrayIcon</name>
    <message>
        <source>Quit LiveDesk</source>
        <translation>Quitter LiveDesk</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Lancer la conversation</translation>
    </message>
    <message>
        <source>End my turn</source>
        <translation>Finir mon tour</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Parler</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>LiveDesk: conversation running</source>
        <translation>LiveDesk : conversation en cours</translation>
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
        <translation>Écran entier %1 (principal)</translation>
    </message>
    <message>
        <source>Whole screen %1</source>
        <translation>Écran entier %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
<context>
    <name>livedesk::audio</name>
    <message>
        <source>the device could not be opened (in use, or gone)</source>
        <translation>le périphérique n’a pas pu être ouvert (occupé ou disparu)</translation>
    </message>
    <message>
        <source>reading or writing failed</source>
        <translation>la lecture ou l’écriture a échoué</translation>
    </message>
    <message>
        <source>audio arrived too late</source>
        <translation>l’audio est arrivé trop tard</translation>
    </message>
    <message>
        <source>the audio system failed (is the sound server running?)</source>
        <translation>le système audio a échoué (le serveur de son est-il lancé ?)</translation>
    </message>
    <message>
        <source>unknown error %1</source>
        <translation>erreur inconnue %1</translation>
    </message>
    <message>
        <source>Could not open the microphone “%1”: %2</source>
        <translation>Impossible d’ouvrir le micro « %1 » : %2</translation>
    </message>
    <message>
        <source>The microphone “%1” stopped: %2</source>
        <translation>Le micro « %1 » s’est arrêté : %2</translation>
    </message>
    <message>
        <source>Could not open the speaker “%1”: %2</source>
        <translation>Impossible d’ouvrir le haut-parleur « %1 » : %2</translation>
    </message>
    <message>
        <source>The speaker “%1” stopped: %2</source>
        <translation>Le haut-parleur « %1 » s’est arrêté : %2</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed: LiveDesk was built without the sonic library.</source>
        <translation>Le débit de parole ne peut pas être modifié : LiveDesk a été compilé sans la bibliothèque sonic.</translation>
    </message>
    <message>
        <source>Echo cancellation is unavailable: LiveDesk was built without the WebRTC audio processing library. Use headphones so the assistant does not hear itself.</source>
        <translation>L’annulation d’écho n’est pas disponible : LiveDesk a été compilé sans la bibliothèque de traitement audio WebRTC. Utilisez un casque pour que l’assistant ne s’entende pas lui-même.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioEngine</name>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 doit être entre %2 et %3 (reçu : %4).</translation>
    </message>
    <message>
        <source>The chunk duration must be a multiple of 10 ms between 10 and 1000 ms (got %1 ms).</source>
        <translation>La durée d’un bloc doit être un multiple de 10 ms entre 10 et 1000 ms (reçu : %1 ms).</translation>
    </message>
    <message>
        <source>The speech rate</source>
        <translation>Le débit de parole</translation>
    </message>
    <message>
        <source>The playback prebuffer (ms)</source>
        <translation>Le tampon de lecture initial (ms)</translation>
    </message>
    <message>
        <source>The largest jitter buffer (ms)</source>
        <translation>Le plus grand tampon de gigue (ms)</translation>
    </message>
    <message>
        <source>The flush fade (ms)</source>
        <translation>Le fondu de vidage (ms)</translation>
    </message>
    <message>
        <source>The minimum speech duration (ms)</source>
        <translation>La durée minimale de parole (ms)</translation>
    </message>
    <message>
        <source>The end-of-speech silence (ms)</source>
        <translation>Le silence de fin de parole (ms)</translation>
    </message>
    <message>
        <source>The pre-roll (ms)</source>
        <translation>Le pré-enregistrement (ms)</translation>
    </message>
    <message>
        <source>The barge-in confirmation window (ms)</source>
        <translation>La fenêtre de confirmation de l’interruption (ms)</translation>
    </message>
    <message>
        <source>The ducking gain (dB)</source>
        <translation>L’atténuation (dB)</translation>
    </message>
    <message>
        <source>The input buffer (ms)</source>
        <translation>Le tampon d’entrée (ms)</translation>
    </message>
    <message>
        <source>The output buffer (ms)</source>
        <translation>Le tampon de sortie (ms)</translation>
    </message>
    <message>
        <source>The no-signal warning delay (ms)</source>
        <translation>Le délai d’alerte d’absence de signal (ms)</translation>
    </message>
    <message>
        <source>The audio engine needs a microphone, a speaker, or both.</source>
        <translation>Le moteur audio a besoin d’un micro, d’un haut-parleur ou des deux.</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected; using “%1”.</source>
        <translation>Le micro choisi n’est pas branché ; « %1 » est utilisé.</translation>
    </message>
    <message>
        <source>The chosen speaker is not connected; using “%1”.</source>
        <translation>Le haut-parleur choisi n’est pas branché ; « %1 » est utilisé.</translation>
    </message>
    <message>
        <source>No audio device could be opened.</source>
        <translation>Aucun périphérique audio n’a pu être ouvert.</translation>
    </message>
    <message>
        <source>There is no microphone. Connect one, or check the system&apos;s sound settings.</source>
        <translation>Il n’y a pas de micro. Branchez-en un ou vérifiez les réglages son du système.</translation>
    </message>
    <message>
        <source>There is no speaker or headphone output. Connect one, or check the system&apos;s sound settings.</source>
        <translation>Il n’y a ni haut-parleur ni sortie casque. Branchez-en un ou vérifiez les réglages son du système.</translation>
    </message>
    <message>
        <source>The microphone “%1” was disconnected; using “%2” instead.</source>
        <translation>Le micro « %1 » a été déconnecté ; « %2 » est utilisé à la place.</translation>
    </message>
    <message>
        <source>The speaker “%1” was disconnected; using “%2” instead.</source>
        <translation>Le haut-parleur « %1 » a été déconnecté ; « %2 » est utilisé à la place.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioProcessor</name>
    <message>
        <source>The computer is too busy: %1 ms of microphone audio were lost.</source>
        <translation>L’ordinateur est trop occupé : %1 ms d’audio du micro ont été perdues.</translation>
    </message>
    <message>
        <source>No sound from the microphone: it delivers only silence. Check that it is not muted in the system settings and that the right input is selected.</source>
        <translation>Aucun son du micro : il ne fournit que du silence. Vérifiez qu’il n’est pas coupé dans les réglages du système et que la bonne entrée est choisie.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioRecorder</name>
    <message>
        <source>Recording is unavailable: LiveDesk was built without the libopusenc library.</source>
        <translation>L’enregistrement est indisponible : LiveDesk a été compilé sans la bibliothèque libopusenc.</translation>
    </message>
    <message>
        <source>A recording is already running (%1).</source>
        <translation>Un enregistrement est déjà en cours (%1).</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::RecordingWriter</name>
    <message>
        <source>Cannot create the recording %1: %2</source>
        <translation>Impossible de créer l’enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>Cannot start the Opus encoder: %1</source>
        <translation>Impossible de démarrer l’encodeur Opus : %1</translation>
    </message>
    <message>
        <source>Cannot write the recording %1: %2</source>
        <translation>Impossible d’écrire l’enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>Writing the recording %1 failed: %2</source>
        <translation>L’écriture de l’enregistrement %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Finishing the recording %1 failed: %2</source>
        <translation>La finalisation de l’enregistrement %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>livedesk::session</name>
    <message>
        <source>No credential: Vertex AI needs an access token (or an express-mode API key).</source>
        <translation>Aucun identifiant : Vertex AI a besoin d’un jeton d’accès (ou d’une clé d’API du mode express).</translation>
    </message>
    <message>
        <source>No API key: pass one, or set GEMINI_API_KEY.</source>
        <translation>Aucune clé d’API : indiquez-en une ou définissez GEMINI_API_KEY.</translation>
    </message>
    <message>
        <source>Vertex AI with an access token needs a project and a location.</source>
        <translation>Vertex AI avec un jeton d’accès demande un projet et un emplacement.</translation>
    </message>
    <message>
        <source>Ephemeral tokens exist only on the Gemini API, not on Vertex AI.</source>
        <translation>Les jetons éphémères n’existent que sur la Gemini API, pas sur Vertex AI.</translation>
    </message>
    <message>
        <source>The endpoint is not a valid URL.</source>
        <translation>Le point de terminaison n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The endpoint must be a ws://, wss://, http:// or https:// URL.</source>
        <translation>Le point de terminaison doit être une URL ws://, wss://, http:// ou https://.</translation>
    </message>
    <message>
        <source>%1 does not support %2; the field was not sent.</source>
        <translation>%1 ne prend pas en charge %2 ; le champ n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>Transparent resumption exists only on Vertex AI; the field was not sent.</source>
        <translation>La reprise transparente n’existe que sur Vertex AI ; le champ n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>Explicit VAD signals exist only on Vertex AI; the field was not sent.</source>
        <translation>Les signaux VAD explicites n’existent que sur Vertex AI ; le champ n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>%1 is not in the model table: the setup is sent unchecked. If the session never starts, remove optional features.</source>
        <translation>%1 n’est pas dans la table des modèles : la configuration part sans vérification. Si la session ne démarre jamais, retirez les fonctions facultatives.</translation>
    </message>
    <message>
        <source>%1 is listed for %2 only; the service may not know it.</source>
        <translation>%1 n’est répertorié que pour %2 ; le service risque de ne pas le connaître.</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>la Gemini API</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>%1 cannot answer with %2; the modality was not requested.</source>
        <translation>%1 ne peut pas répondre en %2 ; cette modalité n’a pas été demandée.</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>dialogue affectif</translation>
    </message>
    <message>
        <source>%1 always uses affective dialog; the field was not sent.</source>
        <translation>%1 utilise toujours le dialogue affectif ; le champ n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>a thinking configuration</source>
        <translation>une configuration de réflexion</translation>
    </message>
    <message>
        <source>%1 takes a thinking budget, not a thinking level; the level was not sent.</source>
        <translation>%1 accepte un budget de réflexion, pas un niveau ; le niveau n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>%1 takes a thinking level, not a thinking budget; the budget was not sent.</source>
        <translation>%1 accepte un niveau de réflexion, pas un budget ; le budget n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>speech translation</source>
        <translation>la traduction vocale</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>audio proactif</translation>
    </message>
    <message>
        <source>%1 always uses proactive audio and rejects the setting; the field was not sent.</source>
        <translation>%1 utilise toujours l’audio proactif et refuse ce paramètre ; le champ n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>input transcription</source>
        <translation>la transcription de l’entrée</translation>
    </message>
    <message>
        <source>output transcription</source>
        <translation>la transcription de la sortie</translation>
    </message>
    <message>
        <source>system instructions</source>
        <translation>les instructions système</translation>
    </message>
    <message>
        <source>function calling</source>
        <translation>l’appel de fonctions</translation>
    </message>
    <message>
        <source>%1 has no asynchronous (NON_BLOCKING) functions; %2 runs as a blocking call.</source>
        <translation>%1 n’a pas de fonctions asynchrones (NON_BLOCKING) ; %2 s’exécute comme un appel bloquant.</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Recherche Google</translation>
    </message>
    <message>
        <source>code execution</source>
        <translation>l’exécution de code</translation>
    </message>
    <message>
        <source>URL context</source>
        <translation>le contexte d’URL</translation>
    </message>
    <message>
        <source>Google Maps grounding</source>
        <translation>l’ancrage Google Maps</translation>
    </message>
    <message>
        <source>Authentication failed: check the API key or token</source>
        <translation>Échec de l’authentification : vérifiez la clé d’API ou le jeton</translation>
    </message>
    <message>
        <source>The model or the session configuration was rejected</source>
        <translation>Le modèle ou la configuration de session a été refusé</translation>
    </message>
    <message>
        <source>Quota or rate limit reached: wait and try again</source>
        <translation>Quota ou limite de débit atteint : patientez puis réessayez</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Panne réseau</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>Le serveur a mis fin à la session</translation>
    </message>
    <message>
        <source>The service refused the request for policy reasons</source>
        <translation>Le service a refusé la requête pour des raisons de règles</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The server sent a message that could not be read</source>
        <translation>Le serveur a envoyé un message illisible</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>délai de connexion dépassé</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <source>initial history in clientContent</source>
        <translation>historique initial dans clientContent</translation>
    </message>
    <message>
        <source>%1 (its close frame could not be read: %2)</source>
        <translation>%1 (sa trame de fermeture est illisible : %2)</translation>
    </message>
    <message>
        <source>%1 is deprecated and will be shut down.</source>
        <translation>%1 est obsolète et sera arrêté.</translation>
    </message>
    <message>
        <source>%1 is deprecated since %2 and will be shut down.</source>
        <translation>%1 est obsolète depuis %2 et sera arrêté.</translation>
    </message>
    <message>
        <source>%1 is a legacy model.</source>
        <translation>%1 est un modèle hérité.</translation>
    </message>
    <message>
        <source>%1 is a legacy model since %2.</source>
        <translation>%1 est un modèle hérité depuis %2.</translation>
    </message>
    <message>
        <source>Use %1 instead.</source>
        <translation>Utilisez plutôt %1.</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API; LiveDesk connects to %3 instead of %4.</source>
        <translation>%1 ne propose %2 que sur l’API %3 ; LiveDesk se connecte à %3 au lieu de %4.</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API, and %4 was chosen; the field was not sent.</source>
        <translation>%1 ne propose %2 que sur l’API %3, et %4 a été choisie ; le champ n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>%1 ignores the silence duration and ends turns by its own timing; the field was not sent. For your own timing, let LiveDesk detect the turns (local-voice talk mode).</source>
        <translation>%1 ignore la durée de silence et termine les tours à son propre rythme ; le champ n’a pas été envoyé. Pour votre propre rythme, laissez LiveDesk détecter les tours (mode de parole « voix locale »).</translation>
    </message>
</context>
<context>
    <name>livedesk::session::EphemeralTokenClient</name>
    <message>
        <source>Creating an ephemeral token needs the long-lived API key.</source>
        <translation>Créer un jeton éphémère demande la clé d’API permanente.</translation>
    </message>
    <message>
        <source>The token service did not answer within %1 s.</source>
        <translation>Le service de jetons n’a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>The token service answered without an auth_tokens/… name.</source>
        <translation>Le service de jetons a répondu sans nom auth_tokens/….</translation>
    </message>
</context>
<context>
    <name>livedesk::session::LiveSession</name>
    <message>
        <source>Network failure: no connection to the server after %1 s</source>
        <translation>Panne réseau : aucune connexion au serveur après %1 s</translation>
    </message>
    <message>
        <source>The server did not confirm the setup within %1 s (no setupComplete)</source>
        <translation>Le serveur n’a pas confirmé la configuration en %1 s (pas de setupComplete)</translation>
    </message>
    <message>
        <source>The setup names no model.</source>
        <translation>La configuration n’indique aucun modèle.</translation>
    </message>
    <message>
        <source>the setup is sent by the session itself, once per connection</source>
        <translation>la configuration est envoyée par la session elle-même, une fois par connexion</translation>
    </message>
    <message>
        <source>%1 messages are already waiting for the session to start</source>
        <translation>%1 messages attendent déjà le démarrage de la session</translation>
    </message>
    <message>
        <source>the session is not open (state %1)</source>
        <translation>la session n’est pas ouverte (état %1)</translation>
    </message>
    <message>
        <source>A server message could not be read and was skipped: %1</source>
        <translation>Un message du serveur était illisible et a été ignoré : %1</translation>
    </message>
    <message>
        <source>Network failure: the connection dropped without a close frame (1006)</source>
        <translation>Panne réseau : la connexion s’est coupée sans trame de fermeture (1006)</translation>
    </message>
    <message>
        <source>Network failure: the connection closed during the upgrade</source>
        <translation>Panne réseau : la connexion s’est fermée pendant la mise à niveau</translation>
    </message>
    <message>
        <source>The server closed the connection before confirming the setup (close %1%2)</source>
        <translation>Le serveur a fermé la connexion avant de confirmer la configuration (fermeture %1%2)</translation>
    </message>
    <message>
        <source>Network failure: nothing received from the server for %1 s (no pong, no data)</source>
        <translation>Panne réseau : rien reçu du serveur pendant %1 s (ni pong ni données)</translation>
    </message>
    <message>
        <source>No endpoint to connect to.</source>
        <translation>Aucun point de terminaison auquel se connecter.</translation>
    </message>
    <message>
        <source>No reply arrived; reconnecting to ask again.</source>
        <translation>Aucune réponse reçue ; reconnexion pour redemander.</translation>
    </message>
    <message>
        <source>The server asked to move to a new connection (goAway).</source>
        <translation>Le serveur a demandé de passer à une nouvelle connexion (goAway).</translation>
    </message>
    <message>
        <source>Protocol error: the server sent content before setupComplete; the connection was dropped</source>
        <translation>Erreur de protocole : le serveur a envoyé du contenu avant setupComplete ; la connexion a été coupée</translation>
    </message>
    <message>
        <source>Model audio labelled &quot;%1&quot; was skipped: LiveDesk plays audio at %2–%3 Hz (%4 skipped so far)</source>
        <translation>L’audio du modèle étiqueté « %1 » a été ignoré : LiveDesk lit l’audio à %2–%3 Hz (%4 ignorés jusqu’ici)</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MiB, more than any Live API message needs; the connection was closed (1009)</source>
        <translation>Le serveur a envoyé un message de plus de %1 Mio, plus qu’aucun message de la Live API n’en demande ; la connexion a été fermée (1009)</translation>
    </message>
</context>
<context>
    <name>livedesk::tools::BuiltinTools</name>
    <message>
        <source>LiveDesk timer</source>
        <translation>Minuteur LiveDesk</translation>
    </message>
</context>
<context>
    <name>livedesk::video</name>
    <message>
        <source>No file or folder to share was given.</source>
        <translation>Aucun fichier ni dossier à partager n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is not a screen number (0, 1, …).</source>
        <translation>« %1 » n’est pas un numéro d’écran (0, 1, …).</translation>
    </message>
    <message>
        <source>No window to share was given.</source>
        <translation>Aucune fenêtre à partager n’a été indiquée.</translation>
    </message>
    <message>
        <source>No window has “%1” in its title.</source>
        <translation>Aucune fenêtre n’a « %1 » dans son titre.</translation>
    </message>
    <message>
        <source>%1 windows have “%2” in their title; give its id instead.</source>
        <translation>%1 fenêtres ont « %2 » dans leur titre ; indiquez plutôt son identifiant.</translation>
    </message>
    <message>
        <source>No video source was chosen.</source>
        <translation>Aucune source vidéo n’a été choisie.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::CameraSource</name>
    <message>
        <source>No camera found.</source>
        <translation>Aucune caméra trouvée.</translation>
    </message>
    <message>
        <source>Camera “%1” not found; available: %2.</source>
        <translation>Caméra « %1 » introuvable ; disponibles : %2.</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Caméra : %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Camera access was denied. Allow it in the system&apos;s privacy settings.</source>
        <translation>L’accès à la caméra a été refusé. Autorisez-le dans les réglages de confidentialité du système.</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>La caméra a échoué : %1</translation>
    </message>
    <message>
        <source>The camera stopped unexpectedly.</source>
        <translation>La caméra s’est arrêtée de façon inattendue.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::FileSource</name>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Vidéo : %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>The image “%1” cannot be read: %2.</source>
        <translation>L’image « %1 » ne peut pas être lue : %2.</translation>
    </message>
    <message>
        <source>The image “%1” is too large (%2 MB; the limit is %3 MB).</source>
        <translation>L’image « %1 » est trop grande (%2 Mo ; la limite est de %3 Mo).</translation>
    </message>
    <message>
        <source>“%1” is not an image that can be read (the file is corrupt or in an unsupported format).</source>
        <translation>« %1 » n’est pas une image lisible (le fichier est endommagé ou dans un format non pris en charge).</translation>
    </message>
    <message>
        <source>No file or folder was given.</source>
        <translation>Aucun fichier ni dossier n’a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (permission denied).</source>
        <translation>« %1 » ne peut pas être lu (permission refusée).</translation>
    </message>
    <message>
        <source>The folder “%1” contains no images (looked for %2).</source>
        <translation>Le dossier « %1 » ne contient aucune image (recherché : %2).</translation>
    </message>
    <message>
        <source>The video “%1” is empty.</source>
        <translation>La vidéo « %1 » est vide.</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a video (the file is corrupt or in a format this build cannot decode).</source>
        <translation>« %1 » n’a pas pu être ouvert comme vidéo (le fichier est endommagé ou dans un format que cette version ne sait pas décoder).</translation>
    </message>
    <message>
        <source>“%1” contains no video frames that can be decoded.</source>
        <translation>« %1 » ne contient aucune image vidéo décodable.</translation>
    </message>
    <message>
        <source>“%1” looks like a video, but this build cannot read video files (OpenCV&apos;s videoio module is missing).</source>
        <translation>« %1 » ressemble à une vidéo, mais cette version ne peut pas lire les fichiers vidéo (le module videoio d’OpenCV manque).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) in “%1” can be read.</source>
        <translation>
            <numerusform>L’image de « %1 » ne peut pas être lue.</numerusform>
            <numerusform>Aucune des %n images de « %1 » ne peut être lue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1 of “%2” cannot be decoded (the file is corrupt).</source>
        <translation>L’image %1 de « %2 » ne peut pas être décodée (le fichier est endommagé).</translation>
    </message>
    <message>
        <source>Frame %1 of “%2” has a pixel format that cannot be shown.</source>
        <translation>L’image %1 de « %2 » a un format de pixel impossible à afficher.</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>La lecture de « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>The image “%1” is too large: %2×%3 pixels (the limit is %4 megapixels).</source>
        <translation>L’image « %1 » est trop grande : %2×%3 pixels (la limite est de %4 mégapixels).</translation>
    </message>
</context>
<context>
    <name>livedesk::video::ScreenSource</name>
    <message>
        <source>Screen capture needs a graphical application; this process has none.</source>
        <translation>La capture d’écran demande une application graphique ; ce processus n’en est pas une.</translation>
    </message>
    <message>
        <source>Window sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Le partage d’une fenêtre n’est pas encore possible sous Wayland : il faut le portail du bureau (xdg-desktop-portal), que LiveDesk n’utilise pas. Partagez une caméra ou un fichier, ou ouvrez une session X11.</translation>
    </message>
    <message>
        <source>Screen sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Le partage d’écran n’est pas encore possible sous Wayland : il faut le portail du bureau (xdg-desktop-portal), que LiveDesk n’utilise pas. Partagez une caméra ou un fichier, ou ouvrez une session X11.</translation>
    </message>
    <message>
        <source>Window sharing is not available: LiveDesk runs through XWayland in a Wayland session, where other windows can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>Le partage d’une fenêtre n’est pas possible : LiveDesk tourne via XWayland dans une session Wayland, où les autres fenêtres ne se lisent que par le portail du bureau, que LiveDesk n’utilise pas encore.</translation>
    </message>
    <message>
        <source>Screen sharing is not available: LiveDesk runs through XWayland in a Wayland session, where the screen can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>Le partage d’écran n’est pas possible : LiveDesk tourne via XWayland dans une session Wayland, où l’écran ne se lit que par le portail du bureau, que LiveDesk n’utilise pas encore.</translation>
    </message>
    <message>
        <source>Screen capture needs a display; this process runs without one (Qt platform “%1”).</source>
        <translation>La capture d’écran demande un affichage ; ce processus n’en a pas (plateforme Qt « %1 »).</translation>
    </message>
    <message>
        <source>Sharing a single window is only supported on X11 so far; share the screen or a region of it instead.</source>
        <translation>Le partage d’une seule fenêtre n’est possible que sous X11 pour l’instant ; partagez l’écran ou une partie de l’écran.</translation>
    </message>
    <message>
        <source>Window 0x%1</source>
        <translation>Fenêtre 0x%1</translation>
    </message>
    <message>
        <source>Primary screen%1</source>
        <translation>Écran principal%1</translation>
    </message>
    <message>
        <source>Screen %1%2</source>
        <translation>Écran %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Screen %1 not found; there are %n screen(s).</source>
        <translation>
            <numerusform>Écran %1 introuvable ; il y a %n écran.</numerusform>
            <numerusform>Écran %1 introuvable ; il y a %n écrans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window 0x%1 not found; it may have been closed.</source>
        <translation>Fenêtre 0x%1 introuvable ; elle a peut-être été fermée.</translation>
    </message>
    <message>
        <source>The region %1,%2 %3×%4 lies outside what is shared (%5×%6).</source>
        <translation>La zone %1,%2 %3×%4 est en dehors de ce qui est partagé (%5×%6).</translation>
    </message>
    <message>
        <source>The shared screen was disconnected.</source>
        <translation>L’écran partagé a été déconnecté.</translation>
    </message>
    <message>
        <source>The shared window was closed.</source>
        <translation>La fenêtre partagée a été fermée.</translation>
    </message>
    <message>
        <source>The platform returned no picture for %1.</source>
        <translation>La plateforme n’a renvoyé aucune image pour %1.</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11.</source>
        <translation>Les fenêtres ne peuvent être listées que sous X11.</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11, and this build has no xcb support.</source>
        <translation>Les fenêtres ne peuvent être listées que sous X11, et cette version n’a pas la prise en charge de xcb.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::VideoSettings</name>
    <message>
        <source>The frame rate must be above 0 and at most 1 frame per second (got %1).</source>
        <translation>La fréquence d’images doit être supérieure à 0 et d’au plus 1 image par seconde (reçu : %1).</translation>
    </message>
    <message>
        <source>The idle frame rate must be above 0 (got %1).</source>
        <translation>La fréquence d’images au repos doit être supérieure à 0 (reçu : %1).</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100 (got %1).</source>
        <translation>La qualité JPEG doit être entre 1 et 100 (reçu : %1).</translation>
    </message>
    <message>
        <source>The longest side must be between %1 and %2 pixels (got %3).</source>
        <translation>Le plus grand côté doit faire entre %1 et %2 pixels (reçu : %3).</translation>
    </message>
    <message>
        <source>The keep-alive interval cannot be negative (got %1 ms).</source>
        <translation>L’intervalle de maintien de connexion ne peut pas être négatif (reçu : %1 ms).</translation>
    </message>
</context>
</TS>
