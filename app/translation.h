// Live translation: what a translation session asks of the model, and how its two sides are
// labelled. Format and behaviour: docs/translation.md.
//
//   Translate  one way: whatever the user says (in the source language, or any language when the
//              source is automatic) is spoken back in the target language.
//   Interpret  two people: side A speaks the source language, side B the target language; each
//              side is translated into the other's language. Which side spoke is taken from the
//              language the service detected (inputTranscription.languageCode).
//
// How the session is configured depends on the model (the capability table, models.json):
//  - a model with `translation` support (the Live Translate model) gets
//    generationConfig.translationConfig {targetLanguageCode}; it takes no system instruction;
//  - any other model gets a system instruction that makes it an interpreter, and no
//    translationConfig (which it would refuse).
// With no model chosen, Translate picks the table's translation model for the backend and
// Interpret the backend's default model: the translation model translates into one fixed
// language, so it cannot interpret both ways. A choice that cannot do what was asked is kept,
// with a warning that says what will happen instead.
#pragma once

#include "app/sessionconfig.h"

#include <QString>

namespace livedesk::app {

enum class TranslationMode { None, Translate, Interpret };

QString translationModeName(TranslationMode mode); // "none", "translate", "interpret"
std::optional<TranslationMode> translationModeFromString(QStringView text);

struct TranslationSettings
{
    TranslationMode mode = TranslationMode::None;
    QString sourceLanguage; // BCP-47; empty or "auto": detect (Translate only)
    QString targetLanguage; // BCP-47
    QString notes; // names and terms to keep (proper nouns help the model; peers' finding)

    bool automaticSource() const;
};

// Empty when usable, else what is wrong, for people.
QString validateTranslation(const TranslationSettings &settings);

// True for a plausible BCP-47 tag ("de", "en-US", "es-419", "zh-Hans-CN").
bool isLanguageTag(const QString &tag);
// "German" for "de-DE"; the tag itself when Qt does not know the language.
QString languageName(const QString &tag);
// Same primary language ("de" and "de-DE", "en-US" and "en-GB").
bool sameLanguage(const QString &a, const QString &b);

// The system instruction for models that follow one.
QString translationInstruction(const TranslationSettings &settings);

// Configures `session` for the translation (see the header comment). Returns what was changed
// against the person's choice, and why; empty for a plain setup.
QList<session::CapabilityWarning> applyTranslation(const TranslationSettings &translation,
                                                   SessionSettings &session,
                                                   const session::ModelCatalog &catalog);

// The catalogue's first model with translation support for the backend; empty if none.
QString translationModel(const session::ModelCatalog &catalog, session::Backend backend);

} // namespace livedesk::app
