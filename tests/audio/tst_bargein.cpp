// Local barge-in decisions, rule by rule: each row is a short story of events on a millisecond
// clock and the actions the controller must take at each step.
#include "audio/bargein.h"

#include <QTest>

using namespace livedesk::audio;

namespace {

enum class Event { SpeechStarted, SpeechEnded, Interrupted, TurnComplete, StopRequested, Tick };

struct Step
{
    qint64 atMs;
    Event event;
    bool modelSpeaking; // for SpeechStarted; "model turn open" for StopRequested
    QString expected; // the actions, '+'-joined, "" for none
};

QString describe(const BargeInActions &a)
{
    QStringList parts;
    if (a.duck)
        parts << QStringLiteral("duck");
    if (a.restoreVolume)
        parts << QStringLiteral("restore");
    if (a.stopPlayback)
        parts << QStringLiteral("stop");
    if (a.discardTurn)
        parts << QStringLiteral("discard");
    if (a.endDiscard)
        parts << QStringLiteral("endDiscard");
    if (a.activityStart)
        parts << QStringLiteral("activityStart");
    if (a.activityEnd)
        parts << QStringLiteral("activityEnd");
    return parts.join(QLatin1Char('+'));
}

} // namespace

Q_DECLARE_METATYPE(BargeInMode)
Q_DECLARE_METATYPE(TurnDetection)
Q_DECLARE_METATYPE(QList<Step>)

class tst_BargeIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void namesRoundTrip();
};

void tst_BargeIn::rules_data()
{
    QTest::addColumn<BargeInMode>("mode");
    QTest::addColumn<TurnDetection>("turns");
    QTest::addColumn<QList<Step>>("steps");

    using E = Event;
    QTest::newRow("server turns, duck: the user's voice ducks the model, interrupted restores")
            << BargeInMode::Duck << TurnDetection::Server
            << QList<Step> {{0, E::SpeechStarted, true, "duck"},
                            {50, E::SpeechStarted, true, ""},
                            {400, E::Interrupted, false, "restore"},
                            {5000, E::Tick, false, ""}};
    QTest::newRow("server turns, duck: no confirmation within the window restores the volume")
            << BargeInMode::Duck << TurnDetection::Server
            << QList<Step> {{0, E::SpeechStarted, true, "duck"},
                            {1499, E::Tick, true, ""},
                            {1500, E::Tick, true, "restore"},
                            {1600, E::Interrupted, false, ""}};
    QTest::newRow("server turns, duck: speech while the model is silent does nothing")
            << BargeInMode::Duck << TurnDetection::Server
            << QList<Step> {{0, E::SpeechStarted, false, ""}, {300, E::SpeechEnded, false, ""}};
    QTest::newRow("server turns, stop: silence at once, the rest of the turn is dropped")
            << BargeInMode::Stop << TurnDetection::Server
            << QList<Step> {{0, E::SpeechStarted, true, "stop+discard"},
                            {300, E::Interrupted, false, "endDiscard"}};
    QTest::newRow("server turns, stop: turnComplete ends the dropping")
            << BargeInMode::Stop << TurnDetection::Server
            << QList<Step> {{0, E::SpeechStarted, true, "stop+discard"},
                            {200, E::TurnComplete, false, "endDiscard"},
                            {2000, E::Tick, false, ""}};
    QTest::newRow("server turns, stop: unconfirmed, new audio plays again after the window")
            << BargeInMode::Stop << TurnDetection::Server
            << QList<Step> {{0, E::SpeechStarted, true, "stop+discard"},
                            {1500, E::Tick, false, "endDiscard"}};
    QTest::newRow("server turns, off: nothing happens locally")
            << BargeInMode::Off << TurnDetection::Server
            << QList<Step> {{0, E::SpeechStarted, true, ""}, {500, E::Interrupted, false, ""}};
    QTest::newRow("client turns: speech starts and ends an activity")
            << BargeInMode::Duck << TurnDetection::Client
            << QList<Step> {{0, E::SpeechStarted, false, "activityStart"},
                            {900, E::SpeechEnded, false, "activityEnd"},
                            {950, E::SpeechEnded, false, ""}};
    QTest::newRow("client turns: talking over the model stops it at once")
            << BargeInMode::Duck << TurnDetection::Client
            << QList<Step> {{0, E::SpeechStarted, true, "stop+discard+activityStart"},
                            {100, E::Interrupted, false, "endDiscard"},
                            {900, E::SpeechEnded, false, "activityEnd"}};
    QTest::newRow("client turns with barge-in off: the model cannot be talked over")
            << BargeInMode::Off << TurnDetection::Client
            << QList<Step> {{0, E::SpeechStarted, true, ""},
                            {900, E::SpeechEnded, false, ""},
                            {1000, E::SpeechStarted, false, "activityStart"}};
    QTest::newRow("push-to-talk: the voice detector acts on nothing")
            << BargeInMode::Stop << TurnDetection::None
            << QList<Step> {{0, E::SpeechStarted, true, ""}, {900, E::SpeechEnded, false, ""}};
    QTest::newRow("click-to-talk while the model speaks: stop at once, drop the rest of the turn")
            << BargeInMode::Off << TurnDetection::None
            << QList<Step> {{0, E::StopRequested, true, "stop+discard"},
                            {100, E::TurnComplete, false, "endDiscard"}};
    QTest::newRow("click-to-talk after the turn completed: stop, nothing to drop")
            << BargeInMode::Duck << TurnDetection::Server
            << QList<Step> {{0, E::StopRequested, false, "stop"}};
    QTest::newRow("click-to-talk while ducked: stop and restore for the next turn")
            << BargeInMode::Duck << TurnDetection::Server
            << QList<Step> {{0, E::SpeechStarted, true, "duck"},
                            {100, E::StopRequested, true, "restore+stop+discard"}};
}

void tst_BargeIn::rules()
{
    QFETCH(BargeInMode, mode);
    QFETCH(TurnDetection, turns);
    QFETCH(QList<Step>, steps);

    BargeInSettings settings;
    settings.mode = mode;
    settings.turnDetection = turns;
    settings.confirmWindowMs = 1500;
    BargeInController controller(settings);
    for (const Step &step : std::as_const(steps)) {
        BargeInActions actions;
        switch (step.event) {
        case Event::SpeechStarted:
            actions = controller.speechStarted(step.atMs, step.modelSpeaking);
            break;
        case Event::SpeechEnded:
            actions = controller.speechEnded(step.atMs);
            break;
        case Event::Interrupted:
            actions = controller.serverInterrupted(step.atMs);
            break;
        case Event::TurnComplete:
            actions = controller.turnComplete(step.atMs);
            break;
        case Event::StopRequested:
            actions = controller.stopRequested(step.atMs, step.modelSpeaking);
            break;
        case Event::Tick:
            actions = controller.tick(step.atMs);
            break;
        }
        QCOMPARE(describe(actions), step.expected);
    }
}

void tst_BargeIn::namesRoundTrip()
{
    for (BargeInMode mode : {BargeInMode::Off, BargeInMode::Duck, BargeInMode::Stop})
        QVERIFY(bargeInModeFromString(toString(mode)) == mode);
    QVERIFY(bargeInModeFromString(u"DUCK") == BargeInMode::Duck);
    QVERIFY(!bargeInModeFromString(u"loud").has_value());
    for (TurnDetection d : {TurnDetection::None, TurnDetection::Server, TurnDetection::Client})
        QVERIFY(turnDetectionFromString(toString(d)) == d);
    QVERIFY(!turnDetectionFromString(u"").has_value());
}

QTEST_GUILESS_MAIN(tst_BargeIn)
#include "tst_bargein.moc"
