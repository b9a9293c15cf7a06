<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>livedesk::app</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a URL (expected e.g. ws://127.0.0.1:8765).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model given and the model table has no default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 30 prebuilt voices; the service may reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been retired by the service (it answers 1008 &quot;not found&quot;); use %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::app::Transcript</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::audio</name>
    <message>
        <source>the device could not be opened (in use, or gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading or writing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio arrived too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio system failed (is the sound server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the microphone “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone “%1” stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the speaker “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker “%1” stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech rate cannot be changed: LiveDesk was built without the sonic library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo cancellation is unavailable: LiveDesk was built without the WebRTC audio processing library. Use headphones so the assistant does not hear itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioEngine</name>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk duration must be a multiple of 10 ms between 10 and 1000 ms (got %1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playback prebuffer (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest jitter buffer (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flush fade (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum speech duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end-of-speech silence (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-roll (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barge-in confirmation window (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ducking gain (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input buffer (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output buffer (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The no-signal warning delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio engine needs a microphone, a speaker, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen microphone is not connected; using “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen speaker is not connected; using “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio device could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no microphone. Connect one, or check the system&apos;s sound settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no speaker or headphone output. Connect one, or check the system&apos;s sound settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone “%1” was disconnected; using “%2” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker “%1” was disconnected; using “%2” instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::audio::AudioProcessor</name>
    <message>
        <source>The computer is too busy: %1 ms of microphone audio were lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound from the microphone: it delivers only silence. Check that it is not muted in the system settings and that the right input is selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::session</name>
    <message>
        <source>No credential: Vertex AI needs an access token (or an express-mode API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: pass one, or set GEMINI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex AI with an access token needs a project and a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral tokens exist only on the Gemini API, not on Vertex AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be a ws://, wss://, http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support %2; the field was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent resumption exists only on Vertex AI; the field was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit VAD signals exist only on Vertex AI; the field was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the model table: the setup is sent unchecked. If the session never starts, remove optional features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed for %2 only; the service may not know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot answer with %2; the modality was not requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 always uses affective dialog; the field was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thinking configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a thinking budget, not a thinking level; the level was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a thinking level, not a thinking budget; the budget was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 always uses proactive audio and rejects the setting; the field was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no asynchronous (NON_BLOCKING) functions; %2 runs as a blocking call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Maps grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: check the API key or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model or the session configuration was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota or rate limit reached: wait and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request for policy reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a message that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::session::EphemeralTokenClient</name>
    <message>
        <source>Creating an ephemeral token needs the long-lived API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service answered without an auth_tokens/… name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::session::LiveSession</name>
    <message>
        <source>Network failure: no connection to the server after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the setup within %1 s (no setupComplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup names no model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setup is sent by the session itself, once per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages are already waiting for the session to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is not open (state %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server message could not be read and was skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure: the connection dropped without a close frame (1006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure: the connection closed during the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before confirming the setup (close %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure: nothing received from the server for %1 s (no pong, no data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::tools::BuiltinTools</name>
    <message>
        <source>LiveDesk timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::video</name>
    <message>
        <source>No file or folder to share was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a screen number (0, 1, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window to share was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window has “%1” in its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 windows have “%2” in their title; give its id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video source was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::video::CameraSource</name>
    <message>
        <source>No camera found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera “%1” not found; available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera access was denied. Allow it in the system&apos;s privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::video::FileSource</name>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is too large (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an image that can be read (the file is corrupt or in an unsupported format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file or folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” contains no images (looked for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened as a video (the file is corrupt or in a format this build cannot decode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains no video frames that can be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a video, but this build cannot read video files (OpenCV&apos;s videoio module is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n image(s) in “%1” can be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1 of “%2” cannot be decoded (the file is corrupt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 of “%2” has a pixel format that cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::video::ScreenSource</name>
    <message>
        <source>Screen capture needs a graphical application; this process has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen sharing is not available under Wayland yet: it needs the desktop portal (xdg-desktop-portal), which LiveDesk does not use. Share a camera or a file, or log in to an X11 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window sharing is not available: LiveDesk runs through XWayland in a Wayland session, where other windows can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen sharing is not available: LiveDesk runs through XWayland in a Wayland session, where the screen can only be read through the desktop portal, which LiveDesk does not use yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture needs a display; this process runs without one (Qt platform “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing a single window is only supported on X11 so far; share the screen or a region of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary screen%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Screen %1 not found; there are %n screen(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Window 0x%1 not found; it may have been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region %1,%2 %3×%4 lies outside what is shared (%5×%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared screen was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared window was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform returned no picture for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows can only be listed on X11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows can only be listed on X11, and this build has no xcb support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>livedesk::video::VideoSettings</name>
    <message>
        <source>The frame rate must be above 0 and at most 1 frame per second (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle frame rate must be above 0 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest side must be between %1 and %2 pixels (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keep-alive interval cannot be negative (got %1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
