// The dispatcher asks for consent where the policy says so, keeps secrets out of what the model
// sees, and refuses or truncates what is too large (output, arguments) without reading it into
// the log. Answers, parallel calls, timeouts and cancellation: tst_tooldispatcher.
#include "tooldispatchertesting.h"

using namespace livedesk::testing;

class tst_ToolDispatcherSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void confirmation_data();
    void confirmation();
    void confirmationWithdrawnOnCancellation();
    void confirmationTimesOut();
    void noPromptRefusesWhatNeedsAsking();
    void secretsAreScrubbed();
    void oversizedOutputIsTruncatedAndSaysSo();
    void oversizedArgumentsAreRefusedUnread_data();
    void oversizedArgumentsAreRefusedUnread();
};

void tst_ToolDispatcherSafety::initTestCase()
{
    qRegisterMetaType<ToolResponse>();
    qRegisterMetaType<ToolCallRecord>();
}

void tst_ToolDispatcherSafety::confirmation_data()
{
    QTest::addColumn<ConfirmationAnswer>("answer");
    QTest::addColumn<bool>("runs");
    QTest::addColumn<bool>("asksAgain");
    QTest::newRow("allowed once: runs, asks next time")
            << ConfirmationAnswer::AllowOnce << true << true;
    QTest::newRow("allowed for the session: runs, no more asking")
            << ConfirmationAnswer::AllowForSession << true << false;
    QTest::newRow("allowed always: runs, no more asking")
            << ConfirmationAnswer::AllowAlways << true << false;
    QTest::newRow("denied: refused, asks next time") << ConfirmationAnswer::Deny << false << true;
    QTest::newRow("denied for the session: refused, no more asking")
            << ConfirmationAnswer::DenyForSession << false << false;
}

void tst_ToolDispatcherSafety::confirmation()
{
    QFETCH(ConfirmationAnswer, answer);
    QFETCH(bool, runs);
    QFETCH(bool, asksAgain);
    ToolRegistry registry;
    auto handler = std::make_shared<ScriptedHandler>();
    handler->autoFinishMs = 0;
    ToolSpec s = spec(u"write"_s, handler, ToolSafety::SideEffects);
    s.declaration.parameters = json(R"({"type":"OBJECT","properties":{"path":{"type":"STRING"}}})");
    QVERIFY(registry.add(s));
    ScriptedPrompt prompt;
    prompt.answer = answer;
    ConfirmationPolicy policy;
    ToolDispatcher dispatcher(&registry);
    dispatcher.setConfirmationPolicy(&policy);
    dispatcher.setConfirmationPrompt(&prompt);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    QSignalSpy updates(&dispatcher, &ToolDispatcher::callUpdated);

    dispatcher.handleToolCall(ToolCall {{call(u"w1"_s, u"write"_s, json(R"({"path":"x"})"))}});
    QTRY_COMPARE(responses.size(), 1);
    QCOMPARE(prompt.asked.size(), 1);
    QCOMPARE(prompt.asked[0].toolName, u"write"_s);
    QCOMPARE(prompt.asked[0].arguments, json(R"({"path":"x"})"));
    QCOMPARE(states(updates).constFirst(), ToolCallState::AwaitingConfirmation);
    QCOMPARE(handler->started.size(), runs ? 1 : 0);
    const FunctionResponse r = only(responses);
    if (runs)
        QCOMPARE(r.response, json(R"({"output":"ok"})"));
    else
        QCOMPARE(r.response.value(u"error"_s).toString(), u"the user declined to run 'write'"_s);

    dispatcher.handleToolCall(ToolCall {{call(u"w2"_s, u"write"_s)}});
    QTRY_COMPARE(responses.size(), 2);
    QCOMPARE(prompt.asked.size(), asksAgain ? 2 : 1);
    if (answer == ConfirmationAnswer::AllowAlways)
        QCOMPARE(policy.alwaysAllowedTools(), QStringList {u"write"_s});
}

void tst_ToolDispatcherSafety::confirmationWithdrawnOnCancellation()
{
    ToolRegistry registry;
    auto handler = std::make_shared<ScriptedHandler>();
    QVERIFY(registry.add(spec(u"open"_s, handler, ToolSafety::SideEffects)));
    ScriptedPrompt prompt;
    prompt.answerAtOnce = false;
    ToolDispatcher dispatcher(&registry);
    dispatcher.setConfirmationPrompt(&prompt);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"o"_s, u"open"_s)}});
    QCOMPARE(dispatcher.activeCalls().constFirst().state, ToolCallState::AwaitingConfirmation);
    dispatcher.handleCancellation(ToolCallCancellation {{u"o"_s}});
    QCOMPARE(prompt.withdrawn, QList<quint64> {prompt.asked[0].serial});
    // A late answer from the closed dialog does nothing.
    prompt.pending(ConfirmationAnswer::AllowOnce);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(handler->started.isEmpty());
    QCOMPARE(responses.size(), 0);
}

void tst_ToolDispatcherSafety::confirmationTimesOut()
{
    ToolRegistry registry;
    QVERIFY(registry.add(
            spec(u"open"_s, std::make_shared<ScriptedHandler>(), ToolSafety::SideEffects)));
    ScriptedPrompt prompt;
    prompt.answerAtOnce = false;
    ToolDispatcher dispatcher(&registry);
    dispatcher.setConfirmationPrompt(&prompt);
    dispatcher.setConfirmationTimeoutMs(100);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"o"_s, u"open"_s)}});
    QVERIFY(responses.wait(5000));
    QVERIFY(only(responses)
                    .response.value(u"error"_s)
                    .toString()
                    .startsWith("the user did not answer whether 'open' may run"_L1));
    QCOMPARE(prompt.withdrawn.size(), 1);
}

void tst_ToolDispatcherSafety::noPromptRefusesWhatNeedsAsking()
{
    ToolRegistry registry;
    auto handler = std::make_shared<ScriptedHandler>();
    handler->autoFinishMs = 0;
    QVERIFY(registry.add(spec(u"open"_s, handler, ToolSafety::SideEffects)));
    QVERIFY(registry.add(spec(u"clock"_s, handler, ToolSafety::ReadOnly)));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"1"_s, u"open"_s), call(u"2"_s, u"clock"_s)}});
    QTRY_COMPARE(responses.size(), 2);
    QCOMPARE(only(responses, 0).response.value(u"error"_s).toString(),
             u"'open' needs the user's approval and there is no one to ask in this session"_s);
    QCOMPARE(only(responses, 1).response, json(R"({"output":"ok"})"));

    // With a policy that allows it (the CLI's --approve-tools open), it runs without asking.
    auto policy = ConfirmationPolicy::fromApproveToolsOption(u"open");
    QVERIFY(policy);
    dispatcher.setConfirmationPolicy(&*policy);
    dispatcher.handleToolCall(ToolCall {{call(u"3"_s, u"open"_s)}});
    QTRY_COMPARE(responses.size(), 3);
    QCOMPARE(only(responses, 2).response, json(R"({"output":"ok"})"));
}

void tst_ToolDispatcherSafety::secretsAreScrubbed()
{
    const QString key = u"AIzaSyTEST-not-a-real-key-0123456789"_s;
    auto scrubber = std::make_shared<SecretScrubber>();
    scrubber->add(key);
    ToolRegistry registry;
    QJsonObject seenByTool;
    auto handler = std::make_shared<FunctionToolHandler>(
            [key, &seenByTool](const QJsonObject &args, const std::atomic_bool &) {
                seenByTool = args;
                return ToolOutcome::success(QString(u"your key is "_s + key));
            });
    ToolSpec s = spec(u"leak"_s, handler);
    QVERIFY(registry.add(s));
    ToolDispatcher dispatcher(&registry);
    dispatcher.setSecretScrubber(scrubber);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    QSignalSpy updates(&dispatcher, &ToolDispatcher::callUpdated);
    // Arguments are not declared, so these fail validation; use a tool that takes anything.
    registry.remove(u"leak"_s);
    s.declaration.parametersJsonSchema = json(R"({"type":"object"})");
    QVERIFY(registry.add(s));
    dispatcher.handleToolCall(
            ToolCall {{call(u"k"_s, u"leak"_s, QJsonObject {{u"q"_s, QString(u"key="_s + key)}})}});
    QVERIFY(responses.wait(5000));
    const QByteArray wire = encodeClientMessage(ToolResponse {{only(responses)}});
    QVERIFY2(!wire.contains(key.toUtf8()), wire.constData());
    QVERIFY(wire.contains("your key is [redacted]"));
    QCOMPARE(seenByTool.value(u"q"_s).toString(), u"key=[redacted]"_s);
    for (const auto &args : updates) {
        const QByteArray event = QJsonDocument(toolCallEvent(args.at(0).value<ToolCallRecord>()))
                                         .toJson();
        QVERIFY2(!event.contains(key.toUtf8()), event.constData());
    }
}

void tst_ToolDispatcherSafety::oversizedOutputIsTruncatedAndSaysSo()
{
    ToolRegistry registry;
    auto handler = std::make_shared<FunctionToolHandler>(
            [](const QJsonObject &, const std::atomic_bool &) {
                return ToolOutcome::success(QString(100000, u'x'));
            });
    QVERIFY(registry.add(spec(u"big"_s, handler)));
    ToolDispatcher dispatcher(&registry);
    dispatcher.setMaxResponseBytes(4096);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"b"_s, u"big"_s)}});
    QVERIFY(responses.wait(5000));
    const QString output = only(responses).response.value(u"output"_s).toString();
    QVERIFY(output.size() <= 4096);
    QVERIFY2(output.contains("[output truncated: 100000 bytes"_L1), qPrintable(output.right(80)));
}

// What the dispatcher logs while a test runs, to show that no payload reaches the log.
QStringList *g_logLines = nullptr;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_logLines)
        g_logLines->append(message);
}

void tst_ToolDispatcherSafety::oversizedArgumentsAreRefusedUnread_data()
{
    QTest::addColumn<QJsonObject>("arguments");
    QTest::addColumn<QString>("problem"); // empty: the call runs

    constexpr qsizetype kMiB = 1024 * 1024;
    static_assert(ToolDispatcher::kMaxArgumentBytes == kMiB);
    static_assert(ToolDispatcher::kMaxArgumentNestingLevels == 64);
    const QString tooLarge = u"are larger than 1 MiB of JSON"_s;
    const QString tooDeep = u"are nested deeper than 64 levels"_s;
    // {"text":"…"} is the string and 11 bytes of JSON around it.
    const auto text = [](qsizetype length) {
        return QJsonObject {{u"text"_s, QString(length, u'x')}};
    };
    // {"a":{"a":…{}…}}: the arguments object is level 1.
    const auto nested = [](int levels) {
        QJsonObject inner;
        for (int level = levels; level > 1; --level)
            inner = QJsonObject {{u"a"_s, inner}};
        return inner;
    };

    QTest::newRow("a 50 MB string (issue 17)") << text(50 * kMiB) << tooLarge;
    QTest::newRow("exactly 1 MiB of JSON runs") << text(kMiB - 11) << QString();
    QTest::newRow("one byte more is refused") << text(kMiB - 10) << tooLarge;
    // Half a MiB of 'é', two bytes each in UTF-8.
    QTest::newRow("counted in UTF-8, not in characters")
            << QJsonObject {{u"text"_s, QString(kMiB / 2, QChar(0xe9))}} << tooLarge;
    {
        QJsonArray numbers;
        for (int i = 0; i < 300000; ++i)
            numbers.append(123456);
        QTest::newRow("300,000 numbers (2 MB)") << QJsonObject {{u"values"_s, numbers}} << tooLarge;
    }
    {
        QJsonObject many;
        for (int i = 0; i < 1000; ++i)
            many.insert(u"key%1"_s.arg(i, 4, 10, QChar(u'0')), QString(1100, u'x'));
        QTest::newRow("1,000 keys of 1.1 KB each") << many << tooLarge;
    }
    QTest::newRow("64 levels run") << nested(64) << QString();
    QTest::newRow("65 levels are refused") << nested(65) << tooDeep;
    // As deep as Qt's JSON parser goes (it stops at 1024): what a server can actually send.
    const QByteArray deepJson = "{\"a\":" + QByteArray(1000, '[') + QByteArray(1000, ']') + '}';
    QJsonParseError parseError;
    const QJsonObject deep = QJsonDocument::fromJson(deepJson, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QTest::newRow("1,000 levels of arrays") << deep << tooDeep;
}

void tst_ToolDispatcherSafety::oversizedArgumentsAreRefusedUnread()
{
    QFETCH(QJsonObject, arguments);
    QFETCH(QString, problem);

    ToolRegistry registry;
    auto handler = std::make_shared<ScriptedHandler>();
    ToolSpec s = spec(u"store"_s, handler);
    s.declaration.parametersJsonSchema = json(R"({"type":"object"})"); // takes anything
    QVERIFY(registry.add(s));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    QSignalSpy updates(&dispatcher, &ToolDispatcher::callUpdated);

    QStringList logLines;
    g_logLines = &logLines;
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    // The hostile call beside an ordinary one, in one toolCall: the ordinary one still runs.
    const QJsonObject small {{u"text"_s, u"hi"_s}};
    dispatcher.handleToolCall(ToolCall {
            {call(u"big"_s, u"store"_s, arguments), call(u"small"_s, u"store"_s, small)}});
    qInstallMessageHandler(previous);
    g_logLines = nullptr;

    QCOMPARE(ToolDispatcher::argumentLimitProblem(arguments).isEmpty(), problem.isEmpty());
    if (!problem.contains(u"deeper"_s)) { // the count agrees with the real encoding
        const qsizetype encodedBytes = QJsonDocument(arguments).toJson(QJsonDocument::Compact).size();
        QCOMPARE(encodedBytes > ToolDispatcher::kMaxArgumentBytes, !problem.isEmpty());
    }
    if (problem.isEmpty()) {
        QCOMPARE(handler->started.size(), 2);
        QCOMPARE(handler->started.at(0)->call().args, arguments);
        QVERIFY(responses.isEmpty()); // both wait for the handler
        return;
    }

    // Answered at once with the limit, not the payload; nothing ran with it.
    QCOMPARE(responses.size(), 1);
    const FunctionResponse refused = only(responses);
    QCOMPARE(refused.id, u"big"_s);
    QCOMPARE(refused.name, u"store"_s);
    QCOMPARE(refused.response.value(u"error"_s).toString(),
             u"arguments for 'store' "_s + problem
                     + u", more than a tool call may carry; the call was not run"_s);
    QCOMPARE(handler->started.size(), 1);
    QCOMPARE(handler->started.constFirst()->call().id, u"small"_s);
    QCOMPARE(handler->started.constFirst()->call().args, small);

    // What the UI, the events and the history get: the reason, no arguments.
    const ToolCallRecord record = updates.constFirst().at(0).value<ToolCallRecord>();
    QCOMPARE(record.callId, u"big"_s);
    QCOMPARE(record.state, ToolCallState::Failed);
    QVERIFY(record.arguments.isEmpty());
    QVERIFY(record.error.contains(problem));

    // The log names the refusal and stays short.
    QVERIFY2(std::any_of(logLines.cbegin(), logLines.cend(),
                         [&problem](const QString &line) { return line.contains(problem); }),
             qPrintable(logLines.join(u'\n')));
    for (const QString &line : std::as_const(logLines))
        QVERIFY2(line.size() < 500, qPrintable(line.left(200)));
}

QTEST_GUILESS_MAIN(tst_ToolDispatcherSafety)
#include "tst_tooldispatcher_safety.moc"
