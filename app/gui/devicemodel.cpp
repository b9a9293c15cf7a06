#include "app/gui/devicemodel.h"

#include "audio/audioengine.h"
#include "video/camerasource.h"
#include "video/screensource.h"

using namespace Qt::StringLiterals;

namespace livedesk::app {

DeviceModel::DeviceModel(Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
{
    if (kind == Kind::Microphone || kind == Kind::Speaker || kind == Kind::Camera) {
        m_mediaDevices = new QMediaDevices(this);
        const auto signal = kind == Kind::Microphone ? &QMediaDevices::audioInputsChanged
                            : kind == Kind::Speaker  ? &QMediaDevices::audioOutputsChanged
                                                     : &QMediaDevices::videoInputsChanged;
        connect(m_mediaDevices, signal, this, &DeviceModel::refresh);
    }
    m_devices = currentDevices();
}

DeviceModel::~DeviceModel() = default;

QList<DeviceModel::Device> DeviceModel::currentDevices() const
{
    QList<Device> devices;
    switch (m_kind) {
    case Kind::Microphone:
    case Kind::Speaker: {
        const auto list = m_kind == Kind::Microphone ? audio::AudioEngine::inputDevices()
                                                     : audio::AudioEngine::outputDevices();
        for (const auto &d : list)
            devices.append({QString::fromUtf8(d.id), d.description, d.isDefault});
        break;
    }
    case Kind::Camera:
        for (const auto &c : video::CameraSource::availableCameras())
            devices.append({QString::fromUtf8(c.id), c.description, c.isDefault});
        break;
    case Kind::Screen:
        for (const auto &s : video::ScreenSource::availableScreens()) {
            const QString name = tr("Screen %1 (%2 × %3)")
                                         .arg(s.index + 1)
                                         .arg(s.sizePx.width())
                                         .arg(s.sizePx.height());
            devices.append({QString::number(s.index), name, s.isPrimary});
        }
        break;
    case Kind::None:
        break;
    }
    return devices;
}

int DeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size()) + 1;
}

QVariant DeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return m_kind == Kind::Screen ? tr("Main screen") : tr("System default");
        case DeviceIdRole:
            return QString();
        case IsDefaultRole:
            return false;
        default:
            return {};
        }
    }
    const Device &device = m_devices.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return device.name;
    case DeviceIdRole:
        return device.id;
    case IsDefaultRole:
        return device.isDefault;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> DeviceModel::roleNames() const
{
    return {{NameRole, "name"}, {DeviceIdRole, "deviceId"}, {IsDefaultRole, "isDefault"}};
}

int DeviceModel::indexOfId(const QString &id) const
{
    if (id.isEmpty())
        return 0;
    for (int i = 0; i < m_devices.size(); ++i) {
        if (m_devices[i].id == id)
            return i + 1;
    }
    return -1;
}

QString DeviceModel::idAt(int row) const
{
    if (row <= 0 || row > m_devices.size())
        return {};
    return m_devices[row - 1].id;
}

QString DeviceModel::nameOf(const QString &id) const
{
    const int row = indexOfId(id);
    return row < 0 ? QString() : data(index(row), NameRole).toString();
}

void DeviceModel::refresh()
{
    setDevices(currentDevices());
}

void DeviceModel::retranslate()
{
    refresh();
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void DeviceModel::setDevices(const QList<Device> &devices)
{
    if (devices == m_devices)
        return;
    beginResetModel();
    m_devices = devices;
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace livedesk::app
