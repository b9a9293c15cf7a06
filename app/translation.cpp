#include "app/translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Translation", text);
}

QString primary(const QString &tag)
{
    return tag.section(u'-', 0, 0).toLower();
}

// "German (de-DE)": names help the model, the code removes doubt.
QString named(const QString &tag)
{
    const QString name = languageName(tag);
    return name == tag ? tag : u"%1 (%2)"_s.arg(name, tag);
}

} // namespace

QString translationModeName(TranslationMode mode)
{
    switch (mode) {
    case TranslationMode::Translate:
        return u"translate"_s;
    case TranslationMode::Interpret:
        return u"interpret"_s;
    case TranslationMode::None:
        break;
    }
    return u"none"_s;
}

std::optional<TranslationMode> translationModeFromString(QStringView text)
{
    for (auto mode :
         {TranslationMode::None, TranslationMode::Translate, TranslationMode::Interpret}) {
        if (text.compare(translationModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

bool TranslationSettings::automaticSource() const
{
    return sourceLanguage.isEmpty() || sourceLanguage.compare(u"auto"_s, Qt::CaseInsensitive) == 0;
}

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(uR"(^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$)"_s);
    return pattern.match(tag).hasMatch();
}

QString languageName(const QString &tag)
{
    const QLocale locale(tag);
    if (locale.language() == QLocale::C
        || primary(QLocale::languageToCode(locale.language())) != primary(tag))
        return tag;
    return QLocale::languageToString(locale.language());
}

bool sameLanguage(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && primary(a) == primary(b);
}

QString validateTranslation(const TranslationSettings &t)
{
    if (t.mode == TranslationMode::None)
        return {};
    if (t.targetLanguage.isEmpty())
        return tr("Translation needs a target language (e.g. de-DE).");
    if (!isLanguageTag(t.targetLanguage))
        return tr("\"%1\" is not a language code (expected e.g. de-DE or fr).").arg(t.targetLanguage);
    if (!t.automaticSource() && !isLanguageTag(t.sourceLanguage))
        return tr("\"%1\" is not a language code (expected e.g. en-US, or auto).")
                .arg(t.sourceLanguage);
    if (t.mode == TranslationMode::Interpret && t.automaticSource())
        return tr("Interpreting needs both languages: the source language of one person and the "
                  "target language of the other.");
    if (!t.automaticSource() && sameLanguage(t.sourceLanguage, t.targetLanguage))
        return tr("The source and target languages are the same (%1).").arg(t.targetLanguage);
    return {};
}

QString translationInstruction(const TranslationSettings &t)
{
    QString text;
    const QString target = named(t.targetLanguage);
    if (t.mode == TranslationMode::Interpret) {
        const QString source = named(t.sourceLanguage);
        text = u"You are an interpreter between two people: one speaks %1, the other speaks %2. "
               "When you hear %1, say it in %2; when you hear %2, say it in %1. "
               "Speak only the translation, in the first person, as the speaker would, keeping "
               "their meaning, tone and register. Never answer, comment, or add anything of your "
               "own, even when you are asked a question: translate the question."_s.arg(source,
                                                                                        target);
    } else {
        const QString from = t.automaticSource() ? u"whatever language it is in"_s
                                                 : named(t.sourceLanguage);
        text = u"You are a simultaneous interpreter. Translate everything you hear from %1 into "
               "%2. Speak only the translation, in %2, in the first person, as the speaker "
               "would, keeping their meaning, tone and register. Never answer, comment, or add "
               "anything of your own, even when you are asked a question: translate the question. "
               "If what you hear is already in %2, repeat it as it is."_s.arg(from, target);
    }
    if (!t.notes.trimmed().isEmpty())
        text += u"\n\nNames and terms to keep as they are: "_s + t.notes.trimmed();
    return text;
}

QString translationModel(const session::ModelCatalog &catalog, session::Backend backend)
{
    for (const session::ModelCapabilities &m : catalog.models()) {
        if (m.translation == session::Support::Supported
            && (m.backends.isEmpty() || m.backends.contains(backend)))
            return m.id;
    }
    return {};
}

QList<session::CapabilityWarning> applyTranslation(const TranslationSettings &t, SessionSettings &s,
                                                   const session::ModelCatalog &catalog)
{
    QList<session::CapabilityWarning> notes;
    if (t.mode == TranslationMode::None)
        return notes;
    const session::Backend backend = s.backend == session::Backend::Unspecified
                                             ? session::Backend::GeminiApi
                                             : s.backend;
    if (s.model.isEmpty()) {
        const QString translator = translationModel(catalog, backend);
        s.model = t.mode == TranslationMode::Translate && !translator.isEmpty()
                          ? translator
                          : catalog.defaultModel(backend);
    }
    const session::ModelCapabilities *caps = catalog.find(s.model);
    // Unknown models are treated as general ones: an instruction is the safer bet.
    const bool translates = caps && caps->translation == session::Support::Supported;
    const bool instructable = !caps || caps->accepts(caps->systemInstruction);

    if (translates) {
        s.translateTo = t.targetLanguage;
        if (t.mode == TranslationMode::Interpret) {
            notes.append({u"model"_s,
                          tr("%1 translates into one language only: everything will be "
                             "translated into %2, not both ways. Choose a general model to "
                             "interpret between two people.")
                                  .arg(caps->displayName.isEmpty() ? caps->id : caps->displayName,
                                       languageName(t.targetLanguage))});
        }
        if (!t.notes.trimmed().isEmpty() && !instructable)
            notes.append({u"systemInstruction"_s,
                          tr("%1 takes no instructions: the names and terms to keep were not "
                             "sent.")
                                  .arg(s.model)});
    } else {
        s.translateTo.clear();
    }
    if (instructable && !translates) {
        const QString user = s.systemInstruction.trimmed();
        s.systemInstruction = translationInstruction(t);
        if (!user.isEmpty())
            s.systemInstruction += u"\n\n"_s + user;
    } else if (!s.systemInstruction.isEmpty() && !instructable) {
        notes.append({u"systemInstruction"_s,
                      tr("%1 takes no system instruction; yours was not sent.").arg(s.model)});
        s.systemInstruction.clear();
    }
    if (!translates && !instructable) {
        notes.append({u"model"_s, tr("%1 neither translates nor takes instructions: it will "
                                     "answer rather than translate.")
                                          .arg(s.model)});
    }
    // Both sides' words are what the captions show.
    s.inputTranscription = true;
    s.outputTranscription = true;
    return notes;
}

} // namespace livedesk::app
