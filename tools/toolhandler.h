// What runs a function call: the handler interface every tool implements, the per-call
// invocation object a handler reports through, and the outcome it reports.
//
// Threading: the dispatcher starts handlers on its own thread (the GUI thread in the app) and a
// handler must never block it. Quick work may finish inside start(); slow work goes to a thread
// (FunctionToolHandler does that) or to asynchronous I/O (QProcess, QNetworkAccessManager, MCP).
#pragma once

#include "session/protocol/types.h"

#include <QJsonValue>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace livedesk::tools {

// The result of one call. The dispatcher turns it into the response's {"output": …} or
// {"error": …}, scrubbed of secrets and capped in size.
struct ToolOutcome
{
    enum class Kind { None, Output, Error };

    Kind kind = Kind::None;
    QJsonValue output; // Output: any JSON value
    QString error; // Error: a sentence the model can read
    // Images the model should see (take_screenshot): sent as realtime video frames just before
    // the response, because the protocol's FunctionResponse carries no media here.
    QList<protocol::Blob> frames;

    static ToolOutcome success(QJsonValue output);
    static ToolOutcome failure(QString message);
};

namespace detail {
struct CompletionChannel;
}

// A thread-safe way to report an outcome from any thread, for handlers that hand work to other
// threads. Cheap to copy; valid after the invocation is gone (reports are then dropped).
class ToolCompleter
{
public:
    ToolCompleter() = default;

    void finish(ToolOutcome outcome) const;
    // True once the call was cancelled or timed out: stop, whatever is reported is dropped.
    bool isCancelled() const;
    // The same flag, for functions that poll it (false for a default-constructed completer).
    const std::atomic_bool &cancellationFlag() const;

private:
    friend class ToolInvocation;
    explicit ToolCompleter(std::shared_ptr<detail::CompletionChannel> channel);
    std::shared_ptr<detail::CompletionChannel> m_channel;
};

// One running call, handed to ToolHandler::start(). Lives on the dispatcher's thread and is owned
// by the dispatcher: a handler may use it until it finishes the call or until cancelled() fires,
// and must not keep the pointer past that (use QPointer or a ToolCompleter).
class ToolInvocation : public QObject
{
    Q_OBJECT

public:
    ToolInvocation(protocol::FunctionCall call, quint64 serial, QObject *parent = nullptr);
    ~ToolInvocation() override;

    const protocol::FunctionCall &call() const { return m_call; }
    const QJsonObject &arguments() const { return m_call.args; }
    quint64 serial() const { return m_serial; } // unique per dispatcher
    bool isActive() const;

    // Reports the result on this object's thread; only the first report counts.
    void finish(ToolOutcome outcome);
    void succeed(const QJsonValue &output) { finish(ToolOutcome::success(output)); }
    void fail(const QString &message) { finish(ToolOutcome::failure(message)); }

    ToolCompleter completer() const;

    // Dispatcher side: the call was cancelled or timed out.
    void cancel();

Q_SIGNALS:
    void finished(const livedesk::tools::ToolOutcome &outcome);
    // The handler should stop its work (kill the process, abort the request). Emitted once.
    void cancelled();

private:
    protocol::FunctionCall m_call;
    quint64 m_serial;
    std::shared_ptr<detail::CompletionChannel> m_channel;
};

class ToolHandler
{
public:
    virtual ~ToolHandler() = default;

    // Starts one call on the dispatcher's thread. The handler reports exactly once through
    // invocation->finish(), now or later, and stops when the invocation emits cancelled().
    virtual void start(ToolInvocation *invocation) = 0;
};

// A handler for plain functions: runs them on a thread pool so the dispatcher's thread never
// waits. The function must return promptly once `cancelled` becomes true.
class FunctionToolHandler : public ToolHandler
{
public:
    using Function = std::function<ToolOutcome(const QJsonObject &arguments,
                                               const std::atomic_bool &cancelled)>;

    explicit FunctionToolHandler(Function function, QThreadPool *pool = nullptr); // pool not owned
    void start(ToolInvocation *invocation) override;

private:
    std::shared_ptr<const Function> m_function;
    QThreadPool *m_pool;
};

// Cuts text to at most `maxBytes` of UTF-8 on a character boundary and says so at the end:
// "[output truncated: 1048576 bytes, the first 16384 are shown]". `totalBytes` is the full size
// when `utf8` is only the part that was kept.
QString truncateForModel(const QByteArray &utf8, qsizetype maxBytes, qsizetype totalBytes = -1);
QString truncateForModel(const QString &text, qsizetype maxBytes);

} // namespace livedesk::tools

Q_DECLARE_METATYPE(livedesk::tools::ToolOutcome)
