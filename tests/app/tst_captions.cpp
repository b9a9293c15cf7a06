// Captions of a translation built from the transcript: pairs of original and translation with
// language labels and times, the interpreter's sides, and a list model that updates rows in place
// as words stream in (so a view keeps its place) — driven through the Transcript's own events.
#include "app/translationcaptions.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(livedesk::app::TranslationSettings)

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;

namespace {

TranslationSettings settings(TranslationMode mode, const QString &source, const QString &target)
{
    TranslationSettings t;
    t.mode = mode;
    t.sourceLanguage = source;
    t.targetLanguage = target;
    return t;
}

// Events: "in@LANG:TEXT", "say@LANG:TEXT" (LANG may be empty), "done".
void play(Transcript &t, const QStringList &events)
{
    for (const QString &e : events) {
        if (e == u"done") {
            t.onTurnComplete();
            continue;
        }
        const QString lang = e.section(u':', 0, 0).section(u'@', 1);
        const protocol::Transcription tr {.text = e.section(u':', 1), .languageCode = lang};
        if (e.startsWith(u"in@"))
            t.onInputTranscription(tr);
        else
            t.onOutputTranscription(tr);
    }
}

// "ORIG@lang => TRANS@lang [A|B] ✓" per pair.
QString render(const QList<CaptionPair> &pairs)
{
    QStringList out;
    for (const CaptionPair &p : pairs) {
        QString line = p.original.trimmed() + u'@' + p.originalLanguage + u" => "_s
                       + p.translation.trimmed() + u'@' + p.translationLanguage;
        if (p.side == CaptionSide::SideA)
            line += u" A"_s;
        else if (p.side == CaptionSide::SideB)
            line += u" B"_s;
        if (p.complete)
            line += u" ✓"_s;
        out << line;
    }
    return out.join(u" | ");
}

} // namespace

class tst_Captions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairs_data();
    void pairs();
    void timesFromTheOrigin();
    void modelUpdatesRowsInPlace();
};

void tst_Captions::pairs_data()
{
    QTest::addColumn<TranslationSettings>("translation");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("expected");

    const auto oneWay = settings(TranslationMode::Translate, u"auto"_s, u"de-DE"_s);
    const auto interpreter = settings(TranslationMode::Interpret, u"en-US"_s, u"de-DE"_s);
    QTest::newRow("one way: detected language and the translation's")
            << oneWay
            << QStringList {u"in@en-US:good morning"_s, u"say@de-DE:guten Morgen"_s, u"done"_s}
            << u"good morning@en-US => guten Morgen@de-DE ✓"_s;
    QTest::newRow("one way, nothing detected: the target labels the translation")
            << oneWay << QStringList {u"in@:hello"_s, u"say@:hallo"_s, u"done"_s}
            << u"hello@ => hallo@de-DE ✓"_s;
    QTest::newRow("a named source labels an undetected original")
            << settings(TranslationMode::Translate, u"en-US"_s, u"de-DE"_s)
            << QStringList {u"in@:hello"_s, u"say@:hallo"_s, u"done"_s}
            << u"hello@en-US => hallo@de-DE ✓"_s;
    QTest::newRow("streaming: not complete yet")
            << oneWay << QStringList {u"in@en-US:good"_s, u"say@de-DE:guten"_s}
            << u"good@en-US => guten@de-DE"_s;
    QTest::newRow("interpreter: each side labelled by the language it spoke")
            << interpreter << QStringList {u"in@en-US:where is the station"_s,
                                           u"say@de-DE:wo ist der Bahnhof"_s,
                                           u"done"_s,
                                           u"in@de-DE:gleich um die Ecke"_s,
                                           u"say@en-US:just around the corner"_s,
                                           u"done"_s}
            << u"where is the station@en-US => wo ist der Bahnhof@de-DE A ✓ | "
               "gleich um die Ecke@de-DE => just around the corner@en-US B ✓"_s;
    QTest::newRow("interpreter: a regional code still finds its side")
            << interpreter << QStringList {u"in@de-AT:servus"_s, u"say@:hello"_s, u"done"_s}
            << u"servus@de-AT => hello@en-US B ✓"_s;
    QTest::newRow("interpreter: without a detected source, the translation tells the side")
            << interpreter << QStringList {u"in@:servus"_s, u"say@en-US:hello"_s, u"done"_s}
            << u"servus@ => hello@en-US B ✓"_s;
    QTest::newRow("the model speaking first has no original")
            << oneWay << QStringList {u"say@de-DE:willkommen"_s, u"done"_s}
            << u"@ => willkommen@de-DE ✓"_s;
}

void tst_Captions::pairs()
{
    QFETCH(TranslationSettings, translation);
    QFETCH(QStringList, events);
    QFETCH(QString, expected);
    Transcript t;
    play(t, events);
    QCOMPARE(render(buildCaptions(t.items(), translation)), expected);
}

void tst_Captions::timesFromTheOrigin()
{
    const QDateTime t0 = QDateTime::fromString(u"2026-01-01T12:00:00Z"_s, Qt::ISODate);
    QList<TranscriptItem> items;
    TranscriptItem user;
    user.id = 1;
    user.kind = TranscriptItemKind::UserTurn;
    user.text = u"hello"_s;
    user.complete = true;
    user.started = t0.addMSecs(1500);
    user.ended = t0.addMSecs(4000);
    TranscriptItem model = user;
    model.id = 2;
    model.kind = TranscriptItemKind::ModelTurn;
    model.text = u"hallo"_s;
    model.started = t0.addMSecs(2500);
    model.ended = t0.addMSecs(5200);
    items << user << model;
    const auto t = settings(TranslationMode::Translate, u"auto"_s, u"de"_s);
    const auto pairs = buildCaptions(items, t, t0);
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().startMs, 1500);
    QCOMPARE(pairs.first().endMs, 5200);
    // Without an origin, the first turn is time zero.
    QCOMPARE(buildCaptions(items, t).first().startMs, 0);
}

void tst_Captions::modelUpdatesRowsInPlace()
{
    Transcript transcript;
    CaptionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTranslation(settings(TranslationMode::Translate, u"auto"_s, u"de-DE"_s));
    model.setTranscript(&transcript);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    play(transcript, {u"in@en-US:good"_s});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.size(), 1);
    play(transcript,
         {u"in@en-US: morning"_s, u"say@de-DE:guten"_s, u"say@de-DE: Morgen"_s, u"done"_s});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(changed.size() >= 3);
    QCOMPARE(reset.size(), 0);
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data(CaptionsModel::OriginalRole).toString(), u"good morning"_s);
    QCOMPARE(row.data(CaptionsModel::TranslationRole).toString(), u"guten Morgen"_s);
    QCOMPARE(row.data(CaptionsModel::OriginalLanguageNameRole).toString(), u"English"_s);
    QCOMPARE(row.data(CaptionsModel::TranslationLanguageNameRole).toString(), u"German"_s);
    QVERIFY(row.data(CaptionsModel::CompleteRole).toBool());
    QVERIFY(model.roleNames().values().contains("translationLanguage"));

    play(transcript, {u"in@en-US:thanks"_s});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    transcript.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 1);
}

QTEST_GUILESS_MAIN(tst_Captions)
#include "tst_captions.moc"
