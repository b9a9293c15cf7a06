// How streamed events become the transcript: turn order when transcripts lag the answer,
// interruptions and the heard cut, tool-call markers, sources, typed text and notices.
#include "app/transcript.h"

#include <QTest>

using namespace livedesk;
using namespace livedesk::app;
using namespace Qt::StringLiterals;

namespace {

// A tiny event language for the rows: "in:TEXT", "out:TEXT", "in@LANG:TEXT", "say@LANG:TEXT",
// "done", "interrupted",
// "cut:HEARD/RECEIVED", "speech", "typed:TEXT", "tool:SERIAL:NAME:STATE", "source:URI",
// "notice:TEXT".
void play(Transcript &t, const QStringList &events)
{
    for (const QString &e : events) {
        const QString arg = e.section(u':', 1);
        if (e.startsWith(u"in:"))
            t.onInputTranscription(protocol::Transcription {.text = arg});
        else if (e.startsWith(u"out:"))
            t.onModelText(arg);
        else if (e.startsWith(u"in@") || e.startsWith(u"say@")) {
            // "in@LANG:TEXT" / "say@LANG:TEXT": transcription chunks with a language code.
            const protocol::Transcription tr {.text = arg,
                                              .languageCode = e.section(u':', 0, 0).section(u'@', 1)};
            if (e.startsWith(u"in@"))
                t.onInputTranscription(tr);
            else
                t.onOutputTranscription(tr);
        } else if (e == u"done")
            t.onTurnComplete();
        else if (e == u"interrupted")
            t.onInterrupted();
        else if (e.startsWith(u"cut:"))
            t.onModelTurnCut(arg.section(u'/', 0, 0).toLongLong(),
                             arg.section(u'/', 1).toLongLong());
        else if (e == u"speech")
            t.onLocalSpeechStarted();
        else if (e.startsWith(u"typed:"))
            t.addUserText(arg);
        else if (e.startsWith(u"source:"))
            t.onGrounding(protocol::GroundingMetadata {
                    .sources = {protocol::GroundingSource {arg, u"T"_s, {}}}});
        else if (e.startsWith(u"notice:"))
            t.addNotice(NoticeKind::Reconnected, arg);
        else if (e.startsWith(u"tool:")) {
            tools::ToolCallRecord r;
            r.serial = e.section(u':', 1, 1).toULongLong();
            r.name = e.section(u':', 2, 2);
            const QString state = e.section(u':', 3, 3);
            r.state = state == u"done"     ? tools::ToolCallState::Done
                      : state == u"failed" ? tools::ToolCallState::Failed
                                           : tools::ToolCallState::Running;
            r.outputPreview = u"ok"_s;
            t.onToolCallUpdated(r);
        } else
            QFAIL(qPrintable(u"unknown event "_s + e));
    }
}

// "U:text" / "M:text" / "T:name=state" / "N:text", with "*" for incomplete turns, "!N" for
// interrupted model turns heard up to N characters, "[n]" for n sources.
QString render(const Transcript &t)
{
    QStringList out;
    for (const TranscriptItem &item : t.items()) {
        switch (item.kind) {
        case TranscriptItemKind::UserTurn:
            out << u"U:"_s + item.text + (item.complete ? u""_s : u"*"_s)
                            + (item.languageCode.isEmpty() ? u""_s : u"@"_s + item.languageCode);
            break;
        case TranscriptItemKind::ModelTurn:
            out << u"M:"_s + item.text + (item.complete ? u""_s : u"*"_s)
                            + (item.interrupted ? u"!"_s + QString::number(item.heardChars) : u""_s)
                            + (item.sources.isEmpty() ? u""_s : u"[%1]"_s.arg(item.sources.size()))
                            + (item.languageCode.isEmpty() ? u""_s : u"@"_s + item.languageCode);
            break;
        case TranscriptItemKind::ToolCall:
            out << u"T:"_s + item.toolName + u'=' + tools::stateName(item.toolState);
            break;
        case TranscriptItemKind::Notice:
            out << u"N:"_s + item.text;
            break;
        case TranscriptItemKind::None:
            break;
        }
    }
    return out.join(u" | ");
}

} // namespace

class tst_Transcript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data();
    void sequences();
    void idsStayStableAndSignalsFire();
    void plainText();
};

void tst_Transcript::sequences_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one exchange in order")
            << QStringList {u"in:hello"_s, u"in: there"_s, u"out:Hi"_s, u"out:!"_s, u"done"_s}
            << u"U:hello there | M:Hi!"_s;
    QTest::newRow("the user's words arrive after the answer started")
            << QStringList {u"out:Sure,"_s, u"in:what time"_s, u"out: it is noon."_s,
                            u"in: is it"_s, u"done"_s}
            << u"U:what time is it | M:Sure, it is noon."_s;
    QTest::newRow("turns stream until turnComplete")
            << QStringList {u"in:hel"_s, u"out:Hi"_s} << u"U:hel* | M:Hi*"_s;
    QTest::newRow("two exchanges")
            << QStringList {u"in:a"_s, u"out:b"_s, u"done"_s, u"in:c"_s, u"out:d"_s, u"done"_s}
            << u"U:a | M:b | U:c | M:d"_s;
    QTest::newRow("interrupted and cut where the user stopped hearing")
            << QStringList {u"in:tell me"_s, u"out:0123456789"_s, u"interrupted"_s,
                            u"cut:24000/48000"_s, u"done"_s}
            << u"U:tell me | M:0123456789!5"_s;
    QTest::newRow("a cut after the turn closed still marks it")
            << QStringList {u"out:0123456789"_s, u"done"_s, u"cut:12000/48000"_s}
            << u"M:0123456789!2"_s;
    QTest::newRow("a cut of a fully heard turn changes nothing")
            << QStringList {u"out:abc"_s, u"done"_s, u"cut:48000/48000"_s} << u"M:abc"_s;
    QTest::newRow("tool marker before the answer it feeds")
            << QStringList {u"in:time?"_s, u"tool:1:get_current_time:running"_s,
                            u"tool:1:get_current_time:done"_s, u"out:Noon."_s, u"done"_s}
            << u"U:time? | T:get_current_time=done | M:Noon."_s;
    QTest::newRow("typed text is its own user turn")
            << QStringList {u"typed:hello"_s, u"out:Hi."_s, u"done"_s} << u"U:hello | M:Hi."_s;
    QTest::newRow("local speech opens the user's bubble before words arrive")
            << QStringList {u"speech"_s} << u"U:*"_s;
    QTest::newRow("sources deduplicated under the answer")
            << QStringList {u"out:Paris"_s, u"source:https://a"_s, u"source:https://a"_s,
                            u"source:https://b"_s, u"done"_s}
            << u"M:Paris[2]"_s;
    QTest::newRow("a translation: both sides labelled with the language they were spoken in")
            << QStringList {u"in@en-US:good"_s, u"say@de-DE:guten"_s, u"in@en-US: morning"_s,
                            u"say@de-DE: Morgen"_s, u"done"_s}
            << u"U:good morning@en-US | M:guten Morgen@de-DE"_s;
    QTest::newRow("notice between exchanges")
            << QStringList {u"in:a"_s, u"out:b"_s, u"done"_s, u"notice:reconnected"_s}
            << u"U:a | M:b | N:reconnected"_s;
}

void tst_Transcript::sequences()
{
    QFETCH(QStringList, events);
    QFETCH(QString, expected);
    Transcript t;
    play(t, events);
    QCOMPARE(render(t), expected);
}

void tst_Transcript::idsStayStableAndSignalsFire()
{
    Transcript t;
    int inserted = 0;
    int changed = 0;
    connect(&t, &Transcript::itemInserted, this, [&] { ++inserted; });
    connect(&t, &Transcript::itemChanged, this, [&] { ++changed; });
    play(t, {u"out:answer"_s});
    const qint64 modelId = t.items().at(0).id;
    play(t, {u"in:question"_s}); // inserted before the model turn
    QCOMPARE(t.items().at(1).id, modelId);
    QCOMPARE(t.indexOfId(modelId), 1);
    QCOMPARE(inserted, 2);
    QVERIFY(changed >= 2);
    QSet<qint64> ids;
    for (const auto &item : t.items())
        ids.insert(item.id);
    QCOMPARE(ids.size(), t.items().size());
}

void tst_Transcript::plainText()
{
    Transcript t;
    play(t, {u"in:hello"_s, u"out:Hi"_s, u"interrupted"_s, u"done"_s});
    const QString text = t.toPlainText();
    QVERIFY2(text.contains(u"You: hello"), qPrintable(text));
    QVERIFY2(text.contains(u"Model: Hi (interrupted)"), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_Transcript)
#include "tst_transcript.moc"
