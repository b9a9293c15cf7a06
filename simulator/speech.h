// The simulator's voice: text → 24 kHz s16le mono PCM, the format the Live API speaks.
// With espeak-ng (LIVEDESK_HAVE_ESPEAK) it is real synthesised speech; without it, a tone per
// word, so replies stay audible and keep their rhythm, and speechEngineDescription() says so.
#pragma once

#include <QByteArray>
#include <QString>

namespace livedesk::sim {

enum class SpeechEngine { None, Espeak, Tones };

// The engine synthesizeSpeech() uses (initialising espeak-ng on first call).
SpeechEngine speechEngine();
QString speechEngineDescription(); // "espeak-ng 1.51 (22050 Hz, resampled to 24 kHz)", …

// Thread-safe: espeak-ng is process-global and not re-entrant, so calls are serialised.
// Results are cached by voice and text; the voice name is one of the Live API's prebuilt voices
// (mapped onto a few espeak-ng variants) or empty for the default.
QByteArray synthesizeSpeech(const QString &text, const QString &voiceName = {});

// The fallback voice on its own (what synthesizeSpeech() uses without espeak-ng): 24 kHz PCM.
QByteArray synthesizeTones(const QString &text);

} // namespace livedesk::sim
