// The registry builds setup.tools as the service wants it (one functionDeclarations entry,
// googleSearch as its own entry on a toggle), enforces the service's name rules, and makes valid,
// unique names for MCP tools.
#include "session/protocol/codec.h"
#include "tools/toolregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace livedesk::tools;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

namespace {

class NoopHandler : public ToolHandler
{
public:
    void start(ToolInvocation *invocation) override { invocation->succeed(QJsonValue()); }
};

ToolSpec spec(const QString &name)
{
    ToolSpec s;
    s.declaration.name = name;
    s.declaration.description = u"d"_s;
    s.handler = std::make_shared<NoopHandler>();
    return s;
}

QJsonArray wireTools(const QList<Tool> &tools)
{
    Setup setup;
    setup.model = u"models/m"_s;
    setup.tools = tools;
    return setupToJson(setup).value(u"tools"_s).toArray();
}

} // namespace

class tst_ToolRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setupEntries();
    void googleSearchNeedsSupport();
    void nameRules_data();
    void nameRules();
    void refusesBadTools();
    void generatedNames_data();
    void generatedNames();
    void generatedNamesAvoidClashes();
    void removeAllOfOneServer();
};

void tst_ToolRegistry::setupEntries()
{
    ToolRegistry registry;
    QVERIFY(registry.setupTools().isEmpty());
    QVERIFY(registry.add(spec(u"a"_s)));
    QVERIFY(registry.add(spec(u"b"_s)));
    registry.setGoogleSearchEnabled(true);
    QCOMPARE(wireTools(registry.setupTools()),
             QJsonDocument::fromJson(
                     R"([{"functionDeclarations":[{"name":"a","description":"d"},{"name":"b","description":"d"}]},{"googleSearch":{}}])")
                     .array());
    QVERIFY(registry.setEnabled(u"a"_s, false));
    QCOMPARE(registry.setupTools().constFirst().functionDeclarations.size(), 1);
    QVERIFY(registry.setEnabled(u"b"_s, false));
    // Only search is left: no empty functionDeclarations entry.
    QCOMPARE(wireTools(registry.setupTools()),
             QJsonDocument::fromJson(R"([{"googleSearch":{}}])").array());
}

void tst_ToolRegistry::googleSearchNeedsSupport()
{
    ToolRegistry registry;
    registry.setGoogleSearchEnabled(true);
    registry.setCapabilities(
            ToolCapabilities {.nonBlockingFunctions = false, .googleSearch = false});
    QVERIFY(registry.setupTools().isEmpty());
}

void tst_ToolRegistry::nameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters and underscore") << "get_current_time" << true;
    QTest::newRow("dash and digits") << "fs__read-file2" << true;
    QTest::newRow("leading underscore") << "_private" << true;
    QTest::newRow("64 characters") << QString(64, u'a') << true;
    QTest::newRow("65 characters") << QString(65, u'a') << false;
    QTest::newRow("leading digit") << "1tool" << false;
    QTest::newRow("space") << "get time" << false;
    QTest::newRow("dot") << "fs.read" << false;
    QTest::newRow("non-ASCII letter") << "tëst" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_ToolRegistry::nameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ToolRegistry::isValidFunctionName(name), valid);
}

void tst_ToolRegistry::refusesBadTools()
{
    ToolRegistry registry;
    QString error;
    QVERIFY(!registry.add(spec(u"bad name"_s), &error));
    QVERIFY2(error.contains("is not a valid function name"_L1), qPrintable(error));
    QVERIFY(registry.add(spec(u"a"_s)));
    QVERIFY(!registry.add(spec(u"a"_s), &error));
    QCOMPARE(error, u"a tool named 'a' already exists"_s);
    ToolSpec noHandler = spec(u"h"_s);
    noHandler.handler.reset();
    QVERIFY(!registry.add(noHandler, &error));
    ToolSpec badSchema = spec(u"s"_s);
    badSchema.declaration.parameters = QJsonObject {{u"type"_s, u"STRING"_s}};
    QVERIFY(!registry.add(badSchema, &error));
    QVERIFY2(error.contains("must be a schema of type OBJECT"_L1), qPrintable(error));
}

void tst_ToolRegistry::generatedNames_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "fs"
                           << "read_file"
                           << "fs__read_file";
    QTest::newRow("dashes are kept") << "everything"
                                     << "get-sum"
                                     << "everything__get-sum";
    QTest::newRow("dots and slashes become underscores") << "my.server"
                                                         << "files/read"
                                                         << "my_server__files_read";
    QTest::newRow("leading digit gets an underscore") << "1password"
                                                      << "get"
                                                      << "_1password__get";
    QTest::newRow("too long is shortened with a hash")
            << "a-very-long-server-name" << QString(60, u'x')
            << "a-very-long-server-name__xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_";
}

void tst_ToolRegistry::generatedNames()
{
    QFETCH(QString, prefix);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString made = ToolRegistry::makeFunctionName(prefix, name, {});
    QVERIFY2(ToolRegistry::isValidFunctionName(made), qPrintable(made));
    if (expected.endsWith(u'_'))
        QVERIFY2(made.startsWith(expected) && made.size() == 64, qPrintable(made));
    else
        QCOMPARE(made, expected);
}

void tst_ToolRegistry::generatedNamesAvoidClashes()
{
    // "a.b" and "a_b" both sanitise to "s__a_b": the second gets a suffix.
    const QString first = ToolRegistry::makeFunctionName(u"s"_s, u"a.b"_s, {});
    const QString second = ToolRegistry::makeFunctionName(u"s"_s, u"a_b"_s, {first});
    QCOMPARE(first, u"s__a_b"_s);
    QCOMPARE(second, u"s__a_b_2"_s);
    // Two long names with the same start stay distinct.
    const QString longA = ToolRegistry::makeFunctionName(u"s"_s, QString(70, u'x') + u'A', {});
    const QString longB = ToolRegistry::makeFunctionName(u"s"_s, QString(70, u'x') + u'B', {});
    QVERIFY(longA != longB);
    QCOMPARE(longA.size(), 64);
}

void tst_ToolRegistry::removeAllOfOneServer()
{
    ToolRegistry registry;
    ToolSpec a = spec(u"fs__a"_s);
    a.source = ToolSource::Mcp;
    a.origin = u"fs"_s;
    ToolSpec b = a;
    b.declaration.name = u"fs__b"_s;
    ToolSpec c = spec(u"web__c"_s);
    c.source = ToolSource::Mcp;
    c.origin = u"web"_s;
    QVERIFY(registry.add(a) && registry.add(b) && registry.add(c));
    QCOMPARE(registry.removeAll(ToolSource::Mcp, u"fs"_s), 2);
    QCOMPARE(registry.names(), QStringList {u"web__c"_s});
}

QTEST_GUILESS_MAIN(tst_ToolRegistry)
#include "tst_toolregistry.moc"
