<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LiveDesk</source>
        <translation>Acerca de LiveDesk</translation>
    </message>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>Un asistente de voz y vídeo de escritorio para la Gemini Live API.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>no incluida en esta compilación</translation>
    </message>
    <message>
        <source>Features of this build</source>
        <translation>Funciones de esta compilación</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Copiar información de versión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CaptionsView</name>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
</context>
<context>
    <name>CaptionsWindow</name>
    <message>
        <source>LiveDesk captions</source>
        <translation>Subtítulos de LiveDesk</translation>
    </message>
    <message>
        <source>Captions appear here</source>
        <translation>Los subtítulos aparecen aquí</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>A conversation is running</source>
        <translation>Hay una conversación en curso</translation>
    </message>
    <message>
        <source>Keep talking with the window hidden (LiveDesk stays in the system tray), or end the conversation and quit?</source>
        <translation>¿Seguir hablando con la ventana oculta (LiveDesk queda en la bandeja del sistema) o terminar la conversación y salir?</translation>
    </message>
    <message>
        <source>Keep talking with the window minimised, or end the conversation and quit?</source>
        <translation>¿Seguir hablando con la ventana minimizada o terminar la conversación y salir?</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Recordar mi elección</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>Dejar en la bandeja</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>Minimizar</translation>
    </message>
    <message>
        <source>End and quit</source>
        <translation>Terminar y salir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <source>Allow “%1”?</source>
        <translation>¿Permitir «%1»?</translation>
    </message>
    <message>
        <source>The model wants to run a tool that can change something or share your data.</source>
        <translation>El modelo quiere usar una herramienta que puede cambiar algo o compartir tus datos.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more waiting</source>
        <translation>
            <numerusform>%Ln más en espera</numerusform>
            <numerusform>%Ln más en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <source>Allow for this session</source>
        <translation>Permitir en esta sesión</translation>
    </message>
    <message>
        <source>Always allow</source>
        <translation>Permitir siempre</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Hold Space or the Talk button while you speak, or type below.</source>
        <translation>Mantén pulsada la barra espaciadora o el botón Hablar mientras hablas, o escribe abajo.</translation>
    </message>
    <message>
        <source>Just start speaking, or type below.</source>
        <translation>Empieza a hablar, o escribe abajo.</translation>
    </message>
    <message>
        <source>Start a conversation, then speak naturally. Share your camera or screen for help with what you see.</source>
        <translation>Inicia una conversación y habla con naturalidad. Comparte la cámara o la pantalla para recibir ayuda con lo que ves.</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Iniciar conversación</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Demo sin conexión</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Activar micrófono</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar micrófono</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Dejar de compartir la cámara</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>Compartir la cámara</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Dejar de compartir la pantalla</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>Compartir la pantalla</translation>
    </message>
    <message>
        <source>Camera, screen and tool calls</source>
        <translation>Cámara, pantalla y llamadas a herramientas</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminar la conversación</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Stop recording (Ctrl+R)</source>
        <translation>Detener la grabación (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record the conversation (Ctrl+R)</source>
        <translation>Grabar la conversación (Ctrl+R)</translation>
    </message>
    <message>
        <source>New reply: %1</source>
        <translation>Nueva respuesta: %1</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search what was said</source>
        <translation>Buscar lo que se dijo</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Keep for</source>
        <translation>Conservar durante</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>siempre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Days to keep conversations (0 keeps them forever)</source>
        <translation>Días que se conservan las conversaciones (0 = para siempre)</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Conversaciones anteriores</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Ninguna conversación menciona «%1».</translation>
    </message>
    <message>
        <source>Conversations are saved here as you have them.</source>
        <translation>Las conversaciones se guardan aquí a medida que las tiene.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportar como Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>Delete this conversation</source>
        <translation>Eliminar esta conversación</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Herramienta %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choose a conversation to read it again.</source>
        <translation>Elija una conversación para volver a leerla.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Delete this conversation?</source>
        <translation>¿Eliminar esta conversación?</translation>
    </message>
    <message>
        <source>It is removed from the history for good. A recording of it stays where it was saved.</source>
        <translation>Se elimina del historial para siempre. Su grabación, si existe, se queda donde se guardó.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to %1 days.</source>
        <translation>Conserva las conversaciones de 0 (para siempre) a %1 días.</translation>
    </message>
    <message>
        <source>Move the damaged history aside and start a new one</source>
        <translation>Apartar el historial dañado y empezar uno nuevo</translation>
    </message>
</context>
<context>
    <name>ListenSourcePicker</name>
    <message>
        <source>Listen to</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>As a microphone</source>
        <translation>Como micrófono</translation>
    </message>
    <message>
        <source>Other programs (a call) can pick “LiveDesk translation” as their microphone.</source>
        <translation>Otros programas (una llamada) pueden elegir «LiveDesk translation» como micrófono.</translation>
    </message>
    <message>
        <source>Captions window</source>
        <translation>Ventana de subtítulos</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Hold to talk (push-to-talk mode)</source>
        <translation>Mantener pulsado para hablar (modo pulsar para hablar)</translation>
    </message>
    <message>
        <source>Talk: start or end your turn, or interrupt the model</source>
        <translation>Hablar: empezar o terminar tu turno, o interrumpir al modelo</translation>
    </message>
    <message>
        <source>Start or end the conversation</source>
        <translation>Iniciar o terminar la conversación</translation>
    </message>
    <message>
        <source>Start the offline demo</source>
        <translation>Iniciar la demo sin conexión</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Silenciar o activar el micrófono</translation>
    </message>
    <message>
        <source>Share the camera, or stop</source>
        <translation>Compartir la cámara, o dejar de hacerlo</translation>
    </message>
    <message>
        <source>Share the screen, or stop</source>
        <translation>Compartir la pantalla, o dejar de hacerlo</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Escribir un mensaje</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copiar la transcripción</translation>
    </message>
    <message>
        <source>Larger or smaller transcript text</source>
        <translation>Texto de la transcripción más grande o más pequeño</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Ir a una página</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Mini mode</source>
        <translation>Modo mini</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Record the conversation, or stop</source>
        <translation>Grabar la conversación o detener la grabación</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Type a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <source>Start a conversation to type</source>
        <translation>Inicia una conversación para escribir</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <source>LiveDesk mini mode</source>
        <translation>Modo mini de LiveDesk</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Activar micrófono</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar micrófono</translation>
    </message>
    <message>
        <source>Leave mini mode</source>
        <translation>Salir del modo mini</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminar la conversación</translation>
    </message>
</context>
<context>
    <name>ModePicker</name>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
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
        <translation>Predeterminado del modo</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>into</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>Idioma de destino</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Mini mode (Ctrl+Shift+M)</source>
        <translation>Modo mini (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Atajos de teclado (F1)</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>Acerca de LiveDesk</translation>
    </message>
</context>
<context>
    <name>NotesBar</name>
    <message>
        <source>Dismiss note</source>
        <translation>Descartar aviso</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Reproducir la grabación</translation>
    </message>
    <message>
        <source>Show the recording&apos;s folder</source>
        <translation>Mostrar la carpeta de la grabación</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
</context>
<context>
    <name>ScreenShareDialog</name>
    <message>
        <source>Share your screen</source>
        <translation>Compartir la pantalla</translation>
    </message>
    <message>
        <source>Choose what the model sees. It receives a picture of it about once a second until you stop sharing.</source>
        <translation>Elige lo que ve el modelo. Recibe una imagen aproximadamente una vez por segundo hasta que dejes de compartir.</translation>
    </message>
    <message>
        <source>Screens and windows</source>
        <translation>Pantallas y ventanas</translation>
    </message>
    <message>
        <source>No screen or window can be shared.</source>
        <translation>No se puede compartir ninguna pantalla ni ventana.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Saved: %1</source>
        <translation>Guardada: %1</translation>
    </message>
    <message>
        <source>Hide what you type</source>
        <translation>Ocultar lo que escribes</translation>
    </message>
    <message>
        <source>Show what you type</source>
        <translation>Mostrar lo que escribes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>In use until you quit: %1</source>
        <translation>En uso hasta que salgas: %1</translation>
    </message>
</context>
<context>
    <name>SettingChoice</name>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (no disponible)</translation>
    </message>
</context>
<context>
    <name>SettingText</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Elegir %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>Modelo y voz</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Camera and screen</source>
        <translation>Cámara y pantalla</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costes</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Where the conversation runs. The offline demo needs no key and no network.</source>
        <translation>Dónde se ejecuta la conversación. La demo sin conexión no necesita clave ni red.</translation>
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
        <translation>Servidor de tokens efímeros</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Demo sin conexión</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Clave de la API de Gemini</translation>
    </message>
    <message>
        <source>Paste your key from Google AI Studio</source>
        <translation>Pega tu clave de Google AI Studio</translation>
    </message>
    <message>
        <source>Google Cloud project</source>
        <translation>Proyecto de Google Cloud</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>A region such as us-central1, or global.</source>
        <translation>Una región como us-central1, o global.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>Token de acceso OAuth</translation>
    </message>
    <message>
        <source>Express-mode API key</source>
        <translation>Clave de API del modo exprés</translation>
    </message>
    <message>
        <source>Vertex AI credential</source>
        <translation>Credencial de Vertex AI</translation>
    </message>
    <message>
        <source>Access token or API key</source>
        <translation>Token de acceso o clave de API</translation>
    </message>
    <message>
        <source>Token server</source>
        <translation>Servidor de tokens</translation>
    </message>
    <message>
        <source>Your server that creates short-lived tokens, so the API key never leaves it.</source>
        <translation>Tu servidor que crea tokens de corta duración, para que la clave de API nunca salga de él.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>A Live API compatible WebSocket server.</source>
        <translation>Un servidor WebSocket compatible con la Live API.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Add a model by name</source>
        <translation>Añadir un modelo por nombre</translation>
    </message>
    <message>
        <source>Model name to add</source>
        <translation>Nombre del modelo que añadir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Response language</source>
        <translation>Idioma de respuesta</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>Instrucción del sistema</translation>
    </message>
    <message>
        <source>How the model should behave, in your words.</source>
        <translation>Cómo debe comportarse el modelo, con tus palabras.</translation>
    </message>
    <message>
        <source>You are a friendly assistant who answers briefly.</source>
        <translation>Eres un asistente amable que responde con brevedad.</translation>
    </message>
    <message>
        <source>Affective dialog</source>
        <translation>Diálogo afectivo</translation>
    </message>
    <message>
        <source>The model adapts its tone to how you sound.</source>
        <translation>El modelo adapta su tono a cómo suenas.</translation>
    </message>
    <message>
        <source>Proactive audio</source>
        <translation>Audio proactivo</translation>
    </message>
    <message>
        <source>The model may stay silent when a reply is not needed.</source>
        <translation>El modelo puede callar cuando no hace falta responder.</translation>
    </message>
    <message>
        <source>Transcribe what you say</source>
        <translation>Transcribir lo que dices</translation>
    </message>
    <message>
        <source>Transcribe what the model says</source>
        <translation>Transcribir lo que dice el modelo</translation>
    </message>
    <message>
        <source>Context compression</source>
        <translation>Compresión del contexto</translation>
    </message>
    <message>
        <source>Lets conversations run longer than 15 minutes (2 with video).</source>
        <translation>Permite conversaciones de más de 15 minutos (2 con vídeo).</translation>
    </message>
    <message>
        <source>Talk mode</source>
        <translation>Modo de habla</translation>
    </message>
    <message>
        <source>Applies to the next conversation.</source>
        <translation>Se aplica a la próxima conversación.</translation>
    </message>
    <message>
        <source>Hands-free (the service detects speech)</source>
        <translation>Manos libres (el servicio detecta la voz)</translation>
    </message>
    <message>
        <source>Hands-free (LiveDesk detects speech)</source>
        <translation>Manos libres (LiveDesk detecta la voz)</translation>
    </message>
    <message>
        <source>Push to talk (click, or hold Space)</source>
        <translation>Pulsar para hablar (clic, o mantener la barra espaciadora)</translation>
    </message>
    <message>
        <source>When you speak over the model</source>
        <translation>Cuando hablas mientras habla el modelo</translation>
    </message>
    <message>
        <source>Interrupt it</source>
        <translation>Interrumpirlo</translation>
    </message>
    <message>
        <source>Let it finish</source>
        <translation>Dejar que termine</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>Sensibilidad al inicio del habla</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>Predeterminado del servicio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>Sensibilidad al final del habla</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>Silencio que termina tu turno</translation>
    </message>
    <message>
        <source>0 uses the service&apos;s default.</source>
        <translation>0 usa el valor predeterminado del servicio.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Speech needed to start a turn</source>
        <translation>Voz necesaria para empezar un turno</translation>
    </message>
    <message>
        <source>Local barge-in</source>
        <translation>Interrupción local</translation>
    </message>
    <message>
        <source>What LiveDesk does at once when you start talking while the model speaks.</source>
        <translation>Lo que LiveDesk hace al instante cuando empiezas a hablar mientras habla el modelo.</translation>
    </message>
    <message>
        <source>Lower the model&apos;s voice</source>
        <translation>Bajar la voz del modelo</translation>
    </message>
    <message>
        <source>Stop the model</source>
        <translation>Detener el modelo</translation>
    </message>
    <message>
        <source>Nothing (wait for the service)</source>
        <translation>Nada (esperar al servicio)</translation>
    </message>
    <message>
        <source>Barge-in sensitivity</source>
        <translation>Sensibilidad de la interrupción</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>Cancelación de eco</translation>
    </message>
    <message>
        <source>Keeps the model from hearing itself through your speakers.</source>
        <translation>Evita que el modelo se oiga a sí mismo por tus altavoces.</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Supresión de ruido</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <source>From 0.5 (slower) to 2 (faster); the pitch stays the same.</source>
        <translation>De 0,5 (más lento) a 2 (más rápido); el tono no cambia.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Frecuencia de imágenes</translation>
    </message>
    <message>
        <source>At most one frame per second; fewer costs less.</source>
        <translation>Como máximo una imagen por segundo; menos cuesta menos.</translation>
    </message>
    <message>
        <source>frames/s</source>
        <translation>imágenes/s</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Higher shows more detail and costs more tokens per frame.</source>
        <translation>Más alta muestra más detalle y cuesta más tokens por imagen.</translation>
    </message>
    <message>
        <source>Low (512 px)</source>
        <translation>Baja (512 px)</translation>
    </message>
    <message>
        <source>Medium (1024 px)</source>
        <translation>Media (1024 px)</translation>
    </message>
    <message>
        <source>High (1536 px)</source>
        <translation>Alta (1536 px)</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>Calidad JPEG</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Búsqueda de Google</translation>
    </message>
    <message>
        <source>The model may search the web; its sources show under the answer.</source>
        <translation>El modelo puede buscar en la web; sus fuentes aparecen bajo la respuesta.</translation>
    </message>
    <message>
        <source>Tools file</source>
        <translation>Archivo de herramientas</translation>
    </message>
    <message>
        <source>A JSON file of your own tools (commands or web requests).</source>
        <translation>Un archivo JSON con tus propias herramientas (comandos o peticiones web).</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>A JSON file in the common “mcpServers” format.</source>
        <translation>Un archivo JSON en el formato habitual «mcpServers».</translation>
    </message>
    <message>
        <source>Always allowed</source>
        <translation>Siempre permitidas</translation>
    </message>
    <message>
        <source>Tools you allowed for good. Remove one to be asked again.</source>
        <translation>Herramientas que permitiste para siempre. Quita una para que se vuelva a preguntar.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Stop always allowing %1</source>
        <translation>Dejar de permitir siempre %1</translation>
    </message>
    <message>
        <source>Use my own prices</source>
        <translation>Usar mis propios precios</translation>
    </message>
    <message>
        <source>Otherwise the published prices of the chosen model are used. The cost shown is an estimate.</source>
        <translation>Si no, se usan los precios publicados del modelo elegido. El coste mostrado es una estimación.</translation>
    </message>
    <message>
        <source>Text input</source>
        <translation>Entrada de texto</translation>
    </message>
    <message>
        <source>US$ per million tokens</source>
        <translation>US$ por millón de tokens</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Entrada de audio</translation>
    </message>
    <message>
        <source>Image and video input</source>
        <translation>Entrada de imagen y vídeo</translation>
    </message>
    <message>
        <source>Text output</source>
        <translation>Salida de texto</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Salida de audio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Transcript text size</source>
        <translation>Tamaño del texto de la transcripción</translation>
    </message>
    <message>
        <source>Ctrl+Plus and Ctrl+Minus change it too.</source>
        <translation>También con Ctrl+Más y Ctrl+Menos.</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Closing the window during a conversation</source>
        <translation>Cerrar la ventana durante una conversación</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Keep running in the background</source>
        <translation>Seguir en segundo plano</translation>
    </message>
    <message>
        <source>End the conversation and quit</source>
        <translation>Terminar la conversación y salir</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <source>Software drawing repaints only what changes and uses less power where there is no graphics driver. Applies when LiveDesk starts again.</source>
        <translation>El dibujo por software solo vuelve a pintar lo que cambia y gasta menos energía donde no hay controlador gráfico. Se aplica cuando LiveDesk se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Graphics card (OpenGL)</source>
        <translation>Tarjeta gráfica (OpenGL)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Hear the original quietly</source>
        <translation>Oír el original en voz baja</translation>
    </message>
    <message>
        <source>When translating the computer or an application: the original plays under the translation.</source>
        <translation>Al traducir el equipo o una aplicación: el original suena bajo la traducción.</translation>
    </message>
    <message>
        <source>Level of the original</source>
        <translation>Nivel del original</translation>
    </message>
    <message>
        <source>Below its full level, from -60 to 0 dB (-22 dB is 8 %).</source>
        <translation>Por debajo de su nivel completo, de -60 a 0 dB (-22 dB es el 8 %).</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Send the original when there is no translation</source>
        <translation>Enviar el original cuando no hay traducción</translation>
    </message>
    <message>
        <source>With “As a microphone”: the call hears the original until the translation speaks.</source>
        <translation>Con «Como micrófono»: la llamada oye el original hasta que habla la traducción.</translation>
    </message>
</context>
<context>
    <name>SharingIndicator</name>
    <message>
        <source>Camera paused</source>
        <translation>Cámara en pausa</translation>
    </message>
    <message>
        <source>Screen sharing paused</source>
        <translation>Pantalla compartida en pausa</translation>
    </message>
    <message>
        <source>Sharing the camera</source>
        <translation>Compartiendo la cámara</translation>
    </message>
    <message>
        <source>Sharing the screen</source>
        <translation>Compartiendo la pantalla</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Dejar de compartir la cámara</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Dejar de compartir la pantalla</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <comment>key</comment>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <comment>key</comment>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Alt</source>
        <comment>key</comment>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>key</comment>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>key</comment>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Live (offline demo)</source>
        <translation>En directo (demo sin conexión)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Session time %1</source>
        <translation>Tiempo de sesión %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reconnect(s)</source>
        <translation>
            <numerusform>%Ln reconexión</numerusform>
            <numerusform>%Ln reconexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>In: %1 · Out: %2</source>
        <translation>Entrada: %1 · Salida: %2</translation>
    </message>
    <message>
        <source>≈ US$%1</source>
        <translation>≈ %1 US$</translation>
    </message>
    <message>
        <source>Estimated cost %1 US dollars</source>
        <translation>Coste estimado %1 dólares estadounidenses</translation>
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
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Click to start or end your turn, or hold to talk. Space also holds.</source>
        <translation>Haz clic para empezar o terminar tu turno, o mantén pulsado para hablar. La barra espaciadora también sirve.</translation>
    </message>
    <message>
        <source>The microphone is open. Click to interrupt the model.</source>
        <translation>El micrófono está abierto. Haz clic para interrumpir al modelo.</translation>
    </message>
    <message>
        <source>Starts a conversation.</source>
        <translation>Inicia una conversación.</translation>
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
        <translation>Llamada a herramienta %1: %2</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Arguments: %1</source>
        <translation>Argumentos: %1</translation>
    </message>
</context>
<context>
    <name>ToolCallsPanel</name>
    <message>
        <source>Tool calls</source>
        <translation>Llamadas a herramientas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln en curso</numerusform>
            <numerusform>%Ln en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>When the model uses a tool, it shows here.</source>
        <translation>Cuando el modelo use una herramienta, aparecerá aquí.</translation>
    </message>
</context>
<context>
    <name>TranscriptBubble</name>
    <message>
        <source>You said: %1</source>
        <translation>Dijiste: %1</translation>
    </message>
    <message>
        <source>The model said: %1</source>
        <translation>El modelo dijo: %1</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>(no se reconocieron palabras)</translation>
    </message>
    <message>
        <source>Interrupted · struck-out words were not heard</source>
        <translation>Interrumpido · no se oyeron las palabras tachadas</translation>
    </message>
    <message>
        <source>Copy your message %1</source>
        <translation>Copiar tu mensaje %1</translation>
    </message>
    <message>
        <source>Copy answer %1</source>
        <translation>Copiar la respuesta %1</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Transcripción de la conversación</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Esperando confirmación</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Lo último</translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <source>Camera and screen</source>
        <translation>Cámara y pantalla</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartiendo</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Stop sharing the camera</source>
        <translation>Dejar de compartir la cámara</translation>
    </message>
    <message>
        <source>Share the camera</source>
        <translation>Compartir la cámara</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Stop sharing the screen</source>
        <translation>Dejar de compartir la pantalla</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>Compartir la pantalla</translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause sharing</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>The frame last sent to the model</source>
        <translation>La última imagen enviada al modelo</translation>
    </message>
    <message>
        <source>Waiting for the first frame…</source>
        <translation>Esperando la primera imagen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln frame(s) sent</source>
        <translation>
            <numerusform>%1 · %Ln imagen enviada</numerusform>
            <numerusform>%1 · %Ln imágenes enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a conversation to share your camera or screen.</source>
        <translation>Inicia una conversación para compartir la cámara o la pantalla.</translation>
    </message>
</context>
<context>
    <name>VoiceVisual</name>
    <message>
        <source>Microphone off</source>
        <translation>Micrófono apagado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Hearing you</source>
        <translation>Te escucho</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Voice: %1</source>
        <translation>Voz: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>Te damos la bienvenida a LiveDesk</translation>
    </message>
    <message>
        <source>Talk with Gemini in real time, and show it your camera or screen.</source>
        <translation>Habla con Gemini en tiempo real y muéstrale tu cámara o tu pantalla.</translation>
    </message>
    <message>
        <source>Try it without a key</source>
        <translation>Pruébalo sin clave</translation>
    </message>
    <message>
        <source>The offline demo runs a stand-in for the Live API on this computer: no account, no network. It answers with a synthetic voice and shows how tools and transcripts work.</source>
        <translation>La demo sin conexión simula la Live API en este ordenador: sin cuenta ni red. Responde con una voz sintética y muestra cómo funcionan las herramientas y las transcripciones.</translation>
    </message>
    <message>
        <source>Try the offline demo</source>
        <translation>Probar la demo sin conexión</translation>
    </message>
    <message>
        <source>Enter an API key</source>
        <translation>Introducir una clave de API</translation>
    </message>
    <message>
        <source>Create a free key at &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. LiveDesk keeps it in your system keychain.</source>
        <translation>Crea una clave gratuita en &lt;a href=&quot;https://aistudio.google.com/apikey&quot;&gt;aistudio.google.com&lt;/a&gt;. LiveDesk la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Clave de la API de Gemini</translation>
    </message>
    <message>
        <source>Paste your key here</source>
        <translation>Pega tu clave aquí</translation>
    </message>
    <message>
        <source>Vertex AI and other ways to connect…</source>
        <translation>Vertex AI y otras formas de conectarse…</translation>
    </message>
</context>
<context>
    <name>livedesk::app</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a URL (expected e.g. ws://127.0.0.1:8765).</source>
        <translation>El punto de conexión «%1» no es una URL (por ejemplo ws://127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>No model given and the model table has no default.</source>
        <translation>No se indicó ningún modelo y la tabla de modelos no tiene uno predeterminado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 30 prebuilt voices; the service may reject it.</source>
        <translation>«%1» no es una de las 30 voces predefinidas; puede que el servicio la rechace.</translation>
    </message>
    <message>
        <source>%1 has been retired by the service (it answers 1008 &quot;not found&quot;); use %2.</source>
        <translation>El servicio ha retirado %1 (responde 1008 «not found»); usa %2.</translation>
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
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>not recorded (the app stopped, or the session is still running)</source>
        <translation>no registrado (la aplicación se detuvo o la sesión sigue en curso)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>%1 prompt tokens, %2 response tokens, about %3 USD</source>
        <translation>%1 tokens de entrada, %2 tokens de respuesta, unos %3 USD</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Grabación:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrumpido)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Tool `%1`: %2</source>
        <translation>Herramienta `%1`: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot write the transcript %1: %2</source>
        <translation>No se puede escribir la transcripción %1: %2</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Visual help</source>
        <translation>Ayuda visual</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>cue %1: &quot;%2&quot; is not a valid timing</source>
        <translation>subtítulo %1: «%2» no es un tiempo válido</translation>
    </message>
    <message>
        <source>cue %1: it ends before it starts</source>
        <translation>subtítulo %1: termina antes de empezar</translation>
    </message>
    <message>
        <source>not a WebVTT file: it must start with WEBVTT</source>
        <translation>no es un archivo WebVTT: debe empezar por WEBVTT</translation>
    </message>
    <message>
        <source>cue %1: no timing line (start --&gt; end)</source>
        <translation>subtítulo %1: falta la línea de tiempos (inicio --&gt; fin)</translation>
    </message>
    <message>
        <source>cue %1: expected a number, then a timing line</source>
        <translation>subtítulo %1: se esperaba un número y luego una línea de tiempos</translation>
    </message>
    <message>
        <source>%1: subtitles must be .vtt (WebVTT) or .srt</source>
        <translation>%1: los subtítulos deben ser .vtt (WebVTT) o .srt</translation>
    </message>
    <message>
        <source>Cannot write the subtitles %1: %2</source>
        <translation>No se pueden escribir los subtítulos %1: %2</translation>
    </message>
    <message>
        <source>Translation needs a target language (e.g. de-DE).</source>
        <translation>La traducción necesita un idioma de destino (p. ej., de-DE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. de-DE or fr).</source>
        <translation>«%1» no es un código de idioma (se esperaba p. ej. de-DE o fr).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (expected e.g. en-US, or auto).</source>
        <translation>«%1» no es un código de idioma (se esperaba p. ej. en-US o auto).</translation>
    </message>
    <message>
        <source>Interpreting needs both languages: the source language of one person and the target language of the other.</source>
        <translation>La interpretación necesita los dos idiomas: el de una persona y el de la otra.</translation>
    </message>
    <message>
        <source>The source and target languages are the same (%1).</source>
        <translation>El idioma de origen y el de destino son el mismo (%1).</translation>
    </message>
    <message>
        <source>%1 translates into one language only: everything will be translated into %2, not both ways. Choose a general model to interpret between two people.</source>
        <translation>%1 traduce a un solo idioma: todo se traducirá a %2, no en ambos sentidos. Elija un modelo general para interpretar entre dos personas.</translation>
    </message>
    <message>
        <source>%1 takes no instructions: the names and terms to keep were not sent.</source>
        <translation>%1 no acepta instrucciones: no se enviaron los nombres y términos que se deben conservar.</translation>
    </message>
    <message>
        <source>%1 takes no system instruction; yours was not sent.</source>
        <translation>%1 no acepta instrucciones del sistema; la suya no se envió.</translation>
    </message>
    <message>
        <source>%1 neither translates nor takes instructions: it will answer rather than translate.</source>
        <translation>%1 ni traduce ni acepta instrucciones: responderá en lugar de traducir.</translation>
    </message>
    <message>
        <source>%1 takes spoken audio only; typed text is not sent.</source>
        <translation>%1 solo admite audio hablado; el texto escrito no se envía.</translation>
    </message>
    <message>
        <source>pactl could not be started (install pulseaudio-utils)</source>
        <translation>No se pudo iniciar pactl (instala pulseaudio-utils)</translation>
    </message>
    <message>
        <source>pactl %1 did not answer within %2 s</source>
        <translation>pactl %1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>--listen app:NAME needs the application&apos;s name, e.g. app:firefox</source>
        <translation>--listen app:NAME necesita el nombre de la aplicación, p. ej. app:firefox</translation>
    </message>
    <message>
        <source>--listen expects system, app:NAME or mic, not &quot;%1&quot;</source>
        <translation>--listen espera system, app:NAME o mic, no «%1»</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AboutText</name>
    <message>
        <source>Application framework, audio and camera devices, interface</source>
        <translation>Marco de la aplicación, dispositivos de audio y cámara, interfaz</translation>
    </message>
    <message>
        <source>Resizing and JPEG encoding of camera and screen frames</source>
        <translation>Escalado y codificación JPEG de imágenes de cámara y pantalla</translation>
    </message>
    <message>
        <source>Echo cancellation, noise suppression and gain control</source>
        <translation>Cancelación de eco, supresión de ruido y control de ganancia</translation>
    </message>
    <message>
        <source>Sample-rate conversion</source>
        <translation>Conversión de frecuencia de muestreo</translation>
    </message>
    <message>
        <source>Speech rate without a change of pitch</source>
        <translation>Velocidad de habla sin cambiar el tono</translation>
    </message>
    <message>
        <source>Opus audio codec for recordings</source>
        <translation>Códec de audio Opus para grabaciones</translation>
    </message>
    <message>
        <source>Ogg Opus files for recordings</source>
        <translation>Archivos Ogg Opus para grabaciones</translation>
    </message>
    <message>
        <source>Speech for the offline demo</source>
        <translation>Voz para la demo sin conexión</translation>
    </message>
    <message>
        <source>Keeps the API key in the system keychain</source>
        <translation>Guarda la clave de API en el llavero del sistema</translation>
    </message>
    <message>
        <source>Echo cancellation and noise suppression</source>
        <translation>Cancelación de eco y supresión de ruido</translation>
    </message>
    <message>
        <source>Adjustable speech rate</source>
        <translation>Velocidad de habla ajustable</translation>
    </message>
    <message>
        <source>Recording conversations as Ogg Opus</source>
        <translation>Grabar conversaciones en Ogg Opus</translation>
    </message>
    <message>
        <source>Spoken answers in the offline demo</source>
        <translation>Respuestas habladas en la demo sin conexión</translation>
    </message>
    <message>
        <source>API key in the system keychain</source>
        <translation>Clave de API en el llavero del sistema</translation>
    </message>
    <message>
        <source>Video files as a frame source</source>
        <translation>Archivos de vídeo como fuente de imágenes</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppController</name>
    <message>
        <source>The offline demo could not start</source>
        <translation>No se pudo iniciar la demo sin conexión</translation>
    </message>
    <message>
        <source>No token server</source>
        <translation>No hay servidor de tokens</translation>
    </message>
    <message>
        <source>Enter the address of your token server in the settings.</source>
        <translation>Introduce la dirección de tu servidor de tokens en los ajustes.</translation>
    </message>
    <message>
        <source>No token from the token server</source>
        <translation>El servidor de tokens no dio ningún token</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>No hay clave de API</translation>
    </message>
    <message>
        <source>Enter a Vertex AI access token or express-mode API key in the settings.</source>
        <translation>Introduce en los ajustes un token de acceso de Vertex AI o una clave de API del modo exprés.</translation>
    </message>
    <message>
        <source>Enter your Gemini API key in the settings, or try the offline demo.</source>
        <translation>Introduce tu clave de la API de Gemini en los ajustes, o prueba la demo sin conexión.</translation>
    </message>
    <message>
        <source>These settings cannot work</source>
        <translation>Estos ajustes no pueden funcionar</translation>
    </message>
    <message>
        <source>The tools could not be loaded</source>
        <translation>No se pudieron cargar las herramientas</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Temporizador: %1</translation>
    </message>
    <message>
        <source>The chosen device could not be opened.</source>
        <translation>No se pudo abrir el dispositivo elegido.</translation>
    </message>
    <message>
        <source>Your saved modes could not be read: %1</source>
        <translation>No se pudieron leer sus modos guardados: %1</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Recording saved: %1</source>
        <translation>Grabación guardada: %1</translation>
    </message>
    <message>
        <source>The history cannot be saved: %1</source>
        <translation>No se puede guardar el historial: %1</translation>
    </message>
    <message>
        <source>Keep conversations for 0 (forever) to 36500 days.</source>
        <translation>Conserve las conversaciones de 0 (para siempre) a 36500 días.</translation>
    </message>
    <message>
        <source>This conversation is not saved in the history: %1</source>
        <translation>Esta conversación no se guarda en el historial: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
    <message>
        <source>Start a conversation to record it.</source>
        <translation>Inicie una conversación para grabarla.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Aún no hay respuesta</translation>
    </message>
    <message numerus="yes">
        <source>The model has not answered for %n second(s).</source>
        <translation>
            <numerusform>El modelo no ha respondido en %n segundo.</numerusform>
            <numerusform>El modelo no ha respondido en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to ask again.</source>
        <translation>No hay nada que volver a preguntar.</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>Demo sin conexión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The history is not damaged.</source>
        <translation>El historial no está dañado.</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1, but a new one cannot be started: %2</source>
        <translation>El historial dañado se movió a %1, pero no se puede empezar uno nuevo: %2</translation>
    </message>
    <message>
        <source>The damaged history was moved to %1; a new one was started.</source>
        <translation>El historial dañado se movió a %1; se empezó uno nuevo.</translation>
    </message>
    <message>
        <source>The translation listens to the microphone: %1</source>
        <translation>La traducción escucha el micrófono: %1</translation>
    </message>
    <message>
        <source>The events or metrics file cannot be written</source>
        <translation>No se puede escribir el archivo de eventos o de métricas</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>No escrito: %1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::AppSettings</name>
    <message>
        <source>The settings file %1 could not be read, so LiveDesk uses its defaults. The file was left as it is; fix or remove it to get your settings back.</source>
        <translation>No se pudo leer el archivo de ajustes %1, así que LiveDesk usa los valores predeterminados. El archivo se dejó tal cual; corrígelo o elimínalo para recuperar tus ajustes.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or written; changes will not be kept.</source>
        <translation>No se puede leer ni escribir el archivo de ajustes %1; los cambios no se guardarán.</translation>
    </message>
    <message>
        <source>These settings in %1 had values LiveDesk cannot use and were ignored (their defaults apply until you change them): %2.</source>
        <translation>Estos ajustes de %1 tenían valores que LiveDesk no puede usar y se ignoraron (se aplican sus valores predeterminados hasta que los cambies): %2.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ChoiceText</name>
    <message>
        <source>Bright</source>
        <translation>Brillante</translation>
    </message>
    <message>
        <source>Upbeat</source>
        <translation>Animada</translation>
    </message>
    <message>
        <source>Informative</source>
        <translation>Informativa</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Excitable</source>
        <translation>Entusiasta</translation>
    </message>
    <message>
        <source>Youthful</source>
        <translation>Juvenil</translation>
    </message>
    <message>
        <source>Breezy</source>
        <translation>Desenfadada</translation>
    </message>
    <message>
        <source>Easy-going</source>
        <translation>Tranquila</translation>
    </message>
    <message>
        <source>Breathy</source>
        <translation>Susurrante</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Gravelly</source>
        <translation>Ronca</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Delicada</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Madura</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Directa</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Amable</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Tierna</translation>
    </message>
    <message>
        <source>Lively</source>
        <translation>Vivaz</translation>
    </message>
    <message>
        <source>Knowledgeable</source>
        <translation>Erudita</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Cálida</translation>
    </message>
    <message>
        <source>Default (Puck)</source>
        <translation>Predeterminada (Puck)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>The model answers in the language you speak</source>
        <translation>El modelo responde en el idioma en que hablas</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Cli</name>
    <message>
        <source>A desktop voice and video assistant for the Gemini Live API.</source>
        <translation>Un asistente de voz y vídeo de escritorio para la Gemini Live API.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Conversation</name>
    <message>
        <source>Reconnected</source>
        <translation>Reconectado</translation>
    </message>
    <message numerus="yes">
        <source>Context restored from the last %n turn(s): the model no longer remembers what it heard or saw before.</source>
        <translation>
            <numerusform>Contexto restaurado a partir del último turno: el modelo ya no recuerda lo que oyó o vio antes.</numerusform>
            <numerusform>Contexto restaurado a partir de los últimos %n turnos: el modelo ya no recuerda lo que oyó o vio antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>livedesk::app::DeviceModel</name>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Pantalla %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Pantalla principal</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ErrorText</name>
    <message>
        <source>close code %1</source>
        <translation>código de cierre %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>No se aceptó la clave de API</translation>
    </message>
    <message>
        <source>Check that the key is complete and belongs to a project with the Gemini API enabled, then enter it again.</source>
        <translation>Comprueba que la clave esté completa y pertenezca a un proyecto con la Gemini API activada, y vuelve a introducirla.</translation>
    </message>
    <message>
        <source>Usage limit reached</source>
        <translation>Límite de uso alcanzado</translation>
    </message>
    <message>
        <source>Your project has used its quota or has too many conversations open. Try again in a few minutes.</source>
        <translation>Tu proyecto ha agotado su cuota o tiene demasiadas conversaciones abiertas. Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>El modelo no está disponible</translation>
    </message>
    <message>
        <source>The service does not offer this model for live conversations. Choose another model.</source>
        <translation>El servicio no ofrece este modelo para conversaciones en directo. Elige otro modelo.</translation>
    </message>
    <message>
        <source>The service does not offer “%1” for live conversations. Choose another model.</source>
        <translation>El servicio no ofrece «%1» para conversaciones en directo. Elige otro modelo.</translation>
    </message>
    <message>
        <source>The settings were not accepted</source>
        <translation>No se aceptaron los ajustes</translation>
    </message>
    <message>
        <source>The service refused this combination of settings. Check the model and its options.</source>
        <translation>El servicio rechazó esta combinación de ajustes. Revisa el modelo y sus opciones.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>LiveDesk cannot reach the service. Check your internet connection and try again.</source>
        <translation>LiveDesk no llega al servicio. Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The service had a problem</source>
        <translation>El servicio tuvo un problema</translation>
    </message>
    <message>
        <source>The conversation ended on the service&apos;s side. Start it again.</source>
        <translation>El servicio terminó la conversación. Iníciala de nuevo.</translation>
    </message>
    <message>
        <source>The service refused the conversation</source>
        <translation>El servicio rechazó la conversación</translation>
    </message>
    <message>
        <source>This may be a regional restriction or a content policy. The details below say what the service reported.</source>
        <translation>Puede deberse a una restricción regional o a una política de contenido. Los detalles de abajo dicen lo que informó el servicio.</translation>
    </message>
    <message>
        <source>The service did not answer</source>
        <translation>El servicio no respondió</translation>
    </message>
    <message>
        <source>The conversation could not start in time. Try again.</source>
        <translation>La conversación no pudo empezar a tiempo. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A message from the service was skipped</source>
        <translation>Se omitió un mensaje del servicio</translation>
    </message>
    <message>
        <source>The conversation goes on.</source>
        <translation>La conversación continúa.</translation>
    </message>
    <message>
        <source>The microphone is silent</source>
        <translation>El micrófono está en silencio</translation>
    </message>
    <message>
        <source>No sound arrives from the microphone. It may be muted in the system or unplugged; choose another one if needed.</source>
        <translation>No llega sonido del micrófono. Puede estar silenciado en el sistema o desconectado; elige otro si hace falta.</translation>
    </message>
    <message>
        <source>Microphone disconnected</source>
        <translation>Micrófono desconectado</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default microphone.</source>
        <translation>LiveDesk ha pasado al micrófono predeterminado del sistema.</translation>
    </message>
    <message>
        <source>Speaker disconnected</source>
        <translation>Altavoz desconectado</translation>
    </message>
    <message>
        <source>LiveDesk switched to the system&apos;s default speaker.</source>
        <translation>LiveDesk ha pasado al altavoz predeterminado del sistema.</translation>
    </message>
    <message>
        <source>The microphone could not be used</source>
        <translation>No se pudo usar el micrófono</translation>
    </message>
    <message>
        <source>Choose another microphone.</source>
        <translation>Elige otro micrófono.</translation>
    </message>
    <message>
        <source>The speaker could not be used</source>
        <translation>No se pudo usar el altavoz</translation>
    </message>
    <message>
        <source>Choose another speaker.</source>
        <translation>Elige otro altavoz.</translation>
    </message>
    <message>
        <source>Echo cancellation is not available</source>
        <translation>La cancelación de eco no está disponible</translation>
    </message>
    <message>
        <source>Use headphones so the model does not hear itself.</source>
        <translation>Usa auriculares para que el modelo no se oiga a sí mismo.</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed</source>
        <translation>No se puede cambiar la velocidad de habla</translation>
    </message>
    <message>
        <source>The model speaks at its normal rate.</source>
        <translation>El modelo habla a su velocidad normal.</translation>
    </message>
    <message>
        <source>Some microphone audio was lost</source>
        <translation>Se perdió algo de audio del micrófono</translation>
    </message>
    <message>
        <source>The computer was too busy for a moment.</source>
        <translation>El ordenador estuvo demasiado ocupado un momento.</translation>
    </message>
    <message>
        <source>No microphone or speaker</source>
        <translation>No hay micrófono ni altavoz</translation>
    </message>
    <message>
        <source>LiveDesk could not open any audio device. Connect one or choose another.</source>
        <translation>LiveDesk no pudo abrir ningún dispositivo de audio. Conecta uno o elige otro.</translation>
    </message>
    <message>
        <source>The camera could not be shared</source>
        <translation>No se pudo compartir la cámara</translation>
    </message>
    <message>
        <source>The screen could not be shared</source>
        <translation>No se pudo compartir la pantalla</translation>
    </message>
    <message>
        <source>Enter key</source>
        <translation>Introducir clave</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir ajustes</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Elegir un modelo</translation>
    </message>
    <message>
        <source>Choose a microphone</source>
        <translation>Elegir un micrófono</translation>
    </message>
    <message>
        <source>Choose a speaker</source>
        <translation>Elegir un altavoz</translation>
    </message>
    <message>
        <source>Choose a camera</source>
        <translation>Elegir una cámara</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Volver a preguntar</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistoryListModel</name>
    <message>
        <source>The history is not open.</source>
        <translation>El historial no está abierto.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
</context>
<context>
    <name>livedesk::app::HistorySessionModel</name>
    <message>
        <source>Open a conversation first.</source>
        <translation>Abra primero una conversación.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>Unknown export format: %1</source>
        <translation>Formato de exportación desconocido: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>El historial necesita el controlador SQLite de Qt, que no está instalado (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history database %1 is a folder.</source>
        <translation>La base de datos del historial %1 es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>No se puede crear la carpeta %1 para el historial.</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (not SQLite); it was left untouched.</source>
        <translation>%1 no es una base de datos de historial de LiveDesk (no es SQLite); no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>No se puede abrir la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 no es una base de datos SQLite utilizable: %2</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer LiveDesk (schema %2); this one reads schema %3. It was left untouched.</source>
        <translation>El historial %1 lo escribió un LiveDesk más reciente (esquema %2); este lee el esquema %3. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a LiveDesk history; it was left untouched.</source>
        <translation>%1 es una base de datos SQLite pero no un historial de LiveDesk; no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot switch the history %1 to write-ahead logging: %2</source>
        <translation>No se puede cambiar el historial %1 al registro de escritura anticipada: %2</translation>
    </message>
    <message>
        <source>Cannot set up the history database %1: %2</source>
        <translation>No se puede preparar la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <source>The SQLite library in use has no full-text search (FTS5): history search finds exact text only, without ranking.</source>
        <translation>La biblioteca SQLite en uso no tiene búsqueda de texto completo (FTS5): la búsqueda en el historial solo encuentra texto exacto, sin clasificación.</translation>
    </message>
    <message>
        <source>Cannot add the session to the history: %1</source>
        <translation>No se puede añadir la sesión al historial: %1</translation>
    </message>
    <message>
        <source>Cannot save to the history: %1</source>
        <translation>No se puede guardar en el historial: %1</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>no existe la sesión %1</translation>
    </message>
    <message>
        <source>Cannot delete from the history: %1</source>
        <translation>No se puede eliminar del historial: %1</translation>
    </message>
    <message>
        <source>There is no session %1 in the history.</source>
        <translation>No hay ninguna sesión %1 en el historial.</translation>
    </message>
    <message>
        <source>The retention must be 0 (keep everything) or a number of days.</source>
        <translation>La conservación debe ser 0 (conservar todo) o un número de días.</translation>
    </message>
    <message>
        <source>Cannot apply the retention: %1</source>
        <translation>No se puede aplicar la conservación: %1</translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation>No se puede leer la base de datos del historial %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a LiveDesk history database (it has no LiveDesk tables); it was left untouched.</source>
        <translation>%1 no es una base de datos de historial de LiveDesk (no tiene tablas de LiveDesk); no se ha modificado.</translation>
    </message>
    <message>
        <source>There is no history at %1 to move aside.</source>
        <translation>No hay ningún historial en %1 que apartar.</translation>
    </message>
    <message>
        <source>Cannot move the history %1 aside to %2.</source>
        <translation>No se puede apartar el historial %1 a %2.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ListenSourceModel</name>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Everything the computer plays</source>
        <translation>Todo lo que reproduce el ordenador</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeListModel</name>
    <message>
        <source>Give the mode a name.</source>
        <translation>Dé un nombre al modo.</translation>
    </message>
    <message>
        <source>Unknown kind of mode: %1</source>
        <translation>Tipo de modo desconocido: %1</translation>
    </message>
    <message>
        <source>Choose the language to translate into.</source>
        <translation>Elija el idioma de destino.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModePreset</name>
    <message>
        <source>A mode needs a name.</source>
        <translation>Un modo necesita un nombre.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; has no kind (assistant, visual-help, translator or interpreter).</source>
        <translation>El modo «%1» no tiene tipo (assistant, visual-help, translator o interpreter).</translation>
    </message>
    <message>
        <source>The level of the original must be between -60 and 0 dB (got %1).</source>
        <translation>El nivel del original debe estar entre -60 y 0 dB (se recibió %1).</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModeStore</name>
    <message>
        <source>Cannot read the modes file %1: %2</source>
        <translation>No se puede leer el archivo de modos %1: %2</translation>
    </message>
    <message>
        <source>The modes file %1 is not valid: %2</source>
        <translation>El archivo de modos %1 no es válido: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Cannot write the modes file %1: %2</source>
        <translation>No se puede escribir el archivo de modos %1: %2</translation>
    </message>
    <message>
        <source>A mode needs a name with letters or digits.</source>
        <translation>Un modo necesita un nombre con letras o cifras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in mode; save yours under another name.</source>
        <translation>«%1» es un modo integrado; guarde el suyo con otro nombre.</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>version: expected 1</source>
        <translation>version: se esperaba 1</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: clave desconocida «%2»</translation>
    </message>
    <message>
        <source>%1.kind: &quot;%2&quot; is not one of assistant, visual-help, translator, interpreter</source>
        <translation>%1.kind: «%2» no es assistant, visual-help, translator ni interpreter</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelListModel</name>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>diálogo afectivo</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>audio proactivo</translation>
    </message>
    <message>
        <source>background tools</source>
        <translation>herramientas en segundo plano</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Añadido por ti</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>legacy</source>
        <translation>heredado</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ModelNotice</name>
    <message>
        <source>%1 has been retired by the service and no longer answers; use %2.</source>
        <translation>El servicio ha retirado %1 y ya no responde; usa %2.</translation>
    </message>
    <message>
        <source>This model is being shut down</source>
        <translation>Este modelo se retirará</translation>
    </message>
    <message>
        <source>This model is a legacy model</source>
        <translation>Este modelo es un modelo heredado</translation>
    </message>
    <message>
        <source>This model has been retired</source>
        <translation>Este modelo se ha retirado</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Pages</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>livedesk::app::PulseRoutes</name>
    <message>
        <source>no PulseAudio server answers (pactl info failed)</source>
        <translation>ningún servidor PulseAudio responde (falló pactl info)</translation>
    </message>
    <message>
        <source>no PulseAudio server: %1</source>
        <translation>no hay servidor PulseAudio: %1</translation>
    </message>
    <message>
        <source>PulseAudio could not load %1: %2</source>
        <translation>PulseAudio no pudo cargar %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>another LiveDesk is already listening to the computer (the PulseAudio sink %1 exists)</source>
        <translation>otro LiveDesk ya está escuchando lo que reproduce el ordenador (existe el sumidero de PulseAudio %1)</translation>
    </message>
    <message>
        <source>there is no output device to listen to</source>
        <translation>no hay ningún dispositivo de salida que escuchar</translation>
    </message>
    <message>
        <source>PulseAudio did not accept %1 as the default sink: %2</source>
        <translation>PulseAudio no aceptó %1 como sumidero predeterminado: %2</translation>
    </message>
    <message>
        <source>another LiveDesk already has the virtual microphone &quot;%1&quot;</source>
        <translation>otro LiveDesk ya tiene el micrófono virtual «%1»</translation>
    </message>
    <message>
        <source>PulseAudio loaded the loopback %1 but it has no streams</source>
        <translation>PulseAudio cargó el bucle %1, pero no tiene flujos</translation>
    </message>
</context>
<context>
    <name>livedesk::app::RecordingController</name>
    <message>
        <source>Cannot create the folder for the recording %1.</source>
        <translation>No se puede crear la carpeta para la grabación %1.</translation>
    </message>
    <message>
        <source>LiveDesk conversation, %1</source>
        <translation>Conversación de LiveDesk, %1</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SecretStore</name>
    <message>
        <source>Reading the keychain…</source>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>No key saved yet.</source>
        <translation>Todavía no hay ninguna clave guardada.</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept until you quit and is not saved.</source>
        <translation>No hay llavero disponible: la clave se conserva hasta que salgas y no se guarda.</translation>
    </message>
    <message>
        <source>No keychain is available: a key you enter is kept until you quit and is not saved.</source>
        <translation>No hay llavero disponible: la clave que introduzcas se conserva hasta que salgas y no se guarda.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::SettingsText</name>
    <message>
        <source>A project ID has 6 to 30 lower-case letters, digits or hyphens and starts with a letter.</source>
        <translation>Un ID de proyecto tiene de 6 a 30 minúsculas, dígitos o guiones y empieza por una letra.</translation>
    </message>
    <message>
        <source>Enter a location such as us-central1, europe-west4 or global.</source>
        <translation>Introduce una ubicación como us-central1, europe-west4 o global.</translation>
    </message>
    <message>
        <source>“%1” is not one of the prebuilt voices.</source>
        <translation>«%1» no es una de las voces predefinidas.</translation>
    </message>
    <message>
        <source>The instruction is too long (%1 characters; at most %2).</source>
        <translation>La instrucción es demasiado larga (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>“%1” is not a tool name.</source>
        <translation>«%1» no es un nombre de herramienta.</translation>
    </message>
    <message>
        <source>This is not a device ID.</source>
        <translation>Esto no es un ID de dispositivo.</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>No hay ningún ajuste llamado «%1».</translation>
    </message>
    <message>
        <source>Expected on or off.</source>
        <translation>Se esperaba activado o desactivado.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Introduce un número.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Introduce un número entero.</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>Introduce un valor de %1 a %2.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>«%1» no es una de las opciones.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Se esperaba texto.</translation>
    </message>
    <message>
        <source>Enter a URL such as wss://example.com or ws://127.0.0.1:8765.</source>
        <translation>Introduce una URL como wss://example.com o ws://127.0.0.1:8765.</translation>
    </message>
    <message>
        <source>Enter a URL such as https://example.com/token.</source>
        <translation>Introduce una URL como https://example.com/token.</translation>
    </message>
    <message>
        <source>A model name has letters, digits, dots, dashes or slashes, such as gemini-live-2.5-flash-preview.</source>
        <translation>Un nombre de modelo tiene letras, dígitos, puntos, guiones o barras, como gemini-live-2.5-flash-preview.</translation>
    </message>
    <message>
        <source>Enter a language code such as en-US, de-DE or ja-JP.</source>
        <translation>Introduce un código de idioma como en-US, de-DE o ja-JP.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a mode.</source>
        <translation>«%1» no es el nombre de un modo.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>No se puede leer el archivo «%1».</translation>
    </message>
    <message>
        <source>The file “%1” is too large (more than %2 MB).</source>
        <translation>El archivo «%1» es demasiado grande (más de %2 MB).</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at %3.</source>
        <translation>«%1» no es JSON válido: %2 en %3.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1”, server “%2”: %3</source>
        <translation>«%1», servidor «%2»: %3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>“%1” is not mic, system or app:NAME.</source>
        <translation>«%1» no es mic, system ni app:NAME.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TokenServerClient</name>
    <message>
        <source>The token server %1 could not be reached: %2</source>
        <translation>No se pudo contactar con el servidor de tokens %1: %2</translation>
    </message>
    <message>
        <source>The token server answered HTTP %1.</source>
        <translation>El servidor de tokens respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The token server&apos;s answer contains no token.</source>
        <translation>La respuesta del servidor de tokens no contiene ningún token.</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolCallModel</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Esperando confirmación</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Built into LiveDesk</source>
        <translation>Integrada en LiveDesk</translation>
    </message>
</context>
<context>
    <name>livedesk::app::ToolConfirmation</name>
    <message>
        <source>Built into LiveDesk</source>
        <translation>Integrada en LiveDesk</translation>
    </message>
    <message>
        <source>Your tools file: %1</source>
        <translation>Tu archivo de herramientas: %1</translation>
    </message>
    <message>
        <source>MCP server “%1”</source>
        <translation>Servidor MCP «%1»</translation>
    </message>
</context>
<context>
    <name>livedesk::app::Transcript</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> (interrumpido)</translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation>Herramienta %1: %2</translation>
    </message>
</context>
<context>
    <name>livedesk::app::TrayIcon</name>
    <message>
        <source>Quit LiveDesk</source>
        <translation>Salir de LiveDesk</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Ocultar ventana</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
    <message>
        <source>Start conversation</source>
        <translation>Iniciar conversación</translation>
    </message>
    <message>
        <source>End my turn</source>
        <translation>Terminar mi turno</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar micrófono</translation>
    </message>
    <message>
        <source>LiveDesk: conversation running</source>
        <translation>LiveDesk: conversación en curso</translation>
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
        <translation>Pantalla completa %1 (principal)</translation>
    </message>
    <message>
        <source>Whole screen %1</source>
        <translation>Pantalla completa %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
</context>
<context>
    <name>livedesk::audio</name>
    <message>
        <source>the device could not be opened (in use, or gone)</source>
        <translation>no se pudo abrir el dispositivo (en uso o desaparecido)</translation>
    </message>
    <message>
        <source>reading or writing failed</source>
        <translation>falló la lectura o escritura</translation>
    </message>
    <message>
        <source>audio arrived too late</source>
        <translation>el audio llegó demasiado tarde</translation>
    </message>
    <message>
        <source>the audio system failed (is the sound server running?)</source>
        <translation>falló el sistema de audio (¿está en marcha el servidor de sonido?)</translation>
    </message>
    <message>
        <source>unknown error %1</source>
        <translation>error desconocido %1</translation>
    </message>
    <message>
        <source>Could not open the microphone “%1”: %2</source>
        <translation>No se pudo abrir el micrófono «%1»: %2</translation>
    </message>
    <message>
        <source>The microphone “%1” stopped: %2</source>
        <translation>El micrófono «%1» se detuvo: %2</translation>
    </message>
    <message>
        <source>Could not open the speaker “%1”: %2</source>
        <translation>No se pudo abrir el altavoz «%1»: %2</translation>
    </message>
    <message>
        <source>The speaker “%1” stopped: %2</source>
        <translation>El altavoz «%1» se detuvo: %2</translation>
    </message>
    <message>
        <source>Speech rate cannot be changed: LiveDesk was built without the sonic library.</source>
        <translation>No se puede cambiar la velocidad de habla: LiveDesk se compiló sin la biblioteca sonic.</translation>
    </message>
    <message>
        <source>Echo cancellation is unavailable: LiveDesk was built without the WebRTC audio processing library. Use headphones so the assistant does not hear itself.</source>
        <translation>La cancelación de eco no está disponible: LiveDesk se compiló sin la biblioteca de procesamiento de audio de WebRTC. Usa auriculares para que el asistente no se oiga a sí mismo.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioEngine</name>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 debe estar entre %2 y %3 (se recibió %4).</translation>
    </message>
    <message>
        <source>The chunk duration must be a multiple of 10 ms between 10 and 1000 ms (got %1 ms).</source>
        <translation>La duración del bloque debe ser un múltiplo de 10 ms entre 10 y 1000 ms (se recibió %1 ms).</translation>
    </message>
    <message>
        <source>The speech rate</source>
        <translation>La velocidad de habla</translation>
    </message>
    <message>
        <source>The playback prebuffer (ms)</source>
        <translation>El búfer previo de reproducción (ms)</translation>
    </message>
    <message>
        <source>The largest jitter buffer (ms)</source>
        <translation>El mayor búfer de fluctuación (ms)</translation>
    </message>
    <message>
        <source>The flush fade (ms)</source>
        <translation>El fundido al vaciar (ms)</translation>
    </message>
    <message>
        <source>The minimum speech duration (ms)</source>
        <translation>La duración mínima de habla (ms)</translation>
    </message>
    <message>
        <source>The end-of-speech silence (ms)</source>
        <translation>El silencio de fin de habla (ms)</translation>
    </message>
    <message>
        <source>The pre-roll (ms)</source>
        <translation>El prerrollo (ms)</translation>
    </message>
    <message>
        <source>The barge-in confirmation window (ms)</source>
        <translation>La ventana de confirmación de la interrupción (ms)</translation>
    </message>
    <message>
        <source>The ducking gain (dB)</source>
        <translation>La atenuación (dB)</translation>
    </message>
    <message>
        <source>The input buffer (ms)</source>
        <translation>El búfer de entrada (ms)</translation>
    </message>
    <message>
        <source>The output buffer (ms)</source>
        <translation>El búfer de salida (ms)</translation>
    </message>
    <message>
        <source>The no-signal warning delay (ms)</source>
        <translation>El retraso del aviso de falta de señal (ms)</translation>
    </message>
    <message>
        <source>The audio engine needs a microphone, a speaker, or both.</source>
        <translation>El motor de audio necesita un micrófono, un altavoz o ambos.</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected; using “%1”.</source>
        <translation>El micrófono elegido no está conectado; se usa «%1».</translation>
    </message>
    <message>
        <source>The chosen speaker is not connected; using “%1”.</source>
        <translation>El altavoz elegido no está conectado; se usa «%1».</translation>
    </message>
    <message>
        <source>No audio device could be opened.</source>
        <translation>No se pudo abrir ningún dispositivo de audio.</translation>
    </message>
    <message>
        <source>There is no microphone. Connect one, or check the system&apos;s sound settings.</source>
        <translation>No hay micrófono. Conecta uno o revisa los ajustes de sonido del sistema.</translation>
    </message>
    <message>
        <source>There is no speaker or headphone output. Connect one, or check the system&apos;s sound settings.</source>
        <translation>No hay altavoz ni salida de auriculares. Conecta uno o revisa los ajustes de sonido del sistema.</translation>
    </message>
    <message>
        <source>The microphone “%1” was disconnected; using “%2” instead.</source>
        <translation>Se desconectó el micrófono «%1»; se usa «%2» en su lugar.</translation>
    </message>
    <message>
        <source>The speaker “%1” was disconnected; using “%2” instead.</source>
        <translation>Se desconectó el altavoz «%1»; se usa «%2» en su lugar.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioProcessor</name>
    <message>
        <source>The computer is too busy: %1 ms of microphone audio were lost.</source>
        <translation>El ordenador está demasiado ocupado: se perdieron %1 ms de audio del micrófono.</translation>
    </message>
    <message>
        <source>No sound from the microphone: it delivers only silence. Check that it is not muted in the system settings and that the right input is selected.</source>
        <translation>No llega sonido del micrófono: solo entrega silencio. Comprueba que no esté silenciado en los ajustes del sistema y que esté elegida la entrada correcta.</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioRecorder</name>
    <message>
        <source>Recording is unavailable: LiveDesk was built without the libopusenc library.</source>
        <translation>La grabación no está disponible: LiveDesk se compiló sin la biblioteca libopusenc.</translation>
    </message>
    <message>
        <source>A recording is already running (%1).</source>
        <translation>Ya hay una grabación en curso (%1).</translation>
    </message>
</context>
<context>
    <name>livedesk::audio::RecordingWriter</name>
    <message>
        <source>Cannot create the recording %1: %2</source>
        <translation>No se puede crear la grabación %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the Opus encoder: %1</source>
        <translation>No se puede iniciar el codificador Opus: %1</translation>
    </message>
    <message>
        <source>Cannot write the recording %1: %2</source>
        <translation>No se puede escribir la grabación %1: %2</translation>
    </message>
    <message>
        <source>Writing the recording %1 failed: %2</source>
        <translation>Error al escribir la grabación %1: %2</translation>
    </message>
    <message>
        <source>Finishing the recording %1 failed: %2</source>
        <translation>Error al finalizar la grabación %1: %2</translation>
    </message>
</context>
<context>
    <name>livedesk::session</name>
    <message>
        <source>No credential: Vertex AI needs an access token (or an express-mode API key).</source>
        <translation>Sin credencial: Vertex AI necesita un token de acceso (o una clave de API del modo exprés).</translation>
    </message>
    <message>
        <source>No API key: pass one, or set GEMINI_API_KEY.</source>
        <translation>Sin clave de API: indica una o define GEMINI_API_KEY.</translation>
    </message>
    <message>
        <source>Vertex AI with an access token needs a project and a location.</source>
        <translation>Vertex AI con un token de acceso necesita un proyecto y una ubicación.</translation>
    </message>
    <message>
        <source>Ephemeral tokens exist only on the Gemini API, not on Vertex AI.</source>
        <translation>Los tokens efímeros solo existen en la Gemini API, no en Vertex AI.</translation>
    </message>
    <message>
        <source>The endpoint is not a valid URL.</source>
        <translation>El punto de conexión no es una URL válida.</translation>
    </message>
    <message>
        <source>The endpoint must be a ws://, wss://, http:// or https:// URL.</source>
        <translation>El punto de conexión debe ser una URL ws://, wss://, http:// o https://.</translation>
    </message>
    <message>
        <source>%1 does not support %2; the field was not sent.</source>
        <translation>%1 no admite %2; el campo no se envió.</translation>
    </message>
    <message>
        <source>Transparent resumption exists only on Vertex AI; the field was not sent.</source>
        <translation>La reanudación transparente solo existe en Vertex AI; el campo no se envió.</translation>
    </message>
    <message>
        <source>Explicit VAD signals exist only on Vertex AI; the field was not sent.</source>
        <translation>Las señales VAD explícitas solo existen en Vertex AI; el campo no se envió.</translation>
    </message>
    <message>
        <source>%1 is not in the model table: the setup is sent unchecked. If the session never starts, remove optional features.</source>
        <translation>%1 no está en la tabla de modelos: la configuración se envía sin comprobar. Si la sesión no arranca, quita funciones opcionales.</translation>
    </message>
    <message>
        <source>%1 is listed for %2 only; the service may not know it.</source>
        <translation>%1 solo figura para %2; puede que el servicio no lo conozca.</translation>
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
        <translation>%1 no puede responder con %2; no se pidió esa modalidad.</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>diálogo afectivo</translation>
    </message>
    <message>
        <source>%1 always uses affective dialog; the field was not sent.</source>
        <translation>%1 siempre usa diálogo afectivo; el campo no se envió.</translation>
    </message>
    <message>
        <source>a thinking configuration</source>
        <translation>una configuración de razonamiento</translation>
    </message>
    <message>
        <source>%1 takes a thinking budget, not a thinking level; the level was not sent.</source>
        <translation>%1 acepta un presupuesto de razonamiento, no un nivel; el nivel no se envió.</translation>
    </message>
    <message>
        <source>%1 takes a thinking level, not a thinking budget; the budget was not sent.</source>
        <translation>%1 acepta un nivel de razonamiento, no un presupuesto; el presupuesto no se envió.</translation>
    </message>
    <message>
        <source>speech translation</source>
        <translation>traducción de voz</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>audio proactivo</translation>
    </message>
    <message>
        <source>%1 always uses proactive audio and rejects the setting; the field was not sent.</source>
        <translation>%1 siempre usa audio proactivo y rechaza el ajuste; el campo no se envió.</translation>
    </message>
    <message>
        <source>input transcription</source>
        <translation>transcripción de entrada</translation>
    </message>
    <message>
        <source>output transcription</source>
        <translation>transcripción de salida</translation>
    </message>
    <message>
        <source>system instructions</source>
        <translation>instrucciones del sistema</translation>
    </message>
    <message>
        <source>function calling</source>
        <translation>llamadas a funciones</translation>
    </message>
    <message>
        <source>%1 has no asynchronous (NON_BLOCKING) functions; %2 runs as a blocking call.</source>
        <translation>%1 no tiene funciones asíncronas (NON_BLOCKING); %2 se ejecuta como llamada bloqueante.</translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation>Búsqueda de Google</translation>
    </message>
    <message>
        <source>code execution</source>
        <translation>ejecución de código</translation>
    </message>
    <message>
        <source>URL context</source>
        <translation>contexto de URL</translation>
    </message>
    <message>
        <source>Google Maps grounding</source>
        <translation>fundamentación con Google Maps</translation>
    </message>
    <message>
        <source>Authentication failed: check the API key or token</source>
        <translation>Falló la autenticación: revisa la clave de API o el token</translation>
    </message>
    <message>
        <source>The model or the session configuration was rejected</source>
        <translation>Se rechazó el modelo o la configuración de la sesión</translation>
    </message>
    <message>
        <source>Quota or rate limit reached: wait and try again</source>
        <translation>Cuota o límite de frecuencia alcanzado: espera y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Fallo de red</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>El servidor terminó la sesión</translation>
    </message>
    <message>
        <source>The service refused the request for policy reasons</source>
        <translation>El servicio rechazó la petición por motivos de política</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>The server sent a message that could not be read</source>
        <translation>El servidor envió un mensaje que no se pudo leer</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>no se encontró el host</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>se agotó el tiempo de conexión</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>falló el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <source>initial history in clientContent</source>
        <translation>historial inicial en clientContent</translation>
    </message>
    <message>
        <source>%1 (its close frame could not be read: %2)</source>
        <translation>%1 (no se pudo leer su trama de cierre: %2)</translation>
    </message>
    <message>
        <source>%1 is deprecated and will be shut down.</source>
        <translation>%1 está obsoleto y se retirará.</translation>
    </message>
    <message>
        <source>%1 is deprecated since %2 and will be shut down.</source>
        <translation>%1 está obsoleto desde %2 y se retirará.</translation>
    </message>
    <message>
        <source>%1 is a legacy model.</source>
        <translation>%1 es un modelo heredado.</translation>
    </message>
    <message>
        <source>%1 is a legacy model since %2.</source>
        <translation>%1 es un modelo heredado desde %2.</translation>
    </message>
    <message>
        <source>Use %1 instead.</source>
        <translation>Usa %1 en su lugar.</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API; LiveDesk connects to %3 instead of %4.</source>
        <translation>%1 solo ofrece %2 en la API %3; LiveDesk se conecta a %3 en lugar de a %4.</translation>
    </message>
    <message>
        <source>%1 has %2 only on the %3 API, and %4 was chosen; the field was not sent.</source>
        <translation>%1 solo ofrece %2 en la API %3, y se eligió %4; el campo no se envió.</translation>
    </message>
    <message>
        <source>%1 ignores the silence duration and ends turns by its own timing; the field was not sent. For your own timing, let LiveDesk detect the turns (local-voice talk mode).</source>
        <translation>%1 ignora la duración del silencio y termina los turnos según su propio ritmo; el campo no se envió. Para usar su propio ritmo, deje que LiveDesk detecte los turnos (modo de habla «voz local»).</translation>
    </message>
</context>
<context>
    <name>livedesk::session::EphemeralTokenClient</name>
    <message>
        <source>Creating an ephemeral token needs the long-lived API key.</source>
        <translation>Para crear un token efímero hace falta la clave de API permanente.</translation>
    </message>
    <message>
        <source>The token service did not answer within %1 s.</source>
        <translation>El servicio de tokens no respondió en %1 s.</translation>
    </message>
    <message>
        <source>The token service answered without an auth_tokens/… name.</source>
        <translation>El servicio de tokens respondió sin un nombre auth_tokens/….</translation>
    </message>
</context>
<context>
    <name>livedesk::session::LiveSession</name>
    <message>
        <source>Network failure: no connection to the server after %1 s</source>
        <translation>Fallo de red: sin conexión con el servidor tras %1 s</translation>
    </message>
    <message>
        <source>The server did not confirm the setup within %1 s (no setupComplete)</source>
        <translation>El servidor no confirmó la configuración en %1 s (sin setupComplete)</translation>
    </message>
    <message>
        <source>The setup names no model.</source>
        <translation>La configuración no indica ningún modelo.</translation>
    </message>
    <message>
        <source>the setup is sent by the session itself, once per connection</source>
        <translation>la configuración la envía la propia sesión, una vez por conexión</translation>
    </message>
    <message>
        <source>%1 messages are already waiting for the session to start</source>
        <translation>ya hay %1 mensajes esperando a que empiece la sesión</translation>
    </message>
    <message>
        <source>the session is not open (state %1)</source>
        <translation>la sesión no está abierta (estado %1)</translation>
    </message>
    <message>
        <source>A server message could not be read and was skipped: %1</source>
        <translation>No se pudo leer un mensaje del servidor y se omitió: %1</translation>
    </message>
    <message>
        <source>Network failure: the connection dropped without a close frame (1006)</source>
        <translation>Fallo de red: la conexión se cortó sin trama de cierre (1006)</translation>
    </message>
    <message>
        <source>Network failure: the connection closed during the upgrade</source>
        <translation>Fallo de red: la conexión se cerró durante la actualización</translation>
    </message>
    <message>
        <source>The server closed the connection before confirming the setup (close %1%2)</source>
        <translation>El servidor cerró la conexión antes de confirmar la configuración (cierre %1%2)</translation>
    </message>
    <message>
        <source>Network failure: nothing received from the server for %1 s (no pong, no data)</source>
        <translation>Fallo de red: no se recibió nada del servidor durante %1 s (ni pong ni datos)</translation>
    </message>
    <message>
        <source>No endpoint to connect to.</source>
        <translation>No hay ningún punto de conexión.</translation>
    </message>
    <message>
        <source>No reply arrived; reconnecting to ask again.</source>
        <translation>No llegó respuesta; reconectando para volver a preguntar.</translation>
    </message>
    <message>
        <source>The server asked to move to a new connection (goAway).</source>
        <translation>El servidor pidió pasar a una conexión nueva (goAway).</translation>
    </message>
    <message>
        <source>Protocol error: the server sent content before setupComplete; the connection was dropped</source>
        <translation>Error de protocolo: el servidor envió contenido antes de setupComplete; se cortó la conexión</translation>
    </message>
    <message>
        <source>Model audio labelled &quot;%1&quot; was skipped: LiveDesk plays audio at %2–%3 Hz (%4 skipped so far)</source>
        <translation>Se omitió el audio del modelo etiquetado como «%1»: LiveDesk reproduce audio a %2–%3 Hz (%4 omitidos hasta ahora)</translation>
    </message>
    <message>
        <source>The server sent a message larger than %1 MiB, more than any Live API message needs; the connection was closed (1009)</source>
        <translation>El servidor envió un mensaje de más de %1 MiB, más de lo que necesita cualquier mensaje de la Live API; se cerró la conexión (1009)</translation>
    </message>
</context>
<context>
    <name>livedesk::tools::BuiltinTools</name>
    <message>
        <source>LiveDesk timer</source>
        <translation>Temporizador de LiveDesk</translation>
    </message>
</context>
<context>
    <name>livedesk::video</name>
    <message>
        <source>No file or folder to share was given.</source>
        <translation>No se indicó ningún archivo ni carpeta para compartir.</translation>
    </message>
    <message>
        <source>“%1” is not a screen number (0, 1, …).</source>
        <translation>«%1» no es un número de pantalla (0, 1, …).</translation>
    </message>
    <message>
        <source>No window to share was given.</source>
        <translation>No se indicó ninguna ventana para compartir.</translation>
    </message>
    <message>
        <source>No window has “%1” in its title.</source>
        <translation>Ninguna ventana tiene «%1» en el título.</translation>
    </message>
    <message>
        <source>%1 windows have “%2” in their title; give its id instead.</source>
        <translation>%1 ventanas tienen «%2» en el título; indica su id.</translation>
    </message>
    <message>
        <source>No video source was chosen.</source>
        <translation>No se eligió ninguna fuente de vídeo.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::CameraSource</name>
    <message>
        <source>No camera found.</source>
        <translation>No se encontró ninguna cámara.</translation>
    </message>
    <message>
        <source>Camera “%1” not found; available: %2.</source>
        <translation>No se encontró la cámara «%1»; disponibles: %2.</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Camera access was denied. Allow it in the system&apos;s privacy settings.</source>
        <translation>Se denegó el acceso a la cámara. Permítelo en los ajustes de privacidad del sistema.</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>La cámara falló: %1</translation>
    </message>
    <message>
        <source>The camera stopped unexpectedly.</source>
        <translation>La cámara se detuvo de forma inesperada.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::FileSource</name>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Vídeo: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>The image “%1” cannot be read: %2.</source>
        <translation>No se puede leer la imagen «%1»: %2.</translation>
    </message>
    <message>
        <source>The image “%1” is too large (%2 MB; the limit is %3 MB).</source>
        <translation>La imagen «%1» es demasiado grande (%2 MB; el límite es %3 MB).</translation>
    </message>
    <message>
        <source>“%1” is not an image that can be read (the file is corrupt or in an unsupported format).</source>
        <translation>«%1» no es una imagen legible (el archivo está dañado o en un formato no compatible).</translation>
    </message>
    <message>
        <source>No file or folder was given.</source>
        <translation>No se indicó ningún archivo ni carpeta.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (permission denied).</source>
        <translation>No se puede leer «%1» (permiso denegado).</translation>
    </message>
    <message>
        <source>The folder “%1” contains no images (looked for %2).</source>
        <translation>La carpeta «%1» no contiene imágenes (se buscó %2).</translation>
    </message>
    <message>
        <source>The video “%1” is empty.</source>
        <translation>El vídeo «%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a video (the file is corrupt or in a format this build cannot decode).</source>
        <translation>No se pudo abrir «%1» como vídeo (el archivo está dañado o en un formato que esta compilación no puede descodificar).</translation>
    </message>
    <message>
        <source>“%1” contains no video frames that can be decoded.</source>
        <translation>«%1» no contiene imágenes de vídeo descodificables.</translation>
    </message>
    <message>
        <source>“%1” looks like a video, but this build cannot read video files (OpenCV&apos;s videoio module is missing).</source>
        <translation>«%1» parece un vídeo, pero esta compilación no puede leer archivos de vídeo (falta el módulo videoio de OpenCV).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) in “%1” can be read.</source>
        <translation>
            <numerusform>No se puede leer la %n imagen de «%1».</numerusform>
            <numerusform>No se puede leer ninguna de las %n imágenes de «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1 of “%2” cannot be decoded (the file is corrupt).</source>
        <translation>No se puede descodificar la imagen %1 de «%2» (el archivo está dañado).</translation>
    </message>
    <message>
        <source>Frame %1 of “%2” has a pixel format that cannot be shown.</source>
        <translation>La imagen %1 de «%2» tiene un formato de píxel que no se puede mostrar.</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>Falló la lectura de «%1»: %2</translation>
    </message>
    <message>
        <source>The image “%1” is too large: %2×%3 pixels (the limit is %4 megapixels).</source>
        <translation>La imagen «%1» es demasiado grande: %2×%3 píxeles (el límite es de %4 megapíxeles).</translation>
    </message>
</context>
<context>
    <name>livedesk::video::ScreenSource</name>
    <message>
        <source>Screen capture needs a graphical application; this process has none.</source>
        <translation>La captura de pantalla necesita una aplicación gráfica; este proceso no lo es.</translation>
    </message>
    <message>
        <source>Window sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Aún no se puede compartir una ventana en Wayland: hace falta el portal de escritorio (xdg-desktop-portal), que LiveDesk no usa. Comparte una cámara o un archivo, o inicia una sesión X11.</translation>
    </message>
    <message>
        <source>Screen sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation>Aún no se puede compartir la pantalla en Wayland: hace falta el portal de escritorio (xdg-desktop-portal), que LiveDesk no usa. Comparte una cámara o un archivo, o inicia una sesión X11.</translation>
    </message>
    <message>
        <source>Window sharing is not available: LiveDesk runs through XWayland in a Wayland session, where other windows can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>No se puede compartir una ventana: LiveDesk se ejecuta con XWayland en una sesión Wayland, donde las demás ventanas solo se leen a través del portal de escritorio, que LiveDesk aún no usa.</translation>
    </message>
    <message>
        <source>Screen sharing is not available: LiveDesk runs through XWayland in a Wayland session, where the screen can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation>No se puede compartir la pantalla: LiveDesk se ejecuta con XWayland en una sesión Wayland, donde la pantalla solo se lee a través del portal de escritorio, que LiveDesk aún no usa.</translation>
    </message>
    <message>
        <source>Screen capture needs a display; this process runs without one (Qt platform “%1”).</source>
        <translation>La captura de pantalla necesita una pantalla; este proceso se ejecuta sin ella (plataforma Qt «%1»).</translation>
    </message>
    <message>
        <source>Sharing a single window is only supported on X11 so far; share the screen or a region of it instead.</source>
        <translation>Por ahora solo se puede compartir una ventana suelta en X11; comparte la pantalla o una región de ella.</translation>
    </message>
    <message>
        <source>Window 0x%1</source>
        <translation>Ventana 0x%1</translation>
    </message>
    <message>
        <source>Primary screen%1</source>
        <translation>Pantalla principal%1</translation>
    </message>
    <message>
        <source>Screen %1%2</source>
        <translation>Pantalla %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Screen %1 not found; there are %n screen(s).</source>
        <translation>
            <numerusform>No se encontró la pantalla %1; hay %n pantalla.</numerusform>
            <numerusform>No se encontró la pantalla %1; hay %n pantallas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window 0x%1 not found; it may have been closed.</source>
        <translation>No se encontró la ventana 0x%1; puede que se haya cerrado.</translation>
    </message>
    <message>
        <source>The region %1,%2 %3×%4 lies outside what is shared (%5×%6).</source>
        <translation>La región %1,%2 %3×%4 queda fuera de lo compartido (%5×%6).</translation>
    </message>
    <message>
        <source>The shared screen was disconnected.</source>
        <translation>La pantalla compartida se desconectó.</translation>
    </message>
    <message>
        <source>The shared window was closed.</source>
        <translation>Se cerró la ventana compartida.</translation>
    </message>
    <message>
        <source>The platform returned no picture for %1.</source>
        <translation>La plataforma no devolvió ninguna imagen de %1.</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11.</source>
        <translation>Las ventanas solo se pueden listar en X11.</translation>
    </message>
    <message>
        <source>Windows can only be listed on X11, and this build has no xcb support.</source>
        <translation>Las ventanas solo se pueden listar en X11, y esta compilación no tiene soporte de xcb.</translation>
    </message>
</context>
<context>
    <name>livedesk::video::VideoSettings</name>
    <message>
        <source>The frame rate must be above 0 and at most 1 frame per second (got %1).</source>
        <translation>La frecuencia de imágenes debe ser mayor que 0 y como máximo 1 imagen por segundo (se recibió %1).</translation>
    </message>
    <message>
        <source>The idle frame rate must be above 0 (got %1).</source>
        <translation>La frecuencia de imágenes en reposo debe ser mayor que 0 (se recibió %1).</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100 (got %1).</source>
        <translation>La calidad JPEG debe estar entre 1 y 100 (se recibió %1).</translation>
    </message>
    <message>
        <source>The longest side must be between %1 and %2 pixels (got %3).</source>
        <translation>El lado más largo debe tener entre %1 y %2 píxeles (se recibió %3).</translation>
    </message>
    <message>
        <source>The keep-alive interval cannot be negative (got %1 ms).</source>
        <translation>El intervalo de mantenimiento no puede ser negativo (se recibió %1 ms).</translation>
    </message>
</context>
</TS>
