#include "tools/toolhandler.h"

#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace livedesk::tools {

namespace detail {

// Shared between an invocation and the completers handed to other threads. The mutex keeps the
// invocation alive while a report is being posted to it.
struct CompletionChannel
{
    QMutex mutex;
    ToolInvocation *invocation = nullptr; // guarded by mutex; cleared when it is destroyed
    std::atomic_bool cancelled {false};
};

} // namespace detail

ToolOutcome ToolOutcome::success(QJsonValue output)
{
    ToolOutcome outcome;
    outcome.kind = Kind::Output;
    outcome.output = std::move(output);
    return outcome;
}

ToolOutcome ToolOutcome::failure(QString message)
{
    ToolOutcome outcome;
    outcome.kind = Kind::Error;
    outcome.error = std::move(message);
    return outcome;
}

ToolCompleter::ToolCompleter(std::shared_ptr<detail::CompletionChannel> channel)
    : m_channel(std::move(channel))
{ }

void ToolCompleter::finish(ToolOutcome outcome) const
{
    if (!m_channel || m_channel->cancelled)
        return;
    QMutexLocker lock(&m_channel->mutex);
    ToolInvocation *invocation = m_channel->invocation;
    if (!invocation)
        return;
    // Queued even on the invocation's own thread, so a report never re-enters the dispatcher.
    // If the invocation is destroyed before delivery, Qt discards the event.
    QMetaObject::invokeMethod(
            invocation,
            [invocation, outcome = std::move(outcome)]() mutable {
                invocation->finish(std::move(outcome));
            },
            Qt::QueuedConnection);
}

bool ToolCompleter::isCancelled() const
{
    return !m_channel || m_channel->cancelled;
}

const std::atomic_bool &ToolCompleter::cancellationFlag() const
{
    static const std::atomic_bool alwaysCancelled {true};
    return m_channel ? m_channel->cancelled : alwaysCancelled;
}

ToolInvocation::ToolInvocation(protocol::FunctionCall call, quint64 serial, QObject *parent)
    : QObject(parent)
    , m_call(std::move(call))
    , m_serial(serial)
    , m_channel(std::make_shared<detail::CompletionChannel>())
{
    m_channel->invocation = this;
}

ToolInvocation::~ToolInvocation()
{
    m_channel->cancelled = true;
    QMutexLocker lock(&m_channel->mutex);
    m_channel->invocation = nullptr;
}

bool ToolInvocation::isActive() const
{
    return !m_channel->cancelled && m_channel->invocation == this;
}

void ToolInvocation::finish(ToolOutcome outcome)
{
    if (!isActive())
        return;
    {
        QMutexLocker lock(&m_channel->mutex);
        m_channel->invocation = nullptr; // later reports from other threads are dropped
    }
    Q_EMIT finished(outcome);
}

ToolCompleter ToolInvocation::completer() const
{
    return ToolCompleter(m_channel);
}

void ToolInvocation::cancel()
{
    if (!isActive())
        return;
    m_channel->cancelled = true;
    {
        QMutexLocker lock(&m_channel->mutex);
        m_channel->invocation = nullptr;
    }
    Q_EMIT cancelled();
}

FunctionToolHandler::FunctionToolHandler(Function function, QThreadPool *pool)
    : m_function(std::make_shared<const Function>(std::move(function)))
    , m_pool(pool ? pool : QThreadPool::globalInstance())
{ }

void FunctionToolHandler::start(ToolInvocation *invocation)
{
    m_pool->start([function = m_function, completer = invocation->completer(),
                   arguments = invocation->arguments()]() {
        if (completer.isCancelled())
            return;
        completer.finish((*function)(arguments, completer.cancellationFlag()));
    });
}

QString truncateForModel(const QByteArray &utf8, qsizetype maxBytes, qsizetype totalBytes)
{
    const qsizetype total = qMax(totalBytes, utf8.size());
    if (maxBytes <= 0 || total <= maxBytes)
        return QString::fromUtf8(utf8);
    if (utf8.size() <= maxBytes)
        return QString::fromUtf8(utf8) + u"\n[output truncated: "_s + QString::number(total)
               + u" bytes, the first "_s + QString::number(utf8.size()) + u" are shown]"_s;
    qsizetype cut = maxBytes;
    // Back up to the start of a UTF-8 sequence so no character is split.
    while (cut > 0 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(utf8.left(cut)) + u"\n[output truncated: "_s + QString::number(total)
           + u" bytes, the first "_s + QString::number(cut) + u" are shown]"_s;
}

QString truncateForModel(const QString &text, qsizetype maxBytes)
{
    if (maxBytes <= 0 || text.size() * 3 <= maxBytes) // cheap: cannot exceed the limit
        return text;
    return truncateForModel(text.toUtf8(), maxBytes);
}

} // namespace livedesk::tools
