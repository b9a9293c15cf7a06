// The toolbox a session is given from the command-line options (--tools, --mcp-config,
// --approve-tools, --google-search): it assembles built-in, user-defined and MCP tools into one
// setup, applies the approval policy, and refuses options the user must fix with a clear message.
#include "tests/testfiles.h"
#include "tools/toolbox.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::tools;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;
using livedesk::testing::writeFile;

Q_DECLARE_METATYPE(livedesk::protocol::ToolResponse)

namespace {

const QByteArray kFakeServerConfig
        = R"({"mcpServers":{"fake":{"command":"node","args":[")" LIVEDESK_SOURCE_DIR
          R"(/tests/tools/data/fake-mcp-server.mjs"],"autoApprove":["echo"]}}})";

} // namespace

class tst_Toolbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ToolResponse>(); }
    void assemblesEverythingFromOptions();
    void optionErrors_data();
    void optionErrors();
    void withoutOptionsOnlyBuiltins();
};

void tst_Toolbox::assemblesEverythingFromOptions()
{
    QTemporaryDir dir;
    ToolboxOptions options;
    options.toolsFile
            = writeFile(dir, u"tools.json"_s,
                        R"({"tools":[{"name":"hello","command":{"program":"echo","args":["hi"]}}]})");
    options.mcpConfigFile = writeFile(dir, u"mcp.json"_s, kFakeServerConfig);
    options.approveTools = u"hello,fake__*"_s;
    options.googleSearch = true;
    options.builtins = {BuiltinTool::CurrentTime};
    options.secrets = {u"AIzaSy-toolbox-test-key-1234"_s};

    Toolbox toolbox;
    QSignalSpy ready(&toolbox, &Toolbox::ready);
    // The setup is built the moment the toolbox is ready, so the servers' tools must be there.
    QList<Tool> toolsWhenReady;
    connect(&toolbox, &Toolbox::ready, this, [&] { toolsWhenReady = toolbox.setupTools(); });
    QString error;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"mcp\\.json: fake\\.autoApprove is ignored: "_s));
    // fake__boom below crashes the server on purpose.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^MCP server fake failed: the server process exited "
                                            "with code 3"_s));
    QVERIFY2(toolbox.configure(options, &error), qPrintable(error));
    QVERIFY(ready.wait(20000));
    QVERIFY(toolbox.isReady());
    QCOMPARE(toolbox.warnings().size(), 1);
    QVERIFY(toolbox.warnings().constFirst().contains("fake.autoApprove is ignored"_L1));

    const QList<Tool> tools = toolbox.setupTools();
    QCOMPARE(toolsWhenReady, tools);
    QCOMPARE(tools.size(), 2);
    QStringList offered;
    for (const FunctionDeclaration &d : tools.at(0).functionDeclarations)
        offered.append(d.name);
    QVERIFY2(offered.mid(0, 2) == (QStringList {u"get_current_time"_s, u"hello"_s}),
             qPrintable(offered.join(u',')));
    QVERIFY(offered.contains(u"fake__echo"_s));
    QVERIFY(!offered.contains(u"open_url"_s)); // switched off by the options
    QVERIFY(tools.at(1).googleSearch);

    // --approve-tools hello,fake__* lets these run without a prompt; others are refused.
    QSignalSpy responses(toolbox.dispatcher(), &ToolDispatcher::responseReady);
    toolbox.dispatcher()->handleToolCall(
            ToolCall {{FunctionCall {u"1"_s, u"hello"_s, {}},
                       FunctionCall {u"2"_s, u"fake__echo"_s, QJsonObject {{u"text"_s, u"x"_s}}},
                       FunctionCall {u"3"_s, u"fake__boom"_s, {}}}});
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 3, 10000);
    QMap<QString, QJsonObject> byId;
    for (const auto &args : responses) {
        const FunctionResponse r = args.at(0).value<ToolResponse>().functionResponses.value(0);
        byId.insert(r.id, r.response);
    }
    QCOMPARE(byId.value(u"1"_s), (QJsonObject {{u"output"_s, u"hi\n"_s}}));
    QCOMPARE(byId.value(u"2"_s), (QJsonObject {{u"output"_s, u"echo: x"_s}}));
    // fake__boom is covered by the pattern too, and crashes the server: an error, not a hang.
    QVERIFY(byId.value(u"3"_s).contains(u"error"_s));
    QCOMPARE(toolbox.scrubber()->scrub(u"AIzaSy-toolbox-test-key-1234"_s), u"[redacted]"_s);
}

void tst_Toolbox::optionErrors_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad --approve-tools")
            << "approve" << QByteArray("a,,b") << "--approve-tools: empty tool name";
    QTest::newRow("tools file missing")
            << "tools-missing" << QByteArray() << "cannot read the tools file";
    QTest::newRow("tools file invalid") << "tools" << QByteArray(R"({"tools":[{"name":"x"}]})")
                                        << "tools[0]: give exactly one of";
    QTest::newRow("tool name clashes with a built-in")
            << "tools"
            << QByteArray(R"({"tools":[{"name":"get_current_time","command":{"program":"date"}}]})")
            << "a tool named 'get_current_time' already exists";
    QTest::newRow("MCP file invalid") << "mcp" << QByteArray("{") << "not valid JSON";
}

void tst_Toolbox::optionErrors()
{
    QFETCH(QString, which);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    ToolboxOptions options;
    if (which == "approve"_L1)
        options.approveTools = QString::fromUtf8(content);
    else if (which == "tools-missing"_L1)
        options.toolsFile = dir.filePath(u"nope.json"_s);
    else if (which == "tools"_L1)
        options.toolsFile = writeFile(dir, u"tools.json"_s, content);
    else
        options.mcpConfigFile = writeFile(dir, u"mcp.json"_s, content);
    Toolbox toolbox;
    QString message;
    QVERIFY(!toolbox.configure(options, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void tst_Toolbox::withoutOptionsOnlyBuiltins()
{
    Toolbox toolbox;
    QSignalSpy ready(&toolbox, &Toolbox::ready);
    QVERIFY(toolbox.configure({}));
    QVERIFY(ready.wait(1000));
    const QList<Tool> tools = toolbox.setupTools();
    QCOMPARE(tools.size(), 1);
    QCOMPARE(tools.at(0).functionDeclarations.size(), 6);
    // No --approve-tools and no prompt: what needs consent is refused, not hung.
    QSignalSpy responses(toolbox.dispatcher(), &ToolDispatcher::responseReady);
    toolbox.dispatcher()->handleToolCall(
            ToolCall {{FunctionCall {u"c"_s, u"read_clipboard"_s, {}}}});
    QCOMPARE(responses.size(), 1);
    QVERIFY(responses.at(0)
                    .at(0)
                    .value<ToolResponse>()
                    .functionResponses[0]
                    .response.value(u"error"_s)
                    .toString()
                    .contains("needs the user's approval"_L1));
}

QTEST_GUILESS_MAIN(tst_Toolbox)
#include "tst_toolbox.moc"
