#include "app/cli/recordscli_history.h"

#include "app/cli/exitcode.h"
#include "app/history/historyexport.h"
#include "app/history/historystore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("livedesk::app::Cli", text);
}

QString durationText(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return u"-"_s;
    const qint64 s = from.secsTo(to);
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// --- History ----------------------------------------------------------------------------------

class HistoryCliModule : public CliModule
{
public:
    explicit HistoryCliModule(std::shared_ptr<CliHistoryChoice> choice)
        : m_choice(std::move(choice))
    { }

    QString title() const override { return tr("History"); }
    QList<QCommandLineOption> options() const override
    {
        return {
                {u"history"_s,
                 tr("Instead of a conversation: list the stored ones, export ID (Markdown or "
                    "JSON, on standard output), search TEXT, or delete ID."),
                 u"list|export ID|search TEXT|delete ID"_s},
                {u"history-db"_s,
                 tr("History database (default: %1). With a conversation: store it there.")
                         .arg(HistoryStore::defaultPath()),
                 u"PATH"_s},
                {u"save-history"_s, tr("Store this conversation in the history database.")},
                {u"history-format"_s, tr("Format of --history export: md (default) or json."),
                 u"md|json"_s},
                {u"history-retention"_s,
                 tr("With --history: keep conversations this many days (0: forever), and delete "
                    "older ones now."),
                 u"DAYS"_s},
        };
    }

    bool claimsCommandLine(const QCommandLineParser &parser) const override
    {
        return parser.isSet(u"history"_s) || parser.isSet(u"history-retention"_s);
    }

    bool read(const QCommandLineParser &parser, CliOptions &options, QString *error) override
    {
        Q_UNUSED(options)
        m_database = parser.value(u"history-db"_s);
        if (!claimsCommandLine(parser)) {
            m_choice->database = m_database;
            m_choice->save = parser.isSet(u"save-history"_s);
            return true;
        }
        m_action = parser.value(u"history"_s).toLower();
        m_arguments = parser.positionalArguments();
        m_format = parser.value(u"history-format"_s).toLower();
        if (m_format.isEmpty())
            m_format = u"md"_s;
        if (m_format != u"md" && m_format != u"json") {
            *error = tr("--history-format expects md or json, not \"%1\"").arg(m_format);
            return false;
        }
        if (parser.isSet(u"history-retention"_s)) {
            bool ok = false;
            m_retentionDays = parser.value(u"history-retention"_s).toInt(&ok);
            if (!ok || m_retentionDays < 0) {
                *error = tr("--history-retention expects a number of days (0: keep everything)");
                return false;
            }
        }
        const bool needsArgument = m_action == u"export" || m_action == u"search"
                                   || m_action == u"delete";
        if (!m_action.isEmpty() && m_action != u"list" && !needsArgument) {
            *error = tr("--history expects list, export ID, search TEXT or delete ID, not \"%1\"")
                             .arg(m_action);
            return false;
        }
        if (needsArgument && m_arguments.isEmpty()) {
            *error = m_action == u"search" ? tr("--history search needs the text to look for")
                                           : tr("--history %1 needs a conversation id (see "
                                                "--history list)")
                                                     .arg(m_action);
            return false;
        }
        if (!needsArgument && !m_arguments.isEmpty()) {
            *error = tr("unexpected argument \"%1\" (see --help)").arg(m_arguments.constFirst());
            return false;
        }
        if (m_action == u"export" || m_action == u"delete") {
            bool ok = false;
            m_id = m_arguments.constFirst().toLongLong(&ok);
            if (!ok || m_arguments.size() > 1) {
                *error = tr("--history %1 needs one conversation id, a number (see --history "
                            "list)")
                                 .arg(m_action);
                return false;
            }
        }
        return true;
    }

    int runCommand(QTextStream &out, QTextStream &err) override
    {
        const QString path = m_database.isEmpty() ? HistoryStore::defaultPath() : m_database;
        if (m_action.isEmpty() || m_action == u"list" || m_action == u"search"
            || m_action == u"export") {
            // Reading never creates a database.
            if (!QFileInfo::exists(path)) {
                if (m_action == u"export") {
                    err << "livedesk-cli: " << tr("no history at %1").arg(path) << Qt::endl;
                    return int(ExitCode::Usage);
                }
                if (m_action.isEmpty() || m_action == u"list")
                    out << tr("No conversations stored (%1).").arg(path) << Qt::endl;
                return int(ExitCode::Success);
            }
        }
        HistoryStore store;
        QString error;
        // Reading writes nothing: another process may be writing, or the disk may be read-only.
        const bool writes = m_action == u"delete" || m_retentionDays >= 0;
        if (!store.open(path, &error, HistoryStore::Durability::Full,
                        writes ? HistoryStore::Access::ReadWrite : HistoryStore::Access::ReadOnly)) {
            err << "livedesk-cli: " << error << Qt::endl;
            return int(ExitCode::Failure);
        }
        if (m_retentionDays >= 0) {
            if (!store.setRetentionDays(m_retentionDays, &error)) {
                err << "livedesk-cli: " << error << Qt::endl;
                return int(ExitCode::Failure);
            }
            const int deleted = store.applyRetention(QDateTime::currentDateTime(),
                                                     RecordingFiles::Keep, &error);
            if (deleted < 0) {
                err << "livedesk-cli: " << error << Qt::endl;
                return int(ExitCode::Failure);
            }
            out << tr("Keeping conversations %1; %2 older ones deleted.")
                            .arg(m_retentionDays ? tr("for %1 days").arg(m_retentionDays)
                                                 : tr("forever"))
                            .arg(deleted)
                << Qt::endl;
        }
        if (m_action == u"list")
            return list(store, out);
        if (m_action == u"export")
            return exportSession(store, out, err);
        if (m_action == u"search")
            return search(store, out);
        if (m_action == u"delete") {
            if (!store.deleteSession(m_id, RecordingFiles::Keep, &error)) {
                err << "livedesk-cli: " << error << Qt::endl;
                return int(ExitCode::Usage);
            }
            out << tr("Deleted conversation %1.").arg(m_id) << Qt::endl;
        }
        return int(ExitCode::Success);
    }

private:
    int list(const HistoryStore &store, QTextStream &out) const
    {
        const auto sessions = store.sessions();
        if (sessions.isEmpty()) {
            out << tr("No conversations stored (%1).").arg(store.path()) << Qt::endl;
            return int(ExitCode::Success);
        }
        out << u"%1  %2  %3  %4  %5  %6"_s.arg(u"ID"_s, 5)
                        .arg(u"STARTED"_s, -19)
                        .arg(u"LENGTH"_s, 6)
                        .arg(u"MODE"_s, -11)
                        .arg(u"TURNS"_s, 5)
                        .arg(u"TITLE"_s)
            << Qt::endl;
        for (const HistorySessionInfo &s : sessions) {
            out << u"%1  %2  %3  %4  %5  %6"_s.arg(s.id, 5)
                            .arg(s.started.toString(u"yyyy-MM-dd HH:mm:ss"_s), -19)
                            .arg(s.ended.isValid() ? durationText(s.started, s.ended) : u"?"_s, 6)
                            .arg(s.mode, -11)
                            .arg(s.itemCount, 5)
                            .arg(s.title.isEmpty() ? s.model : s.title)
                << Qt::endl;
        }
        return int(ExitCode::Success);
    }

    int exportSession(const HistoryStore &store, QTextStream &out, QTextStream &err) const
    {
        const auto session = store.session(m_id);
        if (!session) {
            err << "livedesk-cli: "
                << tr("there is no conversation %1 in %2").arg(m_id).arg(store.path()) << Qt::endl;
            return int(ExitCode::Usage);
        }
        const QList<TranscriptItem> items = store.items(m_id);
        if (m_format == u"json")
            out << QString::fromUtf8(
                    QJsonDocument(exportJson(*session, items)).toJson(QJsonDocument::Indented));
        else
            out << exportMarkdown(*session, items);
        out.flush();
        return int(ExitCode::Success);
    }

    int search(const HistoryStore &store, QTextStream &out) const
    {
        const QString text = m_arguments.join(u' ');
        if (!store.hasFullTextSearch())
            out << store.searchLimitation() << Qt::endl;
        const auto hits = store.search(text);
        for (const HistorySearchHit &hit : hits) {
            QString snippet = hit.snippet.simplified();
            snippet.replace(HistoryStore::kMatchOpen, u'[').replace(HistoryStore::kMatchClose, u']');
            out << u"%1  %2  %3: %4"_s.arg(hit.sessionId, 5)
                            .arg(hit.itemStarted.toString(u"yyyy-MM-dd HH:mm"_s))
                            .arg(hit.kind == TranscriptItemKind::UserTurn ? tr("you") : tr("model"),
                                 snippet)
                << Qt::endl;
        }
        if (hits.isEmpty())
            out << tr("Nothing found for \"%1\".").arg(text) << Qt::endl;
        return int(ExitCode::Success);
    }

    std::shared_ptr<CliHistoryChoice> m_choice;
    QString m_database;
    QString m_action;
    QStringList m_arguments;
    QString m_format;
    qint64 m_id = 0;
    int m_retentionDays = -1;
};

} // namespace

std::unique_ptr<CliModule> historyCliModule(std::shared_ptr<CliHistoryChoice> choice)
{
    return std::make_unique<HistoryCliModule>(std::move(choice));
}

} // namespace livedesk::app
