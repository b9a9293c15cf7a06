// The two state machines of a conversation, as tables: LiveSession's (the conversation: Idle …
// Live ⇄ Reconnecting … Closed/Failed) and LiveConnection's (one socket: Idle … Open … Closed).
// Every pair of states is a row: the ones the design allows move and say so (stateChanged),
// every other one is refused with a warning naming both states and changes nothing. The rows'
// expectations are written here, not read from the classes' own tables, so a change to either
// table shows up as a failing row. The paths real servers take through them are the session
// tests' subject (tst_livesession, tst_session_*, tst_hostile_server, tst_liveconnection).
#include "session/livesession.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace livedesk::session;

namespace livedesk::session {

// Friend of both classes: puts a machine in a state, then asks for one transition.
struct StateMachineProbe
{
    static bool move(LiveSession &session, LiveSession::State from, LiveSession::State to)
    {
        session.m_state = from;
        return session.transition(to, LiveSession::TransitionReason::None);
    }
    static bool move(LiveConnection &connection, LiveConnection::State from,
                     LiveConnection::State to)
    {
        connection.m_state = from;
        return connection.transition(to, LiveConnection::Reason::None);
    }
};

} // namespace livedesk::session

namespace {

using SessionState = LiveSession::State;
using ConnectionState = LiveConnection::State;

template<typename Enum>
QByteArray keyOf(Enum value)
{
    return QMetaEnum::fromType<Enum>().valueToKey(int(value));
}

template<typename Enum>
QList<Enum> allOf()
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    QList<Enum> out;
    for (int i = 0; i < meta.keyCount(); ++i)
        out.append(Enum(meta.value(i)));
    return out;
}

// The design (livesession.h's diagram): which changes a conversation may make.
const QList<std::pair<SessionState, SessionState>> kSessionLegal = {
        {SessionState::Idle, SessionState::Connecting}, // open()
        {SessionState::Idle, SessionState::Failed}, // open() with no endpoint or model
        {SessionState::Connecting, SessionState::SettingUp}, // upgraded
        {SessionState::Connecting, SessionState::Closed}, // close() before the upgrade
        {SessionState::Connecting, SessionState::Failed}, // refused, unreachable, given up
        {SessionState::SettingUp, SessionState::Live}, // setupComplete
        {SessionState::SettingUp, SessionState::Closing}, // close() while setting up
        {SessionState::SettingUp, SessionState::Closed}, // close() during a first-connection retry
        {SessionState::SettingUp, SessionState::Failed}, // setup refused or timed out
        {SessionState::Live, SessionState::Reconnecting}, // lost, goAway handover, stall
        {SessionState::Live, SessionState::Closing}, // close()
        {SessionState::Live, SessionState::Closed}, // the server closed cleanly
        {SessionState::Live, SessionState::Failed}, // lost, and recovery impossible
        {SessionState::Reconnecting, SessionState::Live}, // the new connection's setupComplete
        {SessionState::Reconnecting, SessionState::Closing}, // close() during a new setup
        {SessionState::Reconnecting, SessionState::Closed}, // close() during a backoff
        {SessionState::Reconnecting, SessionState::Failed}, // recovery gave up
        {SessionState::Closing, SessionState::Closed}, // the close was answered or timed out
        {SessionState::Closed, SessionState::Connecting}, // open() again
        {SessionState::Closed, SessionState::Failed}, // open() again with no endpoint
        {SessionState::Failed, SessionState::Connecting}, // open() again
};

const QList<std::pair<ConnectionState, ConnectionState>> kConnectionLegal = {
        {ConnectionState::Idle, ConnectionState::Connecting}, // open()
        {ConnectionState::Idle, ConnectionState::Closed}, // abort() before opening
        {ConnectionState::Connecting, ConnectionState::SettingUp}, // upgraded
        {ConnectionState::Connecting, ConnectionState::Closed}, // refused, timed out, aborted
        {ConnectionState::SettingUp, ConnectionState::Open}, // setupComplete
        {ConnectionState::SettingUp, ConnectionState::Closing}, // close()
        {ConnectionState::SettingUp, ConnectionState::Closed}, // closed, timed out, aborted
        {ConnectionState::Open, ConnectionState::Closing}, // close(): end or handover
        {ConnectionState::Open, ConnectionState::Closed}, // dropped, closed, keep-alive expired
        {ConnectionState::Closing, ConnectionState::Closed}, // answered, or timed out
};

template<typename State>
void addRows(const QList<std::pair<State, State>> &legal)
{
    QTest::addColumn<State>("from");
    QTest::addColumn<State>("to");
    QTest::addColumn<bool>("allowed");
    for (State from : allOf<State>()) {
        for (State to : allOf<State>()) {
            if (from == to)
                continue; // staying is not a transition
            const bool allowed = legal.contains(std::pair {from, to});
            QTest::addRow("%s -> %s", keyOf(from).constData(), keyOf(to).constData())
                    << from << to << allowed;
        }
    }
}

} // namespace

class tst_SessionStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionTransition_data() { addRows(kSessionLegal); }
    void sessionTransition();
    void sessionStaysPut();
    void connectionTransition_data() { addRows(kConnectionLegal); }
    void connectionTransition();
    void closedConnectionIsNotReused();
};

void tst_SessionStates::sessionTransition()
{
    QFETCH(SessionState, from);
    QFETCH(SessionState, to);
    QFETCH(bool, allowed);

    LiveSession session;
    QSignalSpy changed(&session, &LiveSession::stateChanged);
    QCOMPARE(LiveSession::isLegalTransition(from, to), allowed);
    if (!allowed) {
        QTest::ignoreMessage(QtWarningMsg, QByteArray("transition " + keyOf(from) + " -> "
                                                      + keyOf(to) + " (None) refused")
                                                   .constData());
    }
    QCOMPARE(livedesk::session::StateMachineProbe::move(session, from, to), allowed);
    QCOMPARE(session.state(), allowed ? to : from);
    QCOMPARE(changed.size(), allowed ? 1 : 0);
    if (allowed)
        QCOMPARE(changed.first().first().value<SessionState>(), to);
}

void tst_SessionStates::sessionStaysPut()
{
    // A state entered twice (a failover while Connecting, a second loss while Reconnecting) is
    // neither refused nor announced again.
    LiveSession session;
    QSignalSpy changed(&session, &LiveSession::stateChanged);
    for (SessionState state : allOf<SessionState>()) {
        QVERIFY(livedesk::session::StateMachineProbe::move(session, state, state));
        QCOMPARE(session.state(), state);
    }
    QCOMPARE(changed.size(), 0);
}

void tst_SessionStates::connectionTransition()
{
    QFETCH(ConnectionState, from);
    QFETCH(ConnectionState, to);
    QFETCH(bool, allowed);

    SecretScrubber scrubber;
    LiveConnection connection(scrubber);
    QCOMPARE(LiveConnection::isLegal(from, to), allowed);
    if (!allowed) {
        QTest::ignoreMessage(QtWarningMsg, QByteArray("connection: transition " + keyOf(from)
                                                      + " -> " + keyOf(to) + " (None) refused")
                                                   .constData());
    }
    QCOMPARE(livedesk::session::StateMachineProbe::move(connection, from, to), allowed);
    QCOMPARE(connection.state(), allowed ? to : from);
}

void tst_SessionStates::closedConnectionIsNotReused()
{
    // A connection is used once: after its end, open() is refused (the session makes a new one
    // for every attempt), and nothing can be sent.
    SecretScrubber scrubber;
    LiveConnection connection(scrubber);
    connection.abort();
    QCOMPARE(connection.state(), ConnectionState::Closed);
    QTest::ignoreMessage(QtWarningMsg,
                         "connection: transition Closed -> Connecting (OpenRequested) refused");
    QVERIFY(!connection.open(QNetworkRequest(QUrl(QStringLiteral("ws://127.0.0.1:1"))), {}));
    QCOMPARE(connection.state(), ConnectionState::Closed);
    QVERIFY(!connection.canSend());
    QCOMPARE(connection.sendText("{}"), -1);
}

QTEST_GUILESS_MAIN(tst_SessionStates)
#include "tst_sessionstates.moc"
