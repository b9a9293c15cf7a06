// LiveDesk's session against the strict simulator, one data row per behaviour of the service
// (docs/service-2026.md, "Behaviours of the real service"). The simulator's side of each row is
// tst_simstrict or tst_simstrict_session; rows covered in depth elsewhere are listed with their
// tests in docs/simulator.md, "The service's behaviours, row by row".
#include "recoverytestkit.h"

#include "session/protocol/codec.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;
using State = LiveSession::State;
using livedesk::sim::Simulator;

namespace {

enum class Row {
    UnknownSetupField,
    MidSession1008,
    MidSession1011,
    GoAwayHandover,
    OldSocketClosedFirst,
    HandlesAfterFirstTurn,
    SilentAfterBlockingTool,
    ExtraServerFields,
    NullHandleOn31,
};

const QString k25 = u"gemini-2.5-flash-native-audio-preview-12-2025"_s;
const QString k31 = u"gemini-3.1-flash-live-preview"_s;
const QString k38 = u"gemini-3.8-live"_s;

struct Watch
{
    explicit Watch(LiveSession &s)
    {
        QObject::connect(&s, &LiveSession::turnCompleted, &s, [this](const QString &) { ++turns; });
        QObject::connect(&s, &LiveSession::reconnecting, &s,
                         [this](const ReconnectInfo &i) { starts.append(i); });
        QObject::connect(&s, &LiveSession::reconnected, &s,
                         [this](const ReconnectInfo &i) { reconnects.append(i); });
        QObject::connect(&s, &LiveSession::errorOccurred, &s,
                         [this](const SessionError &e) { errors.append(e); });
        QObject::connect(&s, &LiveSession::setupCompleted, &s,
                         [this](const QString &id) { sessionIds.append(id); });
        QObject::connect(&s, &LiveSession::audioReceived, &s,
                         [this](const QByteArray &pcm, int) { audioBytes += pcm.size(); });
    }
    int turns = 0;
    QList<ReconnectInfo> starts;
    QList<ReconnectInfo> reconnects;
    QList<SessionError> errors;
    QStringList sessionIds;
    qint64 audioBytes = 0;
};

// What the simulator saw, in order: "setup" and "closed" per connection.
struct ServerLog
{
    explicit ServerLog(Simulator &sim)
    {
        QObject::connect(&sim, &Simulator::setupReceived, &sim,
                         [this](const QString &) { events.append(u"setup"_s); });
        QObject::connect(&sim, &Simulator::clientDisconnected, &sim,
                         [this](int) { events.append(u"closed"_s); });
    }
    QStringList events;
};

Setup setupFor(const QString &model)
{
    Setup s = recoverySetup();
    s.model = u"models/"_s + model;
    return s;
}

EndpointConfig vertexEndpoint(const QUrl &url)
{
    EndpointConfig e;
    e.backend = Backend::VertexAi;
    e.baseUrl = url;
    e.accessToken = u"vertex-token"_s;
    e.vertexProject = u"proj"_s;
    e.vertexLocation = u"us-central1"_s;
    return e;
}

// A 440 Hz tone at 16 kHz: speech to the simulator's energy VAD, without espeak-ng.
QByteArray tonePcm16k(int ms)
{
    QByteArray pcm(qsizetype(ms) * 16 * 2, Qt::Uninitialized);
    auto *samples = reinterpret_cast<qint16 *>(pcm.data());
    for (qsizetype i = 0; i < pcm.size() / 2; ++i)
        samples[i] = qint16(8000 * std::sin(2 * std::numbers::pi * 440 * double(i) / 16000));
    return pcm;
}

} // namespace

Q_DECLARE_METATYPE(Row)
Q_DECLARE_METATYPE(livedesk::session::StallCause)

class tst_SessionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceBehaviours_data();
    void serviceBehaviours();
};

void tst_SessionService::serviceBehaviours_data()
{
    QTest::addColumn<Row>("row");
    QTest::newRow("an unknown setup field: 1007 at setup is final, with the service's text")
            << Row::UnknownSetupField;
    QTest::newRow("mid-session 1008 Operation is not implemented: resumed with the handle")
            << Row::MidSession1008;
    QTest::newRow("mid-session 1011 unavailable: resumed, backing off while it lasts")
            << Row::MidSession1011;
    QTest::newRow("goAway: handed over to a new connection with the handle") << Row::GoAwayHandover;
    QTest::newRow("a resume is refused while the old socket is open: it is closed first")
            << Row::OldSocketClosedFirst;
    QTest::newRow("handles only after the first model turn: fresh before it, resumed after")
            << Row::HandlesAfterFirstTurn;
    QTest::newRow("3.1 silent after a BLOCKING tool response: the watchdog asks again")
            << Row::SilentAfterBlockingTool;
    QTest::newRow("extra server fields (Vertex 3.8: speechState, avatar video, …): no error")
            << Row::ExtraServerFields;
    QTest::newRow("3.1 refuses a null handle: LiveDesk never sends one") << Row::NullHandleOn31;
}

void tst_SessionService::serviceBehaviours()
{
    QFETCH(Row, row);
    livedesk::sim::SimulatorOptions options = fastSimulator();
    // Vertex's voiceActivity events too (the Vertex path alone brings speechState).
    options.vertexFlavour = row == Row::ExtraServerFields;
    if (row == Row::SilentAfterBlockingTool) {
        options.scenarioJson = R"({"turns":[{"transcript":"time","toolCall":{"name":"get_time",
            "args":{}},"reply":"It is {result}."}]})";
    }
    Simulator sim(options);
    QVERIFY(sim.start());
    ServerLog server(sim);
    LiveSession session;
    session.setOptions(quickRecoveryOptions());
    Watch w(session);

    const auto openAndFirstTurn = [&](const EndpointConfig &endpoint, const Setup &setup) {
        if (!session.open(endpoint, setup)
            || !QTest::qWaitFor([&] { return session.state() == State::Live; }, 10000))
            return false;
        session.sendRealtimeText(u"first"_s);
        return QTest::qWaitFor([&] { return w.turns == 1 && session.hasUsableHandle(); }, 15000);
    };
    const auto secondTurnAnswered = [&] {
        session.sendRealtimeText(u"second"_s);
        return QTest::qWaitFor([&] { return w.turns == 2; }, 15000);
    };

    switch (row) {
    case Row::UnknownSetupField: {
        // 2.5's affective dialog exists on v1alpha only; sent on v1beta the service's proto
        // parser does not know it (the app switches the version; this sends it regardless).
        Setup setup = setupFor(k25);
        setup.generationConfig->enableAffectiveDialog = true;
        QVERIFY(session.open(endpointFor(sim.url()), setup));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, 10000);
        const SessionError error = session.lastError();
        QCOMPARE(error.closeCode, 1007);
        QCOMPARE(error.category, ErrorCategory::ModelConfig);
        QVERIFY2(error.message.contains(u"Unknown name \"enableAffectiveDialog\""_s),
                 qPrintable(error.message));
        QVERIFY(w.starts.isEmpty()); // not retried: the same setup would fail the same way
        // One connection, refused at its setup (the simulator reports accepted setups only).
        QTRY_COMPARE(server.events, QStringList {u"closed"_s});
        break;
    }
    case Row::MidSession1008:
    case Row::MidSession1011: {
        QVERIFY(openAndFirstTurn(endpointFor(sim.url()), setupFor(k25)));
        if (row == Row::MidSession1008) {
            sim.closeAll(1008, u"Operation is not implemented, or supported, or enabled."_s);
        } else {
            // Unavailable for a while: each try is refused, and the tries space out.
            sim.setUnavailable(503);
            sim.closeAll(1011, u"The service is currently unavailable."_s);
            QTRY_VERIFY_WITH_TIMEOUT(w.starts.size() >= 3, 10000);
            sim.setUnavailable(0);
            QVERIFY(w.starts.at(1).delayMs > 0);
            QVERIFY2(w.starts.at(2).delayMs > w.starts.at(1).delayMs,
                     qPrintable(u"%1 then %2 ms"_s.arg(w.starts.at(1).delayMs)
                                        .arg(w.starts.at(2).delayMs)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 1, 15000);
        QCOMPARE(w.reconnects.first().mode, ResumeMode::Resumed);
        if (row == Row::MidSession1008)
            QCOMPARE(w.reconnects.first().reason, ReconnectReason::ServerRejected);
        QVERIFY(secondTurnAnswered());
        QCOMPARE(session.stats().resumptions, 1);
        break;
    }
    case Row::GoAwayHandover:
    case Row::OldSocketClosedFirst: {
        QVERIFY(openAndFirstTurn(endpointFor(sim.url()), setupFor(k38)));
        sim.sendGoAwayNow(3000);
        QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 1, 10000);
        if (row == Row::GoAwayHandover) {
            QCOMPARE(w.reconnects.first().reason, ReconnectReason::GoAway);
            QCOMPARE(w.reconnects.first().mode, ResumeMode::Resumed);
            QCOMPARE(session.stats().handovers, 1);
        } else {
            // The simulator refuses (1011) a resume while the old socket is open, as the
            // service does; no error at all means the old one was closed first.
            QCOMPARE(server.events, (QStringList {u"setup"_s, u"closed"_s, u"setup"_s}));
            QVERIFY(w.errors.isEmpty());
        }
        QVERIFY(secondTurnAnswered());
        break;
    }
    case Row::HandlesAfterFirstTurn: {
        QVERIFY(session.open(endpointFor(sim.url()), setupFor(k38)));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
        QVERIFY(!session.hasUsableHandle());
        sim.dropAllConnections(); // before any model turn: nothing to resume
        QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 1, 10000);
        QCOMPARE(w.reconnects.first().mode, ResumeMode::Fresh);
        session.sendRealtimeText(u"first"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.turns == 1 && session.hasUsableHandle(), 15000);
        sim.dropAllConnections();
        QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 2, 10000);
        QCOMPARE(w.reconnects.at(1).mode, ResumeMode::Resumed);
        break;
    }
    case Row::SilentAfterBlockingTool: {
        LiveSessionOptions quick = quickRecoveryOptions();
        quick.replyTimeoutMs = 1000;
        session.setOptions(quick);
        qRegisterMetaType<StallCause>();
        QSignalSpy stalls(&session, &LiveSession::replyStalled);
        int calls = 0;
        connect(&session, &LiveSession::toolCallReceived, this, [&](const ToolCall &call) {
            ++calls;
            ToolResponse response;
            for (const FunctionCall &f : call.functionCalls)
                response.functionResponses.append(
                        {f.id, f.name, {{u"output"_s, u"noon"_s}}, {}, {}});
            session.sendToolResponse(response);
        });
        Setup setup = setupFor(k31);
        setup.contextWindowCompression.reset();
        FunctionDeclaration getTime;
        getTime.name = u"get_time"_s;
        getTime.description = u"The time"_s;
        setup.tools = {Tool {.functionDeclarations = {getTime}}};
        QVERIFY(session.open(endpointFor(sim.url()), setup));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
        sim.swallowNextToolResults(1);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^no reply: nothing from the server for \\d+ ms "
                                                "after the (user's turn|tool response)$"_s));
        session.sendRealtimeText(u"what time is it"_s);
        QVERIFY(stalls.wait(5000));
        QCOMPARE(stalls.first().at(0).value<StallCause>(), StallCause::ToolResponse);
        QVERIFY(session.retryStalledTurn());
        QTRY_COMPARE_WITH_TIMEOUT(w.turns, 1, 10000);
        QCOMPARE(calls, 2); // asked again on a new connection, the call came again
        break;
    }
    case Row::ExtraServerFields: {
        // Vertex 3.8 with everything that brings server fields: transcriptions (interim too),
        // Google Search (grounding), the avatar (video parts), speech (voiceActivity,
        // speechState), resumption (sessionId, handles).
        Setup setup = recoverySetup();
        setup.model = u"projects/proj/locations/us-central1/publishers/google/models/"_s + k38;
        setup.generationConfig->responseModalities = {Modality::Video};
        setup.contextWindowCompression.reset();
        Tool search;
        search.googleSearch = true;
        setup.tools = {search};
        QVERIFY(session.open(vertexEndpoint(sim.url()), setup));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Live, 10000);
        QSignalSpy voice(&session, &LiveSession::voiceActivityReceived);
        QSignalSpy grounding(&session, &LiveSession::groundingReceived);
        session.sendAudio(QByteArray(tonePcm16k(500) + QByteArray(16 * 2 * 1500, '\0')));
        session.sendAudioStreamEnd();
        QTRY_COMPARE_WITH_TIMEOUT(w.turns, 1, 15000);
        QVERIFY(w.errors.isEmpty());
        QCOMPARE(session.stats().decodeErrors, 0);
        QCOMPARE(session.stats().audioPartsSkipped, 0);
        QVERIFY(w.audioBytes > 0); // the audio beside the avatar's video is played
        QVERIFY(!w.sessionIds.first().isEmpty());
        QVERIFY(voice.count() >= 1);
        QVERIFY(grounding.count() >= 1);
        break;
    }
    case Row::NullHandleOn31: {
        Setup setup = setupFor(k31);
        setup.contextWindowCompression.reset();
        // Resumption on and no handle yet: on the wire an empty object, never "handle": null.
        QVERIFY(!encodeClientMessage(setup).contains("\"handle\""));
        QVERIFY(openAndFirstTurn(endpointFor(sim.url()), setup));
        sim.dropAllConnections();
        QTRY_COMPARE_WITH_TIMEOUT(w.reconnects.size(), 1, 10000);
        QCOMPARE(w.reconnects.first().mode, ResumeMode::Resumed);
        QVERIFY(secondTurnAnswered());
        QVERIFY(w.errors.size() == 1 && w.errors.first().closeCode == 1006); // the drop only
        break;
    }
    }
    session.close();
}

QTEST_GUILESS_MAIN(tst_SessionService)
#include "tst_session_service.moc"
