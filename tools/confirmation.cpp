#include "tools/confirmation.h"

using namespace Qt::StringLiterals;

namespace livedesk::tools {

void ConfirmationPolicy::setDefaultRule(ApprovalRule rule)
{
    m_defaultRule = rule == ApprovalRule::Unspecified ? ApprovalRule::Ask : rule;
}

void ConfirmationPolicy::setRule(const QString &toolName, ApprovalRule rule)
{
    const bool prefix = toolName.endsWith(u'*');
    auto &rules = prefix ? m_prefixRules : m_rules;
    const QString key = prefix ? toolName.chopped(1) : toolName;
    if (rule == ApprovalRule::Unspecified)
        rules.remove(key);
    else
        rules.insert(key, rule);
}

ApprovalRule ConfirmationPolicy::rule(const QString &toolName) const
{
    if (const auto it = m_rules.constFind(toolName); it != m_rules.cend())
        return it.value();
    // The longest matching prefix wins, so "fs__write*" can refine "fs__*".
    qsizetype best = -1;
    ApprovalRule found = ApprovalRule::Unspecified;
    for (auto it = m_prefixRules.cbegin(); it != m_prefixRules.cend(); ++it) {
        if (toolName.startsWith(it.key()) && it.key().size() > best) {
            best = it.key().size();
            found = it.value();
        }
    }
    return found == ApprovalRule::Unspecified ? m_defaultRule : found;
}

ApprovalDecision ConfirmationPolicy::decide(const QString &toolName, ToolSafety safety) const
{
    if (safety == ToolSafety::ReadOnly)
        return ApprovalDecision::Allow;
    switch (rule(toolName)) {
    case ApprovalRule::AllowForSession:
    case ApprovalRule::AllowAlways:
        return ApprovalDecision::Allow;
    case ApprovalRule::Deny:
    case ApprovalRule::DenyForSession:
        return ApprovalDecision::Deny;
    case ApprovalRule::Ask:
    case ApprovalRule::Unspecified:
        break;
    }
    return ApprovalDecision::Ask;
}

void ConfirmationPolicy::applyAnswer(const QString &toolName, ConfirmationAnswer answer)
{
    switch (answer) {
    case ConfirmationAnswer::AllowForSession:
        m_rules.insert(toolName, ApprovalRule::AllowForSession);
        break;
    case ConfirmationAnswer::AllowAlways:
        m_rules.insert(toolName, ApprovalRule::AllowAlways);
        break;
    case ConfirmationAnswer::DenyForSession:
        m_rules.insert(toolName, ApprovalRule::DenyForSession);
        break;
    case ConfirmationAnswer::Unspecified:
    case ConfirmationAnswer::Deny:
    case ConfirmationAnswer::AllowOnce:
        break; // this call only
    }
}

void ConfirmationPolicy::endSession()
{
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        if (it.value() == ApprovalRule::AllowForSession
            || it.value() == ApprovalRule::DenyForSession)
            it = m_rules.erase(it);
        else
            ++it;
    }
}

QStringList ConfirmationPolicy::alwaysAllowedTools() const
{
    QStringList names;
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
        if (it.value() == ApprovalRule::AllowAlways)
            names.append(it.key());
    }
    names.sort();
    return names;
}

void ConfirmationPolicy::setAlwaysAllowedTools(const QStringList &names)
{
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        if (it.value() == ApprovalRule::AllowAlways)
            it = m_rules.erase(it);
        else
            ++it;
    }
    for (const QString &name : names) {
        if (!name.isEmpty())
            m_rules.insert(name, ApprovalRule::AllowAlways);
    }
}

std::optional<ConfirmationPolicy> ConfirmationPolicy::fromApproveToolsOption(QStringView value,
                                                                             QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ConfirmationPolicy> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = value.trimmed().toString();
    ConfirmationPolicy policy;
    if (text.isEmpty())
        return fail(u"--approve-tools needs a value: all, none, or a comma-separated list of "
                    u"tool names"_s);
    if (text == "all"_L1) {
        policy.setDefaultRule(ApprovalRule::AllowForSession);
        return policy;
    }
    if (text == "none"_L1) {
        policy.setDefaultRule(ApprovalRule::Deny);
        return policy;
    }
    policy.setDefaultRule(ApprovalRule::Deny);
    const QStringList names = text.split(u',');
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            return fail(u"--approve-tools: empty tool name in '"_s + text + u'\'');
        for (qsizetype i = 0; i < name.size(); ++i) {
            const QChar c = name.at(i);
            const bool ok = c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'
                            || (c == u'*' && i == name.size() - 1);
            if (!ok)
                return fail(u"--approve-tools: '"_s + name
                            + u"' is not a tool name (letters, digits, _ and -, optionally "
                              u"ending in *)"_s);
        }
        policy.setRule(name, ApprovalRule::AllowForSession);
    }
    return policy;
}

} // namespace livedesk::tools
