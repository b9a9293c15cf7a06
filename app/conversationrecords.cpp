#include "app/conversationrecords.h"

#include "app/cli/clioptions.h"
#include "app/conversation.h"
#include "app/conversationlog.h"
#include "app/history/historyrecorder.h"
#include "app/history/recordingcontroller.h"
#include "app/logging.h"
#include "audio/recording.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace livedesk::app {

bool checkRecordPath(const QString &path, QString *error)
{
    if (!audio::AudioRecorder::isAvailable()) {
        *error = u"--record: "_s + audio::AudioRecorder::unavailableReason();
        return false;
    }
    if (!checkWritableOutput(u"record"_s, path, error))
        return false;
    if (recordingTranscriptPath(path) == QFileInfo(path).filePath()) {
        // Not translated, as livedesk-cli's messages (check-translations.sh leaves app/cli out).
        *error = u"--record %1: the transcript goes beside the recording as .json; name the "
                 "recording .opus"_s.arg(path);
        return false;
    }
    return true;
}

ConversationRecords::ConversationRecords(Conversation *conversation, Transcript *transcript,
                                         RecordingController *recording, HistoryStore *store,
                                         QObject *parent)
    : QObject(parent)
    , m_conversation(conversation)
    , m_transcript(transcript)
    , m_recording(recording)
    , m_store(store)
{
    session::LiveSession *s = &conversation->session();
    connect(s, &session::LiveSession::turnCompleted, this, &ConversationRecords::onTurnCompleted);
    connect(s, &session::LiveSession::audioReceived, this, [this] {
        m_modelTurnOpen = true;
        updateReplyHold();
    });
    connect(s, &session::LiveSession::interrupted, this, [this] {
        m_modelTurnOpen = false;
        updateReplyHold();
    });
    connect(s, &session::LiveSession::stateChanged, this, [this](session::LiveSession::State state) {
        using State = session::LiveSession::State;
        // On Closing, before the front end writes the metrics and the last state event. (When
        // the server closes first, the files are completed on Closed.)
        if (!isBegun())
            return;
        if (state == State::Closing || state == State::Closed)
            finish(u"closed"_s);
        else if (state == State::Failed)
            finish(m_conversation->session().lastError().message);
    });
    connect(m_recording, &RecordingController::errorOccurred, this,
            &ConversationRecords::onRecordingFailed);
}

ConversationRecords::~ConversationRecords()
{
    if (m_recordingOwned && m_recording->isRecording())
        m_recording->stop();
    if (m_history)
        m_history->finish(u"closed"_s);
}

HistorySessionInfo ConversationRecords::sessionInfo() const
{
    HistorySessionInfo info;
    info.started = m_started;
    info.mode = m_settings.modeId;
    info.model = m_conversation->config().modelId;
    info.title = m_settings.title;
    const TranslationSettings &t = m_settings.translation;
    if (t.mode != TranslationMode::None) {
        info.sourceLanguage = t.automaticSource() ? QString() : t.sourceLanguage;
        info.targetLanguage = t.targetLanguage;
    }
    if (m_recordingOwned && m_recording->isRecording())
        info.recordingPath = QFileInfo(m_recording->path()).absoluteFilePath();
    else if (!m_settings.recordPath.isEmpty())
        info.recordingPath = QFileInfo(m_settings.recordPath).absoluteFilePath();
    return info;
}

QDateTime ConversationRecords::subtitleOrigin() const
{
    return m_recordingStarted.isValid() ? m_recordingStarted : m_started;
}

bool ConversationRecords::begin(QString *error)
{
    if (isBegun() || m_finished)
        return true;
    m_started = QDateTime::currentDateTime();
    m_recording->setTranscript(m_transcript);
    if (!m_settings.recordPath.isEmpty() && !startRecording(m_settings.recordPath)) {
        *error = m_recording->errorString();
        return false;
    }
    if (!m_store || !m_store->isOpen())
        return true;
    m_history = std::make_unique<HistoryRecorder>(m_store);
    QString historyError;
    if (!m_history->begin(sessionInfo(), m_transcript, &m_conversation->session(),
                          m_settings.prices.value_or(m_conversation->config().prices),
                          &historyError)) {
        m_history.reset();
        Q_EMIT problem(RecordsProblem::HistoryNotStarted, historyError);
        return true;
    }
    m_historySessionId = m_history->sessionId();
    connect(m_history.get(), &HistoryRecorder::errorOccurred, this, [this](const QString &message) {
        Q_EMIT problem(RecordsProblem::HistoryWrite, message);
    });
    m_conversation->log().events().write(u"history"_s, {{u"session_id"_s, m_historySessionId},
                                                        {u"database"_s, m_store->path()}});
    Q_EMIT historyChanged();
    return true;
}

bool ConversationRecords::startRecording(const QString &path)
{
    if (m_finished)
        return false;
    if (m_recordingOwned && m_recording->isRecording())
        return true;
    HistorySessionInfo info = sessionInfo();
    if (!info.started.isValid())
        info.started = QDateTime::currentDateTime();
    m_recording->setSessionInfo(info);
    m_recordingFailed = false;
    if (!m_recording->start(path))
        return false;
    m_recordingOwned = true;
    m_recordingPath = m_recording->path();
    if (!m_recordingStarted.isValid())
        m_recordingStarted = m_recording->startedAt();
    if (m_history)
        m_history->setRecordingPath(QFileInfo(m_recordingPath).absoluteFilePath());
    m_conversation->log().events().write(u"recording"_s, {{u"state"_s, u"recording"_s},
                                                          {u"path"_s, m_recordingPath}});
    Q_EMIT recordingStarted();
    return true;
}

void ConversationRecords::stopRecording()
{
    finishRecording();
    updateReplyHold();
}

void ConversationRecords::finishRecording()
{
    if (!m_recordingOwned || !m_recording->isRecording())
        return;
    const bool ok = m_recording->stop();
    if (!ok) {
        // Failed while finishing (the disk filled at the end): the same as mid-run.
        onRecordingFailed(m_recording->errorString());
        return;
    }
    recordRecordingMetric(true);
    m_conversation->log().events().write(u"recording"_s,
                                         {{u"state"_s, u"finished"_s},
                                          {u"duration_ms"_s, m_recording->durationMs()}});
}

void ConversationRecords::onRecordingFailed(const QString &message)
{
    // Only a recording of this conversation that was being written; a failed start is the
    // caller's to report (begin() returns it, the app's controller shows it).
    if (!m_recordingOwned || m_recordingFailed || m_recordingPath.isEmpty()
        || m_recording->path() != m_recordingPath)
        return;
    m_recordingFailed = true;
    recordRecordingMetric(false);
    m_conversation->log().events().write(u"recording"_s,
                                         {{u"state"_s, u"failed"_s},
                                          {u"duration_ms"_s, m_recording->durationMs()},
                                          {u"error"_s, message}});
    Q_EMIT recordingFailed(message);
}

void ConversationRecords::recordRecordingMetric(bool ok)
{
    const audio::RecordingStats stats = m_recording->stats();
    QJsonObject metric {{u"path"_s, m_recordingPath},
                        {u"ok"_s, ok},
                        {u"duration_ms"_s,
                         stats.framesEncoded * 1000 / audio::AudioRecorder::kSampleRate},
                        {u"bytes"_s, stats.bytesWritten},
                        {u"encode_ms"_s, double(stats.encodeNs) / 1e6},
                        {u"dropped_frames"_s, stats.droppedFrames}};
    if (m_recordingFigures) {
        const QJsonObject figures = m_recordingFigures();
        for (auto it = figures.begin(); it != figures.end(); ++it)
            metric.insert(it.key(), it.value());
    }
    m_conversation->log().setMetric(u"recording"_s, metric);
}

void ConversationRecords::onTurnCompleted()
{
    m_modelTurnOpen = false;
    if (m_history) {
        // Saved now, while the turn's end is being handled (the transcript has closed it), so a
        // "history_saved" line in the event log means the turn is on disk.
        m_history->sync();
        const auto stats = m_history->stats();
        m_conversation->log().events().write(u"history_saved"_s,
                                             {{u"session_id"_s, m_historySessionId},
                                              {u"transactions"_s, stats.transactions},
                                              {u"items"_s, stats.itemsWritten}});
        Q_EMIT historyChanged();
    }
    writeSubtitles();
    updateReplyHold();
}

void ConversationRecords::writeSubtitles()
{
    if (m_settings.subtitlesPath.isEmpty() || !isBegun())
        return;
    SubtitleOptions options;
    options.content = m_settings.subtitleContent;
    options.labels = m_settings.translation.mode == TranslationMode::None
                             ? SubtitleLabels::Speaker
                             : SubtitleLabels::Language;
    QString error;
    if (!app::writeSubtitles(m_settings.subtitlesPath,
                             subtitleCues(m_transcript->items(), subtitleOrigin(), options), &error))
        Q_EMIT problem(RecordsProblem::Subtitles, error);
}

void ConversationRecords::finish(const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    finishRecording();
    writeSubtitles();
    finishHistory(reason);
    updateReplyHold();
}

void ConversationRecords::finishHistory(const QString &reason)
{
    if (!m_history)
        return;
    m_history->finish(reason);
    const auto stats = m_history->stats();
    m_conversation->log()
            .setMetric(u"history"_s,
                       QJsonObject {{u"session_id"_s, m_historySessionId},
                                    {u"database"_s, m_store->path()},
                                    {u"transactions"_s, stats.transactions},
                                    {u"write_ms_mean"_s,
                                     stats.transactions
                                             ? double(stats.totalWriteNs) / stats.transactions / 1e6
                                             : 0.0},
                                    {u"write_ms_max"_s, double(stats.maxWriteNs) / 1e6}});
    m_history.reset();
    discardEmptyEntry();
    Q_EMIT historyChanged();
}

void ConversationRecords::discardEmptyEntry()
{
    // The entry is made when the conversation goes live, so that a crash loses at most a turn.
    // One in which nothing was said and nothing recorded is no conversation to read again.
    if (!m_historySessionId || !m_store || !m_store->isOpen())
        return;
    const auto saved = m_store->session(m_historySessionId);
    if (!saved || !saved->recordingPath.isEmpty() || !m_store->items(m_historySessionId).isEmpty())
        return;
    QString error;
    if (!m_store->deleteSession(m_historySessionId, RecordingFiles::Keep, &error)) {
        qCWarning(lcApp) << "history: an empty conversation stays:" << error;
        return;
    }
    m_historySessionId = 0;
}

void ConversationRecords::setReplyPlayout(ReplyHold hold, std::function<bool()> playedOut)
{
    m_replyHold = hold;
    m_playedOut = std::move(playedOut);
}

bool ConversationRecords::holdsEndForReply() const
{
    if (m_finished)
        return false;
    const bool recording = m_recordingOwned && m_recording->isRecording();
    if (!recording && m_replyHold == ReplyHold::WhileRecording)
        return false;
    return m_modelTurnOpen || (m_playedOut && !m_playedOut());
}

void ConversationRecords::notifyPlayout()
{
    updateReplyHold();
}

void ConversationRecords::updateReplyHold()
{
    const bool held = holdsEndForReply();
    if (held == m_heldForReply)
        return;
    m_heldForReply = held;
    Q_EMIT replyHoldChanged(held);
}

} // namespace livedesk::app
