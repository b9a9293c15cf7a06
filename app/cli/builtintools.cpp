#include "app/cli/builtintools.h"

#include "app/cli/clirun.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace builtin {

protocol::FunctionDeclaration currentTimeDeclaration()
{
    protocol::FunctionDeclaration d;
    d.name = QString::fromLatin1(kCurrentTimeName);
    d.description = u"Returns the current local date, time and time zone of the user's "
                    "computer. Call it whenever the user asks for the time or the date."_s;
    return d;
}

QJsonObject currentTimeResult(const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime local = now.toTimeZone(zone);
    const int offsetS = local.offsetFromUtc();
    const QString offset = QStringLiteral("%1%2:%3")
                                   .arg(QChar(offsetS < 0 ? u'-' : u'+'))
                                   .arg(qAbs(offsetS) / 3600, 2, 10, QChar(u'0'))
                                   .arg(qAbs(offsetS) % 3600 / 60, 2, 10, QChar(u'0'));
    return QJsonObject {{u"output"_s, QJsonObject {{u"iso8601"_s, local.toString(Qt::ISODate)},
                                                   {u"date"_s, local.date().toString(Qt::ISODate)},
                                                   {u"time"_s, local.time().toString(u"HH:mm:ss"_s)},
                                                   {u"weekday"_s, local.date().toString(u"dddd"_s)},
                                                   {u"time_zone"_s, QString::fromUtf8(zone.id())},
                                                   {u"utc_offset"_s, offset}}}};
}

protocol::FunctionResponse respond(const protocol::FunctionCall &call)
{
    protocol::FunctionResponse r;
    r.id = call.id;
    r.name = call.name;
    if (call.name == QLatin1StringView(kCurrentTimeName)) {
        r.response = currentTimeResult(QDateTime::currentDateTime(), QTimeZone::systemTimeZone());
    } else {
        const QString error = u"unknown function \""_s + call.name + u"\" (not available here)"_s;
        r.response = QJsonObject {{u"error"_s, error}};
    }
    return r;
}

} // namespace builtin

QString BuiltinToolsModule::title() const
{
    return QCoreApplication::translate("livedesk::app::Cli", "Tools");
}

QList<QCommandLineOption> BuiltinToolsModule::options() const
{
    return {{u"no-builtin-tools"_s,
             QCoreApplication::translate("livedesk::app::Cli",
                                         "Do not declare the built-in get_current_time "
                                         "function.")}};
}

bool BuiltinToolsModule::read(const QCommandLineParser &parser, CliOptions &options, QString *error)
{
    Q_UNUSED(error)
    m_enabled = !parser.isSet(u"no-builtin-tools"_s);
    if (m_enabled)
        options.session.functions.append(builtin::currentTimeDeclaration());
    return true;
}

bool BuiltinToolsModule::attach(CliRun &run, QString *error)
{
    Q_UNUSED(error)
    // Answers every call, known or not, so the model is never left waiting.
    QObject::connect(&run.session(), &session::LiveSession::toolCallReceived, &run,
                     [&run](const protocol::ToolCall &call) {
                         protocol::ToolResponse response;
                         for (const auto &f : call.functionCalls)
                             response.functionResponses.append(builtin::respond(f));
                         if (!response.functionResponses.isEmpty())
                             run.sendToolResponse(response);
                     });
    return true;
}

} // namespace livedesk::app
