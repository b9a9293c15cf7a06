// The GUI's tools::ConfirmationPrompt: questions from the tool dispatcher wait in a queue and
// the confirmation dialog shows the first one (tool, what it does, its arguments) with four
// answers: allow once, allow for this session, always allow, deny. A question the dispatcher
// withdraws (the model cancelled the call, or it timed out) leaves the queue at once.
#pragma once

#include "tools/confirmation.h"

#include <QObject>

#include <deque>

namespace livedesk::app {

class ToolConfirmation : public QObject, public tools::ConfirmationPrompt
{
    Q_OBJECT
    Q_PROPERTY(bool pending READ isPending NOTIFY currentChanged)
    Q_PROPERTY(int queued READ queuedCount NOTIFY currentChanged)
    Q_PROPERTY(QString toolName READ toolName NOTIFY currentChanged)
    Q_PROPERTY(QString description READ description NOTIFY currentChanged)
    Q_PROPERTY(QString argumentsText READ argumentsText NOTIFY currentChanged)
    Q_PROPERTY(QString origin READ origin NOTIFY currentChanged)

public:
    enum class Answer { None, AllowOnce, AllowForSession, AllowAlways, Deny };
    Q_ENUM(Answer)

    explicit ToolConfirmation(QObject *parent = nullptr);
    ~ToolConfirmation() override; // open questions are answered "no answer" (denied)

    void ask(const tools::ConfirmationRequest &request,
             std::function<void(tools::ConfirmationAnswer)> answer) override;
    void withdraw(quint64 serial) override;

    bool isPending() const { return !m_queue.empty(); }
    int queuedCount() const { return int(m_queue.size()); }
    QString toolName() const;
    QString description() const;
    QString argumentsText() const;
    QString origin() const;

    // Answers the question shown (the first in the queue).
    Q_INVOKABLE void answer(livedesk::app::ToolConfirmation::Answer answer);
    // Denies every open question (the session ended).
    void denyAll();

Q_SIGNALS:
    void currentChanged();
    void answered(const QString &toolName, livedesk::app::ToolConfirmation::Answer answer);

private:
    struct Question
    {
        tools::ConfirmationRequest request;
        std::function<void(tools::ConfirmationAnswer)> reply;
    };
    std::deque<Question> m_queue;
};

} // namespace livedesk::app
