// Every view model of the desktop app under QAbstractItemModelTester (fatal mode): rows inserted,
// updated, removed and reset while the tester watches, plus what each row then says. No QtQuick,
// so this runs under the sanitizers too.
#include "app/gui/appsettings.h"
#include "app/gui/choicemodels.h"
#include "app/gui/clocktime.h"
#include "app/gui/devicemodel.h"
#include "app/gui/historymodels.h"
#include "app/gui/modelistmodel.h"
#include "app/gui/modelnotice.h"
#include "app/gui/toolcallmodel.h"
#include "app/gui/transcriptmodel.h"
#include "app/history/historystore.h"
#include "app/transcript.h"
#include "session/modelcatalog.h"
#include "tools/tooltypes.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace livedesk;
using namespace Qt::StringLiterals;

namespace {

enum class Step {
    None,
    UserSpeaks, // input transcription chunks
    ModelAnswers, // output transcription chunks, then turn complete
    ModelInterrupted, // an answer cut off
    ToolCallRuns, // a call arrives and runs
    ToolCallEnds, // the running call is done
    NoticeAdded,
    TypedText,
    Cleared,
};

void apply(app::Transcript &t, Step step)
{
    protocol::Transcription chunk;
    tools::ToolCallRecord call;
    call.serial = 1;
    call.callId = u"fc-1"_s;
    call.name = u"get_current_time"_s;
    switch (step) {
    case Step::None:
        break;
    case Step::UserSpeaks:
        chunk.text = u"What time"_s;
        t.onInputTranscription(chunk);
        chunk.text = u" is it?"_s;
        t.onInputTranscription(chunk);
        break;
    case Step::ModelAnswers:
        chunk.text = u"It is"_s;
        t.onOutputTranscription(chunk);
        chunk.text = u" noon."_s;
        t.onOutputTranscription(chunk);
        t.onTurnComplete();
        break;
    case Step::ModelInterrupted:
        chunk.text = u"Let me tell you a long story about"_s;
        t.onOutputTranscription(chunk);
        t.onModelTurnCut(100, 400);
        t.onInterrupted();
        t.onTurnComplete();
        break;
    case Step::ToolCallRuns:
        call.state = tools::ToolCallState::Running;
        t.onToolCallUpdated(call);
        break;
    case Step::ToolCallEnds:
        call.state = tools::ToolCallState::Done;
        call.outputPreview = u"12:00"_s;
        call.durationMs = 3;
        t.onToolCallUpdated(call);
        break;
    case Step::NoticeAdded:
        t.addNotice(app::NoticeKind::ContextRestored, u"Context restored"_s);
        break;
    case Step::TypedText:
        t.addUserText(u"Hello there"_s);
        break;
    case Step::Cleared:
        t.clear();
        break;
    }
}

tools::ToolCallRecord record(quint64 serial, tools::ToolCallState state)
{
    tools::ToolCallRecord r;
    r.serial = serial;
    r.callId = u"fc-%1"_s.arg(serial);
    r.name = u"tool_%1"_s.arg(serial);
    r.arguments = QJsonObject {{u"n"_s, int(serial)}};
    r.state = state;
    r.source = tools::ToolSource::BuiltIn;
    r.origin = u"built-in"_s;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class tst_ViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcript_data();
    void transcript();
    void transcriptDetach();
    void clockTime_data();
    void clockTime();
    void toolCalls_data();
    void toolCalls();
    void toolResultLaidOut_data();
    void toolResultLaidOut();
    void devices_data();
    void devices();
    void choices_data();
    void choices();
    void modelList();
    void modelNotice_data();
    void modelNotice();
    void modelNoticeDismissed();
    void modes();
    void history_data();
    void history();
};

void tst_ViewModels::clockTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("shownStart"); // what the shown time starts with
    QTest::addColumn<QString>("alsoShown"); // and what else it holds

    // A 12-hour clock keeps its PM: cutting at the first space showed 13:24 as "1:24:07".
    QTest::newRow("English (US), 12-hour clock") << u"en_US"_s << u"1:24:07"_s << u"PM"_s;
    QTest::newRow("German, 24-hour clock") << u"de_DE"_s << u"13:24:07"_s << u"13:24:07"_s;
}

void tst_ViewModels::clockTime()
{
    QFETCH(QString, locale);
    QFETCH(QString, shownStart);
    QFETCH(QString, alsoShown);

    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const QString shown = QLocale().toString(QTime(13, 24, 7), app::clockTimeFormat());
    QLocale::setDefault(previous);
    QVERIFY2(shown.startsWith(shownStart), qPrintable(shown));
    QVERIFY2(shown.contains(alsoShown), qPrintable(shown));
    // No time zone: the conversation happens here and now.
    QVERIFY2(!shown.contains(u"UTC"_s) && !shown.contains(u"GMT"_s), qPrintable(shown));
}

void tst_ViewModels::transcript_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("lastKind");

    using K = app::TranscriptModel::Kind;
    QTest::newRow("a question and its streamed answer make two bubbles")
            << QList<Step> {Step::UserSpeaks, Step::ModelAnswers} << 2 << int(K::Model);
    QTest::newRow("a tool call adds a marker that is updated in place when it ends")
            << QList<Step> {Step::UserSpeaks, Step::ToolCallRuns, Step::ToolCallEnds,
                            Step::ModelAnswers}
            << 3 << int(K::Model);
    QTest::newRow("an interrupted answer stays one row")
            << QList<Step> {Step::UserSpeaks, Step::ModelInterrupted} << 2 << int(K::Model);
    QTest::newRow("typed text and a notice are rows of their own")
            << QList<Step> {Step::TypedText, Step::NoticeAdded} << 2 << int(K::Notice);
    QTest::newRow("clearing removes every row and the next turn starts afresh")
            << QList<Step> {Step::UserSpeaks, Step::ModelAnswers, Step::Cleared, Step::TypedText}
            << 1 << int(K::User);
}

void tst_ViewModels::transcript()
{
    QFETCH(QList<Step>, steps);
    QFETCH(int, rows);
    QFETCH(int, lastKind);

    app::Transcript record;
    app::TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTranscript(&record);
    for (Step step : steps)
        apply(record, step);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.count(), rows);
    const QModelIndex last = model.index(rows - 1);
    QCOMPARE(last.data(app::TranscriptModel::KindRole).toInt(), lastKind);
    QVERIFY(!last.data(app::TranscriptModel::TimeRole).toString().isEmpty());
    // Every role answers for every row (the tester checks the types are valid).
    const auto roles = model.roleNames().keys();
    for (int row = 0; row < rows; ++row) {
        for (int role : roles)
            model.index(row).data(role);
    }
    if (steps.contains(Step::ModelInterrupted)) {
        QVERIFY(last.data(app::TranscriptModel::InterruptedRole).toBool());
        QVERIFY(!last.data(app::TranscriptModel::UnheardTextRole).toString().isEmpty());
    }
    if (steps.contains(Step::ToolCallEnds)) {
        QCOMPARE(model.index(1).data(app::TranscriptModel::ToolNameRole).toString(),
                 u"get_current_time"_s);
        QCOMPARE(model.index(1).data(app::TranscriptModel::ToolStateRole).toInt(),
                 int(app::ToolCallModel::State::Done));
    }
}

void tst_ViewModels::transcriptDetach()
{
    // Attaching to a filled transcript and detaching again are resets the tester accepts.
    app::Transcript record;
    apply(record, Step::UserSpeaks);
    apply(record, Step::ModelAnswers);
    app::TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTranscript(&record);
    QCOMPARE(model.rowCount(), 2);
    model.setTranscript(nullptr);
    QCOMPARE(model.rowCount(), 0);
    apply(record, Step::TypedText); // no longer followed
    QCOMPARE(model.rowCount(), 0);
}

void tst_ViewModels::toolCalls_data()
{
    QTest::addColumn<QList<int>>("serials"); // one update per entry: serial
    QTest::addColumn<QList<int>>("states"); // and its state
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("active");

    using S = tools::ToolCallState;
    QTest::newRow("a call that runs and ends is one row, no longer active")
            << QList<int> {1, 1} << QList<int> {int(S::Running), int(S::Done)} << 1 << 0;
    QTest::newRow("a call awaiting confirmation, then refused")
            << QList<int> {1, 1} << QList<int> {int(S::AwaitingConfirmation), int(S::Cancelled)}
            << 1 << 0;
    QTest::newRow("two calls at once, one fails while the other still runs")
            << QList<int> {1, 2, 2} << QList<int> {int(S::Running), int(S::Running), int(S::Failed)}
            << 2 << 1;
}

void tst_ViewModels::toolCalls()
{
    QFETCH(QList<int>, serials);
    QFETCH(QList<int>, states);
    QFETCH(int, rows);
    QFETCH(int, active);

    app::ToolCallModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (qsizetype i = 0; i < serials.size(); ++i)
        model.update(record(quint64(serials[i]), tools::ToolCallState(states[i])));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.activeCount(), active);
    QCOMPARE(changed.size(), serials.size() - rows); // updates, not new rows
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(app::ToolCallModel::NameRole).toString(), u"tool_1"_s);
    QVERIFY(first.data(app::ToolCallModel::ArgumentsRole).toString().contains(u"\"n\": 1"_s));
    QVERIFY(!first.data(app::ToolCallModel::StateTextRole).toString().isEmpty());
    // Where a built-in tool comes from, in words rather than the internal "built-in".
    QCOMPARE(first.data(app::ToolCallModel::OriginRole).toString(), u"Built into LiveDesk"_s);
    QCOMPARE(model.rowOfSerial(quint64(serials.last())), rows - 1);
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.activeCount(), 0);
}

void tst_ViewModels::toolResultLaidOut_data()
{
    QTest::addColumn<QString>("preview");
    QTest::addColumn<QString>("shown");

    QTest::newRow("an object") << u"{\"time\":\"10:42\",\"zone\":\"UTC\"}"_s
                               << u"{\n    \"time\": \"10:42\",\n    \"zone\": \"UTC\"\n}"_s;
    QTest::newRow("a list") << u"[1,2]"_s << u"[\n    1,\n    2\n]"_s;
    // The preview keeps the output's first characters: laid out as far as it goes, brackets
    // and commas inside strings left alone.
    QTest::newRow("an object cut short")
            << u"{\"files\":[\"a,b\",\"c{d\"],\"more\":{\"x\":1,\"y\":[]},\"te"_s
            << u"{\n    \"files\": [\n        \"a,b\",\n        \"c{d\"\n    ],\n    \"more\": {\n"
               "        \"x\": 1,\n        \"y\": []\n    },\n    \"te"_s;
    QTest::newRow("plain text") << u"It is 10:42, {roughly}."_s << u"It is 10:42, {roughly}."_s;
}

void tst_ViewModels::toolResultLaidOut()
{
    QFETCH(QString, preview);
    QFETCH(QString, shown);

    app::ToolCallModel model;
    tools::ToolCallRecord done = record(1, tools::ToolCallState::Done);
    done.outputPreview = preview;
    model.update(done);
    QCOMPARE(model.index(0).data(app::ToolCallModel::ResultRole).toString(), shown);
}

void tst_ViewModels::devices_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("microphones") << int(app::DeviceModel::Kind::Microphone);
    QTest::newRow("speakers") << int(app::DeviceModel::Kind::Speaker);
    QTest::newRow("cameras") << int(app::DeviceModel::Kind::Camera);
}

void tst_ViewModels::devices()
{
    QFETCH(int, kind);
    app::DeviceModel model {app::DeviceModel::Kind(kind)};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The system's list (whatever this machine has), then lists that grow, change and shrink.
    model.refresh();
    QVERIFY(model.rowCount() >= 1); // "System default" is always there
    QCOMPARE(model.idAt(0), QString());
    model.setDevices({{u"a"_s, u"Device A"_s, true}, {u"b"_s, u"Device B"_s, false}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.indexOfId(u"b"_s), 2);
    QCOMPARE(model.nameOf(u"a"_s), u"Device A"_s);
    model.setDevices({{u"b"_s, u"Device B (renamed)"_s, true}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.indexOfId(u"a"_s), -1);
    model.retranslate();
    model.setDevices({});
    QCOMPARE(model.rowCount(), 1);
}

void tst_ViewModels::choices_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("minimumRows");
    QTest::newRow("the 30 prebuilt voices after Default") << 0 << 31;
    QTest::newRow("response languages after Automatic") << 1 << 20;
    QTest::newRow("the interface languages after System language") << 2 << 8;
}

void tst_ViewModels::choices()
{
    QFETCH(int, which);
    QFETCH(int, minimumRows);
    const QList<app::Choice> choices = which == 0   ? app::voiceChoices()
                                       : which == 1 ? app::responseLanguageChoices()
                                                    : app::uiLanguageChoices();
    app::ChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChoices(choices);
    QVERIFY2(model.rowCount() >= minimumRows, qPrintable(QString::number(model.rowCount())));
    QCOMPARE(model.idAt(0), QString());
    const QString id = model.idAt(3);
    QCOMPARE(model.indexOfId(id), 3);
    QVERIFY(!model.nameOf(id).isEmpty());
    model.setChoices(choices.mid(0, 2));
    QCOMPARE(model.rowCount(), 2);
    model.setChoices({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_ViewModels::modelList()
{
    QTemporaryDir dir;
    app::AppSettings settings(
            std::make_unique<QSettings>(dir.filePath(u"s.ini"_s), QSettings::IniFormat));
    session::ModelCatalog catalog;
    app::ModelListModel model(&catalog, &settings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int builtIn = model.rowCount();
    QVERIFY(builtIn >= 1);
    QCOMPARE(model.addCustom(u"my-model-001"_s), QString());
    QCOMPARE(model.rowCount(), builtIn + 1);
    const int row = model.indexOfId(u"my-model-001"_s);
    QVERIFY(row >= 0);
    QVERIFY(model.index(row).data(app::ModelListModel::CustomRole).toBool());
    // A bad id is refused, in words, and changes nothing.
    QVERIFY(!model.addCustom(u"has spaces/and?"_s).isEmpty());
    QCOMPARE(model.rowCount(), builtIn + 1);
    // The backend changes the list (Vertex AI names models differently).
    settings.setValue(u"backend"_s, u"vertex"_s);
    model.removeCustom(u"my-model-001"_s);
    QCOMPARE(model.indexOfId(u"my-model-001"_s), -1);
}

void tst_ViewModels::modelNotice_data()
{
    using Status = app::ModelNotice::Status;
    QTest::addColumn<QString>("model");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("since"); // the date the notice names; empty: none

    QTest::newRow("3.8 Live, the default: nothing to say")
            << u"gemini-3.8-live"_s << Status::None << QString();
    QTest::newRow("2.5 native audio: deprecated")
            << u"gemini-2.5-flash-native-audio-preview-12-2025"_s << Status::Deprecated
            << u"2026-09-01"_s;
    QTest::newRow("2.5 native audio by its resource name")
            << u"models/gemini-2.5-flash-native-audio-preview-09-2025"_s << Status::Deprecated
            << u"2026-09-01"_s;
    QTest::newRow("3.1 Flash Live: legacy")
            << u"gemini-3.1-flash-live-preview"_s << Status::Legacy << u"2026-09-01"_s;
    QTest::newRow("2.0 Flash Live: retired")
            << u"gemini-2.0-flash-live-001"_s << Status::Retired << QString();
    QTest::newRow("not in the table: nothing known")
            << u"my-model-001"_s << Status::None << QString();
}

void tst_ViewModels::modelNotice()
{
    using Status = app::ModelNotice::Status;
    QFETCH(QString, model);
    QFETCH(Status, status);
    QFETCH(QString, since);

    const session::ModelCatalog catalog = session::ModelCatalog::builtIn();
    app::ModelNotice notice(&catalog);
    QSignalSpy changed(&notice, &app::ModelNotice::changed);
    notice.setModel(model);
    QCOMPARE(notice.status(), status);
    QCOMPARE(notice.isVisible(), status != Status::None);
    QCOMPARE(notice.since(), since);
    QCOMPARE(changed.size(), 1);
    if (status == Status::None) {
        QVERIFY(notice.title().isEmpty());
        QVERIFY(notice.text().isEmpty());
        return;
    }
    QVERIFY(!notice.title().isEmpty());
    // It names the model, the replacement and (where the table has it) the date.
    QCOMPARE(notice.replacement(), u"gemini-3.8-live"_s);
    QVERIFY2(notice.text().contains(notice.modelId()), qPrintable(notice.text()));
    QVERIFY2(notice.text().contains(u"gemini-3.8-live"_s), qPrintable(notice.text()));
    if (!since.isEmpty())
        QVERIFY2(notice.text().contains(since), qPrintable(notice.text()));
    // The same model again is no change.
    notice.setModel(model);
    QCOMPARE(changed.size(), 1);
}

void tst_ViewModels::modelNoticeDismissed()
{
    const session::ModelCatalog catalog = session::ModelCatalog::builtIn();
    app::ModelNotice notice(&catalog);
    const QString deprecated = u"gemini-2.5-flash-native-audio-preview-12-2025"_s;
    notice.setModel(deprecated);
    QVERIFY(notice.isVisible());
    QSignalSpy changed(&notice, &app::ModelNotice::changed);
    notice.dismiss();
    QCOMPARE(changed.size(), 1);
    QVERIFY(!notice.isVisible());
    QVERIFY(notice.text().isEmpty());
    QVERIFY(notice.title().isEmpty());
    notice.dismiss(); // nothing left to dismiss
    QCOMPARE(changed.size(), 1);
    // Another model on its way out has its own notice; the dismissed one stays quiet.
    notice.setModel(u"gemini-3.1-flash-live-preview"_s);
    QVERIFY(notice.isVisible());
    notice.setModel(u"gemini-3.8-live"_s);
    QVERIFY(!notice.isVisible());
    notice.setModel(deprecated);
    QCOMPARE(notice.status(), app::ModelNotice::Status::Deprecated);
    QVERIFY(!notice.isVisible());
}

void tst_ViewModels::modes()
{
    QTemporaryDir dir;
    app::ModeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString error;
    QVERIFY2(model.load(dir.filePath(u"modes.json"_s), &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 4); // the built-ins
    QCOMPARE(model.idAt(0), u"assistant"_s);
    QVERIFY(model.index(0).data(app::ModeListModel::BuiltInRole).toBool());
    // Saving the current choice as a mode of one's own adds a row; saving it again replaces it.
    QCOMPARE(model.saveMode(u"Spanish lessons"_s, u"translator"_s, u"en"_s, u"es"_s), QString());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.saveMode(u"Spanish lessons"_s, u"translator"_s, u"en"_s, u"fr"_s), QString());
    QCOMPARE(model.rowCount(), 5);
    const int row = model.indexOfId(model.idAt(4));
    QCOMPARE(model.index(row).data(app::ModeListModel::TargetLanguageRole).toString(), u"fr"_s);
    QVERIFY(!model.saveMode(QString(), u"translator"_s, u"en"_s, u"es"_s).isEmpty()); // no name
    QVERIFY(!model.saveMode(u"x"_s, u"translator"_s, u"en"_s, QString()).isEmpty()); // no target
    QCOMPARE(model.rowCount(), 5);
    // What was saved is there for the next run.
    app::ModeListModel again;
    QVERIFY(again.load(dir.filePath(u"modes.json"_s), &error));
    QCOMPARE(again.rowCount(), 5);
    QVERIFY(model.remove(model.idAt(4)));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.remove(u"assistant"_s)); // built-ins stay
}

void tst_ViewModels::history_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rows");
    QTest::newRow("no search lists every session, newest first") << QString() << 3;
    QTest::newRow("a word said in one session finds that session") << u"giraffe"_s << 1;
    QTest::newRow("a word typed halfway finds it too (prefix)") << u"gira"_s << 1;
    QTest::newRow("a word never said finds nothing") << u"zebra"_s << 0;
}

void tst_ViewModels::history()
{
    QFETCH(QString, query);
    QFETCH(int, rows);

    QTemporaryDir dir;
    app::HistoryStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(u"h.sqlite"_s), &error), qPrintable(error));
    app::HistoryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(&store);
    QCOMPARE(model.rowCount(), 0);
    const QStringList said = {u"hello there"_s, u"tell me about the giraffe"_s, u"thanks"_s};
    for (int i = 0; i < said.size(); ++i) {
        app::HistorySessionInfo info;
        info.started = QDateTime::currentDateTime().addSecs(i - 10);
        info.mode = u"assistant"_s;
        info.model = u"demo"_s;
        const qint64 id = store.beginSession(info, &error);
        QVERIFY2(id > 0, qPrintable(error));
        app::TranscriptItem item;
        item.id = 1;
        item.kind = app::TranscriptItemKind::UserTurn;
        item.started = info.started;
        item.ended = info.started;
        item.text = said[i];
        item.complete = true;
        QVERIFY(store.saveItems(id, {{&item, 0}}, &error));
        QVERIFY(store.endSession(id, info.started.addSecs(5), u"closed"_s, &error));
    }
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0).data(app::HistoryListModel::StartedRole).toDateTime()
            > model.index(2).data(app::HistoryListModel::StartedRole).toDateTime());
    model.setSearchText(query);
    QCOMPARE(model.rowCount(), rows);
    if (rows == 1 && !query.isEmpty()) {
        QVERIFY(model.index(0)
                        .data(app::HistoryListModel::SnippetRole)
                        .toString()
                        .contains(u"giraffe"_s));
    }
    model.setSearchText(QString());
    // A past session opens read-only and exports to Markdown and JSON.
    app::HistorySessionModel session;
    QAbstractItemModelTester sessionTester(&session,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    session.setStore(&store);
    QVERIFY(!session.exportTo(QUrl::fromLocalFile(dir.filePath(u"none.md"_s)), u"markdown"_s)
                     .isEmpty()); // nothing open
    const qint64 shown = model.sessionIdAt(0);
    QVERIFY(session.open(shown));
    QCOMPARE(session.rowCount(), 1);
    QVERIFY(!session.summary().isEmpty());
    // The mode by its name, not its internal id.
    QVERIFY2(session.summary().contains(u"Assistant"_s), qPrintable(session.summary()));
    QVERIFY2(!session.summary().contains(u"assistant"_s), qPrintable(session.summary()));
    for (const QString &format : {u"markdown"_s, u"json"_s}) {
        const QString file = dir.filePath(session.suggestedFileName(format));
        QCOMPARE(session.exportTo(QUrl::fromLocalFile(file), format), QString());
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        // What was said is in the document.
        QVERIFY(exported.readAll().contains(
                session.index(0).data(app::HistorySessionModel::TextRole).toString().toUtf8()));
    }
    QVERIFY(!session.exportTo(QUrl::fromLocalFile(dir.filePath(u"x.pdf"_s)), u"pdf"_s).isEmpty());
    QVERIFY(!session.open(999999));
    QCOMPARE(session.rowCount(), 0);

    // Deleting a listed session removes its row while the tester watches.
    const qint64 first = model.index(0).data(app::HistoryListModel::SessionIdRole).toLongLong();
    QCOMPARE(model.deleteSession(first), QString());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!store.session(first));
}

QTEST_GUILESS_MAIN(tst_ViewModels)
#include "tst_viewmodels.moc"
