// Modes: named presets of what a conversation is for. Four are built in — Assistant, Visual help
// (camera on), Translator, Interpreter — and people can save their own (a JSON file, one per
// user; the GUI lists them, the CLI takes --mode NAME). Format: docs/translation.md.
#pragma once

#include "app/translation.h"

#include <QList>
#include <QString>

#include <optional>

namespace livedesk::app {

enum class ModeKind {
    None,
    Assistant, // a conversation
    VisualHelp, // a conversation about what the camera shows
    Translator, // one-way translation
    Interpreter, // two people, two languages
};

QString modeKindName(ModeKind kind); // "assistant", "visual-help", "translator", "interpreter"
std::optional<ModeKind> modeKindFromString(QStringView text);

struct ModePreset
{
    QString id; // stable: "assistant", "translator", or the id of a saved mode
    QString name; // shown to people
    ModeKind kind = ModeKind::None;
    bool builtIn = false;
    QString systemInstruction; // Assistant and Visual help; translation modes build their own
    bool camera = false; // start with the camera on
    QString sourceLanguage; // Translator ("auto" allowed) and Interpreter
    QString targetLanguage;
    QString notes; // translation: names and terms to keep
    QString model; // empty: the mode's usual model
    QString voice; // empty: the default voice
    bool hearOriginal = false; // translation with file input: the original under the translation
    double originalGainDb = -20.0;

    TranslationSettings translation() const;
    // Empty when usable, else what is wrong, for people.
    QString validate() const;

    friend bool operator==(const ModePreset &, const ModePreset &) = default;
};

// The four built-in modes, in the order they are listed.
QList<ModePreset> builtInModes();

// Applies a mode's instruction, model and voice to the session settings where the person has
// not chosen them already (an explicit model or voice wins), and returns what the mode
// translates (mode None when it does not): the caller may change the languages, then calls
// applyTranslation().
TranslationSettings applyMode(const ModePreset &mode, SessionSettings &session);

// The built-in modes plus those people saved, from one JSON file:
//   {"version": 1, "modes": [{"id": "…", "name": "…", "kind": "translator", …}]}
class ModeStore
{
public:
    // <user config>/LiveDesk/modes.json (e.g. ~/.config/LiveDesk/modes.json).
    static QString defaultPath();

    // A missing file is an empty list, not an error; a broken one is an error naming the place.
    bool load(const QString &path, QString *error);
    bool save(QString *error) const; // atomically, to the path loaded (or set)
    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }

    // Built-ins first, then the saved ones in the order saved.
    QList<ModePreset> modes() const;
    QList<ModePreset> savedModes() const { return m_saved; }
    // By id, or by name ignoring case.
    std::optional<ModePreset> find(const QString &idOrName) const;

    // Adds or replaces (same id) a saved mode; built-ins cannot be replaced. An empty id is made
    // from the name. False with `error` for an invalid mode.
    bool put(ModePreset mode, QString *error);
    bool remove(const QString &id);

    static std::optional<QList<ModePreset>> fromJson(const QByteArray &json, QString *error);
    static QByteArray toJson(const QList<ModePreset> &modes);

private:
    QString m_path;
    QList<ModePreset> m_saved;
};

} // namespace livedesk::app
