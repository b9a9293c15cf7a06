#include "app/cli/eventlog.h"

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
    if (path.isEmpty())
        return true;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = path + u": "_s + m_file.errorString();
        return false;
    }
    return true;
}

void EventLog::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void EventLog::write(const QString &type, QJsonObject fields)
{
    if (!m_file.isOpen())
        return;
    fields.insert(u"t_ms"_s, m_clock->elapsed());
    fields.insert(u"type"_s, type);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        if (!m_writeFailed)
            qCWarning(lcApp, "event file %s: %s", qPrintable(m_file.fileName()),
                      qPrintable(m_file.errorString()));
        m_writeFailed = true;
        return;
    }
    ++m_lines;
}

} // namespace livedesk::app
