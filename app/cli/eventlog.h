// events.jsonl: one JSON object per line, each with a monotonic `t_ms` (milliseconds since the
// run started) and a `type`. Lines are flushed as they are written, so a run that is killed
// still leaves every event up to that point. Never given a secret: callers pass redacted URLs
// and no credentials.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QString>

namespace livedesk::app {

class EventLog
{
public:
    explicit EventLog(const QElapsedTimer *clock); // not owned; started by the caller

    // An empty path disables the log; write() then does nothing.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_file.isOpen(); }

    void write(const QString &type, QJsonObject fields = {});
    qint64 lines() const { return m_lines; }

private:
    const QElapsedTimer *m_clock;
    QFile m_file;
    qint64 m_lines = 0;
    bool m_writeFailed = false;
};

} // namespace livedesk::app
