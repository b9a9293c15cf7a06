// The mcpServers configuration format as other clients write it: stdio and HTTP entries,
// ${env:NAME} references, per-server problems that leave the other servers alone, and
// credentials collected for scrubbing.
#include "tools/mcp/mcpconfig.h"

#include <QTest>

using namespace livedesk::tools;
using namespace Qt::StringLiterals;

class tst_McpConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claudeDesktopStyleFile();
    void httpServerWithHeaders();
    void perServerProblems_data();
    void perServerProblems();
    void wholeFileErrors_data();
    void wholeFileErrors();
    void ignoredFieldsAreWarnedAbout();
    void vscodeServersKey();

private:
    static QProcessEnvironment env()
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, u"/home/ada"_s);
        e.insert(u"GITHUB_TOKEN"_s, u"ghp_abcdefghijklmnop"_s);
        e.insert(u"WEB_TOKEN"_s, u"web-token-0123456789"_s);
        return e;
    }
};

void tst_McpConfig::claudeDesktopStyleFile()
{
    const QByteArray file = R"({"mcpServers":{
        "fs":{"command":"npx","args":["-y","@modelcontextprotocol/server-filesystem","${env:HOME}/Documents"]},
        "github":{"command":"github-mcp","env":{"GITHUB_PERSONAL_ACCESS_TOKEN":"${env:GITHUB_TOKEN}","LOG":"info"},
                  "cwd":"/tmp","timeout":90,"disabled":true}}})";
    QString error;
    const auto config = parseMcpConfig(file, env(), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->servers.size(), 2);
    const McpServerConfig &fs = config->servers.at(0);
    QCOMPARE(fs.name, u"fs"_s);
    QCOMPARE(fs.transport, McpTransportKind::Stdio);
    QCOMPARE(fs.command, u"npx"_s);
    QCOMPARE(fs.args.last(), u"/home/ada/Documents"_s);
    QVERIFY(fs.configError.isEmpty());
    QVERIFY(fs.secretValues.isEmpty()); // a path is not a credential
    const McpServerConfig &gh = config->servers.at(1);
    QCOMPARE(gh.env.value(u"GITHUB_PERSONAL_ACCESS_TOKEN"_s), u"ghp_abcdefghijklmnop"_s);
    QCOMPARE(gh.env.value(u"LOG"_s), u"info"_s);
    QCOMPARE(gh.workingDirectory, u"/tmp"_s);
    QCOMPARE(gh.callTimeoutMs, 90000); // Cline's "timeout" is in seconds
    QVERIFY(gh.disabled);
    QVERIFY(gh.secretValues.contains(u"ghp_abcdefghijklmnop"_s));
}

void tst_McpConfig::httpServerWithHeaders()
{
    const QByteArray file = R"({"mcpServers":{"web":{"type":"http","url":"https://mcp.example.com/mcp",
        "headers":{"Authorization":"Bearer ${env:WEB_TOKEN}","X-Client":"livedesk"}}}})";
    const auto config = parseMcpConfig(file, env());
    QVERIFY(config);
    const McpServerConfig &web = config->servers.constFirst();
    QCOMPARE(web.transport, McpTransportKind::StreamableHttp);
    QCOMPARE(web.url, QUrl(u"https://mcp.example.com/mcp"_s));
    QCOMPARE(web.headers.size(), 2);
    QVERIFY(web.secretValues.contains(u"web-token-0123456789"_s));
    QVERIFY(web.secretValues.contains(u"Bearer web-token-0123456789"_s));
    QVERIFY(!web.secretValues.contains(u"livedesk"_s));
}

void tst_McpConfig::perServerProblems_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("problem");
    QTest::newRow("legacy SSE transport") << QByteArray(R"({"type":"sse","url":"http://h/sse"})")
                                          << "the legacy HTTP+SSE transport is not supported";
    QTest::newRow("neither command nor url")
            << QByteArray(R"({"args":["x"]})") << "give either \"command\"";
    QTest::newRow("both command and url")
            << QByteArray(R"({"command":"x","url":"http://h/"})") << "give either \"command\"";
    QTest::newRow("url that is not http") << QByteArray(R"({"url":"file:///tmp/x"})")
                                          << "s.url: must be an http:// or https:// URL";
    QTest::newRow("args not a list")
            << QByteArray(R"({"command":"x","args":"a b"})") << "s.args: must be a list of strings";
    QTest::newRow("unset variable")
            << QByteArray(R"({"command":"x","env":{"K":"${env:NOT_SET_ANYWHERE}"}})")
            << "s.env.K: environment variable NOT_SET_ANYWHERE is not set";
    QTest::newRow("unknown transport type") << QByteArray(R"({"type":"websocket","url":"ws://h/"})")
                                            << "unknown transport 'websocket'";
}

void tst_McpConfig::perServerProblems()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, problem);
    const QByteArray file = R"({"mcpServers":{"ok":{"command":"x"},"s":)" + entry + "}}";
    QString error;
    const auto config = parseMcpConfig(file, env(), &error);
    QVERIFY2(config, qPrintable(error)); // the file as a whole is fine
    QCOMPARE(config->servers.size(), 2);
    QVERIFY(config->servers.at(0).configError.isEmpty());
    QVERIFY2(config->servers.at(1).configError.contains(problem),
             qPrintable(config->servers.at(1).configError));
}

void tst_McpConfig::wholeFileErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"mcpServers\":") << "not valid JSON";
    QTest::newRow("no mcpServers") << QByteArray(R"({"servers_":{}})")
                                   << "expected an object with an \"mcpServers\" object";
    QTest::newRow("mcpServers is a list") << QByteArray(R"({"mcpServers":[]})")
                                          << "expected an object with an \"mcpServers\" object";
}

void tst_McpConfig::wholeFileErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!parseMcpConfig(file, env(), &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!loadMcpConfigFile(u"/no/such/mcp.json"_s, env(), &message));
    QVERIFY2(message.startsWith("/no/such/mcp.json: cannot read the MCP configuration"_L1),
             qPrintable(message));
}

void tst_McpConfig::ignoredFieldsAreWarnedAbout()
{
    const auto config = parseMcpConfig(
            R"({"mcpServers":{"fs":{"command":"x","autoApprove":["read_file"],"colour":"red"}}})",
            env());
    QVERIFY(config);
    QCOMPARE(config->warnings.size(), 2);
    QVERIFY(config->warnings.at(0).startsWith("fs.autoApprove is ignored"_L1));
    QVERIFY(config->warnings.at(1).startsWith("fs.colour is not a setting LiveDesk knows"_L1));
}

void tst_McpConfig::vscodeServersKey()
{
    const auto config = parseMcpConfig(R"({"servers":{"a":{"type":"stdio","command":"x"}}})", env());
    QVERIFY(config);
    QCOMPARE(config->servers.constFirst().transport, McpTransportKind::Stdio);
}

QTEST_GUILESS_MAIN(tst_McpConfig)
#include "tst_mcpconfig.moc"
