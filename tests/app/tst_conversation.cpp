// app::Conversation, the one conversation both front ends build (issue 14): the session options
// follow the model (history seeding through historyConfig where the model needs it) and the
// recovery choices; open() uses the failover list: against the in-process simulator, a
// conversation whose first endpoint refuses moves to the second. Talk modes: the setup agrees
// with the mode whichever front end chose it. Tools: the conversation builds the toolbox from
// the person's choices and the model, and asks for consent only through the front end's prompt
// (none: the CLI, where approveTools decides). The simulator of the demo and --sim lives with
// the conversation; statistics, cost and the voice state's rule are the conversation's.
#include "app/conversation.h"
#include "app/sessionconfig.h"
#include "app/transcript.h"
#include "app/voicestate.h"
#include "simulator/simulator.h"
#include "tests/app/conversationtesting.h"
#include "tools/toolbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace Qt::StringLiterals;
using livedesk::testing::writeFile;

namespace {

// A tool with side effects: it needs consent.
const QByteArray kHelloTool
        = R"({"tools":[{"name":"hello","command":{"program":"echo","args":["hi"]}}]})";

// The app's dialog, answering at once with what the test chose.
class AnsweringPrompt : public tools::ConfirmationPrompt
{
public:
    explicit AnsweringPrompt(tools::ConfirmationAnswer answer)
        : m_answer(answer)
    { }
    void ask(const tools::ConfirmationRequest &request,
             std::function<void(tools::ConfirmationAnswer)> answer) override
    {
        asked.append(request.toolName);
        answer(m_answer);
    }
    void withdraw(quint64) override { }
    QStringList asked;

private:
    tools::ConfirmationAnswer m_answer;
};

} // namespace

Q_DECLARE_METATYPE(livedesk::app::VoiceCues)

class tst_Conversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionOptionsFollowTheModel_data();
    void sessionOptionsFollowTheModel();
    void modelTableLoadErrorIsSaid();
    void failoverToTheSecondEndpoint();
    void setupFollowsTheTalkMode_data();
    void setupFollowsTheTalkMode();
    void openAppliesTheTalkMode();
    void toolsGoIntoTheSetup();
    void badToolsFileIsRefused();
    void consentThroughTheFrontEnd_data();
    void consentThroughTheFrontEnd();
    void demoSimulatorLivesWithTheConversation();
    void simulatorThatCannotListenIsSaid();
    void voiceStateRule_data();
    void voiceStateRule();
    void awaitsTheReplyToTypedText(); // and the voice's cues
    void transcriptStallAndEnd();
    void endWithoutRecordsClosesAtOnce();
};

void tst_Conversation::sessionOptionsFollowTheModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<session::HistorySeeding>("seeding");
    QTest::newRow("3.1 flash live: historyConfig")
            << u"gemini-3.1-flash-live-preview"_s << session::HistorySeeding::HistoryConfig;
    QTest::newRow("2.5 native audio: clientContent")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s
            << session::HistorySeeding::ClientContent;
}

void tst_Conversation::sessionOptionsFollowTheModel()
{
    QFETCH(QString, model);
    QFETCH(session::HistorySeeding, seeding);
    const auto config = testing::conversationConfig(model, u"ws://127.0.0.1:9"_s);
    QVERIFY(config);
    app::RecoveryOptions recovery;
    recovery.reconnect = session::ReconnectMode::Off;
    recovery.maxReconnects = 3;
    recovery.replyTimeoutMs = 2500;
    recovery.stallRecovery = session::StallRecovery::Reconnect;
    recovery.audioChunkMs = 20;
    const session::LiveSessionOptions o = app::sessionOptionsFor(*config, recovery);
    QCOMPARE(o.historySeeding, seeding);
    QCOMPARE(o.reconnect, session::ReconnectMode::Off);
    QCOMPARE(o.backoff.maxAttempts, 3);
    QCOMPARE(o.replyTimeoutMs, 2500);
    QCOMPARE(o.stallRecovery, session::StallRecovery::Reconnect);
    QCOMPARE(o.audioChunkMs, 20);
}

void tst_Conversation::modelTableLoadErrorIsSaid()
{
    QString error;
    QVERIFY(app::loadModelCatalog({}, &error)); // the built-in table
    QTemporaryDir dir;
    const QString path = dir.filePath(u"models.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    QVERIFY(!app::loadModelCatalog(path, &error));
    QVERIFY2(!error.isEmpty(), "the reason is given");
}

void tst_Conversation::failoverToTheSecondEndpoint()
{
    testing::SimulatedConversation t;
    QVERIFY(t.prepare());
    // A port nobody listens on: the first location is unavailable (connection refused).
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    const auto refused = testing::conversationConfig(testing::kNativeAudioModel,
                                                     u"ws://127.0.0.1:%1"_s.arg(closedPort));
    QVERIFY(refused);
    t.config().endpoints = {refused->endpoint, t.config().endpoint};
    QSignalSpy setups(&t.simulator, &sim::Simulator::setupReceived);
    QVERIFY(t.openLive());
    QCOMPARE(setups.size(), 1);
    QVERIFY(t.session().stats().failedAttempts >= 1); // the refused location was tried first
    t.session().close();
}

using Aad = std::optional<protocol::AutomaticActivityDetection>;

void tst_Conversation::setupFollowsTheTalkMode_data()
{
    QTest::addColumn<app::TalkMode>("mode");
    QTest::addColumn<Aad>("before");
    QTest::addColumn<Aad>("after");
    protocol::AutomaticActivityDetection sensitive;
    sensitive.startOfSpeechSensitivity = protocol::StartSensitivity::Low;
    sensitive.silenceDurationMs = 800;
    protocol::AutomaticActivityDetection sensitiveOff = sensitive;
    sensitiveOff.disabled = true;
    const protocol::AutomaticActivityDetection off {.disabled = true};

    QTest::newRow("hands-free, nothing set: nothing sent")
            << app::TalkMode::HandsFree << Aad {} << Aad {};
    QTest::newRow("hands-free keeps the sensitivities")
            << app::TalkMode::HandsFree << Aad {sensitive} << Aad {sensitive};
    // The app's setting said push-to-talk, its --talk-mode says hands-free.
    QTest::newRow("hands-free takes back an off")
            << app::TalkMode::HandsFree << Aad {off} << Aad {};
    QTest::newRow("push-to-talk turns detection off")
            << app::TalkMode::PushToTalk << Aad {} << Aad {off};
    QTest::newRow("local voice turns detection off")
            << app::TalkMode::LocalVoice << Aad {sensitive} << Aad {sensitiveOff};
}

void tst_Conversation::setupFollowsTheTalkMode()
{
    QFETCH(app::TalkMode, mode);
    QFETCH(Aad, before);
    QFETCH(Aad, after);
    protocol::Setup setup;
    setup.model = u"models/m"_s;
    if (before)
        setup.realtimeInputConfig = protocol::RealtimeInputConfig {
                .automaticActivityDetection = before};
    app::applyTalkMode(setup, mode);
    QCOMPARE(setup.realtimeInputConfig.has_value(), after.has_value());
    if (after)
        QVERIFY(setup.realtimeInputConfig->automaticActivityDetection == after);
    // Other realtime input choices are left as they are.
    setup.realtimeInputConfig = protocol::RealtimeInputConfig {
            .activityHandling = protocol::ActivityHandling::NoInterruption};
    app::applyTalkMode(setup, mode);
    QVERIFY(setup.realtimeInputConfig);
    QCOMPARE(setup.realtimeInputConfig->activityHandling,
             protocol::ActivityHandling::NoInterruption);
}

void tst_Conversation::openAppliesTheTalkMode()
{
    // Both front ends choose the mode before open(); the setup that goes out agrees with it.
    testing::SimulatedConversation t;
    QVERIFY(t.prepare());
    t.conversation.setTalkMode(app::TalkMode::PushToTalk);
    QVERIFY(t.conversation.talkMode() == app::TalkMode::PushToTalk);
    QVERIFY(t.conversation.bridge().talkMode() == app::TalkMode::PushToTalk);
    QVERIFY(t.openLive());
    const auto &realtime = t.config().setup.realtimeInputConfig;
    QVERIFY(realtime && realtime->automaticActivityDetection);
    QCOMPARE(realtime->automaticActivityDetection->disabled, std::optional(true));
    t.session().close();
}

void tst_Conversation::toolsGoIntoTheSetup()
{
    QTemporaryDir dir;
    auto config = testing::conversationConfig(testing::kNativeAudioModel, u"ws://127.0.0.1:9"_s);
    QVERIFY(config);
    app::Conversation conversation;
    conversation.setConfig(*config);
    app::ToolChoices choices;
    choices.toolsFile = writeFile(dir, u"tools.json"_s, kHelloTool);
    choices.builtins = {tools::BuiltinTool::CurrentTime};
    QString error;
    QVERIFY2(conversation.setUpTools(choices, nullptr, &error), qPrintable(error));
    QVERIFY(conversation.toolbox());
    QVERIFY(conversation.toolbox()->isReady()); // no MCP server to wait for
    QVERIFY(conversation.config().setup.tools.isEmpty()); // not before applySetupTools()
    conversation.applySetupTools();
    QStringList declared;
    for (const protocol::Tool &tool : std::as_const(conversation.config().setup.tools)) {
        for (const protocol::FunctionDeclaration &f : tool.functionDeclarations)
            declared << f.name;
    }
    declared.sort();
    QCOMPARE(declared, (QStringList {u"get_current_time"_s, u"hello"_s}));
    QVERIFY2(conversation.toolWarnings().isEmpty(),
             qPrintable(conversation.toolWarnings().join(u'\n')));
}

void tst_Conversation::badToolsFileIsRefused()
{
    QTemporaryDir dir;
    auto config = testing::conversationConfig(testing::kNativeAudioModel, u"ws://127.0.0.1:9"_s);
    QVERIFY(config);
    app::Conversation conversation;
    conversation.setConfig(*config);
    app::ToolChoices choices;
    choices.toolsFile = writeFile(dir, u"tools.json"_s, "{ not json");
    QString error;
    QVERIFY(!conversation.setUpTools(choices, nullptr, &error));
    QVERIFY2(error.contains(u"tools.json"_s), qPrintable(error)); // says which file
    QVERIFY(!conversation.toolbox());
    // Nothing half-built is left: the person fixes the file and tries again.
    choices.toolsFile = writeFile(dir, u"tools.json"_s, kHelloTool);
    QVERIFY2(conversation.setUpTools(choices, nullptr, &error), qPrintable(error));
}

void tst_Conversation::consentThroughTheFrontEnd_data()
{
    QTest::addColumn<QString>("approveTools");
    QTest::addColumn<QStringList>("alwaysAllowed");
    QTest::addColumn<bool>("withPrompt");
    QTest::addColumn<tools::ConfirmationAnswer>("answer");
    QTest::addColumn<bool>("asked");
    QTest::addColumn<bool>("ran");
    const auto none = tools::ConfirmationAnswer::Unspecified;
    QTest::newRow("CLI, no --approve-tools: refused unasked")
            << QString() << QStringList() << false << none << false << false;
    QTest::newRow("CLI, --approve-tools hello: runs")
            << u"hello"_s << QStringList() << false << none << false << true;
    QTest::newRow("CLI, --approve-tools none: refused")
            << u"none"_s << QStringList() << false << none << false << false;
    QTest::newRow("app, the person allows once")
            << QString() << QStringList() << true << tools::ConfirmationAnswer::AllowOnce << true
            << true;
    QTest::newRow("app, the person denies") << QString() << QStringList() << true
                                            << tools::ConfirmationAnswer::Deny << true << false;
    QTest::newRow("app, allowed for good earlier: not asked")
            << QString() << QStringList {u"hello"_s} << true << tools::ConfirmationAnswer::Deny
            << false << true;
}

void tst_Conversation::consentThroughTheFrontEnd()
{
    QFETCH(QString, approveTools);
    QFETCH(QStringList, alwaysAllowed);
    QFETCH(bool, withPrompt);
    QFETCH(tools::ConfirmationAnswer, answer);
    QFETCH(bool, asked);
    QFETCH(bool, ran);
    QTemporaryDir dir;
    testing::SimulatedConversation t;
    QVERIFY(t.prepare());
    app::Conversation &conversation = t.conversation;
    app::ToolChoices choices;
    choices.toolsFile = writeFile(dir, u"tools.json"_s, kHelloTool);
    choices.approveTools = approveTools;
    choices.alwaysAllowed = alwaysAllowed;
    AnsweringPrompt prompt(answer);
    QString error;
    QVERIFY2(conversation.setUpTools(choices, withPrompt ? &prompt : nullptr, &error),
             qPrintable(error));
    conversation.applySetupTools();
    QVERIFY(t.openLive());

    // The model calls the tool: the conversation's bridge hands it to the dispatcher.
    QSignalSpy sent(&conversation, &app::Conversation::toolResponseSent);
    protocol::ToolCall call;
    call.functionCalls.append({u"call-1"_s, u"hello"_s, {}});
    Q_EMIT conversation.session().toolCallReceived(call);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 20000);
    const auto response = sent.constFirst().constFirst().value<protocol::ToolResponse>();
    QCOMPARE(response.functionResponses.size(), 1);
    const protocol::FunctionResponse &r = response.functionResponses.constFirst();
    QCOMPARE(r.id, u"call-1"_s);
    QCOMPARE(r.response.contains(u"output"_s), ran);
    QCOMPARE(r.response.contains(u"error"_s), !ran);
    QCOMPARE(prompt.asked, asked ? QStringList {u"hello"_s} : QStringList());
    conversation.session().close();
}

void tst_Conversation::demoSimulatorLivesWithTheConversation()
{
    // The app's offline demo and livedesk-cli --sim: the conversation runs the simulator.
    auto conversation = std::make_unique<app::Conversation>();
    sim::SimulatorOptions options;
    options.speechSpeedFactor = 8.0;
    QString error;
    QVERIFY2(conversation->startSimulator(options, &error), qPrintable(error));
    QVERIFY(conversation->simulator());
    app::SessionSettings s;
    s.responseModality = protocol::Modality::Text;
    conversation->pointAtSimulator(s);
    QCOMPARE(s.endpoint, conversation->simulator()->url().toString());
    QVERIFY(!s.apiKey.isEmpty()); // a placeholder: the simulator takes any key
    auto config = app::buildSessionConfig(s, session::ModelCatalog::builtIn(), &error);
    QVERIFY2(config, qPrintable(error));
    conversation->setConfig(*config);
    QVERIFY(conversation->open());
    QTRY_VERIFY_WITH_TIMEOUT(conversation->session().isLive(), 20000);

    // It goes with the conversation: nothing listens at its address any more.
    const QUrl url = conversation->simulator()->url();
    conversation.reset();
    QTcpSocket probe;
    probe.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(!probe.waitForConnected(5000));
}

void tst_Conversation::simulatorThatCannotListenIsSaid()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    app::Conversation conversation;
    sim::SimulatorOptions options;
    options.port = taken.serverPort();
    QString error;
    QVERIFY(!conversation.startSimulator(options, &error));
    QVERIFY2(!error.isEmpty(), "the reason is given");
    QVERIFY(!conversation.simulator());
    app::SessionSettings s;
    conversation.pointAtSimulator(s); // no simulator: the settings stay as they are
    QVERIFY(s.endpoint.isEmpty());
}

void tst_Conversation::voiceStateRule_data()
{
    using P = app::ConversationPhase;
    using V = app::VoiceState;
    QTest::addColumn<app::VoiceCues>("cues");
    QTest::addColumn<app::VoiceState>("state");
    const auto live = [](auto change) {
        app::VoiceCues c;
        c.phase = P::Live;
        change(c);
        return c;
    };
    QTest::newRow("no conversation") << app::VoiceCues {} << V::Idle;
    QTest::newRow("inactive whatever else")
            << app::VoiceCues {.phase = P::Inactive, .modelSpeaking = true} << V::Idle;
    QTest::newRow("connecting") << app::VoiceCues {.phase = P::Connecting} << V::Connecting;
    QTest::newRow("reconnecting") << app::VoiceCues {.phase = P::Reconnecting, .awaitingReply = true}
                                  << V::Reconnecting;
    QTest::newRow("live, nothing going on") << live([](auto &) {}) << V::Listening;
    QTest::newRow("the user speaks")
            << live([](auto &c) { c.userSpeaking = true; }) << V::UserSpeaking;
    QTest::newRow("muted: not the user speaking") << live([](auto &c) {
        c.userSpeaking = true;
        c.microphoneMuted = true;
    }) << V::Listening;
    QTest::newRow("awaiting a reply")
            << live([](auto &c) { c.awaitingReply = true; }) << V::Thinking;
    QTest::newRow("a tool runs") << live([](auto &c) { c.toolsRunning = true; }) << V::Thinking;
    QTest::newRow("the model's voice wins over the user's") << live([](auto &c) {
        c.modelSpeaking = true;
        c.userSpeaking = true;
        c.awaitingReply = true;
    }) << V::Speaking;
    QTest::newRow("just interrupted wins over all") << live([](auto &c) {
        c.interrupted = true;
        c.modelSpeaking = true;
    }) << V::Interrupted;
}

void tst_Conversation::voiceStateRule()
{
    QFETCH(app::VoiceCues, cues);
    QFETCH(app::VoiceState, state);
    QCOMPARE(int(app::deriveVoiceState(cues)), int(state));
}

void tst_Conversation::awaitsTheReplyToTypedText()
{
    testing::SimulatedConversation t;
    QVERIFY(t.prepare());
    t.config().textRoute = session::TextInputRoute::ClientContent;
    app::Conversation &conversation = t.conversation;
    QVERIFY(t.openLive());
    QVERIFY(!conversation.isAwaitingReply());
    QSignalSpy awaiting(&conversation, &app::Conversation::awaitingReplyChanged);
    QSignalSpy turns(&conversation.session(), &session::LiveSession::turnCompleted);
    QSignalSpy cues(&conversation, &app::Conversation::voiceCuesChanged);
    QVERIFY(conversation.sendText(u"hello"_s) != session::SendResult::NotSent);
    QVERIFY(conversation.isAwaitingReply()); // at once: the voice thinks
    QVERIFY(conversation.voiceCues().awaitingReply);
    QVERIFY(!cues.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(turns.size() >= 1, 20000);
    QVERIFY(!conversation.isAwaitingReply()); // the answer came
    QCOMPARE(awaiting.size(), 2);
    QCOMPARE(awaiting.at(0).at(0).toBool(), true);
    QCOMPARE(awaiting.at(1).at(0).toBool(), false);

    // The figures: what the simulator reported, priced at the config's prices.
    QTRY_VERIFY_WITH_TIMEOUT(conversation.statistics().totalTokens > 0, 20000); // reported
    const app::Conversation::Statistics figures = conversation.statistics();
    const session::TokenCounts totals = conversation.session().usageTotals();
    QCOMPARE(figures.inputTokens, totals.prompt);
    QCOMPARE(figures.outputTokens, totals.response + totals.thoughts);
    QCOMPARE(figures.costUsd, session::estimateCostUsd(totals, conversation.config().prices));
    QCOMPARE(figures.reconnects, 0);

    // The person takes the floor (the talk control) while a reply is awaited: it is not any
    // more, and the voice's cues say so.
    QVERIFY(conversation.sendText(u"and again"_s) != session::SendResult::NotSent);
    QVERIFY(conversation.voiceCues().awaitingReply);
    cues.clear();
    conversation.beginTalk();
    QVERIFY(!conversation.voiceCues().awaitingReply);
    QVERIFY(!conversation.voiceCues().interrupted);
    QVERIFY(!cues.isEmpty());
    conversation.session().close();
}

// Transcript attachment and recovery, the same for both front ends: typed text and the answer
// go into the conversation's transcript (text the session does not take does not), a new
// connection leaves a notice, a swallowed reply makes the conversation stalled until the retry
// is answered.
void tst_Conversation::transcriptStallAndEnd()
{
    testing::SimulatedConversation t;
    QVERIFY(t.prepare());
    t.config().textRoute = session::TextInputRoute::ClientContent;
    app::Conversation &conversation = t.conversation;
    sim::Simulator &simulator = t.simulator;
    app::RecoveryOptions recovery;
    recovery.replyTimeoutMs = 1500;
    recovery.stallRecovery = session::StallRecovery::ResendTurn;
    conversation.setRecovery(recovery);
    app::Transcript transcript;
    conversation.attachTranscript(&transcript);
    QCOMPARE(conversation.transcript(), &transcript);

    QVERIFY(!conversation.takesText()); // not open yet
    QTest::ignoreMessage(QtWarningMsg, "message not sent: the session is not open (state Idle)");
    QCOMPARE(conversation.sendText(u"too early"_s), session::SendResult::NotSent);
    QVERIFY(transcript.items().isEmpty());

    QVERIFY(conversation.open());
    QVERIFY(conversation.takesText()); // connecting: the session holds the text
    QTRY_VERIFY_WITH_TIMEOUT(conversation.session().isLive(), 20000);
    QSignalSpy turns(&conversation.session(), &session::LiveSession::turnCompleted);
    QVERIFY(conversation.sendText(u"hello"_s) != session::SendResult::NotSent);
    QTRY_VERIFY_WITH_TIMEOUT(turns.size() >= 1, 20000);
    const auto countOf = [&](app::TranscriptItemKind kind) {
        return std::count_if(transcript.items().cbegin(), transcript.items().cend(),
                             [kind](const app::TranscriptItem &i) { return i.kind == kind; });
    };
    QCOMPARE(countOf(app::TranscriptItemKind::UserTurn), 1);
    QCOMPARE(transcript.items().constFirst().text, u"hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(app::TranscriptItemKind::ModelTurn), 1, 5000);

    // A dropped connection: the conversation goes on, and the transcript says so.
    QSignalSpy reconnected(&conversation.session(), &session::LiveSession::reconnected);
    simulator.dropAllConnections();
    QVERIFY(reconnected.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(conversation.session().isLive(), 20000);
    QVERIFY(std::any_of(transcript.items().cbegin(), transcript.items().cend(),
                        [](const app::TranscriptItem &i) {
                            return i.kind == app::TranscriptItemKind::Notice
                                   && i.notice == app::NoticeKind::Reconnected;
                        }));

    // The reply is swallowed: stalled, until the retry is answered.
    QSignalSpy stalled(&conversation, &app::Conversation::replyStalledChanged);
    simulator.swallowNextReplies(1);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^no reply: nothing from the server for \\d+ ms"_s));
    const qsizetype turnsBefore = turns.size();
    QVERIFY(conversation.sendText(u"are you there"_s) != session::SendResult::NotSent);
    QVERIFY(stalled.wait(20000));
    QCOMPARE(stalled.constLast().at(0).toBool(), true);
    QVERIFY(conversation.isReplyStalled());
    QVERIFY(conversation.retryStalledTurn());
    QTRY_VERIFY_WITH_TIMEOUT(turns.size() > turnsBefore, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!conversation.isReplyStalled(), 5000);
    QCOMPARE(stalled.constLast().at(0).toBool(), false);

    conversation.end();
    QCOMPARE(conversation.ending(), app::Conversation::Ending::Closing);
    QTRY_COMPARE_WITH_TIMEOUT(conversation.session().state(), session::LiveSession::State::Closed,
                              10000);
    QVERIFY(!conversation.takesText());
    conversation.end(); // again: nothing more to do
    QCOMPARE(conversation.ending(), app::Conversation::Ending::Closing);
}

// No records (or none holding the end): end() closes at once; the conversation's clock runs
// from the first Live and stops at the end.
void tst_Conversation::endWithoutRecordsClosesAtOnce()
{
    testing::SimulatedConversation t;
    QVERIFY(t.prepare());
    app::Conversation &conversation = t.conversation;
    QCOMPARE(conversation.ending(), app::Conversation::Ending::Running);
    QVERIFY(t.openLive());
    QTRY_VERIFY_WITH_TIMEOUT(conversation.statistics().liveMs > 0, 5000); // the clock runs
    QSignalSpy states(&conversation.session(), &session::LiveSession::stateChanged);
    conversation.end();
    QCOMPARE(conversation.ending(), app::Conversation::Ending::Closing);
    QVERIFY(!states.isEmpty()); // the close began in end() itself, not after a wait
    QTRY_COMPARE_WITH_TIMEOUT(conversation.session().state(), session::LiveSession::State::Closed,
                              10000);
    // The conversation's length stops with it (the app shows it after the end).
    const qint64 endedMs = conversation.statistics().liveMs;
    QElapsedTimer later;
    later.start();
    QTRY_VERIFY(later.elapsed() > 50); // long enough for a running clock to have moved on
    QCOMPARE(conversation.statistics().liveMs, endedMs);
}

QTEST_GUILESS_MAIN(tst_Conversation)
#include "tst_conversation.moc"
