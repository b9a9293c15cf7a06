// What QML sees of the conversation (issue 14): one ConversationView that follows each
// app::Conversation in turn, against the in-process simulator, so bindings never meet a null;
// the figures as one value (ConversationStatistics) read through its properties as QML reads
// them; the error banner and notes (UserMessages), said again in a new language.
#include "app/gui/conversationview.h"
#include "app/gui/usermessages.h"
#include "app/gui/voicemeter.h"
#include "tests/app/conversationtesting.h"

#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>

using namespace livedesk;
using namespace Qt::StringLiterals;
using View = app::ConversationView;

namespace {

// A property of the view's statistics value, by name, as a QML binding reads it.
QVariant statisticsProperty(const View &view, const char *name)
{
    const QVariant value = view.property("statistics");
    const QMetaObject *meta = value.metaType().metaObject();
    if (!meta)
        return {};
    const int index = meta->indexOfProperty(name);
    return index < 0 ? QVariant() : meta->property(index).readOnGadget(value.constData());
}

} // namespace

class tst_ConversationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEachConversation();
    void statisticsValue_data();
    void statisticsValue();
    void errorsAndNotes();
};

void tst_ConversationView::followsEachConversation()
{
    app::VoiceMeter meter;
    app::TalkMode nextMode = app::TalkMode::PushToTalk;
    View view(&meter, [&] { return nextMode; });
    // Before any conversation: the settings' mode, no figures, nothing to show.
    QCOMPARE(view.state(), View::State::Idle);
    QCOMPARE(view.talkMode(), View::Talk::PushToTalk);
    QCOMPARE(view.voiceState(), app::VoiceState::Idle);
    QCOMPARE(statisticsProperty(view, "totalTokens").toLongLong(), 0);
    QVERIFY(!view.isTalking());
    QVERIFY(!view.isReplyStalled());

    testing::SimulatedConversation first;
    QVERIFY(first.prepare());
    first.config().textRoute = session::TextInputRoute::ClientContent;
    first.conversation.setTalkMode(app::TalkMode::HandsFree);
    view.begin(View::Kind::Demo);
    view.setState(View::State::Preparing);
    QVERIFY(view.isActive());
    QVERIFY(view.isDemo());
    QSignalSpy talkModeChanged(&view, &View::talkModeChanged);
    view.follow(&first.conversation);
    QVERIFY(!talkModeChanged.isEmpty());
    QCOMPARE(view.talkMode(), View::Talk::HandsFree); // the conversation's own
    QVERIFY(first.openLive());
    view.setState(View::State::Live);
    QCOMPARE(view.voiceState(), app::VoiceState::Listening);

    // A typed message: the voice thinks until the answer; the figures follow the usage.
    QSignalSpy figures(&view, &View::statisticsChanged);
    QSignalSpy turns(&first.session(), &session::LiveSession::turnCompleted);
    QVERIFY(first.conversation.sendText(u"hello"_s) != session::SendResult::NotSent);
    QCOMPARE(view.voiceState(), app::VoiceState::Thinking);
    QVERIFY(turns.wait(testing::kLiveTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(view.voiceState(), app::VoiceState::Listening, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(statisticsProperty(view, "totalTokens").toLongLong() > 0, 20000);
    QVERIFY(!figures.isEmpty());
    const qint64 firstTokens = statisticsProperty(view, "totalTokens").toLongLong();

    // It ends and goes: the view shows the settings' mode again, and keeps the last figures.
    first.session().close();
    QTRY_COMPARE_WITH_TIMEOUT(first.session().state(), session::LiveSession::State::Closed, 10000);
    view.setState(View::State::Ended);
    view.follow(nullptr);
    QCOMPARE(view.voiceState(), app::VoiceState::Idle);
    QCOMPARE(view.talkMode(), View::Talk::PushToTalk);
    QCOMPARE(statisticsProperty(view, "totalTokens").toLongLong(), firstTokens);

    // The next conversation starts with figures of its own, and the view follows it.
    testing::SimulatedConversation second;
    QVERIFY(second.prepare());
    second.conversation.setTalkMode(app::TalkMode::LocalVoice);
    view.begin(View::Kind::Service);
    QVERIFY(!view.isDemo());
    QCOMPARE(statisticsProperty(view, "totalTokens").toLongLong(), 0);
    view.setState(View::State::Preparing);
    view.follow(&second.conversation);
    QCOMPARE(view.talkMode(), View::Talk::LocalVoice);
    QVERIFY(second.openLive());
    view.setState(View::State::Live);
    QCOMPARE(view.voiceState(), app::VoiceState::Listening);
    // The first conversation, no longer followed, changes nothing here.
    first.conversation.setAwaitingReply(true);
    QCOMPARE(view.voiceState(), app::VoiceState::Listening);
    second.session().close();
    view.setState(View::State::Closing);
    QCOMPARE(view.voiceState(), app::VoiceState::Idle);
}

void tst_ConversationView::statisticsValue_data()
{
    QTest::addColumn<qint64>("liveMs");
    QTest::addColumn<int>("elapsedSeconds");
    QTest::newRow("not live yet") << qint64(0) << 0;
    QTest::newRow("under a second") << qint64(999) << 0;
    QTest::newRow("a minute and a half") << qint64(90'500) << 90;
}

void tst_ConversationView::statisticsValue()
{
    QFETCH(qint64, liveMs);
    QFETCH(int, elapsedSeconds);
    app::ConversationStatistics s;
    s.liveMs = liveMs;
    s.inputTokens = 120;
    s.outputTokens = 30;
    s.totalTokens = 150;
    s.costUsd = 0.25;
    s.reconnects = 2;
    // Read by name, as QML does.
    const QMetaObject &meta = app::ConversationStatistics::staticMetaObject;
    const auto read = [&](const char *name) {
        const int index = meta.indexOfProperty(name);
        return index < 0 ? QVariant() : meta.property(index).readOnGadget(&s);
    };
    QCOMPARE(read("elapsedSeconds").toInt(), elapsedSeconds);
    QCOMPARE(read("inputTokens").toLongLong(), 120);
    QCOMPARE(read("outputTokens").toLongLong(), 30);
    QCOMPARE(read("totalTokens").toLongLong(), 150);
    QCOMPARE(read("costUsd").toDouble(), 0.25);
    QCOMPARE(read("reconnects").toInt(), 2);
}

void tst_ConversationView::errorsAndNotes()
{
    app::UserMessages messages;
    QSignalSpy errorChanged(&messages, &app::UserMessages::errorChanged);
    QSignalSpy notesChanged(&messages, &app::UserMessages::notesChanged);
    QString language = u"en"_s;
    messages.showErrorFrom([&] {
        return app::UserFacingError {app::UserFacingError::Severity::Error,
                                     language == u"en" ? u"No API key"_s : u"Kein API-Schlüssel"_s,
                                     u"text"_s, u"details"_s,
                                     app::UserFacingError::Action::EnterKey};
    });
    QCOMPARE(errorChanged.size(), 1);
    // The banner's properties, by name, as QML binds them.
    QCOMPARE(messages.property("hasError").toBool(), true);
    QCOMPARE(messages.property("errorTitle").toString(), u"No API key"_s);
    QCOMPARE(messages.property("errorDetails").toString(), u"details"_s);
    QCOMPARE(messages.property("errorAction").value<app::UserFacingError::Action>(),
             app::UserFacingError::Action::EnterKey);
    QCOMPARE(messages.property("errorActionText").toString(),
             app::actionText(app::UserFacingError::Action::EnterKey));

    messages.addNote(u"a note"_s);
    messages.addNote(u"a note"_s); // the same note once
    messages.addNoteFrom([&] { return language == u"en" ? u"Timer: tea"_s : u"Timer: Tee"_s; });
    QCOMPARE(messages.notes(), (QStringList {u"a note"_s, u"Timer: tea"_s}));
    QCOMPARE(notesChanged.size(), 2);

    // Another language: what was made by a function is made again, the rest stays.
    language = u"de"_s;
    messages.retranslate();
    QCOMPARE(messages.errorTitle(), u"Kein API-Schlüssel"_s);
    QCOMPARE(messages.notes(), (QStringList {u"a note"_s, u"Timer: Tee"_s}));

    messages.dismissNote(5); // out of range: nothing
    messages.dismissNote(0);
    QCOMPARE(messages.notes(), QStringList {u"Timer: Tee"_s});

    // An audio warning is taken back when its cause is over, and only that one.
    messages.dismissAudioWarning(audio::AudioWarning::NoMicrophoneSignal);
    QVERIFY(messages.hasError());
    app::UserFacingError silent = app::describeAudioWarning(audio::AudioWarning::NoMicrophoneSignal,
                                                            u"no signal"_s);
    messages.showError(silent);
    QCOMPARE(messages.errorTitle(), silent.title);
    messages.dismissAudioWarning(audio::AudioWarning::NoMicrophoneSignal);
    QVERIFY(!messages.hasError());
    // Dismissed: a new language does not bring the old error back.
    messages.retranslate();
    QVERIFY(!messages.hasError());
}

QTEST_GUILESS_MAIN(tst_ConversationView)
#include "tst_conversationview.moc"
