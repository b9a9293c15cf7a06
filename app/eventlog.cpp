#include "app/eventlog.h"

#include "app/logging.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace livedesk::app {

EventLog::EventLog(const QElapsedTimer *clock)
    : m_clock(clock)
{ }

bool EventLog::open(const QString &path, QString *error)
{
    close();
    m_error.clear();
    m_lines = 0;
    if (path.isEmpty())
        return true;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = path + u": "_s + m_file.errorString();
        return false;
    }
    return true;
}

bool EventLog::close()
{
    if (m_file.isOpen()) {
        if (m_error.isEmpty() && !m_file.flush())
            noteFailure();
        m_file.close();
    }
    return m_error.isEmpty();
}

void EventLog::noteFailure()
{
    // A write the disk cut short carries no reason (Qt sets none for a partial write); the next
    // attempt to write the rest fails with the system's ("No space left on device").
    m_file.flush();
    // Kept now: closing the file forgets its error.
    m_error = m_file.fileName() + u": "_s + m_file.errorString();
    qCWarning(lcApp, "event file %s", qPrintable(m_error));
}

void EventLog::write(const QString &type, QJsonObject fields)
{
    if (!m_file.isOpen() || !m_error.isEmpty())
        return;
    fields.insert(u"t_ms"_s, m_clock->elapsed());
    fields.insert(u"type"_s, type);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        noteFailure();
        return;
    }
    ++m_lines;
}

} // namespace livedesk::app
