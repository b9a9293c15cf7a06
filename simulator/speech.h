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
// Results are cached by voice, language and text; the voice name is one of the Live API's
// prebuilt voices (mapped onto a few espeak-ng variants) or empty for the default. `language`
// (BCP-47, e.g. "de-DE") picks espeak-ng's voice for that language, falling back to its primary
// language ("de") and then to English.
QByteArray synthesizeSpeech(const QString &text, const QString &voiceName = {},
                            const QString &language = {});

// The espeak-ng voice synthesizeSpeech() uses for a prebuilt voice and a language ("de+f2",
// "en-us+m1"); "tones" without espeak-ng.
QString speechVoice(const QString &voiceName, const QString &language = {});

// The fallback voice on its own (what synthesizeSpeech() uses without espeak-ng): 24 kHz PCM.
QByteArray synthesizeTones(const QString &text);

} // namespace livedesk::sim
