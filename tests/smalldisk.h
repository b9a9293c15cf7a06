// A file system that fills up, for disk-full tests: a tmpfs of a few kilobytes mounted on a fresh
// temporary folder. Mounting needs root and a kernel that lets this process mount (CI runs as
// root in its container); elsewhere isMounted() is false and skipReason() says why, for QSKIP.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/statvfs.h>

namespace livedesk::testing {

class SmallDisk
{
public:
    explicit SmallDisk(qint64 sizeBytes)
    {
        if (!m_dir.isValid()) {
            m_skipReason = QStringLiteral("no temporary folder for the mount point");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0777";
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                    options.constData())
            != 0) {
            m_skipReason = QStringLiteral("cannot mount a small tmpfs to fill (%1); disk-full "
                                          "behaviour is not tested here")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString skipReason() const { return m_skipReason; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    qint64 freeBytes() const
    {
        struct statvfs s
        { };
        if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &s) != 0)
            return -1;
        return qint64(s.f_bavail) * qint64(s.f_frsize);
    }
    // Writes a filler file so that about `freeBytes` remain.
    bool fillLeaving(qint64 freeBytes)
    {
        const qint64 toWrite = this->freeBytes() - freeBytes;
        if (toWrite <= 0)
            return true;
        QFile filler(filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        return filler.write(QByteArray(toWrite, '\0')) == toWrite && filler.flush();
    }
    // Remounts read-only (for the tests of a read-only disk).
    bool makeReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs",
                       MS_REMOUNT | MS_RDONLY, nullptr)
               == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_skipReason;
};

} // namespace livedesk::testing
