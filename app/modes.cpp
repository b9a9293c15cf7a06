#include "app/modes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Modes", text);
}

const QString kVisualHelpInstruction
        = u"The user shares their camera with you so that you can help with what they are "
          "looking at. Describe what matters for their question, say when you cannot see "
          "something clearly, and ask them to move the camera when that would help."_s;

QString slug(const QString &name)
{
    QString out = name.toLower();
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    out.replace(nonWord, u"-"_s);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

const QStringList &modeKeys()
{
    static const QStringList
            keys {u"id"_s,     u"name"_s,           u"kind"_s,           u"systemInstruction"_s,
                  u"camera"_s, u"sourceLanguage"_s, u"targetLanguage"_s, u"notes"_s,
                  u"model"_s,  u"voice"_s,          u"hearOriginal"_s,   u"originalGainDb"_s};
    return keys;
}

} // namespace

QString modeKindName(ModeKind kind)
{
    switch (kind) {
    case ModeKind::Assistant:
        return u"assistant"_s;
    case ModeKind::VisualHelp:
        return u"visual-help"_s;
    case ModeKind::Translator:
        return u"translator"_s;
    case ModeKind::Interpreter:
        return u"interpreter"_s;
    case ModeKind::None:
        break;
    }
    return {};
}

std::optional<ModeKind> modeKindFromString(QStringView text)
{
    for (auto kind :
         {ModeKind::Assistant, ModeKind::VisualHelp, ModeKind::Translator, ModeKind::Interpreter}) {
        if (text.compare(modeKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

TranslationSettings ModePreset::translation() const
{
    TranslationSettings t;
    t.mode = kind == ModeKind::Translator    ? TranslationMode::Translate
             : kind == ModeKind::Interpreter ? TranslationMode::Interpret
                                             : TranslationMode::None;
    t.sourceLanguage = sourceLanguage;
    t.targetLanguage = targetLanguage;
    t.notes = notes;
    return t;
}

QString ModePreset::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("A mode needs a name.");
    if (kind == ModeKind::None)
        return tr("The mode \"%1\" has no kind (assistant, visual-help, translator or "
                  "interpreter).")
                .arg(name);
    if (originalGainDb < -60.0 || originalGainDb > 0.0)
        return tr("The level of the original must be between -60 and 0 dB (got %1).")
                .arg(originalGainDb);
    // A saved translation mode may leave the languages to be chosen when it is used.
    if (kind == ModeKind::Translator || kind == ModeKind::Interpreter) {
        TranslationSettings t = translation();
        if (t.targetLanguage.isEmpty())
            return {};
        if (t.mode == TranslationMode::Interpret && t.automaticSource())
            return {};
        return validateTranslation(t);
    }
    return {};
}

QList<ModePreset> builtInModes()
{
    QList<ModePreset> modes;
    ModePreset assistant;
    assistant.id = u"assistant"_s;
    assistant.name = tr("Assistant");
    assistant.kind = ModeKind::Assistant;
    assistant.builtIn = true;
    modes << assistant;

    ModePreset visual;
    visual.id = u"visual-help"_s;
    visual.name = tr("Visual help");
    visual.kind = ModeKind::VisualHelp;
    visual.builtIn = true;
    visual.camera = true;
    visual.systemInstruction = kVisualHelpInstruction;
    modes << visual;

    ModePreset translator;
    translator.id = u"translator"_s;
    translator.name = tr("Translator");
    translator.kind = ModeKind::Translator;
    translator.builtIn = true;
    translator.sourceLanguage = u"auto"_s;
    modes << translator;

    ModePreset interpreter;
    interpreter.id = u"interpreter"_s;
    interpreter.name = tr("Interpreter");
    interpreter.kind = ModeKind::Interpreter;
    interpreter.builtIn = true;
    modes << interpreter;
    return modes;
}

TranslationSettings applyMode(const ModePreset &mode, SessionSettings &session)
{
    if (session.model.isEmpty())
        session.model = mode.model;
    if (session.voice.isEmpty())
        session.voice = mode.voice;
    if (!mode.systemInstruction.isEmpty()) {
        // The person's own instruction goes after the mode's, so it can refine it.
        session.systemInstruction = session.systemInstruction.isEmpty()
                                            ? mode.systemInstruction
                                            : mode.systemInstruction + u"\n\n"_s
                                                      + session.systemInstruction;
    }
    return mode.translation();
}

// --- the store -------------------------------------------------------------------------------

QString ModeStore::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(u"LiveDesk/modes.json"_s);
}

bool ModeStore::load(const QString &path, QString *error)
{
    m_path = path;
    m_saved.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the modes file %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    auto modes = fromJson(file.readAll(), &why);
    if (!modes) {
        *error = tr("The modes file %1 is not valid: %2").arg(path, why);
        return false;
    }
    m_saved = *modes;
    return true;
}

bool ModeStore::save(QString *error) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("Cannot create the folder for %1.").arg(m_path);
        return false;
    }
    QSaveFile file(m_path);
    const QByteArray json = toJson(m_saved);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("Cannot write the modes file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QList<ModePreset> ModeStore::modes() const
{
    return builtInModes() + m_saved;
}

std::optional<ModePreset> ModeStore::find(const QString &idOrName) const
{
    const QList<ModePreset> all = modes();
    for (const ModePreset &m : all) {
        if (m.id == idOrName)
            return m;
    }
    for (const ModePreset &m : all) {
        if (m.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

bool ModeStore::put(ModePreset mode, QString *error)
{
    if (mode.id.isEmpty())
        mode.id = slug(mode.name);
    mode.builtIn = false;
    if (const QString problem = mode.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (mode.id.isEmpty()) {
        *error = tr("A mode needs a name with letters or digits.");
        return false;
    }
    for (const ModePreset &b : builtInModes()) {
        if (b.id == mode.id) {
            *error = tr("\"%1\" is a built-in mode; save yours under another name.").arg(b.name);
            return false;
        }
    }
    for (ModePreset &m : m_saved) {
        if (m.id == mode.id) {
            m = mode;
            return true;
        }
    }
    m_saved.append(mode);
    return true;
}

bool ModeStore::remove(const QString &id)
{
    return m_saved.removeIf([&](const ModePreset &m) { return m.id == id; }) > 0;
}

std::optional<QList<ModePreset>> ModeStore::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("invalid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"version"_s).toInt() != 1) {
        *error = tr("version: expected 1");
        return std::nullopt;
    }
    QList<ModePreset> modes;
    const QJsonArray array = root.value(u"modes"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"modes[%1]"_s.arg(i);
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!modeKeys().contains(it.key())) {
                *error = tr("%1: unknown key \"%2\"").arg(where, it.key());
                return std::nullopt;
            }
        }
        ModePreset m;
        m.id = o.value(u"id"_s).toString();
        m.name = o.value(u"name"_s).toString();
        const auto kind = modeKindFromString(o.value(u"kind"_s).toString());
        if (!kind) {
            *error = tr("%1.kind: \"%2\" is not one of assistant, visual-help, translator, "
                        "interpreter")
                             .arg(where, o.value(u"kind"_s).toString());
            return std::nullopt;
        }
        m.kind = *kind;
        m.systemInstruction = o.value(u"systemInstruction"_s).toString();
        m.camera = o.value(u"camera"_s).toBool();
        m.sourceLanguage = o.value(u"sourceLanguage"_s).toString();
        m.targetLanguage = o.value(u"targetLanguage"_s).toString();
        m.notes = o.value(u"notes"_s).toString();
        m.model = o.value(u"model"_s).toString();
        m.voice = o.value(u"voice"_s).toString();
        m.hearOriginal = o.value(u"hearOriginal"_s).toBool();
        m.originalGainDb = o.value(u"originalGainDb"_s).toDouble(-20.0);
        if (m.id.isEmpty())
            m.id = slug(m.name);
        if (const QString problem = m.validate(); !problem.isEmpty()) {
            *error = where + u": "_s + problem;
            return std::nullopt;
        }
        modes.append(m);
    }
    return modes;
}

QByteArray ModeStore::toJson(const QList<ModePreset> &modes)
{
    QJsonArray array;
    for (const ModePreset &m : modes) {
        QJsonObject o {{u"id"_s, m.id}, {u"name"_s, m.name}, {u"kind"_s, modeKindName(m.kind)}};
        auto put = [&o](const QString &key, const QString &value) {
            if (!value.isEmpty())
                o.insert(key, value);
        };
        put(u"systemInstruction"_s, m.systemInstruction);
        if (m.camera)
            o.insert(u"camera"_s, true);
        put(u"sourceLanguage"_s, m.sourceLanguage);
        put(u"targetLanguage"_s, m.targetLanguage);
        put(u"notes"_s, m.notes);
        put(u"model"_s, m.model);
        put(u"voice"_s, m.voice);
        if (m.hearOriginal) {
            o.insert(u"hearOriginal"_s, true);
            o.insert(u"originalGainDb"_s, m.originalGainDb);
        }
        array.append(o);
    }
    return QJsonDocument(QJsonObject {{u"version"_s, 1}, {u"modes"_s, array}})
            .toJson(QJsonDocument::Indented);
}

} // namespace livedesk::app
