// AppController: modes, captions, recording and history (issue 8), and the banner of a stalled
// reply. The logic lives in app/ (modes.h, translation*.h, history/, the conversation's
// recovery); this wires it to the conversation.
#include "app/gui/appcontroller.h"

#include "app/conversation.h"
#include "app/gui/appsettings.h"
#include "app/gui/historymodels.h"
#include "app/gui/modelistmodel.h"
#include "app/gui/videocontrol.h"
#include "app/history/historystore.h"
#include "app/history/recordingcontroller.h"
#include "app/logging.h"
#include "app/modes.h"
#include "app/translationcaptions.h"
#include "audio/audioengine.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace livedesk::app {

void AppController::setUpRecords(const AppControllerOptions &options)
{
    m_modes = new ModeListModel(this);
    QString error;
    if (!m_modes->load(options.modesPath.isEmpty() ? ModeStore::defaultPath() : options.modesPath,
                       &error))
        m_messages->addNoteFrom(
                [error] { return tr("Your saved modes could not be read: %1").arg(error); });

    m_captions = new CaptionsModel(this);
    m_captions->setTranscript(m_transcript);

    m_recording = new RecordingController(this);
    m_recording->setAudioEngine(m_audio.get());
    m_recording->setTranscript(m_transcript);
    connect(m_recording, &RecordingController::errorOccurred, this, [this](const QString &message) {
        m_messages->showErrorFrom([message] {
            return UserFacingError {UserFacingError::Severity::Warning,
                                    tr("Recording"),
                                    message,
                                    {},
                                    UserFacingError::Action::None};
        });
    });
    connect(m_recording, &RecordingController::finished, this, [this](const QString &path) {
        m_messages->addNoteFrom(
                [path] { return tr("Recording saved: %1").arg(QDir::toNativeSeparators(path)); });
    });

    m_historyStore = std::make_unique<HistoryStore>();
    m_historyList = new HistoryListModel(this);
    m_historySession = new HistorySessionModel(this);
    const QString path = options.historyPath.isEmpty() ? HistoryStore::defaultPath()
                                                       : options.historyPath;
    if (m_historyStore->open(path, &error)) {
        if (m_historyStore->applyRetention(QDateTime::currentDateTime(), RecordingFiles::Keep,
                                           &error)
            < 0)
            qCWarning(lcApp) << "history retention:" << error;
        m_historyStatus = m_historyStore->searchLimitation();
        m_historyList->setStore(m_historyStore.get());
        m_historySession->setStore(m_historyStore.get());
    } else {
        m_historyStatus = tr("The history cannot be saved: %1").arg(error);
        m_historyDamaged = QFileInfo(path).isFile();
        m_historyPath = path;
    }
}

QString AppController::startNewHistory()
{
    if (!m_historyDamaged)
        return tr("The history is not damaged.");
    const QString path = m_historyPath;
    QString error;
    const QString aside = HistoryStore::moveAside(path, &error);
    if (aside.isEmpty())
        return error;
    if (!m_historyStore->open(path, &error))
        return tr("The damaged history was moved to %1, but a new one cannot be started: %2")
                .arg(QDir::toNativeSeparators(aside), error);
    m_historyDamaged = false;
    m_historyStatus = tr("The damaged history was moved to %1; a new one was started.")
                              .arg(QDir::toNativeSeparators(aside));
    m_historyList->setStore(m_historyStore.get());
    m_historySession->setStore(m_historyStore.get());
    Q_EMIT historyStatusChanged();
    return {};
}

bool AppController::isHistoryAvailable() const
{
    return m_historyStore && m_historyStore->isOpen();
}

int AppController::historyRetentionDays() const
{
    return isHistoryAvailable() ? m_historyStore->retentionDays() : 0;
}

QString AppController::setHistoryRetentionDays(int days)
{
    if (!isHistoryAvailable())
        return m_historyStatus;
    if (days < 0 || days > 36500)
        return tr("Keep conversations for 0 (forever) to 36500 days.");
    QString error;
    if (!m_historyStore->setRetentionDays(days, &error))
        return error;
    if (m_historyStore->applyRetention(QDateTime::currentDateTime(), RecordingFiles::Keep, &error)
        < 0)
        return error;
    m_historyList->refresh();
    Q_EMIT historyStatusChanged();
    return {};
}

QString AppController::modeId() const
{
    const QString id = m_settings->text(u"mode"_s);
    return m_modes && m_modes->indexOfId(id) >= 0 ? id : u"assistant"_s;
}

void AppController::setModeId(const QString &id)
{
    if (id == modeId())
        return;
    const QString error = m_settings->setValue(u"mode"_s, id);
    if (!error.isEmpty())
        qCWarning(lcApp) << "mode:" << error;
    Q_EMIT modeChanged();
}

void AppController::applyChosenMode(SessionSettings &s)
{
    const ModePreset mode = m_modes->find(modeId()).value_or(builtInModes().constFirst());
    TranslationSettings t = livedesk::app::applyMode(mode, s);
    if (t.mode != TranslationMode::None) {
        if (const QString source = m_settings->text(u"translation/source"_s); !source.isEmpty())
            t.sourceLanguage = source;
        if (const QString target = m_settings->text(u"translation/target"_s); !target.isEmpty())
            t.targetLanguage = target;
        if (const QString problem = validateTranslation(t); !problem.isEmpty()) {
            m_view->addWarnings({problem});
            t = {};
        } else {
            for (const session::CapabilityWarning &w : applyTranslation(t, s, m_catalog))
                m_view->addWarnings({w.reason});
        }
    }
    m_recordsSettings = {};
    m_recordsSettings.modeId = mode.id;
    m_recordsSettings.translation = t;
    m_modeWantsCamera = mode.camera;
    m_captions->setTranslation(t);
    const bool translating = t.mode != TranslationMode::None;
    if (translating != m_translating) {
        m_translating = translating;
        Q_EMIT modeChanged();
    }
}

void AppController::createRecords()
{
    // The records lifecycle is livedesk-cli's too (ConversationRecords); the app adds the notes
    // and the history list.
    RecordsSettings settings = m_recordsSettings;
    // The demo's speech is transcribed as "(0.8 seconds of speech)": no title to read.
    if (m_view->isDemo())
        settings.title = tr("Offline demo");
    settings.prices = m_conversation->config().prices;
    settings.recordPath = m_overrides.recordPath;
    m_records = new ConversationRecords(m_conversation, m_transcript, m_recording,
                                        isHistoryAvailable() ? m_historyStore.get() : nullptr,
                                        this);
    m_records->setSettings(settings);
    m_conversation->setRecords(m_records);
    m_records->setReplyPlayout(ReplyHold::WhileRecording,
                               [this] { return !m_audio->playback().speaking; });
    connect(m_records, &ConversationRecords::problem, this,
            [this](RecordsProblem kind, const QString &message) {
                if (kind == RecordsProblem::HistoryNotStarted)
                    m_messages->addNoteFrom([message] {
                        return tr("This conversation is not saved in the history: %1").arg(message);
                    });
                else
                    m_messages->addNoteFrom([message] { return tr("History: %1").arg(message); });
            });
    connect(m_records, &ConversationRecords::historyChanged, this, [this] {
        m_historySessionId = m_records->historySessionId();
        m_historyList->refresh();
    });
}

void AppController::beginRecords()
{
    if (!m_records || m_records->isBegun())
        return;
    // A --record recording that cannot start has been shown (the recorder's errorOccurred).
    QString error;
    if (!m_records->begin(&error))
        qCWarning(lcApp, "--record: %s", qPrintable(error));
    m_captions->setOrigin(m_records->startedAt());
    if (m_overrides.screen && !m_video->isSharing())
        m_video->shareTarget(u"screen:%1"_s.arg(*m_overrides.screen));
    if (m_modeWantsCamera && !m_video->isSharing())
        m_video->toggleCamera();
}

void AppController::endRecords(const QString &reason)
{
    if (m_records) {
        m_records->finish(reason);
        m_historySessionId = m_records->historySessionId();
        delete m_records;
        m_records = nullptr;
        m_historyList->refresh();
    }
}

void AppController::toggleRecording()
{
    if (m_recording->isRecording()) {
        if (m_records)
            m_records->stopRecording();
        else
            m_recording->stop();
        return;
    }
    if (!m_view->isActive() || !m_records) {
        m_messages->addNoteFrom([] { return tr("Start a conversation to record it."); });
        return;
    }
    QString path; // empty: RecordingController's default
    if (!m_recordingFolder.isEmpty()) {
        path = QDir(m_recordingFolder)
                       .filePath(QFileInfo(RecordingController::defaultPath()).fileName());
    }
    m_records->startRecording(path); // failures arrive as errorOccurred
}

void AppController::onReplyStalled(bool stalled, qint64 silentMs)
{
    if (!stalled) {
        if (m_messages->error().action == UserFacingError::Action::RetryTurn)
            m_messages->dismissError();
        return;
    }
    m_messages->showErrorFrom([seconds = int(silentMs / 1000)] {
        return UserFacingError {UserFacingError::Severity::Warning,
                                tr("No answer yet"),
                                tr("The model has not answered for %n second(s).", nullptr, seconds),
                                {},
                                UserFacingError::Action::RetryTurn};
    });
}

void AppController::retryStalledTurn()
{
    if (m_messages->error().action == UserFacingError::Action::RetryTurn)
        m_messages->dismissError();
    if (m_conversation && !m_conversation->retryStalledTurn())
        m_messages->addNoteFrom([] { return tr("There is nothing to ask again."); });
}

} // namespace livedesk::app
