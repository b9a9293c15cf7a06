// The dispatcher answers every function call with a named response (output or error), runs
// calls in parallel, enforces per-tool timeouts, drops cancelled calls without answering and
// reports each call's state. Consent, secrets and size limits: tst_tooldispatcher_safety.
#include "tooldispatchertesting.h"

#include <QSemaphore>
#include <QThreadPool>

using namespace livedesk::testing;

class tst_ToolDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answersWithIdNameAndOutput();
    void unknownFunctionGetsNamedError();
    void invalidArgumentsGetReadableError_data();
    void invalidArgumentsGetReadableError();
    void switchedOffToolIsRefused();
    void blockingFunctionsRunInParallel();
    void asynchronousCallsRunSideBySide();
    void perToolTimeoutGivesErrorAndStopsHandler();
    void cancellationMidRunDropsResult();
    void cancellationOfPoolFunctionDropsLateResult();
    void userCancelTellsModel();
    void nonBlockingSchedulingOnlyWhenSupported_data();
    void nonBlockingSchedulingOnlyWhenSupported();
    void eventsCarryStateAndDuration();
};

void tst_ToolDispatcher::initTestCase()
{
    qRegisterMetaType<ToolResponse>();
    qRegisterMetaType<ToolCallRecord>();
}

void tst_ToolDispatcher::answersWithIdNameAndOutput()
{
    ToolRegistry registry;
    auto handler = std::make_shared<FunctionToolHandler>(
            [](const QJsonObject &args, const std::atomic_bool &) {
                return ToolOutcome::success(QJsonObject {{u"echo"_s, args.value(u"text"_s)}});
            });
    ToolSpec s = spec(u"echo"_s, handler);
    s.declaration.parameters = json(
            R"({"type":"OBJECT","properties":{"text":{"type":"STRING"}},"required":["text"]})");
    QVERIFY(registry.add(s));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);

    dispatcher.handleToolCall(ToolCall {{call(u"fc-1"_s, u"echo"_s, json(R"({"text":"hi"})"))}});
    QVERIFY(responses.wait(5000));
    const FunctionResponse r = only(responses);
    QCOMPARE(r.id, u"fc-1"_s);
    QCOMPARE(r.name, u"echo"_s);
    QCOMPARE(r.response, json(R"({"output":{"echo":"hi"}})"));
    QCOMPARE(r.scheduling, Scheduling::Unspecified);
    QCOMPARE(dispatcher.activeCallCount(), 0);

    // On the wire: the exact shape live-protocol.md §2.4 gives.
    const QByteArray wire = encodeClientMessage(ToolResponse {{r}});
    QCOMPARE(QJsonDocument::fromJson(wire).object(),
             json(R"({"toolResponse":{"functionResponses":[{"id":"fc-1","name":"echo","response":{"output":{"echo":"hi"}}}]}})"));
}

void tst_ToolDispatcher::unknownFunctionGetsNamedError()
{
    ToolRegistry registry;
    QVERIFY(registry.add(spec(u"known"_s, std::make_shared<ScriptedHandler>())));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    QSignalSpy updates(&dispatcher, &ToolDispatcher::callUpdated);

    dispatcher.handleToolCall(ToolCall {{call(u"fc-9"_s, u"foo"_s)}});
    QCOMPARE(responses.size(), 1); // at once: nothing to wait for
    const FunctionResponse r = only(responses);
    QCOMPARE(r.id, u"fc-9"_s);
    QCOMPARE(r.name, u"foo"_s);
    QCOMPARE(r.response.value(u"error"_s).toString(),
             u"unknown function 'foo' (available: known)"_s);
    QCOMPARE(states(updates), QList<ToolCallState> {ToolCallState::Failed});
}

void tst_ToolDispatcher::invalidArgumentsGetReadableError_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("required argument missing")
            << "{}"
            << "invalid arguments for 'weather': argument 'city' is required";
    QTest::newRow("wrong type")
            << R"({"city":5})"
            << "invalid arguments for 'weather': argument 'city' must be a string, got 5";
    QTest::newRow("two problems are both named")
            << R"({"days":0})"
            << "invalid arguments for 'weather': argument 'city' is required; argument 'days' must "
               "be at least 1, got 0";
}

void tst_ToolDispatcher::invalidArgumentsGetReadableError()
{
    QFETCH(QString, arguments);
    QFETCH(QString, error);
    ToolRegistry registry;
    auto handler = std::make_shared<ScriptedHandler>();
    ToolSpec s = spec(u"weather"_s, handler);
    s.declaration.parameters = json(
            R"({"type":"OBJECT","properties":{"city":{"type":"STRING"},"days":{"type":"INTEGER","minimum":1}},"required":["city"]})");
    QVERIFY(registry.add(s));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(
            ToolCall {{call(u"a"_s, u"weather"_s, json(arguments.toUtf8().constData()))}});
    QCOMPARE(responses.size(), 1);
    QCOMPARE(only(responses).response.value(u"error"_s).toString(), error);
    QVERIFY2(handler->started.isEmpty(), "the handler ran with invalid arguments");
}

void tst_ToolDispatcher::switchedOffToolIsRefused()
{
    ToolRegistry registry;
    auto handler = std::make_shared<ScriptedHandler>();
    QVERIFY(registry.add(spec(u"t"_s, handler)));
    QVERIFY(registry.setEnabled(u"t"_s, false));
    QVERIFY(registry.setupTools().isEmpty());
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"a"_s, u"t"_s)}});
    QCOMPARE(only(responses).response.value(u"error"_s).toString(),
             u"function 't' is switched off"_s);
    QVERIFY(handler->started.isEmpty());
}

void tst_ToolDispatcher::blockingFunctionsRunInParallel()
{
    // Each function waits until the other has started too: run one after the other, both would
    // give up and report it.
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    auto rendezvous = std::make_shared<QSemaphore>(0);
    auto fn = [rendezvous](const QJsonObject &, const std::atomic_bool &) {
        rendezvous->release(1);
        if (!rendezvous->tryAcquire(2, 5000)) {
            rendezvous->release(1);
            return ToolOutcome::failure(u"ran alone"_s);
        }
        rendezvous->release(2);
        return ToolOutcome::success(u"met"_s);
    };
    ToolRegistry registry;
    QVERIFY(registry.add(spec(u"a"_s, std::make_shared<FunctionToolHandler>(fn, &pool))));
    QVERIFY(registry.add(spec(u"b"_s, std::make_shared<FunctionToolHandler>(fn, &pool))));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"1"_s, u"a"_s), call(u"2"_s, u"b"_s)}});
    QTRY_COMPARE_WITH_TIMEOUT(responses.size(), 2, 10000);
    QSet<QString> ids;
    for (int i = 0; i < 2; ++i) {
        const FunctionResponse r = only(responses, i);
        QCOMPARE(r.response, json(R"({"output":"met"})"));
        ids.insert(r.id);
    }
    QCOMPARE(ids, (QSet<QString> {u"1"_s, u"2"_s}));
}

void tst_ToolDispatcher::asynchronousCallsRunSideBySide()
{
    ToolRegistry registry;
    auto slow = std::make_shared<ScriptedHandler>();
    auto fast = std::make_shared<ScriptedHandler>();
    fast->autoFinishMs = 10;
    QVERIFY(registry.add(spec(u"slow"_s, slow)));
    QVERIFY(registry.add(spec(u"fast"_s, fast)));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"s"_s, u"slow"_s), call(u"f"_s, u"fast"_s)}});
    QCOMPARE(dispatcher.activeCallCount(), 2);
    // The fast call is answered while the slow one still runs.
    QVERIFY(responses.wait(5000));
    QCOMPARE(only(responses).id, u"f"_s);
    QCOMPARE(dispatcher.activeCallCount(), 1);
    QVERIFY(slow->started.constFirst());
    slow->started.constFirst()->succeed(u"done"_s);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(only(responses, 1).id, u"s"_s);
}

void tst_ToolDispatcher::perToolTimeoutGivesErrorAndStopsHandler()
{
    ToolRegistry registry;
    auto hang = std::make_shared<ScriptedHandler>();
    ToolSpec s = spec(u"hang"_s, hang);
    s.timeoutMs = 150;
    QVERIFY(registry.add(s));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"h"_s, u"hang"_s)}});
    QVERIFY(responses.wait(5000));
    const FunctionResponse r = only(responses);
    QCOMPARE(r.id, u"h"_s);
    QCOMPARE(r.name, u"hang"_s);
    QCOMPARE(r.response.value(u"error"_s).toString(),
             u"'hang' did not finish within 150 ms and was stopped"_s);
    QCOMPARE(hang->cancelledCount, 1);
    // A result that arrives after the timeout is dropped.
    if (hang->started.constFirst())
        hang->started.constFirst()->succeed(u"late"_s);
    // Whatever the late result queued runs now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(responses.size(), 1);
}

void tst_ToolDispatcher::cancellationMidRunDropsResult()
{
    ToolRegistry registry;
    auto handler = std::make_shared<ScriptedHandler>();
    handler->autoFinishMs = 300;
    QVERIFY(registry.add(spec(u"t"_s, handler)));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    QSignalSpy updates(&dispatcher, &ToolDispatcher::callUpdated);
    dispatcher.handleToolCall(ToolCall {{call(u"c1"_s, u"t"_s), call(u"c2"_s, u"t"_s)}});
    dispatcher.handleCancellation(ToolCallCancellation {{u"c1"_s}});
    QCOMPARE(handler->cancelledCount, 1);
    QVERIFY(responses.wait(5000));
    // c1's 300 ms finish was due no later than c2's (started first), and c2 is answered: whatever
    // c1's late result queued runs now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    // Only the call that was not cancelled is answered.
    QCOMPARE(responses.size(), 1);
    QCOMPARE(only(responses).id, u"c2"_s);
    QVERIFY(states(updates).contains(ToolCallState::Cancelled));
}

void tst_ToolDispatcher::cancellationOfPoolFunctionDropsLateResult()
{
    QThreadPool pool;
    auto started = std::make_shared<QSemaphore>(0);
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    auto fn = [started, sawCancel](const QJsonObject &, const std::atomic_bool &cancelled) {
        started->release();
        for (int i = 0; i < 500 && !cancelled; ++i)
            QThread::msleep(10);
        *sawCancel = bool(cancelled);
        return ToolOutcome::success(u"too late"_s);
    };
    ToolRegistry registry;
    QVERIFY(registry.add(spec(u"busy"_s, std::make_shared<FunctionToolHandler>(fn, &pool))));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"x"_s, u"busy"_s)}});
    QVERIFY(started->tryAcquire(1, 5000));
    dispatcher.handleCancellation(ToolCallCancellation {{u"x"_s}});
    QVERIFY(pool.waitForDone(5000));
    QVERIFY(*sawCancel);
    // The function has returned: whatever it handed back to this thread runs now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(responses.size(), 0);
}

void tst_ToolDispatcher::userCancelTellsModel()
{
    ToolRegistry registry;
    auto handler = std::make_shared<ScriptedHandler>();
    QVERIFY(registry.add(spec(u"t"_s, handler)));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"u"_s, u"t"_s)}});
    const quint64 serial = dispatcher.activeCalls().constFirst().serial;
    dispatcher.cancelByUser(serial);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(only(responses).response.value(u"error"_s).toString(), u"the user cancelled 't'"_s);
    QCOMPARE(handler->cancelledCount, 1);
}

void tst_ToolDispatcher::nonBlockingSchedulingOnlyWhenSupported_data()
{
    QTest::addColumn<bool>("supported");
    QTest::newRow("model with asynchronous functions") << true;
    QTest::newRow("model without asynchronous functions") << false;
}

void tst_ToolDispatcher::nonBlockingSchedulingOnlyWhenSupported()
{
    QFETCH(bool, supported);
    ToolRegistry registry;
    registry.setCapabilities(
            ToolCapabilities {.nonBlockingFunctions = supported, .googleSearch = true});
    auto handler = std::make_shared<ScriptedHandler>();
    handler->autoFinishMs = 0;
    ToolSpec s = spec(u"lookup"_s, handler);
    s.declaration.behavior = Behavior::NonBlocking;
    s.scheduling = Scheduling::Silent;
    QVERIFY(registry.add(s));
    QVERIFY(registry.add(spec(u"plain"_s, handler)));

    const QList<Tool> tools = registry.setupTools();
    QCOMPARE(tools.size(), 1);
    const QJsonObject declared = functionDeclarationToJson(tools[0].functionDeclarations[0]);
    QCOMPARE(declared.contains(u"behavior"_s), supported);
    if (supported)
        QCOMPARE(declared.value(u"behavior"_s).toString(), u"NON_BLOCKING"_s);

    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    dispatcher.handleToolCall(ToolCall {{call(u"n"_s, u"lookup"_s), call(u"p"_s, u"plain"_s)}});
    QTRY_COMPARE(responses.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const FunctionResponse r = only(responses, i);
        const QJsonObject wire = QJsonDocument::fromJson(encodeClientMessage(ToolResponse {{r}}))
                                         .object()[u"toolResponse"_s][u"functionResponses"_s][0]
                                         .toObject();
        if (r.id == "n"_L1 && supported)
            QCOMPARE(wire.value(u"scheduling"_s).toString(), u"SILENT"_s);
        else
            QVERIFY2(!wire.contains(u"scheduling"_s), qPrintable(r.id));
    }
}

void tst_ToolDispatcher::eventsCarryStateAndDuration()
{
    ToolRegistry registry;
    auto handler = std::make_shared<ScriptedHandler>();
    handler->autoFinishMs = 30;
    QVERIFY(registry.add(spec(u"t"_s, handler)));
    ToolDispatcher dispatcher(&registry);
    QSignalSpy responses(&dispatcher, &ToolDispatcher::responseReady);
    QSignalSpy updates(&dispatcher, &ToolDispatcher::callUpdated);
    dispatcher.handleToolCall(ToolCall {{call(u"e"_s, u"t"_s)}});
    QVERIFY(responses.wait(5000));
    QCOMPARE(states(updates), (QList<ToolCallState> {ToolCallState::Running, ToolCallState::Done}));
    const QJsonObject started = toolCallEvent(updates.at(0).at(0).value<ToolCallRecord>());
    const QJsonObject finished = toolCallEvent(updates.at(1).at(0).value<ToolCallRecord>());
    QCOMPARE(started.value(u"event"_s).toString(), u"tool_call_started"_s);
    QVERIFY(!started.contains(u"durationMs"_s));
    QCOMPARE(finished.value(u"event"_s).toString(), u"tool_call_finished"_s);
    QCOMPARE(finished.value(u"id"_s).toString(), u"e"_s);
    QVERIFY(finished.value(u"durationMs"_s).toInteger() >= 25);
    QCOMPARE(finished.value(u"outputPreview"_s).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(tst_ToolDispatcher)
#include "tst_tooldispatcher.moc"
