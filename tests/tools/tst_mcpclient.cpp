// MCP against real servers from the npm registry (@modelcontextprotocol/server-everything over
// stdio and streamable HTTP, @modelcontextprotocol/server-filesystem on a temporary folder) and
// a hand-written server for the failures real ones do not produce on demand: crashes, garbage,
// hangs, malformed and oversized results, paging, unsupported protocol versions. Whatever the
// server does, the call gets an answer, the server gets a clear status, and the session goes on.
#include "tools/mcp/mcpmanager.h"
#include "tools/tooldispatcher.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::tools;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(livedesk::protocol::ToolResponse)

namespace {

const QString kApiKey = u"AIzaSy-mcp-suite-test-key-7777777"_s;

QString nodeModule(const char *path)
{
    return QStringLiteral(LIVEDESK_SOURCE_DIR "/tests/node/node_modules/")
           + QLatin1StringView(path);
}

QString everythingServer()
{
    return nodeModule("@modelcontextprotocol/server-everything/dist/index.js");
}

QString filesystemServer()
{
    return nodeModule("@modelcontextprotocol/server-filesystem/dist/index.js");
}

QString fakeServer()
{
    return QStringLiteral(LIVEDESK_SOURCE_DIR "/tests/tools/data/fake-mcp-server.mjs");
}

McpServerConfig stdioServer(const QString &name, const QStringList &args)
{
    McpServerConfig c;
    c.name = name;
    c.transport = McpTransportKind::Stdio;
    c.command = u"node"_s;
    c.args = args;
    c.startupTimeoutMs = 20000;
    c.callTimeoutMs = 20000;
    return c;
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// A session's tool side: registry, dispatcher allowed to run everything, MCP servers.
class Harness
{
public:
    Harness()
        : scrubber(std::make_shared<SecretScrubber>())
        , dispatcher(&registry)
        , manager(&registry, scrubber)
    {
        scrubber->add(kApiKey);
        policy.setDefaultRule(ApprovalRule::AllowForSession);
        dispatcher.setConfirmationPolicy(&policy);
        dispatcher.setSecretScrubber(scrubber);
    }

    bool startAndSettle(const QList<McpServerConfig> &servers, int timeoutMs = 30000)
    {
        QSignalSpy settled(&manager, &McpManager::settled);
        manager.start(servers);
        return settled.wait(timeoutMs) || manager.isSettled();
    }

    FunctionResponse call(const QString &name, const QJsonObject &args = {}, int waitMs = 30000)
    {
        QSignalSpy spy(&dispatcher, &ToolDispatcher::responseReady);
        dispatcher.handleToolCall(ToolCall {{FunctionCall {u"c-"_s + name, name, args}}});
        if (spy.isEmpty() && !spy.wait(waitMs))
            return {};
        return spy.constFirst().at(0).value<ToolResponse>().functionResponses.value(0);
    }

    McpServerStatus status(const QString &name) const
    {
        for (const McpServerStatus &s : manager.statuses()) {
            if (s.name == name)
                return s;
        }
        return {};
    }

    std::shared_ptr<SecretScrubber> scrubber;
    ToolRegistry registry;
    ToolDispatcher dispatcher;
    ConfirmationPolicy policy;
    McpManager manager;
};

QString outputOf(const FunctionResponse &r)
{
    return r.response.value(u"output"_s).toString();
}

QString errorOf(const FunctionResponse &r)
{
    return r.response.value(u"error"_s).toString();
}

} // namespace

class tst_McpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everythingOverStdio();
    void everythingOverStreamableHttp();
    void filesystemListsAndReadsAFile();
    void childEnvironmentLacksTheKey();
    void explicitlyNamedKeyIsPassedButScrubbed();
    void crashMidCallIsReportedAndSessionGoesOn();
    void exitAtStartIsReported();
    void missingCommandIsReported();
    void garbageAtStartFailsWithExcerpt();
    void garbageInsteadOfAnswerTimesOut();
    void hangingCallTimesOutAndIsCancelled();
    void malformedOversizedAndMediaResults();
    void protocolVersionNegotiation_data();
    void protocolVersionNegotiation();
    void pagingAndServerPing();
    void settledOnceEvenWhenServersFailAtOnce();
};

void tst_McpClient::initTestCase()
{
    qRegisterMetaType<ToolResponse>();
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        QFAIL("node is not installed (scripts/install-deps.sh installs it)");
    if (!QFile::exists(everythingServer()) || !QFile::exists(filesystemServer()))
        QFAIL("the MCP servers are not installed: run scripts/install-node-deps.sh");
    qputenv("GEMINI_API_KEY", kApiKey.toUtf8());
}

void tst_McpClient::everythingOverStdio()
{
    Harness h;
    QVERIFY(h.startAndSettle({stdioServer(u"everything"_s, {everythingServer(), u"stdio"_s})}));
    const McpServerStatus status = h.status(u"everything"_s);
    QVERIFY2(status.state == McpServerState::Ready, qPrintable(status.text));
    QVERIFY(McpClient::supportedProtocolVersions().contains(
            h.manager.client(u"everything"_s)->protocolVersion()));
    QVERIFY(status.toolCount >= 5);
    QVERIFY2(status.text.startsWith("ready: "_L1), qPrintable(status.text));

    // Tools become namespaced function declarations with their JSON Schema.
    const auto echo = h.registry.find(u"everything__echo"_s);
    QVERIFY(echo);
    QCOMPARE(echo->source, ToolSource::Mcp);
    QCOMPARE(echo->origin, u"everything"_s);
    QCOMPARE(echo->declaration.parametersJsonSchema.value(u"type"_s).toString(), u"object"_s);
    QVERIFY(echo->declaration.parametersJsonSchema.value(u"properties"_s)
                    .toObject()
                    .contains(u"message"_s));
    QVERIFY(!echo->declaration.parametersJsonSchema.contains(u"$schema"_s));
    QVERIFY(h.registry.contains(u"everything__get-sum"_s));

    FunctionResponse r = h.call(u"everything__echo"_s, json(R"({"message":"hello"})"));
    QCOMPARE(r.name, u"everything__echo"_s);
    QCOMPARE(outputOf(r), u"Echo: hello"_s);
    r = h.call(u"everything__get-sum"_s, json(R"({"a":2,"b":3.5})"));
    QCOMPARE(outputOf(r), u"The sum of 2 and 3.5 is 5.5."_s);
    // Checked against the server's schema before anything is sent.
    r = h.call(u"everything__get-sum"_s, json(R"({"a":"two","b":3})"));
    QVERIFY2(errorOf(r).contains("argument 'a' must be a number"_L1), qPrintable(errorOf(r)));
    // Images become a note.
    r = h.call(u"everything__get-tiny-image"_s);
    QVERIFY2(outputOf(r).contains("[image (image/png, "_L1), qPrintable(outputOf(r)));
    QVERIFY(outputOf(r).contains("The image above is the MCP logo."_L1));

    // A tool the server does not know: its error reaches the caller.
    McpClient *client = h.manager.client(u"everything"_s);
    std::optional<ToolOutcome> outcome;
    client->callTool(u"no-such-tool"_s, {}, [&outcome](const ToolOutcome &o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    QCOMPARE(outcome->kind, ToolOutcome::Kind::Error);
    QVERIFY2(outcome->error.contains("no-such-tool"_L1), qPrintable(outcome->error));
    QCOMPARE(client->state(), McpServerState::Ready);
}

void tst_McpClient::everythingOverStreamableHttp()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORT"_s, QString::number(port));
    env.remove(u"GEMINI_API_KEY"_s);
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(u"node"_s, {everythingServer(), u"streamableHttp"_s});
    QVERIFY(server.waitForStarted(10000));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += server.readAll()).contains("listening on port"), 20000);

    Harness h;
    McpServerConfig web;
    web.name = u"web"_s;
    web.transport = McpTransportKind::StreamableHttp;
    web.url = QUrl(u"http://127.0.0.1:"_s + QString::number(port) + u"/mcp"_s);
    web.headers = {{"X-Test", "1"}};
    web.startupTimeoutMs = 20000;
    QVERIFY(h.startAndSettle({web}));
    const McpServerStatus status = h.status(u"web"_s);
    QVERIFY2(status.state == McpServerState::Ready, qPrintable(status.text));
    QCOMPARE(outputOf(h.call(u"web__echo"_s, json(R"({"message":"over http"})"))),
             u"Echo: over http"_s);
    QCOMPARE(outputOf(h.call(u"web__get-sum"_s, json(R"({"a":1,"b":1})"))),
             u"The sum of 1 and 1 is 2."_s);
    log += server.readAll();
    QVERIFY2(log.contains("Session initialized with ID"), log.constData());

    h.manager.stopAll();
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

void tst_McpClient::filesystemListsAndReadsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"notes.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("LiveDesk reads this through MCP.\n");
    file.close();
    // The server resolves symlinks, as /tmp may be one.
    const QString root = QDir(dir.path()).canonicalPath();

    Harness h;
    QVERIFY(h.startAndSettle({stdioServer(u"fs"_s, {filesystemServer(), root})}));
    QVERIFY2(h.status(u"fs"_s).state == McpServerState::Ready, qPrintable(h.status(u"fs"_s).text));
    QVERIFY(h.registry.contains(u"fs__read_text_file"_s));

    FunctionResponse r = h.call(u"fs__list_directory"_s, QJsonObject {{u"path"_s, root}});
    QVERIFY2(outputOf(r).contains("[FILE] notes.txt"_L1), qPrintable(outputOf(r) + errorOf(r)));
    r = h.call(u"fs__read_text_file"_s, QJsonObject {{u"path"_s, QString(root + u"/notes.txt"_s)}});
    QCOMPARE(outputOf(r), u"LiveDesk reads this through MCP.\n"_s);
    // Outside the allowed folder the server refuses, and says why.
    r = h.call(u"fs__read_text_file"_s, QJsonObject {{u"path"_s, u"/etc/hostname"_s}});
    QVERIFY2(errorOf(r).contains("denied"_L1, Qt::CaseInsensitive)
                     || errorOf(r).contains("outside"_L1, Qt::CaseInsensitive),
             qPrintable(errorOf(r) + outputOf(r)));
}

void tst_McpClient::childEnvironmentLacksTheKey()
{
    Harness h;
    qputenv("LIVEDESK_HARMLESS", "visible");
    QVERIFY(h.startAndSettle({stdioServer(u"ev"_s, {everythingServer(), u"stdio"_s})}));
    const McpClient *client = h.manager.client(u"ev"_s);
    QVERIFY(client);
    h.registry.find(u"ev__get-env"_s);
    const QString env = outputOf(h.call(u"ev__get-env"_s));
    QVERIFY2(env.contains("LIVEDESK_HARMLESS"_L1), qPrintable(env.left(200)));
    QVERIFY2(!env.contains("GEMINI_API_KEY"_L1), "the key variable reached the MCP server");
    QVERIFY(!env.contains(kApiKey));
}

void tst_McpClient::explicitlyNamedKeyIsPassedButScrubbed()
{
    QString error;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QByteArray config = R"({"mcpServers":{"ev":{"command":"node","args":[")"
                              + everythingServer().toUtf8()
                              + R"(","stdio"],"env":{"GEMINI_API_KEY":"${env:GEMINI_API_KEY}"}}}})";
    const auto parsed = parseMcpConfig(config, env, &error);
    QVERIFY2(parsed, qPrintable(error));
    Harness h;
    QVERIFY(h.startAndSettle(parsed->servers));
    const QString out = outputOf(h.call(u"ev__get-env"_s));
    QVERIFY2(out.contains("\"GEMINI_API_KEY\": \"[redacted]\""_L1), qPrintable(out.left(300)));
    QVERIFY(!out.contains(kApiKey));
}

void tst_McpClient::crashMidCallIsReportedAndSessionGoesOn()
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(
                                 u"^MCP server fake failed: the server process exited with code 3"_s));
    Harness h;
    QVERIFY(h.startAndSettle({stdioServer(u"fake"_s, {fakeServer()}),
                              stdioServer(u"ev"_s, {everythingServer(), u"stdio"_s})}));
    QCOMPARE(h.status(u"fake"_s).state, McpServerState::Ready);
    QCOMPARE(outputOf(h.call(u"fake__echo"_s, json(R"({"text":"before"})"))), u"echo: before"_s);

    const FunctionResponse r = h.call(u"fake__boom"_s);
    QCOMPARE(r.name, u"fake__boom"_s);
    QVERIFY2(errorOf(r).contains(
                     "MCP server 'fake' failed: the server process exited with code 3"_L1),
             qPrintable(errorOf(r)));
    QVERIFY2(errorOf(r).contains("fatal: boom while handling the call"_L1), qPrintable(errorOf(r)));
    QVERIFY2(errorOf(r).contains("(while running 'boom')"_L1), qPrintable(errorOf(r)));
    const McpServerStatus status = h.status(u"fake"_s);
    QCOMPARE(status.state, McpServerState::Failed);
    QVERIFY2(status.text.startsWith("failed: the server process exited with code 3"_L1),
             qPrintable(status.text));

    // Its tools answer with the reason; the other server and the session carry on.
    QVERIFY2(errorOf(h.call(u"fake__echo"_s)).contains("is not available (failed:"_L1),
             qPrintable(errorOf(h.call(u"fake__echo"_s))));
    QCOMPARE(outputOf(h.call(u"ev__echo"_s, json(R"({"message":"still here"})"))),
             u"Echo: still here"_s);
}

void tst_McpClient::exitAtStartIsReported()
{
    QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                    u"^MCP server dead failed: the server process exited with code 2 during start-up"_s));
    Harness h;
    QVERIFY(h.startAndSettle({stdioServer(u"dead"_s, {fakeServer(), u"exit-at-start"_s})}));
    const McpServerStatus status = h.status(u"dead"_s);
    QCOMPARE(status.state, McpServerState::Failed);
    QVERIFY2(status.text.contains(
                     "the server process exited with code 2 during start-up; its error output: "
                     "fatal: missing configuration file /etc/fake.conf"_L1),
             qPrintable(status.text));
    QVERIFY(h.registry.tools().isEmpty());
}

void tst_McpClient::missingCommandIsReported()
{
    QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                    u"^MCP server nope failed: command 'no-such-mcp-server-binary-42' was not found"_s));
    Harness h;
    McpServerConfig c = stdioServer(u"nope"_s, {});
    c.command = u"no-such-mcp-server-binary-42"_s;
    QVERIFY(h.startAndSettle({c}));
    QCOMPARE(h.status(u"nope"_s).text,
             u"failed: command 'no-such-mcp-server-binary-42' was not found in PATH during start-up"_s);
}

void tst_McpClient::garbageAtStartFailsWithExcerpt()
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(
                                 u"^MCP server noisy sent something that is not JSON-RPC: hello"_s));
    // The second line that is not JSON-RPC comes within the warning interval: counted, not warned.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^MCP server noisy failed: did not finish starting"_s));
    Harness h;
    McpServerConfig c = stdioServer(u"noisy"_s, {fakeServer(), u"garbage-at-start"_s});
    // Long enough for node to start and print both lines on a busy machine (1.5 s was not).
    c.startupTimeoutMs = 6000;
    QVERIFY(h.startAndSettle({c}, 20000));
    const QString text = h.status(u"noisy"_s).text;
    QVERIFY2(text.startsWith("failed: did not finish starting within 6 s; it printed 2 line(s) "
                             "that are not JSON-RPC"_L1),
             qPrintable(text));
    QVERIFY2(text.contains("oops"_L1), qPrintable(text));
}

void tst_McpClient::garbageInsteadOfAnswerTimesOut()
{
    QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                    u"^MCP server fake sent something that is not JSON-RPC: Traceback"_s));
    Harness h;
    McpServerConfig c = stdioServer(u"fake"_s, {fakeServer()});
    c.callTimeoutMs = 800;
    QVERIFY(h.startAndSettle({c}));
    const FunctionResponse r = h.call(u"fake__garbage"_s);
    QCOMPARE(errorOf(r), u"'fake__garbage' did not finish within 800 ms and was stopped"_s);
    const QString text = h.status(u"fake"_s).text;
    QVERIFY2(text.contains("Traceback (most recent call last)"_L1), qPrintable(text));
    QCOMPARE(h.status(u"fake"_s).state, McpServerState::Ready);
}

void tst_McpClient::hangingCallTimesOutAndIsCancelled()
{
    Harness h;
    McpServerConfig c = stdioServer(u"fake"_s, {fakeServer()});
    c.callTimeoutMs = 500;
    QVERIFY(h.startAndSettle({c}));
    QElapsedTimer clock;
    clock.start();
    const FunctionResponse r = h.call(u"fake__hang"_s);
    QCOMPARE(errorOf(r), u"'fake__hang' did not finish within 500 ms and was stopped"_s);
    QVERIFY(clock.elapsed() < 5000);
    // The server was told to stop (notifications/cancelled) and the status says what happened.
    McpClient *client = h.manager.client(u"fake"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client->diagnostics().contains("cancelled request"_L1), 5000);
    QVERIFY2(client->statusText().contains("last problem: hang:"_L1),
             qPrintable(client->statusText()));
    // A later call still works.
    QCOMPARE(outputOf(h.call(u"fake__echo"_s, json(R"({"text":"after"})"))), u"echo: after"_s);
}

void tst_McpClient::malformedOversizedAndMediaResults()
{
    Harness h;
    QVERIFY(h.startAndSettle({stdioServer(u"fake"_s, {fakeServer()})}));
    FunctionResponse r = h.call(u"fake__malformed"_s);
    QCOMPARE(errorOf(r),
             u"MCP server returned a malformed tools/call result: \"content\" is not a list"_s);
    QVERIFY(h.status(u"fake"_s).text.contains("last problem: malformed"_L1));

    r = h.call(u"fake__huge"_s);
    const QString huge = outputOf(r);
    QVERIFY(huge.size() <= 32 * 1024 + 100); // the limit, plus the note
    QVERIFY2(huge.endsWith("[output truncated: 1048576 bytes, the first 32768 are shown]"_L1),
             qPrintable(huge.right(100)));

    r = h.call(u"fake__image"_s);
    QCOMPARE(outputOf(r), u"here is the chart\n[image (image/png, 70 bytes) not shown]\n[resource "
                          u"file:///tmp/notes.txt]\nembedded notes\n[resource file:///tmp/a.bin "
                          u"(application/octet-stream, 3 bytes) not shown]\n[link: report "
                          u"<file:///tmp/report.pdf>]"_s);
}

void tst_McpClient::protocolVersionNegotiation_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("expected");
    QTest::newRow("server agrees to the newest version")
            << "normal" << true << McpClient::supportedProtocolVersions().constFirst();
    QTest::newRow("older server answers 2024-11-05 and is accepted")
            << "old-version" << true << "2024-11-05";
    QTest::newRow("server answers a version LiveDesk does not speak")
            << "bad-version" << false
            << "failed: the server speaks MCP protocol version '1999-01-01', which LiveDesk "
               "does not";
}

void tst_McpClient::protocolVersionNegotiation()
{
    QFETCH(QString, mode);
    QFETCH(bool, ready);
    QFETCH(QString, expected);
    if (!ready)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^MCP server fake failed: "_s));
    Harness h;
    QVERIFY(h.startAndSettle({stdioServer(u"fake"_s, {fakeServer(), mode})}));
    McpClient *client = h.manager.client(u"fake"_s);
    if (ready) {
        QCOMPARE(client->state(), McpServerState::Ready);
        QCOMPARE(client->protocolVersion(), expected);
    } else {
        QCOMPARE(client->state(), McpServerState::Failed);
        QVERIFY2(client->statusText().startsWith(expected), qPrintable(client->statusText()));
        QVERIFY(h.registry.tools().isEmpty());
    }
}

void tst_McpClient::pagingAndServerPing()
{
    Harness h;
    QVERIFY(h.startAndSettle({stdioServer(u"paged"_s, {fakeServer(), u"paged"_s})}));
    McpClient *client = h.manager.client(u"paged"_s);
    QVERIFY2(client->state() == McpServerState::Ready, qPrintable(client->statusText()));
    QCOMPARE(h.registry.names(),
             (QStringList {u"paged__one"_s, u"paged__two"_s, u"paged__three"_s}));
    QVERIFY2(client->statusText().contains("skipped a tool without a name"_L1),
             qPrintable(client->statusText()));
    QVERIFY(client->diagnostics().contains("ping answered"_L1));
}

void tst_McpClient::settledOnceEvenWhenServersFailAtOnce()
{
    QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                    u"^MCP server broken failed: the legacy HTTP\\+SSE transport is not supported"_s));
    Harness h;
    QSignalSpy settled(&h.manager, &McpManager::settled);
    h.manager.start({});
    QVERIFY(settled.wait(1000)); // no servers: settled at once, so the app need not special-case
    McpServerConfig broken = stdioServer(u"broken"_s, {});
    broken.configError = u"the legacy HTTP+SSE transport is not supported"_s;
    McpServerConfig off = stdioServer(u"off"_s, {fakeServer()});
    off.disabled = true;
    h.manager.start({broken, off});
    QTRY_COMPARE(settled.size(), 2);
    // Nothing runs in the background here (one server broken, one disabled): whatever the
    // manager queued runs now, and must not settle a third time.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(settled.size(), 2);
    QCOMPARE(h.status(u"broken"_s).text,
             u"failed: the legacy HTTP+SSE transport is not supported"_s);
    QCOMPARE(h.status(u"off"_s).state, McpServerState::Stopped);
    QCOMPARE(h.status(u"off"_s).text, u"stopped: disabled in the configuration"_s);
}

QTEST_GUILESS_MAIN(tst_McpClient)
#include "tst_mcpclient.moc"
