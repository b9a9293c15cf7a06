#include "app/gui/toolconfirmation.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace livedesk::app {

ToolConfirmation::ToolConfirmation(QObject *parent)
    : QObject(parent)
{ }

ToolConfirmation::~ToolConfirmation()
{
    // The dispatcher may already be gone; its callbacks hold only a QPointer to it.
    for (Question &q : m_queue)
        q.reply(tools::ConfirmationAnswer::Unspecified);
}

void ToolConfirmation::ask(const tools::ConfirmationRequest &request,
                           std::function<void(tools::ConfirmationAnswer)> answer)
{
    m_queue.push_back({request, std::move(answer)});
    Q_EMIT currentChanged();
}

void ToolConfirmation::withdraw(quint64 serial)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(), [serial](const Question &q) {
        return q.request.serial == serial;
    });
    if (it == m_queue.end())
        return;
    m_queue.erase(it);
    Q_EMIT currentChanged();
}

QString ToolConfirmation::toolName() const
{
    return m_queue.empty() ? QString() : m_queue.front().request.toolName;
}

QString ToolConfirmation::description() const
{
    return m_queue.empty() ? QString() : m_queue.front().request.description;
}

QString ToolConfirmation::argumentsText() const
{
    if (m_queue.empty() || m_queue.front().request.arguments.isEmpty())
        return {};
    return QString::fromUtf8(
                   QJsonDocument(m_queue.front().request.arguments).toJson(QJsonDocument::Indented))
            .trimmed();
}

QString ToolConfirmation::origin() const
{
    if (m_queue.empty())
        return {};
    const tools::ConfirmationRequest &r = m_queue.front().request;
    switch (r.source) {
    case tools::ToolSource::BuiltIn:
        return tr("Built into LiveDesk");
    case tools::ToolSource::UserDefined:
        return tr("Your tools file: %1").arg(r.origin);
    case tools::ToolSource::Mcp:
        return tr("MCP server “%1”").arg(r.origin);
    case tools::ToolSource::Application:
    case tools::ToolSource::Unspecified:
        break;
    }
    return r.origin;
}

void ToolConfirmation::answer(Answer answer)
{
    if (m_queue.empty())
        return;
    Question q = std::move(m_queue.front());
    m_queue.pop_front();
    tools::ConfirmationAnswer reply = tools::ConfirmationAnswer::Deny;
    switch (answer) {
    case Answer::AllowOnce:
        reply = tools::ConfirmationAnswer::AllowOnce;
        break;
    case Answer::AllowForSession:
        reply = tools::ConfirmationAnswer::AllowForSession;
        break;
    case Answer::AllowAlways:
        reply = tools::ConfirmationAnswer::AllowAlways;
        break;
    case Answer::Deny:
    case Answer::None:
        break;
    }
    Q_EMIT currentChanged();
    // The reply may ask again at once (a queued call of the same tool): the queue is consistent
    // before it runs.
    q.reply(reply);
    Q_EMIT answered(q.request.toolName, answer);
}

void ToolConfirmation::denyAll()
{
    std::deque<Question> open;
    open.swap(m_queue);
    if (!open.empty())
        Q_EMIT currentChanged();
    for (Question &q : open)
        q.reply(tools::ConfirmationAnswer::Deny);
}

} // namespace livedesk::app
