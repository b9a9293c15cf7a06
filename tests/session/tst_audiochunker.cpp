// The audio re-chunker: arbitrary pushes come out as fixed-duration chunks, bytes in order, odd
// bytes carried to the next push, the remainder on flush.
#include "session/audiochunker.h"

#include <QTest>

using namespace livedesk::session;
using namespace Qt::StringLiterals;

using Sizes = QList<qsizetype>;

class tst_AudioChunker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunking_data();
    void chunking();
};

void tst_AudioChunker::chunking_data()
{
    QTest::addColumn<int>("chunkMs");
    QTest::addColumn<Sizes>("pushes");
    QTest::addColumn<Sizes>("chunks");
    QTest::addColumn<qsizetype>("flushed");

    QTest::newRow("40 ms default: exact chunks pass through")
            << 40 << Sizes {1280, 2560} << Sizes {1280, 1280, 1280} << qsizetype(0);
    QTest::newRow("small pieces accumulate into one chunk")
            << 40 << Sizes {100, 200, 300, 680} << Sizes {1280} << qsizetype(0);
    QTest::newRow("an odd byte is carried across pushes")
            << 40 << Sizes {641, 641} << Sizes {1280} << qsizetype(2);
    QTest::newRow("a half sample at the very end is dropped on flush")
            << 40 << Sizes {1281} << Sizes {1280} << qsizetype(0);
    QTest::newRow("20 ms chunks") << 20 << Sizes {1000} << Sizes {640} << qsizetype(360);
    QTest::newRow("one big push splits into many chunks")
            << 40 << Sizes {16000 * 2} << Sizes(25, 1280) << qsizetype(0);
    QTest::newRow("nothing pushed, nothing out") << 40 << Sizes {} << Sizes {} << qsizetype(0);
}

void tst_AudioChunker::chunking()
{
    QFETCH(int, chunkMs);
    QFETCH(Sizes, pushes);
    QFETCH(Sizes, chunks);
    QFETCH(qsizetype, flushed);

    AudioChunker chunker(chunkMs);
    QCOMPARE(chunker.chunkBytes(), qsizetype(16000 * chunkMs / 1000 * 2));
    QByteArray input;
    QByteArray output;
    Sizes got;
    char value = 0;
    for (qsizetype size : pushes) {
        QByteArray piece(size, Qt::Uninitialized);
        for (char &c : piece)
            c = value++;
        input += piece;
        for (const QByteArray &chunk : chunker.push(piece)) {
            got.append(chunk.size());
            output += chunk;
        }
    }
    QCOMPARE(got, chunks);
    const QByteArray rest = chunker.flush();
    QCOMPARE(rest.size(), flushed);
    output += rest;
    QCOMPARE(output, input.left(output.size())); // order kept, nothing invented
    QCOMPARE(chunker.pendingBytes(), 0);
}

QTEST_GUILESS_MAIN(tst_AudioChunker)
#include "tst_audiochunker.moc"
