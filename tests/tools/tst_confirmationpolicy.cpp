// The consent policy: read-only tools always run; the rest ask unless allowed for this session
// or always, per tool; session answers end with the session; --approve-tools sets the policy of
// a session that cannot ask.
#include "tools/confirmation.h"

#include <QTest>

using namespace livedesk::tools;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(livedesk::tools::ApprovalDecision)
Q_DECLARE_METATYPE(livedesk::tools::ConfirmationAnswer)

class tst_ConfirmationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void answers_data();
    void answers();
    void sessionEnds();
    void alwaysIsPersisted();
    void prefixRules();
    void approveToolsOption_data();
    void approveToolsOption();
};

void tst_ConfirmationPolicy::defaults()
{
    ConfirmationPolicy policy;
    QCOMPARE(policy.decide(u"get_current_time"_s, ToolSafety::ReadOnly), ApprovalDecision::Allow);
    QCOMPARE(policy.decide(u"open_url"_s, ToolSafety::SideEffects), ApprovalDecision::Ask);
    // A tool nobody classified is treated as having side effects.
    QCOMPARE(policy.decide(u"mystery"_s, ToolSafety::Unspecified), ApprovalDecision::Ask);
}

void tst_ConfirmationPolicy::answers_data()
{
    QTest::addColumn<ConfirmationAnswer>("answer");
    QTest::addColumn<ApprovalDecision>("next");
    QTest::newRow("allow once: ask again")
            << ConfirmationAnswer::AllowOnce << ApprovalDecision::Ask;
    QTest::newRow("allow for the session")
            << ConfirmationAnswer::AllowForSession << ApprovalDecision::Allow;
    QTest::newRow("allow always") << ConfirmationAnswer::AllowAlways << ApprovalDecision::Allow;
    QTest::newRow("deny once: ask again") << ConfirmationAnswer::Deny << ApprovalDecision::Ask;
    QTest::newRow("deny for the session")
            << ConfirmationAnswer::DenyForSession << ApprovalDecision::Deny;
    QTest::newRow("dialog closed without an answer: ask again")
            << ConfirmationAnswer::Unspecified << ApprovalDecision::Ask;
}

void tst_ConfirmationPolicy::answers()
{
    QFETCH(ConfirmationAnswer, answer);
    QFETCH(ApprovalDecision, next);
    ConfirmationPolicy policy;
    policy.applyAnswer(u"write_clipboard"_s, answer);
    QCOMPARE(policy.decide(u"write_clipboard"_s, ToolSafety::SideEffects), next);
    // Per tool: another tool still asks.
    QCOMPARE(policy.decide(u"read_clipboard"_s, ToolSafety::SideEffects), ApprovalDecision::Ask);
}

void tst_ConfirmationPolicy::sessionEnds()
{
    ConfirmationPolicy policy;
    policy.applyAnswer(u"a"_s, ConfirmationAnswer::AllowForSession);
    policy.applyAnswer(u"b"_s, ConfirmationAnswer::AllowAlways);
    policy.applyAnswer(u"c"_s, ConfirmationAnswer::DenyForSession);
    policy.endSession();
    QCOMPARE(policy.decide(u"a"_s, ToolSafety::SideEffects), ApprovalDecision::Ask);
    QCOMPARE(policy.decide(u"b"_s, ToolSafety::SideEffects), ApprovalDecision::Allow);
    QCOMPARE(policy.decide(u"c"_s, ToolSafety::SideEffects), ApprovalDecision::Ask);
}

void tst_ConfirmationPolicy::alwaysIsPersisted()
{
    ConfirmationPolicy first;
    first.applyAnswer(u"fs__read_text_file"_s, ConfirmationAnswer::AllowAlways);
    first.applyAnswer(u"open_url"_s, ConfirmationAnswer::AllowAlways);
    first.applyAnswer(u"x"_s, ConfirmationAnswer::AllowForSession);
    const QStringList saved = first.alwaysAllowedTools();
    QCOMPARE(saved, (QStringList {u"fs__read_text_file"_s, u"open_url"_s}));
    ConfirmationPolicy next; // the next start of the app
    next.setAlwaysAllowedTools(saved);
    QCOMPARE(next.decide(u"open_url"_s, ToolSafety::SideEffects), ApprovalDecision::Allow);
    QCOMPARE(next.decide(u"x"_s, ToolSafety::SideEffects), ApprovalDecision::Ask);
    next.setAlwaysAllowedTools({});
    QCOMPARE(next.decide(u"open_url"_s, ToolSafety::SideEffects), ApprovalDecision::Ask);
}

void tst_ConfirmationPolicy::prefixRules()
{
    ConfirmationPolicy policy;
    policy.setRule(u"fs__*"_s, ApprovalRule::AllowForSession);
    policy.setRule(u"fs__write*"_s, ApprovalRule::Deny);
    QCOMPARE(policy.decide(u"fs__read_text_file"_s, ToolSafety::SideEffects),
             ApprovalDecision::Allow);
    QCOMPARE(policy.decide(u"fs__write_file"_s, ToolSafety::SideEffects), ApprovalDecision::Deny);
    QCOMPARE(policy.decide(u"web__fetch"_s, ToolSafety::SideEffects), ApprovalDecision::Ask);
    // A tool's own rule beats a pattern.
    policy.setRule(u"fs__write_file"_s, ApprovalRule::AllowAlways);
    QCOMPARE(policy.decide(u"fs__write_file"_s, ToolSafety::SideEffects), ApprovalDecision::Allow);
}

void tst_ConfirmationPolicy::approveToolsOption_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<ApprovalDecision>("decision");
    QTest::addColumn<QString>("error");
    QTest::newRow("all allows everything") << "all"
                                           << "fs__write_file" << ApprovalDecision::Allow << "";
    QTest::newRow("none refuses what has side effects")
            << "none"
            << "open_url" << ApprovalDecision::Deny << "";
    QTest::newRow("a listed tool is allowed")
            << "open_url, fs__read_text_file"
            << "fs__read_text_file" << ApprovalDecision::Allow << "";
    QTest::newRow("an unlisted tool is refused")
            << "open_url,fs__read_text_file"
            << "write_clipboard" << ApprovalDecision::Deny << "";
    QTest::newRow("a server pattern") << "fs__*"
                                      << "fs__list_directory" << ApprovalDecision::Allow << "";
    QTest::newRow("empty value") << ""
                                 << "" << ApprovalDecision::Unspecified
                                 << "--approve-tools needs a value";
    QTest::newRow("empty name in the list")
            << "a,,b"
            << "" << ApprovalDecision::Unspecified << "--approve-tools: empty tool name in 'a,,b'";
    QTest::newRow("not a name") << "rm -rf"
                                << "" << ApprovalDecision::Unspecified
                                << "--approve-tools: 'rm -rf' is not a tool name";
}

void tst_ConfirmationPolicy::approveToolsOption()
{
    QFETCH(QString, option);
    QFETCH(QString, tool);
    QFETCH(ApprovalDecision, decision);
    QFETCH(QString, error);
    QString message;
    const auto policy = ConfirmationPolicy::fromApproveToolsOption(option, &message);
    if (!error.isEmpty()) {
        QVERIFY(!policy);
        QVERIFY2(message.startsWith(error), qPrintable(message));
        return;
    }
    QVERIFY2(policy, qPrintable(message));
    QCOMPARE(policy->decide(tool, ToolSafety::SideEffects), decision);
    QCOMPARE(policy->decide(tool, ToolSafety::ReadOnly), ApprovalDecision::Allow);
}

QTEST_GUILESS_MAIN(tst_ConfirmationPolicy)
#include "tst_confirmationpolicy.moc"
