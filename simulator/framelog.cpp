#include "simulator/framelog.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace livedesk::sim {

bool FrameLog::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = u"cannot write the frame log %1: %2"_s.arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void FrameLog::write(double timeMs, int connectionId, QJsonObject fields)
{
    if (!m_file.isOpen())
        return;
    fields.insert(u"t"_s, std::round(timeMs * 1000.0) / 1000.0);
    fields.insert(u"conn"_s, connectionId);
    m_file.write(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    m_file.write("\n");
    // Tests read the log while the simulator runs; a line must be complete on disk at once.
    m_file.flush();
}

QString FrameLog::fingerprint(const QByteArray &bytes)
{
    quint64 hash = 14695981039346656037ull;
    for (char c : bytes) {
        hash ^= quint8(c);
        hash *= 1099511628211ull;
    }
    return QString::number(hash, 16).rightJustified(16, u'0');
}

} // namespace livedesk::sim
