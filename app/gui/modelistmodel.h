// The mode picker's list: the built-in presets (Assistant, Visual help, Translator, Interpreter)
// and the ones people saved, from app/modes.h's ModeStore (its JSON file). The controller reads
// the chosen mode from here when a conversation starts.
#pragma once

#include "app/modes.h"

#include <QAbstractListModel>

namespace livedesk::app {

class ModeListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ModeIdRole = Qt::UserRole + 1,
        NameRole, // translated for the built-ins
        KindRole, // modeKindName(): "assistant", "visual-help", "translator", "interpreter"
        BuiltInRole,
        TranslatesRole, // translator or interpreter: the captions view applies
        SourceLanguageRole,
        TargetLanguageRole,
        CameraRole,
    };

    explicit ModeListModel(QObject *parent = nullptr);
    ~ModeListModel() override;

    // Reads the saved modes (a missing file is none). False with `error` for a broken file; the
    // built-ins are listed anyway.
    bool load(const QString &path, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_modes.size()); }
    Q_INVOKABLE int indexOfId(const QString &id) const;
    Q_INVOKABLE QString idAt(int row) const;
    std::optional<ModePreset> find(const QString &id) const;
    // modeKindName() of the mode `id`; empty when there is none.
    Q_INVOKABLE QString kindOf(const QString &id) const;

    // Saves a mode of one's own (kind: "assistant", "visual-help", "translator",
    // "interpreter"); the same name replaces it. Empty on success, else why not, for people.
    Q_INVOKABLE QString saveMode(const QString &name, const QString &kind,
                                 const QString &sourceLanguage, const QString &targetLanguage);
    // Built-ins cannot be removed (false).
    Q_INVOKABLE bool remove(const QString &id);

    // The built-ins' names are read through the translator.
    void retranslate();

Q_SIGNALS:
    void countChanged();

private:
    void reload();

    ModeStore m_store;
    QList<ModePreset> m_modes;
};

} // namespace livedesk::app
