// Shared by the end-to-end tests of livedesk-cli: running the real binary (blocking, or in the
// background while the test plays speech), reading events.jsonl, metrics.json and the
// simulator's frame log, and livedesk-sim as a separate process.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

#include <signal.h>

namespace livedesk::e2e {

using namespace Qt::StringLiterals;

inline const QString kCli = QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-cli");
inline const QString kSim = QStringLiteral(LIVEDESK_BIN_DIR "/livedesk-sim");

inline QString nodeModule(const char *path)
{
    return QStringLiteral(LIVEDESK_SOURCE_DIR "/tests/node/node_modules/")
           + QLatin1StringView(path);
}

struct CliResult
{
    int exitCode = -1;
    QString stdOut;
    QString stdErr;
    qint64 elapsedMs = 0;
};

inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GEMINI_API_KEY"_s);
    env.remove(u"GOOGLE_API_KEY"_s);
    return env;
}

inline CliResult runCli(const QStringList &args, int timeoutMs = 90000)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    QElapsedTimer clock;
    clock.start();
    process.start(kCli, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                u"(killed after the test's timeout) "_s
                        + QString::fromUtf8(process.readAllStandardError()),
                clock.elapsed()};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), clock.elapsed()};
}

// One JSON object per line (events.jsonl, the simulator's frame log).
inline QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
    }
    return lines;
}

inline QList<QJsonObject> withValue(const QList<QJsonObject> &lines, const QString &key,
                                    const QString &value)
{
    QList<QJsonObject> out;
    for (const auto &e : lines) {
        if (e.value(key).toString() == value)
            out.append(e);
    }
    return out;
}

inline QList<QJsonObject> ofType(const QList<QJsonObject> &events, const QString &type)
{
    return withValue(events, u"type"_s, type);
}

inline QString joinedText(const QList<QJsonObject> &events, const QString &type)
{
    QString text;
    for (const auto &e : ofType(events, type))
        text += e.value(u"text"_s).toString();
    return text;
}

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

inline bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// livedesk-sim as its own process; the first line on stdout names its URL.
class SimProcess
{
public:
    bool start(const QStringList &args)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(kSim, QStringList {u"--port"_s, u"0"_s} + args);
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(u"listening on (ws://\\S+)"_s);
        QElapsedTimer clock;
        clock.start();
        QByteArray seen;
        while (clock.elapsed() < 15000) {
            if (!m_process.waitForReadyRead(500) && m_process.state() != QProcess::Running)
                return false;
            seen += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(seen));
            if (match.hasMatch()) {
                m_url = match.captured(1);
                return true;
            }
        }
        return false;
    }
    ~SimProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
    }
    QString url() const { return m_url; }
    QString errorOutput() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QString m_url;
};

// The simulator's transcript of what it heard: "(N seconds of speech)" per utterance.
inline QList<double> heardSeconds(const QList<QJsonObject> &events)
{
    static const QRegularExpression seconds(QStringLiteral("\\(([0-9.]+) seconds of speech\\)"));
    QList<double> out;
    auto it = seconds.globalMatch(joinedText(events, QStringLiteral("input_transcript")));
    while (it.hasNext())
        out << it.next().captured(1).toDouble();
    return out;
}

// livedesk-cli in the background, for a test that speaks to it or plays sound meanwhile.
class CliProcess
{
public:
    void start(const QStringList &args)
    {
        m_process.setProcessEnvironment(cliEnvironment());
        m_process.start(kCli, args);
    }
    ~CliProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // True once the event is written; false if the CLI ended or the time ran out first.
    bool waitForEvent(const QString &events, const QString &type, int timeoutMs)
    {
        return QTest::qWaitFor(
                       [&] {
                           return !ofType(readJsonLines(events), type).isEmpty()
                                  || m_process.state() == QProcess::NotRunning;
                       },
                       timeoutMs)
               && m_process.state() != QProcess::NotRunning;
    }
    bool finish(int timeoutMs)
    {
        return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    // A crash as the user's system would see one: no chance to clean up.
    void killHard()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5000);
    }
    int exitCode() const { return m_process.exitCode(); }
    qint64 processId() const { return m_process.processId(); }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};

} // namespace livedesk::e2e
