// User-defined tools: the file format is checked with precise messages, command tools run real
// programs with an argument list (never a shell), HTTP tools POST to a real local HTTP server,
// and both respect their size and time limits and keep the API key away from the tool.
#include "httptestserver.h"
#include "tools/tooldispatcher.h"
#include "tools/usertools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace livedesk::tools;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(livedesk::protocol::ToolResponse)

namespace {

const QString kApiKey = u"AIzaSy-test-key-for-the-tools-suite-42"_s;

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QByteArray toolsFile(const QByteArray &entries)
{
    return "{\"tools\":[" + entries + "]}";
}

QString dataPath(const char *name)
{
    return QStringLiteral(LIVEDESK_SOURCE_DIR "/tests/tools/data/") + QLatin1StringView(name);
}

// Registers the tools, allows them for the session (they have side effects), and runs one call.
class Harness
{
public:
    Harness()
        : dispatcher(&registry)
        , scrubber(std::make_shared<SecretScrubber>())
    {
        scrubber->add(kApiKey);
        policy.setDefaultRule(ApprovalRule::AllowForSession);
        dispatcher.setConfirmationPolicy(&policy);
        dispatcher.setSecretScrubber(scrubber);
    }

    bool add(const QByteArray &entries, QString *error = nullptr)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TEST_TOKEN"_s, u"token-value-123456"_s);
        const auto defs = parseUserTools(toolsFile(entries), env, error);
        return defs && addUserTools(&registry, *defs, u"test"_s, scrubber, error);
    }

    FunctionResponse run(const QString &name, const QJsonObject &args = {}, int waitMs = 10000)
    {
        QSignalSpy spy(&dispatcher, &ToolDispatcher::responseReady);
        dispatcher.handleToolCall(ToolCall {{FunctionCall {u"id-1"_s, name, args}}});
        if (spy.isEmpty() && !spy.wait(waitMs))
            return {};
        return spy.constFirst().at(0).value<ToolResponse>().functionResponses.value(0);
    }

    ToolRegistry registry;
    ToolDispatcher dispatcher;
    ConfirmationPolicy policy;
    std::shared_ptr<SecretScrubber> scrubber;
};

QString errorOf(const FunctionResponse &r)
{
    return r.response.value(u"error"_s).toString();
}

QString outputOf(const FunctionResponse &r)
{
    return r.response.value(u"output"_s).toString();
}

} // namespace

class tst_UserTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileErrors_data();
    void fileErrors();
    void exampleFileParses();
    void substitution_data();
    void substitution();
    void commandRunsWithArgumentList();
    void commandFailures_data();
    void commandFailures();
    void commandOutputIsCappedAndSaysSo();
    void commandTimeLimitStopsProgram();
    void commandJsonOutput();
    void childEnvironmentLacksTheKey();
    void explicitlyNamedKeyIsPassedButScrubbed();
    void httpPostsArgumentsAndReadsJson();
    void httpResponses_data();
    void httpResponses();
    void httpTimeLimit();
    void httpUnreachable();
};

void tst_UserTools::initTestCase()
{
    qRegisterMetaType<ToolResponse>();
    qputenv("GEMINI_API_KEY", kApiKey.toUtf8());
}

void tst_UserTools::fileErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{tools:") << "not valid JSON";
    QTest::newRow("no tools list")
            << QByteArray("{}") << "expected an object with a \"tools\" list";
    QTest::newRow("unknown field names its path")
            << toolsFile(R"({"name":"a","command":{"program":"/bin/true"},"timeout":5})")
            << "tools[0].timeout: unknown field";
    QTest::newRow("neither command nor http")
            << toolsFile(R"({"name":"a"})") << "tools[0]: give exactly one of";
    QTest::newRow("both command and http")
            << toolsFile(R"({"name":"a","command":{"program":"x"},"http":{"url":"http://h/"}})")
            << "tools[0]: give exactly one of";
    QTest::newRow("invalid function name")
            << toolsFile(R"({"name":"bad name","command":{"program":"x"}})")
            << "tools[0].name: 'bad name' is not a valid function name";
    QTest::newRow("name defined twice") << toolsFile(
            R"({"name":"a","command":{"program":"x"}},{"name":"a","command":{"program":"y"}})")
                                        << "tools[1].name: 'a' is defined twice";
    QTest::newRow("placeholder for an undeclared argument") << toolsFile(
            R"({"name":"w","parameters":{"type":"OBJECT","properties":{"city":{"type":"STRING"}}},"command":{"program":"x","args":["{cty}"]}})")
                                                            << "tools[0].command.args: unknown "
                                                               "placeholder '{cty}' (the "
                                                               "function's arguments: city)";
    QTest::newRow("unclosed placeholder") << toolsFile(
            R"({"name":"w","parameters":{"type":"OBJECT","properties":{"city":{"type":"STRING"}}},"command":{"program":"x","args":["--c={city"]}})")
                                          << "unclosed '{' in '--c={city'";
    QTest::newRow("placeholder in the program")
            << toolsFile(R"({"name":"w","command":{"program":"{p}"}})")
            << "tools[0].command.program: cannot contain placeholders";
    QTest::newRow("schema with a misspelled type") << toolsFile(
            R"({"name":"w","parameters":{"type":"OBJECT","properties":{"a":{"type":"STRNG"}}},"command":{"program":"x"}})")
                                                   << "tools[0].parameters: properties.a.type: "
                                                      "unknown type 'STRNG'";
    QTest::newRow("not an http URL")
            << toolsFile(R"({"name":"h","http":{"url":"ftp://example.com/"}})")
            << "tools[0].http.url: must be an http:// or https:// URL";
    QTest::newRow("header from an unset variable") << toolsFile(
            R"({"name":"h","http":{"url":"http://h/","headers":{"X-Key":"${env:NO_SUCH_VAR_42}"}}})")
                                                   << "tools[0].http.headers.X-Key: environment "
                                                      "variable NO_SUCH_VAR_42 is not set";
    QTest::newRow("timeout out of range")
            << toolsFile(R"({"name":"a","command":{"program":"x"},"timeoutMs":0})")
            << "tools[0].timeoutMs: must be a whole number from 1 to";
    QTest::newRow("unknown scheduling")
            << toolsFile(R"({"name":"a","command":{"program":"x"},"scheduling":"LATER"})")
            << "tools[0].scheduling: must be SILENT, WHEN_IDLE or INTERRUPT";
}

void tst_UserTools::fileErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!parseUserTools(file, QProcessEnvironment(), &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void tst_UserTools::exampleFileParses()
{
    // The example that docs/tools.md shows.
    QProcessEnvironment env;
    env.insert(u"TICKETS_TOKEN"_s, u"tkt-secret-0987654321"_s);
    QString error;
    const auto defs = loadUserToolsFile(dataPath("tools-example.json"), env, &error);
    QVERIFY2(defs, qPrintable(error));
    QCOMPARE(defs->size(), 2);
    QCOMPARE(defs->at(0).kind, UserToolKind::Command);
    QCOMPARE(defs->at(0).command.argumentTemplates, (QStringList {u"-1"_s, u"--"_s, u"{path}"_s}));
    QCOMPARE(defs->at(0).timeoutMs, 5000);
    QCOMPARE(defs->at(1).kind, UserToolKind::Http);
    QCOMPARE(defs->at(1).declaration.behavior, Behavior::NonBlocking);
    QCOMPARE(defs->at(1).scheduling, Scheduling::WhenIdle);
    QCOMPARE(defs->at(1).http.headers.value(0).second, QByteArray("Bearer tkt-secret-0987654321"));
    QVERIFY(defs->at(1).secretValues.contains(u"tkt-secret-0987654321"_s));

    QVERIFY(!loadUserToolsFile(dataPath("no-such-file.json"), env, &error));
    QVERIFY2(error.contains("cannot read the tools file"_L1), qPrintable(error));
}

void tst_UserTools::substitution_data()
{
    QTest::addColumn<QStringList>("templates");
    QTest::addColumn<QByteArray>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("string argument stays one element even with shell syntax")
            << QStringList {u"{q}"_s} << QByteArray(R"js({"q":"a b; rm -rf ~ $(x)"})js")
            << QStringList {u"a b; rm -rf ~ $(x)"_s};
    QTest::newRow("placeholder inside text")
            << QStringList {u"--city={city}"_s} << QByteArray(R"({"city":"Paris"})")
            << QStringList {u"--city=Paris"_s};
    QTest::newRow("numbers and booleans as JSON text") << QStringList {u"{n}"_s, u"{x}"_s, u"{b}"_s}
                                                       << QByteArray(R"({"n":3,"x":2.5,"b":true})")
                                                       << QStringList {u"3"_s, u"2.5"_s, u"true"_s};
    QTest::newRow("object as compact JSON")
            << QStringList {u"{o}"_s} << QByteArray(R"({"o":{"a":[1,2]}})")
            << QStringList {u"{\"a\":[1,2]}"_s};
    QTest::newRow("absent optional argument drops a whole-placeholder element")
            << QStringList {u"-n"_s, u"{count}"_s, u"x"_s} << QByteArray("{}")
            << QStringList {u"-n"_s, u"x"_s};
    QTest::newRow("absent optional argument inside text becomes empty")
            << QStringList {u"--count={count}"_s} << QByteArray("{}")
            << QStringList {u"--count="_s};
    QTest::newRow("doubled braces are literal")
            << QStringList {u"{{literal}} {v}"_s} << QByteArray(R"({"v":"x"})")
            << QStringList {u"{literal} x"_s};
}

void tst_UserTools::substitution()
{
    QFETCH(QStringList, templates);
    QFETCH(QByteArray, arguments);
    QFETCH(QStringList, expected);
    QCOMPARE(substituteArguments(templates, json(arguments)), expected);
}

void tst_UserTools::commandRunsWithArgumentList()
{
    Harness h;
    QString error;
    const QByteArray tool
            = R"({"name":"args","parameters":{"type":"OBJECT","properties":{"text":{"type":"STRING"},"n":{"type":"INTEGER"}},"required":["text"]},"command":{"program":")"
              + dataPath("printargs.sh").toUtf8() + R"(","args":["--","{text}","n={n}","{n}"]}})";
    QVERIFY2(h.add(tool, &error), qPrintable(error));
    FunctionResponse r = h.run(u"args"_s, json(R"({"text":"two words; echo pwned","n":7})"));
    QCOMPARE(r.name, u"args"_s);
    QCOMPARE(outputOf(r), u"[--]\n[two words; echo pwned]\n[n=7]\n[7]\n"_s);
    r = h.run(u"args"_s, json(R"({"text":"$HOME"})"));
    QCOMPARE(outputOf(r), u"[--]\n[$HOME]\n[n=]\n"_s);

    const QByteArray echo
            = R"({"name":"echo","command":{"program":"echo","args":["hello","world"]}})";
    QVERIFY(h.add(echo));
    QCOMPARE(outputOf(h.run(u"echo"_s)), u"hello world\n"_s);
    // A program that reads its input gets end-of-file, not a wait until the timeout.
    const QByteArray cat = R"({"name":"cat","command":{"program":"cat"},"timeoutMs":5000})";
    QVERIFY(h.add(cat));
    const FunctionResponse r2 = h.run(u"cat"_s);
    QVERIFY2(r2.response.contains(u"output"_s), qPrintable(errorOf(r2)));
    QCOMPARE(outputOf(r2), QString());
}

void tst_UserTools::commandFailures_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QString>("error");
    QTest::newRow("program not in PATH")
            << QByteArray(R"({"program":"no-such-program-livedesk-42"})")
            << "program 'no-such-program-livedesk-42' was not found (it is neither an absolute "
               "path nor in PATH)";
    QTest::newRow("absolute path that does not exist")
            << QByteArray(R"({"program":"/no/such/program"})")
            << "could not start '/no/such/program': ";
    QTest::newRow("non-zero exit shows stderr") << QByteArray(
            R"({"program":"/bin/sh","args":["-c","echo partial; echo disk on fire >&2; exit 3"]})")
                                                << "'t' exited with code 3: disk on fire";
    QTest::newRow("killed by a signal")
            << QByteArray(R"({"program":"/bin/sh","args":["-c","kill -9 $$"]})") << "'t' crashed";
    QTest::newRow("missing working directory")
            << QByteArray(R"({"program":"/bin/true","workingDirectory":"/no/such/dir"})")
            << "could not start '/bin/true': ";
}

void tst_UserTools::commandFailures()
{
    QFETCH(QByteArray, command);
    QFETCH(QString, error);
    Harness h;
    const QByteArray tool = R"({"name":"t","command":)" + command + "}";
    QVERIFY(h.add(tool));
    const FunctionResponse r = h.run(u"t"_s);
    QCOMPARE(r.id, u"id-1"_s);
    QCOMPARE(r.name, u"t"_s);
    QVERIFY2(errorOf(r).startsWith(error), qPrintable(errorOf(r)));
}

void tst_UserTools::commandOutputIsCappedAndSaysSo()
{
    Harness h;
    const QByteArray tool
            = R"({"name":"yes","command":{"program":"/bin/sh","args":["-c","yes abcdefg | head -c 200000"]},"maxOutputBytes":1000})";
    QVERIFY(h.add(tool));
    const QString out = outputOf(h.run(u"yes"_s));
    QVERIFY2(out.startsWith("abcdefg\nabcdefg\n"_L1), qPrintable(out.left(40)));
    QVERIFY2(out.endsWith("\n[output truncated: 200000 bytes, the first 1000 are shown]"_L1),
             qPrintable(out.right(80)));
    QVERIFY(out.size() < 1100);
}

void tst_UserTools::commandTimeLimitStopsProgram()
{
    Harness h;
    const QByteArray tool
            = R"({"name":"slow","command":{"program":"/bin/sleep","args":["30"]},"timeoutMs":300})";
    QVERIFY(h.add(tool));
    QElapsedTimer clock;
    clock.start();
    const FunctionResponse r = h.run(u"slow"_s);
    QCOMPARE(errorOf(r), u"'slow' did not finish within 300 ms and was stopped"_s);
    QVERIFY2(clock.elapsed() < 5000, "the timeout did not stop the program promptly");
}

void tst_UserTools::commandJsonOutput()
{
    Harness h;
    // Literal braces in a template are doubled, so the program sees {"free":12,"unit":"GB"}.
    const QJsonObject toolJson {{u"name"_s, u"j"_s},
                                {u"command"_s,
                                 QJsonObject {{u"program"_s, u"/bin/echo"_s},
                                              {u"args"_s,
                                               QJsonArray {u"{{\"free\":12,\"unit\":\"GB\"}}"_s}}}},
                                {u"output"_s, u"json"_s}};
    const QByteArray tool = QJsonDocument(toolJson).toJson(QJsonDocument::Compact);
    QVERIFY(h.add(tool));
    QCOMPARE(h.run(u"j"_s).response, json(R"({"output":{"free":12,"unit":"GB"}})"));
    const QByteArray bad
            = R"({"name":"bad","command":{"program":"/bin/echo","args":["not json"]},"output":"json"})";
    QVERIFY(h.add(bad));
    QVERIFY(errorOf(h.run(u"bad"_s)).startsWith("'bad' did not write valid JSON"_L1));
}

void tst_UserTools::childEnvironmentLacksTheKey()
{
    Harness h;
    qputenv("SOME_HARMLESS_SETTING", "kept");
    const QByteArray tool
            = R"({"name":"env","command":{"program":"/usr/bin/env"},"maxOutputBytes":1000000})";
    QVERIFY(h.add(tool));
    const QString out = outputOf(h.run(u"env"_s));
    QVERIFY2(out.contains("SOME_HARMLESS_SETTING=kept"_L1), qPrintable(out.left(200)));
    QVERIFY2(!out.contains("GEMINI_API_KEY"_L1), "the key variable reached the tool");
    QVERIFY(!out.contains(kApiKey));
}

void tst_UserTools::explicitlyNamedKeyIsPassedButScrubbed()
{
    Harness h;
    const QByteArray tool
            = R"({"name":"env","command":{"program":"/usr/bin/env","env":{"GEMINI_API_KEY":"${env:GEMINI_API_KEY}"}},"maxOutputBytes":1000000})";
    QVERIFY(h.add(tool));
    const QString out = outputOf(h.run(u"env"_s));
    // The tool got it because its configuration asked by name; the model still never sees it.
    QVERIFY2(out.contains("GEMINI_API_KEY=[redacted]"_L1), qPrintable(out.left(300)));
    QVERIFY(!out.contains(kApiKey));
}

void tst_UserTools::httpPostsArgumentsAndReadsJson()
{
    HttpTestServer server;
    QVERIFY(server.start());
    server.response.body = R"({"ticket":"T-17","token_echo":"token-value-123456"})";
    Harness h;
    const QByteArray tool
            = R"({"name":"ticket","parametersJsonSchema":{"type":"object","properties":{"title":{"type":"string"}},"required":["title"]},"http":{"url":")"
              + server.url("/new?x=1")
              + R"(","headers":{"Authorization":"Bearer ${env:TEST_TOKEN}","X-Team":"core"}}})";
    QVERIFY(h.add(tool));
    const FunctionResponse r = h.run(u"ticket"_s, json(R"({"title":"Printer jam"})"));
    QCOMPARE(server.requests.size(), 1);
    const HttpTestRequest &request = server.requests.constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/new?x=1"));
    QCOMPARE(json(request.body), json(R"({"title":"Printer jam"})"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer token-value-123456"));
    QCOMPARE(request.headers.value("x-team"), QByteArray("core"));
    // The JSON body is the output; the configured token is scrubbed from it.
    QCOMPARE(r.response, json(R"({"output":{"ticket":"T-17","token_echo":"[redacted]"}})"));
}

void tst_UserTools::httpResponses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("error");
    QTest::newRow("plain text body is the output")
            << 200 << QByteArray("text/plain") << QByteArray("all good") << "all good"
            << "";
    QTest::newRow("server error names the status and the body")
            << 500 << QByteArray("text/plain") << QByteArray("database down") << ""
            << "answered HTTP 500 OK: database down";
    QTest::newRow("large body is cut with a note")
            << 200 << QByteArray("text/plain") << QByteArray(50000, 'z')
            << "[output truncated: 50000 bytes, the first 2000 are shown]"
            << "";
    QTest::newRow("body claiming JSON that is not stays text")
            << 200 << QByteArray("application/json") << QByteArray("{oops") << "{oops"
            << "";
}

void tst_UserTools::httpResponses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, output);
    QFETCH(QString, error);
    HttpTestServer server;
    QVERIFY(server.start());
    server.response.status = status;
    server.response.contentType = contentType;
    server.response.body = body;
    Harness h;
    const QByteArray tool = R"({"name":"h","http":{"url":")" + server.url("/")
                            + R"("},"maxOutputBytes":2000})";
    QVERIFY(h.add(tool));
    const FunctionResponse r = h.run(u"h"_s);
    if (error.isEmpty())
        QVERIFY2(outputOf(r).contains(output), qPrintable(outputOf(r).right(100)));
    else
        QVERIFY2(errorOf(r).contains(error), qPrintable(errorOf(r)));
}

void tst_UserTools::httpTimeLimit()
{
    HttpTestServer server;
    QVERIFY(server.start());
    server.response.hang = true;
    Harness h;
    const QByteArray tool = R"({"name":"h","http":{"url":")" + server.url("/")
                            + R"("},"timeoutMs":300})";
    QVERIFY(h.add(tool));
    QCOMPARE(errorOf(h.run(u"h"_s)), u"'h' did not finish within 300 ms and was stopped"_s);
}

void tst_UserTools::httpUnreachable()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and now has no listener
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Harness h;
    const QByteArray tool = R"({"name":"h","http":{"url":"http://127.0.0.1:)"
                            + QByteArray::number(port) + R"(/"}})";
    QVERIFY(h.add(tool));
    const QString error = errorOf(h.run(u"h"_s));
    QVERIFY2(error.startsWith(u"'h' could not reach http://127.0.0.1:"_s), qPrintable(error));
    QVERIFY2(error.contains("refused"_L1, Qt::CaseInsensitive), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_UserTools)
#include "tst_usertools.moc"
