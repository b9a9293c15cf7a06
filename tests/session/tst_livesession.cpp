// LiveSession against an in-process QWebSocketServer on 127.0.0.1: the state machine's edge cases
// (nothing before setupComplete, setup timeout, every close code mapped to a category with the
// verbatim reason, a malformed frame survived, binary and text frames, a TCP drop) and the
// plumbing from server messages to signals. Transport-level cases: tst_livesession_transport.
#include "fakeliveserver.h"
#include "session/livesession.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;

using State = LiveSession::State;

namespace {

EndpointConfig endpointFor(const QUrl &url, const QString &key = u"test-key"_s)
{
    EndpointConfig e;
    e.baseUrl = url;
    e.apiKey = key;
    return e;
}

Setup minimalSetup()
{
    Setup s;
    s.model = u"models/gemini-test"_s;
    GenerationConfig g;
    g.responseModalities = {Modality::Audio};
    s.generationConfig = g;
    return s;
}

LiveSessionOptions quickOptions()
{
    LiveSessionOptions o;
    o.connectTimeoutMs = 5000;
    o.setupTimeoutMs = 5000;
    o.closeTimeoutMs = 1000;
    // These cases are about how each end is classified; recovery from them is
    // tst_session_recovery's subject.
    o.reconnect = ReconnectMode::Off;
    return o;
}

QByteArray pcm(int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        out[i] = char(i * 13 + 1);
    return out;
}

bool openLive(LiveSession &session, FakeLiveServer &server)
{
    if (!session.open(endpointFor(server.url()), minimalSetup()))
        return false;
    return QTest::qWaitFor([&] { return session.state() == State::Live; }, 5000);
}

} // namespace

class tst_LiveSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handshake();
    void nothingBeforeSetupComplete();
    void refusedWhenNotOpen();
    void queueIsBounded();
    void setupTimeout();
    void closeCodes_data();
    void closeCodes();
    void tcpDropIsNetworkFailure();
    void malformedFrameIsReportedAndSurvived_data();
    void malformedFrameIsReportedAndSurvived();
    void binaryAndTextFrames_data();
    void binaryAndTextFrames();
    void serverMessagesReachSignals();
    void audioIsRechunked();
    void invalidEndpointFailsBeforeConnecting();
    void clientCloseIsClean();
    void ephemeralTokenTravelsOnlyInTheUrl();
};

void tst_LiveSession::handshake()
{
    FakeLiveServer server;
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    QSignalSpy states(&session, &LiveSession::stateChanged);
    QSignalSpy setupDone(&session, &LiveSession::setupCompleted);

    QVERIFY(openLive(session, server));
    QCOMPARE(setupDone.size(), 1);
    const QList<State> expected {State::Connecting, State::SettingUp, State::Live};
    QList<State> seen;
    for (const auto &args : states)
        seen.append(args.at(0).value<State>());
    QCOMPARE(seen, expected);

    QVERIFY(server.waitForMessages(1));
    QVERIFY(std::holds_alternative<Setup>(server.received().first()));
    QCOMPARE(std::get<Setup>(server.received().first()), minimalSetup());
    // The key travels in the header, never in the URL.
    QCOMPARE(server.requestHeader("x-goog-api-key"), "test-key"_ba);
    QVERIFY(!server.requestUrl().query().contains(u"test-key"_s));
    QCOMPARE(server.requestUrl().path(),
             u"/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent"_s);
    QVERIFY(session.stats().bytesSent > 0);
    QVERIFY(session.stats().bytesReceived > 0);
}

void tst_LiveSession::nothingBeforeSetupComplete()
{
    FakeLiveServer server;
    server.setSetupReply(FakeLiveServer::SetupReply::Manual);
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    QVERIFY(session.open(endpointFor(server.url()), minimalSetup()));
    QTRY_COMPARE(session.state(), State::SettingUp);

    QCOMPARE(session.sendClientText(u"hello"_s), SendResult::Queued);
    QCOMPARE(session.sendAudio(pcm(1280)), SendResult::Queued);
    QCOMPARE(session.sendRealtimeText(u"second"_s), SendResult::Queued);
    QVERIFY(server.waitForMessages(1));
    // Anything sent early would follow the setup on the same socket, within the same few reads:
    // half a second is ample even on a loaded machine.
    QTest::qWait(500);
    QCOMPARE(server.received().size(), 1);
    QVERIFY(std::holds_alternative<Setup>(server.received().first()));

    server.sendSetupComplete();
    QTRY_COMPARE(session.state(), State::Live);
    QVERIFY(server.waitForMessages(4));
    const auto got = server.received();
    QVERIFY(std::holds_alternative<ClientContent>(got.at(1)));
    QVERIFY(std::get<RealtimeInput>(got.at(2)).audio.has_value());
    QCOMPARE(std::get<RealtimeInput>(got.at(3)).text, std::optional<QString>(u"second"_s));
    QCOMPARE(session.stats().audioChunksSent, 1);
}

void tst_LiveSession::refusedWhenNotOpen()
{
    LiveSession session;
    QTest::ignoreMessage(QtWarningMsg, "message not sent: the session is not open (state Idle)");
    QCOMPARE(session.sendRealtimeText(u"too early"_s), SendResult::NotSent);
    QVERIFY2(session.refusalReason().contains(u"Idle"_s), qPrintable(session.refusalReason()));
    QCOMPARE(session.sendAudio(pcm(2000)), SendResult::NotSent);

    FakeLiveServer server;
    QVERIFY(server.listen());
    QVERIFY(openLive(session, server));
    QTest::ignoreMessage(QtWarningMsg, "message not sent: the setup is sent by the session "
                                       "itself, once per connection");
    QCOMPARE(session.send(ClientMessage(minimalSetup())), SendResult::NotSent);
    QVERIFY(session.refusalReason().contains(u"setup"_s));
    session.close();
    QTRY_COMPARE(session.state(), State::Closed);
    QTest::ignoreMessage(QtWarningMsg, "message not sent: the session is not open (state Closed)");
    QCOMPARE(session.sendRealtimeText(u"too late"_s), SendResult::NotSent);
    QVERIFY(session.refusalReason().contains(u"Closed"_s));
}

void tst_LiveSession::queueIsBounded()
{
    FakeLiveServer server;
    server.setSetupReply(FakeLiveServer::SetupReply::Manual);
    QVERIFY(server.listen());
    LiveSession session;
    auto options = quickOptions();
    options.maxQueuedMessages = 3;
    session.setOptions(options);
    QVERIFY(session.open(endpointFor(server.url()), minimalSetup()));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(session.sendRealtimeText(QString::number(i)), SendResult::Queued);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^message not sent: \\d+ messages are already "
                                            "waiting for the session to start$"_s));
    QCOMPARE(session.sendRealtimeText(u"overflow"_s), SendResult::NotSent);
    QVERIFY(session.refusalReason().contains(u"3"_s));
}

void tst_LiveSession::setupTimeout()
{
    FakeLiveServer server;
    server.setSetupReply(FakeLiveServer::SetupReply::Manual);
    QVERIFY(server.listen());
    LiveSession session;
    auto options = quickOptions();
    options.setupTimeoutMs = 300;
    session.setOptions(options);
    QSignalSpy errors(&session, &LiveSession::errorOccurred);
    QVERIFY(session.open(endpointFor(server.url()), minimalSetup()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 3000);
    QCOMPARE(session.lastError().category, ErrorCategory::Timeout);
    QVERIFY(session.lastError().message.contains(u"setupComplete"_s));
    QCOMPARE(errors.size(), 1);
}

void tst_LiveSession::closeCodes_data()
{
    QTest::addColumn<bool>("beforeSetupComplete");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<State>("finalState");

    const QString badKey = u"API key not valid. Please pass a valid API key."_s;
    // The reason is cut at 123 bytes by RFC 6455: it must still come through verbatim.
    const QString unknownModel
            = u"models/gemini-nope is not found for API version v1beta, or is not supported for "
              "bidiGenerateContent. Call ListMod"_s;
    QTest::newRow("wrong key closes 1007 after setup: auth")
            << true << 1007 << badKey << ErrorCategory::Auth << State::Failed;
    QTest::newRow("invalid argument 1007: configuration")
            << true << 1007 << u"Request contains an invalid argument."_s
            << ErrorCategory::ModelConfig << State::Failed;
    QTest::newRow("unsupported user location 1007: policy")
            << true << 1007 << u"User location is not supported for the API use."_s
            << ErrorCategory::Policy << State::Failed;
    QTest::newRow("unknown model 1008: configuration")
            << true << 1008 << unknownModel << ErrorCategory::ModelConfig << State::Failed;
    QTest::newRow("unsupported operation 1008: configuration")
            << false << 1008 << u"Operation is not implemented, or supported, or enabled."_s
            << ErrorCategory::ModelConfig << State::Failed;
    QTest::newRow("bad resumption handle 1008: configuration")
            << true << 1008 << u"BidiGenerateContent session not found"_s
            << ErrorCategory::ModelConfig << State::Failed;
    QTest::newRow("aborted operation 1008: policy")
            << false << 1008 << u"The operation was aborted."_s << ErrorCategory::Policy
            << State::Failed;
    QTest::newRow("unregistered caller 1008: auth")
            << true << 1008
            << u"Method doesn't allow unregistered callers (callers without established identity)."_s
            << ErrorCategory::Auth << State::Failed;
    QTest::newRow("internal error 1011: server") << false << 1011 << u"Internal error occurred."_s
                                                 << ErrorCategory::Server << State::Failed;
    QTest::newRow("deadline after goAway 1011: server")
            << false << 1011 << u"Deadline expired before operation could complete."_s
            << ErrorCategory::Server << State::Failed;
    QTest::newRow("resource exhausted 1011: quota")
            << false << 1011 << u"RESOURCE_EXHAUSTED: too many concurrent sessions"_s
            << ErrorCategory::Quota << State::Failed;
    QTest::newRow("going away 1001: server")
            << false << 1001 << QString() << ErrorCategory::Server << State::Failed;
    QTest::newRow("clean close 1000 while live: no error")
            << false << 1000 << QString() << ErrorCategory::None << State::Closed;
    QTest::newRow("clean close 1000 instead of setupComplete: server")
            << true << 1000 << u"bye"_s << ErrorCategory::Server << State::Failed;
}

void tst_LiveSession::closeCodes()
{
    QFETCH(bool, beforeSetupComplete);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(ErrorCategory, category);
    QFETCH(State, finalState);

    FakeLiveServer server;
    server.setSetupReply(beforeSetupComplete ? FakeLiveServer::SetupReply::Manual
                                             : FakeLiveServer::SetupReply::Immediate);
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    QSignalSpy errors(&session, &LiveSession::errorOccurred);
    QVERIFY(session.open(endpointFor(server.url()), minimalSetup()));
    QTRY_COMPARE(session.state(), beforeSetupComplete ? State::SettingUp : State::Live);
    QVERIFY(server.waitForMessages(1));

    server.closeClient(code, reason);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), finalState, 5000);
    QCOMPARE(session.lastError().category, category);
    if (category != ErrorCategory::None) {
        QCOMPARE(session.lastError().closeCode, code);
        QCOMPARE(session.lastError().reason, reason);
        if (!reason.isEmpty())
            QVERIFY2(session.lastError().message.contains(reason),
                     qPrintable(session.lastError().message));
        QCOMPARE(errors.size(), 1);
    } else {
        QCOMPARE(errors.size(), 0);
    }
}

void tst_LiveSession::tcpDropIsNetworkFailure()
{
    FakeLiveServer server;
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    QVERIFY(openLive(session, server));
    server.abortClient();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 5000);
    QCOMPARE(session.lastError().category, ErrorCategory::Network);
    QCOMPARE(session.lastError().closeCode, 1006);
}

void tst_LiveSession::malformedFrameIsReportedAndSurvived_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not JSON at all") << "{\"serverContent\": {oops"_ba << QString();
    QTest::newRow("a JSON array, not an object") << "[1,2,3]"_ba << QString();
    QTest::newRow("turnComplete of the wrong type")
            << "{\"serverContent\":{\"turnComplete\":\"yes\"}}"_ba << u"turnComplete"_s;
    QTest::newRow("audio that is not base64")
            << "{\"serverContent\":{\"modelTurn\":{\"parts\":[{\"inlineData\":{\"mimeType\":"
               "\"audio/pcm;rate=24000\",\"data\":\"***\"}}]}}}"_ba
            << u"data"_s;
}

void tst_LiveSession::malformedFrameIsReportedAndSurvived()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, mentions);

    FakeLiveServer server;
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    QVERIFY(openLive(session, server));
    QSignalSpy errors(&session, &LiveSession::errorOccurred);
    QSignalSpy texts(&session, &LiveSession::textReceived);

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^A server message could not be read and was "
                                            "skipped: "_s));
    server.sendRaw(frame, WireFrame::Binary);
    QTRY_COMPARE(errors.size(), 1);
    const auto error = errors.first().at(0).value<SessionError>();
    QCOMPARE(error.category, ErrorCategory::Protocol);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QCOMPARE(session.state(), State::Live);
    QCOMPARE(session.stats().decodeErrors, 1);

    // The next good frame is processed as usual.
    server.send(ServerMessage {
            .serverContent = ServerContent {.modelTurn = Content {{}, {Part {.text = u"ok"_s}}}}});
    QTRY_COMPARE(texts.size(), 1);
    QCOMPARE(texts.first().at(0).toString(), u"ok"_s);
    QCOMPARE(session.state(), State::Live);
}

void tst_LiveSession::binaryAndTextFrames_data()
{
    QTest::addColumn<WireFrame>("frameType");
    QTest::newRow("binary frames, as the Gemini API sends them") << WireFrame::Binary;
    QTest::newRow("text frames") << WireFrame::Text;
}

void tst_LiveSession::binaryAndTextFrames()
{
    QFETCH(WireFrame, frameType);
    FakeLiveServer server;
    server.setFrameType(frameType);
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    QSignalSpy audio(&session, &LiveSession::audioReceived);
    QVERIFY(openLive(session, server));

    const QByteArray speech = pcm(4800); // 100 ms at 24 kHz
    server.send(ServerMessage {
            .serverContent = ServerContent {
                    .modelTurn = Content {{},
                                          {Part {.inlineData = Blob {u"audio/pcm;rate=24000"_s,
                                                                     speech}}}}}});
    QTRY_COMPARE(audio.size(), 1);
    QCOMPARE(audio.first().at(0).toByteArray(), speech);
    QCOMPARE(audio.first().at(1).toInt(), 24000);
    QCOMPARE(session.stats().audioMsReceived, 100);
}

void tst_LiveSession::serverMessagesReachSignals()
{
    FakeLiveServer server;
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    QVERIFY(openLive(session, server));

    QSignalSpy input(&session, &LiveSession::inputTranscriptionReceived);
    QSignalSpy output(&session, &LiveSession::outputTranscriptionReceived);
    QSignalSpy audio(&session, &LiveSession::audioReceived);
    QSignalSpy generation(&session, &LiveSession::generationCompleted);
    QSignalSpy turn(&session, &LiveSession::turnCompleted);
    QSignalSpy usage(&session, &LiveSession::usageUpdated);
    QSignalSpy tool(&session, &LiveSession::toolCallReceived);
    QSignalSpy cancel(&session, &LiveSession::toolCallCancelled);
    QSignalSpy goAway(&session, &LiveSession::goAwayReceived);
    QSignalSpy resumption(&session, &LiveSession::resumptionUpdated);
    QSignalSpy grounding(&session, &LiveSession::groundingReceived);
    QSignalSpy interruptions(&session, &LiveSession::interrupted);

    server.send(ServerMessage {.serverContent = ServerContent {
                                       .inputTranscription = Transcription {.text = u"hi"_s}}});
    ServerContent speech;
    speech.modelTurn = Content {{},
                                {Part {.inlineData = Blob {u"audio/pcm;rate=24000"_s, pcm(960)}}}};
    speech.outputTranscription = Transcription {.text = u" Hello"_s};
    server.send(ServerMessage {.serverContent = speech});
    server.send(ServerMessage {.serverContent = ServerContent {.generationComplete = true}});
    UsageMetadata report;
    report.promptTokenCount = 100;
    report.responseTokenCount = 20;
    report.totalTokenCount = 120;
    server.send(ServerMessage {.serverContent
                               = ServerContent {.turnComplete = true,
                                                .turnCompleteReason = u"NEED_MORE_INPUT"_s},
                               .usageMetadata = report});
    server.send(ServerMessage {
            .toolCall = ToolCall {{FunctionCall {u"fc-1"_s, u"get_current_time"_s, {}}}}});
    server.send(ServerMessage {.toolCallCancellation = ToolCallCancellation {{u"fc-1"_s}}});
    server.send(ServerMessage {
            .sessionResumptionUpdate = SessionResumptionUpdate {u"handle-1"_s, true, {}}});
    server.send(ServerMessage {.sessionResumptionUpdate = SessionResumptionUpdate {}});
    server.send(ServerMessage {
            .serverContent = ServerContent {
                    .groundingMetadata = GroundingMetadata {
                            {GroundingSource {u"https://a.example"_s, u"A"_s, {}}}, {}, {}, {}}}});
    server.send(ServerMessage {.serverContent = ServerContent {.interrupted = true}});
    server.send(ServerMessage {.goAway = GoAway {Milliseconds(50000)}});

    QTRY_COMPARE(goAway.size(), 1);
    QCOMPARE(input.size(), 1);
    QCOMPARE(input.first().at(0).value<Transcription>().text, u"hi"_s);
    QCOMPARE(output.first().at(0).value<Transcription>().text, u" Hello"_s);
    QCOMPARE(audio.size(), 1);
    QCOMPARE(generation.size(), 1);
    QCOMPARE(turn.size(), 1);
    QCOMPARE(turn.first().at(0).toString(), u"NEED_MORE_INPUT"_s);
    QCOMPARE(usage.size(), 1);
    QCOMPARE(session.usageTotals().prompt, 100);
    QCOMPARE(session.usageTotals().response, 20);
    QCOMPARE(tool.first().at(0).value<ToolCall>().functionCalls.first().id, u"fc-1"_s);
    QCOMPARE(cancel.first().at(0).toStringList(), QStringList {u"fc-1"_s});
    QCOMPARE(resumption.size(), 2);
    // A "not resumable now" update must not erase the last usable handle.
    QCOMPARE(session.resumptionHandle(), u"handle-1"_s);
    QCOMPARE(grounding.first().at(0).value<GroundingMetadata>().sources.first().uri,
             u"https://a.example"_s);
    QCOMPARE(interruptions.size(), 1);
    QCOMPARE(goAway.first().at(0).toLongLong(), 50000);
    QVERIFY(session.isGoingAway());
    QCOMPARE(session.stats().turnsCompleted, 1);
    QCOMPARE(session.state(), State::Live);
}

void tst_LiveSession::audioIsRechunked()
{
    FakeLiveServer server;
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions()); // 40 ms chunks: 1280 bytes
    QVERIFY(openLive(session, server));

    const QByteArray speech = pcm(3201); // 100 ms and a stray byte, in three uneven pieces
    QCOMPARE(session.sendAudio(speech.left(1001)), SendResult::Queued); // under one chunk
    QCOMPARE(session.sendAudio(QByteArrayView(speech).sliced(1001, 1000)), SendResult::Sent);
    session.sendAudio(QByteArrayView(speech).sliced(2001));
    QCOMPARE(session.sendAudioStreamEnd(), SendResult::Sent);
    QVERIFY(server.waitForMessages(1 + 3 + 1));

    QByteArray joined;
    QList<qsizetype> sizes;
    const auto got = server.received();
    for (int i = 1; i < got.size() - 1; ++i) {
        const auto &in = std::get<RealtimeInput>(got.at(i));
        QVERIFY(in.audio);
        QCOMPARE(in.audio->mimeType, u"audio/pcm;rate=16000"_s);
        sizes.append(in.audio->data.size());
        joined += in.audio->data;
    }
    QCOMPARE(sizes, (QList<qsizetype> {1280, 1280, 640}));
    QCOMPARE(joined, speech.left(3200)); // only the half sample at the very end is dropped
    QVERIFY(std::get<RealtimeInput>(got.last()).audioStreamEnd);
    QCOMPARE(session.stats().audioChunksSent, 3);
    QCOMPARE(session.stats().audioBytesSent, 3200);
}

void tst_LiveSession::invalidEndpointFailsBeforeConnecting()
{
    LiveSession session;
    QSignalSpy errors(&session, &LiveSession::errorOccurred);
    EndpointConfig noKey;
    QVERIFY(!session.open(noKey, minimalSetup()));
    QCOMPARE(session.state(), State::Failed);
    QCOMPARE(session.lastError().category, ErrorCategory::Auth);
    QCOMPARE(errors.size(), 1);

    // A failed session can be opened again; a setup without a model is refused.
    QVERIFY(!session.open(endpointFor(QUrl(u"ws://127.0.0.1:1"_s)), Setup {}));
    QCOMPARE(session.lastError().category, ErrorCategory::ModelConfig);
    QCOMPARE(errors.size(), 2);
}

void tst_LiveSession::clientCloseIsClean()
{
    FakeLiveServer server;
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    QVERIFY(openLive(session, server));
    QSignalSpy states(&session, &LiveSession::stateChanged);
    QSignalSpy gone(&server, &FakeLiveServer::clientDisconnected);
    session.close();
    QTRY_COMPARE(session.state(), State::Closed);
    QCOMPARE(states.first().at(0).value<State>(), State::Closing);
    QVERIFY(gone.wait(2000) || gone.size() == 1);
    QCOMPARE(server.lastCloseCodeFromClient(), 1000);
    QCOMPARE(session.lastError().category, ErrorCategory::None);
}

void tst_LiveSession::ephemeralTokenTravelsOnlyInTheUrl()
{
    FakeLiveServer server;
    QVERIFY(server.listen());
    LiveSession session;
    session.setOptions(quickOptions());
    const QString token = u"auth_tokens/0123456789abcdef"_s;
    QVERIFY(session.open(endpointFor(server.url(), token), minimalSetup()));
    QTRY_COMPARE(session.state(), State::Live);
    QCOMPARE(server.requestUrl().path(),
             u"/ws/google.ai.generativelanguage.v1alpha.GenerativeService."
             "BidiGenerateContentConstrained"_s);
    QCOMPARE(QUrlQuery(server.requestUrl()).queryItemValue(u"access_token"_s), token);
    QVERIFY(server.requestHeader("x-goog-api-key").isEmpty());
    QVERIFY(!session.redactedUrl().contains(u"0123456789abcdef"_s));
    QVERIFY(session.redactedUrl().contains(u"access_token=REDACTED"_s));
}

QTEST_GUILESS_MAIN(tst_LiveSession)
#include "tst_livesession.moc"
