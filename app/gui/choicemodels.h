// Lists the settings page picks from: voices, response languages, interface languages (ChoiceModel,
// a fixed list of id/name/detail rows) and models (ModelListModel: the capability table plus the
// user's own model names, editable).
#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace livedesk::session {
class ModelCatalog;
}

namespace livedesk::app {

class AppSettings;

struct Choice
{
    QString id; // what is stored in the settings ("" = the default)
    QString name; // what people read
    QString detail; // a second line, may be empty

    friend bool operator==(const Choice &, const Choice &) = default;
};

class ChoiceModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { ChoiceIdRole = Qt::UserRole + 1, NameRole, DetailRole };

    explicit ChoiceModel(QObject *parent = nullptr);
    ~ChoiceModel() override;

    void setChoices(const QList<Choice> &choices);
    const QList<Choice> &choices() const { return m_choices; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_choices.size()); }
    Q_INVOKABLE int indexOfId(const QString &id) const;
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE QString nameOf(const QString &id) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Choice> m_choices;
};

// The 30 prebuilt voices with their character ("Bright", "Upbeat", …), after "Default".
QList<Choice> voiceChoices();
// Languages the Live API speaks (BCP-47), after "Automatic".
QList<Choice> responseLanguageChoices();
// The interface's translations, each named in its own language, after "System language".
QList<Choice> uiLanguageChoices();

class ModelListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ModelIdRole = Qt::UserRole + 1,
        NameRole,
        DetailRole, // backends and notable capabilities
        CustomRole, // added by the user (removable)
    };

    // Neither is owned; both must outlive the model.
    ModelListModel(const session::ModelCatalog *catalog, AppSettings *settings,
                   QObject *parent = nullptr);
    ~ModelListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    Q_INVOKABLE int indexOfId(const QString &id) const;
    Q_INVOKABLE QString idAt(int row) const;
    // Adds a model name of the user's own (kept in the settings); returns why not, or empty.
    Q_INVOKABLE QString addCustom(const QString &id);
    Q_INVOKABLE void removeCustom(const QString &id);
    // Reads the table and the settings again (and the words, after a language change).
    void refresh();

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString id;
        QString name;
        QString detail;
        bool custom = false;

        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> buildRows() const;

    const session::ModelCatalog *m_catalog; // not owned
    QPointer<AppSettings> m_settings;
    QList<Row> m_rows;
};

} // namespace livedesk::app
