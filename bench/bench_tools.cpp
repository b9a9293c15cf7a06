// Figures for the tools engine: argument validation cost, dispatch overhead (same thread and
// through the thread pool), and MCP over stdio against @modelcontextprotocol/server-everything
// (start-up to ready, and a tools/call round trip). Prints a table; not a test.
#include "tools/mcp/mcpmanager.h"
#include "tools/schemavalidator.h"
#include "tools/tooldispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace livedesk::tools;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    return {samples.at(samples.size() / 2),
            samples.at(qMin(samples.size() - 1, qsizetype(samples.size() * 0.95)))};
}

void row(const char *what, const QString &figure)
{
    std::printf("%-58s %s\n", what, qPrintable(figure));
}

class ImmediateHandler : public ToolHandler
{
public:
    void start(ToolInvocation *invocation) override { invocation->succeed(u"ok"_s); }
};

// Waits until `spy` has seen `count` responses, running the event loop.
bool waitResponses(QSignalSpy &spy, qsizetype count, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (spy.size() < count && clock.elapsed() < timeoutMs)
        spy.wait(timeoutMs);
    return spy.size() >= count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"livedesk.tools.info=false"_s);

    // --- validation ---
    const QJsonObject openApi = json(
            R"({"type":"OBJECT","properties":{"city":{"type":"STRING","minLength":1},"unit":{"type":"STRING","enum":["celsius","fahrenheit"]},"days":{"type":"INTEGER","minimum":1,"maximum":7},"tags":{"type":"ARRAY","items":{"type":"STRING"}}},"required":["city"]})");
    const QJsonObject openApiArgs = json(
            R"({"city":"Paris","unit":"celsius","days":3,"tags":["a","b"]})");
    const QJsonObject jsonSchema = json(
            R"({"type":"object","properties":{"path":{"type":"string"},"head":{"type":"number"},"tail":{"type":"number"}},"required":["path"],"additionalProperties":false})");
    const QJsonObject jsonSchemaArgs = json(R"({"path":"/tmp/notes.txt","head":10})");
    constexpr int kValidations = 200000;
    QElapsedTimer clock;
    clock.start();
    int problems = 0;
    for (int i = 0; i < kValidations; ++i)
        problems += int(validateArguments(openApiArgs, openApi, SchemaDialect::OpenApi).size());
    const double openApiNs = double(clock.nsecsElapsed()) / kValidations;
    clock.restart();
    for (int i = 0; i < kValidations; ++i)
        problems += int(
                validateArguments(jsonSchemaArgs, jsonSchema, SchemaDialect::JsonSchema).size());
    const double jsonSchemaNs = double(clock.nsecsElapsed()) / kValidations;
    if (problems != 0)
        std::printf("unexpected validation problems\n");

    std::printf("LiveDesk tools benchmark (Qt %s)\n\n", qVersion());
    row("validate 4 OpenAPI arguments (per call)",
        QString::number(openApiNs / 1000.0, 'f', 2) + u" µs"_s);
    row("validate 2 JSON Schema arguments (per call)",
        QString::number(jsonSchemaNs / 1000.0, 'f', 2) + u" µs"_s);

    // --- dispatch overhead ---
    {
        ToolRegistry registry;
        ToolSpec spec;
        spec.declaration.name = u"noop"_s;
        spec.handler = std::make_shared<ImmediateHandler>();
        spec.safety = ToolSafety::ReadOnly;
        registry.add(spec);
        ToolSpec pooled = spec;
        pooled.declaration.name = u"pooled"_s;
        pooled.handler = std::make_shared<FunctionToolHandler>(
                [](const QJsonObject &, const std::atomic_bool &) {
                    return ToolOutcome::success(u"ok"_s);
                });
        registry.add(pooled);
        ToolDispatcher dispatcher(&registry);
        QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
        for (const auto &[name, label] :
             {std::pair {u"noop"_s, "call -> response, handler on the dispatcher thread"},
              std::pair {u"pooled"_s, "call -> response, handler on the thread pool"}}) {
            QList<double> samples;
            for (int i = 0; i < 2000; ++i) {
                const qsizetype expected = responses.size() + 1;
                clock.restart();
                dispatcher.handleToolCall(ToolCall {{FunctionCall {u"x"_s, name, {}}}});
                if (!waitResponses(responses, expected, 5000)) {
                    std::printf("dispatch timed out\n");
                    return 1;
                }
                samples.append(double(clock.nsecsElapsed()) / 1000.0);
            }
            const Stats s = stats(samples);
            row(label, u"median "_s + QString::number(s.median, 'f', 1) + u" µs, p95 "_s
                               + QString::number(s.p95, 'f', 1) + u" µs"_s);
        }
    }

    // --- MCP over stdio ---
    const QString everything = QStringLiteral(
            LIVEDESK_SOURCE_DIR
            "/tests/node/node_modules/@modelcontextprotocol/server-everything/dist/index.js");
    if (!QFile::exists(everything)) {
        std::printf("\n(MCP figures skipped: run scripts/install-node-deps.sh)\n");
        return 0;
    }
    {
        ToolRegistry registry;
        ConfirmationPolicy policy;
        policy.setDefaultRule(ApprovalRule::AllowForSession);
        ToolDispatcher dispatcher(&registry);
        dispatcher.setConfirmationPolicy(&policy);
        QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
        McpManager manager(&registry, std::make_shared<SecretScrubber>());
        McpServerConfig config;
        config.name = u"ev"_s;
        config.transport = McpTransportKind::Stdio;
        config.command = u"node"_s;
        config.args = {everything, u"stdio"_s};
        QSignalSpy settled(&manager, &McpManager::settled);
        clock.restart();
        manager.start({config});
        settled.wait(30000);
        const double startMs = double(clock.nsecsElapsed()) / 1e6;
        if (manager.statuses().value(0).state != McpServerState::Ready) {
            std::printf("MCP server did not start: %s\n",
                        qPrintable(manager.statuses().value(0).text));
            return 1;
        }
        row("MCP server-everything: spawn -> initialize -> tools/list",
            QString::number(startMs, 'f', 0) + u" ms"_s);
        QList<double> samples;
        for (int i = 0; i < 300; ++i) {
            const qsizetype expected = responses.size() + 1;
            clock.restart();
            dispatcher.handleToolCall(
                    ToolCall {{FunctionCall {u"e"_s, u"ev__echo"_s,
                                             QJsonObject {{u"message"_s, u"hello"_s}}}}});
            if (!waitResponses(responses, expected, 10000)) {
                std::printf("MCP call timed out\n");
                return 1;
            }
            samples.append(double(clock.nsecsElapsed()) / 1e6);
        }
        const Stats s = stats(samples);
        row("MCP tools/call echo round trip through the dispatcher",
            u"median "_s + QString::number(s.median, 'f', 2) + u" ms, p95 "_s
                    + QString::number(s.p95, 'f', 2) + u" ms"_s);
    }
    return 0;
}
