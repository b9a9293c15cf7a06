// The session's transcript (session/transcript.h), the history a fresh session is seeded with:
// spoken and typed turns, what is still under way left out, merged roles, and its bounds.
#include "session/transcript.h"

#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

namespace {

QStringList lines(const QList<Content> &history)
{
    QStringList out;
    for (const Content &c : history)
        out.append(c.role + u": "_s + c.parts.value(0).text);
    return out;
}

} // namespace

class tst_ConversationTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spokenTurnsFromTranscriptionChunks();
    void typedTurns();
    void turnUnderWayIsNotHistory();
    void consecutiveTurnsOfOneRoleMerge();
    void historyStartsWithTheUser();
    void boundedByTurns();
    void boundedByCharacters();
};

void tst_ConversationTranscript::spokenTurnsFromTranscriptionChunks()
{
    ConversationTranscript t;
    t.addUserSpeech(u"what's the"_s);
    t.addUserSpeech(u" weather"_s);
    t.addModelText(u"It is"_s);
    t.addModelText(u" sunny."_s);
    t.endModelTurn();
    QCOMPARE(lines(t.history()),
             (QStringList {u"user: what's the weather"_s, u"model: It is sunny."_s}));
    QCOMPARE(t.turnCount(), 2);
}

void tst_ConversationTranscript::typedTurns()
{
    ConversationTranscript t;
    t.addUserText(u"  hello  "_s);
    t.addModelText(u"Hi!"_s);
    t.endModelTurn();
    t.addUserText(u"bye"_s);
    t.addModelText(u"Bye."_s);
    t.endModelTurn();
    QCOMPARE(lines(t.history()),
             (QStringList {u"user: hello"_s, u"model: Hi!"_s, u"user: bye"_s, u"model: Bye."_s}));
}

void tst_ConversationTranscript::turnUnderWayIsNotHistory()
{
    ConversationTranscript t;
    t.addUserText(u"first"_s);
    t.addModelText(u"one"_s);
    t.endModelTurn();
    t.addUserText(u"second"_s); // asked, not answered yet: it will be replayed, not seeded
    t.addModelText(u"half an ans"_s);
    QCOMPARE(lines(t.history()), (QStringList {u"user: first"_s, u"model: one"_s}));
    // The connection was lost mid-answer; the resumed session answers the replayed question.
    t.discardPendingModelText();
    t.addModelText(u"two"_s);
    t.endModelTurn();
    QCOMPARE(lines(t.history()),
             (QStringList {u"user: first"_s, u"model: one"_s, u"user: second"_s, u"model: two"_s}));
}

void tst_ConversationTranscript::consecutiveTurnsOfOneRoleMerge()
{
    ConversationTranscript t;
    t.addUserText(u"a"_s);
    t.endModelTurn(); // a turn with no model words (a tool call only, say)
    t.addUserText(u"b"_s);
    t.addModelText(u"c"_s);
    t.endModelTurn();
    QCOMPARE(lines(t.history()), (QStringList {u"user: a\nb"_s, u"model: c"_s}));
}

void tst_ConversationTranscript::historyStartsWithTheUser()
{
    ConversationTranscript t;
    t.addModelText(u"Welcome!"_s); // proactive greeting
    t.endModelTurn();
    t.addUserText(u"hi"_s);
    t.addModelText(u"hello"_s);
    t.endModelTurn();
    QCOMPARE(lines(t.history()), (QStringList {u"user: hi"_s, u"model: hello"_s}));
}

void tst_ConversationTranscript::boundedByTurns()
{
    ConversationTranscript t(ConversationTranscript::Limits {4, 100000});
    for (int i = 1; i <= 5; ++i) {
        t.addUserText(u"q"_s + QString::number(i));
        t.addModelText(u"a"_s + QString::number(i));
        t.endModelTurn();
    }
    QCOMPARE(lines(t.history()),
             (QStringList {u"user: q4"_s, u"model: a4"_s, u"user: q5"_s, u"model: a5"_s}));
}

void tst_ConversationTranscript::boundedByCharacters()
{
    ConversationTranscript t(ConversationTranscript::Limits {100, 30});
    t.addUserText(QString(20, u'x'));
    t.addModelText(QString(20, u'y'));
    t.endModelTurn();
    QVERIFY(t.characters() <= 30);
    QCOMPARE(t.turnCount(), 1); // the oldest turn went
    t.addUserText(QString(50, u'z')); // longer than the whole budget: its end is kept
    t.endModelTurn();
    QVERIFY(t.characters() <= 30);
    QCOMPARE(t.history().size(), 1);
    QCOMPARE(t.history().constFirst().parts.constFirst().text, QString(30, u'z'));
}

QTEST_GUILESS_MAIN(tst_ConversationTranscript)
#include "tst_conversationtranscript.moc"
