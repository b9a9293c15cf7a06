// Usage accounting (session/usage.h): per-turn and cumulative report sequences, snapshots within a
// turn, late reports, reconnects and resumptions, the configured override, and the cost estimate.
#include "session/usage.h"

#include <QTest>

using namespace livedesk::session;
using namespace livedesk::protocol;
using namespace Qt::StringLiterals;

namespace {

struct Step
{
    enum Kind { Report, Output, EndTurn, NewConnection, Resumed } kind;
    qint64 prompt = 0;
    qint64 response = 0;
    qint64 audioMs = 0;
};
using Steps = QList<Step>;

Step report(qint64 prompt, qint64 response)
{
    return Step {Step::Report, prompt, response, 0};
}
Step output(qint64 audioMs)
{
    return Step {Step::Output, 0, 0, audioMs};
}
Step endTurn()
{
    return Step {Step::EndTurn};
}
Step reconnect()
{
    return Step {Step::NewConnection};
}
Step resumed()
{
    return Step {Step::Resumed};
}
// The common shape: model audio, then turnComplete carrying usageMetadata.
Steps turn(qint64 prompt, qint64 response, qint64 audioMs)
{
    return {output(audioMs), report(prompt, response), endTurn()};
}

UsageMetadata usage(qint64 prompt, qint64 response)
{
    UsageMetadata u;
    u.promptTokenCount = prompt;
    u.responseTokenCount = response;
    u.totalTokenCount = prompt + response;
    return u;
}

} // namespace

Q_DECLARE_METATYPE(Steps)
Q_DECLARE_METATYPE(UsageReporting)

class tst_Usage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data();
    void sequences();
    void modalityBreakdown();
    void cost_data();
    void cost();
    void pricesFromJson();
};

void tst_Usage::sequences_data()
{
    QTest::addColumn<UsageReporting>("configured");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<qint64>("prompt");
    QTest::addColumn<qint64>("response");
    QTest::addColumn<UsageReporting>("effective");

    const auto auto_ = UsageReporting::Unspecified;
    // Numbers from a three-turn live probe of gemini-3.1-flash-live-preview (pydantic-ai#7269):
    // the prompt grows with the context, the response is each turn's own.
    QTest::newRow("per-turn reports are added")
            << auto_ << turn(143, 19, 700) + turn(181, 24, 800) + turn(224, 24, 800) << 548LL
            << 67LL << UsageReporting::PerTurn;
    QTest::newRow("cumulative reports are not double-counted")
            << auto_ << turn(100, 20, 600) + turn(250, 45, 800) + turn(400, 70, 800) << 400LL
            << 70LL << UsageReporting::Cumulative;
    QTest::newRow("snapshots within one turn are merged, not added")
            << auto_ << Steps {output(300), report(50, 5), output(300), report(100, 20), endTurn()}
            << 100LL << 20LL << UsageReporting::Cumulative;
    QTest::newRow("a report after turnComplete amends the turn that ended")
            << auto_ << Steps {output(500), endTurn(), report(100, 16), report(100, 16)} << 100LL
            << 16LL << UsageReporting::Cumulative;
    // As the simulator reports (25 tokens per second of speech, session totals): a long second
    // turn must not make the cumulative reading look per-turn.
    QTest::newRow("cumulative reports with turns of very different lengths")
            << auto_ << turn(158, 291, 11647) + turn(198, 919, 25130) + turn(230, 1000, 3240)
            << 230LL << 1000LL << UsageReporting::Cumulative;
    QTest::newRow("per-turn reports with turns of very different lengths")
            << auto_ << turn(158, 291, 11647) + turn(420, 628, 25130) + turn(500, 700, 28000)
            << 1078LL << 1619LL << UsageReporting::PerTurn;
    QTest::newRow("a count going down proves per-turn reporting")
            << auto_ << turn(100, 30, 900) + turn(90, 10, 300) << 190LL << 40LL
            << UsageReporting::PerTurn;
    QTest::newRow("a reconnect restarts cumulative counters")
            << auto_
            << turn(100, 20, 600) + turn(200, 45, 800) + Steps {reconnect()} + turn(50, 10, 300)
                       + turn(120, 35, 800)
            << 320LL << 80LL << UsageReporting::Cumulative;
    QTest::newRow("per-turn reports across a reconnect")
            << auto_
            << turn(100, 25, 800) + turn(130, 26, 800) + Steps {reconnect()} + turn(60, 24, 800)
            << 290LL << 75LL << UsageReporting::PerTurn;
    // The simulator (and perhaps the service) carries a session's totals across resumption.
    QTest::newRow("a resumed connection that continues the session's counters")
            << auto_
            << turn(100, 20, 600) + turn(200, 45, 800) + Steps {resumed()} + turn(260, 60, 500)
                       + turn(330, 80, 600)
            << 330LL << 80LL << UsageReporting::Cumulative;
    QTest::newRow("a resumed connection whose counters restart")
            << auto_
            << turn(100, 20, 600) + turn(200, 45, 800) + Steps {resumed()} + turn(50, 10, 300)
                       + turn(120, 35, 800)
            << 320LL << 80LL << UsageReporting::Cumulative;
    QTest::newRow("two resumptions in a row, the middle one without reports")
            << auto_
            << turn(100, 20, 600) + turn(200, 45, 800) + Steps {resumed(), resumed()}
                       + turn(260, 60, 500)
            << 260LL << 60LL << UsageReporting::Cumulative;
    QTest::newRow("without output evidence the cumulative reading is used")
            << auto_ << turn(100, 20, 0) + turn(200, 40, 0) << 200LL << 40LL
            << UsageReporting::Cumulative;
    QTest::newRow("configured per-turn mode overrides detection")
            << UsageReporting::PerTurn << turn(100, 20, 0) + turn(200, 40, 0) << 300LL << 60LL
            << UsageReporting::PerTurn;
    QTest::newRow("configured cumulative mode overrides detection")
            << UsageReporting::Cumulative << turn(143, 19, 700) + turn(181, 24, 800) << 181LL
            << 24LL << UsageReporting::Cumulative;
    QTest::newRow("an open turn counts before turnComplete")
            << auto_ << turn(100, 20, 600) + Steps {output(800), report(130, 26)} << 230LL << 46LL
            << UsageReporting::PerTurn;
    QTest::newRow("no reports, no tokens")
            << auto_ << Steps {output(800), endTurn()} << 0LL << 0LL << UsageReporting::Cumulative;
}

void tst_Usage::sequences()
{
    QFETCH(UsageReporting, configured);
    QFETCH(Steps, steps);
    QFETCH(qint64, prompt);
    QFETCH(qint64, response);
    QFETCH(UsageReporting, effective);

    UsageAccumulator acc(configured);
    for (const Step &s : steps) {
        switch (s.kind) {
        case Step::Report:
            acc.addReport(usage(s.prompt, s.response));
            break;
        case Step::Output:
            acc.observeOutput(s.audioMs, 0);
            break;
        case Step::EndTurn:
            acc.endTurn();
            break;
        case Step::NewConnection:
            acc.startConnection();
            break;
        case Step::Resumed:
            acc.startConnection(ConnectionStart::Resumed);
            break;
        }
    }
    QCOMPARE(acc.totals().prompt, prompt);
    QCOMPARE(acc.totals().response, response);
    QCOMPARE(acc.totals().total, prompt + response);
    QCOMPARE(acc.effectiveReporting(), effective);
}

void tst_Usage::modalityBreakdown()
{
    UsageMetadata u;
    u.promptTokenCount = 150;
    u.responseTokenCount = 40;
    u.thoughtsTokenCount = 5;
    u.promptTokensDetails = {{Modality::Audio, 120}, {Modality::Text, 20}};
    u.responseTokensDetails = {{Modality::Audio, 40}};
    const TokenCounts t = TokenCounts::fromUsage(u);
    QCOMPARE(t.promptTokens(Modality::Audio), 120);
    QCOMPARE(t.promptTokens(Modality::Text), 20);
    // The 10 tokens the details do not explain are kept, not lost.
    QCOMPARE(t.promptTokens(Modality::Unspecified), 10);
    QCOMPARE(t.responseTokens(Modality::Audio), 40);
    QCOMPARE(t.total, 195); // computed when the service leaves totalTokenCount out
    const QJsonObject json = t.toJson();
    QCOMPARE(json.value(u"prompt_by_modality"_s).toObject().value(u"audio"_s).toInteger(), 120);
    QCOMPARE(json.value(u"thoughts"_s).toInteger(), 5);
}

void tst_Usage::cost_data()
{
    QTest::addColumn<qint64>("audioIn");
    QTest::addColumn<qint64>("textIn");
    QTest::addColumn<qint64>("imageIn");
    QTest::addColumn<qint64>("unlistedIn");
    QTest::addColumn<qint64>("audioOut");
    QTest::addColumn<qint64>("textOut");
    QTest::addColumn<qint64>("unlistedOut");
    QTest::addColumn<qint64>("thoughts");
    QTest::addColumn<double>("usd");

    const qint64 M = 1000000;
    QTest::newRow("a million audio input tokens cost $3")
            << M << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << 3.0;
    QTest::newRow("a million audio output tokens cost $12")
            << 0LL << 0LL << 0LL << 0LL << M << 0LL << 0LL << 0LL << 12.0;
    QTest::newRow("text in $0.50 and text out $2 per million")
            << 0LL << M << 0LL << 0LL << 0LL << M << 0LL << 0LL << 2.5;
    QTest::newRow("image input at the audio input rate")
            << 0LL << 0LL << M << 0LL << 0LL << 0LL << 0LL << 0LL << 3.0;
    QTest::newRow("counts without a breakdown are priced at the audio rates")
            << 0LL << 0LL << 0LL << M << 0LL << 0LL << M << 0LL << 15.0;
    QTest::newRow("thinking tokens at the text output rate")
            << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << M << 2.0;
    QTest::newRow("a short voice turn costs a fraction of a cent")
            << 300LL << 40LL << 0LL << 0LL << 250LL << 0LL << 0LL << 0LL
            << (300 * 3.0 + 40 * 0.5 + 250 * 12.0) / 1e6;
}

void tst_Usage::cost()
{
    QFETCH(qint64, audioIn);
    QFETCH(qint64, textIn);
    QFETCH(qint64, imageIn);
    QFETCH(qint64, unlistedIn);
    QFETCH(qint64, audioOut);
    QFETCH(qint64, textOut);
    QFETCH(qint64, unlistedOut);
    QFETCH(qint64, thoughts);
    QFETCH(double, usd);

    UsageMetadata u;
    u.promptTokenCount = audioIn + textIn + imageIn + unlistedIn;
    u.responseTokenCount = audioOut + textOut + unlistedOut;
    u.thoughtsTokenCount = thoughts;
    u.promptTokensDetails = {{Modality::Audio, audioIn},
                             {Modality::Text, textIn},
                             {Modality::Image, imageIn}};
    u.responseTokensDetails = {{Modality::Audio, audioOut}, {Modality::Text, textOut}};
    const double got = estimateCostUsd(TokenCounts::fromUsage(u), Prices {});
    QVERIFY2(qAbs(got - usd) < 1e-9, qPrintable(QString::number(got, 'g', 12)));
}

void tst_Usage::pricesFromJson()
{
    Prices p;
    p.readJson(QJsonObject {{u"audioIn"_s, 1.0}, {u"textOut"_s, 4.0}, {u"videoIn"_s, -1}});
    QCOMPARE(p.audioInPerMillion, 1.0);
    QCOMPARE(p.textOutPerMillion, 4.0);
    QCOMPARE(p.videoInPerMillion, 3.0); // a negative price is ignored
    QCOMPARE(p.audioOutPerMillion, 12.0);
}

QTEST_GUILESS_MAIN(tst_Usage)
#include "tst_usage.moc"
