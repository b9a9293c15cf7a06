#include "app/gui/choicemodels.h"

#include "app/gui/appsettings.h"
#include "app/gui/settingsschema.h"
#include "app/sessionconfig.h"
#include "session/modelcatalog.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

struct ChoiceText
{
    Q_DECLARE_TR_FUNCTIONS(livedesk::app::ChoiceText)
};

// The character Google gives each prebuilt voice, in prebuiltVoices() order.
constexpr const char *kVoiceCharacters[] = {
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Bright"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Upbeat"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Informative"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Firm"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Excitable"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Youthful"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Firm"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Breezy"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Easy-going"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Bright"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Breathy"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Clear"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Easy-going"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Smooth"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Smooth"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Clear"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Gravelly"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Informative"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Upbeat"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Soft"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Firm"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Even"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Mature"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Forward"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Friendly"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Casual"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Gentle"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Lively"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Knowledgeable"),
        QT_TRANSLATE_NOOP("livedesk::app::ChoiceText", "Warm"),
};

// The languages the native-audio Live models are documented to speak.
constexpr const char *kResponseLanguages[] = {
        "ar-EG", "bn-BD", "cmn-CN", "de-DE", "en-AU", "en-GB", "en-IN", "en-US",
        "es-ES", "es-US", "fr-CA",  "fr-FR", "gu-IN", "hi-IN", "id-ID", "it-IT",
        "ja-JP", "kn-IN", "ko-KR",  "ml-IN", "mr-IN", "nl-NL", "pl-PL", "pt-BR",
        "ru-RU", "ta-IN", "te-IN",  "th-TH", "tr-TR", "uk-UA", "vi-VN",
};

QString languageName(const QString &bcp47)
{
    // QLocale knows "zh-CN" but not the ISO 639-3 "cmn".
    QString code = bcp47;
    if (code.startsWith(u"cmn"))
        code.replace(0, 3, u"zh"_s);
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return bcp47;
    const QString language = QLocale::languageToString(locale.language());
    const QString territory = QLocale::territoryToString(locale.territory());
    return territory.isEmpty() ? language : u"%1 (%2)"_s.arg(language, territory);
}

} // namespace

ChoiceModel::ChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

ChoiceModel::~ChoiceModel() = default;

void ChoiceModel::setChoices(const QList<Choice> &choices)
{
    if (choices == m_choices)
        return;
    if (choices.size() == m_choices.size()) {
        // Same rows, new words (the language changed): keep the views' current items.
        m_choices = choices;
        if (!m_choices.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_choices.size()) - 1));
        return;
    }
    beginResetModel();
    m_choices = choices;
    endResetModel();
    Q_EMIT countChanged();
}

int ChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice &c = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case ChoiceIdRole:
        return c.id;
    case DetailRole:
        return c.detail;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ChoiceModel::roleNames() const
{
    return {{ChoiceIdRole, "choiceId"}, {NameRole, "name"}, {DetailRole, "detail"}};
}

int ChoiceModel::indexOfId(const QString &id) const
{
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices[i].id == id)
            return i;
    }
    return -1;
}

QString ChoiceModel::idAt(int row) const
{
    return row >= 0 && row < m_choices.size() ? m_choices[row].id : QString();
}

QString ChoiceModel::nameOf(const QString &id) const
{
    const int row = indexOfId(id);
    return row < 0 ? id : m_choices[row].name;
}

QList<Choice> voiceChoices()
{
    QList<Choice> list {{QString(), ChoiceText::tr("Default (Puck)"), {}}};
    const QStringList &voices = prebuiltVoices();
    static_assert(std::size(kVoiceCharacters) == 30);
    for (qsizetype i = 0; i < voices.size(); ++i) {
        const QString character = i < qsizetype(std::size(kVoiceCharacters))
                                          ? QCoreApplication::translate("livedesk::app::ChoiceText",
                                                                        kVoiceCharacters[i])
                                          : QString();
        list.append({voices[i], voices[i], character});
    }
    return list;
}

QList<Choice> responseLanguageChoices()
{
    QList<Choice> list {{QString(), ChoiceText::tr("Automatic"),
                         ChoiceText::tr("The model answers in the language you speak")}};
    for (const char *code : kResponseLanguages) {
        const QString id = QString::fromLatin1(code);
        list.append({id, languageName(id), id});
    }
    return list;
}

QList<Choice> uiLanguageChoices()
{
    // Each language in its own words, so a person can find theirs whatever is shown now.
    return {
            {QString(), ChoiceText::tr("System language"), {}},
            {u"en"_s, u"English"_s, {}},
            {u"de"_s, u"Deutsch"_s, {}},
            {u"es"_s, u"Español"_s, {}},
            {u"fr"_s, u"Français"_s, {}},
            {u"ja"_s, u"日本語"_s, {}},
            {u"zh_CN"_s, u"简体中文"_s, {}},
            {u"ar"_s, u"العربية"_s, {}},
    };
}

ModelListModel::ModelListModel(const session::ModelCatalog *catalog, AppSettings *settings,
                               QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_settings(settings)
{
    m_rows = buildRows();
    if (settings) {
        connect(settings, &AppSettings::valueChanged, this, [this](const QString &key) {
            if (key == u"models/custom" || key == u"backend")
                refresh();
        });
    }
}

ModelListModel::~ModelListModel() = default;

QList<ModelListModel::Row> ModelListModel::buildRows() const
{
    QList<Row> rows;
    const bool vertex = m_settings && m_settings->text(u"backend"_s) == u"vertex";
    const session::Backend backend = vertex ? session::Backend::VertexAi
                                            : session::Backend::GeminiApi;
    const QString defaultId = m_catalog ? m_catalog->defaultModel(backend) : QString();
    const session::ModelCapabilities *defaultModel = m_catalog ? m_catalog->find(defaultId)
                                                               : nullptr;
    rows.append({QString(),
                 tr("Default: %1")
                         .arg(defaultModel && !defaultModel->displayName.isEmpty()
                                      ? defaultModel->displayName
                                      : defaultId),
                 defaultId, false});
    if (m_catalog) {
        for (const session::ModelCapabilities &m : m_catalog->models()) {
            if (!m.backends.isEmpty() && !m.backends.contains(backend))
                continue;
            QStringList features;
            // Visible in the list, so nobody picks a model on its way out unawares.
            if (m.status == session::ModelStatus::Deprecated)
                features << tr("deprecated");
            else if (m.status == session::ModelStatus::Legacy)
                features << tr("legacy");
            else if (m.status == session::ModelStatus::Preview)
                features << tr("preview");
            if (m.accepts(m.affectiveDialog) && m.affectiveDialog != session::Support::Unspecified)
                features << tr("affective dialog");
            if (m.accepts(m.proactiveAudio) && m.proactiveAudio != session::Support::Unspecified)
                features << tr("proactive audio");
            if (m.nonBlockingFunctions == session::Support::Supported)
                features << tr("background tools");
            if (m.translation == session::Support::Supported
                || m.translation == session::Support::Always)
                features << tr("translation");
            rows.append({m.id, m.displayName.isEmpty() ? m.id : m.displayName,
                         features.isEmpty() ? m.id : m.id + u" · "_s + features.join(u", "_s),
                         false});
        }
    }
    if (m_settings) {
        for (const QString &id : m_settings->list(u"models/custom"_s)) {
            if (std::none_of(rows.cbegin(), rows.cend(), [&](const Row &r) { return r.id == id; }))
                rows.append({id, id, tr("Added by you"), true});
        }
    }
    return rows;
}

void ModelListModel::refresh()
{
    const QList<Row> rows = buildRows();
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case ModelIdRole:
        return r.id;
    case DetailRole:
        return r.detail;
    case CustomRole:
        return r.custom;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ModelListModel::roleNames() const
{
    return {{ModelIdRole, "modelId"},
            {NameRole, "name"},
            {DetailRole, "detail"},
            {CustomRole, "custom"}};
}

int ModelListModel::indexOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

QString ModelListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

QString ModelListModel::addCustom(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (const QString error = checkModelId(trimmed); !error.isEmpty())
        return error;
    if (!m_settings)
        return {};
    if (indexOfId(trimmed) >= 0)
        return {};
    QStringList custom = m_settings->list(u"models/custom"_s);
    custom.append(trimmed);
    return m_settings->setValue(u"models/custom"_s, custom);
}

void ModelListModel::removeCustom(const QString &id)
{
    if (!m_settings)
        return;
    QStringList custom = m_settings->list(u"models/custom"_s);
    if (custom.removeAll(id) > 0)
        m_settings->setValue(u"models/custom"_s, custom);
}

} // namespace livedesk::app
