// Shared by the history database's tests (tst_historystore: what a session keeps and gives back;
// tst_historystore_files: the file, its connections and what goes wrong with it): a sample
// conversation with one item of each kind, an item-by-item comparison, and a base class that
// gives each test function a history file of its own.
#pragma once

#include "app/history/historystore.h"

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace livedesk::testing {

using namespace livedesk::app;
using namespace Qt::StringLiterals;

inline const QDateTime kT0 = QDateTime::fromString(u"2026-03-14T10:00:00+01:00"_s, Qt::ISODate);

inline TranscriptItem turn(qint64 id, TranscriptItemKind kind, const QString &text, int atSeconds,
                           const QString &language = {})
{
    TranscriptItem item;
    item.id = id;
    item.kind = kind;
    item.text = text;
    item.languageCode = language;
    item.complete = true;
    item.started = kT0.addSecs(atSeconds);
    item.ended = kT0.addSecs(atSeconds + 2);
    return item;
}

// A conversation with one of each kind of item.
inline QList<TranscriptItem> sampleItems()
{
    QList<TranscriptItem> items;
    items << turn(1, TranscriptItemKind::UserTurn, u"What's the weather like in Zürich?"_s, 1,
                  u"en-US"_s);
    TranscriptItem tool;
    tool.id = 3;
    tool.kind = TranscriptItemKind::ToolCall;
    tool.toolName = u"get_weather"_s;
    tool.callId = u"fc-1"_s;
    tool.arguments = QJsonObject {{u"city"_s, u"Zürich"_s}};
    tool.toolState = tools::ToolCallState::Done;
    tool.toolResult = u"{\"tempC\":21}"_s;
    tool.durationMs = 42;
    tool.complete = true;
    tool.started = kT0.addSecs(3);
    tool.ended = kT0.addSecs(3);
    items << tool;
    TranscriptItem answer = turn(2, TranscriptItemKind::ModelTurn,
                                 u"It is sunny and twenty-one degrees in Zürich, a café day."_s, 4,
                                 u"en-US"_s);
    answer.interrupted = true;
    answer.heardChars = 20;
    answer.sources = {{u"https://weather.example/zurich"_s, u"Weather"_s, u"weather.example"_s}};
    answer.searchQueries = {u"weather zurich"_s};
    items << answer;
    TranscriptItem notice;
    notice.id = 4;
    notice.kind = TranscriptItemKind::Notice;
    notice.notice = NoticeKind::Reconnected;
    notice.text = u"Reconnected"_s;
    notice.complete = true;
    notice.started = kT0.addSecs(9);
    notice.ended = kT0.addSecs(9);
    items << notice;
    return items;
}

inline QList<HistoryStore::ItemAt> positioned(const QList<TranscriptItem> &items)
{
    QList<HistoryStore::ItemAt> out;
    for (int i = 0; i < items.size(); ++i)
        out.append({&items.at(i), i});
    return out;
}

inline HistorySessionInfo sampleSession()
{
    HistorySessionInfo info;
    info.started = kT0;
    info.mode = u"translator"_s;
    info.model = u"gemini-3.5-live-translate-preview"_s;
    info.title = u"Weather in Zürich"_s;
    info.sourceLanguage = u"en-US"_s;
    info.targetLanguage = u"de-DE"_s;
    info.recordingPath = u"/tmp/conversation.opus"_s;
    return info;
}

inline void compareItems(const QList<TranscriptItem> &actual, const QList<TranscriptItem> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const TranscriptItem &a = actual[i];
        const TranscriptItem &e = expected[i];
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.started, e.started);
        QCOMPARE(a.ended, e.ended);
        QCOMPARE(a.complete, e.complete);
        QCOMPARE(a.languageCode, e.languageCode);
        QCOMPARE(a.interrupted, e.interrupted);
        QCOMPARE(a.heardChars, e.heardChars);
        QCOMPARE(a.sources, e.sources);
        QCOMPARE(a.searchQueries, e.searchQueries);
        QCOMPARE(a.toolName, e.toolName);
        QCOMPARE(a.callId, e.callId);
        QCOMPARE(a.arguments, e.arguments);
        QCOMPARE(a.toolState, e.toolState);
        QCOMPARE(a.toolResult, e.toolResult);
        QCOMPARE(a.durationMs, e.durationMs);
        QCOMPARE(a.notice, e.notice);
    }
}

// The test classes' base: a history file of its own for each test function, in a fresh temporary
// folder (Qt Test finds init() and cleanup() in a base class too).
class HistoryTestCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"sub/history.sqlite"_s); // the folder is created on open
    }
    void cleanup() { m_dir.reset(); }

protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

} // namespace livedesk::testing
