// Shared by the dispatcher's tests (tst_tooldispatcher: answers, parallel calls, timeouts and
// cancellation; tst_tooldispatcher_safety: consent, secrets and size limits): tools driven by the
// test, a scripted confirmation prompt, and readers of what the dispatcher answered.
#pragma once

#include "session/protocol/codec.h"
#include "tools/tooldispatcher.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

namespace livedesk::testing {

using namespace livedesk::tools;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

inline FunctionCall call(const QString &id, const QString &name, const QJsonObject &args = {})
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

inline ToolSpec spec(const QString &name, std::shared_ptr<ToolHandler> handler,
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

inline FunctionResponse only(const QSignalSpy &spy, int index = 0)
{
    const auto response = spy.at(index).at(0).value<ToolResponse>();
    if (response.functionResponses.size() != 1)
        qFatal("expected one function response per toolResponse");
    return response.functionResponses.constFirst();
}

inline QList<ToolCallState> states(const QSignalSpy &spy)
{
    QList<ToolCallState> out;
    for (const auto &args : spy)
        out.append(args.at(0).value<ToolCallRecord>().state);
    return out;
}

} // namespace livedesk::testing

Q_DECLARE_METATYPE(livedesk::protocol::ToolResponse)
Q_DECLARE_METATYPE(livedesk::tools::ConfirmationAnswer)

namespace QTest {
template<>
inline char *toString(const livedesk::tools::ToolCallState &state)
{
    return qstrdup(qPrintable(livedesk::tools::stateName(state)));
}
} // namespace QTest
