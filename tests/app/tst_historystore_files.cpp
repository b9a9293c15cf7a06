// The history database's file (a real SQLite file through Qt SQL, in a temporary folder): one
// WAL transaction per write, files that are not ours, two processes' worth of connections, reads
// beside a writer, a read-only disk and a damaged file moved aside. What a session keeps and
// gives back: tst_historystore.
#include "tests/app/historytesting.h"
#include "tests/smalldisk.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace livedesk;
using namespace livedesk::app;
using namespace livedesk::testing;
using namespace Qt::StringLiterals;

class tst_HistoryStoreFiles : public HistoryTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void writesAreWalTransactions();
    void refusesFilesThatAreNotOurs_data();
    void refusesFilesThatAreNotOurs();
    void twoConnectionsShareOneDatabase();
    void readsWhileAnotherConnectionWrites();
    void readsFromAReadOnlyDisk();
    void aDamagedHistoryIsMovedAside();
};

void tst_HistoryStoreFiles::writesAreWalTransactions()
{
    HistoryStore store;
    QString error;
    QVERIFY(store.open(m_path, &error));
    const qint64 id = store.beginSession(sampleSession(), &error);
    QVERIFY(id);
    // Another connection sees write-ahead logging and the schema version.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), HistoryStore::kSchemaVersion);
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    // A batch that fails half-way leaves nothing behind: one transaction.
    QList<TranscriptItem> items = sampleItems();
    QList<HistoryStore::ItemAt> batch = positioned(items);
    QVERIFY(!store.saveItems(id + 999, batch, &error)); // no such session: foreign key
    QVERIFY(error.contains(u"history"_s));
    QCOMPARE(store.items(id + 999).size(), 0);
    QCOMPARE(store.items(id).size(), 0);
}

void tst_HistoryStoreFiles::refusesFilesThatAreNotOurs_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("a text file") << u"text"_s << u"not SQLite"_s;
    QTest::newRow("another program's SQLite database") << u"foreign"_s << u"not a LiveDesk"_s;
    QTest::newRow("a history from a newer LiveDesk") << u"newer"_s << u"newer LiveDesk"_s;
    QTest::newRow("a folder") << u"folder"_s << u"folder"_s;
}

void tst_HistoryStoreFiles::refusesFilesThatAreNotOurs()
{
    QFETCH(QString, setup);
    QFETCH(QString, reasonPart);
    const QString path = m_dir->filePath(u"other.sqlite"_s);
    if (setup == u"text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
    } else if (setup == u"folder") {
        QVERIFY(QDir().mkpath(path));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"setup"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        if (setup == u"foreign")
            QVERIFY(q.exec(u"CREATE TABLE recipes (name TEXT)"_s));
        else
            QVERIFY(q.exec(u"PRAGMA user_version=99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"setup"_s);
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(reasonPart), qPrintable(error));
    QVERIFY(!store.isOpen());
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        QCOMPARE(f.readAll(), before); // left untouched
}

void tst_HistoryStoreFiles::twoConnectionsShareOneDatabase()
{
    // The desktop app and livedesk-cli may have the history open at the same time.
    HistoryStore writer;
    HistoryStore reader;
    QString error;
    QVERIFY(writer.open(m_path, &error));
    QVERIFY(reader.open(m_path, &error));
    const qint64 id = writer.beginSession(sampleSession(), &error);
    const QList<TranscriptItem> items = sampleItems();
    QVERIFY(writer.saveItems(id, positioned(items), &error));
    QCOMPARE(reader.sessions().size(), 1);
    QCOMPARE(reader.items(id).size(), 4);
    QCOMPARE(reader.search(u"sunny"_s).size(), 1);
    QVERIFY(reader.deleteSession(id, RecordingFiles::Keep, &error));
    QCOMPARE(writer.sessions().size(), 0);
}

void tst_HistoryStoreFiles::readsWhileAnotherConnectionWrites()
{
    // Another process holds the write lock (the GUI saving a turn, or a stuck writer). Reading
    // failed at once with "database is locked": opening always wrote the schema.
    QString error;
    qint64 id = 0;
    {
        HistoryStore store;
        QVERIFY2(store.open(m_path, &error), qPrintable(error));
        id = store.beginSession(sampleSession(), &error);
        QVERIFY(store.saveItems(id, positioned(sampleItems()), &error));
    }
    std::atomic<bool> locked {false};
    std::atomic<bool> release {false};
    std::atomic<bool> writerOk {false};
    std::thread writer([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
            db.setDatabaseName(m_path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"BEGIN IMMEDIATE"_s)
                    && q.exec(u"UPDATE sessions SET title = 'being written' WHERE id = %1"_s.arg(
                            id))) {
                    locked = true;
                    // Held until the reader is done, or 1.5 s once it asks to write itself.
                    QElapsedTimer held;
                    held.start();
                    while (!release && held.elapsed() < 20000)
                        QThread::msleep(5);
                    QThread::msleep(1500);
                    writerOk = q.exec(u"COMMIT"_s);
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other-writer"_s);
    });
    QTRY_VERIFY_WITH_TIMEOUT(locked.load(), 10000);

    HistoryStore reader;
    QVERIFY2(reader.open(m_path, &error, HistoryStore::Durability::Full,
                         HistoryStore::Access::ReadOnly),
             qPrintable(error));
    QCOMPARE(reader.sessions().size(), 1);
    QCOMPARE(reader.items(id).size(), 4);
    QCOMPARE(reader.search(u"sunny"_s).size(), 1);

    // A writer waits for the other one (the busy timeout) instead of failing at once.
    release = true;
    HistoryStore second;
    QVERIFY2(second.open(m_path, &error), qPrintable(error));
    writer.join();
    QVERIFY(writerOk.load());
    QCOMPARE(second.session(id)->title, u"being written"_s);
}

void tst_HistoryStoreFiles::readsFromAReadOnlyDisk()
{
    // A history on a read-only mount (a backup, a live system): listing it failed with "not a
    // usable SQLite database". A clean close removed the WAL index, which cannot be made there.
    livedesk::testing::SmallDisk disk(2 * 1024 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString path = disk.filePath(u"history.sqlite"_s);
    QString error;
    qint64 id = 0;
    {
        HistoryStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        id = store.beginSession(sampleSession(), &error);
        QVERIFY(store.saveItems(id, positioned(sampleItems()), &error));
    }
    QVERIFY(!QFile::exists(path + u"-shm"_s));
    QVERIFY(disk.makeReadOnly());

    HistoryStore reader;
    QVERIFY2(reader.open(path, &error, HistoryStore::Durability::Full,
                         HistoryStore::Access::ReadOnly),
             qPrintable(error));
    QCOMPARE(reader.sessions().size(), 1);
    QCOMPARE(reader.items(id).size(), 4);
    QCOMPARE(reader.search(u"sunny"_s).size(), 1);

    // Writing there is refused with the reason, and the file is left as it was.
    HistoryStore writer;
    QVERIFY(!writer.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!writer.isOpen());
}

void tst_HistoryStoreFiles::aDamagedHistoryIsMovedAside()
{
    // A history that cannot be opened stays untouched until the person asks for a new one; then
    // it is moved aside with its journal files, never deleted.
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const QByteArray damaged = QByteArray("SQLite format 3") + QByteArray(4096, '\x7f');
    auto write = [&damaged](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
               && file.write(damaged) == damaged.size();
    };
    QVERIFY(write(m_path));
    HistoryStore store;
    QString error;
    QVERIFY(!store.open(m_path, &error));
    QVERIFY(write(m_path + u"-wal"_s)); // a journal left beside it
    const QDateTime now = QDateTime::fromString(u"2026-12-06T08:15:00"_s, Qt::ISODate);
    const QString aside = HistoryStore::moveAside(m_path, &error, now);
    QVERIFY2(!aside.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(aside).fileName(), u"history.damaged-20261206-081500.sqlite"_s);
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(!QFile::exists(m_path + u"-wal"_s));
    QFile moved(aside);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), damaged);
    QVERIFY(QFile::exists(aside + u"-wal"_s));

    // A new history starts where the old one was.
    QVERIFY2(store.open(m_path, &error), qPrintable(error));
    QVERIFY(store.beginSession(sampleSession(), &error) > 0);
    store.close();
    // A second damaged file in the same second gets a name of its own.
    QVERIFY(write(m_path));
    const QString second = HistoryStore::moveAside(m_path, &error, now);
    QCOMPARE(QFileInfo(second).fileName(), u"history.damaged-20261206-081500-2.sqlite"_s);
    QVERIFY(HistoryStore::moveAside(m_path, &error, now).isEmpty());
    QVERIFY2(error.contains(u"no history"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_HistoryStoreFiles)
#include "tst_historystore_files.moc"
