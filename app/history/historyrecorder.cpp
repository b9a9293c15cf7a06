#include "app/history/historyrecorder.h"

#include "app/logging.h"
#include "session/livesession.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace livedesk::app {

QString titleFromText(const QString &text)
{
    constexpr int kMaxChars = 60;
    const QString simple = text.simplified();
    if (simple.size() <= kMaxChars)
        return simple;
    const qsizetype cut = simple.lastIndexOf(u' ', kMaxChars);
    return simple.left(cut > kMaxChars / 2 ? cut : kMaxChars) + u'…';
}

HistoryRecorder::HistoryRecorder(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(0);
    connect(&m_syncTimer, &QTimer::timeout, this, &HistoryRecorder::sync);
}

HistoryRecorder::~HistoryRecorder()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
}

bool HistoryRecorder::begin(const HistorySessionInfo &info, Transcript *transcript,
                            session::LiveSession *session, const session::Prices &prices,
                            QString *error)
{
    m_sessionId = m_store->beginSession(info, error);
    if (!m_sessionId)
        return false;
    m_transcript = transcript;
    m_session = session;
    m_prices = prices;
    m_titleFromSpeech = info.title.isEmpty();
    m_connections.append(connect(transcript, &Transcript::itemInserted, this, [this](int index) {
        // Everything at and after `index` moved down one place.
        markDirty(index);
    }));
    m_connections.append(
            connect(transcript, &Transcript::itemChanged, this, &HistoryRecorder::markDirty));
    m_connections.append(
            connect(transcript, &Transcript::cleared, this, [this] { m_dirty.clear(); }));
    if (session) {
        m_connections.append(connect(session, &session::LiveSession::usageUpdated, this, [this] {
            m_usageDirty = true;
            scheduleSync();
        }));
        // The transcript closes its turns on the same signal, connected earlier: save the
        // finished exchange now rather than a moment later.
        m_connections.append(connect(session, &session::LiveSession::turnCompleted, this,
                                     &HistoryRecorder::sync));
    }
    for (int i = 0; i < transcript->items().size(); ++i)
        m_dirty.insert(transcript->items().at(i).id);
    scheduleSync();
    return true;
}

void HistoryRecorder::markDirty(int index)
{
    if (!m_transcript || index < 0 || index >= m_transcript->items().size())
        return;
    m_dirty.insert(m_transcript->items().at(index).id);
    if (m_transcript->items().at(index).complete)
        scheduleSync();
}

void HistoryRecorder::scheduleSync()
{
    if (m_sessionId && !m_syncTimer.isActive())
        m_syncTimer.start();
}

void HistoryRecorder::setRecordingPath(const QString &path)
{
    if (!m_sessionId)
        return;
    QString error;
    if (!m_store->setRecordingPath(m_sessionId, path, &error))
        Q_EMIT errorOccurred(error);
}

void HistoryRecorder::sync()
{
    m_syncTimer.stop();
    if (!m_sessionId || !m_transcript)
        return;
    const QList<TranscriptItem> &items = m_transcript->items();
    QList<HistoryStore::ItemAt> changed;
    QString firstUserText;
    for (int i = 0; i < items.size(); ++i) {
        const TranscriptItem &item = items.at(i);
        if (!item.complete)
            continue;
        if (firstUserText.isEmpty() && item.kind == TranscriptItemKind::UserTurn)
            firstUserText = item.text;
        const auto saved = m_savedPositions.constFind(item.id);
        if (saved != m_savedPositions.constEnd() && *saved == i && !m_dirty.contains(item.id))
            continue;
        changed.append({&item, i});
    }
    if (changed.isEmpty() && !m_usageDirty)
        return;

    QJsonObject usage;
    double cost = 0;
    const bool withUsage = m_session && m_usageDirty;
    if (withUsage) {
        const session::TokenCounts totals = m_session->usageTotals();
        usage = totals.toJson();
        cost = session::estimateCostUsd(totals, m_prices);
    }
    QElapsedTimer clock;
    clock.start();
    QString error;
    const bool ok = m_store->saveItems(m_sessionId, changed, &error, withUsage ? &usage : nullptr,
                                       cost);
    const qint64 ns = clock.nsecsElapsed();
    if (!ok) {
        qCWarning(lcApp, "%s", qPrintable(error));
        Q_EMIT errorOccurred(error);
        return;
    }
    ++m_stats.transactions;
    m_stats.itemsWritten += int(changed.size());
    m_stats.totalWriteNs += ns;
    m_stats.maxWriteNs = std::max(m_stats.maxWriteNs, ns);
    m_usageDirty = m_usageDirty && !withUsage;
    for (const HistoryStore::ItemAt &at : std::as_const(changed)) {
        m_savedPositions.insert(at.item->id, at.position);
        m_dirty.remove(at.item->id);
    }
    if (m_titleFromSpeech && !firstUserText.trimmed().isEmpty()) {
        m_titleFromSpeech = false;
        if (!m_store->setTitle(m_sessionId, titleFromText(firstUserText), &error))
            Q_EMIT errorOccurred(error);
    }
}

void HistoryRecorder::finish(const QString &reason)
{
    if (!m_sessionId)
        return;
    if (m_session)
        m_usageDirty = true;
    sync();
    QString error;
    if (!m_store->endSession(m_sessionId, QDateTime::currentDateTime(), reason, &error))
        Q_EMIT errorOccurred(error);
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_sessionId = 0;
}

} // namespace livedesk::app
