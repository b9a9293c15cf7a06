// The desktop controller's recovery, through its app::Conversation (issue 14): against the
// in-process simulator on a model that takes its initial history only through historyConfig
// (gemini-3.1-flash-live-preview), a resumption handle that has expired at the server while the
// connection was down ends in a fresh session seeded with the conversation so far, the
// historyConfig way (turnComplete: true), which the model takes mid-session; the app says so and
// the conversation goes on. The command line's --endpoint, --model and --events are used as
// `livedesk` uses them (ConversationOverrides), so the events show the recovery too. And with
// Vertex AI and --failover-location, a first location that is unavailable (503) moves the
// conversation to the second, whose setup names it.
#include "app/conversationbridge.h"
#include "app/gui/appcontroller.h"
#include "app/gui/appsettings.h"
#include "app/gui/secretstore.h"
#include "app/transcript.h"
#include "controllertestsupport.h"
#include "session/livesession.h"
#include "simulator/simulator.h"
#include "tests/audiotestmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace Qt::StringLiterals;
using Controller = app::AppController;

namespace {

constexpr int kHandleLifetimeMs = 300;

QList<QJsonObject> eventsOfType(const QString &path, const QString &type)
{
    QList<QJsonObject> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QJsonObject e = QJsonDocument::fromJson(file.readLine()).object();
        if (e.value(u"type"_s).toString() == type)
            out.append(e);
    }
    return out;
}

} // namespace

class tst_ControllerRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiredHandleReseedsWithHistoryConfig();
    void failoverToTheSecondLocation();

private:
    int completeAnswers(const Controller &c) const;
};

int tst_ControllerRecovery::completeAnswers(const Controller &c) const
{
    const auto &items = c.transcriptRecord()->items();
    return int(std::count_if(items.begin(), items.end(), [](const app::TranscriptItem &i) {
        return i.kind == app::TranscriptItemKind::ModelTurn && i.complete;
    }));
}

void tst_ControllerRecovery::expiredHandleReseedsWithHistoryConfig()
{
    QTemporaryDir dir;
    sim::SimulatorOptions simOptions;
    simOptions.speechSpeedFactor = 16.0;
    simOptions.handleLifetimeMs = kHandleLifetimeMs;
    sim::Simulator simulator(simOptions);
    QVERIFY(simulator.start());
    QSignalSpy contents(&simulator, &sim::Simulator::clientContentReceived);

    // The key the simulator needs, as a person without a stored key gives it.
    qputenv("GEMINI_API_KEY", "sim-key");
    const QString events = dir.filePath(u"events.jsonl"_s);
    app::AppControllerOptions options = test::isolatedControllerOptions(dir);
    options.overrides.endpoint = simulator.url().toString();
    options.overrides.model = u"gemini-3.1-flash-live-preview"_s;
    // Push-to-talk: whatever plays into the shared virtual microphone stays out.
    options.overrides.talkMode = app::TalkMode::PushToTalk;
    options.overrides.eventsPath = events;
    Controller c(std::move(options));
    c.initialize();
    c.start();
    QTRY_VERIFY_WITH_TIMEOUT(c.conversation()->state() == Controller::SessionState::Live, 15000);
    QCOMPARE(c.conversation()->modelName().isEmpty(), false);

    QVERIFY(c.sendText(u"my name is Ada"_s));
    QTRY_COMPARE_WITH_TIMEOUT(completeAnswers(c), 1, 20000);
    QVERIFY(c.sendText(u"I like tea"_s));
    QTRY_COMPARE_WITH_TIMEOUT(completeAnswers(c), 2, 20000);
    const qsizetype contentsBefore = contents.size();

    // A long outage: the service is unreachable until the handle is older than its lifetime.
    simulator.setUnavailable(503);
    simulator.dropAllConnections();
    QElapsedTimer outage;
    outage.start();
    QTRY_VERIFY_WITH_TIMEOUT(c.conversation()->state() == Controller::SessionState::Reconnecting,
                             10000);
    // The handle's age is the condition: the server refuses it once its lifetime has passed.
    QTRY_VERIFY_WITH_TIMEOUT(outage.elapsed() > 3 * kHandleLifetimeMs, 10000);
    simulator.setUnavailable(0);

    QTRY_VERIFY_WITH_TIMEOUT(c.conversation()->state() == Controller::SessionState::Live, 30000);
    // The conversation so far, as history the historyConfig way (turnComplete: true).
    QTRY_VERIFY_WITH_TIMEOUT(contents.size() > contentsBefore, 10000);
    const QList<QVariant> seeded = contents.last();
    const QStringList turns = seeded.at(1).toStringList();
    QCOMPARE(turns.size(), 4);
    QCOMPARE(turns.at(0), u"user: my name is Ada"_s);
    QVERIFY(turns.at(1).startsWith(u"model: "_s));
    QCOMPARE(turns.at(2), u"user: I like tea"_s);
    QVERIFY(seeded.at(2).toBool()); // turnComplete: historyConfig.initialHistoryInClientContent
    QVERIFY(seeded.at(3).toBool()); // taken as history
    // The app says so in the conversation, and it goes on.
    const auto &items = c.transcriptRecord()->items();
    QVERIFY(std::any_of(items.begin(), items.end(), [](const app::TranscriptItem &i) {
        return i.kind == app::TranscriptItemKind::Notice
               && i.notice == app::NoticeKind::ContextRestored;
    }));
    QVERIFY(c.sendText(u"what is my name"_s));
    QTRY_COMPARE_WITH_TIMEOUT(completeAnswers(c), 3, 20000);

    // The events file says the same, in livedesk-cli's words.
    QTRY_VERIFY_WITH_TIMEOUT(!eventsOfType(events, u"context_restored"_s).isEmpty(), 5000);
    QCOMPARE(eventsOfType(events, u"context_restored"_s).first().value(u"turns"_s).toInt(), 4);
    const auto reconnects = eventsOfType(events, u"reconnect"_s);
    QVERIFY(std::any_of(reconnects.begin(), reconnects.end(), [](const QJsonObject &e) {
        return e.value(u"phase"_s).toString() == u"live"
               && e.value(u"mode"_s).toString().contains(u"history"_s);
    }));

    c.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!c.conversation()->isActive(), 10000);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void tst_ControllerRecovery::failoverToTheSecondLocation()
{
    QTemporaryDir dir;
    sim::SimulatorOptions simOptions;
    simOptions.speechSpeedFactor = 16.0;
    sim::Simulator simulator(simOptions);
    QVERIFY(simulator.start());
    QSignalSpy setups(&simulator, &sim::Simulator::setupReceived);
    // The first location is down (503, as a region that is unavailable).
    simulator.setUnavailable(503);

    app::AppControllerOptions options = test::isolatedControllerOptions(dir);
    // Every location's address is the simulator's here; the location is in the setup's model.
    options.overrides.endpoint = simulator.url().toString();
    options.overrides.talkMode = app::TalkMode::PushToTalk;
    options.overrides.failoverLocations = {u"europe-west4"_s};
    Controller c(std::move(options));
    for (const auto &[key, value] :
         QList<QPair<QString, QString>> {{u"backend"_s, u"vertex"_s},
                                         {u"vertex/project"_s, u"my-project"_s},
                                         {u"vertex/location"_s, u"us-central1"_s},
                                         {u"vertex/credential"_s, u"api-key"_s}})
        QCOMPARE(c.settings()->setValue(key, value), QString());
    c.initialize();
    c.vertexCredential()->store(u"vertex-key"_s);
    QTRY_VERIFY_WITH_TIMEOUT(c.vertexCredential()->hasSecret(), 5000);
    c.start();
    QVERIFY(c.session());
    // The session moves on to the second location: it is up by the time it is tried.
    std::optional<int> nextEndpoint;
    connect(c.session(), &session::LiveSession::reconnecting, this,
            [&](const session::ReconnectInfo &info) {
                if (!nextEndpoint)
                    nextEndpoint = info.endpointIndex;
                simulator.setUnavailable(0);
            });
    QTRY_VERIFY_WITH_TIMEOUT(c.conversation()->state() == Controller::SessionState::Live, 20000);
    QCOMPARE(nextEndpoint, 1);
    QCOMPARE(c.session()->endpointIndex(), 1);
    QVERIFY(c.session()->stats().failedAttempts >= 1);
    // The setup names the second location.
    QCOMPARE(setups.size(), 1);
    QVERIFY2(setups.first().at(0).toString().startsWith(
                     u"projects/my-project/locations/europe-west4/"_s),
             qPrintable(setups.first().at(0).toString()));
    QVERIFY(c.sendText(u"hello from the second region"_s));
    QTRY_COMPARE_WITH_TIMEOUT(completeAnswers(c), 1, 20000);

    c.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!c.conversation()->isActive(), 10000);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

LIVEDESK_AUDIO_TEST_MAIN(tst_ControllerRecovery)
#include "tst_controllerrecovery.moc"
