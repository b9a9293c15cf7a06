// Runs the model's function calls: validates arguments, asks for consent, starts the handler
// with a per-tool timeout, and answers with a toolResponse whose entries always carry the call's
// id and name and either {"output": …} or {"error": …}.
//
// Parallel calls run side by side and each is answered as soon as it ends (the protocol allows
// one toolResponse per call). A toolCallCancellation stops the named calls and nothing is sent
// for them. Bad calls (unknown function, invalid arguments, refused, timed out, failed) get an
// error the model can read, so the session always goes on.
//
// Lives on the thread that owns the session (the GUI thread in the app); handlers never block
// it (see toolhandler.h).
#pragma once

#include "session/protocol/clientmessages.h"
#include "session/protocol/servermessages.h"
#include "tools/confirmation.h"
#include "tools/secrets.h"
#include "tools/toolregistry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>

class QTimer;

namespace livedesk::tools {

class ToolDispatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultConfirmationTimeoutMs = 120000;
    static constexpr qsizetype kDefaultMaxResponseBytes = 256 * 1024;
    // A function call's arguments beyond either limit are refused unread (docs/limits.md): the
    // model's real calls carry a few hundred bytes a few levels deep, and a server that sends
    // 50 MB or a thousand levels must not have them copied, validated, logged or shown.
    static constexpr qsizetype kMaxArgumentBytes = 1024 * 1024; // as compact JSON (UTF-8)
    static constexpr int kMaxArgumentNestingLevels = 64; // the arguments object is level 1

    explicit ToolDispatcher(ToolRegistry *registry, QObject *parent = nullptr); // not owned
    ~ToolDispatcher() override; // stops every call; nothing more is sent

    // Not owned; null uses a built-in policy that asks for every tool with side effects.
    void setConfirmationPolicy(ConfirmationPolicy *policy);
    ConfirmationPolicy *confirmationPolicy() const { return m_policy; }
    // Not owned; null means no one can be asked, so calls that need asking are refused.
    void setConfirmationPrompt(ConfirmationPrompt *prompt);
    void setSecretScrubber(std::shared_ptr<const SecretScrubber> scrubber);
    void setConfirmationTimeoutMs(int timeoutMs);
    // Outputs larger than this (as JSON) are cut down to text with a note saying so.
    void setMaxResponseBytes(qsizetype maxBytes);

    // Why `arguments` are over the limits above ("larger than 1 MiB of JSON"), or an empty string.
    // Stops counting at the limit, so an absurd payload costs no more than a fitting one.
    static QString argumentLimitProblem(const QJsonObject &arguments);

    QList<ToolCallRecord> activeCalls() const; // awaiting confirmation or running
    int activeCallCount() const { return int(m_calls.size()); }

public Q_SLOTS:
    void handleToolCall(const livedesk::protocol::ToolCall &toolCall);
    // The server withdrew these calls: they stop and nothing is sent for them.
    void handleCancellation(const livedesk::protocol::ToolCallCancellation &cancellation);
    // The user stopped a call from the UI: it stops and the model is told so.
    void cancelByUser(quint64 serial);
    // The session is over: every call stops and nothing is sent.
    void abandonAll();

Q_SIGNALS:
    void responseReady(const livedesk::protocol::ToolResponse &response);
    // An image for the model (take_screenshot); emitted just before that call's response.
    void frameReady(const QString &callId, const livedesk::protocol::Blob &frame);
    void callUpdated(const livedesk::tools::ToolCallRecord &record);

private:
    struct ActiveCall
    {
        ToolCallRecord record;
        ToolSpec spec;
        QElapsedTimer clock;
        QPointer<ToolInvocation> invocation; // owned by the dispatcher (child)
        QPointer<QTimer> timer; // child; confirmation deadline, then run deadline
    };

    void dispatch(const protocol::FunctionCall &call);
    void reject(ToolCallRecord record, const QString &error,
                protocol::Scheduling scheduling = protocol::Scheduling::Unspecified);
    void askForConfirmation(quint64 serial);
    void onConfirmationAnswer(quint64 serial, ConfirmationAnswer answer);
    void startRunning(quint64 serial);
    void onFinished(quint64 serial, const ToolOutcome &outcome);
    void onTimeout(quint64 serial);
    void stopCall(quint64 serial, ToolCallState finalState, const QString &errorForModel);
    void emitUpdate(const ToolCallRecord &record);
    static void release(ActiveCall &call);
    QJsonValue limitOutput(const QJsonValue &output) const;

    ToolRegistry *m_registry; // not owned
    ConfirmationPolicy m_ownPolicy;
    ConfirmationPolicy *m_policy = &m_ownPolicy; // not owned unless it is m_ownPolicy
    ConfirmationPrompt *m_prompt = nullptr; // not owned
    std::shared_ptr<const SecretScrubber> m_scrubber;
    int m_confirmationTimeoutMs = kDefaultConfirmationTimeoutMs;
    qsizetype m_maxResponseBytes = kDefaultMaxResponseBytes;
    quint64 m_nextSerial = 1;
    std::map<quint64, ActiveCall> m_calls;
};

} // namespace livedesk::tools
