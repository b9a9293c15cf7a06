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
    // False when a line could not be written since open() (a full disk), then errorString()
    // names the file and the reason.
    bool close();
    bool isOpen() const { return m_file.isOpen(); }

    // After a failed write nothing more is written: the file ends at the last whole line.
    void write(const QString &type, QJsonObject fields = {});
    qint64 lines() const { return m_lines; }
    QString errorString() const { return m_error; }

private:
    void noteFailure();

    const QElapsedTimer *m_clock;
    QFile m_file;
    qint64 m_lines = 0;
    QString m_error; // the first write failure; empty while all is well
};

} // namespace livedesk::app
