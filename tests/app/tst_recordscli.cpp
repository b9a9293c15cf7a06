// livedesk-cli's mode, translation, recording, subtitles and history flags: what they set up
// before anything connects, each bad choice refused with a specific one-line reason, and the
// history commands running without a credential.
#include "app/cli/clioptions.h"
#include "app/cli/exitcode.h"
#include "app/history/historystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk::app;
using namespace Qt::StringLiterals;

namespace {

ParseOutcome parse(const QStringList &args, CliModules &modules, CliOptions &options,
                   QString *message)
{
    return parseCliArguments(QStringList {u"livedesk-cli"_s} + args, modules, options, message);
}

} // namespace

class tst_RecordsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejected_data();
    void rejected();
    void translationSetsUpTheSession_data();
    void translationSetsUpTheSession();
    void savedModesAreFound();
    void historyCommandsNeedNoKey();
    void historyCommandsAgainstADatabase();
    void aBrokenModesFileMattersOnlyWhenUsed();

private:
    QTemporaryDir m_dir;
};

void tst_RecordsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("GEMINI_API_KEY");
    qunsetenv("GOOGLE_API_KEY");
    // The modes a person saved live in their config folder: keep the test's own.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toLocal8Bit());
}

void tst_RecordsCli::rejected_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString dir = m_dir.path();
    QTest::newRow("an unknown mode, with the known ones listed")
            << QStringList {u"--sim"_s, u"--mode"_s, u"poet"_s} << u"known: assistant"_s;
    QTest::newRow("translate without a target")
            << QStringList {u"--sim"_s, u"--mode"_s, u"translate"_s} << u"target language"_s;
    QTest::newRow("interpret from an automatic source")
            << QStringList {u"--sim"_s, u"--mode"_s, u"interpret"_s, u"--target-lang"_s, u"de"_s}
            << u"both languages"_s;
    QTest::newRow("a language that is a name")
            << QStringList {u"--sim"_s, u"--target-lang"_s, u"German"_s}
            << u"not a language code"_s;
    QTest::newRow("languages for the assistant")
            << QStringList {u"--sim"_s, u"--mode"_s, u"assistant"_s, u"--target-lang"_s, u"de"_s}
            << u"need a translation mode"_s;
    QTest::newRow("a recording in a folder that does not exist")
            << QStringList {u"--sim"_s, u"--record"_s, dir + u"/no/such/x.opus"_s}
            << u"does not exist"_s;
    QTest::newRow("a recording named .json, where its transcript goes")
            << QStringList {u"--sim"_s, u"--record"_s, dir + u"/x.json"_s} << u".opus"_s;
    QTest::newRow("subtitles that are neither VTT nor SRT")
            << QStringList {u"--sim"_s, u"--subtitles"_s, dir + u"/x.txt"_s} << u".vtt"_s;
    QTest::newRow("an unknown subtitle content")
            << QStringList {u"--sim"_s, u"--subtitle-content"_s, u"all"_s}
            << u"--subtitle-content"_s;
    QTest::newRow("an original level above 0 dB")
            << QStringList {u"--sim"_s, u"--original-level"_s, u"6"_s} << u"--original-level"_s;
    QTest::newRow("a history command that does not exist")
            << QStringList {u"--history"_s, u"show"_s} << u"expects list"_s;
    QTest::newRow("export without an id")
            << QStringList {u"--history"_s, u"export"_s} << u"needs a conversation id"_s;
    QTest::newRow("export of an id that is not a number")
            << QStringList {u"--history"_s, u"export"_s, u"last"_s} << u"a number"_s;
    QTest::newRow("search without text")
            << QStringList {u"--history"_s, u"search"_s} << u"needs the text"_s;
    QTest::newRow("list with a stray argument")
            << QStringList {u"--history"_s, u"list"_s, u"all"_s} << u"unexpected argument"_s;
    QTest::newRow("an unknown export format")
            << QStringList {u"--history"_s, u"export"_s, u"1"_s, u"--history-format"_s, u"pdf"_s}
            << u"md or json"_s;
    QTest::newRow("a negative retention")
            << QStringList {u"--history-retention"_s, u"-3"_s} << u"number of days"_s;
}

void tst_RecordsCli::rejected()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    CliModules modules = defaultCliModules();
    CliOptions options;
    QString message;
    QCOMPARE(parse(args, modules, options, &message), ParseOutcome::Error);
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), "one line");
}

void tst_RecordsCli::translationSetsUpTheSession_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("translateTo");
    QTest::addColumn<QString>("instructionPart"); // empty: no instruction
    QTest::newRow("a target alone: the translation model translates")
            << QStringList {u"--target-lang"_s, u"de-DE"_s}
            << u"gemini-3.5-live-translate-preview"_s << u"de-DE"_s << QString();
    QTest::newRow("interpret: the default model with an interpreter's instruction")
            << QStringList {u"--mode"_s, u"interpret"_s,     u"--source-lang"_s,
                            u"en-US"_s,  u"--target-lang"_s, u"ja-JP"_s}
            << u"gemini-3.8-live"_s << QString()
            << u"one speaks English (en-US), the other speaks Japanese (ja-JP)"_s;
    QTest::newRow("translate with a chosen general model, and notes")
            << QStringList {u"--mode"_s,
                            u"translate"_s,
                            u"--target-lang"_s,
                            u"fr"_s,
                            u"--model"_s,
                            u"gemini-3.1-flash-live-preview"_s,
                            u"--translation-notes"_s,
                            u"LiveDesk"_s}
            << u"gemini-3.1-flash-live-preview"_s << QString() << u"keep as they are: LiveDesk"_s;
    QTest::newRow("visual help: the camera instruction")
            << QStringList {u"--mode"_s, u"visual-help"_s} << QString() << QString()
            << u"shares their camera"_s;
}

void tst_RecordsCli::translationSetsUpTheSession()
{
    QFETCH(QStringList, args);
    QFETCH(QString, model);
    QFETCH(QString, translateTo);
    QFETCH(QString, instructionPart);
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString message;
    QCOMPARE(parse(QStringList {u"--sim"_s} + args, modules, o, &message), ParseOutcome::Run);
    QCOMPARE(o.session.model, model);
    QCOMPARE(o.session.translateTo, translateTo);
    if (instructionPart.isEmpty())
        QVERIFY(o.session.systemInstruction.isEmpty());
    else
        QVERIFY2(o.session.systemInstruction.contains(instructionPart),
                 qPrintable(o.session.systemInstruction));
}

void tst_RecordsCli::savedModesAreFound()
{
    const QString path = m_dir.filePath(u"modes.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"modes":[{"id":"jp","name":"Japanese lessons","kind":"interpreter",
        "sourceLanguage":"en-US","targetLanguage":"ja-JP"}]})");
    file.close();
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString message;
    QCOMPARE(parse({u"--sim"_s, u"--modes"_s, path, u"--mode"_s, u"Japanese lessons"_s}, modules, o,
                   &message),
             ParseOutcome::Run);
    QVERIFY(o.session.systemInstruction.contains(u"Japanese (ja-JP)"_s));
    // A flag changes a saved mode's language for this run.
    CliModules again = defaultCliModules();
    CliOptions o2;
    QCOMPARE(parse({u"--sim"_s, u"--modes"_s, path, u"--mode"_s, u"jp"_s, u"--target-lang"_s,
                    u"ko-KR"_s},
                   again, o2, &message),
             ParseOutcome::Run);
    QVERIFY(o2.session.systemInstruction.contains(u"Korean (ko-KR)"_s));
}

void tst_RecordsCli::historyCommandsNeedNoKey()
{
    CliModules modules = defaultCliModules();
    CliOptions o;
    QString message;
    // No --sim and no API key: a conversation would be refused, a history command is not.
    QCOMPARE(parse({u"--history"_s, u"list"_s}, modules, o, &message), ParseOutcome::Command);
    QTextStream err(stderr);
    QString text;
    QTextStream capture(&text);
    QCOMPARE(modules.at(size_t(o.commandModule))->runCommand(capture, err), 0);
    QVERIFY2(text.contains(u"No conversations stored"_s), qPrintable(text));
    // Reading does not create a database in the person's data folder.
    QVERIFY(!QFile::exists(HistoryStore::defaultPath()));
}

void tst_RecordsCli::historyCommandsAgainstADatabase()
{
    const QString db = m_dir.filePath(u"history.sqlite"_s);
    {
        HistoryStore store;
        QString error;
        QVERIFY(store.open(db, &error));
        HistorySessionInfo info;
        info.title = u"Lisbon trip"_s;
        info.mode = u"translator"_s;
        const qint64 id = store.beginSession(info, &error);
        TranscriptItem turn;
        turn.id = 1;
        turn.kind = TranscriptItemKind::UserTurn;
        turn.text = u"Where is the tram to Belém?"_s;
        turn.complete = true;
        turn.started = QDateTime::currentDateTime();
        QVERIFY(store.saveItems(id, {{&turn, 0}}, &error));
    }
    auto run = [&](const QStringList &args, QString *output) {
        CliModules modules = defaultCliModules();
        CliOptions o;
        QString message;
        if (parse(args + QStringList {u"--history-db"_s, db}, modules, o, &message)
            != ParseOutcome::Command)
            return -100;
        QTextStream out(output);
        QString errors;
        QTextStream err(&errors);
        const int code = modules.at(size_t(o.commandModule))->runCommand(out, err);
        out.flush();
        err.flush();
        *output += errors;
        return code;
    };
    QString text;
    QCOMPARE(run({u"--history"_s, u"list"_s}, &text), 0);
    QVERIFY2(text.contains(u"Lisbon trip"_s) && text.contains(u"translator"_s), qPrintable(text));
    text.clear();
    QCOMPARE(run({u"--history"_s, u"search"_s, u"belem"_s}, &text), 0);
    QVERIFY2(text.contains(u"[Belém]"_s), qPrintable(text));
    text.clear();
    QCOMPARE(run({u"--history"_s, u"export"_s, u"1"_s, u"--history-format"_s, u"json"_s}, &text), 0);
    QVERIFY(text.contains(u"\"livedesk-conversation\""_s));
    text.clear();
    QCOMPARE(run({u"--history"_s, u"export"_s, u"7"_s}, &text), int(ExitCode::Usage));
    QVERIFY(text.contains(u"no conversation 7"_s));
    text.clear();
    QCOMPARE(run({u"--history"_s, u"delete"_s, u"1"_s}, &text), 0);
    text.clear();
    QCOMPARE(run({u"--history"_s, u"list"_s}, &text), 0);
    QVERIFY(text.contains(u"No conversations stored"_s));
    text.clear();
    QCOMPARE(run({u"--history-retention"_s, u"30"_s}, &text), 0);
    QVERIFY(text.contains(u"for 30 days"_s));
}

void tst_RecordsCli::aBrokenModesFileMattersOnlyWhenUsed()
{
    const QString path = m_dir.filePath(u"config/LiveDesk/modes.json"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    QString message;
    {
        CliModules modules = defaultCliModules();
        CliOptions o;
        QCOMPARE(parse({u"--sim"_s, u"--mode"_s, u"interpret"_s, u"--source-lang"_s, u"en"_s,
                        u"--target-lang"_s, u"de"_s},
                       modules, o, &message),
                 ParseOutcome::Run);
    }
    {
        CliModules modules = defaultCliModules();
        CliOptions o;
        QCOMPARE(parse({u"--sim"_s, u"--mode"_s, u"mine"_s}, modules, o, &message),
                 ParseOutcome::Error);
        QVERIFY2(message.contains(path) && message.contains(u"invalid JSON"_s), qPrintable(message));
    }
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(tst_RecordsCli)
#include "tst_recordscli.moc"
