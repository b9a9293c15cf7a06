#include "tools/commandtool.h"

#include "tools/logging.h"
#include "tools/processgroup.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace {

// Output beyond this is not even counted any more: the program is stopped.
constexpr qsizetype kRunawayOutputBytes = 64 * 1024 * 1024;
constexpr qsizetype kStderrTailBytes = 2048;

struct Piece
{
    QString text; // literal text, or the placeholder's name
    bool placeholder = false;
};

std::optional<QList<Piece>> parseTemplate(const QString &text, QString *error)
{
    QList<Piece> pieces;
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            literal.append(u'{');
            ++i;
        } else if (c == u'}' && i + 1 < text.size() && text.at(i + 1) == u'}') {
            literal.append(u'}');
            ++i;
        } else if (c == u'{') {
            const qsizetype end = text.indexOf(u'}', i + 1);
            if (end < 0) {
                if (error)
                    *error = u"unclosed '{' in '"_s + text + u"' (write {{ for a literal brace)"_s;
                return std::nullopt;
            }
            const QString name = text.mid(i + 1, end - i - 1);
            if (name.isEmpty() || name.contains(u'{')) {
                if (error)
                    *error = u"empty or nested placeholder in '"_s + text + u'\'';
                return std::nullopt;
            }
            if (!literal.isEmpty())
                pieces.append({literal, false});
            literal.clear();
            pieces.append({name, true});
            i = end;
        } else if (c == u'}') {
            if (error)
                *error = u"stray '}' in '"_s + text + u"' (write }} for a literal brace)"_s;
            return std::nullopt;
        } else {
            literal.append(c);
        }
    }
    if (!literal.isEmpty())
        pieces.append({literal, false});
    return pieces;
}

QString argumentText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == qint64(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString expandHome(const QString &path)
{
    if (path == "~"_L1)
        return QDir::homePath();
    if (path.startsWith("~/"_L1))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

std::optional<QStringList> placeholdersIn(const QStringList &templates, QString *error)
{
    QStringList names;
    for (const QString &t : templates) {
        const auto pieces = parseTemplate(t, error);
        if (!pieces)
            return std::nullopt;
        for (const Piece &p : *pieces) {
            if (p.placeholder && !names.contains(p.text))
                names.append(p.text);
        }
    }
    return names;
}

QStringList substituteArguments(const QStringList &templates, const QJsonObject &arguments)
{
    QStringList out;
    for (const QString &t : templates) {
        const auto pieces = parseTemplate(t, nullptr);
        if (!pieces) {
            out.append(t); // rejected when the tool was loaded; keep it verbatim regardless
            continue;
        }
        if (pieces->size() == 1 && pieces->constFirst().placeholder) {
            const QJsonValue value = arguments.value(pieces->constFirst().text);
            if (value.isUndefined() || value.isNull())
                continue; // an optional argument that was not given: no empty argv entry
        }
        QString text;
        for (const Piece &p : *pieces)
            text += p.placeholder ? argumentText(arguments.value(p.text)) : p.text;
        out.append(text);
    }
    return out;
}

CommandToolHandler::CommandToolHandler(QString toolName, CommandToolConfig config,
                                       std::shared_ptr<const SecretScrubber> scrubber)
    : m_toolName(std::move(toolName))
    , m_config(std::move(config))
    , m_scrubber(scrubber ? std::move(scrubber) : std::make_shared<SecretScrubber>())
{ }

void CommandToolHandler::start(ToolInvocation *invocation)
{
    QString program = expandHome(m_config.program);
    if (!QDir::isAbsolutePath(program)) {
        const QString found = QStandardPaths::findExecutable(program);
        if (found.isEmpty()) {
            invocation->fail(u"program '"_s + program
                             + u"' was not found (it is neither an absolute path nor in PATH)"_s);
            return;
        }
        program = found;
    }
    const QStringList arguments = substituteArguments(m_config.argumentTemplates,
                                                      invocation->arguments());

    // Child of the invocation: it never outlives the call.
    auto *process = new QProcess(invocation);
    startInOwnProcessGroup(process, Leftovers::Keep);
    process->setProgram(program);
    process->setArguments(arguments);
    process->setProcessEnvironment(childProcessEnvironment(QProcessEnvironment::systemEnvironment(),
                                                           *m_scrubber, m_config.environment));
    process->setWorkingDirectory(m_config.workingDirectory.isEmpty()
                                         ? QDir::homePath()
                                         : expandHome(m_config.workingDirectory));

    struct Output
    {
        QByteArray stdoutKept;
        qsizetype stdoutTotal = 0;
        QByteArray stderrTail;
    };
    auto output = std::make_shared<Output>();
    const qsizetype keep = m_config.maxOutputBytes;
    QPointer<ToolInvocation> call(invocation);
    const QString toolName = m_toolName;
    const OutputFormat format = m_config.outputFormat;

    QObject::connect(process, &QProcess::readyReadStandardOutput, process, [process, output, keep] {
        const QByteArray chunk = process->readAllStandardOutput();
        output->stdoutTotal += chunk.size();
        if (output->stdoutKept.size() <= keep)
            output->stdoutKept += chunk.left(keep + 1 - output->stdoutKept.size());
        if (output->stdoutTotal > kRunawayOutputBytes)
            signalProcessGroup(process, StopSignal::Kill);
    });
    QObject::connect(process, &QProcess::readyReadStandardError, process, [process, output] {
        output->stderrTail += process->readAllStandardError();
        if (output->stderrTail.size() > kStderrTailBytes)
            output->stderrTail = output->stderrTail.right(kStderrTailBytes);
    });
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [process, call, program](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart || !call)
                             return;
                         call->fail(u"could not start '"_s + program + u"': "_s
                                    + process->errorString());
                     });
    QObject::connect(process, &QProcess::finished, process,
                     [process, call, output, keep, toolName, format](int exitCode,
                                                                     QProcess::ExitStatus status) {
                         if (!call)
                             return;
                         output->stdoutTotal += process->bytesAvailable();
                         output->stdoutKept += process->readAllStandardOutput().left(
                                 qMax<qsizetype>(0, keep + 1 - output->stdoutKept.size()));
                         const QString stderrText = QString::fromUtf8(output->stderrTail).trimmed();
                         if (output->stdoutTotal > kRunawayOutputBytes) {
                             call->fail(u"'"_s + toolName + u"' wrote more than "_s
                                        + QString::number(kRunawayOutputBytes / (1024 * 1024))
                                        + u" MiB and was stopped"_s);
                             return;
                         }
                         if (status == QProcess::CrashExit) {
                             call->fail(u"'"_s + toolName + u"' crashed"_s
                                        + (stderrText.isEmpty() ? QString() : u": "_s + stderrText));
                             return;
                         }
                         if (exitCode != 0) {
                             QString detail = stderrText;
                             if (detail.isEmpty())
                                 detail = truncateForModel(output->stdoutKept.trimmed(), 1024);
                             call->fail(u"'"_s + toolName + u"' exited with code "_s
                                        + QString::number(exitCode)
                                        + (detail.isEmpty() ? QString() : u": "_s + detail));
                             return;
                         }
                         const QByteArray &all = output->stdoutKept;
                         const bool truncated = output->stdoutTotal > keep;
                         if (format == OutputFormat::Json) {
                             if (truncated) {
                                 call->fail(u"'"_s + toolName + u"' wrote "_s
                                            + QString::number(output->stdoutTotal)
                                            + u" bytes of JSON, more than its limit of "_s
                                            + QString::number(keep));
                                 return;
                             }
                             QJsonParseError parseError;
                             const QJsonDocument doc = QJsonDocument::fromJson(all, &parseError);
                             if (parseError.error != QJsonParseError::NoError) {
                                 call->fail(u"'"_s + toolName + u"' did not write valid JSON: "_s
                                            + parseError.errorString() + u" at offset "_s
                                            + QString::number(parseError.offset));
                                 return;
                             }
                             call->succeed(doc.isArray() ? QJsonValue(doc.array())
                                                         : QJsonValue(doc.object()));
                             return;
                         }
                         call->succeed(truncateForModel(all, keep, output->stdoutTotal));
                     });
    QObject::connect(invocation, &ToolInvocation::cancelled, process, [process] {
        if (process->state() == QProcess::NotRunning)
            return;
        signalProcessGroup(process, StopSignal::Kill);
        // SIGKILL is immediate; this only reaps the child so it is not left a zombie.
        process->waitForFinished(2000);
    });

    qCDebug(lcTools).noquote() << "running" << program << m_scrubber->scrub(arguments.join(u' '));
    process->start();
    // Nothing is written to it: a program that reads its input sees the end at once.
    process->closeWriteChannel();
}

} // namespace livedesk::tools
