// Device pickers: microphones, speakers, cameras or screens, each list starting with "System
// default" (an empty id, which follows the system's choice even when it changes).
#pragma once

#include <QAbstractListModel>
#include <QMediaDevices>

namespace livedesk::app {

class DeviceModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(Kind kind READ kind CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum class Kind { None, Microphone, Speaker, Camera, Screen };
    Q_ENUM(Kind)

    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        NameRole,
        IsDefaultRole, // the system's default device (the first row follows it)
    };

    struct Device
    {
        QString id;
        QString name;
        bool isDefault = false;

        friend bool operator==(const Device &, const Device &) = default;
    };

    explicit DeviceModel(Kind kind, QObject *parent = nullptr);
    ~DeviceModel() override;

    Kind kind() const { return m_kind; }
    int count() const { return int(m_devices.size()) + 1; } // rows, "System default" included

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a device id; an id that is not there (unplugged) gives -1.
    Q_INVOKABLE int indexOfId(const QString &id) const;
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE QString nameOf(const QString &id) const;

    // Reads the system's devices again; rows change only if the list did.
    Q_INVOKABLE void refresh();
    // Rows named by LiveDesk ("System default") are read again after a language change.
    void retranslate();
    // For tests and for platforms where listing is done elsewhere.
    void setDevices(const QList<Device> &devices);

Q_SIGNALS:
    void countChanged();

private:
    QList<Device> currentDevices() const;

    Kind m_kind;
    QList<Device> m_devices; // without the "System default" row
    QMediaDevices *m_mediaDevices = nullptr; // child; audio and cameras
};

} // namespace livedesk::app
