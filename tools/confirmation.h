// Asking the user before a tool with side effects runs.
//
// ConfirmationPolicy says, per tool, whether a call runs, is refused, or needs asking; it remembers
// "allow for this session" and "always allow" answers. ConfirmationPrompt is how the question
// reaches a person: the GUI implements it with a dialog, the CLI runs with a policy from
// --approve-tools and no prompt (so anything that would ask is refused, with a clear message).
#pragma once

#include "tools/tooltypes.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace livedesk::tools {

enum class ApprovalRule { Unspecified, Ask, AllowForSession, AllowAlways, Deny, DenyForSession };
enum class ApprovalDecision { Unspecified, Allow, Ask, Deny };
enum class ConfirmationAnswer {
    Unspecified, // no answer (the prompt closed): treated as Deny
    Deny,
    DenyForSession,
    AllowOnce,
    AllowForSession,
    AllowAlways,
};

class ConfirmationPolicy
{
public:
    // Tools with side effects that have no rule of their own follow the default: Ask unless set.
    void setDefaultRule(ApprovalRule rule);
    ApprovalRule defaultRule() const { return m_defaultRule; }

    // A tool's own rule; Unspecified removes it. A name ending in '*' covers every tool whose name
    // starts with the rest ("fs__*": every tool of the MCP server fs).
    void setRule(const QString &toolName, ApprovalRule rule);
    ApprovalRule rule(const QString &toolName) const; // its own rule, else the default

    // Read-only tools are always allowed; the rest follow their rule.
    ApprovalDecision decide(const QString &toolName, ToolSafety safety) const;

    // Remembers what an answer implies for later calls of the same tool.
    void applyAnswer(const QString &toolName, ConfirmationAnswer answer);

    // A new session starts: session-scoped answers are forgotten, "always" ones stay.
    void endSession();

    // For the app's settings: the tools the user allowed for good.
    QStringList alwaysAllowedTools() const;
    void setAlwaysAllowedTools(const QStringList &names);

    // From the CLI's --approve-tools: "all" allows everything for the session, "none" refuses
    // everything with side effects, "NAME,NAME,…" allows those (prefix* patterns too) and
    // refuses the rest. Returns nullopt with a message for an empty or malformed value.
    static std::optional<ConfirmationPolicy> fromApproveToolsOption(QStringView value,
                                                                    QString *error = nullptr);

private:
    ApprovalRule m_defaultRule = ApprovalRule::Ask;
    QHash<QString, ApprovalRule> m_rules;
    QHash<QString, ApprovalRule> m_prefixRules; // key without the trailing '*'
};

// One question for the user. Arguments are already scrubbed of secrets.
struct ConfirmationRequest
{
    quint64 serial = 0;
    QString callId;
    QString toolName;
    QString description;
    QJsonObject arguments;
    ToolSource source = ToolSource::Unspecified;
    QString origin;
};

class ConfirmationPrompt
{
public:
    virtual ~ConfirmationPrompt() = default;

    // Asks whether the call may run. `answer` is called at most once, on the dispatcher's thread,
    // now or later; after withdraw() it does nothing.
    virtual void ask(const ConfirmationRequest &request,
                     std::function<void(ConfirmationAnswer)> answer)
            = 0;

    // The call was cancelled or timed out while the question was open: close it.
    virtual void withdraw(quint64 serial) = 0;
};

} // namespace livedesk::tools
