#include "app/gui/modelistmodel.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

// The built-ins' names as the current language says them (builtInModes() translates).
QString translatedName(const ModePreset &mode)
{
    if (mode.builtIn) {
        for (const ModePreset &builtIn : builtInModes()) {
            if (builtIn.id == mode.id)
                return builtIn.name;
        }
    }
    return mode.name;
}

} // namespace

ModeListModel::ModeListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_modes(m_store.modes())
{ }

ModeListModel::~ModeListModel() = default;

bool ModeListModel::load(const QString &path, QString *error)
{
    const bool ok = m_store.load(path, error);
    m_store.setPath(path);
    reload();
    return ok;
}

void ModeListModel::reload()
{
    const QList<ModePreset> modes = m_store.modes();
    if (modes == m_modes)
        return;
    beginResetModel();
    m_modes = modes;
    endResetModel();
    Q_EMIT countChanged();
}

int ModeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modes.size());
}

QVariant ModeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModePreset &m = m_modes.at(index.row());
    switch (role) {
    case ModeIdRole:
        return m.id;
    case Qt::DisplayRole:
    case NameRole:
        return translatedName(m);
    case KindRole:
        return modeKindName(m.kind);
    case BuiltInRole:
        return m.builtIn;
    case TranslatesRole:
        return m.kind == ModeKind::Translator || m.kind == ModeKind::Interpreter;
    case SourceLanguageRole:
        return m.sourceLanguage;
    case TargetLanguageRole:
        return m.targetLanguage;
    case CameraRole:
        return m.camera;
    default:
        return {};
    }
}

QHash<int, QByteArray> ModeListModel::roleNames() const
{
    return {{ModeIdRole, "modeId"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {BuiltInRole, "builtIn"},
            {TranslatesRole, "translates"},
            {SourceLanguageRole, "sourceLanguage"},
            {TargetLanguageRole, "targetLanguage"},
            {CameraRole, "camera"}};
}

int ModeListModel::indexOfId(const QString &id) const
{
    for (int i = 0; i < m_modes.size(); ++i) {
        if (m_modes.at(i).id == id)
            return i;
    }
    return -1;
}

QString ModeListModel::idAt(int row) const
{
    return row >= 0 && row < m_modes.size() ? m_modes.at(row).id : QString();
}

std::optional<ModePreset> ModeListModel::find(const QString &id) const
{
    const int row = indexOfId(id);
    if (row < 0)
        return std::nullopt;
    return m_modes.at(row);
}

QString ModeListModel::kindOf(const QString &id) const
{
    const std::optional<ModePreset> mode = find(id);
    return mode ? modeKindName(mode->kind) : QString();
}

QString ModeListModel::saveMode(const QString &name, const QString &kind,
                                const QString &sourceLanguage, const QString &targetLanguage)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return tr("Give the mode a name.");
    const std::optional<ModeKind> parsed = modeKindFromString(kind);
    if (!parsed || *parsed == ModeKind::None)
        return tr("Unknown kind of mode: %1").arg(kind);
    ModePreset mode;
    // The same name replaces the saved mode of that name.
    for (const ModePreset &saved : m_store.savedModes()) {
        if (saved.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            mode = saved;
    }
    mode.name = trimmed;
    mode.kind = *parsed;
    mode.camera = mode.kind == ModeKind::VisualHelp;
    mode.sourceLanguage = sourceLanguage.trimmed();
    mode.targetLanguage = targetLanguage.trimmed();
    const bool translates = mode.kind == ModeKind::Translator || mode.kind == ModeKind::Interpreter;
    if (translates && mode.targetLanguage.isEmpty())
        return tr("Choose the language to translate into.");
    if (const QString invalid = mode.validate(); !invalid.isEmpty())
        return invalid;
    QString error;
    if (!m_store.put(mode, &error))
        return error;
    if (!m_store.path().isEmpty() && !m_store.save(&error))
        return error;
    reload();
    return {};
}

bool ModeListModel::remove(const QString &id)
{
    const std::optional<ModePreset> mode = find(id);
    if (!mode || mode->builtIn || !m_store.remove(id))
        return false;
    QString error;
    if (!m_store.path().isEmpty() && !m_store.save(&error))
        qWarning("modes: %s", qPrintable(error));
    reload();
    return true;
}

void ModeListModel::retranslate()
{
    if (!m_modes.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_modes.size()) - 1), {Qt::DisplayRole, NameRole});
}

} // namespace livedesk::app
