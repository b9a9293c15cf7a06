// Subtitles from a transcript: cue timing from an origin, labels, long turns split into short
// cues, the unheard end of an interrupted answer left out; WebVTT and SRT written and parsed back
// (cue order, monotonic timestamps, text), and malformed files refused with the place named.
#include "app/subtitles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(livedesk::app::SubtitleOptions)

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kT0 = QDateTime::fromString(u"2026-01-01T12:00:00Z"_s, Qt::ISODate);

TranscriptItem turn(TranscriptItemKind kind, const QString &text, qint64 startMs, qint64 endMs,
                    const QString &language = {})
{
    static qint64 id = 0;
    TranscriptItem item;
    item.id = ++id;
    item.kind = kind;
    item.text = text;
    item.languageCode = language;
    item.complete = true;
    item.started = kT0.addMSecs(startMs);
    item.ended = endMs >= 0 ? kT0.addMSecs(endMs) : QDateTime();
    return item;
}

QList<TranscriptItem> conversation()
{
    QList<TranscriptItem> items;
    items << turn(TranscriptItemKind::UserTurn, u"Good morning, where is the station?"_s, 1200,
                  3900, u"en-US"_s);
    items << turn(TranscriptItemKind::ModelTurn, u"Guten Morgen, wo ist der Bahnhof?"_s, 2500, 6100,
                  u"de-DE"_s);
    TranscriptItem tool;
    tool.kind = TranscriptItemKind::ToolCall;
    tool.toolName = u"x"_s;
    tool.started = kT0.addMSecs(6200);
    items << tool;
    return items;
}

} // namespace

class tst_Subtitles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cues_data();
    void cues();
    void longTurnsAreSplit();
    void interruptedAnswersShowWhatWasHeard();
    void lateUserWordsGoBeforeTheAnswer();
    void writtenFilesParseBack_data();
    void writtenFilesParseBack();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();
    void formatsByExtension();
};

void tst_Subtitles::cues_data()
{
    QTest::addColumn<SubtitleOptions>("options");
    QTest::addColumn<QStringList>("expected"); // "start-end text"
    SubtitleOptions speaker;
    SubtitleOptions language;
    language.labels = SubtitleLabels::Language;
    SubtitleOptions translationOnly = language;
    translationOnly.content = SubtitleContent::Translation;
    QTest::newRow("both sides, speaker labels")
            << speaker
            << QStringList {u"1200-3900 You: Good morning, where is the station?"_s,
                            u"2500-6100 Model: Guten Morgen, wo ist der Bahnhof?"_s};
    QTest::newRow("both sides, language labels")
            << language
            << QStringList {u"1200-3900 [en-US] Good morning, where is the\nstation?"_s,
                            u"2500-6100 [de-DE] Guten Morgen, wo ist der Bahnhof?"_s};
    QTest::newRow("only the translation")
            << translationOnly
            << QStringList {u"2500-6100 [de-DE] Guten Morgen, wo ist der Bahnhof?"_s};
}

void tst_Subtitles::cues()
{
    QFETCH(SubtitleOptions, options);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const SubtitleCue &c : subtitleCues(conversation(), kT0, options))
        actual << u"%1-%2 %3"_s.arg(c.startMs).arg(c.endMs).arg(c.text);
    QCOMPARE(actual, expected);
}

void tst_Subtitles::longTurnsAreSplit()
{
    const QString words = u"This is a long answer that goes on and on, well past what fits on two "
                          "lines of a subtitle, so that it has to be shown in several parts, one "
                          "after the other, each for its share of the time."_s;
    QList<TranscriptItem> items;
    items << turn(TranscriptItemKind::ModelTurn, words, 10000, 22000);
    items << turn(TranscriptItemKind::UserTurn, u"ok"_s, 23000, -1); // no end: a reading time
    SubtitleOptions options;
    options.labels = SubtitleLabels::None;
    const auto cues = subtitleCues(items, kT0, options);
    QVERIFY(cues.size() >= 3);
    QString joined;
    qint64 previousStart = -1;
    for (const SubtitleCue &c : cues) {
        QVERIFY(c.startMs >= previousStart);
        QVERIFY(c.endMs >= c.startMs + kMinCueMs);
        const QStringList lines = c.text.split(u'\n');
        QVERIFY(lines.size() <= 2);
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 42, qPrintable(line));
        previousStart = c.startMs;
        joined += (joined.isEmpty() ? QString() : u" "_s) + lines.join(u' ');
    }
    QCOMPARE(joined, words + u" ok"_s);
    QCOMPARE(cues.first().startMs, 10000);
    QCOMPARE(cues.at(cues.size() - 2).endMs, 22000); // the parts fill the turn
    QCOMPARE(cues.last().startMs, 23000);
    QCOMPARE(cues.last().endMs, 24000); // "ok": the minimum
}

void tst_Subtitles::interruptedAnswersShowWhatWasHeard()
{
    TranscriptItem answer = turn(TranscriptItemKind::ModelTurn, u"One two three four five"_s, 0,
                                 3000);
    answer.interrupted = true;
    answer.heardChars = 8;
    SubtitleOptions options;
    options.labels = SubtitleLabels::None;
    const auto cues = subtitleCues({answer}, kT0, options);
    QCOMPARE(cues.size(), 1);
    QCOMPARE(cues.first().text, u"One two…"_s);
    answer.heardChars = 0; // heard nothing: no cue
    QVERIFY(subtitleCues({answer}, kT0, options).isEmpty());
}

void tst_Subtitles::lateUserWordsGoBeforeTheAnswer()
{
    // The transcript of what the user said came 2.5 s in, after the answer began at 2 s.
    QList<TranscriptItem> items;
    items << turn(TranscriptItemKind::UserTurn, u"Where is the station?"_s, 2500, 4000);
    items << turn(TranscriptItemKind::ModelTurn, u"Wo ist der Bahnhof?"_s, 2000, 4500);
    SubtitleOptions options;
    options.labels = SubtitleLabels::None;
    const auto cues = subtitleCues(items, kT0, options);
    QCOMPARE(cues.size(), 2);
    QCOMPARE(cues[0].text, u"Where is the station?"_s);
    QCOMPARE(cues[0].endMs, 2000);
    QCOMPARE(cues[0].startMs, 2000 - 21 * 60); // its reading time before the answer
    QCOMPARE(cues[1].text, u"Wo ist der Bahnhof?"_s);
    QCOMPARE(cues[1].startMs, 2000);
}

void tst_Subtitles::writtenFilesParseBack_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("WebVTT") << u"captions.vtt"_s;
    QTest::newRow("SRT") << u"captions.srt"_s;
}

void tst_Subtitles::writtenFilesParseBack()
{
    QFETCH(QString, fileName);
    QList<TranscriptItem> items = conversation();
    // Text that needs escaping in WebVTT, and a time past an hour.
    items << turn(TranscriptItemKind::UserTurn, u"Is 3 < 4 & 5 > 2?"_s, 3723004, 3725000);
    const auto cues = subtitleCues(items, kT0);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QString error;
    QVERIFY2(writeSubtitles(path, cues, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const bool vtt = fileName.endsWith(u".vtt");
    QVERIFY(text.contains(vtt ? u"01:02:03.004 --> 01:02:05.000"_s
                              : u"01:02:03,004 --> 01:02:05,000"_s));
    if (vtt) {
        QVERIFY(text.startsWith(u"WEBVTT\n"_s));
        QVERIFY(text.contains(u"3 &lt; 4 &amp; 5 &gt; 2"_s));
    }
    const auto parsed = vtt ? parseWebVtt(text, &error) : parseSrt(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, cues);
    qint64 previous = -1;
    for (const SubtitleCue &c : *parsed) {
        QVERIFY(c.startMs >= previous);
        QVERIFY(c.endMs > c.startMs);
        QVERIFY(!c.text.trimmed().isEmpty());
        previous = c.startMs;
    }
}

void tst_Subtitles::malformedFilesAreRefused_data()
{
    QTest::addColumn<bool>("vtt");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("WebVTT without its header")
            << true << u"1\n00:00:01.000 --> 00:00:02.000\nx\n"_s << u"must start with WEBVTT"_s;
    QTest::newRow("WebVTT with a bad time")
            << true << u"WEBVTT\n\n00:00:01.000 --> 00:99:02.000\nx\n"_s
            << u"cue 1: \"00:00:01.000 --> 00:99:02.000\" is not a valid timing"_s;
    QTest::newRow("WebVTT cue without timing")
            << true << u"WEBVTT\n\nfirst\nsecond\n"_s << u"cue 1: no timing line"_s;
    QTest::newRow("SRT with WebVTT's decimal point")
            << false << u"1\n00:00:01.000 --> 00:00:02.000\nx\n"_s << u"not a valid timing"_s;
    QTest::newRow("SRT cue ending before it starts")
            << false << u"1\n00:00:03,000 --> 00:00:02,000\nx\n"_s << u"ends before it starts"_s;
    QTest::newRow("SRT without numbers")
            << false << u"00:00:01,000 --> 00:00:02,000\nx\n"_s << u"expected a number"_s;
}

void tst_Subtitles::malformedFilesAreRefused()
{
    QFETCH(bool, vtt);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QString error;
    QVERIFY(!(vtt ? parseWebVtt(text, &error) : parseSrt(text, &error)));
    QVERIFY2(error.contains(problem), qPrintable(error));
}

void tst_Subtitles::formatsByExtension()
{
    QCOMPARE(subtitleFormatForPath(u"/a/b.VTT"_s), SubtitleFormat::WebVtt);
    QCOMPARE(subtitleFormatForPath(u"b.srt"_s), SubtitleFormat::Srt);
    QCOMPARE(subtitleFormatForPath(u"b.txt"_s), SubtitleFormat::None);
    QString error;
    QTemporaryDir dir;
    QVERIFY(!writeSubtitles(dir.filePath(u"b.txt"_s), {}, &error));
    QVERIFY(error.contains(u".vtt"_s));
    // A WebVTT file with settings, notes and a header comment, as editors write them.
    const auto edited = parseWebVtt(u"WEBVTT - made by hand\n\nNOTE a comment\n\nid-1\n"
                                    "00:01.500 --> 00:02.000 align:center\n<v Ann>Hi &amp; "
                                    "bye</v>\n"_s,
                                    &error);
    QVERIFY2(edited, qPrintable(error));
    QCOMPARE(edited->size(), 1);
    QCOMPARE(edited->first(), (SubtitleCue {1500, 2000, u"Hi & bye"_s}));
}

QTEST_GUILESS_MAIN(tst_Subtitles)
#include "tst_subtitles.moc"
