// Translation settings → session setup: which model, translationConfig or a system instruction
// (by the capability table), what is refused and what is only warned about; and the modes —
// built-in presets, applying one, and saving people's own to a JSON file.
#include "app/modes.h"
#include "app/translation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(livedesk::app::TranslationSettings)

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;

namespace {

const QString kTranslateModel = u"gemini-3.5-live-translate-preview"_s;
const QString kDefaultModel = u"gemini-3.8-live"_s;

TranslationSettings translation(TranslationMode mode, const QString &source, const QString &target)
{
    TranslationSettings t;
    t.mode = mode;
    t.sourceLanguage = source;
    t.targetLanguage = target;
    return t;
}

} // namespace

class tst_Translation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void languageHelpers();
    void configuresTheSession_data();
    void configuresTheSession();
    void instructionsSayWhatToDo();
    void builtInModes();
    void applyingAModeKeepsExplicitChoices();
    void savedModesRoundTrip();
    void brokenModesFilesAreRefused_data();
    void brokenModesFilesAreRefused();
};

void tst_Translation::validation_data()
{
    QTest::addColumn<TranslationSettings>("settings");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: valid
    QTest::newRow("no translation is always valid")
            << translation(TranslationMode::None, {}, {}) << QString();
    QTest::newRow("translate from any language")
            << translation(TranslationMode::Translate, u"auto"_s, u"de-DE"_s) << QString();
    QTest::newRow("translate from a named language")
            << translation(TranslationMode::Translate, u"en-US"_s, u"fr"_s) << QString();
    QTest::newRow("no target") << translation(TranslationMode::Translate, u"auto"_s, {})
                               << u"target language"_s;
    QTest::newRow("a target that is a name, not a code")
            << translation(TranslationMode::Translate, {}, u"German"_s) << u"not a language code"_s;
    QTest::newRow("interpreting needs both languages")
            << translation(TranslationMode::Interpret, u"auto"_s, u"de-DE"_s)
            << u"both languages"_s;
    QTest::newRow("the same language twice")
            << translation(TranslationMode::Interpret, u"de-AT"_s, u"de-DE"_s) << u"the same"_s;
}

void tst_Translation::validation()
{
    QFETCH(TranslationSettings, settings);
    QFETCH(QString, problem);
    const QString actual = validateTranslation(settings);
    if (problem.isEmpty())
        QVERIFY2(actual.isEmpty(), qPrintable(actual));
    else
        QVERIFY2(actual.contains(problem), qPrintable(actual));
}

void tst_Translation::languageHelpers()
{
    QCOMPARE(languageName(u"de-DE"_s), u"German"_s);
    QCOMPARE(languageName(u"fr"_s), u"French"_s);
    QCOMPARE(languageName(u"xx-YY"_s), u"xx-YY"_s);
    QVERIFY(sameLanguage(u"en-US"_s, u"en-GB"_s));
    QVERIFY(sameLanguage(u"DE"_s, u"de-AT"_s));
    QVERIFY(!sameLanguage(u"en"_s, u"de"_s));
    QVERIFY(!sameLanguage(QString(), u"de"_s));
    QVERIFY(isLanguageTag(u"es-419"_s));
    QVERIFY(!isLanguageTag(u"Deutsch!"_s));
    QCOMPARE(translationModel(session::ModelCatalog::builtIn(), session::Backend::GeminiApi),
             kTranslateModel);
}

void tst_Translation::configuresTheSession_data()
{
    QTest::addColumn<TranslationSettings>("settings");
    QTest::addColumn<QString>("chosenModel");
    QTest::addColumn<QString>("expectedModel");
    QTest::addColumn<QString>("translationConfigTarget"); // empty: none sent
    QTest::addColumn<bool>("instruction");
    QTest::addColumn<QString>("warningField"); // empty: no warning

    QTest::newRow("translate, no model chosen: the translation model with translationConfig")
            << translation(TranslationMode::Translate, u"auto"_s, u"de-DE"_s) << QString()
            << kTranslateModel << u"de-DE"_s << false << QString();
    QTest::newRow("translate with a general model: an instruction, no translationConfig")
            << translation(TranslationMode::Translate, u"en-US"_s, u"ja-JP"_s) << kDefaultModel
            << kDefaultModel << QString() << true << QString();
    QTest::newRow("interpret, no model chosen: the default model with an instruction")
            << translation(TranslationMode::Interpret, u"en-US"_s, u"de-DE"_s) << QString()
            << kDefaultModel << QString() << true << QString();
    QTest::newRow("interpret with the translation model: one way only, and it says so")
            << translation(TranslationMode::Interpret, u"en-US"_s, u"de-DE"_s) << kTranslateModel
            << kTranslateModel << u"de-DE"_s << false << u"model"_s;
    QTest::newRow("a model missing from the table is instructed")
            << translation(TranslationMode::Translate, u"auto"_s, u"it"_s) << u"some-new-model"_s
            << u"some-new-model"_s << QString() << true << QString();
}

void tst_Translation::configuresTheSession()
{
    QFETCH(TranslationSettings, settings);
    QFETCH(QString, chosenModel);
    QFETCH(QString, expectedModel);
    QFETCH(QString, translationConfigTarget);
    QFETCH(bool, instruction);
    QFETCH(QString, warningField);

    const auto catalog = session::ModelCatalog::builtIn();
    SessionSettings s;
    s.endpoint = u"ws://127.0.0.1:1"_s;
    s.apiKey = u"k"_s;
    s.model = chosenModel;
    s.inputTranscription = false;
    const auto notes = applyTranslation(settings, s, catalog);
    QCOMPARE(s.model, expectedModel);
    QVERIFY(s.inputTranscription && s.outputTranscription); // the captions need both sides
    if (warningField.isEmpty())
        QVERIFY(notes.isEmpty());
    else
        QVERIFY(!notes.isEmpty() && notes.first().field == warningField);

    // What actually goes out, after the capability checks: nothing is dropped with a warning.
    QString error;
    const auto config = buildSessionConfig(s, catalog, &error);
    QVERIFY2(config, qPrintable(error));
    for (const auto &w : config->warnings)
        QVERIFY2(!w.field.contains(u"translation"_s) && w.field != u"systemInstruction",
                 qPrintable(w.reason));
    const auto &g = config->setup.generationConfig;
    if (translationConfigTarget.isEmpty())
        QVERIFY(!g->translationConfig);
    else
        QCOMPARE(g->translationConfig->targetLanguageCode, translationConfigTarget);
    QCOMPARE(config->setup.systemInstruction.has_value(), instruction);
    QVERIFY(config->setup.inputAudioTranscription && config->setup.outputAudioTranscription);
}

void tst_Translation::instructionsSayWhatToDo()
{
    auto oneWay = translation(TranslationMode::Translate, u"auto"_s, u"de-DE"_s);
    oneWay.notes = u"LiveDesk, Zürich"_s;
    const QString a = translationInstruction(oneWay);
    QVERIFY(a.contains(u"into German (de-DE)"_s));
    QVERIFY(a.contains(u"whatever language"_s));
    QVERIFY(a.contains(u"LiveDesk, Zürich"_s));
    const QString b = translationInstruction(
            translation(TranslationMode::Interpret, u"en-US"_s, u"ja-JP"_s));
    QVERIFY(b.contains(u"one speaks English (en-US), the other speaks Japanese (ja-JP)"_s));
    QVERIFY(b.contains(u"when you hear Japanese (ja-JP), say it in English (en-US)"_s));

    // A person's own instruction is kept after the interpreter's.
    SessionSettings s;
    s.model = kDefaultModel;
    s.systemInstruction = u"Use formal German."_s;
    applyTranslation(translation(TranslationMode::Translate, u"en"_s, u"de"_s), s,
                     session::ModelCatalog::builtIn());
    QVERIFY(s.systemInstruction.startsWith(u"You are a simultaneous interpreter"_s));
    QVERIFY(s.systemInstruction.endsWith(u"Use formal German."_s));
}

void tst_Translation::builtInModes()
{
    const QList<ModePreset> modes = livedesk::app::builtInModes();
    QStringList ids;
    for (const ModePreset &m : modes) {
        ids << m.id;
        QVERIFY(m.builtIn);
        QVERIFY2(m.validate().isEmpty(), qPrintable(m.validate()));
    }
    QCOMPARE(ids,
             (QStringList {u"assistant"_s, u"visual-help"_s, u"translator"_s, u"interpreter"_s}));
    QVERIFY(modes.at(1).camera);
    QCOMPARE(modes.at(2).translation().mode, TranslationMode::Translate);
    QVERIFY(modes.at(2).translation().automaticSource());
    QCOMPARE(modes.at(3).translation().mode, TranslationMode::Interpret);
    QCOMPARE(modes.at(0).translation().mode, TranslationMode::None);
}

void tst_Translation::applyingAModeKeepsExplicitChoices()
{
    ModePreset mode;
    mode.name = u"Formal French"_s;
    mode.kind = ModeKind::Translator;
    mode.targetLanguage = u"fr-FR"_s;
    mode.model = kDefaultModel;
    mode.voice = u"Kore"_s;
    SessionSettings s;
    s.voice = u"Puck"_s; // chosen on its own: wins
    const TranslationSettings t = applyMode(mode, s);
    QCOMPARE(s.model, kDefaultModel);
    QCOMPARE(s.voice, u"Puck"_s);
    QCOMPARE(t.mode, TranslationMode::Translate);
    QCOMPARE(t.targetLanguage, u"fr-FR"_s);

    SessionSettings v;
    v.systemInstruction = u"Be brief."_s;
    applyMode(livedesk::app::builtInModes().at(1), v);
    QVERIFY(v.systemInstruction.startsWith(u"The user shares their camera"_s));
    QVERIFY(v.systemInstruction.endsWith(u"Be brief."_s));
}

void tst_Translation::savedModesRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config/modes.json"_s);
    ModeStore store;
    QString error;
    QVERIFY(store.load(path, &error)); // no file yet: nothing saved
    QCOMPARE(store.modes().size(), 4);

    ModePreset mine;
    mine.name = u"Japanese lessons"_s;
    mine.kind = ModeKind::Interpreter;
    mine.sourceLanguage = u"en-US"_s;
    mine.targetLanguage = u"ja-JP"_s;
    mine.notes = u"Tanaka-sensei"_s;
    mine.hearOriginal = true;
    mine.originalGainDb = -24;
    QVERIFY2(store.put(mine, &error), qPrintable(error));
    ModePreset clash = mine;
    clash.id = u"translator"_s;
    QVERIFY(!store.put(clash, &error));
    QVERIFY(error.contains(u"built-in"_s));
    ModePreset invalid = mine;
    invalid.id.clear();
    invalid.name = u"Same twice"_s;
    invalid.sourceLanguage = u"ja"_s;
    QVERIFY(!store.put(invalid, &error));
    QVERIFY2(error.contains(u"the same"_s), qPrintable(error));
    QVERIFY(store.save(&error));

    ModeStore again;
    QVERIFY2(again.load(path, &error), qPrintable(error));
    QCOMPARE(again.savedModes().size(), 1);
    const auto found = again.find(u"japanese LESSONS"_s);
    QVERIFY(found);
    QCOMPARE(found->id, u"japanese-lessons"_s);
    mine.id = u"japanese-lessons"_s;
    QCOMPARE(*found, mine);
    QVERIFY(again.find(u"interpreter"_s)->builtIn);
    QVERIFY(again.remove(u"japanese-lessons"_s));
    QVERIFY(!again.remove(u"interpreter"_s));
    QCOMPARE(again.modes().size(), 4);
}

void tst_Translation::brokenModesFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QByteArray("{") << u"invalid JSON"_s;
    QTest::newRow("no version") << QByteArray(R"({"modes":[]})") << u"version"_s;
    QTest::newRow("a misspelt key")
            << QByteArray(R"({"version":1,"modes":[{"name":"x","kind":"assistant","modle":"m"}]})")
            << u"modes[0]: unknown key \"modle\""_s;
    QTest::newRow("an unknown kind")
            << QByteArray(R"({"version":1,"modes":[{"name":"x","kind":"poet"}]})")
            << u"modes[0].kind"_s;
    QTest::newRow("a bad language") << QByteArray(
            R"({"version":1,"modes":[{"name":"x","kind":"translator","targetLanguage":"Klingon!"}]})")
                                    << u"not a language code"_s;
}

void tst_Translation::brokenModesFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"modes.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    ModeStore store;
    QString error;
    QVERIFY(!store.load(path, &error));
    QVERIFY2(error.contains(problem) && error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Translation)
#include "tst_translation.moc"
