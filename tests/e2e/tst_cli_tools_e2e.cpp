// Function calling end to end: the real livedesk-cli against livedesk-sim (a separate process
// with a scenario whose turns call tools), with real tool back ends: the MCP filesystem server
// from npm (@modelcontextprotocol/server-filesystem, tests/node) on a temporary folder, a
// user-defined command tool from --tools, and a hand-written MCP server that crashes on demand.
// What the model is told comes back in its reply ({result} in the scenario), so the transcript
// shows whether the tool really ran, was refused, or failed; the session must go on either way.
#include "clitestsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::e2e;
using namespace Qt::StringLiterals;

namespace {

const QString kNotes = u"The blue kettle is in the attic, behind the winter coats."_s;

QJsonObject toolCallTurn(const QString &transcript, const QString &tool, const QJsonObject &args,
                         const QString &reply)
{
    return {{u"transcript"_s, transcript},
            {u"toolCall"_s, QJsonObject {{u"name"_s, tool}, {u"args"_s, args}}},
            {u"reply"_s, reply}};
}

} // namespace

class tst_CliToolsE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mcpToolQuotesTheFile();
    void userCommandTool();
    void refusedToolAndTheSessionGoesOn();
    void crashingMcpServerDoesNotEndTheSession();

private:
    QString writeScenario(const QString &name, const QJsonArray &turns);
    QString mcpConfig(const QString &name, bool withCrashingServer);

    QTemporaryDir m_dir;
    QString m_notes;
    QString m_toolsFile;
};

void tst_CliToolsE2e::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
    QVERIFY2(!QStandardPaths::findExecutable(u"node"_s).isEmpty(), "node is required");
    QVERIFY2(QFile::exists(nodeModule("@modelcontextprotocol/server-filesystem/dist/index.js")),
             "run scripts/install-node-deps.sh first");
    QDir(m_dir.path()).mkdir(u"shared"_s);
    m_notes = m_dir.filePath(u"shared/notes.txt"_s);
    QVERIFY(writeFile(m_notes, kNotes.toUtf8()));
    // A user-defined tool: reads a file with cat, the path as one argument, never a shell.
    const QJsonObject tool {{u"name"_s, u"read_note"_s},
                            {u"description"_s, u"Reads one of the user's notes."_s},
                            {u"parameters"_s,
                             QJsonObject {{u"type"_s, u"OBJECT"_s},
                                          {u"properties"_s,
                                           QJsonObject {{u"path"_s,
                                                         QJsonObject {{u"type"_s, u"STRING"_s}}}}},
                                          {u"required"_s, QJsonArray {u"path"_s}}}},
                            {u"command"_s,
                             QJsonObject {{u"program"_s, u"cat"_s},
                                          {u"args"_s, QJsonArray {u"--"_s, u"{path}"_s}}}},
                            {u"timeoutMs"_s, 5000}};
    m_toolsFile = m_dir.filePath(u"tools.json"_s);
    QVERIFY(writeFile(m_toolsFile,
                      QJsonDocument(QJsonObject {{u"tools"_s, QJsonArray {tool}}}).toJson()));
}

QString tst_CliToolsE2e::writeScenario(const QString &name, const QJsonArray &turns)
{
    const QString path = m_dir.filePath(name + u".json"_s);
    const QJsonObject scenario {{u"name"_s, name},
                                {u"turns"_s, turns},
                                {u"afterLastTurn"_s, u"repeatLast"_s}};
    return writeFile(path, QJsonDocument(scenario).toJson()) ? path : QString();
}

QString tst_CliToolsE2e::mcpConfig(const QString &name, bool withCrashingServer)
{
    QJsonObject servers {
            {u"fs"_s,
             QJsonObject {{u"command"_s, u"node"_s},
                          {u"args"_s,
                           QJsonArray {nodeModule("@modelcontextprotocol/server-filesystem/dist/"
                                                  "index.js"),
                                       m_dir.filePath(u"shared"_s)}}}}};
    if (withCrashingServer) {
        servers.insert(u"crash"_s,
                       QJsonObject {{u"command"_s, u"node"_s},
                                    {u"args"_s,
                                     QJsonArray {QStringLiteral(
                                                         LIVEDESK_SOURCE_DIR
                                                         "/tests/tools/data/fake-mcp-server.mjs"),
                                                 u"normal"_s}}});
    }
    const QString path = m_dir.filePath(name + u"-mcp.json"_s);
    return writeFile(path, QJsonDocument(QJsonObject {{u"mcpServers"_s, servers}}).toJson())
                   ? path
                   : QString();
}

void tst_CliToolsE2e::mcpToolQuotesTheFile()
{
    const QString scenario = writeScenario(u"mcp"_s, {toolCallTurn(u"read my notes"_s,
                                                                   u"fs__read_text_file"_s,
                                                                   {{u"path"_s, m_notes}},
                                                                   u"Your notes say: {result}"_s)});
    SimProcess sim;
    QVERIFY(sim.start({u"--scenario"_s, scenario, u"--speech-speed"_s, u"20"_s}));
    const QString events = m_dir.filePath(u"mcp-events.jsonl"_s);
    const QString metrics = m_dir.filePath(u"mcp-metrics.json"_s);
    const CliResult r = runCli({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s,
                                u"--mcp-config"_s, mcpConfig(u"mcp"_s, false), u"--approve-tools"_s,
                                u"fs__*"_s, u"--text"_s, u"Read my notes"_s, u"--events"_s, events,
                                u"--metrics"_s, metrics});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));

    const auto list = readJsonLines(events);
    // The server was ready before the session connected, and its tools were declared.
    const auto ready = withValue(ofType(list, u"mcp_server"_s), u"state"_s, u"ready"_s);
    QCOMPARE(ready.size(), 1);
    QVERIFY(ready.first().value(u"tools"_s).toInt() > 5);
    QVERIFY(ready.first().value(u"t_ms"_s).toInteger()
            <= withValue(list, u"state"_s, u"Connecting"_s).first().value(u"t_ms"_s).toInteger());
    const auto call = ofType(list, u"tool_call"_s);
    QCOMPARE(call.size(), 1);
    QCOMPARE(call.first().value(u"name"_s).toString(), u"fs__read_text_file"_s);
    const auto started = ofType(list, u"tool_call_started"_s);
    const auto finished = ofType(list, u"tool_call_finished"_s);
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().value(u"source"_s).toString(), u"mcp"_s);
    QCOMPARE(finished.first().value(u"origin"_s).toString(), u"fs"_s);
    QVERIFY(finished.first().value(u"durationMs"_s).toInteger() >= 0);
    QCOMPARE(finished.first().value(u"id"_s), call.first().value(u"id"_s));
    const auto response = ofType(list, u"tool_response"_s);
    QCOMPARE(response.size(), 1);
    QVERIFY(response.first()
                    .value(u"response"_s)
                    .toObject()
                    .value(u"output"_s)
                    .toString()
                    .contains(u"blue kettle"_s));
    // The model read it back.
    const QString said = joinedText(list, u"output_transcript"_s);
    QVERIFY2(said.contains(u"blue kettle is in the attic"_s), qPrintable(said));

    const QJsonObject tools = readJson(metrics).value(u"tools"_s).toObject();
    QCOMPARE(tools.value(u"calls"_s).toInt(), 1);
    QCOMPARE(tools.value(u"done"_s).toInt(), 1);
    const QJsonArray declared = tools.value(u"declared"_s).toArray();
    QVERIFY(declared.contains(u"fs__read_text_file"_s));
    QVERIFY(declared.contains(u"get_current_time"_s)); // the built-in stays
}

void tst_CliToolsE2e::userCommandTool()
{
    const QString scenario = writeScenario(u"command"_s,
                                           {toolCallTurn(u"read my note"_s, u"read_note"_s,
                                                         {{u"path"_s, m_notes}},
                                                         u"The note says: {result}"_s)});
    SimProcess sim;
    QVERIFY(sim.start({u"--scenario"_s, scenario, u"--speech-speed"_s, u"20"_s}));
    const QString events = m_dir.filePath(u"command-events.jsonl"_s);
    const CliResult r = runCli({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s, u"--tools"_s,
                                m_toolsFile, u"--approve-tools"_s, u"read_note"_s, u"--text"_s,
                                u"Read my note"_s, u"--events"_s, events});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    const auto list = readJsonLines(events);
    const auto finished = ofType(list, u"tool_call_finished"_s);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().value(u"source"_s).toString(), u"user-defined"_s);
    QCOMPARE(finished.first().value(u"arguments"_s).toObject().value(u"path"_s).toString(), m_notes);
    const QString said = joinedText(list, u"output_transcript"_s);
    QVERIFY2(said.contains(u"behind the winter coats"_s), qPrintable(said));
}

void tst_CliToolsE2e::refusedToolAndTheSessionGoesOn()
{
    // No --approve-tools: a user-defined tool needs someone's approval, and there is no one.
    const QString scenario
            = writeScenario(u"refused"_s,
                            {toolCallTurn(u"read my note"_s, u"read_note"_s, {{u"path"_s, m_notes}},
                                          u"The tool answered {result}"_s),
                             QJsonObject {{u"transcript"_s, u"never mind"_s},
                                          {u"reply"_s, u"All right, something else then."_s}}});
    SimProcess sim;
    QVERIFY(sim.start({u"--scenario"_s, scenario, u"--speech-speed"_s, u"20"_s}));
    const QString events = m_dir.filePath(u"refused-events.jsonl"_s);
    const QString metrics = m_dir.filePath(u"refused-metrics.json"_s);
    const CliResult r = runCli({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s, u"--tools"_s,
                                m_toolsFile, u"--text"_s, u"Read my note"_s, u"--text"_s,
                                u"Never mind"_s, u"--events"_s, events, u"--metrics"_s, metrics});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    QVERIFY2(r.stdErr.contains(u"livedesk-cli: warning: tool read_note was refused"_s),
             qPrintable(r.stdErr));
    QVERIFY2(r.stdErr.contains(u"--approve-tools read_note"_s), qPrintable(r.stdErr));

    const auto list = readJsonLines(events);
    QVERIFY(ofType(list, u"tool_call_started"_s).isEmpty()); // it never ran
    const auto failed = ofType(list, u"tool_call_failed"_s);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().value(u"error"_s).toString().contains(u"approval"_s));
    const auto response = ofType(list, u"tool_response"_s);
    QCOMPARE(response.size(), 1);
    QVERIFY(response.first().value(u"response"_s).toObject().contains(u"error"_s));
    // The model heard why, and the conversation went on to the next turn.
    const QString said = joinedText(list, u"output_transcript"_s);
    QVERIFY2(said.contains(u"approval"_s), qPrintable(said));
    QVERIFY2(!said.contains(u"winter coats"_s), qPrintable(said));
    QVERIFY2(said.contains(u"something else then"_s), qPrintable(said));
    const QJsonObject m = readJson(metrics);
    // 3.8 Live (the default): the NON_BLOCKING call's filler turn, the result's, the next one.
    QCOMPARE(m.value(u"turns"_s).toInt(), 3);
    QCOMPARE(m.value(u"tools"_s).toObject().value(u"refused"_s).toInt(), 1);
}

void tst_CliToolsE2e::crashingMcpServerDoesNotEndTheSession()
{
    const QString scenario
            = writeScenario(u"crash"_s, {toolCallTurn(u"boom"_s, u"crash__boom"_s, {},
                                                      u"The crash tool said {result}"_s),
                                         toolCallTurn(u"read my notes"_s, u"fs__read_text_file"_s,
                                                      {{u"path"_s, m_notes}},
                                                      u"Still here. Your notes say: {result}"_s)});
    SimProcess sim;
    QVERIFY(sim.start({u"--scenario"_s, scenario, u"--speech-speed"_s, u"20"_s}));
    const QString events = m_dir.filePath(u"crash-events.jsonl"_s);
    const CliResult r = runCli({u"--endpoint"_s, sim.url(), u"--api-key"_s, u"k"_s,
                                u"--mcp-config"_s, mcpConfig(u"crash"_s, true),
                                u"--approve-tools"_s, u"all"_s, u"--text"_s, u"Press the button"_s,
                                u"--text"_s, u"Read my notes"_s, u"--events"_s, events});
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    QVERIFY2(r.stdErr.contains(u"MCP server crash stopped working"_s), qPrintable(r.stdErr));

    const auto list = readJsonLines(events);
    const auto failed = ofType(list, u"tool_call_failed"_s);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().value(u"name"_s).toString(), u"crash__boom"_s);
    QVERIFY(!failed.first().value(u"error"_s).toString().isEmpty());
    QCOMPARE(withValue(ofType(list, u"mcp_server"_s), u"name"_s, u"crash"_s).last().value(u"state"_s),
             QJsonValue(u"failed"_s));
    // The other server still answers, in the next turn.
    const auto finished = ofType(list, u"tool_call_finished"_s);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().value(u"name"_s).toString(), u"fs__read_text_file"_s);
    const QString said = joinedText(list, u"output_transcript"_s);
    QVERIFY2(said.contains(u"The crash tool said"_s), qPrintable(said));
    QVERIFY2(said.contains(u"Still here. Your notes say: The blue kettle"_s), qPrintable(said));
    // On 3.8 Live (the default) both calls are NON_BLOCKING: a filler turn, then the result's.
    QCOMPARE(ofType(list, u"turn_complete"_s).size(), 4);
}

QTEST_GUILESS_MAIN(tst_CliToolsE2e)
#include "tst_cli_tools_e2e.moc"
