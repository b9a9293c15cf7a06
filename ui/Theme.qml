pragma Singleton
import QtQuick

// Colours, sizes and the text scale of the interface. `dark` follows the setting (system,
// light or dark), which Main.qml binds; the palette keeps WCAG AA contrast for text on each
// surface in both schemes.
QtObject {
    id: theme

    property bool dark: false
    // The transcript's text size in points (Settings → Appearance); the rest scales from it.
    property real transcriptPointSize: 14

    readonly property color accent: dark ? "#8ab4ff" : "#2f5fd0"
    // Not "onAccent": a name starting with "on" reads as a signal handler, and was undefined
    // (black) where QML read it.
    readonly property color textOnAccent: dark ? "#0b1a3a" : "#ffffff"
    // Filled controls (highlighted buttons, switches) carry white text: a deeper blue in dark
    // mode keeps that text readable.
    readonly property color accentFill: dark ? "#3b6ad4" : "#2f5fd0"
    readonly property color background: dark ? "#15171c" : "#f6f7fb"
    readonly property color surface: dark ? "#1e2128" : "#ffffff"
    readonly property color surfaceRaised: dark ? "#262a33" : "#eef1f8"
    readonly property color border: dark ? "#363b47" : "#d9deea"
    readonly property color text: dark ? "#e8eaf0" : "#1b1d23"
    readonly property color textSecondary: dark ? "#a9afbd" : "#555b68"
    readonly property color userBubble: dark ? "#2c4a8a" : "#2f5fd0"
    readonly property color userBubbleText: "#ffffff"
    readonly property color modelBubble: dark ? "#262a33" : "#ffffff"
    readonly property color modelBubbleText: text
    // Dimmed, yet 4.9:1 (light) and 5.5:1 (dark) on the bubble: struck-out words stay legible.
    readonly property color unheard: dark ? "#9aa0ad" : "#6b717c"
    readonly property color danger: dark ? "#ff8a80" : "#c62828"
    readonly property color dangerSurface: dark ? "#3b1f22" : "#fdecea"
    readonly property color warning: dark ? "#ffcc80" : "#a15c00"
    readonly property color warningSurface: dark ? "#3a2f1c" : "#fff4e0"
    readonly property color success: dark ? "#81c995" : "#1e7e34"
    readonly property color live: dark ? "#81c995" : "#1e8e3e"
    readonly property color sharing: dark ? "#ff8a80" : "#d93025"
    readonly property color listening: accent
    readonly property color speaking: dark ? "#c58af9" : "#8430ce"
    readonly property color thinking: dark ? "#fdd663" : "#b06000"
    // Drop-down lists (ChoiceBox): the open list, the row under the pointer or keyboard, and the
    // chosen row's words, which stay 4.5:1 on both (the style's accent on its own highlight was
    // 1.5:1 in the dark theme).
    readonly property color popup: dark ? "#262a33" : "#ffffff"
    readonly property color listHighlight: dark ? "#343a48" : "#e3e9f7"
    readonly property color selectedText: dark ? "#8ab4ff" : "#2f5fd0"

    readonly property int radius: 12
    readonly property int spacing: 8
    readonly property int controlHeight: 40
    readonly property real smallPointSize: 10
    readonly property real bodyPointSize: 11
    readonly property real titlePointSize: 15
}
