// The dispatcher answers every function call with a named response (output or error), runs
// calls in parallel, enforces per-tool timeouts, drops cancelled calls without answering, asks
// for consent where the policy says so, and keeps secrets out of what the model sees.
#include "session/protocol/codec.h"
#include "tools/tooldispatcher.h"

#include <QJsonDocument>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace livedesk::tools;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

FunctionCall call(const QString &id, const QString &name, const QJsonObject &args = {})
{
    return FunctionCall {id, name, args};
}

// An asynchronous handler driven by the test: it records the calls it saw and the cancellations,
// and finishes only when told to (or after `autoFinishMs`).
class ScriptedHandler : public ToolHandler
{
public:
    int autoFinishMs = -1;
    QJsonValue output = u"ok"_s;
    QList<QPointer<ToolInvocation>> started;
    int cancelledCount = 0;

    void start(ToolInvocation *invocation) override
    {
        started.append(invocation);
        QObject::connect(invocation, &ToolInvocation::cancelled, [this] { ++cancelledCount; });
        if (autoFinishMs >= 0) {
            QPointer<ToolInvocation> p(invocation);
            const QJsonValue out = output;
            QTimer::singleShot(autoFinishMs, invocation, [p, out] {
                if (p)
                    p->succeed(out);
            });
        }
    }
};

// A confirmation prompt that answers as the test scripts it, like a dialog would.
class ScriptedPrompt : public ConfirmationPrompt
{
public:
    ConfirmationAnswer answer = ConfirmationAnswer::AllowOnce;
    bool answerAtOnce = true;
    QList<ConfirmationRequest> asked;
    QList<quint64> withdrawn;
    std::function<void(ConfirmationAnswer)> pending;

    void ask(const ConfirmationRequest &request,
             std::function<void(ConfirmationAnswer)> reply) override
    {
        asked.append(request);
        if (answerAtOnce)
            reply(answer);
        else
            pending = std::move(reply);
    }
    void withdraw(quint64 serial) override { withdrawn.append(serial); }
};

ToolSpec spec(const QString &name, std::shared_ptr<ToolHandler> handler,
              ToolSafety safety = ToolSafety::ReadOnly)
{
    ToolSpec s;
    s.declaration.name = name;
    s.declaration.description = u"test tool "_s + name;
    s.handler = std::move(handler);
    s.safety = safety;
    s.source = ToolSource::Application;
    return s;
}

FunctionResponse only(const QSignalSpy &spy, int index = 0)
{
    const auto response = spy.at(index).at(0).value<ToolResponse>();
    if (response.functionResponses.size() != 1)
        qFatal("expected one function response per toolResponse");
    return response.functionResponses.constFirst();
}

QList<ToolCallState> states(const QSignalSpy &spy)
{
    QList<ToolCallState> out;
    for (const auto &args : spy)
        out.append(args.at(0).value<ToolCallRecord>().state);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(livedesk::protocol::ToolResponse)
Q_DECLARE_METATYPE(livedesk::tools::ConfirmationAnswer)

namespace QTest {
template<>
char *toString(const livedesk::tools::ToolCallState &state)
{
    return qstrdup(qPrintable(livedesk::tools::stateName(state)));
}
} // namespace QTest

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
    void confirmation_data();
    void confirmation();
    void confirmationWithdrawnOnCancellation();
    void confirmationTimesOut();
    void noPromptRefusesWhatNeedsAsking();
    void secretsAreScrubbed();
    void oversizedOutputIsTruncatedAndSaysSo();
    void oversizedArgumentsAreRefusedUnread_data();
    void oversizedArgumentsAreRefusedUnread();
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

void tst_ToolDispatcher::confirmation_data()
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

void tst_ToolDispatcher::confirmation()
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

void tst_ToolDispatcher::confirmationWithdrawnOnCancellation()
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

void tst_ToolDispatcher::confirmationTimesOut()
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

void tst_ToolDispatcher::noPromptRefusesWhatNeedsAsking()
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

void tst_ToolDispatcher::secretsAreScrubbed()
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

void tst_ToolDispatcher::oversizedOutputIsTruncatedAndSaysSo()
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

void tst_ToolDispatcher::oversizedArgumentsAreRefusedUnread_data()
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

void tst_ToolDispatcher::oversizedArgumentsAreRefusedUnread()
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
